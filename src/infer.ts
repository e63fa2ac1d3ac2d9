/**
 * `graphguard infer` (SPEC §7): per system user, the Graph API operations its code calls, the
 * permissions and tasks they need, and the change to the manifest; then the unattributed, unresolved
 * and unknown calls. `infer()` is pure (files come in as text); `inferRepository()` reads a checkout.
 */
import path from 'node:path';
import { stringify } from './yaml.js';
import { analyzeCalls, toInferJson, tokenNames, type CallAnalysis, type FileCalls, type InferJson } from './calls/analyze.js';
import { readFileCalls, type CallSource } from './calls/collect.js';
import { operationOf } from './calls/evidence.js';
import { article } from './text.js';
import { expandTasks, useCases as builtinUseCases, latestVersion } from './data.js';
import { manifestFolderAbove, rebase, wholeTree } from './manifest/discover.js';
import { findManifest, loadManifest, MANIFEST_NAMES } from './manifest/load.js';
import { validateManifest } from './manifest/validate.js';
import { invalidManifestError, usableManifest } from './manifest/lenient-rules.js';
import type { AssetType, Manifest } from './manifest/types.js';
import { resolveAsset } from './manifest/model.js';
import { ConfigError } from './types.js';
import type { TaskNeed } from './calls/endpoints.js';
import { inRealFolder, realPathOf } from './fs-safe.js';

export type { InferJson };

export interface InferOptions {
  /** The manifest to hold the code against. Without one, each token env var the code reads (`*TOKEN*`) stands for a system user. */
  manifest?: Manifest;
  /** The files to read, as text. */
  files: readonly CallSource[];
  /** Report only this system user. */
  user?: string;
}

/** The SPEC §7 JSON of the calls in `files` against `manifest` (pure). */
export function infer(o: InferOptions): InferJson {
  return toInferJson(analyze(o), o.user);
}

/** Like `infer`, with the full analysis (positions, attribution, endpoints). */
export function analyze(o: InferOptions): CallAnalysis {
  const files = o.files.map((f) => readFileCalls(f, tokenNames(o.manifest), { discover: !o.manifest }));
  const manifest = o.manifest ?? manifestFromTokens(files);
  return analyzeCalls(manifest, files);
}

/** A manifest with one system user per token env var that files with calls read (`META_SHOP_PROD_TOKEN` → `shop-prod`). */
export function manifestFromTokens(files: readonly FileCalls[]): Manifest {
  const secrets = new Set<string>();
  for (const f of files) if (f.calls.length > 0) for (const t of f.tokens) secrets.add(t.name);
  const used = new Set<string>();
  const systemUsers = [...secrets].sort().map((secret) => {
    const base = userNameOf(secret);
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
    used.add(name);
    const environment = /(?:^|-)(?:test|sandbox|staging|dev)(?:-|$)/.test(name) ? ('test' as const) : ('production' as const);
    return { name, role: 'system_user' as const, environment, permissions: [], token: { secret } };
  });
  return { version: 1, business: { id: '0' }, systemUsers };
}

function userNameOf(secret: string): string {
  const words = secret
    .toLowerCase()
    .split('_')
    .filter((w) => w && !['meta', 'fb', 'facebook', 'graph', 'token', 'access', 'api', 'su', 'system', 'user'].includes(w));
  return words.join('-') || 'app';
}

export interface InferRepositoryOptions {
  cwd: string;
  paths?: string[];
  /** Manifest path; else discovered; `false`: none (users from token env vars). */
  manifest?: string | false;
  user?: string;
  /** Called with the manifest parsed, before anything about it is said (its secrets, for the output sink). */
  seen?: (value: unknown) => void;
}

