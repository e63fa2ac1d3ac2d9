/**
 * Hiding secrets in text: the redacted form of a value, detected secrets in code frames and messages,
 * and `findCredentialSpans`, the context-free finder the output sink uses on any text it writes.
 */
import { detectSecrets, metaCredentialShapes, type DetectContext } from './detect.js';
import { redact } from './secret.js';
import { forEachRun, URL_SAFE } from './runs.js';

export { redact, Secret } from './secret.js';


/** The text with every detected secret replaced by its redacted form (for code frames and snippets). */
export function redactSecretsInText(text: string, ctx: DetectContext = { path: '' }): string {
  const matches = detectSecrets(text, ctx);
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + redact(m.value.reveal());
    at = m.end;
  }
  return out + text.slice(at);
}

/** Characters of a value its bucket is keyed by (secretRedactor). */
const PREFIX = 16;

/**
 * A line redactor for code frames of one text: it hides every secret `detectSecrets` finds in the whole
 * text with `ctx` (app secrets whose Meta context is elsewhere in the file, declared values), and
 * whatever `redactSecretsInText` finds in the line itself. A frame line alone lacks that context.
 */
export function secretRedactor(text: string, ctx: DetectContext): (line: string) => string {
  const values = [...new Set(detectSecrets(text, ctx).map((m) => m.value.reveal()))];
  // The values by their first PREFIX characters, then by length, longest first: at a position, one lookup
  // finds the values that start as the text does there, and one set lookup per distinct length among
  // them the longest that starts there. Random values differ in their first characters, so a position
  // asks a length or two, not every length in the file (320 tokens of 320 lengths beside lines full of
  // `EA` once made the frames quadratic); values that share a prefix (1,000 tokens of a minified file
  // that all begin `EAAGFAKE`) are still one set lookup per length, not a list to compare.
  // (A loop, not Math.min(...lengths): a file of a hundred thousand tokens would overflow the call stack.)
  let min = values.length > 0 ? Number.POSITIVE_INFINITY : 0;
  for (const v of values) if (v.length < min) min = v.length;
  const prefixLength = Math.min(min, PREFIX);
  const byPrefix = new Map<string, { lengths: number[]; byLength: Map<number, Set<string>> }>();
  for (const v of values) {
    const key = v.slice(0, prefixLength);
    let b = byPrefix.get(key);
    if (!b) byPrefix.set(key, (b = { lengths: [], byLength: new Map() }));
    const set = b.byLength.get(v.length);
    if (set) set.add(v);
    else {
      b.byLength.set(v.length, new Set([v]));
      b.lengths.push(v.length);
    }
  }
  for (const b of byPrefix.values()) b.lengths.sort((x, y) => y - x);
  // The values' first two characters (their low bytes): a position whose pair is not here starts no
  // value, and is passed without a slice (a frame line is looked at several times per finding on it).
  const pairs = new Uint8Array(65536);
  const pair = (t: string, i: number) => ((t.charCodeAt(i) & 0xff) << 8) | (min > 1 ? t.charCodeAt(i + 1) & 0xff : 0);
  for (const v of values) pairs[pair(v, 0)] = 1;
  return (line) => {
    let out = line;
    if (values.length > 0 && line.length >= min) {
      out = '';
      let at = 0;
      for (let i = 0; i + min <= line.length; ) {
        if (pairs[pair(line, i)] !== 1) {
          i++;
          continue;
        }
        let hit: string | undefined;
        const bucket = byPrefix.get(line.slice(i, i + prefixLength));
        for (const len of bucket?.lengths ?? []) {
          if (i + len > line.length) continue;
          const s = line.slice(i, i + len);
          if (bucket!.byLength.get(len)!.has(s)) {
            hit = s;
            break;
          }
        }
        if (hit) {
          out += line.slice(at, i) + redact(hit);
          i += hit.length;
          at = i;
        } else i++;
      }
      out += line.slice(at);
    }
    return redactSecretsInText(out, ctx.declared ? { path: ctx.path, declared: ctx.declared } : { path: ctx.path });
  };
}

// ---------------------------------------------------------------------------------------------
// Context-free credential spans, for the output sink

/** One credential-shaped span: `start`/`end` index the text given (end exclusive). */
export interface CredentialSpan {
  start: number;
  end: number;
  kind: string;
}

/** Body characters after a Meta prefix from which a run is redacted (a token cut at a window edge included). */
const MIN_META_BODY = 20;
/** Declared values shorter than this are not searched (as in detection). */
const MIN_DECLARED = 8;

/**
 * Other vendors' prefixed token shapes. The prefix is found by one literal alternation (linear); the
 * body is then read by `readBody` (each character at most once, as the search resumes after it).
 */
