import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { compileGlobs, GitignoreMatcher } from '../glob.js';
import { findIndex, forgetIndexRead, gitBlocker, indexMayHashFiles, indexSize, MAX_INDEX_BYTES, outsideAnyRepository, readIndexNames, type IndexStatuses } from './git-index.js';
import { ConfigError } from '../types.js';
import { childProcess } from '../builtins.js';
import { gitFilterOverrides, gitFilterOverridesSync, gitSafeEnv, safeGitArgs } from '../git-safe.js';
import { readWalkCache, saveWalkCache, WalkWatch, type WalkCacheSetting } from './walk-cache.js';

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
  /**
   * For the scan cache (`ScanCache.answer` in scan-cache.ts): with a listing read from the index of the
   * whole checkout, git's answer to which tracked files changed (`ListFilesResult.index.dirty`), if
   * `prefetchListing` asked for it (a check asks only for a tree it has a cache for).
   */
  dirty?: boolean;
  /**
   * Outside a git checkout: the walk cache (walk-cache.ts). The walk's list is taken from it when no
   * directory it read has changed since; otherwise the walk's list is offered for it (`keepWalk`).
   */
  walkCache?: WalkCacheSetting;
}

/** What `listFiles` found: regular files only, relative to `cwd`, `/` separators, sorted. */
export interface ListFilesResult {
  files: string[];
  /**
   * Symbolic links passed over; and outside git, the directories the walk could not read (EACCES, a
   * path past PATH_MAX: ENAMETOOLONG), relative to `cwd` with the error's code, whose files are unknown,
   * and the entries that are neither a file, a folder nor a symlink (a FIFO, a socket, a device: never
   * opened), relative to `cwd`, kept by the globs as files are.
   */
  skipped: { symlinks: number; unreadableDirs?: string[]; notRegular?: string[]; outside?: string[] };
  /** `git`: the tracked files; `filesystem`: a walk with `.gitignore` applied. */
  mode: 'git' | 'filesystem';
  /**
   * Names that are not valid UTF-8 (a git checkout may hold any bytes): the listed name (invalid bytes
   * written `\xNN`) → the name's bytes, relative to `cwd`. Open these with `absolutePath`.
   */
  raw: Map<string, Buffer>;
  /**
   * A listing of the whole checkout read from its index: each file's index entry status (`entryOf[i]`
   * is file i's entry; default i), and with `ListFilesOptions.dirty`, git's answer to which tracked
   * files changed (`git diff-files`, NUL-separated names), rejected if git could not answer.
   */
  index?: { statuses: IndexStatuses; entryOf?: Int32Array; dirty?: Promise<Buffer> };
  /**
   * Outside git, where the `.gitignore` rules' budget ran out (glob.ts's MAX_GITIGNORE_RULE_CHARS):
   * the first rule not applied, as `path/.gitignore:line`. The rules from there on were not applied.
   */
  gitignoreTruncated?: string;
  /**
   * With `walkCache`: whether the walk's list came from it (`read`), or the tree was walked and its
   * list is offered (`walked`), or walked and not offered (`churn`: the cache went out of date soon after
   * it was saved; walk-cache.ts's CHURN_MS).
   */
  walkCache?: 'read' | 'walked' | 'churn';
  /**
   * With `walkCache`, after a walk: saves its list, unless `mayKeep` refuses its paths (call it once the
   * output sink knows the run's secrets). Returns what it did, for `--debug`.
   */
  keepWalk?: (mayKeep: (text: string) => boolean) => string;
  /**
   * With `changedSince`: the files listed before it narrowed the list (where an import of a changed file
   * is resolved: the tsconfig and package.json files of the whole checkout).
   */
  whole?: readonly string[];
}

/** The path to open for a listed file: a string, or the bytes of a name that is not valid UTF-8. */
export function absolutePath(cwd: string, rel: string, raw: ReadonlyMap<string, Buffer> | undefined): string | Buffer {
  const bytes = raw?.get(rel);
  if (!bytes) return path.join(cwd, rel);
  return Buffer.concat([Buffer.from(path.resolve(cwd) + path.sep, 'utf8'), bytes]);
}

const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;
/**
 * A git command of the listing that has not answered in this long is stopped: git waits forever on a FIFO
 * it reads (a `.gitignore` that is one, in a repository with nothing tracked yet). A million files list in
 * seconds; this is a bound, not a budget.
 */
export const gitTimeout = { ms: 300_000 };
const FAST_LISTING_BYTES = 8 * 1024 * 1024;
const MAX_GITIGNORE_BYTES = 1024 * 1024;
/** git's exclude pattern for a folder named node_modules at any depth (a command-line --exclude wins over .gitignore's `!`). */
const NODE_MODULES_DIR = 'node_modules/';

