import { execFile } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { lstat, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { ConfigError } from '../types.js';

/** Options of `listFiles`. Paths and globs are relative to `cwd`. */
export interface ListFilesOptions {
  cwd: string;
  /** Files or directories to scan; `.` for everything. */
  paths: string[];
  /** Keep only files matching one of these globs (or under a directory matching one). */
  include?: string[];
  /** Drop files matching one of these globs (or under a directory matching one). */
  exclude?: string[];
  /** `--changed-only REF`: only tracked files changed between REF and the working tree. */
  changedSince?: string;
  /**
   * In a git checkout, git lists tracked files that were deleted, symlinks and submodule directories;
   * by default each listed path is lstat'ed and only regular files are kept. `false` leaves that to the
   * caller, which opens every file anyway (check's scan: O_NOFOLLOW, then fstat), and saves a system
   * call per file. The result may then hold such paths, and `skipped.symlinks` does not count them.
   */
  statFiles?: boolean;
}

/** What `listFiles` found: regular files only, relative to `cwd`, `/` separators, sorted. */
export interface ListFilesResult {
  files: string[];
  skipped: { symlinks: number };
  /** `git`: the tracked files; `filesystem`: a walk with `.gitignore` applied. */
  mode: 'git' | 'filesystem';
}

const ALWAYS_IGNORED_DIRS = ['.git', 'node_modules'];
const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;
const MAX_GITIGNORE_BYTES = 1024 * 1024;

/** List the files a scan covers (SPEC "Scan semantics"). Throws `ConfigError` for a missing path or a bad REF. */
export async function listFiles(opts: ListFilesOptions): Promise<ListFilesResult> {
  const cwd = path.resolve(opts.cwd);
  const paths = opts.paths.length > 0 ? opts.paths : ['.'];
  const roots: { rel: string; abs: string; kind: 'file' | 'dir' | 'symlink' }[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const st = await lstat(abs).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new ConfigError(`Path not found: ${p}`);
      throw new ConfigError(`Cannot read path ${p}: ${err.code ?? err.message}`);
    });
    const kind = st.isSymbolicLink() ? 'symlink' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
    if (!kind) throw new ConfigError(`Not a file or directory: ${p}`);
    roots.push({ rel: toPosix(path.relative(cwd, abs)) || '.', abs, kind });
  }

  const git = await gitInfo(cwd);
  if (opts.changedSince !== undefined && !git) {
    throw new ConfigError(`--changed-only ${opts.changedSince} needs a git checkout, and ${cwd} is not one.`);
  }

  let symlinks = 0;
  const found = new Set<string>();
  const explicit = new Set<string>();
  for (const root of roots) {
    if (root.kind === 'symlink') symlinks++;
    else if (root.kind === 'file') explicit.add(root.rel);
  }

  if (git) {
    for (const root of roots) {
      const real = await realpath(root.abs).catch(() => root.abs);
      if (isOutside(git.top, real)) {
        throw new ConfigError(`Path ${root.rel} is outside the git repository at ${git.top}.`);
      }
    }
    const dirs = roots.filter((r) => r.kind === 'dir').map((r) => r.rel);
    if (dirs.length > 0) {
      // SPEC: the files git tracks (the index, so staged files count). Untracked files are left out:
      // in CI they are build outputs (a SARIF report, coverage) rather than code.
      const out = await runGit(cwd, ['ls-files', '-z', '--cached', '--', ...dirs]);
      for (const f of splitZ(out)) if (!f.endsWith('/')) found.add(normalizeRel(f));
      // A fresh repository (nothing tracked yet, as after `git init`) is scanned as gitleaks' --no-git
      // would: its untracked files that .gitignore does not exclude.
      if (found.size === 0 && (await runGit(git.top, ['ls-files', '-z', '--cached'])).length === 0) {
        const others = await runGit(cwd, ['ls-files', '-z', '--others', '--exclude-standard', '--', ...dirs]);
        for (const f of splitZ(others)) if (!f.endsWith('/')) found.add(normalizeRel(f));
      }
    }
  } else {
    const matcher = new GitignoreMatcher();
    for (const root of roots) {
      if (root.kind !== 'dir') continue;
      await loadAncestorGitignores(matcher, cwd, root.rel);
      const entries = await fg('**', {
        cwd: root.abs,
        dot: true,
        followSymbolicLinks: false,
        onlyFiles: false,
        objectMode: true,
        suppressErrors: true,
        unique: true,
        ignore: ALWAYS_IGNORED_DIRS.flatMap((d) => [`**/${d}`, `**/${d}/**`]),
      });
      const candidates: string[] = [];
      for (const e of entries) {
        const rel = joinRel(root.rel, e.path);
        if (e.dirent.isSymbolicLink()) {
          if (!matcher.ignores(rel, false)) symlinks++;
        } else if (e.dirent.isFile()) {
          candidates.push(rel);
          if (e.name === '.gitignore') {
            const text = await readSmall(path.join(root.abs, e.path));
            if (text !== undefined) matcher.add(parentOf(rel), text);
          }
        }
      }
      for (const rel of candidates) if (!matcher.ignores(rel, false)) found.add(rel);
    }
  }
  for (const f of explicit) found.add(f);

  let files = [...found];
  if (opts.changedSince !== undefined && git) {
    const changed = await changedFiles(cwd, git.prefix, opts.changedSince);
    files = files.filter((f) => changed.has(f));
  }
  const include = opts.include && opts.include.length > 0 ? createPathMatcher(opts.include) : undefined;
  const exclude = opts.exclude && opts.exclude.length > 0 ? createPathMatcher(opts.exclude) : undefined;
  files = files.filter((f) => (!include || include(f)) && !(exclude && exclude(f)));

  // git lists tracked files that were deleted, symlinks and submodule directories: keep regular files.
  const kept: string[] = [];
  if (git && opts.statFiles !== false) {
    // Synchronous: tens of thousands of lstat calls on cached metadata take milliseconds; through
    // promises each pays a thread-pool round trip (measured: 55 ms against 330 ms for 16,000 files).
    const kinds = files.map((f) => {
      let st;
      try {
        st = lstatSync(path.join(cwd, f));
      } catch {
        return 'other';
      }
      return st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : 'other';
    });
    files.forEach((f, i) => {
      if (kinds[i] === 'file') kept.push(f);
      else if (kinds[i] === 'symlink') symlinks++;
    });
  } else {
    kept.push(...files);
  }
  kept.sort(compareCodeUnits);
  return { files: kept, skipped: { symlinks }, mode: git ? 'git' : 'filesystem' };
}

