/** The pipeline: load → validate → rules (manifest, code, live, diff) → suppress → baseline → Report. */
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { findManifest, loadManifest, parseManifestText, MANIFEST_NAMES, type LoadedManifest } from './manifest/load.js';
import { validateManifest } from './manifest/validate.js';
import type { Manifest } from './manifest/types.js';
import {
  fingerprint,
  manifestFinding,
  resolveRuleSettings,
  runRule,
  sortAndDedupe,
  toPublic,
  type InternalFinding,
  type RuleSetting,
} from './engine.js';
import type { AnyRule, RuleContext } from './rule.js';
import { renderMessage } from './rule.js';
import { parseSuppressions, suppressionProblem, type Suppression } from './suppress.js';
import { ConfigError, type Finding, type LiveStatus, type Report, type Severity } from './types.js';
import { Secret } from './secret.js';
import { VERSION } from './version.js';
import { scanRepository, type FileSuppressions } from './scan/run.js';
import type { LiveSnapshot } from './graph/types.js';
import { leakedTokenNote } from './live-model.js';
import { diffManifests, type AccessChange } from './diff.js';
import { readBaseline } from './baseline.js';
import { analyzeCalls, tokenNames, type CallAnalysis } from './calls/analyze.js';
import { runCallRules } from './calls/report.js';

export interface LiveOptions {
  graphUrl?: string;
  timeoutSeconds?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** A snapshot to use instead of calling the Graph API (tests of live rules). */
  snapshot?: LiveSnapshot;
}

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
  /** Keep only findings in these files (the action's only-changed). */
  onlyFiles?: ReadonlySet<string>;
  /** The base manifest's text for the access diff (null: no manifest at base → everything is new). */
  base?: { text: string | null; file: string };
  /** Severity of new-access findings (action input `new-access`). */
  newAccess?: Severity | 'off';
  rules?: readonly AnyRule[];
  /** Collect and analyse Graph API calls even when no least-privilege rule is on (the PR comment's operations). */
  collectCalls?: boolean;
  debug?: (line: string) => void;
}

export interface CheckResult {
  report: Report;
  /** The access diff, when a base was given. */
  changes?: AccessChange[];
  /** The attributed Graph API calls (SPEC §7), when a least-privilege rule ran or `collectCalls` was set. */
  calls?: CallAnalysis;
  /** Findings with their internal fields, for the live analysis of secrets and the action's masking. */
  secrets: Secret[];
}

