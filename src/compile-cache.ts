/**
 * Loads the CLI's CommonJS bundle (dist/chunks/main.cjs) with V8's code cache, the way
 * v8-compile-cache and Node 22's `module.enableCompileCache()` do (Node 20 has neither for a bundle).
 * Compiling the bundle and the functions a check runs costs some 40 ms at every start; the cache holds
 * their bytecode, written once after a run and read by the next.
 *
 * The cache is code: whoever can write it runs code as the user who runs graphguard. It is therefore
 * kept only in a directory of the user's own (`$XDG_CACHE_HOME/graphguard`, `~/.cache/graphguard`,
 * `~/Library/Caches/graphguard` or `%LOCALAPPDATA%\graphguard`) that is not a symlink, is owned by
 * the running user and is writable by no one else; otherwise there is no cache. `GRAPHGUARD_COMPILE_CACHE=0`
 * turns it off; `GRAPHGUARD_COMPILE_CACHE=<dir>` puts it elsewhere, under the same conditions.
 *
 * A cache file (written to a new file and renamed into place) names the bundle it was made from
 * (version and the bundle's SHA-256, which the build writes into dist/cli.js; size, modification time) and the SHA-256 of its data, and V8 checks its own version, flags and the source's length: a cache for anything else, or
 * damaged, is not used, and is replaced.
 */
import { lstatSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { cryptoModule, osModule, vmModule } from './builtins.js';
import { makeDirs, writeFileSafe } from './fs-safe.js';
import { BUILD_ID, VERSION } from './version.js';

export interface CachedModule<T> {
  exports: T;
  /**
   * Writes the cache if it was missing or stale, or if the run did work of a kind the cache was not
   * made by (`tags`: what the run did, such as the report format it wrote, findings or none); call it
   * after the run: the cache then holds what the run compiled, and what the cache it read held. Never throws.
   */
  save(tags?: readonly string[]): void;
  /** What happened to the cache: 'off', 'hit', 'miss' (none or stale), 'rejected' (V8 refused it). */
  readonly cache: 'off' | 'hit' | 'miss' | 'rejected';
}

/**
 * The directory the cache may live in, or undefined (no cache). `setting` is the variable that moves or
 * turns it off: `GRAPHGUARD_COMPILE_CACHE` for this cache (the scan cache passes its own).
 */
export function cacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  setting: string | undefined = env.GRAPHGUARD_COMPILE_CACHE,
): string | undefined {
  if (setting === '0' || setting === 'false' || setting === 'off') return undefined;
  if (setting) return path.resolve(setting);
  let home: string;
  try {
    home = env.HOME || osModule().homedir();
  } catch {
    return undefined;
  }
  if (platform === 'win32') return env.LOCALAPPDATA && path.win32.isAbsolute(env.LOCALAPPDATA) ? path.win32.join(env.LOCALAPPDATA, 'graphguard') : undefined;
  // A relative HOME would put the cache in whatever directory graphguard runs in (the repository).
  if (!home || !path.isAbsolute(home)) return undefined;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'graphguard');
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'graphguard');
}

/**
 * Where a cache of the CLI's own data may live (the scan cache, the manifest parse cache), and what names
 * the code that makes it: `variable` (`GRAPHGUARD_SCAN_CACHE`, …) set to `0`, `false` or `off` turns it
 * off and a path puts it there; unset, it follows `GRAPHGUARD_COMPILE_CACHE` (the code cache's
 * directory, or none). Run from the sources (where the code changes under the same version) there is
 * none unless a path is given. `build` is the version, the build (`BUILD_ID`: the bundle's SHA-256) and
 * the file the code runs from (its size and modification time): a cache made by other code is not used.
 */
export function dataCacheSetting(variable: string, env: NodeJS.ProcessEnv, moduleUrl: string): { dir: string; build: string } | undefined {
  const setting = env[variable];
  try {
    const file = fileURLToPath(moduleUrl);
    if (!setting && file.endsWith('.ts')) return undefined;
    const dir = cacheDir(env, process.platform, setting || env.GRAPHGUARD_COMPILE_CACHE);
    if (dir === undefined) return undefined;
    const st = statSync(file);
    return { dir, build: `${VERSION} ${BUILD_ID} ${st.size} ${st.mtimeMs}` };
  } catch {
    return undefined;
  }
}

