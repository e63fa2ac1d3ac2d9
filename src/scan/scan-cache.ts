/**
 * The scan cache: what the first pass (parallel.ts) said about each file that held nothing, kept for the
 * next scan of the same tree. A file whose status (device, inode, size, modification and change times)
 * is what it was is not read again: git's index trusts a file's status the same way (`git status`).
 *
 * Only the verdicts that depend on a file's bytes alone are kept: `Clean` (no needle matched) and
 * `Binary`. A file some needle matched is read and checked every time, and so is every file of a scan
 * whose needles or listing differ from the cached one's (another manifest, settings, version or file
 * list: the whole cache is keyed by them).
 *
 * A file changed after it was read gets a new change time (ctime), which no one but the kernel sets.
 * What the status cannot show is a change within the same tick of the file system's clock as the status
 * that was read; so a file is kept only when its change and modification times are older than the scan
 * by more than a tick can hide (`RACY_MS`, longer where the file system keeps whole seconds): git's
 * "racily clean" entries, handled the same way.
 *
 * Where: the private cache directory of compile-cache.ts (owned by the user, writable by no one else),
 * one file per scanned tree and settings, pruned to the newest `KEEP`. `GRAPHGUARD_SCAN_CACHE=0` turns
 * it off. It holds file statuses and one byte per file: no path, no text, no secret. It is not used when
 * the environment holds a declared token's value (those values are needles), for `--changed-only`, or
 * for more than `MAX_FILES` files.
 */
import { lstatSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cryptoModule } from '../builtins.js';
import { cacheDir, privateDir } from '../compile-cache.js';
import { writeFileSafe } from '../fs-safe.js';
import { VERSION } from '../version.js';
import { ScanCode } from './parallel.js';
import { FIELDS, MAX_FILES, RACY_MS, RACY_WHOLE_SECONDS_MS, type CacheArrays } from './cache-status.js';

/** Scan caches kept (the newest): trees scanned lately, not one file per temporary directory forever. */
const KEEP = 16;
const MAGIC = 'graphguard scan cache 1\n';

export interface ScanCache {
  arrays: CacheArrays;
  /** Writes the verdicts of this scan (codes from the first pass) if they differ from the cached ones. Never throws. */
  save(codes: Uint8Array): void;
}

export interface OpenScanCacheOptions {
  /** The cache directory (see `scanCacheDir`). */
  dir: string;
  /** Names the code that made the verdicts (version and build); a cache made by other code is not used. */
  build: string;
  /** The directory scanned, as the first pass's base. */
  base: string;
  /** The file list, in scan order. */
  files: readonly (string | Uint8Array)[];
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
  if (setting === '0' || setting === 'false' || setting === 'off') return undefined;
  try {
    const file = fileURLToPath(moduleUrl);
    if (!setting && file.endsWith('.ts')) return undefined;
    const dir = setting ? path.resolve(setting) : cacheDir(env);
    if (dir === undefined) return undefined;
    const st = statSync(file);
    return { dir, build: `${VERSION} ${st.size} ${st.mtimeMs}` };
  } catch {
    return undefined;
  }
}

