/**
 * The scan cache's part in the first pass, on every thread (parallel.ts; the worker bundle holds only
 * src/scan and node: modules): finding a file's cached verdict by its device and inode, whether its
 * status is unchanged since, and noting the status of a file as it is read. scan-cache.ts reads and
 * writes the cache and says why this is sound.
 */
import type { Stats } from 'node:fs';

/** Numbers kept per file: device, inode, size, mtime and ctime (ms). */
export const FIELDS = 5;
/** A scan of more files than this is not cached (the cache would be tens of MB). */
export const MAX_FILES = 200_000;
/** How much older than the scan a file's times must be for its verdict to be kept (sub-second clocks). */
export const RACY_MS = 1000;
/** The same where the file system keeps whole seconds (FAT's two-second times, ext3, HFS+), plus one. */
export const RACY_WHOLE_SECONDS_MS = 3000;

/** What the threads of the first pass share (all in shared memory, so workers get the same arrays). */
export interface CacheArrays {
  /** The cached records: FIELDS numbers each, and the verdict of each. */
  prevStats?: Float64Array;
  prevCodes?: Uint8Array;
  /** Open addressing by device and inode: slot → record index + 1 (0: empty); a power of two long. */
  table?: Int32Array;
  /** Each listed file's status as this scan read it (FIELDS per file; ctime 0: not to be kept). */
  nextStats: Float64Array;
  /** [files answered from the cache] (shared: every thread adds its own). */
  hits: Int32Array;
  /**
   * Verdicts found before the first pass, per listed file (0: none), for the files git vouches for
   * (`ScanCache.answer` in scan-cache.ts): the threads take them without an lstat.
   */
  known?: Uint8Array;
  /** How many files `known` answers. */
  answered?: number;
  /** Every listed file was looked up by its lstat already (`known` holds the hits): the threads do not again. */
  lookedUp?: boolean;
  /** Epoch ms: a file whose times are not older than this (or the whole-seconds bound) is not kept. */
  racyBefore: number;
  racyBeforeWholeSeconds: number;
}

/** The slot a device and inode start probing at (inodes may pass 2^32: both halves count). */
function slotOf(dev: number, ino: number, mask: number): number {
  const lo = ino % 0x1_0000_0000 | 0;
  const hi = Math.floor(ino / 0x1_0000_0000) | 0;
  return (Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) ^ Math.imul(dev % 0x1_0000_0000 | 0, 0xc2b2ae35)) & mask;
}

/** The probing table of `count` records of `stats`: twice as many slots or more, so probing always ends. */
export function buildTable(stats: Float64Array, count: number): Int32Array {
  let size = 1;
  while (size < 2 * count) size *= 2;
  const table = new Int32Array(new SharedArrayBuffer(4 * size));
  const mask = size - 1;
  for (let r = 0; r < count; r++) {
    const dev = stats[r * FIELDS]!;
    const ino = stats[r * FIELDS + 1]!;
    for (let s = slotOf(dev, ino, mask); ; s = (s + 1) & mask) {
      const at = table[s]!;
      if (at === 0) {
        table[s] = r + 1;
        break;
      }
      // The same inode twice (hard links): the first record serves both.
      if (stats[(at - 1) * FIELDS] === dev && stats[(at - 1) * FIELDS + 1] === ino) break;
    }
  }
  return table;
}

/**
 * The cached verdict of the file whose lstat is `st` if its status is exactly the one cached (same
 * device, inode, size, mtime and ctime), else 0.
 */
export function cachedVerdict(arrays: CacheArrays, st: Stats): number {
  return verdictOf(arrays, st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs);
}

/** `cachedVerdict` of a status given as its numbers (from git's index: see `ScanCache.answer` in scan-cache.ts). */
export function verdictOf(arrays: CacheArrays, dev: number, ino: number, size: number, mtimeMs: number, ctimeMs: number): number {
  const r = recordOf(arrays, dev, ino, size, mtimeMs, ctimeMs);
  return r === -1 ? 0 : arrays.prevCodes![r]!;
}

/** The index of the record with exactly this status (found by device and inode), or -1. */
export function recordOf(arrays: CacheArrays, dev: number, ino: number, size: number, mtimeMs: number, ctimeMs: number): number {
  const table = arrays.table;
  const stats = arrays.prevStats;
  if (!table || !stats) return -1;
  const mask = table.length - 1;
  for (let s = slotOf(dev, ino, mask); ; s = (s + 1) & mask) {
    const r = table[s]!;
    if (r === 0) return -1;
    const at = (r - 1) * FIELDS;
    if (stats[at] !== dev || stats[at + 1] !== ino) continue;
    const same = stats[at + 2] === size && stats[at + 3] === mtimeMs && stats[at + 4] === ctimeMs && stats[at + 4] !== 0;
    return same ? r - 1 : -1;
  }
}

/**
 * Notes a regular file's status (`i` indexes the file list), taken before its bytes are read, for the
 * cache: kept only if its times are old enough that a change within the same clock tick cannot hide
 * behind them (see scan-cache.ts). A status found unchanged is noted the same way.
 */
export function noteStatus(arrays: CacheArrays, i: number, st: Stats): void {
  noteFields(arrays, i, st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs);
}

/** `noteStatus` of a status given as its numbers. */
export function noteFields(arrays: CacheArrays, i: number, dev: number, ino: number, size: number, mtimeMs: number, ctimeMs: number): void {
  const newest = Math.max(mtimeMs, ctimeMs);
  const wholeSeconds = mtimeMs % 1000 === 0 && ctimeMs % 1000 === 0;
  if (!(newest < (wholeSeconds ? arrays.racyBeforeWholeSeconds : arrays.racyBefore)) || ctimeMs === 0) return;
  const at = i * FIELDS;
  arrays.nextStats[at] = dev;
  arrays.nextStats[at + 1] = ino;
  arrays.nextStats[at + 2] = size;
  arrays.nextStats[at + 3] = mtimeMs;
  arrays.nextStats[at + 4] = ctimeMs;
}
