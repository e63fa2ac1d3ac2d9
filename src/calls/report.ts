/** The least-privilege stage (SPEC §7): the rules with `checkCalls`, over the attributed calls of the scan. */
import { runRule } from '../errors.js';
import { callFinding, manifestFinding, type InternalFinding } from '../findings.js';
import type { AnyRuleOf } from '../rule.js';
import { settingOf, type CheckRun } from '../stages/run.js';
import type { CallAnalysis } from './analyze.js';

/** Runs the rules that have `checkCalls` over an analysis; returns their findings. */
export function runCallRules(run: CheckRun, rules: readonly AnyRuleOf<'code'>[], calls: CallAnalysis): InternalFinding[] {
  const out: InternalFinding[] = [];
  const m = run.loaded;
  for (const rule of rules) {
    if (!rule.checkCalls) continue;
    const setting = settingOf(run, rule);
    runRule(rule.id, () =>
      rule.checkCalls!(
        {
          manifest: run.manifest,
          manifestFile: m.file,
          today: run.today,
          calls,
          report: (r) => out.push(callFinding(rule, setting, r, { repositoryPrefix: run.repositoryPrefix })),
          reportManifest: (r) => out.push(manifestFinding(rule, setting, m, r, { frames: run.frames, repositoryPrefix: run.repositoryPrefix })),
          locate: (path) => {
            const r = m.locate(path);
            return { file: m.file, line: r.line, column: r.column };
          },
        },
        setting.options,
      ),
    );
  }
  return out;
}