/** List the files a scan covers (SPEC "Scan semantics"). Throws `ConfigError` for a missing path or a bad REF. */
export async function listFiles(opts: ListFilesOptions): Promise<ListFilesResult> {
  const cwd = path.resolve(opts.cwd);
  const roots = resolveRoots(cwd, opts.paths);

  // The listing starts alongside `rev-parse` (one process start less to wait for); its answer counts only
  // in a git checkout, and its failure only once the paths are known to be inside the repository.
  const dirRels = roots.filter((r) => r.kind === 'dir').map((r) => r.rel);
  // In a plain checkout the index file itself is read (git-index.ts): no git process to start.
  const direct = directListing(cwd, dirRels);
  // No repository anywhere above: git is not started only to say so.
  const outside = !direct && outsideAnyRepository(cwd);
  const listing = direct
    ? Promise.resolve(direct.names)
    : dirRels.length > 0 && !outside
      ? runGit(cwd, ['ls-files', '-z', '--cached', '--', ...dirRels])
      : undefined;
  listing?.catch(() => undefined);
  const git = direct ? { top: direct.top, prefix: direct.prefix } : outside ? undefined : await gitInfo(cwd);
  if (opts.changedSince !== undefined && !git) {
    throw new ConfigError(gitBlocker(cwd) ?? `--changed-only ${opts.changedSince} needs a git checkout, and ${cwd} is not one.`);
  }

  let symlinks = 0;
  let statuses: IndexStatuses | undefined;
  let inOrder = false;
  const raw = new Map<string, Buffer>();
  const found = new Set<string>();
  let listed: string[] | undefined;
  // The walk's list, sorted, where the walk cache gave it or is offered it.
  let walked: string[] | undefined;
  let walkCache: ListFilesResult['walkCache'];
  let keepWalk: ListFilesResult['keepWalk'];
  let gitignoreTruncated: string | undefined;
  const unreadableDirs: string[] = [];
  let notRegular: string[] = [];
  // Names in git's index that leave the checkout (`leavesCheckout`): never opened.
  const leaving: string[] = [];
  const explicit = new Set<string>();
  for (const root of roots) {
    if (root.kind === 'symlink') symlinks++;
    else if (root.kind === 'file') explicit.add(root.rel);
  }

  if (git) {
    for (const root of roots) {
      const real = realOrSelf(root.abs);
      if (isOutside(git.top, real)) {
        throw new ConfigError(`Path ${root.rel} is outside the git repository at ${git.top}.`);
      }
    }
    if (listing) {
      // SPEC: the files git tracks (the index, so staged files count). Untracked files are left out:
      // in CI they are build outputs (a SARIF report, coverage) rather than code.
      // A name that is not UTF-8 is listed under an escaped name and opened by its bytes (`raw`).
      // git names files from the working directory: above it (`check ..` from a subfolder) by `../`
      // as deep as the working directory is in the checkout, and no deeper.
      const ups = git.prefix.split('/').filter(Boolean).length;
      const add = (out: Buffer): void => {
        // Every name UTF-8 (the common case): one decode and one split, not one of each per name. Not
        // past 8 MB of names (some 150,000): the split's names would keep the whole text alive.
        const text = out.length <= FAST_LISTING_BYTES ? out.toString('utf8') : undefined;
        if (text !== undefined && !text.includes('\uFFFD')) {
          for (const name of text.split('\0')) {
            if (name === '' || name.endsWith('/')) continue;
            if (leavesCheckout(name, ups)) leaving.push(name);
            else found.add(normalizeRel(name));
          }
          return;
        }
        for (const name of splitZ(out)) {
          if (name.text.endsWith('/')) continue;
          if (leavesCheckout(name.text, ups)) {
            leaving.push(name.text);
            continue;
          }
          if (!name.bytes) found.add(normalizeRel(name.text));
          else {
            const rel = name.text.replace(/^\.\//, '');
            raw.set(rel, name.bytes);
            found.add(rel);
          }
        }
      };
      // One folder read from the index: its names are in index order and unique but for an unmerged
      // path's stages, so they need no set.
      const fromIndex = direct && roots.length === 1 ? indexNames(direct.names, direct.unmerged, leaving) : undefined;
      listed = fromIndex?.names;
      // git's index is sorted by the names' bytes: for ASCII names, the order of their code units.
      inOrder = fromIndex?.ascii === true;
      // Names one to one with entries (no unmerged path's stages folded): their statuses line up.
      if (listed && direct?.statuses && !direct.unmerged && listed.length === direct.statuses.at.length) statuses = direct.statuses;
      if (!listed) add(await listing);
      // A fresh repository (nothing tracked yet, as after `git init`) has no tracked files to stand for
      // the repository: it is scanned as a folder outside git is (SPEC "Scan semantics"), every file
      // minus `.git/`, `node_modules/` folders at any depth and what .gitignore excludes (git's own
      // excludes too), not as 0 files; and not node_modules/, which `npm install` fills before any
      // `.gitignore` or first commit (the README's Install steps in a new repository).
      if ((listed?.length ?? found.size) === 0 && !(direct ? direct.anyTracked : (await runGit(git.top, ['ls-files', '-z', '--cached'])).length > 0))
        add(await runGit(cwd, ['ls-files', '-z', '--others', '--exclude-standard', `--exclude=${NODE_MODULES_DIR}`, '--', ...dirRels]));
    }
  } else {
    const setting = opts.walkCache;
    const key = setting && [cwd, roots.filter((r) => r.kind === 'dir').map((r) => r.abs)];
    const cached = setting && readWalkCache(setting, key);
    if (cached && cached !== 'churn') {
      walked = cached.files;
      symlinks += cached.symlinks;
      notRegular = cached.notRegular;
      walkCache = 'read';
    } else {
      const matcher = new GitignoreMatcher();
      // Out of date soon after it was saved (a tree that keeps changing): walked, and not saved again yet.
      if (cached === 'churn') walkCache = 'churn';
      const watch = setting && !cached ? new WalkWatch(setting.now ?? Date.now()) : undefined;
      const out: Walked = { found, raw, unreadable: unreadableDirs, symlinks: 0, notRegular, byBytes: false };
      for (const root of roots) {
        if (root.kind !== 'dir') continue;
        loadAncestorGitignores(matcher, cwd, root.rel, watch);
        // A root above cwd (`..`): its files are named from cwd as git names them (`x.js`, not
        // `../sub/x.js`; `../other/a.js`), so that a file has one name whoever lists it (the manifest too).
        const outside = root.rel === '..' || root.rel.startsWith('../');
        walkTree(root.abs, root.rel, matcher, watch, out, outside ? (rel) => toPosix(path.relative(cwd, path.resolve(cwd, rel))) : undefined);
      }
      const walkSymlinks = out.symlinks;
      symlinks += walkSymlinks;
      if (matcher.truncated) {
        const t = matcher.truncated;
        gitignoreTruncated = `${t.dir === '' ? '' : `${t.dir}/`}.gitignore:${t.line}`;
      }
      // A directory that could not be read is read again (and counted again) by the next run: no cache.
      // Nor is one that read a folder by bytes (a name that is not UTF-8: its list holds text).
      if (setting && watch && unreadableDirs.length === 0 && !out.byBytes) {
        // Sorted now (the list is sorted below anyway): what is saved is the list a later run takes as is.
        const list = Array.from(found).sort(compareCodeUnits);
        walked = list;
        found.clear();
        walkCache = 'walked';
        const others = notRegular.slice().sort(compareCodeUnits);
        keepWalk = (mayKeep) => saveWalkCache(setting, key, { files: list, symlinks: walkSymlinks, notRegular: others }, watch, mayKeep);
      }
    }
  }
  if (walked && explicit.size > 0) for (const f of walked) found.add(f);
  for (const f of explicit) found.add(f);

  // Never a spread into arguments or a recursion over the list: a million files is just a long array.
  let files = walked && explicit.size === 0 ? walked : listed && found.size === 0 ? listed : Array.from(found);
  // The index's own list, in its order: its entries' statuses line up with the files unless the list
  // is narrowed other than by the manifest's globs (`entryOf` maps those), stat'ed or sorted.
  const ownList = files === listed;
  let aligned = ownList && statuses !== undefined;
  found.clear();
  let whole: string[] | undefined;
  if (opts.changedSince !== undefined && git) {
    const changed = await changedFiles(cwd, git.prefix, opts.changedSince);
    whole = files;
    files = files.filter((f) => changed.has(f));
    aligned = false;
  }
  const globs = globFilter(opts.include, opts.exclude);
  let entryOf: Int32Array | undefined;
  if (globs) {
    const all = files;
    const entries: number[] = [];
    files = [];
    for (let e = 0; e < all.length; e++) {
      const f = all[e]!;
      if (globs(f)) {
        files.push(f);
        entries.push(e);
      }
    }
    if (aligned) entryOf = Int32Array.from(entries);
    notRegular = notRegular.filter(globs);
  }

  // git lists tracked files that were deleted, symlinks and submodule directories: keep regular files.
  let kept: string[] = files;
  if (git && opts.statFiles !== false) {
    // Synchronous: tens of thousands of lstat calls on cached metadata take milliseconds; through
    // promises each pays a thread-pool round trip (measured: 55 ms against 330 ms for 16,000 files).
    kept = [];
    for (const f of files) {
      let kind: 'file' | 'symlink' | 'other' = 'other';
      try {
        const st = lstatSync(absolutePath(cwd, f, raw));
        kind = st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : 'other';
      } catch {
        // vanished: left out
      }
      if (kind === 'file') kept.push(f);
      else if (kind === 'symlink') symlinks++;
    }
  }
  // git lists in byte order, which is this order for most names: sorting is skipped when it would not move any.
  // (What is left of a list in order is in order.)
  if (!(ownList && inOrder) && !isSorted(kept)) {
    kept.sort(compareCodeUnits);
    aligned = false;
  }
  if (kept !== files) aligned = false;
  const dirty = aligned && opts.dirty ? takeAhead(path.resolve(cwd), DIRTY_ARGS) : undefined;
  const index = aligned && statuses ? { statuses, ...(entryOf ? { entryOf } : {}), ...(dirty ? { dirty } : {}) } : undefined;
  return {
    files: kept,
    // (Unique: `check . ..` walks the working directory twice.)
    skipped: {
      symlinks,
      ...(unreadableDirs.length > 0 ? { unreadableDirs } : {}),
      ...(notRegular.length > 0 ? { notRegular: [...new Set(notRegular)] } : {}),
      ...(leaving.length > 0 ? { outside: leaving } : {}),
    },
    mode: git ? 'git' : 'filesystem',
    raw,
    ...(index ? { index } : {}),
    ...(walkCache ? { walkCache } : {}),
    ...(gitignoreTruncated ? { gitignoreTruncated } : {}),
    ...(keepWalk ? { keepWalk } : {}),
    ...(whole ? { whole } : {}),
  };
}

/** A path a scan was given, relative to cwd (by its real name when named through a symlinked folder). */
interface Root {
  rel: string;
  abs: string;
  kind: 'file' | 'dir' | 'symlink';
}

/** The scan's paths (none: `.`) as roots, each checked to exist. Throws `ConfigError` for a missing path. */
function resolveRoots(cwd: string, given: readonly string[]): Root[] {
  const paths = given.length > 0 ? given : ['.'];
  const roots: Root[] = [];
  let realCwd: string | undefined;
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    // Synchronous: a few paths, and each promise would wait its turn in libuv's thread pool.
    let st: ReturnType<typeof lstatSync>;
    try {
      st = lstatSync(abs);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new ConfigError(`Path not found: ${p}`);
      throw new ConfigError(`Cannot read path ${p}: ${err.code ?? err.message}`);
    }
    const kind = st.isSymbolicLink() ? 'symlink' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
    if (!kind) throw new ConfigError(`Not a file or directory: ${p}`);
    // A path through a symlinked folder (`pkgs/api`, pkgs → packages) is taken by its real name, the one
    // git's index holds: listed by the name as written, it would match no tracked file. (The path
    // itself a symlink is not followed: counted as one.)
    let rel = toPosix(path.relative(cwd, abs)) || '.';
    if (kind !== 'symlink' && rel !== '.') {
      const real = realOrSelf(abs);
      if (real !== abs) {
        realCwd ??= realOrSelf(cwd);
        const canonical = toPosix(path.relative(realCwd, real)) || '.';
        // Only a real name inside the working directory: one outside it (`../shared/lib`) would name the
        // files from elsewhere, and the manifest's globs (written from here) would no longer match them.
        if (!path.isAbsolute(canonical) && canonical !== '..' && !canonical.startsWith('../')) rel = canonical;
      }
    }
    roots.push({ rel, abs: path.resolve(cwd, rel), kind });
  }
  return roots;
}

