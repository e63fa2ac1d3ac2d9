/** Stage 8: hide the findings a baseline accepts, and keep only the files asked for (the action's only-changed). */
import path from 'node:path';
import { readBaseline } from '../baseline.js';
import type { InternalFinding } from '../findings.js';

export interface BaselineResult {
  findings: InternalFinding[];
  baselined: number;
}

export function applyBaseline(cwd: string, findings: InternalFinding[], baselineFile: string | undefined): BaselineResult {
  if (!baselineFile) return { findings, baselined: 0 };
  const accepted = readBaseline(path.resolve(cwd, baselineFile));
  let baselined = 0;
  const kept = findings.filter((f) => {
    if (!accepted.has(f.fingerprint)) return true;
    baselined++;
    return false;
  });
  return { findings: kept, baselined };
}

/** The findings in the files asked for (the action's only-changed); all of them without a list. */
export function onlyChanged(findings: InternalFinding[], onlyFiles: ReadonlySet<string> | undefined): InternalFinding[] {
  // History findings (--history) are in the range's commits, not in a changed file: always kept.
  return onlyFiles ? findings.filter((f) => f.history !== undefined || onlyFiles.has(f.file)) : findings;
}
