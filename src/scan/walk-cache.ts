/**
 * The walk cache: what the last walk of a folder that is not a git checkout listed (walk.ts's
 * `walkTree`), kept for the next scan of the same folder. Reading thousands of directories is most of
 * such a scan once the scan cache answers for the files (a folder of clones: `readdir` of 2,500
 * directories takes ~25 ms of system time here, their `lstat` ~6 ms).
 *
 * A directory's listing changes only with its change time: adding, removing or renaming an entry sets
 * the directory's mtime and ctime, and ctime is set by the kernel alone (a tool that restores an mtime
 * sets the ctime by doing so). The cache keeps each directory the walk read, with its status (device,
 * inode, size, mtime, ctime) taken *before* it was read, and each `.gitignore` it read, with the status
 * of the file it read; and the folders above a scanned subfolder whose `.gitignore` applies to it. The
 * list is taken from the cache only when every one of them still has that status; otherwise the tree
 * is walked again. A status that could hide a change in the same tick of the file system's clock (times
 * not older than the walk by `RACY_MS`, as for the scan cache) keeps the walk from being saved.
 *
 * Unlike the scan cache it holds paths: the files listed, the directories and `.gitignore` files read.
 * It is written in the same private directory (owned by the user, readable by no one else), only after
 * the run, and not at all when the output sink would redact any of those paths (a path that holds a
 * known secret or has a credential's shape): no secret reaches it. `GRAPHGUARD_SCAN_CACHE=0` turns it
 * off with the scan cache.
 */
import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../hash.js';
import { readPrivateFile, writePrivateFile } from '../compile-cache.js';
import { RACY_MS, RACY_WHOLE_SECONDS_MS } from './cache-status.js';

const MAGIC = 'graphguard walk cache 2\n';
/** Walk caches kept (the newest), as for the scan cache. */
const KEEP = 16;
/** Status fields kept per watched path: device, inode, size, mtime, ctime. */
const FIELDS = 5;
/** The most files a walk cache lists (as the scan cache's MAX_FILES): past that, no cache. */
export const MAX_WALK_FILES = 200_000;
/** A cache of MAX_WALK_FILES long paths; anything larger is not one of ours. */
const MAX_WALK_CACHE_BYTES = 64 * 1024 * 1024;
const NO_THROW = { throwIfNoEntry: false } as const;
/**
 * A walk cache found out of date less than this after it was saved is not replaced at once: a tree
 * that keeps changing (an editor that saves by renaming) would pay for a save on every run and gain
 * nothing. The next run after this long saves again.
 */
export const CHURN_MS = 5 * 60_000;

export interface WalkCacheSetting {
  dir: string;
  build: string;
  /** Now, epoch ms (tests). */
  now?: number;
}

/** What a walk listed: its files (sorted, unique), the symbolic links it passed, its FIFOs, sockets and devices (sorted). */
export interface Walked {
  files: string[];
  symlinks: number;
  notRegular: string[];
}

/** The statuses a walk took, to be saved with its list. */
export class WalkWatch {
  readonly paths: string[] = [];
  private stats: number[] = [];

  /** `startedAt`: epoch ms as the walk begins (its statuses are compared with it, not with the save's time). */
  constructor(readonly startedAt: number) {}

  /**
   * Notes `abs` (a directory about to be read, or a folder above the scan) by its lstat; false if it is
   * gone. Another error (EACCES, ENAMETOOLONG) is thrown: the walk counts that directory as unreadable.
   */
  dir(abs: string): boolean {
    let st: Stats | undefined;
    try {
      st = lstatSync(abs, NO_THROW);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOTDIR') throw e;
    }
    if (!st) return false;
    this.note(abs, st);
    return true;
  }

  /** Notes a file by the status of the descriptor it was read from. */
  note(abs: string, st: Stats): void {
    this.paths.push(abs);
    this.stats.push(st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs);
  }

  /**
   * Whether every status is older than the walk by more than a tick of its file system's clock can
   * hide: a status read in the tick of a change could miss a second change in that tick.
   */
  settled(): boolean {
    const now = this.startedAt;
    for (let k = 0; k < this.stats.length; k += FIELDS) {
      const mtime = this.stats[k + 3]!;
      const ctime = this.stats[k + 4]!;
      const wholeSeconds = mtime % 1000 === 0 && ctime % 1000 === 0;
      if (!(Math.max(mtime, ctime) < now - (wholeSeconds ? RACY_WHOLE_SECONDS_MS : RACY_MS)) || ctime === 0) return false;
    }
    return true;
  }

  statuses(): Float64Array {
    return Float64Array.from(this.stats);
  }
}