/** `scan.include` / `scan.exclude` as one test of a path relative to cwd; undefined when neither narrows. */
function globFilter(include: readonly string[] | undefined, exclude: readonly string[] | undefined): ((rel: string) => boolean) | undefined {
  const inc = include && include.length > 0 ? compileGlobs(include) : undefined;
  const exc = exclude && exclude.length > 0 ? compileGlobs(exclude) : undefined;
  if (!inc && !exc) return undefined;
  return (rel) => (!inc || inc(rel)) && !exc?.(rel);
}

/**
 * What a scan of `paths` with `include`/`exclude` covers in a git checkout, for files no listing names
 * (the history scan's blobs, src/scan/history.ts): given a path relative to the repository's top level,
 * the same path relative to `cwd` when the tree scan would cover a file there (under one of the folders
 * `paths` names, or one of the files it names, and kept by the globs), undefined when it would not. The
 * roots and globs are listFiles's own. Throws `ConfigError` for a missing path or outside a checkout.
 */
export async function repositoryScope(opts: Omit<ListFilesOptions, 'changedSince' | 'statFiles' | 'dirty' | 'walkCache'>): Promise<(topRel: string) => string | undefined> {
  const cwd = path.resolve(opts.cwd);
  const roots = resolveRoots(cwd, opts.paths);
  const checkout = findIndex(cwd);
  const git = checkout ? { top: checkout.top, prefix: checkout.prefix } : await gitInfo(cwd);
  if (!git) throw new ConfigError(gitBlocker(cwd) ?? `--history needs a git checkout, and ${cwd} is not one.`);
  // Each root relative to the top level ('' the top itself); a symlink is not scanned, nor a path outside.
  const dirs: string[] = [];
  const files = new Set<string>();
  for (const root of roots) {
    if (root.kind === 'symlink') continue;
    const top = toPosix(path.relative(git.top, realOrSelf(root.abs)));
    if (top === '..' || top.startsWith('../') || path.isAbsolute(top)) continue;
    if (root.kind === 'dir') dirs.push(top);
    else files.add(top);
  }
  const globs = globFilter(opts.include, opts.exclude);
  return (topRel) => {
    if (!files.has(topRel) && !dirs.some((d) => d === '' || topRel === d || topRel.startsWith(`${d}/`))) return undefined;
    const rel = fromTopRelative(topRel, git.prefix);
    return !globs || globs(rel) ? rel : undefined;
  };
}

