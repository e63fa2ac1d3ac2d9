/**
 * On a pull request (SPEC §7, §6): the Graph API operations the PR adds per system user, from the call
 * sites of base and head. The base's calls are the head's for files the PR does not change, and those
 * read from the base commit (`git cat-file`, no filters, no shell) for the files it changes.
 */
import { execFile, spawn } from 'node:child_process';
import { gitSafeEnv, safeGitArgs } from '../git-safe.js';
import { analyzeCalls, tokenNames, type CallAnalysis, type FileCalls } from './analyze.js';
import { readFileCalls } from './collect.js';
import { languageOf } from './language.js';
import { addBarrels, findExportedBindings, holdsClient, importAliases, importsRead, isPackageManifest, readWithImports } from './imports.js';
import { isExportedClientReason } from './markers.js';
import { pythonImportsRead, pythonPassedOn } from './python-imports.js';
import { findModuleBindings, type ExportedBinding } from './sites.js';
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
  // Read again at base: the files the PR changes, and those whose reading at head took in a client a changed
  // file exports (a PR that only points the shared client at Graph adds every call made through it).
  const again = new Set([...changed].filter((rel) => languageOf(rel)));
  for (const f of o.head.files) if (f.through?.some((t) => changed.has(t))) again.add(f.file);
  const files: FileCalls[] = o.head.files.filter((f) => !again.has(f.file));
  // The exporting files at base: head's, the changed ones, and what the files read again took in.
  const exporters = new Set<string>([...again]);
  for (const f of o.head.files) {
    if (f.calls.some((c) => c.status === 'unresolved' && isExportedClientReason(c.reason))) exporters.add(f.file);
    if (again.has(f.file)) for (const t of f.through ?? []) exporters.add(t);
  }
  const blobs = await catFiles(o.cwd, sha, [...exporters], timeout);
  const index = new Map<string, ExportedBinding[]>();
  for (const [rel, text] of blobs) {
    const bindings = findExportedBindings(text, rel);
    if (holdsClient(bindings)) index.set(rel, bindings);
  }
  // Python modules at base that hold a client at their top level, and those that pass one on (python-imports.ts).
  const pyIndex = new Map<string, ExportedBinding[]>();
  for (const [rel, text] of blobs) {
    const bindings = languageOf(rel) === 'python' ? findModuleBindings(text, rel) : [];
    if (bindings.length > 0) pyIndex.set(rel, bindings);
  }
  // The base's files (imports resolve against them, as head's against the listing) and its tsconfig files.
  let baseFiles = new Set<string>();
  const configs = new Map<string, string>();
  let partial = false;
  if (index.size > 0 || pyIndex.size > 0) {
    const tree = await git(o.cwd, ['ls-tree', '-r', '-z', '--name-only', sha], timeout);
    baseFiles = new Set(tree.ok ? tree.stdout.split('\0').filter(Boolean) : []);
    const tsconfigs = [...baseFiles].filter((n) => /(?:^|\/)[tj]sconfig[^/]*\.json$/.test(n)).slice(0, MAX_TSCONFIGS);
    const packages = [...baseFiles].filter(isPackageManifest);
    partial = packages.length > MAX_PACKAGE_MANIFESTS;
    for (const [n, text] of await catFiles(o.cwd, sha, [...tsconfigs, ...packages.slice(0, MAX_PACKAGE_MANIFESTS)], timeout)) configs.set(n, text);
  }
  const exists = (r: string) => baseFiles.has(r);
  const { aliases, patterns } = importAliases([...configs.keys()], exists, (r) => configs.get(r), partial);
  // Barrels at base pass on what their modules export there.
  addBarrels(index, [...blobs.keys()], (rel) => ({ exports: true, text: blobs.get(rel) }), exists, aliases, patterns);
  for (let round = 0, added = pyIndex.size > 0; added && round <= 8; round++) {
    added = false;
    for (const [rel, text] of blobs) {
      if (languageOf(rel) !== 'python') continue;
      const own = pyIndex.get(rel) ?? [];
      const passed = pythonPassedOn(rel, text, pyIndex, exists).passed.filter((b) => !own.some((x) => x.name === b.name));
      if (passed.length === 0) continue;
      pyIndex.set(rel, [...own, ...passed]);
      added = true;
    }
  }
  for (const rel of again) {
    const text = blobs.get(rel);
    if (text === undefined) continue; // added by the PR: nothing at base
    const how = languageOf(rel) === 'python' ? pythonImportsRead(rel, text, pyIndex, exists) : index.size > 0 ? importsRead(rel, text, index, exists, aliases) : undefined;
    files.push(how === undefined ? readFileCalls({ path: rel, text }, names) : readWithImports({ path: rel, text }, how, names));
  }
  return analyzeCalls(o.head.manifest, files);
}

/**
 * The text of each of `paths` at commit `sha` (those it has), through one `git cat-file --batch` (no filters,
 * no shell). A path holding a line break cannot be asked for on its line: it is left out.
 */
function catFiles(cwd: string, sha: string, paths: readonly string[], timeout: number): Promise<Map<string, string>> {
  const asked = paths.filter((p) => !/[\r\n]/.test(p));
  const out = new Map<string, string>();
  if (asked.length === 0) return Promise.resolve(out);
  return new Promise((resolve, reject) => {
    const child = spawn('git', safeGitArgs(['cat-file', '--batch']), { cwd, stdio: ['pipe', 'pipe', 'ignore'], env: gitSafeEnv(), windowsHide: true, timeout });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file --batch failed (exit code ${code})`));
      const all = Buffer.concat(chunks);
      let at = 0;
      for (const rel of asked) {
        const eol = all.indexOf(0x0a, at);
        if (eol === -1) break;
        const head = all.toString('utf8', at, eol);
        at = eol + 1;
        // `<oid> <type> <size>` then the object and a line break, whatever its type; `<name> missing`
        // (or `ambiguous`, a gitlink's `submodule`) alone on its line.
        const m = /^[0-9a-f]+ ([a-z]+) (\d+)$/.exec(head);
        if (!m) continue;
        const size = Number(m[2]);
        if (m[1] === 'blob' && size <= MAX_BLOB_BYTES) out.set(rel, all.toString('utf8', at, at + size));
        at += size + 1;
      }
      resolve(out);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(asked.map((p) => `${sha}:./${p}\n`).join(''));
  });
}

/** A file at base larger than this is not read for calls (a string of it would not fit V8's limit). */
const MAX_BLOB_BYTES = 256 * 1024 * 1024;

/** tsconfig files read at the base commit, at most (a monorepo has one a package). */
const MAX_TSCONFIGS = 256;
/** package.json files read at base, at most (a monorepo's packages: imports by a package's name resolve there). */
const MAX_PACKAGE_MANIFESTS = 10_000;

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