/** Today's date in UTC, YYYY-MM-DD. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Runs the whole check and returns the report; writes nothing. Throws ConfigError for exit-2 conditions. */
export async function check(opts: CheckOptions): Promise<CheckResult> {
  const cwd = path.resolve(opts.cwd);
  const today = opts.today ?? todayUtc();
  const env = opts.env ?? process.env;
  const rules = opts.rules ?? allRules;
  const known = new Set([...allRules, ...rules].map((r) => r.id));
  const debug = opts.debug ?? (() => {});

  const manifestPath = findManifest(cwd, opts.manifest);
  if (!manifestPath)
    throw new ConfigError(`no manifest found (looked for ${MANIFEST_NAMES.join(', ')}); run \`graphguard init\` or pass --manifest`);
  const m = loadManifest(manifestPath, cwd);
  debug(`manifest: ${m.file}`);

  const problems = validateManifest(m.value, () => m.doc);
  const valid = problems.length === 0;
  const manifest = m.value as Manifest;
  const settings = resolveRuleSettings(rules, valid ? manifest.rules : undefined);
  if (opts.newAccess) {
    const s = settings.get('new-access');
    if (s) settings.set('new-access', { ...s, severity: opts.newAccess, explicit: true });
  }
  const active = (r: AnyRule) => settings.get(r.id)!.severity !== 'off';

  const findings: InternalFinding[] = [];
  const manifestRuleCtx = (rule: AnyRule, extra: Partial<RuleContext>): RuleContext => ({
    manifest,
    manifestFile: m.file,
    today,
    ...extra,
    report: (r) => findings.push(manifestFinding(rule, settings.get(rule.id)!, m, r)),
  });

  // Manifest rules. Only manifest-schema (and rules that declare they cope) see an invalid manifest.
  for (const rule of rules) {
    if (rule.kind !== 'manifest' || !rule.check || !active(rule)) continue;
    if (!valid && !rule.acceptsInvalidManifest) continue;
    runRule(rule, () => rule.check!(manifestRuleCtx(rule, { valid, schemaProblems: problems }), settings.get(rule.id)!.options));
  }

  // Code rules over the repository (src/scan/run.ts).
  const codeRules = rules.filter((r) => r.kind === 'code' && r.checkFile && active(r));
  const paths = opts.paths ?? ['.'];
  const declaredSecrets = valid ? declaredSecretValues(manifest, env) : [];
  // Least privilege from the code (SPEC §7): the scan also collects Graph API call sites.
  const callRules = valid ? rules.filter((r) => r.checkCalls && active(r)) : [];
  const wantCalls = callRules.length > 0 || opts.collectCalls === true;
  const scan =
    paths.length > 0
      ? await scanRepository({
          cwd,
          paths,
          ...(valid ? { manifest } : {}),
          manifestFile: m.file,
          today,
          codeRules,
          settings,
          declaredSecrets,
          ...(valid && wantCalls ? { calls: { tokenNames: tokenNames(manifest) } } : {}),
          ...(opts.changedOnly ? { changedOnly: opts.changedOnly } : {}),
          debug,
        })
      : undefined;
  const filesScanned = scan?.filesScanned ?? 0;
  const skipped = scan?.skipped ?? { binary: 0, unreadable: 0, symlinks: 0 };
  const fileSuppressions = scan?.suppressions ?? new Map<string, FileSuppressions>();
  if (scan) findings.push(...scan.findings);
  let calls: CallAnalysis | undefined;
  if (valid && wantCalls) {
    calls = analyzeCalls(manifest, scan?.calls ?? [], { complete: !opts.changedOnly && paths.length > 0 });
    findings.push(...runCallRules(callRules, settings, m, manifest, calls, today));
  }

  // Live rules on a snapshot fetched once.
  let live: LiveStatus = 'skipped';
  let unverified: string[] | undefined;
  const secrets = uniqueSecrets(findings);
  if (opts.live && valid) {
    const { fetchLiveSnapshot, secretHash } = await import('./graph/snapshot.js');
    let snapshot: LiveSnapshot;
    if (opts.live.snapshot) snapshot = opts.live.snapshot;
    else try {
      ({ snapshot } = await fetchLiveSnapshot({
        manifest,
        env,
        graphUrl: opts.live.graphUrl ?? env.GRAPHGUARD_GRAPH_URL ?? 'https://graph.facebook.com',
        timeoutSeconds: opts.live.timeoutSeconds ?? 60,
        // Only token-shaped secrets go to debug_token; app secrets and other values never leave.
        leaked: secrets.filter((s) => /^EAA|^\d{15,18}(?:\||%7C)/i.test(s.reveal())),
        ...(opts.live.fetch ? { fetch: opts.live.fetch } : {}),
        ...(opts.live.sleep ? { sleep: opts.live.sleep } : {}),
        debug,
      }));
    } catch (e) {
      throw new ConfigError(`live check failed: ${(e as Error).message.split('\n')[0]}`);
    }
    for (const rule of rules) {
      if (rule.kind !== 'live' || !rule.check || !active(rule)) continue;
      runRule(rule, () => rule.check!(manifestRuleCtx(rule, { live: snapshot }), settings.get(rule.id)!.options));
    }
    annotateLeakedTokens(findings, snapshot, manifest, rules, secretHash);
    live = snapshot.incomplete.length ? 'incomplete' : 'verified';
    if (snapshot.incomplete.length) unverified = snapshot.incomplete;
  } else if (opts.live && !valid) {
    throw new ConfigError(`${m.file}: the manifest is not valid; fix the manifest-schema findings before a live check`);
  }

  // The access diff (pull requests, `graphguard diff`).
  let changes: AccessChange[] | undefined;
  if (opts.base && valid) {
    const baseManifest = opts.base.text === null ? null : loadBase(opts.base.text, opts.base.file);
    changes = diffManifests(baseManifest, manifest);
    for (const rule of rules) {
      if (rule.kind !== 'diff' || !rule.check || !active(rule)) continue;
      runRule(rule, () => rule.check!(manifestRuleCtx(rule, { changes }), settings.get(rule.id)!.options));
    }
  }

  // Suppressions: the manifest's and each scanned file's.
  const manifestSup: FileSuppressions = new Map();
  for (const s of parseSuppressions(m.text)) manifestSup.set(s.line, { s, used: false });
  fileSuppressions.set(m.file, mergeSup(fileSuppressions.get(m.file), manifestSup));
  const suppressRule = rules.find((r) => r.id === 'invalid-suppression');
  const unusedRule = rules.find((r) => r.id === 'unused-suppression');
  const metaFindings: InternalFinding[] = [];
  const validSup = new Map<string, FileSuppressions>();
  for (const [file, sups] of fileSuppressions) {
    const ok: FileSuppressions = new Map();
    for (const entry of sups.values()) {
      const p = suppressionProblem(entry.s, known, today);
      if (p) {
        if (suppressRule && active(suppressRule)) metaFindings.push(suppressionFinding(suppressRule, settings.get(suppressRule.id)!, file, entry.s, p.messageId, p.data));
      } else ok.set(entry.s.targetLine, entry);
    }
    validSup.set(file, ok);
  }
  let suppressed = 0;
  const kept = findings.filter((f) => {
    const entry = validSup.get(f.file)?.get(f.line);
    if (entry && entry.s.rules.includes(f.ruleId)) {
      entry.used = true;
      suppressed++;
      return false;
    }
    return true;
  });
  if (unusedRule && active(unusedRule))
    for (const [file, sups] of validSup)
      for (const entry of sups.values())
        if (!entry.used) metaFindings.push(suppressionFinding(unusedRule, settings.get(unusedRule.id)!, file, entry.s, 'unused', { rules: entry.s.rules.join(', ') }));

  let result = sortAndDedupe([...kept, ...metaFindings]);

  // Baseline and only-changed filtering.
  let baselined = 0;
  if (opts.baseline) {
    const accepted = readBaseline(path.resolve(cwd, opts.baseline));
    result = result.filter((f) => {
      if (accepted.has(f.fingerprint)) {
        baselined++;
        return false;
      }
      return true;
    });
  }
  if (opts.onlyFiles) result = result.filter((f) => opts.onlyFiles!.has(f.file));

  const count = (s: Severity) => result.filter((f) => f.severity === s).length;
  const report: Report = {
    tool: { name: 'graphguard', version: VERSION },
    summary: { errors: count('error'), warnings: count('warn'), notices: count('notice'), filesScanned, live },
    findings: result.map(toPublic),
    manifest: m.file,
    skipped,
    ...(unverified ? { unverified } : {}),
    suppressed,
    baselined,
  };
  return { report, ...(changes ? { changes } : {}), ...(calls ? { calls } : {}), secrets };
}

