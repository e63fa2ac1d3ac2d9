/** Stage 6: the access diff against the base manifest (pull requests, `graphguard diff`), and the diff rules. */
import { diffManifests, type AccessChange } from '../diff.js';
import type { InternalFinding } from '../findings.js';
import { manifestSecretValues } from '../manifest/secrets.js';
import type { Secret } from '../secrets/secret.js';
import { parseManifestText } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import { runDiffRules } from './rules.js';
import { resolveRuleSettings, type RuleSetting, type SeveritySetting } from '../settings.js';
import { LEAKED_SECRET_RULES } from './suppress.js';
import type { CheckRun } from './run.js';

/** The base manifest's text (null: no manifest at base, so everything is new) and its file name. */
export interface BaseInput {
  text: string | null;
  file: string;
}

/**
 * Diffs the base and head manifests; nothing when the head manifest is invalid. `overridden`: the diff rules'
 * severity was given for the run (the action's `new-access` input); else each runs at the stricter of the head
 * manifest's `rules:` setting and the base's, so that a pull request does not turn its own gate down (a head
 * that sets `new-access: off` against a base's `error` still gets `error`). `newAccess`: the severity it ran with.
 */
export function diff(
  run: CheckRun,
  base: BaseInput,
  overridden = false,
): { changes: AccessChange[]; findings: InternalFinding[]; baseSecrets: Secret[]; lowered: string[]; newAccess: SeveritySetting | undefined } | undefined {
  if (!run.valid) return undefined;
  // A base that does not validate still says what access it granted, as far as it goes.
  const baseManifest = base.text === null ? null : (parseManifestText(base.text, `${base.file} (base)`).value as Manifest);
  const changes = diffManifests(baseManifest, run.manifest);
  const gated = overridden || baseManifest === null ? run : { ...run, settings: stricterDiffSettings(run, baseManifest) };
  // What the base holds is said too (a grant the PR removes names its asset): its secrets, for the sink.
  return {
    changes,
    findings: runDiffRules(gated, changes),
    newAccess: gated.settings.get('new-access')?.severity,
    baseSecrets: baseManifest === null ? [] : manifestSecretValues(baseManifest, run.env),
    lowered: baseManifest === null ? [] : detectionLowered(run, baseManifest),
  };
}

/** The run's rule settings with each diff rule at the stricter of its setting and the base manifest's. */
function stricterDiffSettings(run: CheckRun, baseManifest: Manifest): Map<string, RuleSetting> {
  const settings = new Map(run.settings);
  const rules = run.rules.filter((r) => r.kind === 'diff');
  const baseSettings = resolveRuleSettings(rules, baseManifest.rules);
  for (const rule of rules) {
    const head = settings.get(rule.id);
    const was = baseSettings.get(rule.id);
    if (head && was && was.severity in RANK && head.severity in RANK && RANK[was.severity]! > RANK[head.severity]!) settings.set(rule.id, { ...head, severity: was.severity, explicit: true });
  }
  return settings;
}

/** The rules that find leaked secrets and their use: a pull request that turns one down is said to (hunt U1). */
const SECRET_RULES: ReadonlySet<string> = new Set([...LEAKED_SECRET_RULES, 'admin-token-in-code', 'test-token-in-production']);
const RANK: Record<string, number> = { off: 0, notice: 1, warn: 2, error: 3 };

/**
 * How the head manifest turns secret detection down against the base's: a secret rule off or lowered, a
 * `scan.exclude` pattern added, a `scan.include` pattern dropped (the settings a pull request controls that
 * decide whether its own leaked token is reported). One plain sentence each (the markdown escapes it), for the PR
 * comment and the job summary.
 */
export function detectionLowered(run: CheckRun, baseManifest: Manifest): string[] {
  const out: string[] = [];
  const rules = run.rules.filter((r) => SECRET_RULES.has(r.id));
  const baseSettings = resolveRuleSettings(rules, baseManifest.rules);
  for (const rule of rules) {
    const head = run.settings.get(rule.id)?.severity;
    const was = baseSettings.get(rule.id)?.severity;
    if (head === undefined || was === undefined || !(was in RANK) || !(head in RANK)) continue;
    if (RANK[head]! < RANK[was]!) out.push(`the manifest sets ${rule.id} to ${head} (base: ${was})`);
  }
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const headScan = run.manifest.scan ?? {};
  const baseScan = baseManifest.scan ?? {};
  // `scan.exclude` widened: hardcoded-token reads less; `scan.adminPaths` widened: admin-token-in-code judges less
  // (hunt AT-3: a pull request's `adminPaths: ["src/**"]` silenced its own admin-token read).
  out.push(...widened('scan.exclude', ['hardcoded-token no longer scans', 'hardcoded-token scans'], list(baseScan.exclude), list(headScan.exclude)));
  out.push(...widened('scan.adminPaths', ['admin-token-in-code no longer reports admin tokens in', 'admin-token-in-code judges'], list(baseScan.adminPaths), list(headScan.adminPaths)));
  if (reordered(list(baseScan.include), list(headScan.include))) out.push(`the manifest's scan.include reorders its patterns (the last match decides what hardcoded-token scans)`);
  const baseInclude = new Set(list(baseScan.include));
  for (const p of list(headScan.include)) if (p.startsWith('!') && !baseInclude.has(p)) out.push(`the manifest's scan.include adds ${p} (hardcoded-token no longer scans what it matches)`);
  const headInclude = new Set(list(headScan.include));
  if (headInclude.size > 0) for (const p of list(baseScan.include).length > 0 ? list(baseScan.include) : []) if (!headInclude.has(p)) out.push(`the manifest's scan.include drops ${p} (hardcoded-token no longer scans what it matched)`);
  if (headInclude.size > 0 && list(baseScan.include).length === 0)
    out.push(`the manifest's scan.include limits the scan (and hardcoded-token) to ${[...headInclude].slice(0, 10).join(', ')}${headInclude.size > 10 ? `, and ${headInclude.size - 10} more` : ''}`);
  out.push(...secretsForgotten(baseManifest, run.manifest));
  // (A manifest of a hundred thousand patterns is said in a bounded list.)
  return out.length > MAX_LOWERED ? [...out.slice(0, MAX_LOWERED), `and ${out.length - MAX_LOWERED} more changes that turn secret detection down`] : out;
}
/** Changes said one by one, at most. */
const MAX_LOWERED = 50;