// ---------------------------------------------------------------------------------------------
// git

interface GitInfo {
  top: string;
  /** cwd relative to the top level, `/`-terminated, or '' at the top. */
  prefix: string;
}

/** `git ls-files` and `git rev-parse`'s answers from the index file, when git-index.ts can read it. */
function directListing(
  cwd: string,
  dirRels: readonly string[],
): (GitInfo & { names: Buffer; anyTracked: boolean; unmerged: boolean; statuses?: IndexStatuses }) | undefined {
  if (dirRels.length === 0 || dirRels.some((d) => d === '..' || d.startsWith('../'))) return undefined;
  const checkout = findIndex(cwd);
  const listed = checkout && readIndexNames(checkout, dirRels);
  return checkout && listed
    ? {
        top: checkout.top,
        prefix: checkout.prefix,
        names: listed.names,
        anyTracked: listed.entries > 0,
        unmerged: listed.unmerged,
        ...(listed.statuses ? { statuses: listed.statuses } : {}),
      }
    : undefined;
}

async function gitInfo(cwd: string): Promise<GitInfo | undefined> {
  try {
    const out = (await runGit(cwd, ['rev-parse', '--show-toplevel', '--show-prefix'])).toString('utf8');
    const [top, prefix] = out.split('\n');
    if (!top) return undefined;
    return { top: realOrSelf(top), prefix: prefix ?? '' };
  } catch {
    // No git, not a repository, or git refusing a repository it does not trust (safe.directory).
    return undefined;
  }
}