/** The cache for this scan, read if there is one for the same key and file list. Never throws. */
export function openScanCache(opts: OpenScanCacheOptions): ScanCache | undefined {
  const n = opts.files.length;
  if (n === 0 || n > MAX_FILES) return undefined;
  let file: string;
  let listHash: string;
  try {
    const h = cryptoModule().createHash('sha256');
    // Names end with NUL, which no name holds. The usual list, all strings, is hashed in one piece.
    if (opts.files.every((f) => typeof f === 'string')) h.update(`${opts.files.join('\0')}\0`, 'utf8');
    else for (const f of opts.files) h.update(typeof f === 'string' ? f : Buffer.from(f)).update('\0');
    listHash = h.digest('hex');
    // Named by the list too: `check` and `check src` of one tree keep a cache each.
    const key = sha256(Buffer.from(JSON.stringify([opts.build, opts.base, opts.needles, listHash]), 'utf8'));
    file = path.join(opts.dir, `scan-${key.slice(0, 32)}.bin`);
  } catch {
    return undefined;
  }
  const head = Buffer.from(`${MAGIC}${listHash}\n${n}\n`, 'latin1');
  const now = opts.now ?? Date.now();
  const arrays: CacheArrays = {
    nextStats: new Float64Array(new SharedArrayBuffer(8 * FIELDS * n)),
    racyBefore: now - RACY_MS,
    racyBeforeWholeSeconds: now - RACY_WHOLE_SECONDS_MS,
  };
  const prev = readCache(file, head, n);
  if (prev) {
    arrays.prevStats = prev.stats;
    arrays.prevCodes = prev.codes;
  }
  return {
    arrays,
    save(codes) {
      try {
        const next = arrays.nextStats;
        const kept = (i: number): number => {
          const c = codes[i]!;
          return (c === ScanCode.Clean || c === ScanCode.Binary) && next[i * FIELDS + 4] !== 0 ? c : 0;
        };
        // Every file as cached (a scan that read nothing new): nothing to write.
        if (prev && sameAsCached(prev, next, kept, n)) return;
        // Nothing to keep (every file new, or holding something): no cache, and none left from before.
        let any = false;
        for (let i = 0; i < n && !any; i++) any = kept(i) !== 0;
        if (!any) {
          if (prev) unlinkSync(file);
          return;
        }
        const body = Buffer.alloc(8 * FIELDS * n + n);
        const stats = new Float64Array(body.buffer, body.byteOffset, FIELDS * n);
        const out = body.subarray(8 * FIELDS * n);
        for (let i = 0; i < n; i++) {
          const c = kept(i);
          if (c === 0) continue;
          out[i] = c;
          for (let k = 0; k < FIELDS; k++) stats[i * FIELDS + k] = next[i * FIELDS + k]!;
        }
        if (!privateDir(opts.dir)) return;
        writeFileSafe(file, Buffer.concat([head, body]), { mode: 0o600, durable: false });
        prune(opts.dir, file);
      } catch {
        // A full disk or a read-only home: the next scan reads every file, as without a cache.
      }
    },
  };
}

/** Whether this scan would keep exactly what the cache holds. */
function sameAsCached(prev: { stats: Float64Array; codes: Uint8Array }, next: Float64Array, kept: (i: number) => number, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const c = kept(i);
    if (c !== prev.codes[i]) return false;
    if (c !== 0) for (let k = i * FIELDS; k < (i + 1) * FIELDS; k++) if (next[k] !== prev.stats[k]) return false;
  }
  return true;
}

/** The cached statuses and codes in shared memory, or undefined: absent, for another list, damaged or not ours. */
function readCache(file: string, head: Buffer, n: number): { stats: Float64Array; codes: Uint8Array } | undefined {
  try {
    if (!privateDir(path.dirname(file), false)) return undefined;
    const st = lstatSync(file);
    const size = head.length + 8 * FIELDS * n + n;
    if (!st.isFile() || st.size !== size || (typeof process.getuid === 'function' && st.uid !== process.getuid())) return undefined;
    const bytes = readFileSync(file);
    if (bytes.length !== size || !bytes.subarray(0, head.length).equals(head)) return undefined;
    const stats = new Float64Array(new SharedArrayBuffer(8 * FIELDS * n));
    Buffer.from(stats.buffer).set(bytes.subarray(head.length, head.length + 8 * FIELDS * n));
    const codes = new Uint8Array(new SharedArrayBuffer(n));
    codes.set(bytes.subarray(head.length + 8 * FIELDS * n));
    // Only the two verdicts that are kept; anything else is damage.
    for (let i = 0; i < n; i++) if (codes[i] !== 0 && codes[i] !== ScanCode.Clean && codes[i] !== ScanCode.Binary) return undefined;
    return { stats, codes };
  } catch {
    return undefined;
  }
}

/** Keeps the `KEEP` newest scan caches (never `current`) and drops temporary files an hour old. */
function prune(dir: string, current: string): void {
  const names = readdirSync(dir);
  for (const n of names.filter((n) => n.startsWith('.scan-') && n.endsWith('.tmp'))) {
    const f = path.join(dir, n);
    if (Date.now() - lstatSync(f).mtimeMs > 3600_000) unlinkSync(f);
  }
  const mine = names
    .filter((n) => n.startsWith('scan-') && n.endsWith('.bin'))
    .map((n) => path.join(dir, n))
    .filter((f) => f !== current)
    .map((f) => ({ f, t: lstatSync(f).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of mine.slice(KEEP - 1)) unlinkSync(f);
}

const sha256 = (data: Uint8Array) => cryptoModule().createHash('sha256').update(data).digest('hex');
