/**
 * The GitHub Action (bundled to dist/index.js): a thin shell that reads the inputs, fetches the PR's
 * base manifest and file list, calls check(), and reports through annotations, the job summary, a
 * SARIF file and one sticky PR comment. The job result depends on findings and `fail-on` only.
 */
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { createOctokit } from './github/octokit.js';
import { rules } from '../rules/index.js';
import { check, type CheckOptions, type CheckResult } from './check.js';
import { formatMarkdown } from './format/markdown.js';
import { formatSarif } from './format/sarif.js';
import { emitAnnotations, planAnnotations, DEFAULT_CAPS } from './github/annotations.js';
import { baseManifestProblem, readBaseManifest } from './github/base-manifest.js';
import { actionOutput, type ActionOutput } from './github/output.js';
import { cleanDeep, cleanReport, Sink } from './secrets/sink.js';
import { COMMENT_MAX_CHARS, MARKER, upsertStickyComment, type Octokit } from './github/comment.js';
import { listChangedFiles, PR_FILES_LIMIT } from './github/pr-files.js';
import { buildJobSummary, writeJobSummary } from './github/summary.js';
import { baseCallAnalysis, callEvidence, operationsAdded } from './calls/pr.js';

type AddedOperations = ReturnType<typeof operationsAdded>;
import { findManifest } from './manifest/load.js';
import { ConfigError, type Report, type Severity } from './types.js';
import { failingFindings, type FailOn } from './outcome.js';

type NewAccess = Severity | 'off';

interface Inputs {
  manifest: string;
  paths: string[];
  failOn: FailOn;
  annotations: boolean;
  comment: boolean;
  sarif: string;
  onlyChanged: boolean;
  history: boolean;
  newAccess: NewAccess;
  live: boolean;
  graphUrl: string;
  githubToken: string;
}

/** The pull request of a `pull_request` event, from the event payload. */
interface PullRequest {
  number: number;
  baseSha: string;
  fork: boolean;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], dflt: T): T {
  const v = core.getInput(name) || dflt;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigError(`input ${name} must be one of ${allowed.join(', ')}, not "${v.slice(0, 40)}"`);
}

/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts, but with a one-line error and a default. */
function bool(name: string, dflt: boolean): boolean {
  const v = core.getInput(name);
  if (v === '') return dflt;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new ConfigError(`input ${name} must be true or false, not "${v.slice(0, 40)}"`);
}

function readInputs(): Inputs {
  const paths = core.getMultilineInput('paths');
  return {
    manifest: core.getInput('manifest'),
    paths: paths.length > 0 ? paths : ['.'],
    failOn: oneOf('fail-on', ['error', 'warn', 'notice', 'never'] as const, 'error'),
    annotations: bool('annotations', true),
    comment: bool('comment', true),
    sarif: core.getInput('sarif'),
    onlyChanged: bool('only-changed', false),
    history: bool('history', true),
    newAccess: oneOf('new-access', ['off', 'notice', 'warn', 'error'] as const, 'warn'),
    live: bool('live', false),
    graphUrl: core.getInput('graph-url'),
    githubToken: core.getInput('github-token'),
  };
}

function pullRequest(): PullRequest | undefined {
  if (context.eventName !== 'pull_request') return undefined;
  const pr = context.payload.pull_request as
    | { number?: number; base?: { sha?: string; repo?: { full_name?: string } }; head?: { repo?: { full_name?: string } | null } }
    | undefined;
  if (!pr || typeof pr.number !== 'number' || typeof pr.base?.sha !== 'string') return undefined;
  // A deleted fork leaves head.repo null; either way the token is the fork's read-only one.
  const fork = pr.head?.repo?.full_name !== pr.base.repo?.full_name;
  return { number: pr.number, baseSha: pr.base.sha, fork };
}

