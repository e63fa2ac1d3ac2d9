/** How a report turns into pass or fail, shared by the CLI and the action so they cannot disagree. */
import { atLeast } from './severity.js';
import type { Finding, Report, Severity } from './types.js';

export type FailOn = Severity | 'never';

/** The findings at or above `failOn` (none for `never`). */
export function failingFindings(report: Report, failOn: FailOn): Finding[] {
  if (failOn === 'never') return [];
  return report.findings.filter((f) => atLeast(f.severity, failOn));
}

/** The CLI's exit code: 2 when the live check was incomplete, 1 on failing findings or too many warnings, else 0. */
export function exitCodeFor(report: Report, failOn: FailOn, maxWarnings?: number): 0 | 1 | 2 {
  if (report.summary.live === 'incomplete') return 2;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) return 1;
  return failingFindings(report, failOn).length > 0 ? 1 : 0;
}