/** Reads the repository (the scan's file list and readers) and analyses its calls. */
export async function inferRepository(
  o: InferRepositoryOptions,
): Promise<{ analysis: CallAnalysis; manifest: Manifest; manifestFile?: string; derived: boolean; skipped: { binary: number; unreadable: number; symlinks: number } }> {
  // The folder by its real path and an absolute --manifest through another name of it, as `check` has them: the
  // manifest's link check holds the file against that folder (a committed link out of it is refused).
  const real = realPathOf(o.cwd);
  o = { ...o, cwd: real, ...(typeof o.manifest === 'string' ? { manifest: inRealFolder(o.manifest, real) } : {}) };
  // From a subfolder: run from the folder above that holds the manifest, as `check` does.
  const above = o.manifest === undefined ? manifestFolderAbove(o.cwd) : undefined;
  if (above) o = { ...o, cwd: above, paths: rebase(o.paths?.length ? o.paths : ['.'], path.resolve(o.cwd), above) };
  const cwd = path.resolve(o.cwd);
  let manifest: Manifest | undefined;
  let manifestFile: string | undefined;
  if (o.manifest !== false) {
    const p = findManifest(cwd, o.manifest);
    if (o.manifest && !p) throw new ConfigError(`${o.manifest}: no such manifest`);
    if (p) {
      const m = loadManifest(p, cwd);
      o.seen?.(m.value);
      // A misspelled `rules:` setting is skipped, as `check` skips it.
      const problems = validateManifest(m.value, () => m.doc);
      const value = usableManifest(m.value, problems, (v) => validateManifest(v));
      if (value === undefined) throw invalidManifestError(m, problems, `graphguard check --manifest ${m.file}`);
      manifest = value as Manifest;
      manifestFile = m.file;
    }
  }
  const { scanRepository } = await import('./scan/run.js');
  const scan = await scanRepository({
    cwd,
    paths: o.paths?.length ? o.paths : ['.'],
    ...(manifest ? { manifest } : {}),
    manifestFile: manifestFile ?? MANIFEST_NAMES[0],
    today: new Date().toISOString().slice(0, 10),
    codeRules: [],
    settings: new Map(),
    declaredSecrets: [],
    calls: { tokenNames: tokenNames(manifest), discover: !manifest },
    debug: () => {},
  });
  const files = scan.calls ?? [];
  const m = manifest ?? manifestFromTokens(files);
  if (o.user !== undefined && !(m.systemUsers ?? []).some((u) => u.name === o.user))
    throw new ConfigError(`no system user named "${o.user}" (known: ${(m.systemUsers ?? []).map((u) => u.name).join(', ') || 'none'})`);
  // Removals are proposed only from a read of the whole repository (not `infer webhooks`).
  const complete = wholeTree(cwd, o.paths?.length ? o.paths : ['.']);
  return { analysis: analyzeCalls(m, files, { complete }), manifest: m, ...(manifestFile ? { manifestFile } : {}), derived: !manifest, skipped: scan.skipped };
}

// ---- output ----

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** Human-readable report: per user, operations, needs and the manifest change; then the rest. */
export function formatInferStylish(a: CallAnalysis, only?: string): string {
  const out: string[] = [];
  for (const u of a.users) {
    if (only !== undefined && u.name !== only) continue;
    if (u.calls.length + u.unresolved.length + u.unknown.length === 0 && u.permissions.declared.length === 0) continue;
    out.push(`${u.name}`);
    if (u.calls.length === 0) out.push('  no Graph API calls attributed');
    for (const c of u.calls) out.push(`  ${pad(operationOf(c), 48)} ${c.file}:${c.line}`);
    if (u.calls.length) {
      out.push(`  permissions needed: ${u.permissions.needed.join(', ') || 'none'}`);
      out.push(`  tasks needed: ${u.tasks.needed.map(taskNeedText).join('; ') || 'none'}`);
    }
    const change = [
      ...u.permissions.missing.map((p) => `+ ${p}`),
      ...u.permissions.unused.map((p) => `- ${p}`),
      ...byAssetType(u.tasks.missing).flatMap(([type, needs]) => coverTasks(type, [], needs).map((t) => `+ ${t} on ${article(type)} ${type.replace(/_/g, ' ')}`)),
    ];
    out.push(`  manifest change: ${change.length ? change.join(', ') : 'none'}`);
    if (u.unresolved.length || u.unknown.length) out.push(`  not judged for unused permissions: ${u.unresolved.length} unresolved, ${u.unknown.length} unknown call(s)`);
    out.push('');
  }
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push(`${title} (${lines.length})`, ...lines.map((l) => `  ${l}`), '');
  };
  if (only === undefined) section('unattributed', a.unattributed.map((c) => `${pad(operationOf(c), 48)} ${c.file}:${c.line}`));
  section('unresolved', a.unresolved.filter((c) => only === undefined || c.user === only).map((c) => `${c.file}:${c.line}  ${c.reason ?? 'computed path'}${c.user ? `  (${c.user})` : ''}`));
  section('unknown', a.unknown.filter((c) => only === undefined || c.user === only).map((c) => `${pad(`${c.method} ${c.path}`, 48)} ${c.file}:${c.line}${c.user ? `  (${c.user})` : ''}`));
  if (out.length === 0) out.push('No Graph API calls found.');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** `--format yaml`: per user, the `permissions` and `assets` to paste into the manifest. */