/**
 * The token secrets the base manifest names and the head's no longer does for the same system user: the secret
 * rules look for a token by its secret's name (admin-token-in-code, test-token-in-production) and value
 * (hardcoded-token), so renaming or dropping `token.secret`, or the user, stops them looking (hunt AT2-4).
 */
function secretsForgotten(base: Manifest, head: Manifest): string[] {
  const out: string[] = [];
  const headUsers = new Map<string, (typeof head.systemUsers)[number]>();
  // A secret some user of the head still declares is still looked for (a user renamed with its secret: hunt C6).
  const stillDeclared = new Set<string>();
  for (const u of Array.isArray(head.systemUsers) ? head.systemUsers : []) {
    if (u && typeof u.name === 'string') headUsers.set(u.name, u);
    if (typeof u?.token?.secret === 'string') stillDeclared.add(u.token.secret);
  }
  for (const u of Array.isArray(base.systemUsers) ? base.systemUsers : []) {
    const was = u?.token?.secret;
    if (typeof was !== 'string' || typeof u.name !== 'string' || stillDeclared.has(was)) continue;
    const now = headUsers.get(u.name);
    if (!now) out.push(`the manifest drops system user ${u.name} (the secret rules no longer look for its token secret ${was})`);
    else if (now.token?.secret === undefined) out.push(`the manifest drops ${u.name}'s token.secret ${was} (the secret rules no longer look for it)`);
    else if (now.token.secret !== was) out.push(`the manifest changes ${u.name}'s token.secret from ${was} to ${now.token.secret} (the secret rules look for the new name, not ${was})`);
  }
  return out;
}

/**
 * How a list of patterns that takes files out of a rule's sight (`scan.exclude`, `scan.adminPaths`) widens from
 * `base` to `head`: a pattern added, a re-include (`!src/keep/**`) dropped, or patterns reordered around a
 * negation, which changes what the last match decides (hunt U2r-3).
 */
function widened(key: string, [effect, decides]: [string, string], base: readonly string[], head: readonly string[]): string[] {
  const out: string[] = [];
  const baseSet = new Set(base);
  const headSet = new Set(head);
  for (const p of head) if (!p.startsWith('!') && !baseSet.has(p)) out.push(`the manifest's ${key} adds ${p} (${effect} what it matches)`);
  for (const p of base) if (p.startsWith('!') && !headSet.has(p)) out.push(`the manifest's ${key} drops ${p} (${effect} what it kept)`);
  if (reordered(base, head)) out.push(`the manifest's ${key} reorders its patterns (the last match decides what ${decides})`);
  return out;
}

/**
 * Whether two lists of patterns order a negation (`!…`, a re-include or an exclusion) differently against the
 * patterns both hold: the last match decides, so what comes before a negation is what it overrides (hunt U2r-3,
 * Z8-3). Sorting the plain patterns among themselves changes nothing (hunt Z8-5).
 */
function reordered(base: readonly string[], head: readonly string[]): boolean {
  const baseSet = new Set(base);
  const headSet = new Set(head);
  const b = base.filter((p) => headSet.has(p));
  const h = head.filter((p) => baseSet.has(p));
  const negations = b.filter((p) => p.startsWith('!'));
  if (negations.length === 0) return false;
  // (Linear in the patterns for a few negations; past that, any change of order counts.)
  if (negations.length > MAX_NEGATIONS_COMPARED) return b.join('\0') !== h.join('\0');
  const posB = new Map(b.map((p, i) => [p, i]));
  const posH = new Map(h.map((p, i) => [p, i]));
  for (const n of negations) {
    const nb = posB.get(n)!;
    const nh = posH.get(n)!;
    for (const q of b) if (q !== n && posB.get(q)! < nb !== posH.get(q)! < nh) return true;
  }
  return false;
}
/** Negations compared one by one (reordered), at most. */
const MAX_NEGATIONS_COMPARED = 64;
