/**
 * The pipeline, as a list of named stages (each in src/stages/):
 * load → validate → manifest rules → scan → least privilege from the code's calls → history → live → diff →
 * suppress → baseline → report.
 * It returns a Report and writes nothing. ConfigError is the user's input (exit 2); anything else is a bug.
 */
import path from 'node:path';
import { prestartScanWorkers } from './scan/parallel.js';
import { hasScanCache } from './scan/scan-cache.js';
import { dropPrefetched, prefetchListing } from './scan/walk.js';
import type { ScanProgress } from './scan/progress.js';
import { rules as allRules } from '../rules/index.js';
import { manifestFolderAbove, rebase, wholeTree } from './manifest/discover.js';
import type { AccessChange } from './diff.js';
import { distinctRepeats, pipelineFinding, toPublic, type InternalFinding } from './findings.js';
import type { AnyRule } from './rule.js';
import type { Secret } from './secrets/secret.js';
import type { SeveritySetting } from './settings.js';
import { sortAndDedupe } from './sort.js';
import { applyBaseline, onlyChanged } from './stages/baseline.js';
import { diff, type BaseInput } from './stages/diff.js';
import { live, uniqueSecrets, type LiveOptions } from './stages/live.js';
import { load, validate } from './stages/load.js';
import { runManifestRules } from './stages/rules.js';
import { settingOf, type CheckRun } from './stages/run.js';
import { scan } from './stages/scan.js';
import { manifestSecretValues, pastedLiterals } from './manifest/secrets.js';
import { history, type HistoryOptions } from './stages/history.js';
import { newSecretsOnly, SHALLOW_HISTORY, type BlobNotScanned } from './scan/history.js';
import { suppress } from './stages/suppress.js';
import { leastPrivilege, wantsCalls } from './stages/calls.js';
import type { CallAnalysis } from './calls/analyze.js';
import type { ManifestCacheSetting } from './manifest/parse-cache.js';
import type { Finding, HiddenSecret, LiveStatus, Report, Severity } from './types.js';
import { VERSION } from './version.js';
import { pushAll } from './arrays.js';
import { inRealFolder, realPathOf } from './fs-safe.js';

export type { LiveOptions } from './stages/live.js';

export interface CheckOptions {
  cwd: string;
  /** Manifest path (else discovered: graphguard.yml, graphguard.yaml, .graphguard.yml). */
  manifest?: string;
  /** Paths to scan; default ['.']; an empty list scans nothing. */
  paths?: string[];
  /** YYYY-MM-DD; default: today (UTC). */
  today?: string;
  env?: Record<string, string | undefined>;
  live?: LiveOptions | false;
  /** Baseline file: findings whose fingerprints it holds are hidden. */
  baseline?: string;
  /** Scan only files changed since this git ref. */
  changedOnly?: string;
  /**
   * Also scan the blobs a commit range added for secrets (src/stages/history.ts); `range` undefined: all
   * history. With `onUnavailable`, a git failure is passed to it instead of failing the check.
   */
  history?: HistoryOptions;
  /** Keep only findings in these files (the action's only-changed). */
  onlyFiles?: ReadonlySet<string>;
  /**
   * The files a reviewer reviews (a pull request's changes): only these are named among the source files
   * skipped as binary (Report.binaryText). Findings are not filtered by it.
   */
  reviewFiles?: ReadonlySet<string>;
  /** The base manifest's text for the access diff (null: no manifest at base → everything is new). */
  base?: BaseInput;
  /** Severity of the diff rules' findings (action input `new-access`). */
  newAccess?: SeveritySetting;
  rules?: readonly AnyRule[];
  /** Collect and analyse Graph API calls even when no least-privilege rule is on (the PR comment's operations). */
  collectCalls?: boolean;
  debug?: (line: string) => void;
  /** The scan's progress line (src/scan/progress.ts); the CLI passes one on a terminal. */
  progress?: ScanProgress;
  /**
   * Build code frames for manifest findings (default true). The CLI turns them off for formats that
   * never show one: on a large manifest with thousands of findings they are most of the run's work.
   */
  frames?: boolean;
  /**
   * The scan cache (src/scan/scan-cache.ts): where, and what names the running code. The CLI's default.
   * With `mayKeep` (false when the output sink would redact anything in a text), a folder that is not
   * a checkout keeps its walk there too (src/scan/walk-cache.ts).
   */
  scanCache?: { dir: string; build: string; now?: number; mayKeep?: (text: string) => boolean };
  /**
   * The manifest parse cache (src/manifest/parse-cache.ts): where, what names the running code, and
   * whether a text may be kept (`mayKeep`: false when the output sink would redact anything in it).
   * The CLI's default.
   */
  manifestCache?: ManifestCacheSetting & { mayKeep: (text: string) => boolean };
  /** Told every secret value the run learns (declared values, secrets found), so output can redact them. */
  onSecrets?: (values: Secret[]) => void;
}

