/**
 * The scan's prefilter: cheap tests on a file's raw bytes, before it is decoded, that say whether a code
 * rule (or a detector, or the suppression parser) can find anything in it at all. A file no test
 * accepts is counted as scanned but neither decoded nor given to any rule.
 *
 * Needles are plain data (structured-cloneable, so a worker thread can apply them too) and live next to
 * the code that needs them: each detector in detectors.ts declares its own, each code rule returns its
 * set from `needles()`, and a rule without `needles()` sees every file. A needle must be a *necessary*
 * condition of a finding: when the decoded text can yield a finding, the bytes must pass.
 *
 * Why byte tests are sound for ASCII needles: UTF-8 decoding (invalid bytes → U+FFFD, leading BOM
 * dropped) maps every ASCII byte to the same character and never produces an ASCII character from a
 * non-ASCII byte, and two adjacent ASCII characters of the text come from two adjacent bytes. So an
 * ASCII string occurs in the text exactly when its bytes occur in the file, and "the character before
 * is (not) a hex digit" reads the same on bytes as on characters.
 */

import { BITMAP_BYTES, hash3, simdData, simdHexBlocks, simdScanner, SURPRISE, teddyTables, type SimdScanner } from './simd.js';

export type Needle =
  /**
   * The UTF-8 bytes of `text`; with `before`/`after`, only an occurrence whose preceding/following byte
   * is one of those (ASCII) characters counts; with `alnumAfter`, only one followed by at least that
   * many ASCII letters and digits (a token's body: `EACCES` is no `EA…` token); with `version`, only
   * one followed by a Graph API version's number: 1 to 3 ASCII digits, a dot and a digit (`/v1/` is no
   * `/v12.0`); with `wordStart`, only one that starts a word as the token detectors see one (not right
   * after an ASCII letter, digit, `+` or `/`, unless that ends a `%XX` or `\n`, `\r`, `\t` escape).
   */
  | { text: string; before?: string; after?: string; alnumAfter?: number; version?: true; wordStart?: true }
  /** A run of at least `digitsBefore` ASCII digits immediately followed by one of `separators` (ASCII). */
  | { digitsBefore: number; separators: string[] }
  /**
   * A maximal run of exactly `hexRun` ASCII hex digits (`[0-9A-Fa-f]`), not longer; with `near`, only
   * one that one of `near.texts` (ASCII) ends before, with at most `near.within` bytes between them not
   * counting ASCII whitespace and bytes past ASCII (a regular expression's `\s` runs, however long).
   */
  | { hexRun: number; near?: { texts: string[]; within: number } }
  /**
   * The ASCII text `caseless` in any mix of cases (as a regular expression's `i` flag without `u` finds
   * it: no character past ASCII folds to an ASCII letter); with `bounded`, only an occurrence with no
   * ASCII letter right before or after it (the `fb` of `FB_BASE`, not of `sfbx`).
   */
  | { caseless: string; bounded?: true }
  /** Every one of these. */
  | { all: Needle[] }
  /** Any one of these. */
  | { any: Needle[] };

/** Matches every file: what a rule without needles (or a needle that cannot be tested on bytes) gets. */
export const ALWAYS: ByteTest = () => true;
/** Matches no file (an empty list of needles). */
export const NEVER: ByteTest = () => false;

/**
 * A compiled needle list: true when the bytes may hold a finding. A test compiled with `simd` runs
 * fastest on bytes read into the view `simdData(size)` returns (the SIMD pass's memory; see simd.ts):
 * other bytes are copied there first.
 */
export type ByteTest = (bytes: Buffer) => boolean;

export interface CompileOptions {
  /**
   * Run the one-pass search of many needles in WebAssembly SIMD where it can run (simd.ts). The tests
   * of a thread share one memory, as large as the largest file they saw (at most the 8 MiB a file is
   * read whole up to).
   */
  simd?: boolean;
}

/** Compiles a list of needles (any of them) into one test; `undefined` (no needles declared) always passes. */
export function compileNeedles(needles: readonly Needle[] | undefined, opts: CompileOptions = {}): ByteTest {
  if (needles === undefined) return ALWAYS;
  return compile({ any: [...needles] }, opts.simd === true);
}

/**
 * Tests already compiled, by needle (and whether the SIMD pass may run): a needle is data that never
 * changes, and a check compiles the same ones several times (each part of an `any` to know whether it
 * always or never matches, the first pass's union, the rules' lists): the rules' lists took an empty
 * check 1.4-2.7 ms to compile after the union, 0.5-0.8 ms with the union's parts at hand.
 */
const compiled = [new WeakMap<Needle, ByteTest>(), new WeakMap<Needle, ByteTest>()] as const;

