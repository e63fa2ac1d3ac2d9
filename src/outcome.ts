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
 * Why the run fails (exit 1) when no finding the output shows fails it, as one line; undefined when the
 * run passes or a shown finding explains it. Shown are every finding, or under `--quiet` (`quiet`) the
 * errors only: the hidden warnings and notices still count (`--fail-on warn`, `--max-warnings N`). The
 * CLI prints it on stderr, and the JUnit report makes it a failing testcase (ESLint: "too many
 * warnings (maximum: 0)").
 */
export function unexplainedFailure(report: Report, failOn: FailOn, maxWarnings: number | undefined, quiet: boolean): string | undefined {
  if (exitCodeFor(report, failOn, maxWarnings) !== 1) return undefined;
  const failing = failingFindings(report, failOn);
  if (failing.some((f) => !quiet || f.severity === 'error')) return undefined;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (failing.length > 0) {
    const warnings = failing.filter((f) => f.severity === 'warn').length;
    const notices = failing.length - warnings;
    const hidden = [warnings > 0 ? count(warnings, 'warning') : '', notices > 0 ? count(notices, 'notice') : ''].filter(Boolean).join(' and ');
    return `${hidden} hidden by --quiet ${failing.length === 1 ? 'fails' : 'fail'} the run (--fail-on ${failOn})`;
  }
  const n = report.summary.warnings;
  return `${count(n, 'warning')} ${quiet ? 'hidden by --quiet ' : ''}${n === 1 ? 'exceeds' : 'exceed'} --max-warnings ${maxWarnings}`;
}

/** What an incomplete live check (`summary.live` 'incomplete', exit 2) did not verify, as SARIF's notification and JUnit's error say it. */
export function liveIncompleteText(report: Report): string {
  return `Live check incomplete; not verified: ${(report.unverified ?? []).join('; ') || 'unknown parts'}. The live rules' results are missing from this run.`;
}

/**
 * Whether the run turned secret detection down somewhere (Report.hiddenSecrets, detectionLowered, binaryText,
 * binaryHistory, a shallow clone's history): such a run is no clean one, whatever its findings (the PR comment
 * and the summary say where).
 */
export function detectionTurnedDown(report: Report): boolean {
  return (
    (report.hiddenSecrets?.length ?? 0) > 0 ||
    (report.detectionLowered?.length ?? 0) > 0 ||
    (report.binaryText?.length ?? 0) > 0 ||
    (report.binaryHistory?.length ?? 0) > 0 ||
    report.historyIncomplete !== undefined
  );
}
