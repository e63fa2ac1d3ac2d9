/** Stage 3 (and the rule runs of the live and diff stages): manifest, live and diff rules over the manifest. */
import { runRule } from '../errors.js';
import type { InternalFinding } from '../findings.js';
import type { LiveSnapshot } from '../graph/types.js';
import type { AccessChange } from '../diff.js';
import { activeRules, manifestReporter, settingOf, type CheckRun } from './run.js';

/** Manifest rules. Only rules that declare they cope (manifest-schema, plaintext-token) see an invalid manifest. */
export function runManifestRules(run: CheckRun): InternalFinding[] {
  const out: InternalFinding[] = [];
  for (const rule of activeRules(run, 'manifest')) {
    if (!run.valid && !rule.acceptsInvalidManifest) continue;
    const ctx = { ...base(run), valid: run.valid, schemaProblems: run.problems, manifestText: run.loaded.text, report: manifestReporter(run, rule, out) };
    runRule(rule.id, () => rule.check(ctx, settingOf(run, rule).options));
  }
  return out;
}

/** Live rules on a snapshot fetched once. */
export function runLiveRules(run: CheckRun, live: LiveSnapshot): InternalFinding[] {
  const out: InternalFinding[] = [];
  for (const rule of activeRules(run, 'live')) {
    const ctx = { ...base(run), live, report: manifestReporter(run, rule, out) };
    runRule(rule.id, () => rule.check(ctx, settingOf(run, rule).options));
  }
  return out;
}

/** Diff rules on the access changes since the base manifest. */
export function runDiffRules(run: CheckRun, changes: AccessChange[]): InternalFinding[] {
  const out: InternalFinding[] = [];
  for (const rule of activeRules(run, 'diff')) {
    const ctx = { ...base(run), changes, report: manifestReporter(run, rule, out) };
    runRule(rule.id, () => rule.check(ctx, settingOf(run, rule).options));
  }
  return out;
}

function base(run: CheckRun) {
  return { manifest: run.manifest, manifestFile: run.loaded.file, today: run.today };
}