/**
 * The folder `cwd` from the top level of the git checkout that holds it, `/`-terminated ('' at the top),
 * as `git rev-parse --show-prefix` prints it; '' outside git (or where git refuses the checkout). Read
 * from the checkout's files where git-index.ts can (no process to start); git answers the rest.
 */
export function repositoryPrefix(cwd: string): string {
  const dir = path.resolve(cwd);
  const checkout = findIndex(dir);
  if (checkout) return checkout.prefix;
  if (outsideAnyRepository(dir) || gitBlocker(dir) !== undefined) return '';
  try {
    const out = childProcess().execFileSync('git', safeGitArgs(['rev-parse', '--show-prefix']), {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
      windowsHide: true,
      env: gitEnv(),
    });
    return out.replace(/\r?\n$/, '');
  } catch {
    // No git, not a repository, or git refusing a repository it does not trust (safe.directory).
    return '';
  }
}

/** Revision syntax that names more than one commit: `A..B`, `A...B`, `A^!`, `A^@`, `A^-`. */
const RANGE_SYNTAX = /\.\.|\^[!@-]/;

/**
 * The tracked files that differ between the one commit `ref` names and the working tree. A range (or
 * anything else that is not one commit) is a ConfigError: `git diff A..B` would compare two commits
 * and leave the working tree out, and a scan of what differs between HEAD and HEAD is empty.
 */
async function changedFiles(cwd: string, prefix: string, ref: string): Promise<Set<string>> {
  if (ref.startsWith('-') || ref.length === 0) throw new ConfigError(`Invalid revision for --changed-only: "${ref}".`);
  let commit: string;
  try {
    commit = (await runGit(cwd, ['rev-parse', '--verify', `${ref}^{commit}`])).toString('utf8').trim();
  } catch (err) {
    const detail = (err as Error).message;
    if (RANGE_SYNTAX.test(ref)) {
      const first = ref.split(RANGE_SYNTAX)[0] || 'HEAD';
      throw new ConfigError(
        `--changed-only ${ref}: a range, not one commit; --changed-only compares one branch, tag or commit with the working tree (e.g. --changed-only ${first})`,
      );
    }
    throw new ConfigError(
      /expected commit type/.test(detail)
        ? `--changed-only ${ref}: not a commit; pass a branch, tag or commit`
        : `--changed-only ${ref}: git knows no ref "${ref}" here; pass a branch, tag or commit (in CI, fetch it first: actions/checkout with fetch-depth: 0)`,
    );
  }
  let diff: Buffer;
  try {
    // A comparison with the work tree: the repository's filter drivers emptied (gitFilterOverrides), and
    // submodules compared by commit only (their own config is not read: no git runs inside them).
    const overrides = await gitFilterOverrides(cwd, gitEnv());
    diff = await runGit(cwd, [...overrides, 'diff', '--name-only', '-z', '--no-renames', '--ignore-submodules=dirty', commit, '--']);
  } catch (err) {
    throw new ConfigError(`--changed-only ${ref}: ${(err as Error).message}`);
  }
  const changed = new Set<string>();
  for (const f of splitZ(diff)) changed.add(fromTopRelative(f.text, prefix));
  return changed;
}

function fromTopRelative(p: string, prefix: string): string {
  if (prefix && p.startsWith(prefix)) return p.slice(prefix.length);
  return path.posix.relative(prefix.replace(/\/$/, '') || '.', p);
}

/** git commands started ahead (`prefetchListing`), by directory and arguments; each answer is taken once. */
const ahead = new Map<string, Promise<Buffer>>();
const gitKey = (cwd: string, args: readonly string[]) => `${cwd}\0${args.join('\0')}`;

/** The git commands a scan of all of `cwd` runs first: where the checkout is, and what it tracks. */
const FIRST_GIT_COMMANDS = [['rev-parse', '--show-toplevel', '--show-prefix'], ['ls-files', '-z', '--cached', '--', '.']];

/**
 * Which tracked files differ from what the index recorded (the scan cache's question: see
 * `ScanCache.answer` in scan-cache.ts). git's comparison as `git status` makes it, whatever the
 * repository's config says: ctime counts and every field of the status is compared.
 */
const DIRTY_ARGS = ['-c', 'core.checkStat=default', '-c', 'core.trustctime=true', 'diff-files', '--name-only', '-z', '--ignore-submodules=all'];

/**
 * When git is asked which files of a checkout changed (`ListFilesOptions.dirty`): for an index file this
 * large or larger (about 1,300 entries). Starting git costs the main thread some 6 ms, about what an
 * lstat of each file of a smaller checkout costs (the scan cache's answer without git).
 */
export const gitAnswerSettings = { minIndexBytes: 128 * 1024 };

/** Whether the last prefetched `git diff-files` was preceded by the question of the filter drivers (tests). */
export const lastDirtyQuery = { filtersAsked: false };

/**
 * For a scan of all of `cwd` (`paths` just `.`), starts the git commands `listFiles` begins with, so
 * that git works while the manifest is read; `listFiles` takes their answers. `dropPrefetched` forgets
 * the answers no scan took (a check that stopped before its scan), so a later scan never sees an old
 * listing.
 */
