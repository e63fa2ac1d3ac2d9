/**
 * Everything the action reports once check() has run: step outputs, the SARIF file, the sticky PR
 * comment, the job summary, annotations and the job's failure. The report it gets is already clean
 * (redacted, escaped: src/secrets/sink.ts); every write goes through `out`.
 */
import { formatMarkdown } from '../format/markdown.js';
import { formatSarif } from '../format/sarif.js';
import { failingFindings, type FailOn } from '../outcome.js';
import type { AccessChange } from '../diff.js';
import type { AnyRule } from '../rule.js';
import { plural } from '../text.js';
import { ConfigError, type Report, type Severity } from '../types.js';
import { DEFAULT_CAPS, emitAnnotations, planAnnotations } from './annotations.js';
import { COMMENT_MAX_CHARS, MARKER, upsertStickyComment, type Octokit } from './comment.js';
import { firstLine, type ActionMessages } from './messages.js';
import type { ActionOutput } from './output.js';
import { buildJobSummary, writeJobSummary } from './summary.js';

export interface PublishInput {
  report: Report;
  changes: AccessChange[];
  rules: readonly AnyRule[];
  cwd: string;
  failOn: FailOn;
  /** Workspace-relative SARIF path ('' for none). */
  sarif: string;
  annotations: boolean;
  /** The pull request to comment on, when the event is one and `comment` is on. */
  comment?: { octokit: Octokit | undefined; owner: string; repo: string; number: number; fork: boolean };
  /** The run's page (the job summary), for "see more" links. */
  runUrl?: string;
  out: ActionOutput;
  messages: ActionMessages;
}

/** Publishes the report; the job fails on findings at or above `failOn`, or an incomplete live check. */
export async function publishReport(input: PublishInput): Promise<void> {
  const { report, changes, out, messages } = input;
  const incomplete = report.summary.live === 'incomplete';
  const failing = failingFindings(report, input.failOn).length > 0;
  const failure = incomplete
    ? `graphguard: the live check could not complete; not verified: ${(report.unverified ?? []).join('; ')}.`
    : failing
      ? failureText(report, input.failOn as Severity)
      : undefined;

  out.setOutput('errors', String(report.summary.errors));
  out.setOutput('warnings', String(report.summary.warnings));
  out.setOutput('result', incomplete ? 'error' : failing ? 'fail' : 'pass');
  out.setOutput('sarif-file', writeSarif(input));
  if (input.comment) await comment(input, input.comment);

  const summary = await writeJobSummary(buildJobSummary(report, changes), out);
  if (!summary.written && process.env.GITHUB_STEP_SUMMARY) messages.warning(summary.reason ?? 'Could not write the job summary.');

  // Annotations, within the per-step caps left after the action's own notices and warnings.
  if (input.annotations) {
    const plan = planAnnotations(report.findings, {
      caps: { notice: Math.max(0, DEFAULT_CAPS.notice - messages.notices), warning: Math.max(0, DEFAULT_CAPS.warning - messages.warnings) },
      ...(failure !== undefined ? { failureMessage: failure } : {}),
      breakAllColons: true,
    });
    emitAnnotations(plan, out);
  }

  if (failure !== undefined) out.setFailed(failure);
}

/** Writes the SARIF file; returns its path, or '' when none was asked for or it could not be written. */
function writeSarif({ sarif, cwd, report, rules, out, messages }: PublishInput): string {
  if (!sarif) return '';
  try {
    // Inside the workspace only, never through a symlink a pull request committed (src/fs-safe.ts).
    out.writeWorkspaceFile(cwd, sarif, formatSarif(report, { rules }));
    return sarif;
  } catch (e) {
    messages.warning(`Could not write the SARIF file: ${e instanceof ConfigError ? e.format() : firstLine(e)}.`);
    return '';
  }
}

async function comment({ report, changes, runUrl, out, messages }: PublishInput, pr: NonNullable<PublishInput['comment']>): Promise<void> {
  if (!pr.octokit) {
    messages.notice('No PR comment: no github-token was given.');
    return;
  }
  const body = out.clean(
    formatMarkdown(report, {
      changes,
      maxChars: COMMENT_MAX_CHARS - MARKER.length - 1,
      ...(runUrl ? { moreUrl: runUrl, moreLabel: 'the job summary' } : { moreLabel: 'the job summary' }),
    }),
  );
  const r = await upsertStickyComment({
    octokit: pr.octokit,
    owner: pr.owner,
    repo: pr.repo,
    issueNumber: pr.number,
    body,
    clean: report.findings.length === 0,
    ...(runUrl ? { summaryUrl: runUrl } : {}),
  });
  if (r.action !== 'skipped') {
    out.info(`graphguard: PR comment ${r.action}${r.url ? `: ${r.url}` : ''}`);
    return;
  }
  const forbidden = r.reason?.includes('403') ?? false;
  if (report.findings.length === 0 && r.reason?.startsWith('Clean run')) out.info(`graphguard: ${r.reason}`);
  else if (pr.fork && forbidden)
    messages.notice('No PR comment: this pull request comes from a fork, and GitHub gives fork pull requests a read-only token (403).');
  else messages.notice(r.reason ?? 'No PR comment.');
}

function failureText(report: Report, failOn: Severity): string {
  const n = failingFindings(report, failOn).length;
  const word = failOn === 'warn' ? 'warning' : failOn;
  const s = report.summary;
  return (
    `graphguard: ${plural(n, 'finding')} at or above ${word} ` +
    `(${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}). See the job summary.`
  );
}
