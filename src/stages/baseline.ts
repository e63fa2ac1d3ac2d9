/** Stage 8: hide the findings a baseline accepts, and keep only the files asked for (the action's only-changed). */
import path from 'node:path';
import { readBaseline } from '../baseline.js';
import type { InternalFinding } from '../findings.js';

export interface BaselineResult {
  findings: InternalFinding[];
  baselined: number;
}

export function applyBaseline(cwd: string, findings: InternalFinding[], baselineFile: string | undefined, onlyFiles?: ReadonlySet<string>): BaselineResult {
  let kept = findings;
  let baselined = 0;
  if (baselineFile) {
    const accepted = readBaseline(path.resolve(cwd, baselineFile));
    kept = kept.filter((f) => {
      if (!accepted.has(f.fingerprint)) return true;
      baselined++;
      return false;
    });
  }
  // History findings (--history) are in the range's commits, not in a changed file: always kept.
  if (onlyFiles) kept = kept.filter((f) => f.history !== undefined || onlyFiles.has(f.file));
  return { findings: kept, baselined };
}