export function prefetchListing(cwd: string, paths: readonly string[], opts: { dirty?: boolean } = {}): void {
  if (paths.length !== 1 || paths[0] !== '.') return;
  const dir = path.resolve(cwd);
  // A checkout whose index the listing reads itself needs no git, but for its changed files (whole checkout).
  const checkout = findIndex(dir);
  if (!checkout && outsideAnyRepository(dir)) return;
  const size = checkout && indexSize(checkout);
  if (checkout && size !== undefined && size <= MAX_INDEX_BYTES) {
    if (opts.dirty && checkout.prefix === '' && size >= gitAnswerSettings.minIndexBytes) {
      // git hashes a racily clean file to compare it: through no filter driver of the repository's. Where
      // no entry is racily clean git reads no file (indexMayHashFiles), and the drivers need not be
      // asked for. (Else read at once, so that diff-files starts now: see gitFilterOverridesSync.)
      let answer: Promise<Buffer>;
      try {
        const hashes = indexMayHashFiles(checkout);
        lastDirtyQuery.filtersAsked = hashes;
        answer = spawnGit(dir, [...(hashes ? gitFilterOverridesSync(dir, gitEnv()) : []), ...DIRTY_ARGS]);
      } catch (err) {
        answer = Promise.reject(err as Error);
      }
      answer.catch(() => undefined);
      ahead.set(gitKey(dir, DIRTY_ARGS), answer);
    }
    return;
  }
  for (const args of FIRST_GIT_COMMANDS) {
    const answer = spawnGit(dir, args);
    answer.catch(() => undefined);
    ahead.set(gitKey(dir, args), answer);
  }
}

/** The answers of git commands `prefetchListing` started that no listing took (tests wait for them). */
export function pendingPrefetches(): Promise<Buffer>[] {
  return [...ahead.values()];
}

export function dropPrefetched(): void {
  ahead.clear();
  forgetIndexRead();
}

function runGit(cwd: string, args: string[]): Promise<Buffer> {
  return takeAhead(cwd, args) ?? spawnGit(cwd, args);
}

/** The answer of a git command `prefetchListing` started, taken once; undefined if none was. */
function takeAhead(cwd: string, args: readonly string[]): Promise<Buffer> | undefined {
  const key = gitKey(cwd, args);
  const early = ahead.get(key);
  ahead.delete(key);
  return early;
}

/**
 * The environment of every git command: the shared one (src/git-safe.ts: no locks taken, no prompt),
 * paths literal, messages in English. Every command's arguments pass through `safeGitArgs`.
 */
function gitEnv(): NodeJS.ProcessEnv {
  return gitSafeEnv({ GIT_LITERAL_PATHSPECS: '1', LC_ALL: 'C' });
}

function spawnGit(cwd: string, args: readonly string[]): Promise<Buffer> {
  const blocker = gitBlocker(cwd);
  if (blocker !== undefined) return Promise.reject(new ConfigError(blocker));
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      'git',
      safeGitArgs(args),
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: MAX_GIT_OUTPUT,
        windowsHide: true,
        env: gitEnv(),
        timeout: gitTimeout.ms,
      },
      (err, stdout, stderr) => {
        if (err?.killed && err.signal === 'SIGTERM') {
          reject(new ConfigError(`git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} did not answer in ${gitTimeout.ms / 1000} s (a FIFO or a device among the files it reads?)`));
        } else if (err) {
          const line = stderr.toString('utf8').split('\n').find((l) => l.trim()) ?? err.message;
          reject(new Error(line.replace(/^fatal: /, '').trim()));
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

/**
 * The names of a listing read from the index (git-index.ts), in its order, an unmerged path's stages
 * once; undefined when a name is not UTF-8 or the list is too long to split at once (`add` then).
 * git keeps only normal names in its index (no `.` or `..` part, no `//`, no trailing `/`), so they
 * are taken as they are.
 */
function indexNames(out: Buffer, unmerged: boolean, outside: string[]): { names: string[]; ascii: boolean } | undefined {
  if (out.length > FAST_LISTING_BYTES) return undefined;
  const text = out.toString('utf8');
  if (text.includes('\uFFFD')) return undefined;
  // A character of two or more bytes makes the text shorter than its bytes.
  const ascii = text.length === out.length;
  let names = text.split('\0');
  names.pop(); // after the last NUL
  // One test of the whole list for a name that leaves the checkout (a crafted index: git checks out none).
  if (ANY_LEAVES_CHECKOUT.test(text)) {
    const inside: string[] = [];
    for (const name of names) (leavesCheckout(name) ? outside : inside).push(name);
    names = inside;
  }
  if (!unmerged) return { names, ascii };
  let kept = 0;
  for (const name of names) if (kept === 0 || names[kept - 1] !== name) names[kept++] = name;
  names.length = kept;
  return { names, ascii };
}

/** NUL-separated names; `bytes` is set when a name is not valid UTF-8 (`text` then escapes the bad bytes). */
function* splitZ(buf: Buffer): Generator<{ text: string; bytes?: Buffer }> {
  // A generator: a million names are never held as a second list of objects.
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(0, start);
    if (end === -1) end = buf.length;
    if (end > start) yield nameOfBytes(buf.subarray(start, end));
    start = end + 1;
  }
}

/** A name read as bytes: its text, and (a copy of) the bytes when it is not valid UTF-8 (then `text` escapes them). */
function nameOfBytes(bytes: Buffer): { text: string; bytes?: Buffer } {
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(bytes)) return { text: escapeInvalidUtf8(bytes), bytes: Buffer.from(bytes) };
  return { text };
}

