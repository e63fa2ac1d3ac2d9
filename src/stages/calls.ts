/** Stage 4b: least privilege from the code (SPEC §7): the scan's calls, attributed and held against the manifest. */
import { analyzeCalls, type CallAnalysis, type FileCalls } from '../calls/analyze.js';
import { runCallRules } from '../calls/report.js';
import type { InternalFinding } from '../findings.js';
import { activeRules, type CheckRun } from './run.js';

/** Whether the scan must collect call sites: a least-privilege rule is on, or the caller wants the calls. */
export function wantsCalls(run: CheckRun, always: boolean): boolean {
  return run.valid && (always || activeRules(run, 'code').some((r) => r.checkCalls !== undefined));
}

/** Attributes the calls and runs the least-privilege rules. `complete`: the whole repository was read. */
export function leastPrivilege(run: CheckRun, files: readonly FileCalls[], opts: { complete: boolean }): { calls: CallAnalysis; findings: InternalFinding[] } {
  const calls = analyzeCalls(run.manifest, files, opts);
  const rules = activeRules(run, 'code').filter((r) => r.checkCalls !== undefined);
  return { calls, findings: runCallRules(run, rules, calls) };
}
