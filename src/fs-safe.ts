/**
 * Safe files (SPEC §8). graphguard writes files (`--output`, `baseline`, `init`, the action's SARIF)
 * without ever following a symlink: the text goes to a new temporary file in the target's directory,
 * which is renamed over the path (a symlink there is replaced, its target untouched). A `root` confines
 * the write: the path and its existing parent directories must resolve inside it. Files a user names
 * (`--manifest`, `--baseline`, `diff` arguments) are read only if they are regular files within a size
 * limit, through a non-blocking open, so a FIFO, a device or a directory is one line and exit 2, never a
 * hang. Every failure is a ConfigError with one line.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, fsyncSync, fchmodSync, type Stats } from 'node:fs';
import path from 'node:path';
import { cryptoModule } from './builtins.js';
import { ConfigError } from './types.js';

const ERRNO_TEXT: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent is not a directory',
  ENOENT: 'no such file or directory',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EPIPE: 'its reader closed the pipe',
};

/** `ENOSPC` → `no space left on device (ENOSPC)`; unknown codes as they are. */
export function describeErrno(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (!code) return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'error';
  return ERRNO_TEXT[code] ? `${ERRNO_TEXT[code]} (${code})` : code;
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export interface WriteSafeOptions {
  /** The write must land inside this directory (after resolving the parents' symlinks). */
  root?: string;
  /** How the path is named in error messages (default: the path as given). */
  display?: string;
  /** The new file's mode, whatever the old one had (a token file: 0o600). Default: the old file's mode, else 0666 & ~umask. */
  mode?: number;
  /**
   * Flush the data to the disk before the rename (default true). A cache that checks what it reads
   * (its length and header) can do without: a crash leaves no cache or an unusable one, never a wrong one.
   */
  durable?: boolean;
}

/**
 * Writes `data` to `absPath` without following a symlink at the path (temp file + rename) and, with
 * `root`, refuses a path or an existing parent that resolves outside it (`../x`, a committed symlinked
 * directory). Missing parent directories are created (inside the root).
 */
export function writeFileSafe(absPath: string, data: string | Buffer, opts: WriteSafeOptions = {}): void {
  const shown = opts.display ?? absPath;
  const target = path.resolve(absPath);
  const dir = path.dirname(target);
  if (opts.root !== undefined) {
    const root = realOrSelf(opts.root);
    if (!inside(path.resolve(opts.root), target) && !inside(root, target))
      throw new ConfigError(`refusing to write ${shown}: outside ${opts.root}`);
    // The deepest existing parent must resolve inside the root: a symlinked directory cannot lead out.
    let existing = dir;
    while (!pathExists(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
    if (!inside(root, realOrSelf(existing))) throw new ConfigError(`refusing to write ${shown}: a parent directory leads outside ${opts.root} (symlink)`);
  }
  try {
    makeDirs(dir);
  } catch (e) {
    throw new ConfigError(`cannot write ${shown}: ${describeErrno(e)}`);
  }
  if (opts.root !== undefined && !inside(realOrSelf(opts.root), realOrSelf(dir)))
    throw new ConfigError(`refusing to write ${shown}: a parent directory leads outside ${opts.root} (symlink)`);

  let mode = 0o666;
  try {
    const st = lstatSync(target);
    if (st.isDirectory()) throw new ConfigError(`cannot write ${shown}: is a directory`);
    // A character device (`/dev/null`) is written as it is: renaming a file over it would replace the
    // device, for everyone, when run as root. So is a path the user named outside any root that links
    // to one (`--output /dev/stdout`): replacing that link would break the machine's stdout.
    // A FIFO the user named (`mkfifo p; --output p`) is written as it is too; inside a root (the
    // action's workspace, which a PR fills) neither a FIFO nor a link to a stream is.
    if (st.isCharacterDevice() || (opts.root === undefined && st.isFIFO())) return writeInPlace(target, data, shown, false);
    if (st.isSymbolicLink()) {
      // Any other link is replaced, never written through (a PR's committed link cannot aim a write).
      if (opts.root === undefined && streamAt(target)) return writeInPlace(target, data, shown, true);
    } else if (!st.isFile()) throw new ConfigError(`refusing to write ${shown}: not a regular file`);
    else mode = st.mode & 0o777;
  } catch (e) {
    if (e instanceof ConfigError) throw e;
  }
  const tmp = path.join(dir, `.${path.basename(target).slice(0, 64)}.${process.pid}.${cryptoModule().randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // O_EXCL with O_NOFOLLOW: the temporary name is new, never an existing file or link.
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    if (opts.durable !== false) fsyncSync(fd);
    // The new file gets the old file's mode, or the usual 0666 & ~umask.
    fchmodSync(fd, opts.mode ?? mode & ~process.umask());
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* never created, or already renamed */
    }
    throw new ConfigError(`cannot write ${shown}: ${describeErrno(e)}`);
  }
}

/**
 * `mkdir -p`, one level at a time. Not `mkdirSync(dir, { recursive: true })`: where mkdir answers ENOENT
 * under a parent that exists (a path under /proc), Node's recursive mkdir retries forever (Node 20 and
 * 24). Throws the first error other than EEXIST.
 */
export function makeDirs(dir: string, mode?: number): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !pathExists(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, mode === undefined ? {} : { mode });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

function pathExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

export interface ReadSafeOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes: number;
  /** What the file is, for messages: "manifest", "baseline". */
  what: string;
  /** How the path is named in error messages. */
  display?: string;
  /** The message for a file over the limit (default: "cannot read WHAT: N bytes; the limit is M"). */
  tooBig?: (size: number) => string;
  /**
   * The directory the check runs in: a file of its repository (repositoryRoot) that is a symbolic link out of it
   * is refused (linkOutside). A pull request commits the repository's files, links included (hunt AT-6).
   */
  within?: string;
}

/**
 * Reads a file the user named: only a regular file (symlinks to one are fine) of at most `maxBytes`.
 * A FIFO, socket, device (`/dev/zero`, `/dev/urandom`) or directory is refused before it is read, and the
 * open itself does not block (O_NONBLOCK) should the path change between the check and the open.
 */
export function readUserFile(absPath: string, opts: ReadSafeOptions): Buffer {
  const shown = opts.display ?? absPath;
  const fail = (why: string): never => {
    throw new ConfigError(`cannot read ${opts.what}: ${why}`, shown);
  };
  // The repository the path itself is in (a manifest in a second checkout of the workspace is that checkout's, and
  // may not link into the first: hunt C3), for a path inside the folder the check runs in.
  // Outside git, the folder the check runs in (a tarball's `config/graphguard.yml -> ../shared/…`: hunt FIN-2).
  // A path above that folder but in its repository is the repository's too (`rotate` run from a subfolder finds the
  // manifest above, `check --manifest ../graphguard.yml`: hunt ATK-1); one outside it is a path the user named.
  // A path outside that repository but in another (`../../graphguard.yml` from inside a submodule or a second
  // checkout: the parent's committed link, hunt FIN31-5) is held to its own repository; outside any, read as named.
  const root = opts.within === undefined ? undefined : repositoryRoot(opts.within);
  const held =
    opts.within === undefined || root === undefined
      ? undefined
      : isInside(absPath, opts.within)
        ? (gitRootAboveLinks(path.dirname(absPath), opts.within) ?? root)
        : isInside(absPath, root)
          ? root
          : gitRootAboveLinks(path.dirname(absPath));
  if (held !== undefined && linkOutside(absPath, held) !== undefined)
    throw new ConfigError(`${opts.what} is a symbolic link to a file outside the repository; refusing to read it (name that file itself, or copy it in)`, shown);
  let st: Stats;
  try {
    st = statSync(absPath);
  } catch (e) {
    return fail(describeErrno(e));
  }
  if (!st.isFile()) return fail(`not a regular file (${kind(st)})`);
  if (st.size > opts.maxBytes) {
    if (opts.tooBig) throw new ConfigError(opts.tooBig(st.size), shown);
    return fail(`${st.size} bytes; the limit is ${opts.maxBytes}`);
  }
  let fd: number;
  try {
    fd = openSync(absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return fail(describeErrno(e));
  }
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) return fail(`not a regular file (${kind(fst)})`);
    // Read at most one byte past the limit: a file growing while read is still refused, and bounded.
    const buf = Buffer.alloc(Math.min(opts.maxBytes + 1, Math.max(fst.size + 1, 64 * 1024)));
    let len = 0;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
      total += n;
      if (total > opts.maxBytes) return fail(`more than ${opts.maxBytes} bytes; the limit is ${opts.maxBytes}`);
      if (len === buf.length) {
        chunks.push(Buffer.from(buf.subarray(0, len)));
        len = 0;
      }
    }
    chunks.push(buf.subarray(0, len));
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    return fail(describeErrno(e));
  } finally {
    closeSync(fd);
  }
}

function kind(st: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * The repository a path is in: the nearest directory at or above `dir` that holds `.git` (a directory, or the
 * file of a worktree or submodule), else `dir` itself.
 */
export function repositoryRoot(dir: string): string {
  return gitRoot(dir) ?? path.resolve(dir);
}

/**
 * The repository a path is in, found without following a link on the way: the nearest folder at or above `dir`,
 * above every symbolic link on the way, that holds `.git`; 256 levels at most. With `within`, only folders strictly
 * below it count (a second checkout in the workspace; undefined: none, then `within`'s repository is the one), and
 * links at or above it are the user's own layout, not the repository's (hunt Z-3). A committed `config -> ../other`
 * or `shared -> ../other` must not make another repository's `.git` the path's (hunts LAST-2, Z31-2).
 */
function gitRootAboveLinks(dir: string, within?: string): string | undefined {
  const top = within === undefined ? undefined : path.resolve(within);
  const levels: string[] = [];
  for (let d = path.resolve(dir); levels.length < 256; d = path.dirname(d)) {
    if (top !== undefined && (d === top || !isInside(d, top))) break;
    levels.push(d);
    if (path.dirname(d) === d) break;
  }
  let first = 0;
  levels.forEach((d, i) => {
    try {
      if (lstatSync(d).isSymbolicLink()) first = i + 1;
    } catch {
      first = i + 1;
    }
  });
  for (let i = first; i < levels.length; i++) if (pathExists(path.join(levels[i]!, '.git'))) return levels[i];
  return undefined;
}

/**
 * The one walk up to a repository (gitRoot, the scan's index reader, the manifest's search from a subfolder all
 * take it): the nearest folder at or above `dir` with an entry named `.git` (a directory, or a worktree's or
 * submodule's `gitdir:` file; a link is not followed), and that entry's lstat. `st` is undefined when the entry
 * could not be looked at (EACCES: something may be there, and the walk stops). Undefined when no folder up to the
 * root has one. 256 levels at most.
 */
export function nearestDotGit(dir: string): { top: string; st: Stats | undefined } | undefined {
  let d = path.resolve(dir);
  for (let up = 0; up < 256; up++) {
    try {
      return { top: d, st: lstatSync(path.join(d, '.git')) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return { top: d, st: undefined };
    }
    const parent = path.dirname(d);
    if (parent === d) break;
    d = parent;
  }
  return undefined;
}

/** The nearest directory at or above `dir` that holds `.git`, or undefined (none: `dir` is in no repository). */
export function gitRoot(dir: string): string | undefined {
  return nearestDotGit(dir)?.top;
}

/**
 * Where a path inside `root` leads through symbolic links, when that is outside `root` (its real path); undefined
 * when the path is no link out of it: it resolves inside `root`, does not exist, or was outside `root` to begin
 * with (a path the user named there). A file a repository commits as a link to `/home/runner/.aws/config` must not
 * be read as the repository's own (hunt AT-6).
 */
export function linkOutside(absPath: string, root: string): string | undefined {
  if (!isInside(absPath, root)) return undefined;
  let real: string;
  let realRoot: string;
  // The system's realpath: Node's own takes `link/..` for nothing before it follows `link` (hunt AT2-1: a link to
  // `a/../x`, `a` a link to a folder outside, was taken for a missing file and read outside).
  try {
    real = realpathSync.native(absPath);
    realRoot = realpathSync.native(root);
  } catch {
    return undefined;
  }
  return isInside(real, realRoot) ? undefined : real;
}

/** A path's real path (links resolved: a folder's, a file's), or the path as given when it cannot be resolved (missing: the caller says so). */
export function realPathOf(p: string): string {
  try {
    return realpathSync.native(path.resolve(p));
  } catch {
    return p;
  }
}

/**
 * An absolute path as a path in the folder whose real path is `real`, when it names a file there through another
 * name: the nearest folder above it that is another name of `real` is swapped for `real`, and only it (links below
 * stay as written, for the link check and the name a relative path gets: hunts LAST-1, Z-1, Z-2); else the nearest
 * folder above it whose real path is inside `real` (a link of the user's own to a subfolder: hunt ZZ-1). A relative
 * path, or one in neither case, is returned as given.
 */
export function inRealFolder(p: string, real: string): string {
  if (!path.isAbsolute(p)) return p;
  const folders: { a: string; r: string }[] = [];
  for (let a = path.dirname(p); folders.length < 256; a = path.dirname(a)) {
    let r = '';
    try {
      r = realpathSync.native(a);
    } catch {
      // missing: no other name of anything
    }
    folders.push({ a, r });
    if (path.dirname(a) === a) break;
  }
  const exact = folders.find((f) => f.r === real);
  if (exact) return path.join(real, path.relative(exact.a, p));
  const inside = folders.find((f) => f.r.startsWith(real + path.sep));
  return inside ? path.join(inside.r, path.relative(inside.a, p)) : p;
}

/** Whether path `p` is `root` or below it (as written: no link is followed). */
function isInside(p: string, root: string): boolean {
  const a = path.resolve(p);
  const r = path.resolve(root);
  return a === r || a.startsWith(r.endsWith(path.sep) ? r : r + path.sep);
}

/** Whether a path exists (without following a final symlink). */
export function existsNoFollow(p: string): boolean {
  return pathExists(p);
}

/**
 * Writers for the process's stdout and stderr that end the run cleanly when output cannot be written
 * (SPEC §8): a closed pipe (`graphguard check | head`: EPIPE) or a full disk (ENOSPC) stops further
 * output, prints one line to stderr and makes the exit code 2: a report cut short never passes for a
 * whole one. Never a stack trace.
 */
export function processWriters(proc: Pick<NodeJS.Process, 'stdout' | 'stderr'> & { exitCode?: number | string | null | undefined }): {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Resolves once what was written to stdout is handed over (a pipe's reader has it); rejects when it could not be. */
  flushStdout: () => Promise<void>;
} {
  let stdoutClosed = false;
  let stderrClosed = false;
  let reported = false;
  const fatal = (stream: string, e: unknown): void => {
    proc.exitCode = 2;
    // Once: a write after the pipe closed fails again (ERR_STREAM_DESTROYED), and says nothing new.
    if (reported) return;
    reported = true;
    if (stream === 'stdout' && !stderrClosed) {
      try {
        proc.stderr.write(`graphguard: cannot write to ${stream}: ${describeErrno(e)}\n`);
      } catch {
        stderrClosed = true;
      }
    }
  };
  proc.stdout.on('error', (e) => {
    stdoutClosed = true;
    fatal('stdout', e);
  });
  proc.stderr.on('error', (e) => {
    stderrClosed = true;
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') proc.exitCode = 2;
  });
  return {
    stdout: (s) => {
      if (stdoutClosed) return;
      try {
        proc.stdout.write(s);
      } catch (e) {
        stdoutClosed = true;
        fatal('stdout', e);
      }
    },
    stderr: (s) => {
      if (stderrClosed) return;
      try {
        proc.stderr.write(s);
      } catch {
        stderrClosed = true;
      }
    },
    // An empty write's callback runs after every earlier write is done, with the error if one failed.
    flushStdout: () =>
      new Promise<void>((resolve, reject) => {
        const closed = () => new Error('stdout is closed (its reader closed the pipe)');
        if (stdoutClosed) return reject(closed());
        try {
          proc.stdout.write('', (e) => (e || stdoutClosed ? reject(e ?? closed()) : resolve()));
        } catch (e) {
          stdoutClosed = true;
          fatal('stdout', e);
          reject(e);
        }
      }),
  };
}

/**
 * Writes a file the user named on the command line (`--output`, `baseline`, `init`): never through a
 * symlink; a path inside `cwd` must stay inside it (a symlinked directory in the repository cannot lead
 * out); a path the user points elsewhere explicitly (absolute, `../`) is written where it says.
 */
export function writeUserFile(cwd: string, given: string, data: string): void {
  const abs = path.resolve(cwd, given);
  writeFileSafe(abs, data, { display: given, ...(inside(path.resolve(cwd), abs) ? { root: cwd } : {}) });
}

/** Writes `data` to the device or FIFO at `target` (never created; through a link only with `follow`). */
function writeInPlace(target: string, data: string | Buffer, shown: string, follow: boolean): void {
  let fd: number | undefined;
  try {
    fd = openSync(target, constants.O_WRONLY | (follow ? 0 : (constants.O_NOFOLLOW ?? 0)));
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
  } catch (e) {
    throw new ConfigError(`cannot write ${shown}: ${describeErrno(e)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether `target` resolves (through links) to a character device or a FIFO (`/dev/stdout`: a terminal or a pipe). */
function streamAt(target: string): boolean {
  try {
    const st = statSync(target);
    return st.isCharacterDevice() || st.isFIFO();
  } catch {
    return false;
  }
}