export function formatInferYaml(a: CallAnalysis, manifest: Manifest, only?: string): string {
  const users = a.users
    .filter((u) => (only === undefined || u.name === only) && u.calls.length > 0)
    .map((u) => ({
      name: u.name,
      permissions: u.permissions.needed,
      assets: grantsFor(manifest, u.user, u.tasks.needed),
    }));
  return `# Paste under systemUsers (merge with each user's other keys).\n${stringify({ systemUsers: users }, { lineWidth: 0, flowCollectionPadding: false })}`;
}

/**
 * The grants a user needs: a need one of the user's own grants meets, through any of its alternatives (Instagram
 * publishing's CREATE_CONTENT on the page, or CONTENT on the Instagram account), stays on that asset (hunt NEW-5:
 * it was replaced by a page grant the code does not need); a need none meets takes the user's own asset of the
 * need's first type, or else the first declared asset of that type. Each asset with the fewest tasks that cover it.
 */
function grantsFor(manifest: Manifest, user: Manifest['systemUsers'][number], needed: TaskNeed[]): { asset: string; tasks: string[] }[] {
  const own = (user.assets ?? []).map((g) => ({ g, type: resolveAsset(manifest, g.asset)?.asset.type }));
  // Each need on an asset: the user's own that meets it (by any alternative), else the user's own of its type, else
  // the first declared asset of its type; then per asset the fewest tasks that cover what it was picked for.
  const picks = new Map<string, { type: AssetType; needs: string[][] }>();
  for (const n of needed) {
    let asset: string | undefined;
    let need: { assetType: AssetType; anyOf: string[] } = n;
    for (const alt of [n, ...(n.or ?? [])]) {
      const g = own.find((o) => o.type === alt.assetType && alt.anyOf.some((t) => expandTasks(alt.assetType, o.g.tasks).has(t)));
      if (g !== undefined) {
        [asset, need] = [g.g.asset, alt];
        break;
      }
    }
    asset ??= own.find((o) => o.type === n.assetType)?.g.asset ?? (manifest.assets ?? []).find((x) => x.type === n.assetType)?.name ?? `${n.assetType}-id`;
    const pick = picks.get(asset) ?? picks.set(asset, { type: need.assetType, needs: [] }).get(asset)!;
    pick.needs.push(need.anyOf);
  }
  return [...picks].map(([asset, { type, needs }]) => ({ asset, tasks: coverTasks(type, [], needs) }));
}

/** `page CREATE_CONTENT`, `page CREATE_CONTENT or instagram_account CONTENT` (a need its alternatives also meet). */
function taskNeedText(t: TaskNeed): string {
  return [t, ...(t.or ?? [])].map((a) => `${a.assetType} ${a.anyOf.join(' | ')}`).join(' or ');
}

/** Needs grouped by asset type, in the order each type is first needed. */
function byAssetType(needs: readonly { assetType: AssetType; anyOf: string[] }[]): [AssetType, string[][]][] {
  const m = new Map<AssetType, string[][]>();
  for (const n of needs) (m.get(n.assetType) ?? m.set(n.assetType, []).get(n.assetType)!).push(n.anyOf);
  return [...m];
}