// ---------------------------------------------------------------------------------------------
// git

interface GitInfo {
  top: string;
  /** cwd relative to the top level, `/`-terminated, or '' at the top. */
  prefix: string;
}

async function gitInfo(cwd: string): Promise<GitInfo | undefined> {
  try {
    const out = (await runGit(cwd, ['rev-parse', '--show-toplevel', '--show-prefix'])).toString('utf8');
    const [top, prefix] = out.split('\n');
    if (!top) return undefined;
    return { top: await realpath(top).catch(() => top), prefix: prefix ?? '' };
  } catch {
    // No git, not a repository, or git refusing a repository it does not trust (safe.directory).
    return undefined;
  }
}

async function changedFiles(cwd: string, prefix: string, ref: string): Promise<Set<string>> {
  if (ref.startsWith('-') || ref.length === 0) throw new ConfigError(`Invalid revision for --changed-only: "${ref}".`);
  let diff: Buffer;
  try {
    diff = await runGit(cwd, ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', ref, '--']);
  } catch (err) {
    const detail = (err as Error).message;
    throw new ConfigError(
      /bad revision|unknown revision|ambiguous argument/.test(detail)
        ? `--changed-only ${ref}: git knows no ref "${ref}" here; pass a branch, tag or commit (in CI, fetch it first: actions/checkout with fetch-depth: 0)`
        : `--changed-only ${ref}: ${detail}`,
    );
  }
  const changed = new Set<string>();
  for (const f of splitZ(diff)) changed.add(fromTopRelative(f, prefix));
  return changed;
}

function fromTopRelative(p: string, prefix: string): string {
  if (prefix && p.startsWith(prefix)) return p.slice(prefix.length);
  return path.posix.relative(prefix.replace(/\/$/, '') || '.', p);
}

function runGit(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      // fsmonitor can run a configured command: a scanned repository must not run code.
      ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: MAX_GIT_OUTPUT,
        windowsHide: true,
        env: { ...process.env, GIT_LITERAL_PATHSPECS: '1', GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (err, stdout, stderr) => {
        if (err) {
          const line = stderr.toString('utf8').split('\n').find((l) => l.trim()) ?? err.message;
          reject(new Error(line.replace(/^fatal: /, '').trim()));
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

function splitZ(buf: Buffer): string[] {
  return buf.toString('utf8').split('\0').filter((s) => s.length > 0);
}

function isOutside(top: string, abs: string): boolean {
  const rel = path.relative(top, abs);
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

// ---------------------------------------------------------------------------------------------
// .gitignore

interface IgnoreRule {
  re: RegExp;
  negate: boolean;
  dirOnly: boolean;
  /** Unanchored patterns (no `/` but a trailing one) match the base name at any depth. */
  basename: boolean;
}

/**
 * The common subset of gitignore(5): `#` comments, `!` negation, `\` escapes, trailing-space trimming,
 * directory-only `dir/`, anchoring by a leading or inner `/`, `*`, `?`, `[...]`, and `**` as a whole
 * segment. Rules of a `.gitignore` apply below its directory; deeper files and later lines win; a file
 * inside an ignored directory cannot be re-included.
 */
export class GitignoreMatcher {
  private readonly byDir = new Map<string, IgnoreRule[]>();
  private readonly dirCache = new Map<string, boolean>();

  /** Add the content of the `.gitignore` in `dir` (relative, `/` separators, '' or '.' for the root). */
  add(dir: string, content: string): void {
    const key = dir === '.' ? '' : dir.replace(/\/+$/, '');
    const rules = this.byDir.get(key) ?? [];
    for (const raw of content.split(/\r?\n/)) {
      const rule = parseIgnoreLine(raw);
      if (rule) rules.push(rule);
    }
    this.byDir.set(key, rules);
    this.dirCache.clear();
  }

  /** Whether `rel` (relative to the root, `/` separators) is ignored, its parent directories included. */
  ignores(rel: string, isDir: boolean): boolean {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      let ignored = this.dirCache.get(dir);
      if (ignored === undefined) {
        ignored = this.decide(dir, true);
        this.dirCache.set(dir, ignored);
      }
      if (ignored) return true;
    }
    return this.decide(rel, isDir);
  }

  private decide(rel: string, isDir: boolean): boolean {
    let ignored = false;
    const parts = rel.split('/');
    const base = parts[parts.length - 1] ?? '';
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const rules = this.byDir.get(dir);
      if (!rules) continue;
      const sub = parts.slice(i).join('/');
      for (const r of rules) {
        if (r.dirOnly && !isDir) continue;
        if (r.re.test(r.basename ? base : sub)) ignored = !r.negate;
      }
    }
    return ignored;
  }
}

function parseIgnoreLine(raw: string): IgnoreRule | undefined {
  let line = raw;
  if (line === '' || line.startsWith('#')) return undefined;
  // Trailing spaces are dropped unless escaped with a backslash.
  line = line.replace(/(?<!\\)[ \t]+$/, '');
  if (line.endsWith('\\ ')) line = line.slice(0, -2) + ' ';
  let negate = false;
  if (line.startsWith('!')) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith('/')) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.replace(/^\/+/, '');
  const re = new RegExp(`^${globSource(line)}$`, 'u');
  return { re, negate, dirOnly, basename: !anchored };
}

async function loadAncestorGitignores(matcher: GitignoreMatcher, cwd: string, rootRel: string): Promise<void> {
  // .gitignore files between cwd and a scanned directory apply to it too (scanning `src` honours ./.gitignore).
  if (rootRel === '.' || rootRel.startsWith('..')) return;
  const parts = rootRel.split('/');
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    const text = await readSmall(path.join(cwd, dir, '.gitignore'));
    if (text !== undefined) matcher.add(dir, text);
  }
}

async function readSmall(abs: string): Promise<string | undefined> {
  try {
    const st = await lstat(abs);
    if (!st.isFile() || st.size > MAX_GITIGNORE_BYTES) return undefined;
    return await readFile(abs, 'utf8');
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// globs

/**
 * Compile include/exclude-style globs (micromatch-like, `dot: true`): `*`, `?`, `[...]`, `{a,b}`,
 * `**` segments; a leading `!` negates and the last matching pattern wins. A path matches when the
 * pattern matches the path itself or one of its parent directories (`test/fixtures` covers its files).
 */
export function createPathMatcher(patterns: string[]): (rel: string) => boolean {
  const compiled = patterns
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => {
      const negate = p.startsWith('!');
      return { negate, re: globToRegExp(negate ? p.slice(1) : p) };
    });
  return (rel: string) => {
    const candidates = ancestorsAndSelf(rel);
    let matched = false;
    for (const c of compiled) {
      if (candidates.some((p) => c.re.test(p))) matched = !c.negate;
    }
    return matched;
  };
}

/** One glob (relative, `/` separators) as an anchored RegExp; a leading `./` or `/` is dropped. */
export function globToRegExp(glob: string): RegExp {
  const g = glob.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const alternatives = expandBraces(g).map((alt) => globSource(alt));
  return new RegExp(`^(?:${alternatives.join('|')})$`, 'u');
}

function ancestorsAndSelf(rel: string): string[] {
  const parts = rel.split('/');
  const out: string[] = [];
  for (let i = 1; i <= parts.length; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}

const MAX_BRACE_EXPANSIONS = 256;

function expandBraces(glob: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = glob.slice(open + 1, i);
        const options = splitTopLevel(inner);
        if (options.length < 2) continue;
        const head = glob.slice(0, open);
        const tails = expandBraces(glob.slice(i + 1));
        const out: string[] = [];
        for (const o of options) {
          for (const x of expandBraces(o)) {
            for (const t of tails) {
              out.push(head + x + t);
              if (out.length > MAX_BRACE_EXPANSIONS) return out;
            }
          }
        }
        return out;
      }
    }
  }
  return [glob];
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c === '\\') {
      cur += c + (s[i + 1] ?? '');
      i++;
    } else if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

/** RegExp source for a glob without braces: `**` segments cross directories, `*` and `?` do not. */
function globSource(glob: string): string {
  const segs = glob.split('/');
  let re = '';
  let needSlash = false;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] ?? '';
    const last = i === segs.length - 1;
    if (seg === '**') {
      if (last) re += needSlash ? '(?:/.*)?' : '.*';
      else re += needSlash ? '(?:/.*)?/' : '(?:.*/)?';
      needSlash = false;
      continue;
    }
    if (needSlash) re += '/';
    re += segmentSource(seg);
    needSlash = true;
  }
  return re;
}

function segmentSource(seg: string): string {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i] ?? '';
    if (c === '\\') {
      re += escapeRe(seg[i + 1] ?? '\\');
      i++;
    } else if (c === '*') {
      while (seg[i + 1] === '*') i++;
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, close);
      let neg = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        neg = true;
        body = body.slice(1);
      }
      body = body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]').replace(/\[/g, '\\[');
      re += neg ? `(?!/)[^${body}]` : `[${body}]`;
      i = close;
    } else {
      re += escapeRe(c);
    }
  }
  return re;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// helpers

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function normalizeRel(p: string): string {
  return toPosix(path.normalize(p)).replace(/^\.\//, '');
}

function joinRel(root: string, sub: string): string {
  return root === '.' ? sub : `${root}/${sub}`;
}

function parentOf(rel: string): string {
  const i = rel.lastIndexOf('/');
  return i === -1 ? '' : rel.slice(0, i);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