/**
 * Whether `dir` may hold code: a real directory (created, private, if `create` and missing), owned by
 * this user, writable by no one else. Windows: a directory (its ACLs are the profile's).
 */
export function privateDir(dir: string, create = true): boolean {
  try {
    if (create) makeDirs(dir, 0o700);
    const st = lstatSync(dir);
    if (!st.isDirectory()) return false;
    if (typeof process.getuid !== 'function') return true;
    return st.uid === process.getuid() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * Runs the CommonJS file `file` (absolute) as `require` would, with a code cache when one can be had.
 * `version` names the bundle in the cache's key. `kind` (the command and its report format:
 * `check-json`, `init`, …) has a cache of its own: a cache holds the functions its run compiled, and
 * one made by `--help` or `init` held half of what a check runs, which every later check compiled
 * again (11-25 ms each, measured).
 */
export function loadCached<T>(file: string, version: string, env: NodeJS.ProcessEnv = process.env, kind = 'run'): CachedModule<T> {
  // The bundle is ASCII (esbuild's `charset: 'ascii'`): read as such, it is a one-byte string at once,
  // without UTF-8 decoding (4 ms of the 1.6 MB). The build wraps it already (WRAPPED_HEAD), and says
  // so: then no test of its bytes and no wrapped copy (each a pass over the 1.9 MB, and a copy's
  // memory is new pages, some 5 ms each on a 2-core VM).
  const bytes = readFileSync(file);
  const wrapped = bytes.length > WRAPPED_HEAD.length + WRAPPED_TAIL.length && bytes.toString('latin1', 0, WRAPPED_HEAD.length) === WRAPPED_HEAD && bytes.toString('latin1', bytes.length - WRAPPED_TAIL.length) === WRAPPED_TAIL;
  const source = bytes.toString(wrapped || isAscii(bytes) ? 'latin1' : 'utf8');
  const dir = cacheDir(env);
  let key = '';
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  let cachedTags: readonly string[] = [];
  let keyHash = '';
  // `main.cjs.check-json.<hash>.v8cache`: no kind holds a dot, so a kind's prefix is no other's.
  const prefix = `${path.basename(file)}.${/^[a-z][a-z-]{0,31}$/.test(kind) ? kind : 'run'}.`;
  if (dir !== undefined) {
    const st = statSync(file);
    // Node's and V8's options too (a hash: the key is the file's first line, in clear): V8 refuses a
    // cache made under other flags, and two callers with two NODE_OPTIONS wrote each other's over at every
    // run (review C34-4).
    const flags = sha256(Buffer.from(JSON.stringify([process.execArgv, env.NODE_OPTIONS ?? '']))).slice(0, 16);
    key = JSON.stringify([version, process.version, process.arch, st.size, Math.trunc(st.mtimeMs), flags]);
    // Named by the key's hash, so that two installs (a global one and a project's) keep a cache each.
    keyHash = sha256(Buffer.from(key)).slice(0, 16);
    cacheFile = path.join(dir, `${prefix}${keyHash}.v8cache`);
    const read = readCache(cacheFile, key);
    cachedData = read?.data;
    cachedTags = read?.tags ?? [];
  }
  const script = new (vmModule().Script)(wrapped ? source : `${WRAPPER}${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: { exports: unknown }, f: string, d: string) => void;
  const mod = { exports: {} as unknown };
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  const cache = dir === undefined ? 'off' : !cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  let saved = false;
  return {
    exports: mod.exports as T,
    cache,
    save(runTags = []) {
      if (saved || cacheFile === undefined) return;
      // A cache that was used is written again only for a run that did more than the runs behind it
      // (a first report with findings, another format): once per new tag, never at every run (V8's
      // serializer takes 3-9 ms). The data then holds the functions of both.
      // (The tags of a cache V8 refused are not kept: its replacement holds this run's alone. Review C34-3.)
      const known = cache === 'hit' ? cachedTags : [];
      const fresh = [...new Set(runTags.filter((t) => TAG.test(t) && !known.includes(t)))];
      const all = [...known, ...fresh];
      // (A cache with more tags than it may keep is not written again: it would be at every run.)
      if (cache === 'hit' && (fresh.length === 0 || all.length > MAX_TAGS)) return;
      saved = true;
      try {
        const tags = all.slice(0, MAX_TAGS).join(',');
        const data = script.createCachedData();
        const lines = Buffer.from(`${key}\n${tags}\n`, 'utf8');
        const head = Buffer.concat([lines, Buffer.from(`${sha256(data)}\n`, 'latin1')]);
        const pad = Buffer.alloc(dataStart(lines.length) - head.length, 0x20);
        // Unfinished writes of every kind are cleared (one of a kind never written again would stay).
        if (writePrivateFile(cacheFile, Buffer.concat([head, pad, data]), { prefix, suffix: '.v8cache', keep: KEEP, tmpPrefix: `${path.basename(file)}.` }))
          dropStale(path.dirname(cacheFile), path.basename(file), keyHash);
      } catch {
        // A full disk or a read-only home (writeFileSafe's ConfigError): the next run compiles again.
      }
    },
  };
}

/**
 * The V8 data of `cacheFile` and the tags of the runs that made it, if its first line is `key`, its
 * second the tags (`TAG`, comma-separated) and its third the data's SHA-256 (then up to 7 spaces, to
 * align the data: `dataStart`); undefined if absent, stale, damaged or not ours to trust.
 */
function readCache(cacheFile: string, key: string): { data: Buffer; tags: string[] } | undefined {
  // A cache is about a megabyte: anything far larger is not one of ours, and is not read.
  const bytes = readPrivateFile(cacheFile, MAX_CACHE_BYTES);
  if (!bytes) return undefined;
  try {
    const head = Buffer.from(`${key}\n`, 'utf8');
    if (!bytes.subarray(0, head.length).equals(head)) return undefined;
    const tagsEnd = bytes.indexOf(0x0a, head.length);
    // (At most MAX_TAGS tags of 40 characters, and their commas.)
    if (tagsEnd === -1 || tagsEnd - head.length > MAX_TAGS * 41) return undefined;
    const tagLine = bytes.toString('latin1', head.length, tagsEnd);
    const tags = tagLine === '' ? [] : tagLine.split(',');
    if (!tags.every((t) => TAG.test(t))) return undefined;
    const sum = tagsEnd + 1 + HASH_HEX + 1;
    const start = dataStart(tagsEnd + 1);
    if (bytes.length <= start) return undefined;
    for (let i = sum; i < start; i++) if (bytes[i] !== 0x20) return undefined;
    const data = bytes.subarray(start);
    if (bytes.toString('latin1', tagsEnd + 1, sum) !== `${sha256(data)}\n`) return undefined;
    return { data, tags };
  } catch {
    return undefined;
  }
}

/** A run's tag: what it did, in a few lowercase words (`json`, `stylish:findings`). */
const TAG = /^[a-z0-9:-]{1,40}$/;
/** Tags a cache keeps at most (a kind of run is a few: each format, with findings or without). */
const MAX_TAGS = 24;

/**
 * Where V8's data starts in a cache file whose lines before the SHA-256 (the key, the tags) are
 * `before` bytes long: after the SHA-256 line and as many spaces as put it at a multiple of 8. V8
 * copies data that is not 8-byte aligned before it reads it (its AlignedCachedData): a megabyte more
 * of new memory at every start (some 3 ms here).
 */
function dataStart(before: number): number {
  return (before + HASH_HEX + 1 + 7) & ~7;
}

/** What a CommonJS module's code is wrapped in: a function of require, module and the rest. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';
/**
 * How a bundle the build wrapped already starts (scripts/build.mjs writes dist/chunks/main.cjs so): the
 * wrapper, and the build's word that every byte is ASCII. It ends with `WRAPPED_TAIL`.
 */
export const WRAPPED_HEAD = `${WRAPPER} // graphguard bundle: wrapped, ASCII\n`;
export const WRAPPED_TAIL = '\n})\n';

/** Caches kept per bundle name (the newest): installs in use at once, and not a file per upgrade forever. */
const KEEP = 4;

/** Another bundle's cache not written for this long is dropped by the next write (`dropStale`). */
const STALE_MS = 30 * 24 * 3600_000;

/**
 * Removes the caches of other bundles (another version, install or set of options: another key), of
 * every kind and in the naming before kinds, that no run has written for STALE_MS: a kind not run since
 * an upgrade kept its old caches for good (review C34-2). One that another install still reads is made
 * again, once, by its next run.
 */
function dropStale(dir: string, base: string, keyHash: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    // (`main.cjs-<hash>.v8cache`: one cache per bundle, as graphguard named them before kinds.)
    const other = n.startsWith(`${base}.`) && n.endsWith('.v8cache') && !n.endsWith(`.${keyHash}.v8cache`);
    const legacy = n.startsWith(`${base}-`) && /^[0-9a-f]{16}\.v8cache$/.test(n.slice(base.length + 1));
    if (!other && !legacy) continue;
    const f = path.join(dir, n);
    try {
      if (Date.now() - lstatSync(f).mtimeMs > STALE_MS) unlinkSync(f);
    } catch {
      // Another run removed it first: nothing to do.
    }
  }
}

/**
 * The bytes of `file`, a cache file, if its directory is private (`privateDir`) and it is a regular file
 * of this user's of at most `maxBytes`; undefined otherwise (absent, too large, not ours to trust). Never
 * throws. The code cache, the scan cache (src/scan/scan-cache.ts) and the manifest cache
 * (src/manifest/parse-cache.ts) read through it.
 */
export function readPrivateFile(file: string, maxBytes: number): Buffer | undefined {
  try {
    if (!privateDir(path.dirname(file), false)) return undefined;
    const st = lstatSync(file);
    if (!st.isFile() || st.size > maxBytes || (typeof process.getuid === 'function' && st.uid !== process.getuid())) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file: only into a private directory (made if missing; otherwise nothing is written),
 * as a new file renamed into place (src/fs-safe.ts: a reader never sees half a cache), readable by this
 * user alone; then keeps the `keep` newest `<prefix>…<suffix>` files of the directory. `durable: false`
 * skips the flush to disk (a cache that checks what it reads). Returns whether it wrote (false: the
 * directory is not private). Throws writeFileSafe's ConfigError.
 */
export function writePrivateFile(file: string, data: Buffer, prune: { prefix: string; suffix: string; keep: number; tmpPrefix?: string }, durable = true): boolean {
  const dir = path.dirname(file);
  if (!privateDir(dir)) return false;
  writeFileSafe(file, data, { mode: 0o600, durable });
  pruneCache(dir, prune.prefix, prune.suffix, prune.keep, file, prune.tmpPrefix ?? prune.prefix);
  return true;
}

/**
 * Removes all but the `keep` newest files named `<prefix>…<suffix>` in `dir` (never `current`), and the
 * temporary files of writes that never finished (writeFileSafe's `.<tmpPrefix>….tmp`: a run killed
 * mid-write) once they are an hour old.
 */
function pruneCache(dir: string, prefix: string, suffix: string, keep: number, current: string, tmpPrefix: string): void {
  const names = readdirSync(dir);
  for (const n of names.filter((n) => n.startsWith(`.${tmpPrefix}`) && n.endsWith('.tmp'))) {
    const f = path.join(dir, n);
    if (Date.now() - lstatSync(f).mtimeMs > 3600_000) unlinkSync(f);
  }
  const mine = names
    .filter((n) => n.startsWith(prefix) && n.endsWith(suffix))
    .map((n) => path.join(dir, n))
    .filter((f) => f !== current)
    .map((f) => ({ f, t: lstatSync(f).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of mine.slice(keep - 1)) unlinkSync(f);
}

const HASH_HEX = 64;
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
const sha256 = (data: Uint8Array) => cryptoModule().createHash('sha256').update(data).digest('hex');
