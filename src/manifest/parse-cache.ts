/**
 * The manifest parse cache: what the fast parse (load.ts, js-yaml with position-index.ts's listener)
 * made of a manifest's text — its plain value and its nodes' positions — kept for the next check of the
 * same text. Parsing a 2,000-user manifest costs about as much as all the rules together; reading it
 * back from here costs a tenth of that (a JSON value and two arrays of numbers).
 *
 * A cache holds input: the manifest's names, ids, permissions and tasks, as the repository holds them.
 * It never holds a secret: it is written only when the manifest's text holds nothing the output sink
 * would redact (no credential shape, no declared token's value in the environment, no piece of a secret
 * the run found; src/secrets/sink.ts) and the manifest declares no secret value of its own
 * (plaintext-token). Where: the private cache directory of compile-cache.ts (owned by the user, writable by
 * no one else), one file per manifest path and build, pruned to the newest `KEEP`; each file names the
 * build that wrote it and the SHA-256 of the text it was made from, and carries the SHA-256 of its own
 * data: a cache of another text or other code, or damaged, is not used (the text is parsed again).
 * `GRAPHGUARD_MANIFEST_CACHE=0` turns it off.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../hash.js';
import { dataCacheSetting, readPrivateFile, writePrivateFile } from '../compile-cache.js';
import type { KeptResults } from './position-index.js';

/** Where the cache lives and what names the code that writes it (compile-cache.ts's `dataCacheSetting`). */
export interface ManifestCacheSetting {
  dir: string;
  build: string;
}

/** One parse: the value, and the position collector's record (position-index.ts). */
export interface CachedParse {
  value: unknown;
  events: Int32Array;
  kept: KeptResults;
  /**
   * The value met the schema (validate.ts found no problem): the same value, checked by the same build
   * (which the cache names), needs no second check.
   */
  schemaValid?: boolean;
}

const MAGIC = 'graphguard manifest cache 3\n';
/** Manifest files of this many paths and builds are kept (the newest). */
const KEEP = 8;
/** A manifest is at most 8 MiB (load.ts); its cache, with positions, about three times its size. */
const MAX_CACHE_BYTES = 48 * 1024 * 1024;

/**
 * The CLI's manifest cache: `GRAPHGUARD_MANIFEST_CACHE=0` (or `false`, `off`) turns it off, a path puts
 * it there; unset, it follows `GRAPHGUARD_COMPILE_CACHE`.
 */
export function manifestCacheSetting(env: NodeJS.ProcessEnv = process.env, moduleUrl: string = import.meta.url): ManifestCacheSetting | undefined {
  return dataCacheSetting('GRAPHGUARD_MANIFEST_CACHE', env, moduleUrl);
}

function cacheFile(setting: ManifestCacheSetting, absPath: string): string {
  return path.join(setting.dir, `manifest-${sha256Hex(JSON.stringify([setting.build, absPath])).slice(0, 16)}.bin`);
}

interface Header {
  build: string;
  /** SHA-256 of the manifest's text. */
  text: string;
  /** Numbers in the events and ids arrays, bytes of the JSON. */
  events: number;
  ids: number;
  json: number;
  /** SHA-256 of `valid` and everything after the header line (`dataSum`). */
  sum: string;
  /** The value met the schema (`CachedParse.schemaValid`). */
  valid: boolean;
}

/** The cached parse of `text` (the manifest at `absPath`), or undefined: none, another text or build, damaged. Never throws. */
export function readParse(setting: ManifestCacheSetting, absPath: string, textSum: string): CachedParse | undefined {
  const bytes = readPrivateFile(cacheFile(setting, absPath), MAX_CACHE_BYTES);
  if (!bytes) return undefined;
  try {
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const nl = bytes.indexOf(0x0a, MAGIC.length);
    if (nl === -1) return undefined;
    const h = JSON.parse(bytes.toString('utf8', MAGIC.length, nl)) as Header;
    if (h.build !== setting.build || h.text !== textSum) return undefined;
    const at = nl + 1;
    if (![h.events, h.ids, h.json].every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
    if (bytes.length !== at + 4 * h.events + 4 * h.ids + h.json) return undefined;
    if (dataSum(h.valid === true, bytes.subarray(at)) !== h.sum) return undefined;
    // The header line is padded to a multiple of 4 bytes (`writeParse`): the arrays are views of the
    // bytes read (2.5 MB for a 2,000-user manifest that copies took 7 ms to make), else copies.
    const numbers = (from: number, count: number): Int32Array =>
      (bytes.byteOffset + from) % 4 === 0
        ? new Int32Array(bytes.buffer, bytes.byteOffset + from, count)
        : new Int32Array(bytes.buffer.slice(bytes.byteOffset + from, bytes.byteOffset + from + 4 * count));
    const events = numbers(at, h.events);
    const idsAt = at + 4 * h.events;
    const ids = numbers(idsAt, h.ids);
    const [value, names] = JSON.parse(bytes.toString('utf8', idsAt + 4 * h.ids)) as [unknown, (string | null)[]];
    if (!Array.isArray(names) || names.length !== ids.length || value === null || typeof value !== 'object') return undefined;
    return { value, events, kept: { ids, names }, ...(h.valid === true ? { schemaValid: true } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * Writes the parse of `text` (whose SHA-256 is `textSum`), unless its value is not plain JSON (a
 * number JSON cannot write, such as `.inf` or -0). The caller has checked that the text holds no
 * secret. Never throws.
 */
export function writeParse(setting: ManifestCacheSetting, absPath: string, textSum: string, parse: CachedParse): boolean {
  try {
    if (!plainJson(parse.value, 0)) return false;
    const json = Buffer.from(JSON.stringify([parse.value, parse.kept.names]), 'utf8');
    const events = Buffer.from(parse.events.buffer, parse.events.byteOffset, parse.events.byteLength);
    const ids = Buffer.from(parse.kept.ids.buffer, parse.kept.ids.byteOffset, parse.kept.ids.byteLength);
    const sum = dataSum(parse.schemaValid === true, events, ids, json);
    const header: Header = { build: setting.build, text: textSum, events: parse.events.length, ids: parse.kept.ids.length, json: json.length, sum, valid: parse.schemaValid === true };
    // Spaces after the header's JSON, so that the arrays start at a multiple of 4 bytes (`readParse`).
    const line = `${MAGIC}${JSON.stringify(header)}`;
    const data = Buffer.concat([Buffer.from(`${line.padEnd(line.length + ((4 - ((Buffer.byteLength(line) + 1) % 4)) % 4))}\n`, 'utf8'), events, ids, json]);
    return writePrivateFile(cacheFile(setting, absPath), data, { prefix: 'manifest-', suffix: '.bin', keep: KEEP }, false);
  } catch {
    // A full disk or a read-only home: the next check parses again.
    return false;
  }
}

/**
 * The SHA-256 a cache file carries: of whether the value met the schema (which skips a check, so a
 * flag edited in the header must not pass) and of the data after the header line.
 */
function dataSum(valid: boolean, ...data: Uint8Array[]): string {
  const h = createHash('sha256').update(valid ? 'valid\n' : 'unchecked\n');
  for (const d of data) h.update(d);
  return h.digest('hex');
}

/** Whether JSON writes `value` back as it is: null, booleans, strings, finite numbers (not -0), arrays and plain objects. */
function plainJson(value: unknown, depth: number): boolean {
  if (depth > 200) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !plainJson(value[i], depth + 1)) return false;
    return true;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false;
    for (const k in value) if (Object.hasOwn(value, k) && !plainJson((value as Record<string, unknown>)[k], depth + 1)) return false;
    return true;
  }
  return false;
}
