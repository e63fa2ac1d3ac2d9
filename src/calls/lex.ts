/**
 * A small, forgiving tokenizer for the languages whose Graph API calls graphguard reads: strings (with
 * their interpolations split out), identifiers, numbers and punctuation; comments are dropped. One pass,
 * linear in the text. It is not a parser: it needs only enough structure to see string expressions,
 * assignments and call arguments.
 */

import { asciiClass } from '../text.js';
import type { Language } from './language.js';

/** A piece of a string literal: literal text, or an interpolated / formatted hole. */
export type Part = { lit: string } | { hole: string };

export type Token =
  | { t: 'str'; parts: Part[]; start: number; end: number; /** The literal text when there are no holes. */ value?: string }
  | { t: 'id'; v: string; start: number; end: number }
  | { t: 'num'; v: string; start: number; end: number }
  | { t: 'op'; v: string; start: number; end: number };

/** Character classes by code unit (ASCII only; every other code unit is in none). */
const ID_START = asciiClass('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$@');
const ID_CHAR = asciiClass('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$');
const NUM_CHAR = asciiClass('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.');
const PY_PREFIX = asciiClass('rRbBfFuU');
/** The two-character operators by `first * 128 + second` (their texts made once). */
const TWO_CHAR_OPS = new Map(['->', '=>', '::', ':=', '==', '?.', '+=', '.='].map((op) => [op.charCodeAt(0) * 128 + op.charCodeAt(1), op]));
/** At most this many characters of an interpolation are kept as its hole text. */
const HOLE_MAX = 200;

/** Whether code unit `c` is in class `t`. */
function isIn(t: Uint8Array, c: number): boolean {
  return c < 128 && t[c] === 1;
}

const QUOTE = (c: number) => c === 0x22 || c === 0x27 || c === 0x60;

/** Token kinds in `Tokens.kind`. */
export const STR = 1;
export const ID = 2;
export const NUM = 3;
export const OP = 4;
const KIND_NAMES = ['', 'str', 'id', 'num', 'op'] as const;

/**
 * A file's tokens as columns (the call reader's form): a kind, a start and an end per token, and its
 * text. A megabyte of code is some 200,000 tokens; as objects they were most of the call reader's
 * time in the garbage collector, which copied every one of them (all alive until the file is done).
 */
export interface Tokens {
  readonly length: number;
  /** STR, ID, NUM or OP. */
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** An identifier's, number's or operator's text; a string's literal text when it has no holes. */
  readonly v: (string | undefined)[];
  /** A string's parts (undefined for other tokens). */
  readonly parts: (Part[] | undefined)[];
}

/** The tokens as objects (tests, and readers that want them whole). */
export function tokenize(text: string, lang: Language): Token[] {
  const t = lex(text, lang);
  const out: Token[] = [];
  for (let i = 0; i < t.length; i++) {
    const kind = KIND_NAMES[t.kind[i]!];
    const v = t.v[i];
    if (kind === 'str') out.push({ t: 'str', parts: t.parts[i]!, start: t.start[i]!, end: t.end[i]!, ...(v !== undefined ? { value: v } : {}) });
    else out.push({ t: kind as 'id' | 'num' | 'op', v: v!, start: t.start[i]!, end: t.end[i]! });
  }
  return out;
}

/** The columns of `Tokens`, grown by doubling as tokens are added. */
class TokenColumns {
  length = 0;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  readonly v: (string | undefined)[] = [];
  readonly parts: (Part[] | undefined)[] = [];
  constructor(capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }
  push(kind: number, start: number, end: number, v: string | undefined, parts?: Part[]): void {
    const i = this.length;
    if (i === this.kind.length) this.grow();
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.v.push(v);
    this.parts.push(parts);
    this.length = i + 1;
  }
  private grow(): void {
    const cap = this.kind.length * 2;
    const k = new Uint8Array(cap);
    k.set(this.kind);
    this.kind = k;
    const s = new Int32Array(cap);
    s.set(this.start);
    this.start = s;
    const e = new Int32Array(cap);
    e.set(this.end);
    this.end = e;
  }
  done(): Tokens {
    const n = this.length;
    return { length: n, kind: this.kind.subarray(0, n), start: this.start.subarray(0, n), end: this.end.subarray(0, n), v: this.v, parts: this.parts };
  }
}

