/**
 * The GitHub Action (bundled to dist/index.js): a thin shell that reads the inputs, fetches the PR's
 * base manifest and file list, calls check(), and reports through annotations, the job summary, a
 * SARIF file and one sticky PR comment. The job result depends on findings and `fail-on` only.
 */
import { clipRedacted } from './secrets/sink.js';
import { FAIL_ON_LEVELS, maxWarningsValue, oneOfValues } from './option-values.js';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { createOctokit } from './github/octokit.js';
import { rules } from '../rules/index.js';
import { check, type CheckOptions, type CheckResult } from './check.js';
import { emitAnnotations } from './github/annotations.js';
import { baseManifestProblem, readBaseManifest } from './github/base-manifest.js';
import { actionOutput, type ActionOutput } from './github/output.js';
import {
  annotationPlan,
  commentBody,
  commentOutcome,
  countOutputs,
  crashText,
  errorText,
  jobSummary,
  MESSAGE_TITLE,
  runUrl,
  sarifText,
  texts,
  verdict,
  type AddedOperations,
} from './github/report.js';
import { cleanDeep, cleanReport, Sink, withEscapedPaths } from './secrets/sink.js';
import { gitRoot, repositoryRoot } from './fs-safe.js';
import { upsertStickyComment, type Octokit } from './github/comment.js';
import { listChangedFiles, PR_FILES_LIMIT, scanNames } from './github/pr-files.js';
import { writeJobSummary } from './github/summary.js';
import { baseCallAnalysis, operationsAdded } from './calls/pr.js';
import { cleanAnalysis } from './calls/analyze.js';
import { findManifest, MANIFEST_NAMES } from './manifest/load.js';
import { ConfigError, type Severity } from './types.js';
import { detectionTurnedDown, type FailOn } from './outcome.js';

type NewAccess = Severity | 'off';

interface Inputs {
  manifest: string;
  paths: string[];
  failOn: FailOn;
  /** The CLI's --max-warnings: also fail with more warnings than this. */
  maxWarnings: number | undefined;
  /** The CLI's --baseline: findings recorded in this file are hidden (and counted). */
  baseline: string;
  annotations: boolean;
  comment: boolean;
  sarif: string;
  onlyChanged: boolean;
  history: boolean;
  /** The `new-access` input; undefined when not set (the manifest's `rules:` setting, else the rule's default, applies). */
  newAccess: NewAccess | undefined;
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

/** An input's value as a refusal quotes it: clipped and redacted (an input may hold a secret). */
const clipInput = (v: string): string => clipRedacted(v, 40);

// The checks the CLI and the library share (src/option-values.ts), under the action's names.
function oneOf<T extends string>(name: string, allowed: readonly T[], dflt: T): T {
  return oneOfValues(`input ${name}`, core.getInput(name) || dflt, allowed, clipInput);
}

/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts, but with a one-line error and a default. */
function bool(name: string, dflt: boolean): boolean {
  const v = core.getInput(name);
  if (v === '') return dflt;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new ConfigError(`input ${name} must be true or false, not "${clipInput(v)}"`);
}

/** The CLI's --max-warnings: a whole number, or -1 for no limit. */
function maxWarnings(name: string): number | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : maxWarningsValue(`input ${name}`, v, clipInput);
}

function readInputs(): Inputs {
  // An empty input is an input not set: GitHub passes every input action.yml declares, '' by default
  // (the CLI, where an empty value is a mistake, refuses `--manifest ''`).
  const paths = core.getMultilineInput('paths');
  return {
    manifest: core.getInput('manifest'),
    paths: paths.length > 0 ? paths : ['.'],
    failOn: oneOf('fail-on', FAIL_ON_LEVELS, 'error'),
    maxWarnings: maxWarnings('max-warnings'),
    baseline: core.getInput('baseline'),
    annotations: bool('annotations', true),
    comment: bool('comment', true),
    sarif: core.getInput('sarif'),
    onlyChanged: bool('only-changed', false),
    history: bool('history', true),
    newAccess: core.getInput('new-access') === '' ? undefined : oneOf('new-access', ['off', 'notice', 'warn', 'error'] as const, 'warn'),
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
    this.out.notice(text, { title: MESSAGE_TITLE });
  }
  warning(text: string): void {
    this.warnings++;
    this.out.warning(text, { title: MESSAGE_TITLE });
  }
}