function mergeSup<T>(a: Map<number, T> | undefined, b: Map<number, T>): Map<number, T> {
  if (!a) return b;
  for (const [k, v] of b) if (!a.has(k)) a.set(k, v);
  return a;
}

function suppressionFinding(
  rule: AnyRule,
  setting: RuleSetting,
  file: string,
  s: Suppression,
  messageId: string,
  data: Record<string, string>,
): InternalFinding {
  const { message, suggestion } = renderMessage(rule, messageId, data);
  return {
    ruleId: rule.id,
    severity: setting.severity as Severity,
    message,
    file,
    line: s.line,
    column: s.column,
    endLine: s.line,
    endColumn: s.endColumn,
    fingerprint: fingerprint(rule.id, file, s.text, messageId),
    messageId,
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}

/** Values of declared token secrets present in the environment (for exact-value matching). */
export function declaredSecretValues(manifest: Manifest, env: Record<string, string | undefined>): { name: string; value: Secret }[] {
  const out: { name: string; value: Secret }[] = [];
  const seen = new Set<string>();
  for (const u of manifest.systemUsers ?? []) {
    const name = u.token?.secret;
    const v = name ? env[name] : undefined;
    if (name && v && v.length >= 8 && !seen.has(name)) {
      seen.add(name);
      out.push({ name, value: new Secret(v) });
    }
  }
  return out;
}

function uniqueSecrets(findings: InternalFinding[]): Secret[] {
  const by = new Map<string, Secret>();
  for (const f of findings) if (f.secret) by.set(f.secret.reveal(), f.secret);
  return [...by.values()];
}

function loadBase(text: string, file: string): Manifest | null {
  const base: LoadedManifest = parseManifestText(text, `${file} (base)`);
  // A base that does not validate still says what access it granted, as far as it goes.
  return base.value as Manifest;
}

/** In live runs, hardcoded-token messages say whether the token is live and whose it is (SPEC §2). */
function annotateLeakedTokens(
  findings: InternalFinding[],
  snapshot: LiveSnapshot,
  manifest: Manifest,
  rules: readonly AnyRule[],
  secretHash: (s: Secret) => string,
): void {
  if (!rules.some((r) => r.id === 'hardcoded-token')) return;
  for (const f of findings) {
    if (f.ruleId !== 'hardcoded-token' || !f.secret) continue;
    // snapshot.ts's own key function, so the lookup matches how leakedTokens was filled.
    const info = snapshot.leakedTokens[secretHash(f.secret)];
    if (!info) continue;
    f.message = `${f.message.replace(/\.$/, '')} — ${leakedTokenNote(info, snapshot, manifest)}.`;
  }
}