/** A name's bytes as text: valid UTF-8 decoded, every other byte written `\xNN`. */
export function escapeInvalidUtf8(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len > 0 && i + len <= bytes.length) {
      const seq = bytes.subarray(i, i + len);
      const text = Buffer.from(seq).toString('utf8');
      if (!text.includes('\uFFFD') && Buffer.from(text, 'utf8').equals(seq)) {
        out += text;
        i += len;
        continue;
      }
    }
    out += `\\x${b.toString(16).padStart(2, '0')}`;
    i++;
  }
  return out;
}

function realOrSelf(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

function isOutside(top: string, abs: string): boolean {
  const rel = path.relative(top, abs);
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

// ---------------------------------------------------------------------------------------------
// .gitignore files

function loadAncestorGitignores(matcher: GitignoreMatcher, cwd: string, rootRel: string, watch: WalkWatch | undefined): void {
  // .gitignore files between cwd and a scanned directory apply to it too (scanning `src` honours ./.gitignore).
  if (rootRel === '.' || rootRel.startsWith('..')) return;
  const parts = rootRel.split('/');
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    // The folder's status before its .gitignore is looked for: one added later changes the folder.
    try {
      watch?.dir(path.join(cwd, dir));
    } catch {
      // A folder above the scanned one that cannot be looked at: the root below it was, so it is there.
    }
    const text = readSmallSync(path.join(cwd, dir, '.gitignore'), watch);
    if (typeof text === 'string') matcher.add(dir, text);
    else if (text === null) matcher.unread(dir);
  }
}

/** What a walk of the folders outside git gathers (walkTree). */
interface Walked {
  /** The files listed, relative to cwd. */
  found: Set<string>;
  /** Names that are not UTF-8: the listed (escaped) name → its bytes relative to cwd. */
  raw: Map<string, Buffer>;
  /** Folders that could not be read (`DIR (CODE)`): what they hold is unknown. */
  unreadable: string[];
  /** Symbolic links passed over (those a `.gitignore` excludes are not counted). */
  symlinks: number;
  /** FIFOs, sockets and devices passed over, relative to cwd (those a `.gitignore` excludes are not listed). */
  notRegular: string[];
  /** Whether a folder was read by bytes (the walk cache keeps no such walk: its list holds text). */
  byBytes: boolean;
}

/**
 * Adds to `out.found` the files below `rootAbs` (`rootRel` relative to cwd) that no `.gitignore` excludes,
 * and counts in `out.symlinks` the symbolic links it passed (never followed; those a `.gitignore`
 * excludes are not counted), and lists in `out.notRegular` the FIFOs, sockets and devices (never opened:
 * a FIFO would block, or lose what its writer sent). Depth first with a stack, not recursion; one `readdirSync` a directory,
 * whose `.gitignore` is read before its entries are judged. A directory a `.gitignore` excludes is not
 * read at all (nothing below it can be re-included), nor anything named `.git` or `node_modules`. A
 * directory that cannot be read (EACCES; a path past PATH_MAX, ENAMETOOLONG) is added to `out.unreadable`
 * (what it holds is unknown: the scan counts it as not scanned); one that vanished is passed over, as a
 * vanished file is. fast-glob's walk with the same
 * rules took four to five times as long (a promise and a pattern test per entry: 165 ms against 37 ms
 * for 18,000 entries here), and read ignored directories only to drop their files.
 */
function walkTree(
  rootAbs: string,
  rootRel: string,
  matcher: GitignoreMatcher,
  watch: WalkWatch | undefined,
  out: Walked,
  nameOf: (rel: string) => string = (rel) => rel,
): void {
  const { found, raw, unreadable } = out;
  // Below the root, an entry's parents are directories the walk entered, none ignored: each entry is
  // judged on its own path (`ignoresEntry`). The root and what is above it, once.
  if (rootRel !== '.' && matcher.ignores(rootRel, true)) return;
  // Directories to read, relative to the root ('' is the root itself); with `bytes` (the same path's
  // bytes) when one of its names is not UTF-8: such a folder is read, and its files opened, by bytes.
  const stack: { sub: string; bytes?: Buffer }[] = [{ sub: '' }];
  const fromCwd = Buffer.from(rootRel === '.' ? '' : `${rootRel}/`, 'utf8');
  while (stack.length > 0) {
    const { sub, bytes } = stack.pop()!;
    const dirAbs: string | Buffer = bytes ? Buffer.concat([Buffer.from(`${rootAbs}/`, 'utf8'), bytes]) : sub === '' ? rootAbs : path.join(rootAbs, sub);
    let entries: Entry[];
    const dirRel = sub === '' ? rootRel : joinRel(rootRel, sub);
    try {
      // For the walk cache, the directory's status before it is read (walk-cache.ts): a change after
      // that gives it another, and a later run reads it again. (A folder read by bytes is never cached.)
      if (watch && typeof dirAbs === 'string' && !watch.dir(dirAbs)) continue;
      if (typeof dirAbs !== 'string') out.byBytes = true;
      entries = readEntries(dirAbs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') unreadable.push(`${nameOf(dirRel)} (${code ?? 'error'})`);
      continue;
    }
    if (entries.some((e) => e.name === '.gitignore' && e.dirent.isFile())) {
      const at = typeof dirAbs === 'string' ? path.join(dirAbs, '.gitignore') : Buffer.concat([dirAbs, Buffer.from('/.gitignore')]);
      const text = readSmallSync(at, watch);
      if (typeof text === 'string') matcher.add(dirRel === '.' ? '' : dirRel, text);
      else if (text === null) matcher.unread(dirRel === '.' ? '' : dirRel);
    }
    for (const { name, bytes: nameBytes, dirent: e } of entries) {
      // Nothing named `.git` (git tracks no such path; a file so named points to a git directory), and
      // no `node_modules` folder or link; a regular file named `node_modules` is a file like another.
      if (name === '.git' || (name === 'node_modules' && !e.isFile())) continue;
      const rel = joinRel(dirRel, name);
      // The entry's bytes below the root, when it or a folder above it is not UTF-8.
      const entryBytes =
        bytes || nameBytes
          ? Buffer.concat([bytes ?? Buffer.from(sub, 'utf8'), Buffer.from(sub === '' ? '' : '/'), nameBytes ?? Buffer.from(name, 'utf8')])
          : undefined;
      if (e.isSymbolicLink()) {
        if (!matcher.ignoresEntry(rel, false)) out.symlinks++;
      } else if (e.isDirectory()) {
        if (!matcher.ignoresEntry(rel, true)) stack.push({ sub: sub === '' ? name : `${sub}/${name}`, ...(entryBytes ? { bytes: entryBytes } : {}) });
      } else if (e.isFile()) {
        if (matcher.ignoresEntry(rel, false)) continue;
        const listed = nameOf(rel);
        found.add(listed);
        if (entryBytes) raw.set(listed, Buffer.concat([fromCwd, entryBytes]));
      } else if (!matcher.ignoresEntry(rel, false)) out.notRegular.push(nameOf(rel));
    }
  }
}

/** A folder entry: its name (a name that is not UTF-8 written with `\xNN` escapes, and its bytes). */
interface Entry {
  name: string;
  bytes?: Buffer;
  dirent: Dirent;
}

/**
 * A folder's entries. Names are read as text; only a folder where one did not decode (U+FFFD) is read
 * again by bytes, so that such a name is listed (escaped) and opened by its bytes, as git's are.
 */
function readEntries(dirAbs: string | Buffer): Entry[] {
  if (typeof dirAbs === 'string') {
    const dirents = readdirSync(dirAbs, { withFileTypes: true });
    if (!dirents.some((d) => d.name.includes('\uFFFD'))) return dirents.map((dirent) => ({ name: dirent.name, dirent }));
  }
  const dirents = readdirSync(dirAbs, { withFileTypes: true, encoding: 'buffer' }) as unknown as Dirent[];
  return dirents.map((dirent) => {
    const { text, bytes } = nameOfBytes(dirent.name as unknown as Buffer);
    return bytes ? { name: text, bytes, dirent } : { name: text, dirent };
  });
}

/**
 * A `.gitignore`'s text; undefined when there is none; null when there is one that is not read (larger
 * than MAX_GITIGNORE_BYTES, unreadable, a symlink or a FIFO). Opened without following a symlink and
 * without blocking (a FIFO put in its place after the listing is refused by its status, not waited on).
 */
function readSmallSync(abs: string | Buffer, watch?: WalkWatch): string | undefined | null {
  let fd: number | undefined;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (typeof abs === 'string') watch?.note(abs, st);
    if (!st.isFile() || st.size > MAX_GITIGNORE_BYTES) return null;
    const buf = Buffer.alloc(st.size);
    let len = 0;
    while (len < buf.length) {
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
    }
    return buf.toString('utf8', 0, len);
  } catch (e) {
    // None there, or a symlink (ELOOP under O_NOFOLLOW), which git does not read either.
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' ? undefined : null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------
// helpers

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** A name with no `.`/`..` segment and no `//` is already normal on POSIX (git's names nearly always are). */
const NOT_NORMAL = /(?:^|\/)\.\.?(?:\/|$)|\/\//;

/**
 * Whether a name from git's index leaves the checkout: absolute, or with a `.` or `..` part (and on
 * Windows a drive or a backslash's) other than the `ups` leading `../` of a name given from a
 * subfolder. git writes no such name and checks none out; a crafted index may hold one
 * (`../../home/user/.ssh/id_rsa`), which is not a file of the checkout and is never opened.
 */
function leavesCheckout(name: string, ups = 0): boolean {
  let rest = name;
  for (let k = 0; k < ups && rest.startsWith('../'); k++) rest = rest.slice(3);
  return LEAVES_CHECKOUT.test(rest);
}
const LEAVES_CHECKOUT = path.sep === '/' ? /^\/|(?:^|\/)\.\.?(?:\/|$)/ : /^[\\/]|^[A-Za-z]:|(?:^|[\\/])\.\.?(?:[\\/]|$)/;
/** `LEAVES_CHECKOUT` over NUL-terminated names at once. */
const ANY_LEAVES_CHECKOUT = path.sep === '/' ? /(?:^|\0)\/|(?:^|[\0/])\.\.?[\0/]/ : /(?:^|\0)(?:[\\/]|[A-Za-z]:)|(?:^|[\0\\/])\.\.?[\0\\/]/;

function normalizeRel(p: string): string {
  if (path.sep === '/' && !NOT_NORMAL.test(p)) return p;
  return toPosix(path.normalize(p)).replace(/^\.\//, '');
}

function joinRel(root: string, sub: string): string {
  return root === '.' ? sub : `${root}/${sub}`;
}

function isSorted(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