/**
 * `tasks` plus what covers every need (each: one of `anyOf`): the needs with one choice first, then each
 * other need's first choice unless a task already given covers it (after implication); without tasks
 * another implies. In that order, a read that CREATE_CONTENT or MODERATE allows takes the CREATE_CONTENT a
 * write of the same code needs, whatever order the calls come in.
 */
function coverTasks(type: AssetType, tasks: string[], needs: readonly string[][]): string[] {
  let out = tasks;
  for (const anyOf of [...needs].sort((a, b) => a.length - b.length)) {
    if (anyOf.length === 0 || anyOf.some((t) => expandTasks(type, out).has(t))) continue;
    const all = [...out, anyOf[0]!];
    out = all.filter((t) => !expandTasks(type, all.filter((o) => o !== t)).has(t));
  }
  return out;
}

/** `init --from-code`: a starter manifest whose users, permissions and grants are what the code needs. */
export function manifestFromCode(a: CallAnalysis, _manifest: Manifest, graphApiVersion = latestVersion().version): string {
  // One asset per type and environment: a test user (a token named for test) gets test assets, so the
  // manifest keeps test and production apart as env-separation asks.
  const envOf = (u: (typeof a.users)[number]) => u.user.environment ?? 'production';
  const wanted = new Map<string, Set<AssetType>>();
  for (const u of a.users) for (const t of u.tasks.needed) (wanted.get(envOf(u)) ?? wanted.set(envOf(u), new Set()).get(envOf(u))!).add(t.assetType);
  let n = 0;
  const assets = [...wanted.keys()].sort().flatMap((env) =>
    [...wanted.get(env)!].sort().map((type) => ({
      id: `3000000000000${String(++n).padStart(2, '0')}`,
      type,
      name: `My ${type.replace(/_/g, ' ')}${env === 'production' ? '' : ` (${env})`}`,
      environment: env,
    })),
  );
  const names = new Map(assets.map((x) => [`${x.environment} ${x.type}`, x.name]));
  const systemUsers = a.users
    .filter((u) => u.calls.length > 0)
    .map((u) => {
      const grants = new Map<string, string[]>();
      for (const [type, needs] of byAssetType(u.tasks.needed)) {
        const asset = names.get(`${envOf(u)} ${type}`)!;
        grants.set(asset, coverTasks(type, grants.get(asset) ?? [], needs));
      }
      const useCases = useCasesFor(u.permissions.needed, u.tasks.needed);
      return {
        name: u.name,
        role: 'system_user',
        environment: envOf(u),
        ...(useCases ? { useCases } : {}),
        permissions: u.permissions.needed,
        token: { secret: u.user.token!.secret, expires: '60d' },
        ...(grants.size ? { assets: [...grants].map(([asset, tasks]) => ({ asset, tasks })) } : {}),
      };
    });
  const doc = {
    version: 1,
    business: { id: '100000000000001' },
    app: { id: '200000000000002', accessLevel: 'standard', graphApiVersion },
    ...(assets.length ? { assets } : {}),
    systemUsers,
  };
  return [
    '# yaml-language-server: $schema=./node_modules/graphguard/schema/manifest.schema.json',
    '# Written by `graphguard init --from-code` from the Graph API calls in the code (see `graphguard infer`).',
    '# Replace the business, app and asset ids with yours.',
    stringify(doc, { lineWidth: 0, flowCollectionPadding: false }),
  ].join('\n');
}

/** The fewest built-in, non-admin use cases (at most 2) that allow every needed permission and task. */
function useCasesFor(perms: string[], tasks: { assetType: AssetType; anyOf: string[] }[]): string[] | undefined {
  const ids = Object.keys(builtinUseCases).filter((id) => !builtinUseCases[id]!.adminOnly);
  const covers = (combo: string[]) =>
    perms.every((p) => combo.some((id) => [...builtinUseCases[id]!.permissions.required, ...builtinUseCases[id]!.permissions.optional].includes(p))) &&
    tasks.every((t) => combo.some((id) => (builtinUseCases[id]!.maxTasks[t.assetType] ?? []).some((x) => t.anyOf.includes(x))));
  for (const id of ids) if (covers([id])) return [id];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (covers([ids[i]!, ids[j]!])) return [ids[i]!, ids[j]!];
  return undefined;
}
