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

export type Needle =
  /**
   * The UTF-8 bytes of `text`; with `before`/`after`, only an occurrence whose preceding/following byte
   * is one of those (ASCII) characters counts.
   */
  | { text: string; before?: string; after?: string }
  /** A run of at least `digitsBefore` ASCII digits immediately followed by one of `separators` (ASCII). */
  | { digitsBefore: number; separators: string[] }
  /** A maximal run of exactly `hexRun` ASCII hex digits (`[0-9A-Fa-f]`), not longer. */
  | { hexRun: number }
  /** Every one of these. */
  | { all: Needle[] }
  /** Any one of these. */
  | { any: Needle[] };

/** Matches every file: what a rule without needles (or a needle that cannot be tested on bytes) gets. */
export const ALWAYS: ByteTest = () => true;
/** Matches no file (an empty list of needles). */
export const NEVER: ByteTest = () => false;

/** A compiled needle list: true when the bytes may hold a finding. */
export type ByteTest = (bytes: Buffer) => boolean;

/** Compiles a list of needles (any of them) into one test; `undefined` (no needles declared) always passes. */
export function compileNeedles(needles: readonly Needle[] | undefined): ByteTest {
  if (needles === undefined) return ALWAYS;
  return compile({ any: [...needles] });
}

function compile(n: Needle): ByteTest {
  if ('any' in n) {
    const tests = n.any.map(compile);
    if (tests.includes(ALWAYS)) return ALWAYS;
    const live = tests.filter((t) => t !== NEVER);
    if (live.length === 0) return NEVER;
    if (live.length === 1) return live[0]!;
    return (b) => live.some((t) => t(b));
  }
  if ('all' in n) {
    const tests = n.all.map(compile);
    if (tests.includes(NEVER)) return NEVER;
    const live = tests.filter((t) => t !== ALWAYS);
    if (live.length === 0) return ALWAYS;
    if (live.length === 1) return live[0]!;
    return (b) => live.every((t) => t(b));
  }
  if ('text' in n) return textTest(n.text, n.before, n.after);
  if ('digitsBefore' in n) return digitsBeforeTest(n.digitsBefore, n.separators);
  if ('hexRun' in n) return hexRunTest(n.hexRun);
  return ALWAYS;
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

function textTest(text: string, before: string | undefined, after: string | undefined): ByteTest {
  if (text.length === 0) return ALWAYS;
  // U+FFFD may come from any invalid byte, and a lone surrogate has no UTF-8 form: not testable on bytes.
  if (/[\uFFFD\uD800-\uDFFF]/.test(text)) return ALWAYS;
  const needle = Buffer.from(text, 'utf8');
  const ascii = isAscii(text);
  const pre = ascii ? codeSet(before) : undefined;
  const post = ascii ? codeSet(after) : undefined;
  if (!pre && !post) return (b) => b.indexOf(needle) !== -1;
  const len = needle.length;
  return (b) => {
    for (let p = b.indexOf(needle); p !== -1; p = b.indexOf(needle, p + 1)) {
      if (pre && (p === 0 || pre[b[p - 1]!] !== 1)) continue;
      if (post && (p + len >= b.length || post[b[p + len]!] !== 1)) continue;
      return true;
    }
    return false;
  };
}

const DIGIT = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c++) DIGIT[c] = 1;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

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

function hexRun(b: Buffer, length: number): boolean {
  const n = b.length;
  for (let i = length - 1; i < n; i += length) {
    if (HEX[b[i]!] !== 1) continue;
    let e = i + 1;
    while (e < n && e - i <= length && HEX[b[e]!] === 1) e++;
    if (e - i <= length) {
      let s = i;
      while (s > 0 && e - s <= length && HEX[b[s - 1]!] === 1) s--;
      if (e - s === length) return true;
    } else {
      // A run longer than `length`: skip to its end.
      while (e < n && HEX[b[e]!] === 1) e++;
    }
    while (i + length < e) i += length;
  }
  return false;
}

// No closure here: a closure over the loop's variables would cost a context allocation per probe.
function startsWithAny(b: Buffer, at: number, seps: Buffer[]): boolean {
  for (const sep of seps) if (startsWith(b, at, sep)) return true;
  return false;
}

function startsWith(b: Buffer, at: number, s: Buffer): boolean {
  if (at + s.length > b.length) return false;
  for (let k = 0; k < s.length; k++) if (b[at + k] !== s[k]) return false;
  return true;
}