function compile(n: Needle, simd = false): ByteTest {
  const memo = compiled[simd ? 1 : 0];
  let test = memo.get(n);
  if (test === undefined) memo.set(n, (test = compileNew(n, simd)));
  return test;
}

function compileNew(n: Needle, simd: boolean): ByteTest {
  if ('any' in n) {
    const tests = n.any.map((m) => compile(m));
    if (tests.includes(ALWAYS)) return ALWAYS;
    const live = n.any.filter((_, i) => tests[i] !== NEVER);
    if (live.length === 0) return NEVER;
    if (live.length === 1) return compile(live[0]!);
    return fusedHexRuns(live) ?? anyTest(live, simd);
  }
  if ('all' in n) {
    const tests = n.all.map((m) => compile(m));
    if (tests.includes(NEVER)) return NEVER;
    const live = tests.filter((t) => t !== ALWAYS);
    if (live.length === 0) return ALWAYS;
    if (live.length === 1) return live[0]!;
    return (b) => live.every((t) => t(b));
  }
  if ('text' in n) return textTest(n.text, n.before, n.after, n.alnumAfter, n.version === true, n.wordStart === true);
  if ('digitsBefore' in n) return digitsBeforeTest(n.digitsBefore, n.separators);
  if ('hexRun' in n) return n.near ? hexRunNearTest(n.hexRun, n.near.texts, n.near.within) : hexRunTest(n.hexRun);
  if ('caseless' in n) return caselessTest(n.caseless, n.bounded === true);
  return ALWAYS;
}

const LETTER = new Uint8Array(256);
for (let c = 0x41; c <= 0x5a; c++) LETTER[c] = LETTER[c + 0x20] = 1;

function caselessTest(text: string, bounded: boolean): ByteTest {
  if (text.length === 0 || !isAscii(text)) return ALWAYS;
  const lower = Buffer.from(text.toLowerCase(), 'latin1');
  const upper = Buffer.from(text.toUpperCase(), 'latin1');
  // Each case of the first byte is found natively; the rest is compared byte by byte.
  const firsts = lower[0] === upper[0] ? [lower[0]!] : [lower[0]!, upper[0]!];
  return (b) => {
    for (const first of firsts)
      for (let p = b.indexOf(first); p !== -1; p = b.indexOf(first, p + 1)) if (caselessAt(b, p, lower, upper, bounded)) return true;
    return false;
  };
}

function caselessAt(b: Uint8Array, at: number, lower: Uint8Array, upper: Uint8Array, bounded: boolean): boolean {
  const end = at + lower.length;
  if (end > b.length) return false;
  for (let k = 1; k < lower.length; k++) {
    const c = b[at + k];
    if (c !== lower[k] && c !== upper[k]) return false;
  }
  return !bounded || ((at === 0 || LETTER[b[at - 1]!] !== 1) && (end === b.length || LETTER[b[end]!] !== 1));
}

/** Whether `s` is ASCII only. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function codeSet(chars: string | undefined): Uint8Array | undefined {
  if (chars === undefined) return undefined;
  const set = new Uint8Array(256);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    // A non-ASCII neighbour cannot be told from bytes: accept any byte.
    if (c > 0x7f) return undefined;
    set[c] = 1;
  }
  return set;
}

function textTest(text: string, before: string | undefined, after: string | undefined, alnumAfter = 0, version = false, word = false): ByteTest {
  if (text.length === 0) return ALWAYS;
  // U+FFFD may come from any invalid byte, and a lone surrogate has no UTF-8 form: not testable on bytes.
  if (/[\uFFFD\uD800-\uDFFF]/.test(text)) return ALWAYS;
  const needle = Buffer.from(text, 'utf8');
  const ascii = isAscii(text);
  const pre = ascii ? codeSet(before) : undefined;
  const post = ascii ? codeSet(after) : undefined;
  if (!pre && !post && alnumAfter <= 0 && !version && !word) return (b) => b.indexOf(needle) !== -1;
  const at: Around = {
    len: needle.length,
    ...(pre ? { pre } : {}),
    ...(post ? { post } : {}),
    ...(alnumAfter > 0 ? { run: alnumAfter } : {}),
    ...(version ? { version: true as const } : {}),
    ...(word ? { word: true as const } : {}),
  };
  return (b) => {
    for (let p = b.indexOf(needle); p !== -1; p = b.indexOf(needle, p + 1)) if (holdsAround(b, p, at)) return true;
    return false;
  };
}

const ALNUM = new Uint8Array(256);
for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') ALNUM[c.charCodeAt(0)] = 1;

/** What a text needle asks of the bytes around an occurrence of its `len` bytes (a Pattern has these too). */
interface Around {
  /** The needle's length in bytes. */
  len: number;
  /** The `before`/`after` sets still to check (a pattern may have one expanded into its bytes). */
  pre?: Uint8Array;
  post?: Uint8Array;
  /** `alnumAfter`: at least this many ASCII letters and digits follow. */
  run?: number;
  /** `version`: a Graph API version's number follows. */
  version?: true;
  /** `wordStart`: the occurrence starts a word (wordStartAt). */
  word?: true;
}