/** Tokenizes `text` as `lang`. Never throws; unterminated strings end at the end of their line. */
export function lex(text: string, lang: Language): Tokens {
  const n = text.length;
  const out = new TokenColumns(Math.max(64, n >> 3));
  const hashComment = lang === 'python' || lang === 'ruby' || lang === 'php';
  const slashComment = lang !== 'python' && lang !== 'ruby';
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // space, tab, newline, carriage return
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    // Python's explicit line joining (a backslash that ends its line): the next line goes on this one's statement.
    if (lang === 'python' && c === 0x5c && (next === 0x0a || (next === 0x0d && text.charCodeAt(i + 2) === 0x0a))) {
      i += next === 0x0a ? 2 : 3;
      continue;
    }
    // `#` (not PHP's `#[` attribute) or `//`: to the end of the line.
    if ((hashComment && c === 0x23 && !(lang === 'php' && next === 0x5b)) || (slashComment && c === 0x2f && next === 0x2f)) {
      const e = text.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (slashComment && c === 0x2f && next === 0x2a) {
      const e = text.indexOf('*/', i + 2);
      i = e === -1 ? n : e + 2;
      continue;
    }
    if (lang === 'ruby' && c === 0x3d && text.startsWith('=begin', i) && (i === 0 || text.charCodeAt(i - 1) === 0x0a)) {
      const e = text.indexOf('\n=end', i);
      i = e === -1 ? n : e + 5;
      continue;
    }
    // String prefixes: Python r/b/f/u (and pairs), Go/JS none.
    if (lang === 'python' && isIn(PY_PREFIX, c) && (QUOTE(next) || (isIn(PY_PREFIX, next) && QUOTE(i + 2 < n ? text.charCodeAt(i + 2) : -1)))) {
      const m = /^([rRbBfFuU]{1,2})(["'])/.exec(text.slice(i, i + 3));
      if (m) {
        const esc = /r/i.test(m[1]!) ? ESC_PY_RAW : /b/i.test(m[1]!) ? ESC_PY_BYTES : ESC_PY;
        const r = readString(text, i + m[1]!.length, lang, /f/i.test(m[1]!), esc);
        out.push(STR, i, r.end, literal(r.parts), r.parts);
        i = r.end;
        continue;
      }
    }
    if (QUOTE(c)) {
      // Kotlin (read as 'java': .kt files) has "${…}" and "$name" templates; a Java string holding `$` in a URL
      // is unlikely enough that both are read so.
      const interp = c === 0x60 ? lang === 'js' : c === 0x22 ? lang === 'php' || lang === 'ruby' || lang === 'java' : false;
      const r = readString(text, i, lang, interp, escapesOf(lang, c));
      out.push(STR, i, r.end, literal(r.parts), r.parts);
      i = r.end;
      continue;
    }
    if (isIn(ID_START, c)) {
      let j = i + 1;
      while (j < n && isIn(ID_CHAR, text.charCodeAt(j))) j++;
      out.push(ID, i, j, text.slice(i, j));
      i = j;
      continue;
    }
    if (c >= 0x30 && c <= 0x39) {
      let j = i + 1;
      while (j < n && isIn(NUM_CHAR, text.charCodeAt(j))) j++;
      out.push(NUM, i, j, text.slice(i, j));
      i = j;
      continue;
    }
    const two = next !== -1 && c < 128 && next < 128 ? TWO_CHAR_OPS.get(c * 128 + next) : undefined;
    if (two !== undefined) {
      out.push(OP, i, i + 2, two);
      i += 2;
      continue;
    }
    out.push(OP, i, i + 1, text[i]!);
    i++;
  }
  return out.done();
}

/** A string's literal text when it has no holes. */
function literal(parts: Part[]): string | undefined {
  let out = '';
  for (const p of parts) {
    if (!('lit' in p)) return undefined;
    out += p.lit;
  }
  return out;
}

/**
 * How a string's backslashes are read: not at all (Go's raw `` `…` ``), as JavaScript, Python (text, bytes,
 * raw), Go, Ruby's and PHP's double-quoted strings, their single-quoted ones (only `\\` and `\'`), or Java
 * and Kotlin do.
 */
const ESC_NONE = 0;
const ESC_JS = 1;
const ESC_PY = 2;
const ESC_PY_BYTES = 3;
const ESC_PY_RAW = 4;
const ESC_GO = 5;
const ESC_RUBY = 6;
const ESC_SINGLE = 7;
const ESC_PHP = 8;
const ESC_JAVA = 9;

/** The escapes of a string that opens with quote `q` in `lang` (Python's prefixed strings are decided where their prefix is read). */
function escapesOf(lang: Language, q: number): number {
  switch (lang) {
    case 'js':
      return ESC_JS;
    case 'python':
      return ESC_PY;
    case 'go':
      return q === 0x60 ? ESC_NONE : ESC_GO;
    case 'ruby':
      return q === 0x27 ? ESC_SINGLE : ESC_RUBY;
    case 'php':
      return q === 0x27 ? ESC_SINGLE : ESC_PHP;
    default:
      return ESC_JAVA;
  }
}

/** The one-letter escapes each language decodes (the letter's code unit to its character). */
const SIMPLE: Record<number, Record<string, string>> = {
  [ESC_JS]: { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' },
  [ESC_PY]: { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' },
  [ESC_GO]: { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' },
  [ESC_RUBY]: { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', s: ' ', t: '\t', v: '\v' },
  [ESC_SINGLE]: { '\\': '\\', "'": "'" },
  [ESC_PHP]: { '\\': '\\', $: '$', '"': '"', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' },
  [ESC_JAVA]: { b: '\b', f: '\f', n: '\n', r: '\r', s: ' ', t: '\t' },
};
SIMPLE[ESC_PY_BYTES] = SIMPLE[ESC_PY]!;

/**
 * The characters the call reader marks its own parts with (a method, fields, a query: sites.ts's `\u0000` to
 * `\u0003`), percent-encoded in a string's text, as a URL carries them, so that no string of the code passes for one.
 */
const MARKER_CHARS = /[\u0000-\u0003]/g;
const percent = (c: string) => `%0${c.charCodeAt(0)}`;

/** Where the escape decodeEscape() read ends (the index after it). */
let escEnd = 0;

/** The number of hex digits at `from`, at most `max`. */
function hexRun(text: string, from: number, max: number): number {
  let k = 0;
  for (; k < max && from + k < text.length; k++) {
    const c = text.charCodeAt(from + k);
    if (!((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66))) break;
  }
  return k;
}

/** The character of code point `cp`, or undefined when there is none. */
function codePoint(cp: number): string | undefined {
  return cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
}

/**
 * The text of the escape at `j` (a backslash) as language `esc` decodes it, and its end in `escEnd`; undefined
 * when the language keeps the backslash as a character of its own (Python's and PHP's unknown escapes, a
 * single-quoted string's, every backslash of a Python raw string but before a quote or a backslash), the next
 * character then read as any other. A malformed escape is read as the language's compilers do where they
 * accept it, else as its letter. Each escape reads a bounded run of the text, or a run of hex digits it then
 * passes over: linear.
 */
function decodeEscape(text: string, j: number, esc: number): string | undefined {
  const n = text.length;
  const c = text[j + 1];
  escEnd = j + 2;
  if (c === undefined) {
    escEnd = n;
    return '';
  }
  // A line break after the backslash: nothing (a continued line) where the language continues strings so.
  if (c === '\n' || c === '\r' || ((c === '\u2028' || c === '\u2029') && esc === ESC_JS)) {
    const width = c === '\r' && text[j + 2] === '\n' ? 3 : 2;
    if (esc === ESC_JS || esc === ESC_PY || esc === ESC_PY_BYTES || esc === ESC_RUBY || esc === ESC_JAVA) {
      escEnd = j + width;
      return '';
    }
    // The others keep both (a raw or single-quoted string's, PHP's; Go's is no string).
    escEnd = j + width;
    return text.slice(j, j + width);
  }
  if (esc === ESC_PY_RAW) return c === '\\' || c === "'" || c === '"' ? `\\${c}` : undefined;
  const simple = SIMPLE[esc]![c];
  if (simple !== undefined) return simple;
  if (esc === ESC_SINGLE) return undefined;
  // Octal: Go's three digits; the others one to three (JavaScript's and Java's third only after 0-3).
  if (c >= '0' && c <= '7' && esc !== ESC_JS) {
    let k = j + 1;
    const max = esc === ESC_GO ? 3 : c <= '3' || esc !== ESC_JAVA ? 3 : 2;
    while (k - j - 1 < max && k < n && text[k]! >= '0' && text[k]! <= '7') k++;
    if (esc === ESC_GO && k - j - 1 < 3) return c;
    escEnd = k;
    const v = Number.parseInt(text.slice(j + 1, k), 8);
    return String.fromCharCode(esc === ESC_PY ? v : v & 0xff);
  }
  if (esc === ESC_JS && c >= '0' && c <= '7') {
    // `\0` not before a digit is NUL; a legacy octal escape otherwise.
    let k = j + 1;
    const max = c <= '3' ? 3 : 2;
    while (k - j - 1 < max && k < n && text[k]! >= '0' && text[k]! <= '7') k++;
    escEnd = k;
    return String.fromCharCode(Number.parseInt(text.slice(j + 1, k), 8));
  }
  if (c === 'x' && esc !== ESC_JAVA) {
    // Two hex digits (Ruby and PHP: one or two).
    const d = hexRun(text, j + 2, 2);
    if (d === 2 || (d === 1 && (esc === ESC_RUBY || esc === ESC_PHP))) {
      escEnd = j + 2 + d;
      return String.fromCharCode(Number.parseInt(text.slice(j + 2, j + 2 + d), 16));
    }
    return esc === ESC_PY || esc === ESC_PY_BYTES || esc === ESC_PHP ? undefined : c;
  }
  if (c === 'u' && esc !== ESC_PY_BYTES) {
    // `\u{…}` (JavaScript, Ruby: several code points apart, PHP); four hex digits (Java: after one or more `u`).
    let k = j + 2;
    if (esc === ESC_JAVA) while (text[k] === 'u') k++;
    if (text[k] === '{' && (esc === ESC_JS || esc === ESC_RUBY || esc === ESC_PHP)) {
      let out = '';
      let m = k + 1;
      for (;;) {
        while (esc === ESC_RUBY && (text[m] === ' ' || text[m] === '\t')) m++;
        const d = hexRun(text, m, n);
        if (d === 0) break;
        const ch = codePoint(Number.parseInt(text.slice(m, m + d), 16));
        if (ch === undefined || (esc !== ESC_RUBY && out !== '')) {
          out = '';
          break;
        }
        out += ch;
        m += d;
      }
      if (out !== '' && text[m] === '}') {
        escEnd = m + 1;
        return out;
      }
      return esc === ESC_PHP ? undefined : c;
    }
    if (esc !== ESC_PHP && hexRun(text, k, 4) === 4) {
      escEnd = k + 4;
      return String.fromCharCode(Number.parseInt(text.slice(k, k + 4), 16));
    }
    return esc === ESC_PY || esc === ESC_PHP ? undefined : c;
  }
  if (c === 'U' && (esc === ESC_PY || esc === ESC_GO)) {
    const ch = hexRun(text, j + 2, 8) === 8 ? codePoint(Number.parseInt(text.slice(j + 2, j + 10), 16)) : undefined;
    if (ch !== undefined) {
      escEnd = j + 10;
      return ch;
    }
    return esc === ESC_PY ? undefined : c;
  }
  if (c === 'N' && esc === ESC_PY && text[j + 2] === '{') {
    // A character by its Unicode name is not looked up: kept as written (a path holding it is read as none).
    // A name is at most some 90 characters: its `}` is looked for within 96 of the backslash, on its line, so
    // that an escape left open does not search the rest of the file (each one would: quadratic).
    const end = Math.min(n, j + 96);
    let close = j + 3;
    while (close < end && text[close] !== '}' && text[close] !== '\n') close++;
    if (close < end && text[close] === '}') {
      escEnd = close + 1;
      return text.slice(j, close + 1);
    }
    return undefined;
  }
  // Python and PHP keep the backslash of an escape they do not know; the others read the character as itself.
  return esc === ESC_PY || esc === ESC_PY_BYTES || esc === ESC_PHP ? undefined : c;
}

/**
 * Reads the string literal at `i` (its quote). Returns its parts and the index after it. The literal
 * text is taken a run at a time (`seg` to `j`), not a character at a time.
 */
function readString(text: string, i: number, lang: Language, interp: boolean, esc: number): { parts: Part[]; end: number } {
  const q = text.charCodeAt(i);
  const n = text.length;
  const triple = (lang === 'python' || lang === 'java') && text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q;
  const closeLength = triple ? 3 : 1;
  let j = i + closeLength;
  const parts: Part[] = [];
  let lit = '';
  /** Where the literal run not yet added to `lit` starts. */
  let seg = j;
  const flush = () => {
    lit += text.slice(seg, j);
    if (lit) parts.push({ lit });
    lit = '';
  };
  while (j < n) {
    const ch = text.charCodeAt(j);
    if (ch === q && (!triple || (text.charCodeAt(j + 1) === q && text.charCodeAt(j + 2) === q))) {
      flush();
      return { parts, end: j + closeLength };
    }
    // A single-quoted string (not a template, not Go's raw string) ends at its line.
    if (ch === 0x0a && !triple && q !== 0x60) break;
    // A backslash: the escape as the language decodes it (a backslash it keeps stays, and what follows is read on).
    if (ch === 0x5c && esc !== ESC_NONE) {
      const s = decodeEscape(text, j, esc);
      if (s !== undefined) {
        // Every character an escape gives, not only its first (Ruby's `\u{6d 2f 0}` is several).
        lit += text.slice(seg, j) + s.replace(MARKER_CHARS, percent);
        j = escEnd;
        seg = j;
        continue;
      }
    }
    // U+0000-U+0003 mark the call reader's own parts (a method, fields): never a string's.
    if (ch < 0x04) {
      lit += text.slice(seg, j) + percent(text[j]!);
      j++;
      seg = j;
      continue;
    }
    // Python's f-string `}}` is a literal `}`.
    if (interp && lang === 'python' && ch === 0x7d && text.charCodeAt(j + 1) === 0x7d) {
      lit += `${text.slice(seg, j)}}`;
      j += 2;
      seg = j;
      continue;
    }
    if (interp) {
      // JS `${…}`, Python f'{…}', Ruby "#{…}", PHP "{$…}" / "${…}" / "$var".
      const c1 = j + 1 < n ? text.charCodeAt(j + 1) : -1;
      let open = -1;
      if ((lang === 'js' || lang === 'java') && ch === 0x24 && c1 === 0x7b) open = j + 2;
      else if (lang === 'ruby' && ch === 0x23 && c1 === 0x7b) open = j + 2;
      else if (lang === 'python' && ch === 0x7b) {
        if (c1 === 0x7b) {
          // `{{` is a literal `{`.
          lit += `${text.slice(seg, j)}{`;
          j += 2;
          seg = j;
          continue;
        }
        open = j + 1;
      } else if (lang === 'php' && ((ch === 0x7b && c1 === 0x24) || (ch === 0x24 && c1 === 0x7b))) open = j + (ch === 0x7b ? 1 : 2);
      else if ((lang === 'php' || lang === 'java') && ch === 0x24 && /[A-Za-z_]/.test(text[j + 1] ?? '')) {
        let k = j + 1;
        while (k < n && /[A-Za-z0-9_]/.test(text[k]!)) k++;
        // `$obj->prop` and `$arr['k']` inside a double-quoted string.
        if (lang === 'php' && text.startsWith('->', k) && /[A-Za-z_]/.test(text[k + 2] ?? '')) {
          k += 2;
          while (k < n && /[A-Za-z0-9_]/.test(text[k]!)) k++;
        }
        flush();
        // PHP's variable is `$name`; Kotlin's template `$name` names `name`.
        parts.push({ hole: text.slice(lang === 'php' ? j : j + 1, k) });
        j = k;
        seg = j;
        continue;
      }
      if (open !== -1) {
        const e = matchBrace(text, open);
        flush();
        parts.push({ hole: text.slice(open, Math.min(e, open + HOLE_MAX)).trim() });
        j = e + 1;
        seg = Math.min(j, n);
        continue;
      }
    }
    j++;
  }
  j = Math.min(j, n);
  flush();
  return { parts, end: j };
}

/** Index of the `}` closing an interpolation that starts at `i`, counting nested braces and skipping strings. */
function matchBrace(text: string, i: number): number {
  let depth = 0;
  const n = text.length;
  for (let j = i; j < n; j++) {
    const c = text[j]!;
    // An interpolation longer than this is not a path segment: stop, so the pass stays linear.
    if (j - i > HOLE_MAX * 4) return j;
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return j;
      depth--;
    } else if (c === '"' || c === "'") {
      // Skip a quoted string inside the interpolation, up to the end of its line.
      let k = j + 1;
      while (k < n && k - i <= HOLE_MAX * 4 && text[k] !== c && text[k] !== '\n') k++;
      if (text[k] === c) j = k;
    }
  }
  return n;
}
