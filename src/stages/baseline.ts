/** Stage 8: hide the findings a baseline accepts, and keep only the files asked for (the action's only-changed). */
import path from 'node:path';
import { readBaseline } from '../baseline.js';
import type { InternalFinding } from '../findings.js';
import { APPROVAL_RULES } from '../suppress.js';
import type { HiddenSecret } from '../types.js';
import { LEAKED_SECRET_RULES } from './suppress.js';

export interface BaselineResult {
  findings: InternalFinding[];
  baselined: number;
  /** The leaked-secret findings the baseline hid (Report.hiddenSecrets). */
  hidden: HiddenSecret[];
}

export function applyBaseline(cwd: string, findings: InternalFinding[], baselineFile: string | undefined): BaselineResult {
  if (!baselineFile) return { findings, baselined: 0, hidden: [] };
  const accepted = readBaseline(path.resolve(cwd, baselineFile));
  let baselined = 0;
  const hidden: HiddenSecret[] = [];
  const kept = findings.filter((f) => {
    // (A change to approve is not accepted by a baseline the pull request may have written itself.)
    if (!accepted.has(f.fingerprint) || APPROVAL_RULES.has(f.ruleId)) return true;
    baselined++;
    if (LEAKED_SECRET_RULES.has(f.ruleId)) hidden.push({ file: f.file, line: f.line, rule: f.ruleId, by: 'baseline', ...(f.history ? { commit: f.history.commit.slice(0, 12) } : {}) });
    return false;
  });
  return { findings: kept, baselined, hidden };
}

/** The findings in the files asked for (the action's only-changed); all of them without a list. */
export function onlyChanged(findings: InternalFinding[], onlyFiles: ReadonlySet<string> | undefined): InternalFinding[] {
  // History findings (--history) are in the range's commits, not in a changed file: always kept.
  return onlyFiles ? findings.filter((f) => f.history !== undefined || onlyFiles.has(f.file)) : findings;
}