interface VendorShape {
  kind: string;
  /** Body characters allowed after the prefix. */
  body: (c: number) => boolean;
  min: number;
  max: number;
}
const isB62 = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isUpperOrDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
const isB62Dash = (c: number): boolean => isB62(c) || c === 0x2d;
const isUrlSafe = (c: number): boolean => isB62(c) || c === 0x2d || c === 0x5f;
const isB62Under = (c: number): boolean => isB62(c) || c === 0x5f;

const VENDORS: Record<string, VendorShape> = {
  sk_live_: { kind: 'stripe-key', body: isB62, min: 10, max: 255 },
  sk_test_: { kind: 'stripe-key', body: isB62, min: 10, max: 255 },
  rk_live_: { kind: 'stripe-key', body: isB62, min: 10, max: 255 },
  rk_test_: { kind: 'stripe-key', body: isB62, min: 10, max: 255 },
  whsec_: { kind: 'stripe-webhook-secret', body: isB62, min: 24, max: 128 },
  ghp_: { kind: 'github-token', body: isB62, min: 30, max: 255 },
  gho_: { kind: 'github-token', body: isB62, min: 30, max: 255 },
  ghu_: { kind: 'github-token', body: isB62, min: 30, max: 255 },
  ghs_: { kind: 'github-token', body: isB62, min: 30, max: 255 },
  ghr_: { kind: 'github-token', body: isB62, min: 30, max: 255 },
  github_pat_: { kind: 'github-token', body: isB62Under, min: 22, max: 255 },
  'xoxa-': { kind: 'slack-token', body: isB62Dash, min: 10, max: 255 },
  'xoxb-': { kind: 'slack-token', body: isB62Dash, min: 10, max: 255 },
  'xoxp-': { kind: 'slack-token', body: isB62Dash, min: 10, max: 255 },
  'xoxr-': { kind: 'slack-token', body: isB62Dash, min: 10, max: 255 },
  'xoxs-': { kind: 'slack-token', body: isB62Dash, min: 10, max: 255 },
  'xoxe-': { kind: 'slack-token', body: isB62Dash, min: 10, max: 255 },
  AKIA: { kind: 'aws-access-key', body: isUpperOrDigit, min: 16, max: 16 },
  ASIA: { kind: 'aws-access-key', body: isUpperOrDigit, min: 16, max: 16 },
  AIza: { kind: 'google-api-key', body: isUrlSafe, min: 35, max: 35 },
};
const VENDOR_PREFIX = new RegExp(
  `${Object.keys(VENDORS)
    .map((k) => k.replace(/[-_]/g, (c) => `\\${c}`))
    .join('|')}|-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----`,
  'g',
);
const KEY_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----/g;

/**
 * Every span of `text` shaped like a credential the scan knows, with no context needed: every Meta
 * token form (`EA`+letter, `IGAA`, `IGQV`/`IGQW`, `TH`, each with a base62 body of 20+ characters, also
 * after a `%XX` or `\n` escape), app access tokens (`{app-id}|{secret}`, `%7C`), 32-hex values assigned
 * to a name that says secret, every `declared` value (8+ characters), and other vendors' token shapes
 * (Stripe, GitHub, Slack, AWS, Google API keys, private key blocks). For output redaction: errs toward
 * redacting. Linear in the text. Sorted by start; overlapping spans are merged.
 */
export function findCredentialSpans(text: string, declared?: readonly string[]): CredentialSpan[] {
  const spans: CredentialSpan[] = [];
  for (const m of metaCredentialShapes(text)) spans.push({ start: m.start, end: m.end, kind: m.detector });
  metaRuns(text, spans);
  vendorShapes(text, spans);
  for (const v of declared ?? []) {
    if (v.length < MIN_DECLARED) continue;
    for (let p = text.indexOf(v); p !== -1; p = text.indexOf(v, p + v.length)) {
      spans.push({ start: p, end: p + v.length, kind: 'declared-secret' });
    }
  }
  return mergeSpans(spans);
}

/**
 * Meta token shapes. Each maximal url-safe run (`[A-Za-z0-9_-]`) is tried at its start, after a leading
 * `%XX` or `\` escape, and after each `-` or `_` inside it. An `EA` body is base62 (it ends at the next
 * `-`/`_`); an `IG`/`TH` body is url-safe to the end of the run, whose character classes are known from
 * one right-to-left pass. Every character is read a bounded number of times: linear.
 */
function metaRuns(text: string, out: CredentialSpan[]): void {
  // The maximal runs long enough to hold a token (runs.ts: each character read once). Every form starts
  // with upper-case letters (`EA`, `IG`, `TH`): a run without one (a hex fingerprint, an id) holds none.
  forEachRun(text, URL_SAFE, 2 + MIN_META_BODY, (start, end) => {
    if (hasUpper(text, start, end)) metaInRun(text, start, end, out);
  });
}