export interface CheckResult {
  report: Report;
  /** The access diff, when a base was given. */
  changes?: AccessChange[];
  /**
   * The severity `new-access` ran with, when a base was given and the manifest is valid (`CheckOptions.newAccess`,
   * else the stricter of the head's and the base's `rules:`, else its default): the action lists no access changes
   * with `off`.
   */
  newAccess?: SeveritySetting;
  /**
   * History findings left out of the report because a finding it keeps reports the same value (the token is
   * still in the code): `graphguard baseline` writes their fingerprints too, so that accepting that finding
   * does not bring them back.
   */
  historyFolded?: Finding[];
  /** The secrets found (in files and the manifest), for the action's masking. */
  secrets: Secret[];
  /** The attributed Graph API calls (SPEC §7), when a least-privilege rule ran or `collectCalls` was set. */
  calls?: CallAnalysis;
  /**
   * The folder the report's paths are relative to (the manifest's, when found above the working directory)
   * from the top level of its git checkout, `/`-terminated ('' at the top and outside git): the
   * fingerprints name files from the top level (CheckRun.repositoryPrefix).
   */
  repositoryPrefix?: string;
}

/** Today's date in UTC, YYYY-MM-DD. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Runs the whole check and returns the report; writes nothing. Throws ConfigError for exit-2 conditions. */
export async function check(opts: CheckOptions): Promise<CheckResult> {
  // The folder by its real path, as git and the process's own cwd name it: a workspace reached through a symlink (a
  // self-hosted runner's `_work` on another disk) was held against git's top level and listed no file (hunt C7).
  // Absolute manifest and baseline paths follow it (inRealFolder), for their names and the manifest's link check.
  const real = realPathOf(opts.cwd);
  const manifest = opts.manifest === undefined ? undefined : inRealFolder(opts.manifest, real);
  const baseline = opts.baseline === undefined ? undefined : inRealFolder(opts.baseline, real);
  opts = { ...opts, cwd: real, ...(manifest !== undefined ? { manifest } : {}), ...(baseline !== undefined ? { baseline } : {}) };
  // From a subfolder: run from the folder above that holds the manifest (src/manifest/discover.ts).
  const above = opts.manifest ? undefined : manifestFolderAbove(opts.cwd);
  if (above) opts = rerooted(opts, above);
  // On a large checkout the scan's worker threads start loading now, alongside the manifest's load;
  // git lists the files meanwhile (a scan of everything, the usual case). A tree scanned before reads
  // few files (the scan cache): git says which changed instead, and workers start only if many did.
  const paths = opts.paths ?? ['.'];
  const cached = opts.scanCache !== undefined && !opts.changedOnly && hasScanCache({ ...opts.scanCache, base: path.resolve(opts.cwd) + path.sep, scope: paths });
  if (!cached) prestartScanWorkers(opts.cwd, paths);
  prefetchListing(opts.cwd, paths, { dirty: cached });
  try {
    return await checkLoaded(opts);
  } finally {
    dropPrefetched();
  }
}