/** The SHA-256 of a cache's body (after its header line), in hex. */
function digest(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

function cacheFile(setting: WalkCacheSetting, key: unknown): string {
  return path.join(setting.dir, `walk-${sha256Hex(JSON.stringify([setting.build, key])).slice(0, 32)}.bin`);
}

/**
 * The cached walk for `key` (the folder and the paths asked for), if every path it watched has the
 * status it had; `'churn'` if one has not and the cache was saved less than CHURN_MS ago (walk, and
 * save nothing); undefined otherwise (absent, damaged, another build's, or changed since long ago).
 * Never throws.
 */
export function readWalkCache(setting: WalkCacheSetting, key: unknown): Walked | 'churn' | undefined {
  try {
    const file = cacheFile(setting, key);
    const bytes = readPrivateFile(file, MAX_WALK_CACHE_BYTES);
    if (!bytes?.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC, 'latin1'))) return undefined;
    const eol = bytes.indexOf(10, MAGIC.length);
    const words = bytes.toString('latin1', MAGIC.length, eol === -1 ? MAGIC.length : eol).split(' ');
    const head = words.slice(0, 5).map(Number);
    const [watched, listed, symlinks, others, namesBytes] = head;
    if (words.length !== 6 || !head.every((n) => Number.isSafeInteger(n) && n >= 0) || listed! + others! > MAX_WALK_FILES) return undefined;
    const statsAt = eol + 1;
    const namesAt = statsAt + 8 * FIELDS * watched!;
    // Exactly as long as its header says (a file cut short or added to is not ours).
    if (bytes.length !== namesAt + namesBytes!) return undefined;
    // And the bytes it was written with (a path changed in place would list a file that is not there).
    if (words[5] !== digest(bytes.subarray(statsAt))) return undefined;
    // Copied out: the file's bytes need not be aligned for a Float64Array.
    const stats = new Float64Array(FIELDS * watched!);
    Buffer.from(stats.buffer).set(bytes.subarray(statsAt, namesAt));
    const names = bytes.toString('utf8', namesAt).split('\0');
    if (names.length !== watched! + listed! + others!) return undefined;
    for (let k = 0; k < watched!; k++) {
      const st = lstatSync(names[k]!, NO_THROW);
      const at = k * FIELDS;
      if (
        !st ||
        st.dev !== stats[at] ||
        st.ino !== stats[at + 1] ||
        st.size !== stats[at + 2] ||
        st.mtimeMs !== stats[at + 3] ||
        st.ctimeMs !== stats[at + 4]
      ) {
        const saved = lstatSync(file, NO_THROW)?.mtimeMs ?? 0;
        return (setting.now ?? Date.now()) - saved < CHURN_MS ? 'churn' : undefined;
      }
    }
    const files = names.slice(watched, watched! + listed!);
    const notRegular = names.slice(watched! + listed!);
    // The lists as saved: sorted and unique, relative names (a damaged one is not ours).
    for (const list of [files, notRegular]) for (let i = 0; i < list.length; i++) if (list[i] === '' || (i > 0 && !(list[i - 1]! < list[i]!))) return undefined;
    return { files, symlinks: symlinks!, notRegular };
  } catch {
    return undefined;
  }
}

/**
 * Saves `walked` with the statuses `watch` took, if they are settled (see the top of this file) and
 * `mayKeep` allows every path in it. Returns what it did, for `--debug`. Never throws.
 */
export function saveWalkCache(setting: WalkCacheSetting, key: unknown, walked: Walked, watch: WalkWatch, mayKeep: (text: string) => boolean): string {
  try {
    if (walked.files.length + walked.notRegular.length > MAX_WALK_FILES) return 'not kept (too many files)';
    if (!watch.settled()) return 'not kept (a folder changed a moment ago)';
    const names = [...watch.paths, ...walked.files, ...walked.notRegular].join('\0');
    // The names must read back as they were (a name whose UTF-16 does not survive UTF-8 is not kept).
    const encoded = Buffer.from(names, 'utf8');
    if (encoded.toString('utf8') !== names || !mayKeep(names)) return 'not kept';
    const stats = watch.statuses();
    const body = Buffer.concat([Buffer.from(stats.buffer, stats.byteOffset, stats.byteLength), encoded]);
    const head = Buffer.from(`${MAGIC}${watch.paths.length} ${walked.files.length} ${walked.symlinks} ${walked.notRegular.length} ${encoded.length} ${digest(body)}\n`, 'latin1');
    const data = Buffer.concat([head, body]);
    if (data.length > MAX_WALK_CACHE_BYTES) return 'not kept (too large)';
    return writePrivateFile(cacheFile(setting, key), data, { prefix: 'walk-', suffix: '.bin', keep: KEEP }, false) ? 'saved' : 'not kept (cache directory not private)';
  } catch {
    return 'not kept';
  }
}
