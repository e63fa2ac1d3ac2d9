/**
 * The scan cache: what the first pass (parallel.ts) said about each file that held nothing, kept for the
 * next scan of the same tree. A file whose status (device, inode, size, modification and change times)
 * is what it was is not read again: git's index trusts a file's status the same way (`git status`).
 * Records are found by device and inode, so a file added, removed or renamed costs only itself.
 *
 * Only the verdicts that depend on a file's bytes alone are kept: `Clean` (no needle matched) and
 * `Binary`. A file some needle matched is read and checked every time, and so is every file of a scan
 * whose needles differ from the cached one's (another manifest, settings or version: the cache is
 * keyed by them, by the tree and by the paths asked for).
 *
 * A file changed after it was read gets a new change time (ctime), which no one but the kernel sets.
 * What the status cannot show is a change within the same tick of the file system's clock as the status
 * that was read; so a file is kept only when its change and modification times are older than the scan
 * by more than a tick can hide (`RACY_MS`, longer where the file system keeps whole seconds): git's
 * "racily clean" entries, handled the same way. An inode freed and given to a new file cannot match a
 * record either: the new file's ctime is later than the scan that made the record.
 *
 * Where: the private cache directory of compile-cache.ts (owned by the user, writable by no one else),
 * one file per scanned tree, paths and settings, pruned to the newest `KEEP`. `GRAPHGUARD_SCAN_CACHE=0`
 * turns it off. It holds file statuses and one byte per file: no path, no text, no secret. It is not
 * used when the environment holds a declared token's value (those values are needles), for
 * `--changed-only`, or for more than `MAX_FILES` files.
 */
import { statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../hash.js';
import { cacheDir, readPrivateFile, writePrivateFile } from '../compile-cache.js';
import { VERSION } from '../version.js';
import { ScanCode } from './parallel.js';
import { buildTable, FIELDS, MAX_FILES, RACY_MS, RACY_WHOLE_SECONDS_MS, type CacheArrays } from './cache-status.js';

/** Scan caches kept (the newest): trees scanned lately, not one file per temporary directory forever. */
const KEEP = 16;
const MAGIC = 'graphguard scan cache 2\n';
/** A cache of MAX_FILES records is 8.2 MB: anything larger is not one of ours, and is not read. */
const MAX_CACHE_BYTES = 16 * 1024 * 1024;

export interface ScanCache {
  arrays: CacheArrays;
  /** Writes the verdicts of this scan (codes from the first pass) if they differ from the cached ones. Never throws. */
  save(codes: Uint8Array): void;
}

export interface OpenScanCacheOptions {
  /** The cache directory (see `scanCacheSetting`). */
  dir: string;
  /** Names the code that made the verdicts (version and build); a cache made by other code is not used. */
  build: string;
  /** The directory scanned, as the first pass's base. */
  base: string;
  /** The number of files listed (one status is noted per file). */
  count: number;
  /** What was asked to be scanned (the paths): `check` and `check src` keep a cache each. */
  scope?: unknown;
  /** Everything else the verdicts depend on (the needles), as JSON-able data. */
  needles: unknown;
  /** Now, epoch ms (tests). */
  now?: number;
}

/**
 * The CLI's scan cache: `GRAPHGUARD_SCAN_CACHE=0` (or `false`, `off`) turns it off, a path puts it there;
 * otherwise it is compile-cache.ts's directory, for the bundled CLI (run from the sources, where the
 * code changes under the same version, there is none unless a path is given). `build` names the code:
 * its version and the file it runs from (the bundle's size and modification time).
 */
export function scanCacheSetting(env: NodeJS.ProcessEnv = process.env, moduleUrl: string = import.meta.url): { dir: string; build: string } | undefined {
  const setting = env.GRAPHGUARD_SCAN_CACHE;
  try {
    const file = fileURLToPath(moduleUrl);
    if (!setting && file.endsWith('.ts')) return undefined;
    // Unset, it follows GRAPHGUARD_COMPILE_CACHE: the code cache's directory, or none.
    const dir = cacheDir(env, process.platform, setting || env.GRAPHGUARD_COMPILE_CACHE);
    if (dir === undefined) return undefined;
    const st = statSync(file);
    return { dir, build: `${VERSION} ${st.size} ${st.mtimeMs}` };
  } catch {
    return undefined;
  }
}

/** The cache for this scan, read if there is one for the same key. Never throws. */
export function openScanCache(opts: OpenScanCacheOptions): ScanCache | undefined {
  const n = opts.count;
  if (n === 0 || n > MAX_FILES) return undefined;
  let file: string;
  try {
    const key = sha256Hex(JSON.stringify([opts.build, opts.base, opts.scope ?? null, opts.needles]));
    file = path.join(opts.dir, `scan-${key.slice(0, 32)}.bin`);
  } catch {
    return undefined;
  }
  const now = opts.now ?? Date.now();
  const arrays: CacheArrays = {
    nextStats: new Float64Array(new SharedArrayBuffer(8 * FIELDS * n)),
    hits: new Int32Array(new SharedArrayBuffer(4)),
    racyBefore: now - RACY_MS,
    racyBeforeWholeSeconds: now - RACY_WHOLE_SECONDS_MS,
  };
  const prev = readCache(file);
  if (prev) {
    arrays.prevStats = prev.stats;
    arrays.prevCodes = prev.codes;
    arrays.table = buildTable(prev.stats, prev.codes.length);
  }
  return {
    arrays,
    save(codes) {
      try {
        const next = arrays.nextStats;
        const kept: number[] = [];
        for (let i = 0; i < n; i++) {
          const c = codes[i]!;
          if ((c === ScanCode.Clean || c === ScanCode.Binary) && next[i * FIELDS + 4] !== 0) kept.push(i);
        }
        // Nothing to keep (every file new, or holding something): no cache, and none left from before.
        if (kept.length === 0) {
          if (prev) unlinkSync(file);
          return;
        }
        const r = kept.length;
        const body = Buffer.alloc(8 * FIELDS * r + r);
        const stats = new Float64Array(body.buffer, body.byteOffset, FIELDS * r);
        kept.forEach((i, k) => {
          for (let f = 0; f < FIELDS; f++) stats[k * FIELDS + f] = next[i * FIELDS + f]!;
          body[8 * FIELDS * r + k] = codes[i]!;
        });
        // Every file as cached (a scan that read nothing new): nothing to write.
        if (prev?.body.equals(body)) return;
        writePrivateFile(file, Buffer.concat([Buffer.from(`${MAGIC}${r}\n`, 'latin1'), body]), { prefix: 'scan-', suffix: '.bin', keep: KEEP }, false);
      } catch {
        // A full disk or a read-only home: the next scan reads every file, as without a cache.
      }
    },
  };
}

/**
 * The cached records (statuses and verdicts, in shared memory) and the bytes they were read from, or
 * undefined: absent, damaged or not ours.
 */
function readCache(file: string): { stats: Float64Array; codes: Uint8Array; body: Buffer } | undefined {
  const bytes = readPrivateFile(file, MAX_CACHE_BYTES);
  if (!bytes) return undefined;
  try {
    if (!bytes.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC, 'latin1'))) return undefined;
    const eol = bytes.indexOf(10, MAGIC.length);
    const count = eol === -1 ? Number.NaN : Number(bytes.toString('latin1', MAGIC.length, eol));
    if (!Number.isSafeInteger(count) || count < 1 || count > MAX_FILES) return undefined;
    const body = bytes.subarray(eol + 1);
    if (body.length !== 8 * FIELDS * count + count) return undefined;
    const stats = new Float64Array(new SharedArrayBuffer(8 * FIELDS * count));
    Buffer.from(stats.buffer).set(body.subarray(0, 8 * FIELDS * count));
    const codes = new Uint8Array(new SharedArrayBuffer(count));
    codes.set(body.subarray(8 * FIELDS * count));
    // Only the two verdicts that are kept, each with a change time; anything else is damage.
    for (let k = 0; k < count; k++) {
      if ((codes[k] !== ScanCode.Clean && codes[k] !== ScanCode.Binary) || !(stats[k * FIELDS + 4]! > 0)) return undefined;
    }
    return { stats, codes, body };
  } catch {
    return undefined;
  }
}