/** Whether the occurrence at `start` has its `before`, `after`, `alnumAfter` and `version`. */
function holdsAround(b: Uint8Array, start: number, c: Around): boolean {
  if (c.pre && (start === 0 || c.pre[b[start - 1]!] !== 1)) return false;
  if (c.post && (start + c.len >= b.length || c.post[b[start + c.len]!] !== 1)) return false;
  if (c.run !== undefined && !alnumRun(b, start + c.len, c.run)) return false;
  if (c.word && !wordStartAt(b, start)) return false;
  return !c.version || versionAt(b, start + c.len);
}

/**
 * What the token detectors take for the start of a word (boundaryBefore in src/secrets/detect.ts), on
 * bytes: nothing before, or a byte that is no ASCII letter, digit, `+` or `/` (a byte past ASCII is
 * part of a character that is none of those either), or the end of an escape: `%XX` (and `%25XX`, encoded
 * twice), quoted-printable `=XX` (upper-case hex), `\n`, `\r`, `\t`, `\xXX` or `\uXXXX`.
 */
function wordStartAt(b: Uint8Array, at: number): boolean {
  if (at === 0) return true;
  const c = b[at - 1]!;
  if (c === 0x2b || c === 0x2f) return false;
  if (ALNUM[c] !== 1) return true;
  if (at >= 3 && b[at - 3] === 0x25 && HEX[b[at - 2]!] === 1 && HEX[c] === 1) return true;
  if (at >= 5 && b[at - 5] === 0x25 && b[at - 4] === 0x32 && b[at - 3] === 0x35 && HEX[b[at - 2]!] === 1 && HEX[c] === 1) return true;
  if (at >= 3 && b[at - 3] === 0x3d && UPPER_HEX[b[at - 2]!] === 1 && UPPER_HEX[c] === 1) return true;
  if (at >= 2 && b[at - 2] === 0x5c && (c === 0x6e || c === 0x72 || c === 0x74)) return true;
  if (at >= 4 && b[at - 4] === 0x5c && b[at - 3] === 0x78 && HEX[b[at - 2]!] === 1 && HEX[c] === 1) return true;
  return at >= 6 && b[at - 6] === 0x5c && b[at - 5] === 0x75 && HEX[b[at - 4]!] === 1 && HEX[b[at - 3]!] === 1 && HEX[b[at - 2]!] === 1 && HEX[c] === 1;
}

/** A Graph API version's number at `at`: 1 to 3 ASCII digits, a dot and a digit. */
function versionAt(b: Uint8Array, at: number): boolean {
  let k = at;
  while (k < b.length && k - at < 3 && b[k]! >= 0x30 && b[k]! <= 0x39) k++;
  return k > at && k + 1 < b.length && b[k] === 0x2e && b[k + 1]! >= 0x30 && b[k + 1]! <= 0x39;
}

/** At least `min` ASCII letters and digits from `at` on. */
function alnumRun(b: Uint8Array, at: number, min: number): boolean {
  if (at + min > b.length) return false;
  for (let k = at; k < at + min; k++) if (ALNUM[b[k]!] !== 1) return false;
  return true;
}

const DIGIT = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c++) DIGIT[c] = 1;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
const UPPER_HEX = new Uint8Array(256);
for (const c of '0123456789ABCDEF') UPPER_HEX[c.charCodeAt(0)] = 1;

/**
 * Runs of digits followed by a separator. Probing every `min`-th byte finds every run of `min` or more
 * (each contains a probe); a probe on a digit is widened forwards to the run's end, and backwards only
 * when a separator follows, so most bytes are never looked at.
 */
function digitsBeforeTest(min: number, separators: string[]): ByteTest {
  if (min < 1 || !separators.every((s) => s.length > 0 && isAscii(s))) return ALWAYS;
  const seps = separators.map((s) => Buffer.from(s, 'latin1'));
  const first = new Uint8Array(256);
  for (const s of seps) first[s[0]!] = 1;
  const firsts = [...new Set(seps.map((s) => s[0]!))];
  return (b) => {
    // The separators are rarer than digits: no separator, no match, found natively.
    let any = false;
    for (const c of firsts) if (b.indexOf(c) !== -1) any = true;
    return any && digitRunBefore(b, min, first, seps);
  };
}

