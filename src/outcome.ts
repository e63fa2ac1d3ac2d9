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

/**
 * Under `--quiet` (errors only), why the run fails although no failing finding is shown: the hidden
 * warnings and notices still count (`--fail-on warn`, `--max-warnings N`), as one line; undefined when
 * the run passes or a shown error explains it.
 */
export function hiddenFailure(report: Report, failOn: FailOn, maxWarnings?: number): string | undefined {
  if (exitCodeFor(report, failOn, maxWarnings) !== 1) return undefined;
  const failing = failingFindings(report, failOn);
  if (failing.some((f) => f.severity === 'error')) return undefined;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (failing.length > 0) {
    const warnings = failing.filter((f) => f.severity === 'warn').length;
    const notices = failing.length - warnings;
    const hidden = [warnings > 0 ? count(warnings, 'warning') : '', notices > 0 ? count(notices, 'notice') : ''].filter(Boolean).join(' and ');
    return `${hidden} hidden by --quiet ${failing.length === 1 ? 'fails' : 'fail'} the run (--fail-on ${failOn})`;
  }
  const n = report.summary.warnings;
  return `${count(n, 'warning')} hidden by --quiet ${n === 1 ? 'exceeds' : 'exceed'} --max-warnings ${maxWarnings}`;
}
