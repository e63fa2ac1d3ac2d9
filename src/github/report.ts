/**
 * What the action says about a report, as pure functions returning strings and structures: the step
 * outputs and the job result, the failure message, the action's own notices and warnings, the PR
 * comment's body, the job summary's markdown and the annotation plan. Nothing here writes: the action
 * (src/action.ts) hands every text to the output sink (src/github/output.ts), in the same order.
 */
import type { CallAnalysis } from '../calls/analyze.js';
import { callEvidence, type operationsAdded } from '../calls/pr.js';
import type { AccessChange } from '../diff.js';
import { formatMarkdown } from '../format/markdown.js';
import { formatSarif } from '../format/sarif.js';
import { failingFindings, type FailOn } from '../outcome.js';
import type { AnyRule } from '../rule.js';
import { ConfigError, type Finding, type Report, type Severity } from '../types.js';
import { DEFAULT_CAPS, planAnnotations, type AnnotationPlan } from './annotations.js';
import { COMMENT_MAX_CHARS, MARKER, type StickyCommentResult } from './comment.js';
import { buildJobSummary } from './summary.js';
import { plural } from '../text.js';

export type AddedOperations = ReturnType<typeof operationsAdded>;

/** The title of the action's own notices and warnings. */
export const MESSAGE_TITLE = 'graphguard';

/** The first line of an error's message. */
export function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

/** The failure message when reading the inputs or check() throws. */
export function errorText(e: unknown): string {
  return e instanceof ConfigError ? e.format() : `internal error: ${firstLine(e)}`;
}

/** The failure message when the action itself crashes. */
export function crashText(e: unknown): string {
  return `internal error: ${firstLine(e)}`;
}

/** The link to this workflow run (and attempt), or undefined without a repository or run id. */
export function runUrl(run: { serverUrl: string; runId: number; runAttempt: number; repository: string | undefined }): string | undefined {
  const { serverUrl, runId, repository } = run;
  if (!repository || !Number.isFinite(runId)) return undefined;
  const attempt = Number.isFinite(run.runAttempt) ? `/attempts/${run.runAttempt}` : '';
  return `${serverUrl}/${repository}/actions/runs/${runId}${attempt}`;
}

// The action's own notices and warnings, and its log lines.
export const texts = {
  baseManifestProblem: (problem: string) => `new access not checked: ${problem}`,
  baseManifestFailed: (e: unknown) => `new access not checked: ${firstLine(e)}`,
  historyUnavailable: (m: string) => `history not scanned (${m}); check out with fetch-depth: 0 to scan the pull request's commits.`,
  onlyChangedNoToken: () => "only-changed ignored: no github-token to list the pull request's files; reporting findings in all files.",
  onlyChangedTooMany: (limit: number) =>
    `only-changed ignored: the pull request changes ${limit} or more files, more than GitHub lists; reporting findings in all files.`,
  onlyChangedFailed: (e: unknown) => `only-changed ignored: could not list the pull request's files (${firstLine(e)}); reporting findings in all files.`,
  sarifFailed: (e: unknown) => `Could not write the SARIF file: ${e instanceof ConfigError ? e.format() : firstLine(e)}.`,
  operationsNotListed: (e: unknown) => `graphguard: operations this PR adds not listed: ${firstLine(e)}`,
  noCommentToken: () => 'No PR comment: no github-token was given.',
  summaryFailed: (reason: string | undefined) => reason ?? 'Could not write the job summary.',
  detectionLowered: (what: string) => `secret detection turned down: ${what}.`,
  binaryText: (files: readonly string[]) =>
    `${plural(files.length, 'source file')} not scanned as binary (a NUL byte in the first 8 KiB): ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}.`,
  binaryHistory: (blobs: NonNullable<Report['binaryHistory']>) =>
    `${plural(blobs.length, 'blob')} of the history not scanned as binary (a NUL byte in the first 8 KiB): ${blobs
      .slice(0, 5)
      .map((b) => `${b.file} (in commit ${b.commit})`)
      .join(', ')}${blobs.length > 5 ? ', …' : ''} (listed in the job summary).`,
  secretsHidden: (report: Report) =>
    `${plural(report.hiddenSecrets!.length, 'leaked-secret finding')} hidden by suppressions or the baseline: ${report
      .hiddenSecrets!.slice(0, 5)
      .map((h) => `${h.file}:${h.line}`)
      .join(', ')}${report.hiddenSecrets!.length > 5 ? ', …' : ''} (listed in the job summary).`,
};