async function checkLoaded(opts: CheckOptions): Promise<CheckResult> {
  const rules = opts.rules ?? allRules;
  const loaded = load({
    cwd: opts.cwd,
    ...(opts.manifest !== undefined ? { manifest: opts.manifest } : {}),
    today: opts.today ?? todayUtc(),
    env: opts.env ?? process.env,
    rules,
    knownRuleIds: new Set([...allRules, ...rules].map((r) => r.id)),
    debug: opts.debug ?? (() => {}),
    frames: opts.frames !== false,
    ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
  });
  const run = validate(loaded, opts.newAccess);
  // What the manifest holds (a value pasted into `token.secret`, a token anywhere) and the values its declared
  // secrets have: the sink knows them before any finding is made (docs/security.md §1).
  if (opts.onSecrets) opts.onSecrets([...manifestSecretValues(run.loaded.value, run.env), ...pastedLiterals(run.loaded)]);
  const findings: InternalFinding[] = runManifestRules(run);
  const calls = wantsCalls(run, opts.collectCalls === true);
  const scanned = await scan(run, {
    paths: opts.paths ?? ['.'],
    ...(opts.changedOnly ? { changedOnly: opts.changedOnly } : {}),
    ...(opts.progress ? { progress: opts.progress } : {}),
    ...(opts.scanCache ? { cache: opts.scanCache } : {}),
    ...(opts.reviewFiles ? { reviewFiles: opts.reviewFiles } : {}),
    calls,
  });
  opts.progress?.done();
  pushAll(findings, scanned.findings);
  // A permission is "unused" only when the whole repository was read: not with --changed-only, and not
  // for named paths that leave part of it out (`check src/orders.js`).
  const lp = calls ? leastPrivilege(run, scanned.calls ?? [], { complete: !opts.changedOnly && wholeTree(run.cwd, opts.paths) }) : undefined;
  if (lp) pushAll(findings, lp.findings);
  // A secret a history blob's own comment hid (a token a commit added under a suppression, and a later one removed).
  const historyHidden: HiddenSecret[] = [];
  // The history's findings in commit order: each secret is reported at the oldest commit that added it.
  const historyOrder = new Map<InternalFinding, number>();
  // The history's binary blobs of source files, but those the tree names already (the same file, still there).
  const binaryHistory: BlobNotScanned[] = [];
  let binaryHistoryTotal = 0;
  let historyShallow = false;
  if (opts.history) {
    const h = await history(run, opts.history, opts.paths ?? ['.']);
    for (const [i, f] of h.findings.entries()) historyOrder.set(f, i);
    pushAll(findings, h.findings);
    pushAll(historyHidden, h.hidden);
    historyShallow = h.shallow === true;
    const inTree = new Set(scanned.binaryText ?? []);
    pushAll(binaryHistory, h.binary.filter((b) => !inTree.has(b.file)));
    binaryHistoryTotal = h.binaryTotal - (h.binary.length - binaryHistory.length);
  }
  const secrets = uniqueSecrets(findings);
  opts.onSecrets?.(secrets);
  // The output sink learns what the Graph client sends (each token's appsecret_proof too): a server may echo it anywhere.
  const liveResult = opts.live ? await live(run, opts.onSecrets ? { ...opts.live, onSecrets: opts.onSecrets } : opts.live, findings) : undefined;
  if (liveResult) pushAll(findings, liveResult.findings);
  const diffResult = opts.base ? diff(run, opts.base, opts.newAccess !== undefined) : undefined;
  if (diffResult) {
    pushAll(findings, diffResult.findings);
    opts.onSecrets?.(diffResult.baseSecrets);
  }
  // Copies of one finding at other places (a token pasted twice) are told apart before the baseline sees
  // them (a baselined copy accepts no other), and after suppressions (which go by line): a suppressed copy
  // takes no number, so deleting it leaves the others' fingerprints as they were.
  // History findings are not today's copies: they take no number among them (a blob is another file's past).
  const suppressed = suppress(run, findings, scanned.suppressions, scanned.manifestAsListed);
  const numbered = sortAndDedupe([...distinctRepeats(suppressed.findings.filter((f) => !f.history)), ...suppressed.findings.filter((f) => f.history)]);
  const judged = applyBaseline(run.cwd, numbered, opts.baseline);
  // A history finding is dropped only now, when today's tree still reports its value, or a suppression comment or
  // the baseline accepts the value in the same file (a test fixture's fake token, its comment added by a later
  // commit: hunt Y1-3); a suppressed or baselined copy elsewhere in the tree does not hide it (hunts Y1-1, Y1-2).
  const keptSet = new Set(judged.findings);
  const unsuppressed = new Set(suppressed.findings);
  const accepted = [...numbered.filter((f) => !keptSet.has(f)), ...findings.filter((f) => !f.history && !unsuppressed.has(f))];
  const past = historyOrder.size === 0 ? undefined : newSecretsOnly(judged.findings, accepted, historyOrder);
  const baselined = { ...judged, findings: past ? past.findings : judged.findings };
  // The other manifest rules did not run (the manifest is not valid): a schema problem suppressed or
  // baselined must not make that a silent pass. One finding says so, past suppressions and the baseline;
  // judged before only-changed, which hides what the pull request leaves alone (this finding too).
  const notChecked = run.valid ? undefined : manifestNotChecked(run, findings, baselined.findings);
  const hidden = hiddenSecrets([...suppressed.hidden, ...baselined.hidden], historyHidden);
  const kept = { findings: onlyChanged(notChecked ? sortAndDedupe([...baselined.findings, notChecked]) : baselined.findings, opts.onlyFiles), baselined: baselined.baselined };
  // Kept only now: the output sink knows every secret the run found (the scan's, the live check's).
  if (opts.manifestCache) run.debug(`manifest cache: ${run.loaded.keepParse?.(opts.manifestCache.mayKeep, run.problems.length === 0) ?? 'not used'}`);
  const mayKeepWalk = opts.scanCache?.mayKeep;
  if (scanned.keepWalk && mayKeepWalk) run.debug(`walk cache: ${scanned.keepWalk(mayKeepWalk)}`);

  const snapshot = liveResult?.snapshot;
  const liveStatus: LiveStatus = !snapshot ? 'skipped' : snapshot.incomplete.length ? 'incomplete' : 'verified';
  const report: Report = {
    tool: { name: 'graphguard', version: VERSION },
    summary: { ...counts(kept.findings), filesScanned: scanned.filesScanned, live: liveStatus },
    findings: kept.findings.map(toPublic),
    manifest: run.loaded.file,
    skipped: scanned.skipped,
    ...(scanned.binaryText ? { binaryText: scanned.binaryText } : {}),
    ...(scanned.binaryTextTotal ? { binaryTextTotal: scanned.binaryTextTotal } : {}),
    ...(binaryHistory.length > 0 ? { binaryHistory } : {}),
    ...(binaryHistoryTotal > binaryHistory.length ? { binaryHistoryTotal } : {}),
    ...(historyShallow ? { historyIncomplete: SHALLOW_HISTORY } : {}),
    ...(snapshot?.incomplete.length ? { unverified: snapshot.incomplete } : {}),
    suppressed: suppressed.suppressed,
    baselined: kept.baselined,
    ...(hidden.length > 0 ? { hiddenSecrets: hidden } : {}),
    ...(diffResult && diffResult.lowered.length > 0 ? { detectionLowered: diffResult.lowered } : {}),
  };
  return {
    report,
    ...(diffResult ? { changes: diffResult.changes } : {}),
    ...(diffResult?.newAccess ? { newAccess: diffResult.newAccess } : {}),
    ...(lp ? { calls: lp.calls } : {}),
    ...(past && past.folded.length > 0 ? { historyFolded: past.folded.map(toPublic) } : {}),
    secrets,
    repositoryPrefix: run.repositoryPrefix,
  };
}