// The loops are plain functions of their arguments (not closures): V8 optimises them better.
function digitRunBefore(b: Buffer, min: number, first: Uint8Array, seps: Buffer[]): boolean {
  const n = b.length;
  for (let i = min - 1; i < n; i += min) {
    if (DIGIT[b[i]!] !== 1) continue;
    let e = i + 1;
    while (e < n && DIGIT[b[e]!] === 1) e++;
    if (e < n && first[b[e]!] === 1 && startsWithAny(b, e, seps)) {
      let s = i;
      while (s > 0 && e - s < min && DIGIT[b[s - 1]!] === 1) s--;
      if (e - s >= min) return true;
    }
    // Skip the probes inside this run: the next one is the first at or after e.
    while (i + min < e) i += min;
  }
  return false;
}

/**
 * Maximal runs of exactly `length` hex digits, probed every `length` bytes like `digitsBeforeTest` (a run
 * of `length` contains exactly one probe): widened forwards, then backwards no further than needed.
 */
function hexRunTest(length: number): ByteTest {
  if (length < 1) return ALWAYS;
  return (b) => hexRun(b, length);
}

function hexRun(b: Buffer, length: number, near?: (start: number) => boolean): boolean {
  const n = b.length;
  // In the SIMD pass's memory (where the first pass reads every file): a run of 31 or more holds an
  // aligned block of 16 hex digits, which the module finds sixteen bytes a step; the run is measured
  // around it here.
  const blocks = length >= 31 ? simdHexBlocks(b) : undefined;
  if (blocks) {
    for (let q = blocks(0); q !== -1; ) {
      let s = q;
      while (s > 0 && HEX[b[s - 1]!] === 1) s--;
      let e = q + 16;
      while (e < n && HEX[b[e]!] === 1) e++;
      if (e - s === length && (!near || near(s))) return true;
      // The byte at e is no hex digit: no later run holds it.
      q = e < n ? blocks(e + 1) : -1;
    }
    return false;
  }
  for (let i = length - 1; i < n; i += length) {
    if (HEX[b[i]!] !== 1) continue;
    let e = i + 1;
    while (e < n && e - i <= length && HEX[b[e]!] === 1) e++;
    if (e - i <= length) {
      let s = i;
      while (s > 0 && e - s <= length && HEX[b[s - 1]!] === 1) s--;
      if (e - s === length && (!near || near(s))) return true;
    } else {
      // A run longer than `length`: skip to its end.
      while (e < n && HEX[b[e]!] === 1) e++;
    }
    while (i + length < e) i += length;
  }
  return false;
}

function hexRunNearTest(length: number, texts: readonly string[], within: number): ByteTest {
  if (length < 1) return ALWAYS;
  if (!texts.every((t) => t.length > 0 && isAscii(t))) return hexRunTest(length);
  const ends = texts.map((t) => Buffer.from(t, 'latin1'));
  return (b) => hexRun(b, length, (start) => endsBefore(b, start, ends, within));
}

/**
 * `any` of runs of one length near different texts (the app secret's, near `secret` or a Terraform
 * `default`): one search for the runs, each run held against every `near`, instead of a search of the
 * whole file per needle. Undefined unless every part is such a run.
 */
function fusedHexRuns(parts: readonly Needle[]): ByteTest | undefined {
  const first = parts[0]!;
  if (!('hexRun' in first) || first.hexRun < 1) return undefined;
  const length = first.hexRun;
  const nears: { ends: Buffer[]; within: number }[] = [];
  for (const p of parts) {
    if (!('hexRun' in p) || p.hexRun !== length) return undefined;
    // A part without `near` (or one hexRunNearTest cannot bound) takes any run: so does their `any`.
    const near = p.near;
    if (!near?.texts.every((t) => t.length > 0 && isAscii(t))) return hexRunTest(length);
    nears.push({ ends: near.texts.map((t) => Buffer.from(t, 'latin1')), within: near.within });
  }
  return (b) => hexRun(b, length, (start) => nears.some((n) => endsBefore(b, start, n.ends, n.within)));
}

/**
 * One of `texts` ends before `start`, with at most `within` counted bytes between (ASCII whitespace and
 * bytes past ASCII are not counted).
 */
function endsBefore(b: Uint8Array, start: number, texts: readonly Uint8Array[], within: number): boolean {
  let counted = 0;
  for (let k = start; k > 0 && counted <= within; k--) {
    for (const t of texts) if (k >= t.length && startsWith(b, k - t.length, t)) return true;
    const c = b[k - 1]!;
    if (c < 0x80 && SPACE[c] !== 1) counted++;
  }
  return false;
}

const SPACE = new Uint8Array(128);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) SPACE[c] = 1;

/** At least `min` digits end just before `e`, and one of `seps` starts at `e`. */
function digitsEndBefore(b: Uint8Array, e: number, min: number, seps: readonly Uint8Array[]): boolean {
  if (e < min) return false;
  for (let k = e - min; k < e; k++) if (DIGIT[b[k]!] !== 1) return false;
  for (const sep of seps) if (startsWith(b, e, sep)) return true;
  return false;
}

