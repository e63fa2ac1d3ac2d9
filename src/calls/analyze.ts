/**
 * From call sites to least privilege (SPEC §7): each file's calls (located and matched against the
 * endpoint table by collect.ts) are attributed to a system user (the one declared token secret the file
 * reads, or the user whose `code:` globs match it; `code` wins), and each user's needs are held against
 * what the manifest declares. Pure. It does not load the endpoint table: a check whose code calls
 * nothing never does.
 */
import { expandTasks, isImplicitPermission } from '../data.js';
import type { AssetType, Manifest, ManifestSystemUser } from '../manifest/types.js';
import { resolveAsset } from '../manifest/model.js';
import { compileGlobs } from '../glob.js';
import type { Endpoint, HttpMethod, TaskNeed } from './endpoints.js';
import type { CallSite } from './sites.js';

/** A call site with its position in the file and what it was matched to. */
export interface LocatedCall {
  file: string;
  /** 1-based; end exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  method: HttpMethod;
  /** The table path when mapped; the call's own path with placeholders when unknown; absent when unresolved. */
  path?: string;
  status: 'mapped' | 'unknown' | 'unresolved';
  endpoint?: Endpoint;
  via: CallSite['via'];
  reason?: string;
  /** The text of the call's first line (for code frames; never printed by infer). */
  source?: string;
  /** Fields the call asks for that need more than its operation (`endpoint` holds their permissions too). */
  fields?: string[];
  /**
   * Permissions the call may need besides its endpoint's: those of the table's fields for its operation
   * when the fields it asks for could not all be read (a variable, a computed query). Never called unused.
   */
  mayNeed?: string[];
  /**
   * The call expands an edge the table does not know (`?fields=messages{…}`): it may need more than its operation,
   * which nobody can tell here, so its user is not judged by `unused-permission`.
   */
  expandsUnknown?: boolean;
  /** `graph.instagram.com`: the call takes an Instagram User token (Instagram Login), not a system user's. */
  host?: 'graph.instagram.com';
}

/** Where a file reads a declared token secret. */
export interface TokenRead {
  name: string;
  line: number;
  column: number;
}

/** What one file contributes: its calls and the declared token secrets it reads. */
export interface FileCalls {
  file: string;
  calls: LocatedCall[];
  tokens: TokenRead[];
  /** The files whose exported Graph clients this file's reading took in (src/calls/imports.ts). */
  through?: string[];
}

/** Why a file's calls belong to a user. */
export type Attribution =
  | { by: 'code'; user: string; userIndex: number; glob: string; globIndex: number }
  | { by: 'token'; user: string; userIndex: number; token: TokenRead };

/** A user's needs and the gaps against the manifest. */
export interface UserAnalysis {
  name: string;
  index: number;
  user: ManifestSystemUser;
  /** Mapped calls, in file order. */
  calls: (LocatedCall & { attribution: Attribution })[];
  unresolved: (LocatedCall & { attribution: Attribution })[];
  unknown: (LocatedCall & { attribution: Attribution })[];
  permissions: { needed: string[]; declared: string[]; missing: string[]; unused: string[] };
  tasks: { needed: TaskNeed[]; missing: TaskNeed[] };
}

export interface CallAnalysis {
  users: UserAnalysis[];
  unattributed: LocatedCall[];
  unresolved: (LocatedCall & { user?: string })[];
  unknown: (LocatedCall & { user?: string })[];
  /** False when only part of the repository was read (changed files only): nothing can be called unused. */
  complete: boolean;
  /** The files read (for the base/head comparison of a pull request). */
  files: readonly FileCalls[];
  /** The manifest the calls were attributed with. */
  manifest: Manifest;
}

/**
 * The analysis with every string a format shows cleaned by `clean` (`cleanDeep` with the output sink, before a
 * format escapes anything): its users, their calls and the calls of no user. The files read and the manifest,
 * which no format prints, stay as they are (a base/head comparison keys on them).
 */
export function cleanAnalysis(a: CallAnalysis, clean: <T>(value: T) => T): CallAnalysis {
  return { ...a, users: clean(a.users), unattributed: clean(a.unattributed), unresolved: clean(a.unresolved), unknown: clean(a.unknown) };
}

/** The declared token secret names of a manifest (what files are searched for). */
export function tokenNames(manifest: Manifest | undefined): string[] {
  const out = new Set<string>();
  for (const u of manifest?.systemUsers ?? []) if (typeof u.token?.secret === 'string') out.add(u.token.secret);
  return [...out];
}