/** Notices and warnings of the action itself; they take annotation slots from the findings. */
class Messages {
  notices = 0;
  warnings = 0;
  constructor(private readonly out: ActionOutput) {}
  notice(text: string): void {
    this.notices++;
    this.out.notice(text, { title: 'graphguard' });
  }
  warning(text: string): void {
    this.warnings++;
    this.out.warning(text, { title: 'graphguard' });
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

function runUrl(): string | undefined {
  const { serverUrl, runId } = context;
  const repo = process.env.GITHUB_REPOSITORY;
  if (!repo || !Number.isFinite(runId)) return undefined;
  const attempt = Number.isFinite(context.runAttempt) ? `/attempts/${context.runAttempt}` : '';
  return `${serverUrl}/${repo}/actions/runs/${runId}${attempt}`;
}

export async function run(): Promise<void> {
  // Credentials are masked before anything else can print them.
  const graphToken = core.getInput('graph-token');
  const appSecret = core.getInput('app-secret');
  if (graphToken) core.setSecret(graphToken);
  if (appSecret) core.setSecret(appSecret);
  // Everything the action writes goes through `out` (src/github/output.ts): redacted, escaped.
  const sink = new Sink(process.env);
  sink.addSecrets([graphToken, appSecret, core.getInput('github-token')]);
  const out = actionOutput(sink);

  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  let result: CheckResult;
  let inputs: Inputs;
  const messages = new Messages(out);
  let octokit: Octokit | undefined;
  let pr: PullRequest | undefined;
  try {
    inputs = readInputs();
    pr = pullRequest();
    // Every GitHub API request is time-bound (src/github/octokit.ts): the action never waits forever.
    if (inputs.githubToken) octokit = createOctokit(inputs.githubToken, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
    // context.repo reads GITHUB_REPOSITORY; only pull requests need it.
    const { owner, repo } = pr ? context.repo : { owner: '', repo: '' };

    const env: Record<string, string | undefined> = { ...process.env };
    if (graphToken) env.GRAPHGUARD_GRAPH_TOKEN = graphToken;
    if (appSecret) env.GRAPHGUARD_APP_SECRET = appSecret;

    const opts: CheckOptions = {
      cwd,
      // The job summary lists each system user's Graph API calls; the PR comment the operations it adds.
      collectCalls: true,
      paths: inputs.paths,
      env,
      newAccess: inputs.newAccess,
      live: inputs.live ? (inputs.graphUrl ? { graphUrl: inputs.graphUrl } : {}) : false,
      ...(inputs.manifest ? { manifest: inputs.manifest } : {}),
    };

    if (pr && inputs.newAccess !== 'off') {
      const manifestPath = findManifest(cwd, inputs.manifest || undefined);
      // No manifest at head: check() reports that as a config error.
      if (manifestPath) {
        const rel = path.relative(cwd, manifestPath).split(path.sep).join('/');
        try {
          const base = await readBaseManifest({ cwd, baseSha: pr.baseSha, manifestPath: rel, octokit, owner, repo });
          const problem = base.text === null ? undefined : baseManifestProblem(base.text, rel);
          if (problem) messages.warning(`new access not checked: ${problem}`);
          else opts.base = { text: base.text, file: rel };
        } catch (e) {
          messages.warning(`new access not checked: ${firstLine(e)}`);
        }
      }
    }

    // The PR's commits: a token added and removed again within the PR is still in its history.
    if (pr && inputs.history)
      opts.history = {
        range: `${pr.baseSha}..HEAD`,
        onUnavailable: (m) => messages.warning(`history not scanned (${m}); check out with fetch-depth: 0 to scan the pull request's commits.`),
      };

    if (pr && inputs.onlyChanged) {
      if (!octokit) messages.notice('only-changed ignored: no github-token to list the pull request\'s files; reporting findings in all files.');
      else {
        try {
          const files = await listChangedFiles(octokit, owner, repo, pr.number);
          if (files.length >= PR_FILES_LIMIT)
            messages.notice(
              `only-changed ignored: the pull request changes ${PR_FILES_LIMIT} or more files, more than GitHub lists; reporting findings in all files.`,
            );
          else opts.onlyFiles = new Set(files);
        } catch (e) {
          messages.notice(`only-changed ignored: could not list the pull request's files (${firstLine(e)}); reporting findings in all files.`);
        }
      }
    }

    result = await check({ ...opts, onSecrets: (values) => sink.addSecrets(values) });
  } catch (e) {
    out.setOutput('result', 'error');
    out.setOutput('sarif-file', '');
    out.setFailed(e instanceof ConfigError ? e.format() : `internal error: ${firstLine(e)}`);
    return;
  }

  // Every secret found in files is masked before any report is printed or written.
  for (const s of result.secrets) core.setSecret(s.reveal());

  // From here on the report's strings are clean (redacted, escaped) before any format sees them.
  const report = cleanReport(result.report, sink);
  const changes = cleanDeep(result.changes ?? [], sink);
  const incomplete = report.summary.live === 'incomplete';
  const failing = failingFindings(report, inputs.failOn).length > 0;
  const failure = incomplete
    ? `graphguard: the live check could not complete; not verified: ${(report.unverified ?? []).join('; ')}.`
    : failing
      ? failureText(report, inputs.failOn as Severity)
      : undefined;

  out.setOutput('errors', String(report.summary.errors));
  out.setOutput('warnings', String(report.summary.warnings));
  out.setOutput('result', incomplete ? 'error' : failing ? 'fail' : 'pass');

  // SARIF
  let sarifFile = '';
  if (inputs.sarif) {
    try {
      // Inside the workspace only, never through a symlink a pull request committed (src/fs-safe.ts).
      out.writeWorkspaceFile(cwd, inputs.sarif, formatSarif(report, { rules }));
      sarifFile = inputs.sarif;
    } catch (e) {
      messages.warning(`Could not write the SARIF file: ${e instanceof ConfigError ? e.format() : firstLine(e)}.`);
    }
  }
  out.setOutput('sarif-file', sarifFile);

  // Least privilege from the code (SPEC §7): the operations the PR adds, and each user's calls.
  const calls = result.calls;
  let operations: AddedOperations | undefined;
  if (pr && calls) {
    try {
      operations = operationsAdded(calls, await baseCallAnalysis({ cwd, baseSha: pr.baseSha, head: calls }));
    } catch (e) {
      core.info(`graphguard: operations this PR adds not listed: ${firstLine(e)}`);
    }
  }

  // PR comment (pull_request events only)
  const more = runUrl();
  if (pr && inputs.comment) {
    if (!octokit) messages.notice('No PR comment: no github-token was given.');
    else {
      const { owner, repo } = context.repo;
      const body = out.clean(formatMarkdown(report, {
        changes,
        ...(operations ? { operations } : {}),
        maxChars: COMMENT_MAX_CHARS - MARKER.length - 1,
        ...(more ? { moreUrl: more, moreLabel: 'the job summary' } : { moreLabel: 'the job summary' }),
      }));
      const r = await upsertStickyComment({
        octokit,
        owner,
        repo,
        issueNumber: pr.number,
        body,
        clean: report.findings.length === 0,
        ...(more ? { summaryUrl: more } : {}),
      });
      if (r.action === 'skipped') {
        const forbidden = r.reason?.includes('403') ?? false;
        if (report.findings.length === 0 && r.reason?.startsWith('Clean run')) out.info(`graphguard: ${r.reason}`);
        else if (pr.fork && forbidden)
          messages.notice('No PR comment: this pull request comes from a fork, and GitHub gives fork pull requests a read-only token (403).');
        else messages.notice(r.reason ?? 'No PR comment.');
      } else out.info(`graphguard: PR comment ${r.action}${r.url ? `: ${r.url}` : ''}`);
    }
  }

  // Job summary
  const summary = await writeJobSummary(
    buildJobSummary(report, changes, { ...(operations ? { operations } : {}), ...(calls ? { evidence: callEvidence(calls) } : {}) }),
    out,
  );
  if (!summary.written && process.env.GITHUB_STEP_SUMMARY) messages.warning(summary.reason ?? 'Could not write the job summary.');

  // Annotations, within the per-step caps left after the action's own notices and warnings.
  if (inputs.annotations) {
    const plan = planAnnotations(report.findings, {
      caps: { notice: Math.max(0, DEFAULT_CAPS.notice - messages.notices), warning: Math.max(0, DEFAULT_CAPS.warning - messages.warnings) },
      ...(failure !== undefined ? { failureMessage: failure } : {}),
      breakAllColons: true,
    });
    emitAnnotations(plan, out);
  }

  if (failure !== undefined) out.setFailed(failure);
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

run().catch((e: unknown) => {
  const out = actionOutput(new Sink(process.env));
  out.setOutput('result', 'error');
  out.setFailed(`internal error: ${firstLine(e)}`);
});
