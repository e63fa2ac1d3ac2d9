/**
 * The scan cache's part in the first pass, on every thread (parallel.ts; the worker bundle holds only
 * src/scan and node: modules): whether a file is unchanged since its verdict was cached, and noting the
 * status of a file as it is read. scan-cache.ts reads and writes the cache and says why this is sound.
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
  /** The cached verdict per file (0: none), and each file's status then (FIELDS numbers per file). */
  prevCodes?: Uint8Array;
  prevStats?: Float64Array;
  /** Each file's status as this scan read it (FIELDS per file; ctime 0: not to be kept). */
  nextStats: Float64Array;
  /** Epoch ms: a file whose times are not older than this (or the whole-seconds bound) is not kept. */
  racyBefore: number;
  racyBeforeWholeSeconds: number;
}

/** Whether a file's status now is the one cached for it (`i` indexes the file list). */
export function unchanged(stats: Float64Array, i: number, st: Stats): boolean {
  const at = i * FIELDS;
  return (
    stats[at + 4] !== 0 &&
    stats[at] === st.dev &&
    stats[at + 1] === st.ino &&
    stats[at + 2] === st.size &&
    stats[at + 3] === st.mtimeMs &&
    stats[at + 4] === st.ctimeMs
  );
}

/**
 * Notes a regular file's status, as read before its bytes, for the cache: kept only if its times are
 * old enough that a change within the same clock tick cannot hide behind them (see the module's note).
 */
export function noteStatus(arrays: CacheArrays, i: number, st: Stats): void {
  const newest = Math.max(st.mtimeMs, st.ctimeMs);
  const wholeSeconds = st.mtimeMs % 1000 === 0 && st.ctimeMs % 1000 === 0;
  if (!(newest < (wholeSeconds ? arrays.racyBeforeWholeSeconds : arrays.racyBefore)) || st.ctimeMs === 0) return;
  const at = i * FIELDS;
  arrays.nextStats[at] = st.dev;
  arrays.nextStats[at + 1] = st.ino;
  arrays.nextStats[at + 2] = st.size;
  arrays.nextStats[at + 3] = st.mtimeMs;
  arrays.nextStats[at + 4] = st.ctimeMs;
}

/** Copies a file's cached status to this scan's (it was found unchanged). */
export function carryStatus(arrays: CacheArrays, i: number): void {
  const at = i * FIELDS;
  for (let k = 0; k < FIELDS; k++) arrays.nextStats[at + k] = arrays.prevStats![at + k]!;
}