/** Which user a file's calls belong to: `code:` globs first, then the one declared token secret it reads. */
export function attribute(manifest: Manifest, file: FileCalls): Attribution | undefined {
  const users = manifest.systemUsers ?? [];
  const byCode: Attribution[] = [];
  users.forEach((u, userIndex) => {
    const globs = u.code ?? [];
    if (globs.length === 0 || !globMatcher(globs)(file.file)) return;
    // The evidence: the first positive glob that matches on its own.
    const globIndex = globs.findIndex((g) => !g.startsWith('!') && globMatcher([g])(file.file));
    byCode.push({ by: 'code', user: u.name, userIndex, glob: globs[Math.max(0, globIndex)]!, globIndex: Math.max(0, globIndex) });
  });
  if (byCode.length === 1) return byCode[0];
  // Several users' `code:` match (`src/**` and `src/reports/**`): the one of them whose token the file reads.
  const among = byCode.length > 1 ? new Set(byCode.map((a) => a.userIndex)) : undefined;
  const names = [...new Set(file.tokens.map((t) => t.name))];
  if (names.length !== 1) return undefined;
  const owners = users.map((u, i) => [u, i] as const).filter(([u, i]) => u.token?.secret === names[0] && (!among || among.has(i)));
  if (owners.length !== 1) return undefined;
  const [u, userIndex] = owners[0]!;
  return { by: 'token', user: u.name, userIndex, token: file.tokens.find((t) => t.name === names[0])! };
}

const globCache = new Map<string, (rel: string) => boolean>();
function globMatcher(globs: string[]): (rel: string) => boolean {
  const key = globs.join('\0');
  let m = globCache.get(key);
  if (!m) globCache.set(key, (m = compileGlobs(globs)));
  return m;
}

/** Attributes every file's calls and holds each user's needs against the manifest. */
export function analyzeCalls(manifest: Manifest, files: readonly FileCalls[], opts: { complete?: boolean } = {}): CallAnalysis {
  const users = manifest.systemUsers ?? [];
  const per = users.map((user, index): UserAnalysis => ({
    name: user.name,
    index,
    user,
    calls: [],
    unresolved: [],
    unknown: [],
    permissions: { needed: [], declared: [...(user.permissions ?? [])], missing: [], unused: [] },
    tasks: { needed: [], missing: [] },
  }));
  const unattributed: LocatedCall[] = [];
  const unresolved: (LocatedCall & { user?: string })[] = [];
  const unknown: (LocatedCall & { user?: string })[] = [];
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const f of sorted) {
    if (f.calls.length === 0) continue;
    const who = attribute(manifest, f);
    const calls = [...f.calls].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const c of calls) {
      if (!who) {
        if (c.status === 'mapped') unattributed.push(c);
        else (c.status === 'unknown' ? unknown : unresolved).push(c);
        continue;
      }
      const u = per[who.userIndex]!;
      const a = { ...c, attribution: who };
      if (c.status === 'mapped') u.calls.push(a);
      else if (c.status === 'unknown') {
        u.unknown.push(a);
        unknown.push({ ...c, user: u.name });
      } else {
        u.unresolved.push(a);
        unresolved.push({ ...c, user: u.name });
      }
    }
  }
  const complete = opts.complete ?? true;
  for (const u of per) needs(manifest, u, complete);
  return { users: per, unattributed, unresolved, unknown, complete, files, manifest };
}

/** The anyOf group a call leaves unmet for a user, or the allOf permissions it lacks. */
export function missingFor(e: Endpoint, declared: ReadonlySet<string>): { allOf: string[]; anyOf: string[] | undefined } {
  // An implicit permission (`public_profile`) is every token's: never missing.
  const has = (p: string) => declared.has(p) || isImplicitPermission(p);
  const allOf = e.permissions.allOf.filter((p) => !has(p));
  const anyOf = e.permissions.anyOf.length > 0 && !e.permissions.anyOf.some(has) ? e.permissions.anyOf : undefined;
  return { allOf, anyOf };
}

/** Whether a user's grants give one of a task requirement's tasks (after implication), or one of an alternative's. Admins reach every asset. */
export function taskMet(manifest: Manifest, user: ManifestSystemUser, need: TaskNeed): boolean {
  if (user.role === 'admin') return true;
  return [need, ...(need.or ?? [])].some((n) => grantGives(manifest, user, n));
}