/** The options with cwd moved to `root`: paths and the baseline keep pointing where they did. */
function rerooted(opts: CheckOptions, root: string): CheckOptions {
  const from = path.resolve(opts.cwd);
  return {
    ...opts,
    cwd: root,
    paths: rebase(opts.paths ?? ['.'], from, root),
    ...(opts.baseline ? { baseline: path.resolve(from, opts.baseline) } : {}),
  };
}

function counts(findings: readonly Finding[]): { errors: number; warnings: number; notices: number } {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warn'), notices: count('notice') };
}

const SCHEMA_MESSAGES = new Set(['schema', 'schemaNoSuggestion']);

/** The finding that says an invalid manifest was not checked, when no schema problem is left to say it. */
function manifestNotChecked(run: CheckRun, all: readonly InternalFinding[], kept: readonly InternalFinding[]): InternalFinding | undefined {
  const rule = run.rules.find((r) => r.id === 'manifest-schema');
  // The schema's own problems (not a bad task name, which the rule also reports on an invalid manifest).
  const isSchema = (f: InternalFinding) => f.ruleId === 'manifest-schema' && SCHEMA_MESSAGES.has(f.messageId ?? '');
  const schema = all.filter(isSchema);
  if (!rule || schema.length === 0 || kept.some((f) => isSchema(f) && f.severity === 'error')) return undefined;
  const first = schema[0]!;
  const at = { file: first.file, line: first.line, column: first.column, endColumn: first.endColumn, anchor: 'manifest not checked' };
  return pipelineFinding(rule, settingOf(run, rule), at, 'schemaNotChecked', { count: String(schema.length) }, { repositoryPrefix: run.repositoryPrefix });
}

/** The tree's hidden secrets, then the history's that are not the same place hidden in today's tree (one blob's comment each). */
function hiddenSecrets(tree: readonly HiddenSecret[], history: readonly HiddenSecret[]): HiddenSecret[] {
  // (A place is one: the manifest's pasted token is plaintext-token in the tree, hardcoded-token in its blob.)
  const seen = new Set(tree.map((h) => `${h.file}\0${h.line}`));
  const out = [...tree];
  for (const h of history) {
    const key = `${h.file}\0${h.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
  }
  return out;
}