export async function run(): Promise<void> {
  // Credentials are masked before anything else can print them.
  const graphToken = core.getInput('graph-token');
  const appSecret = core.getInput('app-secret');
  if (graphToken) core.setSecret(graphToken);
  if (appSecret) core.setSecret(appSecret);
  // Everything the action writes goes through `out` (src/github/output.ts): redacted, escaped.
  // Every text it writes comes from src/github/report.ts.
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
      ...(inputs.newAccess ? { newAccess: inputs.newAccess } : {}),
      live: inputs.live ? (inputs.graphUrl ? { graphUrl: inputs.graphUrl } : {}) : false,
      ...(inputs.manifest ? { manifest: inputs.manifest } : {}),
      ...(inputs.baseline ? { baseline: inputs.baseline } : {}),
    };

    const manifestPath = findManifest(cwd, inputs.manifest || undefined);
    // Why the base manifest could not be read, said after the check (so that its own messages come first), unless
    // the input is `off`: access is not checked, as asked (hunt FIN-4). The head manifest's `rules:` cannot silence
    // it: without the base, nothing stands against the pull request's own setting (review A33-1).
    let baseUnread: string | undefined;
    // The base manifest is read on every pull request: with `new-access: off` too, what the head manifest turns down
    // against it is said (hunt C8: `hardcoded-token: off` and a token in one pull request gave a clean run).
    if (pr) {
      // No manifest at head: check() reports that as a config error.
      if (manifestPath) {
        const rel = path.relative(cwd, manifestPath).split(path.sep).join('/');
        try {
          // The base's manifest is the one the base's own run loads: the first of the names discovery tries, in its
          // order, in the head manifest's folder (with the `manifest` input, that path). A manifest the pull request
          // renamed (`graphguard.yaml` at base, `graphguard.yml` now) is then the base's under its old name, else every
          // grant would be new (hunt U2r-1); and a pull request that deletes `graphguard.yml` is not compared with a
          // shadowed `.graphguard.yml` the base never loaded, nor linted (review A33-3).
          let baseText: string | null = null;
          let baseRel = rel;
          for (const name of inputs.manifest ? [rel] : discoveryNames(rel)) {
            const got = await readBaseManifest({ cwd, baseSha: pr.baseSha, manifestPath: name, octokit, owner, repo });
            if (got.text === null) continue;
            baseText = got.text;
            baseRel = name;
            break;
          }
          const problem = baseText === null ? undefined : baseManifestProblem(baseText, baseRel);
          if (problem) baseUnread = texts.baseManifestProblem(problem);
          else opts.base = { text: baseText, file: baseRel };
        } catch (e) {
          baseUnread = texts.baseManifestFailed(e);
        }
      }
    }

    // The PR's commits: a token added and removed again within the PR is still in its history.
    if (pr && inputs.history)
      opts.history = {
        range: `${pr.baseSha}..HEAD`,
        onUnavailable: (m) => messages.warning(texts.historyUnavailable(m)),
      };

    // The pull request's files, listed once: for only-changed, and to name among the source files skipped as binary
    // only those it changes (a media file or a UTF-16 table the repository always had is no news on every pull
    // request: hunt Z8-4), before the scan caps that list (hunt AT-1). A list GitHub could not give whole (or gave
    // empty) filters nothing.
    let changed: { files: string[] } | { error: unknown } | undefined;
    if (pr && octokit) {
      try {
        changed = { files: await listChangedFiles(octokit, owner, repo, pr.number) };
      } catch (e) {
        changed = { error: e };
      }
    }
    // GitHub names the files from the repository's root; the scan from `cwd`, which is another folder when the
    // workflow checks the repository out elsewhere (`actions/checkout` with `path: app`: hunt AT2-9).
    // The repository is the one `cwd` is in; only when `cwd` is in none (a checkout into a folder of the workspace),
    // the manifest's (hunt C5: a manifest in a submodule took the submodule for the repository).
    const prRoot = gitRoot(cwd) ?? repositoryRoot(manifestPath ? path.dirname(manifestPath) : cwd);
    const asScanned = (files: readonly string[]) => scanNames(files, cwd, prRoot);
    const whole = changed && 'files' in changed && changed.files.length > 0 && changed.files.length < PR_FILES_LIMIT ? asScanned(changed.files) : undefined;
    if (whole) opts.reviewFiles = whole;
    if (pr && inputs.onlyChanged) {
      if (!changed) messages.notice(texts.onlyChangedNoToken());
      else if ('error' in changed) messages.notice(texts.onlyChangedFailed(changed.error));
      else if (changed.files.length >= PR_FILES_LIMIT) messages.notice(texts.onlyChangedTooMany(PR_FILES_LIMIT));
      else opts.onlyFiles = asScanned(changed.files);
    }

    result = await check({ ...opts, onSecrets: (values) => sink.addSecrets(values) });
    if (baseUnread && inputs.newAccess !== 'off') messages.warning(baseUnread);
  } catch (e) {
    out.setOutput('result', 'error');
    out.setOutput('sarif-file', '');
    out.setFailed(errorText(e));
    return;
  }

  // Every secret found in files is masked before any report is printed or written.
  for (const s of result.secrets) core.setSecret(s.reveal());

  // From here on the report's strings are clean (redacted, escaped) before any format sees them. SARIF and
  // the annotations encode file names themselves (a URI, a command property): theirs keep control characters.
  const encoded = cleanReport(result.report, sink, { paths: 'encoded' });
  const report = withEscapedPaths(encoded);
  // `new-access: off`: no access changes either (the base was read for what turns secret detection down).
  const changes = result.newAccess === 'off' ? [] : cleanDeep(result.changes ?? [], sink, { oneLine: true });
  const { result: outcome, failure } = verdict(report, inputs.failOn, inputs.maxWarnings);
  // What hides a leaked token in this run is said where reviewers look, never only counted (hunt U1).
  // (At most five annotations of it: the summary and the comment list the rest.)
  for (const what of (report.detectionLowered ?? []).slice(0, 5)) messages.warning(texts.detectionLowered(what));
  if ((report.hiddenSecrets?.length ?? 0) > 0) messages.warning(texts.secretsHidden(report));
  if ((report.binaryText?.length ?? 0) > 0) messages.warning(texts.binaryText(report.binaryText!));
  if ((report.binaryHistory?.length ?? 0) > 0) messages.warning(texts.binaryHistory(report.binaryHistory!));
  if (report.historyIncomplete !== undefined) messages.warning(report.historyIncomplete);

  for (const [name, value] of countOutputs(report)) out.setOutput(name, value);
  out.setOutput('result', outcome);

  // SARIF
  let sarifFile = '';
  if (inputs.sarif) {
    try {
      // Inside the workspace only, never through a symlink a pull request committed (src/fs-safe.ts).
      out.writeWorkspaceFile(cwd, inputs.sarif, sarifText(encoded, rules));
      sarifFile = inputs.sarif;
    } catch (e) {
      messages.warning(texts.sarifFailed(e));
    }
  }
  out.setOutput('sarif-file', sarifFile);

  // Least privilege from the code (SPEC §7): the operations the PR adds, and each user's calls. Compared
  // as read, then cleaned like the report before the markdown formats escape them (a secret in a file
  // name, escaped `\_`, would no longer be found in the comment's text).
  const cleanLines = <T>(value: T): T => cleanDeep(value, sink, { oneLine: true });
  const calls = result.calls && cleanAnalysis(result.calls, cleanLines);
  let operations: AddedOperations | undefined;
  if (pr && result.calls) {
    try {
      operations = cleanLines(operationsAdded(result.calls, await baseCallAnalysis({ cwd, baseSha: pr.baseSha, head: result.calls })));
    } catch (e) {
      out.info(texts.operationsNotListed(e));
    }
  }

  // PR comment (pull_request events only)
  const more = runUrl({ serverUrl: context.serverUrl, runId: context.runId, runAttempt: context.runAttempt, repository: process.env.GITHUB_REPOSITORY });
  if (pr && inputs.comment) {
    if (!octokit) messages.notice(texts.noCommentToken());
    else {
      const { owner, repo } = context.repo;
      const body = out.clean(commentBody(report, changes, operations, more, (t) => out.clean(t)));
      const r = await upsertStickyComment({
        octokit,
        owner,
        repo,
        issueNumber: pr.number,
        body,
        // A run that hides a leaked token is not clean: the comment says where.
        clean: report.findings.length === 0 && !detectionTurnedDown(report),
        ...(more ? { summaryUrl: more } : {}),
      });
      const said = commentOutcome(r, report, pr.fork);
      if (said.level === 'info') out.info(said.text);
      else messages.notice(said.text);
    }
  }

  // Job summary
  const summary = await writeJobSummary(jobSummary(report, changes, operations, calls, (t) => out.clean(t)), out);
  if (!summary.written && process.env.GITHUB_STEP_SUMMARY) messages.warning(texts.summaryFailed(summary.reason));

  // Annotations, within the per-step caps left after the action's own notices and warnings.
  if (inputs.annotations) emitAnnotations(annotationPlan(encoded.findings, messages, failure), out);

  if (failure !== undefined) out.setFailed(failure);
}

run().catch((e: unknown) => {
  const out = actionOutput(new Sink(process.env));
  out.setOutput('result', 'error');
  out.setFailed(crashText(e));
});

/** The names the CLI discovers a manifest by, in its order, in the folder of `rel` (`graphguard.yml`, `graphguard.yaml`, `.graphguard.yml`). */
function discoveryNames(rel: string): string[] {
  const dir = path.posix.dirname(rel);
  return MANIFEST_NAMES.map((n) => (dir === '.' ? n : `${dir}/${n}`));
}