function grantGives(manifest: Manifest, user: ManifestSystemUser, need: { assetType: AssetType; anyOf: string[] }): boolean {
  for (const g of user.assets ?? []) {
    const r = resolveAsset(manifest, g.asset);
    if (!r || r.asset.type !== need.assetType) continue;
    const have = expandTasks(need.assetType, g.tasks);
    if (need.anyOf.some((t) => have.has(t))) return true;
  }
  return false;
}

function needs(manifest: Manifest, u: UserAnalysis, complete: boolean): void {
  const declared = new Set(u.permissions.declared);
  const needed = new Set<string>();
  const missing = new Set<string>();
  // A call to graph.instagram.com cannot be made with a system user's token (missing-permission says so):
  // what it needs is never asked of the manifest, nor called unused (it is needed once the call moves).
  const facebook = u.calls.filter((c) => c.host === undefined);
  // An implicit permission (`public_profile`) is every token's: never listed as needed, never asked for.
  for (const c of facebook) for (const p of c.endpoint!.permissions.allOf) if (!isImplicitPermission(p)) needed.add(p);
  for (const c of facebook) {
    const any = c.endpoint!.permissions.anyOf;
    if (any.length === 0 || any.some((p) => needed.has(p))) continue;
    needed.add(any.find((p) => declared.has(p)) ?? any[0]!);
  }
  for (const p of needed) if (!declared.has(p) && !isImplicitPermission(p)) missing.add(p);
  const tasks = new Map<string, TaskNeed>();
  for (const c of facebook) {
    const t = c.endpoint!.task;
    if (t) tasks.set(JSON.stringify(t), { assetType: t.assetType, anyOf: [...t.anyOf], ...(t.or?.length ? { or: t.or } : {}) });
  }
  u.permissions.needed = [...needed].sort();
  u.permissions.missing = [...missing].sort();
  // A call to graph.instagram.com (a token mixed up, or code that is not this user's) stops the judgement too.
  const canJudge =
    complete && u.calls.length + u.unknown.length > 0 && u.unresolved.length === 0 && u.unknown.length === 0 && facebook.length === u.calls.length && !u.calls.some((c) => c.expandsUnknown);
  // What a call may need for fields it asks for that could not be read is never called unused.
  const maybe = new Set(u.calls.flatMap((c) => (c.host === undefined ? (c.mayNeed ?? []) : [...c.endpoint!.permissions.allOf, ...c.endpoint!.permissions.anyOf])));
  u.permissions.unused = canJudge ? u.permissions.declared.filter((p) => !needed.has(p) && !maybe.has(p) && !isImplicitPermission(p)) : [];
  u.tasks.needed = [...tasks.values()].sort((a, b) => (a.assetType < b.assetType ? -1 : a.assetType > b.assetType ? 1 : 0));
  u.tasks.missing = u.tasks.needed.filter((t) => !taskMet(manifest, u.user, t));
}

/** SPEC §7's JSON shape of an analysis (what `graphguard infer --format json` prints). */
export interface InferJson {
  users: {
    name: string;
    calls: { file: string; line: number; method: HttpMethod; path: string; fields?: string[] }[];
    permissions: { needed: string[]; declared: string[]; missing: string[]; unused: string[] };
    tasks: { needed: TaskNeed[]; missing: TaskNeed[] };
  }[];
  unattributed: { file: string; line: number; method: HttpMethod; path: string; fields?: string[] }[];
  unresolved: { file: string; line: number; user?: string; reason?: string }[];
  unknown: { file: string; line: number; method: HttpMethod; path: string; user?: string }[];
}

export function toInferJson(a: CallAnalysis, only?: string): InferJson {
  const call = (c: LocatedCall) => ({ file: c.file, line: c.line, method: c.method, path: c.path!, ...(c.fields ? { fields: c.fields } : {}) });
  const keep = (name?: string) => only === undefined || name === only;
  return {
    users: a.users
      .filter((u) => keep(u.name))
      .map((u) => ({ name: u.name, calls: u.calls.map(call), permissions: u.permissions, tasks: u.tasks })),
    unattributed: only === undefined ? a.unattributed.map(call) : [],
    unresolved: a.unresolved
      .filter((c) => keep(c.user))
      .map((c) => ({ file: c.file, line: c.line, ...(c.user ? { user: c.user } : {}), ...(c.reason ? { reason: c.reason } : {}) })),
    unknown: a.unknown.filter((c) => keep(c.user)).map((c) => ({ ...call(c), ...(c.user ? { user: c.user } : {}) })),
  };
}