// No closure here: a closure over the loop's variables would cost a context allocation per probe.
function startsWithAny(b: Buffer, at: number, seps: Buffer[]): boolean {
  for (const sep of seps) if (startsWith(b, at, sep)) return true;
  return false;
}

function startsWith(b: Uint8Array, at: number, s: Uint8Array): boolean {
  if (at + s.length > b.length) return false;
  for (let k = 0; k < s.length; k++) if (b[at + k] !== s[k]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Many needles in one pass

/** A literal of three or more bytes, found at `lead` bytes before the needle's own start. */
interface Literal extends Around {
  bytes: Uint8Array;
  /** The needle's own start is `lead` bytes after the pattern's (a `before` character expanded in). */
  lead: number;
  /**
   * A `digitsBefore` needle found where it occurs (not merely triggered): a run of at least `digits`
   * digits ends just before the pattern's third byte, where one of `seps` starts. Undefined for the
   * other patterns.
   */
  digits?: number;
  seps?: Uint8Array[];
  /**
   * Where in `bytes` the pass looks for it: the offset of its rarest window of three bytes (set by
   * `planOf`; see `rarestWindow`). A candidate at position c is this pattern at c − skip.
   */
  skip?: number;
}

/** A literal in one pass (`shaped`): with its window, its list, and what finding it means. */
interface Pattern extends Literal {
  skip: number;
  /** A final pattern's list (see `onePass`); -1 for a trigger. */
  list: number;
  /** -1: a needle found by this pattern alone; else the structural needle (`checks` index) it triggers. */
  group: number;
}

/**
 * The three-byte (or longer) literals that stand for a needle in a one-pass search: its own bytes when
 * three or longer, else its bytes with each `after` (or `before`) character added. Undefined when the
 * needle has no such form (a one-byte needle, a non-ASCII neighbour set, a structural needle).
 */
function patternsOf(n: Needle): Literal[] | undefined {
  if (!('text' in n)) return undefined;
  if (n.text.length === 0 || /[\uFFFD\uD800-\uDFFF]/.test(n.text) || !isAscii(n.text)) return undefined;
  const bytes = Buffer.from(n.text, 'latin1');
  const pre = codeSet(n.before);
  const post = codeSet(n.after);
  if ((n.before !== undefined && !pre) || (n.after !== undefined && !post)) return undefined;
  const base = {
    len: bytes.length,
    ...(n.alnumAfter !== undefined && n.alnumAfter > 0 ? { run: n.alnumAfter } : {}),
    ...(n.version ? { version: true as const } : {}),
    ...(n.wordStart ? { word: true as const } : {}),
  };
  if (bytes.length >= 3) return [{ bytes, lead: 0, ...base, ...(pre ? { pre } : {}), ...(post ? { post } : {}) }];
  if (bytes.length === 2 && n.after !== undefined)
    return [...new Set(n.after)].map((c) => ({ bytes: Buffer.concat([bytes, Buffer.from(c, 'latin1')]), lead: 0, ...base, ...(pre ? { pre } : {}) }));
  if (bytes.length === 2 && n.before !== undefined)
    return [...new Set(n.before)].map((c) => ({ bytes: Buffer.concat([Buffer.from(c, 'latin1'), bytes]), lead: 1, ...base }));
  return undefined;
}

/** The patterns that find exactly this needle (plain text, or `any` of plain text), else undefined. */
function exactPatterns(n: Needle): Literal[] | undefined {
  if ('any' in n) {
    const out = everyPart(n.any, exactPatterns);
    return out?.length ? out : undefined;
  }
  return patternsOf(n);
}

/** The patterns of every part, or undefined when some part has none. */
function everyPart(parts: readonly Needle[], of: (part: Needle) => Literal[] | undefined): Literal[] | undefined {
  const out: Literal[] = [];
  for (const part of parts) {
    const p = of(part);
    if (!p) return undefined;
    out.push(...p);
  }
  return out;
}

/**
 * Literals whose absence proves a structural needle cannot match (its triggers): the text part of an
 * `all`, a digit pair before each separator of `digitsBefore`. Undefined when none can be named.
 */
function triggersOf(n: Needle): Literal[] | undefined {
  if ('all' in n) {
    for (const part of n.all) {
      const t = triggersOf(part);
      if (t) return t;
    }
    return undefined;
  }
  if ('any' in n) return everyPart(n.any, triggersOf);
  if ('digitsBefore' in n) return digitTriggers(n);
  return patternsOf(n);
}

/** Two digits and a separator's first byte: what every occurrence of a `digitsBefore` needle holds. */
function digitTriggers(n: { digitsBefore: number; separators: string[] }): Literal[] | undefined {
  if (n.digitsBefore < 2 || !n.separators.every((x) => x.length > 0 && isAscii(x))) return undefined;
  const out: Literal[] = [];
  for (const first of new Set(n.separators.map((x) => x.charCodeAt(0))))
    for (let d = 0; d < 100; d++) out.push({ bytes: Uint8Array.of(0x30 + Math.floor(d / 10), 0x30 + (d % 10), first), lead: 0, len: 3 });
  return out;
}

/**
 * A `digitsBefore` needle as final patterns: its triggers, each verified where it is found (the digits
 * before it, a whole separator after), instead of a second pass over the file.
 */
function digitPatterns(n: Needle): Literal[] | undefined {
  if (!('digitsBefore' in n)) return undefined;
  const t = digitTriggers(n);
  const seps = n.separators.map((x) => Buffer.from(x, 'latin1'));
  for (const p of t ?? []) {
    p.digits = n.digitsBefore;
    p.seps = seps;
  }
  return t;
}

/**
 * `any` of several needles in one pass over the bytes, instead of one native search per needle (each
 * of which reads the whole file): `onePass` with every needle in one list. Exact: every answer is the
 * one `live.some(test)` would give.
 */
function anyTest(live: readonly Needle[], useSimd: boolean): ByteTest {
  const run = onePass(live.map((needle) => ({ needle, list: 0 })), useSimd);
  if (!run) {
    const tests = live.map((m) => compile(m));
    return (b) => tests.some((t) => t(b));
  }
  const matched = new Uint8Array(1);
  return (b) => {
    matched[0] = 0;
    return run(b, matched, 1);
  };
}

/**
 * Which of several needle lists may match the bytes (1 per list that may), in one pass over them for
 * all the lists instead of one pass per list: the scan's test of a file's bytes against each rule's
 * needles, the suppression directive's and the call reader's. A list that is undefined always matches;
 * an empty one never does. Each answer is the one `compileNeedles(list)` would give.
 */
export function compileNeedleLists(lists: readonly (readonly Needle[] | undefined)[], opts: CompileOptions = {}): (bytes: Buffer) => Uint8Array {
  const always = new Uint8Array(lists.length);
  const items: { needle: Needle; list: number }[] = [];
  lists.forEach((list, i) => {
    const tests = list?.map((n) => compile(n));
    if (!list || tests!.includes(ALWAYS)) always[i] = 1;
    else
      list.forEach((needle, k) => {
        if (tests![k] !== NEVER) items.push({ needle, list: i });
      });
  });
  const open = lists.length - always.reduce((a, b) => a + b, 0);
  const matched = new Uint8Array(lists.length);
  const run = onePass(items, opts.simd === true);
  if (!run) {
    const tests = lists.map((list) => compileNeedles(list));
    return (b) => {
      for (let i = 0; i < tests.length; i++) matched[i] = tests[i]!(b) ? 1 : 0;
      return matched;
    };
  }
  return (b) => {
    matched.set(always);
    if (open > 0) run(b, matched, open);
    return matched;
  };
}

/**
 * Needles, each of a list, in one pass over the bytes. Plain text needles become three-byte patterns in
 * a hashed bitmap; a verified match of one marks its list in `matched`, and the pass ends once `open`
 * lists are marked (true). A structural needle (`all`, `digitsBefore`, …) is tested whole, after the
 * pass, only if its list is not marked and the pass saw one of its triggers — or always, when it has
 * none. Undefined when there are fewer than two patterns (one native search each is faster then).
 */
function onePass(items: readonly { needle: Needle; list: number }[], useSimd: boolean): ((b: Buffer, matched: Uint8Array, open: number) => boolean) | undefined {
  const finals: Pattern[] = [];
  const triggers: Pattern[] = [];
  /** Structural needles with triggers: tested after the pass if it saw one (`group` marks it in `seen`). */
  const checks: { test: ByteTest; group: number; list: number }[] = [];
  /** Structural needles without triggers: always tested. */
  const direct: { test: ByteTest; list: number }[] = [];
  for (const { needle, list } of items) {
    const plan = planOf(needle);
    if (plan.test === undefined) for (const p of plan.patterns) finals.push(shaped(p, list, -1));
    else if (plan.patterns.length === 0) direct.push({ test: plan.test, list });
    else {
      const group = checks.length;
      for (const p of plan.patterns) triggers.push(shaped(p, -1, group));
      checks.push({ test: plan.test, group, list });
    }
  }
  if (finals.length + triggers.length < 2) return undefined;
  const all = [...finals, ...triggers];
  const bitmap = new Uint8Array(BITMAP_BYTES);
  const buckets = new Map<number, Pattern[]>();
  for (const p of all) {
    const k = p.skip;
    const h = hash3(p.bytes[k]!, p.bytes[k + 1]!, p.bytes[k + 2]!);
    bitmap[h >>> 3]! |= 1 << (h & 7);
    let list = buckets.get(h);
    if (!list) buckets.set(h, (list = []));
    list.push(p);
  }
  // Bucket lists by hash: a typed index (allocated zeroed, cheaply) into a dense list of lists.
  const index = new Int32Array(65536);
  const lists: Pattern[][] = [[]];
  for (const [h, list] of buckets) index[h] = lists.push(list) - 1;
  const seen = new Uint8Array(checks.length);
  const windows = (list: Pattern[]) => teddyTables(list.map((p) => p.bytes.subarray(p.skip)));
  // The SIMD scanner is made for the first input long enough to pay for it (SIMD_FIRST_BYTES; null: none,
  // as where WebAssembly SIMD cannot run): the module is not compiled for a scan of small files only.
  let simd: SimdScanner | null | undefined = useSimd ? undefined : null;
  // Once a structural needle's trigger has been seen in a file, its triggers can change nothing more
  // there (and one such as `ecret` may occur every few hundred bytes): the pass goes on with a scanner
  // of the other patterns, made when first needed (null: no pattern left) and kept by what was seen.
  const rest = new Map<number | string, SimdScanner | null>();
  const without = (seen: Uint8Array): SimdScanner | null => {
    // What was seen as a number (a bit per needle) where it fits: asked once a file, a string's
    // join per file cost more than the rest of the pass on a tree where `secret` is in every file.
    let key: number | string = 0;
    if (seen.length <= 30) for (let g = 0; g < seen.length; g++) key |= seen[g]! << g;
    else key = seen.join('');
    let s = rest.get(key);
    if (s === undefined) {
      const live = all.filter((p) => p.group === -1 || seen[p.group] === 0);
      rest.set(key, (s = live.length > 0 ? (simdScanner(windows(live), bitmap) ?? null) : null));
    }
    return s;
  };
  return (b, matched, open) => {
    seen.fill(0);
    if (simd === undefined && b.length >= SIMD_FIRST_BYTES) simd = simdScanner(windows(all), bitmap) ?? null;
    const pass: Pass = { bitmap, index, lists, seen, without, matched, open };
    if (simd && b.length >= SIMD_MIN_BYTES ? simdPatterns(simd, b, pass) : scanPatterns(b, pass)) return true;
    for (const d of direct) if (matched[d.list] === 0 && d.test(b) && mark(pass, d.list)) return true;
    for (const c of checks) if (seen[c.group] === 1 && matched[c.list] === 0 && c.test(b) && mark(pass, c.list)) return true;
    return false;
  };
}

/**
 * Shorter inputs take the JavaScript pass (less than one SIMD block). The scanner's tables are made
 * once a pass; with the threshold at 1 KiB, the many small files of a tree of packages ran a second
 * hot loop that V8 compiled on each thread as well (the scan of real code without a cache, 5% slower).
 */
const SIMD_MIN_BYTES = 16;
/**
 * The SIMD scanner is made for the first input this long: a scan of a few small files (an empty
 * check) never instantiates the WebAssembly module and its memory (5 ms and 6 MB at start-up).
 */
const SIMD_FIRST_BYTES = 1024;

/** What a pass over one file uses: the hashed patterns, and the structural needles' triggers seen so far. */
interface Pass {
  bitmap: Uint8Array;
  index: Int32Array;
  lists: readonly Pattern[][];
  /** Per structural needle (`group`): 1 once a trigger of it was seen in this file. */
  seen: Uint8Array;
  /** The SIMD scanner of the patterns left once the structural needles marked in `seen` were seen (null: none). */
  without: (seen: Uint8Array) => SimdScanner | null;
  /** Per list (see `onePass`): 1 once one of its needles matched. */
  matched: Uint8Array;
  /** How many lists are not marked yet: the pass ends when none is left. */
  open: number;
}

/**
 * `scanPatterns` with the candidates from the SIMD pass (simd.ts): each candidate window is hashed and
 * verified as there; the windows it skips cannot begin a pattern's window, so the answer is the same.
 * Once a structural needle's trigger has been seen, the pass goes on with a scanner of the patterns
 * left, or stops when there are none (only the after-pass tests can change the answer then).
 */
function simdPatterns(s: SimdScanner, b: Uint8Array, pass: Pass): boolean {
  const n = b.length;
  if (n < 3) return false;
  if (!s.holds(b)) simdData(n)!.set(b);
  s.use();
  const { index, lists } = pass;
  let scanner = s;
  const last = n - 3;
  // The scanner returns only candidates whose window's hash is in the pass's bitmap.
  for (let p = scanner.next(0, n); p !== -1 && p <= last; p = scanner.next(p + 1, n)) {
    const h = hash3(b[p]!, b[p + 1]!, b[p + 2]!);
    const r = verifyAt(b, p, lists[index[h]!]!, pass);
    if (r === FOUND) return true;
    if (r === 0) continue;
    const next = pass.without(pass.seen);
    if (!next) return false;
    scanner = next;
    scanner.use();
  }
  return false;
}

/**
 * The pass: every three-byte window's hash against the bitmap; a hit is verified against its bucket's
 * patterns. True at the first verified final pattern; a trigger marks its group in `seen`.
 */
function scanPatterns(b: Uint8Array, pass: Pass): boolean {
  const n = b.length;
  if (n < 3) return false;
  const { bitmap, index, lists } = pass;
  let x = b[0]!;
  let y = b[1]!;
  for (let i = 2; i < n; i++) {
    const z = b[i]!;
    const h = hash3(x, y, z);
    x = y;
    y = z;
    if ((bitmap[h >>> 3]! & (1 << (h & 7))) === 0) continue;
    if (verifyAt(b, i - 2, lists[index[h]!]!, pass) === FOUND) return true;
  }
  return false;
}

/** Marks a list matched; true when it was the last one open. */
function mark(pass: Pass, list: number): boolean {
  pass.matched[list] = 1;
  return --pass.open === 0;
}

/** `verifyAt`'s answer when the last list not yet marked got marked. */
const FOUND = -1;

/**
 * The patterns of one bucket at the candidate window `at`: FOUND when a final pattern marked the last
 * open list, else how many structural needles were marked seen for the first time.
 */
function verifyAt(b: Uint8Array, at: number, list: readonly Pattern[], pass: Pass): number {
  let marked = 0;
  // An index, not for-of: an iterator's loop is a try block for the optimiser, around all it inlines.
  for (let k = 0; k < list.length; k++) {
    const p = list[k]!;
    const from = at - p.skip;
    if (from < 0 || !startsWith(b, from, p.bytes)) continue;
    const start = from + p.lead;
    if (!holdsAround(b, start, p)) continue;
    if (p.digits !== undefined && !digitsEndBefore(b, from + 2, p.digits, p.seps!)) continue;
    if (p.group === -1) {
      if (pass.matched[p.list] === 0 && mark(pass, p.list)) return FOUND;
    } else if (pass.seen[p.group] === 0) {
      pass.seen[p.group] = 1;
      marked++;
    }
  }
  return marked;
}

/**
 * How a needle goes into a pass, worked out once per needle (the scan compiles the same needles twice:
 * the first pass's union, then the rules' lists): `patterns` alone (final patterns); or a structural
 * `test`, run after the pass when it saw one of its trigger `patterns` (none: always run). Patterns
 * here have their `skip`; a pass copies them with its own list and group numbers (`shaped`).
 */
interface Plan {
  patterns: readonly Literal[];
  test?: ByteTest;
}

const plans = new WeakMap<Needle, Plan>();

function planOf(n: Needle): Plan {
  let plan = plans.get(n);
  if (plan) return plan;
  plan = makePlan(n);
  for (const p of plan.patterns) p.skip = rarestWindow(p.bytes);
  plans.set(n, plan);
  return plan;
}

function makePlan(n: Needle): Plan {
  const own = patternsOf(n) ?? digitPatterns(n);
  if (own) return { patterns: own };
  // An `all` with a part that is plain text: the pass finds that part exactly, so only the other
  // parts are left to test (once per file, and only when the pass saw it).
  if ('all' in n) {
    const exact = n.all.map(exactPatterns);
    const k = exact.findIndex((p) => p !== undefined);
    if (k !== -1) return { patterns: exact[k]!, test: compile({ all: n.all.filter((_, j) => j !== k) }) };
  }
  return { patterns: triggersOf(n) ?? [], test: compile(n) };
}

/**
 * A plan's pattern for one pass, with every field present, in one order: the patterns of a pass are
 * read at one site (verifyAt, holdsAround), where objects built by spreading, each with its own
 * fields, would be as many shapes — a slow lookup per field and per candidate.
 */
function shaped(p: Literal, list: number, group: number): Pattern {
  return {
    bytes: p.bytes,
    skip: p.skip!,
    list,
    group,
    lead: p.lead,
    len: p.len,
    pre: p.pre,
    post: p.post,
    run: p.run,
    version: p.version,
    word: p.word,
    digits: p.digits,
    seps: p.seps,
  };
}


/**
 * The offset of the window of three bytes a pattern is found by: the one whose bytes are rarest in
 * source code (`SURPRISE`, simd.ts), the first of equals. `restfb` is found by `tfb`, not by the `res` of every
 * `result`.
 */
function rarestWindow(bytes: Uint8Array): number {
  let best = 0;
  let bestScore = -1;
  for (let k = 0; k + 3 <= bytes.length; k++) {
    const score = SURPRISE[bytes[k]!]! + SURPRISE[bytes[k + 1]!]! + SURPRISE[bytes[k + 2]!]!;
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}