/** Whether `text[start, end)` holds an ASCII upper-case letter. */
export function hasUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

const UPPER_BIT = 1;
const LOWER_BIT = 2;
const DIGIT_BIT = 4;
/** Upper case, lower case and digits all occur: random (identifiers and words rarely mix all three). */
const ALL_BITS = 7;

function classBit(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return UPPER_BIT;
  if (c >= 0x61 && c <= 0x7a) return LOWER_BIT;
  if (c >= 0x30 && c <= 0x39) return DIGIT_BIT;
  return 0;
}

function metaInRun(text: string, rs: number, re: number, out: CredentialSpan[]): void {
  // Character classes from each position to the end of the run.
  const suffix = new Uint8Array(re - rs + 1);
  for (let k = re - 1; k >= rs; k--) suffix[k - rs] = (suffix[k - rs + 1] as number) | classBit(text.charCodeAt(k));
  let covered = rs;
  const tryAt = (s: number): void => {
    if (s < covered || re - s < 2 + MIN_META_BODY) return;
    const c0 = text.charCodeAt(s);
    const c1 = text.charCodeAt(s + 1);
    const c2 = text.charCodeAt(s + 2);
    if (c0 === 0x45 && c1 === 0x41 && c2 >= 0x41 && c2 <= 0x5a) {
      // EA + an upper-case letter + a base62 body.
      let e = s + 3;
      let bits = 0;
      while (e < re && isB62(text.charCodeAt(e))) bits |= classBit(text.charCodeAt(e++));
      if (e - s - 3 >= MIN_META_BODY && bits === ALL_BITS) {
        out.push({ start: s, end: e, kind: 'meta-access-token' });
        covered = e;
      }
      return;
    }
    const kind = c0 === 0x49 && c1 === 0x47 ? 'instagram-access-token' : c0 === 0x54 && c1 === 0x48 ? 'threads-access-token' : undefined;
    // IG/TH + a url-safe body to the end of the run (IGAA, IGQV, IGQW, THAA, THQV, … any later form too).
    if (kind && re - s - 2 >= MIN_META_BODY && suffix[s + 2 - rs] === ALL_BITS) {
      out.push({ start: s, end: re, kind });
      covered = re;
    }
  };
  tryAt(rs);
  if (rs > 0 && text[rs - 1] === '%') {
    tryAt(rs + 2);
    // Encoded twice (`%253D`, hunt Y6-1), as the scan's detectors take it.
    if (text[rs] === '2' && text[rs + 1] === '5') tryAt(rs + 4);
  }
  if (rs > 0 && text[rs - 1] === '\\') tryAt(rs + 1);
  for (let k = rs; k < re && covered < re; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2d || c === 0x5f) tryAt(k + 1);
  }
}

function vendorShapes(text: string, out: CredentialSpan[]): void {
  const n = text.length;
  // The next `-----END … PRIVATE KEY-----` after a position: searched forward only once in all.
  let keyEnd = -2;
  let keyEndAt = -1;
  VENDOR_PREFIX.lastIndex = 0;
  for (let m = VENDOR_PREFIX.exec(text); m !== null; m = VENDOR_PREFIX.exec(text)) {
    const start = m.index;
    const after = start + m[0].length;
    if (m[0].startsWith('-----BEGIN')) {
      if (keyEnd !== -1 && keyEnd < after) {
        KEY_END.lastIndex = after;
        const k = KEY_END.exec(text);
        keyEnd = k ? k.index : -1;
        keyEndAt = k ? k.index + k[0].length : -1;
      }
      let end: number;
      if (keyEnd !== -1) end = keyEndAt;
      else {
        // No end marker (a cut block): the rest of its line and the base64 lines that follow.
        let le = text.indexOf('\n', after);
        end = le === -1 ? n : le;
        for (let pos = end + 1; pos < n; pos = le + 1) {
          le = text.indexOf('\n', pos);
          if (le === -1) le = n;
          const line = text.slice(pos, le).trim();
          if (line === '' || !/^[A-Za-z0-9+/=]+$/.test(line)) break;
          end = le;
        }
      }
      out.push({ start, end, kind: 'private-key' });
      VENDOR_PREFIX.lastIndex = Math.max(end, after);
      continue;
    }
    const shape = VENDORS[m[0]];
    if (!shape) continue;
    let e = after;
    while (e < n && e - after < shape.max && shape.body(text.charCodeAt(e))) e++;
    if (e - after >= shape.min) {
      out.push({ start, end: e, kind: shape.kind });
      VENDOR_PREFIX.lastIndex = e;
    }
  }
}

function mergeSpans(spans: CredentialSpan[]): CredentialSpan[] {
  if (spans.length <= 1) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CredentialSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}
