/**
 * On a pull request (SPEC §7, §6): the Graph API operations the PR adds per system user, from the call
 * sites of base and head. The base's calls are the head's for files the PR does not change, and those
 * read from the base commit (`git cat-file`, no filters, no shell) for the files it changes.
 */
import { execFile } from 'node:child_process';
import { gitSafeEnv, safeGitArgs } from '../git-safe.js';
import { analyzeCalls, tokenNames, type CallAnalysis, type FileCalls } from './analyze.js';
import { readFileCalls } from './collect.js';
import { languageOf } from './language.js';
import { findExportedBindings, importPrelude, readWithPrelude, tsconfigAliases } from './imports.js';
import { isExportedClientReason } from './markers.js';
import type { ExportedBinding } from './sites.js';
import { operationOf, pathOf } from './evidence.js';

/** One operation a user's code calls at head but not at base, where head calls it first. */
export interface AddedOperation {
  method: string;
  path: string;
  file: string;
  line: number;
}

/** Per system user, the mapped and unknown operations (`METHOD path`) its head calls make that its base calls do not. */
export function operationsAdded(head: CallAnalysis, base: CallAnalysis): { user: string; added: AddedOperation[] }[] {
  const out: { user: string; added: AddedOperation[] }[] = [];
  for (const u of head.users) {
    const before = new Set<string>();
    const b = base.users.find((x) => x.name === u.name);
    for (const c of [...(b?.calls ?? []), ...(b?.unknown ?? [])]) before.add(operationOf(c));
    const added = new Map<string, AddedOperation>();
    for (const c of [...u.calls, ...u.unknown]) {
      const key = operationOf(c);
      if (!before.has(key) && !added.has(key)) added.set(key, { method: c.method, path: pathOf(c), file: c.file, line: c.line });
    }
    if (added.size > 0) out.push({ user: u.name, added: [...added.values()] });
  }
  return out;
}

/** Each system user's attributed calls and what they need, for the job summary. */
export function callEvidence(a: CallAnalysis): { user: string; calls: { method: string; path: string; file: string; line: number; needs: string[] }[]; unresolved: number; unknown: number }[] {
  return a.users
    .filter((u) => u.calls.length + u.unresolved.length + u.unknown.length > 0)
    .map((u) => ({
      user: u.name,
      calls: u.calls.map((c) => ({
        method: c.method,
        path: pathOf(c),
        file: c.file,
        line: c.line,
        needs: [...c.endpoint!.permissions.allOf, ...(c.endpoint!.permissions.anyOf.length ? [`one of ${c.endpoint!.permissions.anyOf.join(' | ')}`] : [])],
      })),
      unresolved: u.unresolved.length,
      unknown: u.unknown.length,
    }));
}

export interface BaseCallsOptions {
  cwd: string;
  baseSha: string;
  /** The head's analysis: both sides are attributed with its manifest, so the list shows what the code changed. */
  head: CallAnalysis;
  timeoutMs?: number;
}

/** The base commit's calls, analysed against the head manifest. Throws when git cannot say what changed. */
export async function baseCallAnalysis(o: BaseCallsOptions): Promise<CallAnalysis> {
  const sha = o.baseSha.trim();
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new Error(`not a commit sha: ${JSON.stringify(o.baseSha)}`);
  const timeout = o.timeoutMs ?? 60_000;
  if (!(await git(o.cwd, ['cat-file', '-e', `${sha}^{commit}`], timeout)).ok) {
    const f = await git(o.cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha], timeout);
    if (!f.ok) throw new Error(`the base commit ${sha} is not available: ${firstLine(f.stderr)}`);
  }
  // Paths relative to cwd (`--relative`), as the scan's are.
  const d = await git(o.cwd, ['diff', '--name-only', '--no-renames', '--relative', '-z', sha, 'HEAD', '--', '.'], timeout);
  if (!d.ok) throw new Error(`git diff against the base failed: ${firstLine(d.stderr)}`);
  const changed = new Set(d.stdout.split('\0').filter(Boolean));
  const names = tokenNames(o.head.manifest);
  const files: FileCalls[] = o.head.files.filter((f) => !changed.has(f.file));
  const atBase = new Map<string, string>();
  for (const rel of changed) {
    if (!languageOf(rel)) continue;
    const blob = await git(o.cwd, ['cat-file', 'blob', `${sha}:./${rel}`], timeout);
    if (blob.ok) atBase.set(rel, blob.stdout); // else added by the PR: nothing at base
  }
  // The changed files that import a Graph client are read as the scan read them at head (imports.ts), with
  // the clients exported at base: those of the files the PR changes as the base has them, the others' as head's.
  const index = new Map<string, ExportedBinding[]>();
  for (const f of o.head.files) {
    if (changed.has(f.file) || !f.calls.some((c) => c.status === 'unresolved' && isExportedClientReason(c.reason))) continue;
    const blob = await git(o.cwd, ['cat-file', 'blob', `${sha}:./${f.file}`], timeout);
    const bindings = blob.ok ? findExportedBindings(blob.stdout, f.file) : [];
    if (bindings.length > 0) index.set(f.file, bindings);
  }
  for (const [rel, text] of atBase) {
    const bindings = findExportedBindings(text, rel);
    if (bindings.length > 0) index.set(rel, bindings);
  }
  // tsconfig's `paths`, as the base has them (only when some changed file may import a client).
  const configs = new Map<string, string>();
  if (index.size > 0 && atBase.size > 0) {
    const tree = await git(o.cwd, ['ls-tree', '-r', '-z', '--name-only', sha], timeout);
    const names = tree.ok ? tree.stdout.split('\0').filter((n) => /(?:^|\/)[tj]sconfig[^/]*\.json$/.test(n)) : [];
    for (const n of names.slice(0, MAX_TSCONFIGS)) {
      const blob = await git(o.cwd, ['cat-file', 'blob', `${sha}:./${n}`], timeout);
      if (blob.ok) configs.set(n, blob.stdout);
    }
  }
  const exists = (r: string) => index.has(r) || configs.has(r);
  const aliases = tsconfigAliases(exists, (r) => configs.get(r));
  for (const [rel, text] of atBase) {
    const prelude = importPrelude(rel, text, index, exists, aliases);
    files.push(prelude === undefined ? readFileCalls({ path: rel, text }, names) : readWithPrelude({ path: rel, text }, prelude, names));
  }
  return analyzeCalls(o.head.manifest, files);
}

/** tsconfig files read at the base commit, at most (a monorepo has one a package). */
const MAX_TSCONFIGS = 256;

function git(cwd: string, args: string[], timeout: number): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      safeGitArgs(args),
      { cwd, timeout, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', env: gitSafeEnv(), windowsHide: true },
      (error, stdout, stderr) => resolve({ ok: !error, stdout, stderr: stderr || (error?.message ?? '') }),
    );
  });
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