/** The job's verdict: the `result` output and the failure message (undefined when the job passes). */
export interface Verdict {
  result: 'pass' | 'fail' | 'error';
  failure: string | undefined;
}

export function verdict(report: Report, failOn: FailOn, maxWarnings: number | undefined): Verdict {
  const incomplete = report.summary.live === 'incomplete';
  const tooManyWarnings = maxWarnings !== undefined && report.summary.warnings > maxWarnings;
  const failing = failingFindings(report, failOn).length > 0 || tooManyWarnings;
  const failure = incomplete
    ? `graphguard: the live check could not complete; not verified: ${(report.unverified ?? []).join('; ')}.`
    : failingFindings(report, failOn).length > 0
      ? failureText(report, failOn as Severity)
      : tooManyWarnings
        ? `graphguard: ${report.summary.warnings} warnings, more than max-warnings (${maxWarnings}). See the job summary.`
        : undefined;
  return { result: incomplete ? 'error' : failing ? 'fail' : 'pass', failure };
}

function failureText(report: Report, failOn: Severity): string {
  const n = failingFindings(report, failOn).length;
  const word = failOn === 'warn' ? 'warning' : failOn;
  const s = report.summary;
  return (
    `graphguard: ${n} ${n === 1 ? 'finding' : 'findings'} at or above ${word} ` +
    `(${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}, ` +
    `${s.notices} ${s.notices === 1 ? 'notice' : 'notices'}). See the job summary.`
  );
}

/** The step outputs `errors` and `warnings`, in the order they are set. */
export function countOutputs(report: Report): [name: string, value: string][] {
  return [
    ['errors', String(report.summary.errors)],
    ['warnings', String(report.summary.warnings)],
  ];
}

/** The SARIF file's text. */
export function sarifText(report: Report, rules: readonly AnyRule[]): string {
  return formatSarif(report, { rules });
}

/** The sticky PR comment's body (before cleaning), within the comment's size limit once `clean` ran on it. */
export function commentBody(
  report: Report,
  changes: AccessChange[],
  operations: AddedOperations | undefined,
  more: string | undefined,
  clean?: (text: string) => string,
): string {
  return formatMarkdown(report, {
    changes,
    ...(operations ? { operations } : {}),
    ...(clean ? { clean } : {}),
    maxChars: COMMENT_MAX_CHARS - MARKER.length - 1,
    ...(more ? { moreUrl: more, moreLabel: 'the job summary' } : { moreLabel: 'the job summary' }),
  });
}

/** What to say about the sticky comment's outcome: a log line or a notice. */
export function commentOutcome(r: StickyCommentResult, report: Report, fork: boolean): { level: 'info' | 'notice'; text: string } {
  if (r.action === 'skipped') {
    const forbidden = r.reason?.includes('403') ?? false;
    if (report.findings.length === 0 && r.reason?.startsWith('Clean run')) return { level: 'info', text: `graphguard: ${r.reason}` };
    if (fork && forbidden)
      return { level: 'notice', text: 'No PR comment: this pull request comes from a fork, and GitHub gives fork pull requests a read-only token (403).' };
    return { level: 'notice', text: r.reason ?? 'No PR comment.' };
  }
  return { level: 'info', text: `graphguard: PR comment ${r.action}${r.url ? `: ${r.url}` : ''}` };
}

/** The job summary's markdown, within GitHub's limit once `clean` (the output's sink) ran on it. */
export function jobSummary(
  report: Report,
  changes: AccessChange[],
  operations: AddedOperations | undefined,
  calls: CallAnalysis | undefined,
  clean?: (text: string) => string,
): string {
  return buildJobSummary(report, changes, {
    ...(operations ? { operations } : {}),
    ...(calls ? { evidence: callEvidence(calls) } : {}),
    ...(clean ? { clean } : {}),
  });
}

/** The findings' annotations, within the per-step caps left after the action's own notices and warnings. */
export function annotationPlan(findings: Finding[], own: { notices: number; warnings: number }, failure: string | undefined): AnnotationPlan {
  return planAnnotations(findings, {
    caps: { notice: Math.max(0, DEFAULT_CAPS.notice - own.notices), warning: Math.max(0, DEFAULT_CAPS.warning - own.warnings) },
    ...(failure !== undefined ? { failureMessage: failure } : {}),
    breakAllColons: true,
  });
}
