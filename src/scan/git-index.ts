/**
 * The tracked files of a checkout, read straight from its index file (`.git/index`, formats 2 to 4)
 * instead of from `git rev-parse` and `git ls-files`: two process starts cost a check some 20 ms of its
 * main thread. Only the plain case is read here; anything else is git's to answer (`undefined`):
 *
 * - git's discovery changed by its environment (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, …);
 * - a `.git` that this user does not own (git's safe.directory decides), or a gitdir file that
 *   points somewhere odd;
 * - a config that sets `core.worktree` or `core.bare`, or any `[extensions]` (a SHA-256
 *   repository's entries are longer);
 * - a split index (`link`) or a sparse index (`sdir`), an unknown version, a header or entry that does
 *   not parse, or an index larger than MAX_INDEX_BYTES (a million files: git streams it, we would hold it).
 *
 * Nothing is executed and nothing is written; the index is only read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { nearestDotGit, readUserFile } from '../fs-safe.js';
import path from 'node:path';

/** Past this size (some 300,000 files), git lists instead: its output is a fifth of the index. */
export const MAX_INDEX_BYTES = 32 * 1024 * 1024;

/** git's discovery and settings from the environment (`GIT_CONFIG_*` can set `core.worktree`): git answers. */
const GIT_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM', 'GIT_OBJECT_DIRECTORY', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT'];

/** A checkout found from a folder: its top level, the folder relative to it, and its index file. */
export interface IndexCheckout {
  /** The work tree's top level (real path). */
  top: string;
  /** The folder relative to `top`, `/`-terminated, or '' at the top. */
  prefix: string;
  index: string;
}

/** The size of `findIndex`'s index file, or undefined if it cannot be read (past MAX_INDEX_BYTES, git lists it). */
export function indexSize(checkout: IndexCheckout): number | undefined {
  try {
    return statSync(checkout.index).size;
  } catch {
    return undefined;
  }
}

/** The checkout holding `cwd`, when its index can be read directly; undefined: ask git. */
export function findIndex(cwd: string, env: NodeJS.ProcessEnv = process.env): IndexCheckout | undefined {
  if (GIT_ENV.some((k) => env[k] !== undefined)) return undefined;
  try {
    const real = realpathSync(cwd);
    const found = nearestGit(real);
    if (!found) return undefined;
    // A checkout another user owns is git's to refuse or allow (safe.directory).
    if (typeof process.getuid === 'function' && found.uid !== process.getuid()) return undefined;
    const { top, gitDir } = found;
    if (!gitDir || !plainConfig(gitDir)) return undefined;
    const index = path.join(gitDir, 'index');
    const rel = path.relative(top, real);
    // Inside .git itself, git has no work tree to list.
    if (rel === '.git' || rel.startsWith(`.git${path.sep}`)) return undefined;
    return { top, prefix: rel === '' ? '' : `${rel.split(path.sep).join('/')}/`, index };
  } catch {
    return undefined;
  }
}

/**
 * The nearest `.git` at or above the folder `real` (a real path): the folder that holds it, its owner and the git
 * directory it is (a directory) or names (a worktree's or submodule's `gitdir:` file; undefined for anything else).
 * Undefined when there is none up to the root.
 */
function nearestGit(real: string): { top: string; uid: number; gitDir: string | undefined } | undefined {
  const found = nearestDotGit(real);
  if (!found?.st) return undefined;
  const { top, st } = found;
  return { top, uid: st.uid, gitDir: st.isDirectory() ? path.join(top, '.git') : st.isFile() ? gitDirFromFile(path.join(top, '.git')) : undefined };
}

/**
 * Whether no git repository can hold `cwd`: nothing named `.git` in it or any folder above, and no
 * variable that points git elsewhere. git is then not asked (it would start only to say so: some 10 ms
 * of a check's main thread). A bare repository has no work tree to list either way.
 */
export function outsideAnyRepository(cwd: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (GIT_ENV.some((k) => env[k] !== undefined)) return false;
  try {
    return nearestDotGit(realpathSync(cwd)) === undefined;
  } catch {
    return false;
  }
}

/** `gitdir: <path>` of a worktree's or submodule's `.git` file, resolved; undefined when it is anything else. */
function gitDirFromFile(file: string): string | undefined {
  const text = readGitFile(file);
  if (text === undefined) return undefined;
  const m = /^gitdir: (.+?)\r?\n?$/.exec(text);
  if (!m) return undefined;
  const dir = path.resolve(path.dirname(file), m[1]!);
  return statSync(dir).isDirectory() ? dir : undefined;
}

/** No setting that moves the work tree or changes the index format. */
function plainConfig(gitDir: string): boolean {
  const text = readGitFile(path.join(gitDir, 'config'));
  if (text === undefined) {
    // A worktree's gitdir has no config of its own; the common one is two levels up (checked there).
    const common = commonDir(gitDir);
    if (common === undefined) return false;
    return plainConfig(common);
  }
  if (/^\s*\[\s*extensions\b/im.test(text)) return false;
  if (/^\s*(?:worktree|bare\s*=\s*(?:true|yes|on|1)\b)/im.test(text)) return false;
  return true;
}

/** Git's small text files (`.git` as a file, `config`, `commondir`) are at most this long here; a longer one is git's to read. */
const MAX_GIT_TEXT = 1024 * 1024;

/**
 * A small file of git's, as text: a regular file of at most MAX_GIT_TEXT bytes, opened without blocking
 * (readUserFile); undefined for anything else, a FIFO or `/dev/zero` in a hostile `.git` included (hunt S2).
 */
function readGitFile(file: string): string | undefined {
  try {
    return readUserFile(file, { maxBytes: MAX_GIT_TEXT, what: 'a git file' }).toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * The files of a repository's git directory that git reads for the commands here (`config`, `commondir`,
 * `HEAD`, `index`, `info/exclude`, `packed-refs`, `shallow`, `objects/info/alternates`, in the git directory and
 * the common one). Refs and loose objects are too many to look at: a git command that waits on one of those is
 * stopped by its time bound (walk.ts's gitTimeout, history.ts's historyIdle).
 */
const GIT_READS = ['config', 'commondir', 'HEAD', 'index', path.join('info', 'exclude'), 'packed-refs', 'shallow', path.join('objects', 'info', 'alternates')];
const checkedGitDirs = new Map<string, string | undefined>();

/**
 * Why git would block on the repository holding `cwd`: one of the files it reads first (GIT_READS) is there
 * but a FIFO, a device (`/dev/zero`) or a socket, as in a hostile `.git`: git opens a FIFO and waits
 * for a writer, or reads a device forever (hunt S2). Undefined when none is, or there is no repository.
 * Cached by folder.
 */
export function gitBlocker(cwd: string): string | undefined {
  const key = path.resolve(cwd);
  if (checkedGitDirs.has(key)) return checkedGitDirs.get(key);
  let found: string | undefined;
  try {
    const gitDir = nearestGit(realpathSync(key))?.gitDir;
    const common = gitDir === undefined ? undefined : readGitFile(path.join(gitDir, 'commondir'))?.trim();
    const dirs = gitDir === undefined ? [] : common ? [gitDir, path.resolve(gitDir, common)] : [gitDir];
    for (const d of dirs)
      for (const f of GIT_READS) {
        const t = statSync(path.join(d, f), { throwIfNoEntry: false });
        if (t && (t.isFIFO() || t.isCharacterDevice() || t.isBlockDevice() || t.isSocket())) found ??= `${path.join(d, f)} is not a regular file: git would wait on it or read it without end`;
      }
  } catch {
    // Not readable: git says what it says.
  }
  checkedGitDirs.set(key, found);
  return found;
}

/** A linked worktree's common git directory (its `commondir` file), or undefined. */
function commonDir(gitDir: string): string | undefined {
  try {
    const rel = readGitFile(path.join(gitDir, 'commondir'))?.trim();
    if (rel === undefined) return undefined;
    const dir = path.resolve(gitDir, rel);
    return dir !== gitDir && statSync(path.join(dir, 'config')).isFile() ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The names the index tracks under `dirs` (folders relative to `prefix`; `.` for all of it), as
 * `git ls-files -z --cached -- <dirs>` from the folder would print them: relative to it, NUL-terminated,
 * in index order (an unmerged path once per stage); how many entries the whole index holds, and
 * whether any is unmerged (a name then repeats).
 * Undefined when the index is not one this reader takes.
 */
export function readIndexNames(
  checkout: IndexCheckout,
  dirs: readonly string[],
): { names: Buffer; entries: number; unmerged: boolean; statuses?: IndexStatuses } | undefined {
  const read = readIndexFile(checkout.index);
  if (!read) return undefined;
  const { buf, identity } = read;
  const entries = buf.length >= 12 ? buf.readUInt32BE(8) : 0;
  const whole = checkout.prefix === '' && dirs.every((d) => d === '.');
  const parsed = parseIndex(buf, whole);
  if (!parsed) return undefined;
  const { names: all, unmerged } = parsed;
  // The usual case, the whole checkout from its top: every name, as parsed (and each entry's status).
  if (whole) return { names: all, entries, unmerged, ...(parsed.stats ? { statuses: { ...parsed.stats, index: checkout.index, identity } } : {}) };
  // Filtered as latin1 text (one character per byte, so byte prefixes stay exact): string builtins,
  // not a byte loop per name.
  const latin1 = (t: string) => Buffer.from(t, 'utf8').toString('latin1');
  const prefix = latin1(checkout.prefix);
  const under = dirs.map((d) => (d === '.' ? '' : latin1(`${d.replace(/\/+$/, '')}/`)));
  const kept: string[] = [];
  for (const name of all.toString('latin1').split('\0')) {
    if (name === '' || !name.startsWith(prefix)) continue;
    const rel = name.slice(prefix.length);
    if (under.some((d) => rel.startsWith(d) || (d.length > 0 && rel === d.slice(0, -1)))) kept.push(rel);
  }
  return { names: Buffer.from(kept.length > 0 ? `${kept.join('\0')}\0` : '', 'latin1'), entries, unmerged };
}

// TypedArray's own indexOf: a builtin even where this code runs cold (Buffer's adds argument checks).
const indexOf = Uint8Array.prototype.indexOf;

/**
 * The index file as `indexMayHashFiles` read it, for `readIndexNames` to take while the file is the same
 * one (git replaces the index by renaming a new file over it: another inode, size or time).
 */
let readAhead: { index: string; buf: Buffer; identity: IndexIdentity } | undefined;

/** Forgets the index file `indexMayHashFiles` read, if no listing took it. */
export function forgetIndexRead(): void {
  readAhead = undefined;
}

/** The bytes of an index file and its identity; undefined if it cannot be read or is no index by its size. */
function readIndexFile(index: string): { buf: Buffer; identity: IndexIdentity } | undefined {
  let fd: number | undefined;
  try {
    // Without blocking, and only a regular file: an index that is a FIFO would hold the open (hunt S2).
    fd = openSync(index, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    const size = st.size;
    if (size > MAX_INDEX_BYTES || size < 32) return undefined;
    const identity = { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
    const ahead = readAhead;
    readAhead = undefined;
    if (ahead && ahead.index === index && sameIdentity(ahead.identity, identity)) return { buf: ahead.buf, identity };
    const buf = Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
      const got = readSync(fd, buf, n, size - n, n);
      if (got === 0) return undefined;
      n += got;
    }
    return { buf, identity };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const sameIdentity = (a: IndexIdentity, b: IndexIdentity): boolean => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

/**
 * Whether `git diff-files` may read the bytes of some tracked file of this checkout, and so run a filter
 * driver of the repository's on them (git-safe.ts, `gitFilterOverrides`): true unless the index says it
 * will not. git compares a file with its index entry by its status alone (a file whose status differs
 * is named as changed, unread), except for an entry it cannot trust, one *racily clean*: recorded no
 * earlier than the index file itself was written (read-cache.c, `is_racy_timestamp`), whose file may
 * have changed in the same instant without its status showing it. Those files git reads and hashes.
 * So when every entry's modification time is at least one whole second older than the index file's,
 * git reads no file, and no filter can run; the question of which drivers the config defines (a `git
 * config` process: some 10 ms of the main thread) is not asked. True for any index this reader does
 * not take, and for one it cannot read. The file read is kept for `readIndexNames`.
 */
export function indexMayHashFiles(checkout: IndexCheckout): boolean {
  const read = readIndexFile(checkout.index);
  if (!read) return true;
  readAhead = { index: checkout.index, ...read };
  return anyRacyEntry(read.buf, Math.floor(read.identity.mtimeMs / 1000)) !== false;
}

/**
 * Whether some entry of the index `buf` has a modification time (seconds) of `indexSeconds` or later;
 * undefined if the index does not parse or does not hold every entry itself (a split or sparse index,
 * as `parseIndex` refuses them). Every entry is visited by its recorded name length (no byte loop), and
 * `buf` is left as it was.
 */
function anyRacyEntry(buf: Buffer, indexSeconds: number): boolean | undefined {
  const head = indexHeader(buf);
  if (!head) return undefined;
  const { version, count, end } = head;
  let at = 12;
  for (let i = 0; i < count; i++) {
    if (at + 62 > end) return undefined;
    // mtime's seconds: the entry's third 32-bit field.
    if (u32(buf, at + 8) >= indexSeconds) return true;
    const flags = (buf[at + 60]! << 8) | buf[at + 61]!;
    let nameAt = at + 62;
    if (flags & 0x4000) {
      if (version < 3) return undefined;
      nameAt += 2;
    }
    if (version === 4) {
      const v = varint(buf, nameAt, end);
      if (!v) return undefined;
      const nul = indexOf.call(buf, 0, v.next) as number;
      if (nul === -1 || nul >= end) return undefined;
      at = nul + 1;
    } else {
      const len = flags & 0xfff;
      const nul = len === 0xfff ? (indexOf.call(buf, 0, nameAt) as number) : nameAt + len;
      if (nul === -1 || nul >= end || buf[nul] !== 0) return undefined;
      at += (nameAt - at + (nul - nameAt) + 8) & ~7;
    }
  }
  // Only an index that holds every entry itself: a split index keeps entries in a shared index file this
  // function does not read, and git checks those for raciness against this file's time too.
  return ownsEveryEntry(buf, at, end) ? false : undefined;
}

/** An index file's format (2 to 4), entry count and where its checksum starts; undefined for anything else. */
function indexHeader(buf: Buffer): { version: number; count: number; end: number } | undefined {
  if (buf.length < 12 + 20 || buf.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = buf.readUInt32BE(8);
  const end = buf.length - 20; // the trailing checksum
  // Each entry takes at least 62 bytes of the file: a count past that is no index.
  if (count > end / 62) return undefined;
  return { version, count, end };
}

/**
 * Whether the extensions from `at` (a 4-byte signature and a 4-byte size each) end exactly at `end` and
 * none brings entries the file does not hold: a split index (`link`, entries in a shared index file) or a
 * sparse index (`sdir`, directories git expands).
 */
function ownsEveryEntry(buf: Buffer, at: number, end: number): boolean {
  while (at + 8 <= end) {
    const sig = buf.toString('latin1', at, at + 4);
    if (sig === 'link' || sig === 'sdir') return false;
    at += 8 + buf.readUInt32BE(at + 4);
  }
  return at === end;
}

/**
 * The entry names of an index file, each followed by a NUL (what `git ls-files -z` prints from the top),
 * and whether an entry is unmerged (a stage other than 0); undefined for a format this reader does not
 * take. Formats 2 and 3 are rewritten in place (names move down over the entries' fixed fields), so
 * `buf` is not usable afterwards.
 *
 * Run once per check, cold: the per-entry work is a few loads and two builtin calls (indexOf,
 * copyWithin), not byte loops, which the interpreter runs slowly until they are compiled.
 */
export function parseIndex(buf: Buffer, withStats = false): { names: Buffer; unmerged: boolean; stats?: EntryStats } | undefined {
  const head = indexHeader(buf);
  if (!head) return undefined;
  const { version, count, end } = head;
  // Format 4 names can be longer than what encodes them: they go to a buffer of their own.
  let out = version === 4 ? Buffer.allocUnsafe(Math.max(64, buf.length * 2)) : buf;
  let n = 0;
  let prevStart = 0;
  let prevLen = 0;
  let stages = 0;
  let at = 12;
  // The entries' fixed fields, kept for their statuses: a copy (names move down over them below), and
  // where each entry starts (one store per entry: this loop runs cold, the fields are read when needed).
  const copy = withStats ? Buffer.from(buf) : undefined;
  const stats: EntryStats | undefined = copy && { bytes: copy, at: new Int32Array(count), checksum: copy.subarray(end) };
  for (let i = 0; i < count; i++) {
    // ctime, mtime, dev, ino, mode, uid, gid, size (40 bytes), the object id (20), flags (2).
    if (at + 62 > end) return undefined;
    const flags = (buf[at + 60]! << 8) | buf[at + 61]!;
    stages |= flags & 0x3000;
    let nameAt = at + 62;
    if (flags & 0x4000) {
      if (version < 3) return undefined;
      nameAt += 2;
    }
    if (stats) stats.at[i] = at;
    const start = n;
    if (version === 4) {
      // The name is the previous one less N bytes at its end, then a NUL-terminated suffix.
      const v = varint(buf, nameAt, end);
      if (!v || v.value > prevLen) return undefined;
      const nul = indexOf.call(buf, 0, v.next) as number;
      if (nul === -1 || nul >= end) return undefined;
      const keep = prevLen - v.value;
      const need = start + keep + (nul - v.next) + 1;
      if (need > out.length) {
        const grown = Buffer.allocUnsafe(Math.max(need, out.length * 2));
        grown.set(out.subarray(0, n));
        out = grown;
      }
      out.copyWithin(n, prevStart, prevStart + keep);
      n += keep;
      for (let k = v.next; k < nul; k++) out[n++] = buf[k]!;
      at = nul + 1;
    } else {
      const nul = indexOf.call(buf, 0, nameAt) as number;
      if (nul === -1 || nul >= end) return undefined;
      const len = flags & 0xfff;
      if (len !== 0xfff && len !== nul - nameAt) return undefined;
      buf.copyWithin(n, nameAt, nul);
      n += nul - nameAt;
      // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes.
      at += (nameAt - at + (nul - nameAt) + 8) & ~7;
    }
    if (n === start) return undefined;
    prevStart = start;
    prevLen = n - start;
    out[n++] = 0;
  }
  // A split or sparse index lists other entries: git's to list.
  if (!ownsEveryEntry(buf, at, end)) return undefined;
  return { names: out.subarray(0, n), unmerged: stages !== 0, ...(stats ? { stats } : {}) };
}

/**
 * The status git recorded for each index entry: `bytes` is the index file, `at[i]` where entry i
 * starts. `entryStatus` reads one.
 */
export interface EntryStats {
  bytes: Buffer;
  at: Int32Array;
  /** The index file's last 20 bytes: git's SHA-1 of all the rest (of every entry's name and status). */
  checksum: Buffer;
}

/** An index file as it was read: if it is replaced (git writes a new file and renames it), its inode changes. */
export interface IndexIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** Each entry's status (`EntryStats`) in the order of the names, the index file, and the file as read. */
export interface IndexStatuses extends EntryStats {
  index: string;
  identity: IndexIdentity;
}

/**
 * Entry i's status in the scan cache's terms (src/scan/cache-status.ts), into `out`: device, inode,
 * size, modification and change times (epoch ms, as Node computes them from seconds and nanoseconds);
 * false if the entry is not plain. A plain entry's status says what is in the work tree: a regular
 * file at stage 0, not marked assume-unchanged (nor, in the extended flags, skip-worktree or
 * intent-to-add): git does not look at the others' files, so its word on them says nothing. The
 * index keeps the low 32 bits of the device, inode and size: a larger one matches no status Node
 * reads, so it is never taken for one.
 */
export function entryStatus(stats: EntryStats, i: number, out: Float64Array): boolean {
  const at = stats.at[i]!;
  const b = stats.bytes;
  if (!plainEntry(b, at)) return false;
  out[0] = u32(b, at + 16);
  out[1] = u32(b, at + 20);
  out[2] = u32(b, at + 36);
  out[3] = u32(b, at + 8) * 1000 + u32(b, at + 12) / 1e6;
  out[4] = u32(b, at) * 1000 + u32(b, at + 4) / 1e6;
  return true;
}

/**
 * Each file's size as git's index recorded it (file i is entry `entryOf[i]`, or entry i), -1 for an
 * entry that is not plain (see `entryStatus`) or of 2 GiB or more, in shared memory for the scan's
 * workers: `ByteReader.read`'s hint, which saves each file the read that would say it ended.
 */
export function indexSizes(count: number, stats: EntryStats, entryOf?: Int32Array): Int32Array {
  const sizes = new Int32Array(new SharedArrayBuffer(4 * count));
  const b = stats.bytes;
  for (let i = 0; i < count; i++) {
    const at = stats.at[entryOf ? entryOf[i]! : i]!;
    const size = plainEntry(b, at) ? u32(b, at + 36) : -1;
    sizes[i] = size < 0x80000000 ? size : -1;
  }
  return sizes;
}

/** 0o100644 or 0o100755, and no assume-valid (0x8000), extended (0x4000) or stage (0x3000) flag. */
function plainEntry(b: Uint8Array, at: number): boolean {
  return (u32(b, at + 24) & 0o170000) === 0o100000 && (b[at + 60]! & 0xf0) === 0;
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
}

/** Whether the index file is still the one `identity` describes (not replaced or rewritten since). */
export function sameIndex(statuses: IndexStatuses): boolean {
  try {
    return sameIdentity(statSync(statuses.index), statuses.identity);
  } catch {
    return false;
  }
}

/** git's offset varint (varint.c): 7 bits a byte, each continuation adding one. */
function varint(buf: Buffer, at: number, end: number): { value: number; next: number } | undefined {
  if (at >= end) return undefined;
  let c = buf[at++]!;
  let value = c & 0x7f;
  while (c & 0x80) {
    if (at >= end || value > 0xffffff) return undefined;
    c = buf[at++]!;
    value = ((value + 1) << 7) | (c & 0x7f);
  }
  return { value, next: at };
}
