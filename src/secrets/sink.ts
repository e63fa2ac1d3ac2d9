/**
 * The one sink (SPEC §8). Every byte graphguard writes — stdout, stderr, `--output`, annotations, the job
 * summary, the PR comment, SARIF, debug and error lines, action outputs — passes `Sink.clean`, which
 *
 * 1. redacts every credential form the scan knows (`findCredentialSpans`: Meta tokens, app access
 *    tokens, app secrets, other vendors' token shapes) and every declared secret value present in the
 *    environment, whatever the text's origin: the redacted form is the first 4 characters and the length;
 * 2. escapes control characters (C0 but `\n` and `\t`, DEL, C1, bidirectional overrides, line
 *    separators, lone surrogates) as `\uXXXX` text, which reads the same in a terminal, in markdown and
 *    inside a JSON string.
 *
 * The shells (src/cli.ts, src/action.ts) only ever hold writers made here (`Sink.writer`), and reports are
 * cleaned field by field (`cleanReport`) before a formatter sees them, so each format's own escaping
 * (XML, URIs, workflow commands, markdown) works on text that is already safe.
 */
import { breakCommands } from '../text.js';
import { redact, Secret } from './secret.js';
import { APP_TOKEN_SEPARATORS, looksRandom } from './detect.js';
import { findCredentialSpans, hasUpper, redactSecretsInText } from './redact.js';
import { ALNUM, forEachRun, URL_SAFE } from './runs.js';
import type { Finding, Report } from '../types.js';

/** A credential in a text: `[start, end)`. */
export interface CredentialSpan {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Credential spans: the scan's `findCredentialSpans` (every Meta form, declared values, the common
// vendors' shapes), and a wider net that only output needs.

/**
 * More vendors' credential shapes than `findCredentialSpans` knows (gitleaks' and GitHub secret
 * scanning's prefixes): never findings, but never printed either.
 */
const VENDOR = new RegExp(
  [
    String.raw`\b(?:ABIA|ACCA)[0-9A-Z]{16}\b`, // AWS key ids findCredentialSpans does not list
    String.raw`\bya29\.[0-9A-Za-z_-]{20,}`, // Google OAuth
    String.raw`\bglpat-[0-9A-Za-z_-]{20,}`, // GitLab
    String.raw`\bnpm_[0-9A-Za-z]{36}`, // npm
    String.raw`\bpypi-[0-9A-Za-z_-]{50,}`, // PyPI
    String.raw`\bSG\.[0-9A-Za-z_-]{16,}\.[0-9A-Za-z_-]{16,}`, // SendGrid
    String.raw`\bsk-(?:proj-|ant-)?[0-9A-Za-z_-]{32,}`, // OpenAI, Anthropic
    String.raw`\bhf_[0-9A-Za-z]{30,}`, // Hugging Face
    String.raw`\bdop_v1_[0-9a-f]{64}`, // DigitalOcean
    String.raw`\bshp(?:at|ss|ca|pa)_[0-9a-fA-F]{32}`, // Shopify
    String.raw`\beyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}`, // JWT
    String.raw`\bhv[sbr]\.[0-9A-Za-z_-]{24,}`, // HashiCorp Vault
    String.raw`\bPMAK-[0-9a-fA-F]{24}-[0-9a-fA-F]{34}`, // Postman
    String.raw`\bdapi[0-9a-f]{32}(?:-\d)?`, // Databricks
    String.raw`\bgl(?:sa|c)_[0-9A-Za-z+/_=-]{32,}`, // Grafana service account and cloud
    String.raw`\bATATT3[0-9A-Za-z_=-]{20,}`, // Atlassian API token
    String.raw`\bsq0(?:atp|csp)-[0-9A-Za-z_-]{22,}`, // Square
    String.raw`\bSK[0-9a-fA-F]{32}\b`, // Twilio API key
    String.raw`\b\d{8,10}:AA[0-9A-Za-z_-]{33}`, // Telegram bot
    String.raw`\bkey-[0-9a-f]{32}\b`, // Mailgun
    String.raw`\b[MNO][0-9A-Za-z]{23,25}\.[0-9A-Za-z_-]{6}\.[0-9A-Za-z_-]{27,38}`, // Discord bot
    String.raw`\bhooks\.slack\.com/(?:services|workflows)/[0-9A-Za-z/_-]{20,}`, // Slack webhook URL
  ].join('|'),
  'g',
);

/**
 * Credentials known by what names them, not by their shape (group 1 is the value, redacted alone): a URL's
 * password (`https://user:PASSWORD@host`), AWS's secret access key, an Azure storage account key, Datadog's
 * keys. Each pattern is bounded: no part of it can match more than a fixed width or one character class.
 */
const NAMED = [
  /\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s/:@"'`<>]{1,100}:([^\s/@"'`<>]{3,200})@/gi,
  /aws.{0,20}?secret.{0,20}?[:=]\s{0,4}["']?([0-9A-Za-z/+]{40})(?![0-9A-Za-z/+])/gi,
  /\bAccountKey=([0-9A-Za-z+/]{86}==)/g,
  /\b(?:dd|datadog)_?(?:api|app)_?key["']?\s{0,4}[:=]\s{0,4}["']?([0-9a-f]{32,40})\b/gi,
];

/** Instagram and Threads token prefixes, and the body after one that makes a glued run a token (see `randomRuns`). */
const IG_TH_PREFIXES = ['IGAA', 'IGQV', 'IGQW', 'THAA', 'THQV', 'THQW'] as const;
const IG_TH_PREFIX_LENGTH = 4;
/** 20, as `findCredentialSpans` asks of a token that starts its run: a token cut at a frame's edge is hidden too. */
const IG_TH_MIN_BODY = 20;

/**
 * The sink's own net, wider than any detector (a finding must be right; output only has to be safe):
 *
 * - a run of 40+ letters and digits that holds a Meta token's `EAA` with 32+ characters after it (a token
 *   glued to a word, which the scan's word-boundary rule rightly does not report), or that looks random
 *   with all of upper case, lower case and digits (a token's tail cut at a read-chunk edge);
 * - a url-safe run (`[A-Za-z0-9_-]`) that holds an Instagram or Threads prefix (`IGAA`, `IGQV`, `IGQW`,
 *   `THAA`, `THQV`, `THQW`) with 20+ characters after it that mix upper case, lower case and digits,
 *   whole: such a token glued to a word or a digit (`data` + `IGQVJ…`) is not found by
 *   `findCredentialSpans`, and its `-` and `_` would cut it into alphanumeric runs of which some are
 *   shorter than 40.
 *
 * Hex runs — graphguard's own fingerprints — have no upper case and are left alone.
 */
function randomRuns(text: string, out: CredentialSpan[]): void {
  forEachRun(text, URL_SAFE, IG_TH_PREFIX_LENGTH + IG_TH_MIN_BODY, (start, end) => {
    // Every test needs an upper-case letter (`EAA`, `IG`/`TH`, and the three classes): a run without one
    // (a hex fingerprint, a number, a kebab-case name) is passed over without a copy.
    if (!hasUpper(text, start, end)) return;
    if (hasGluedIgOrThreadsToken(text, start, end)) {
      out.push({ start, end });
      return;
    }
    forEachRun(text, ALNUM, 40, (s, e) => {
      if (!hasUpper(text, s, e)) return;
      const run = text.slice(s, e);
      const eaa = run.indexOf('EAA');
      if ((eaa !== -1 && run.length - eaa >= 35) || looksRandom(run, { entropy: 4.0, classes: 3 })) {
        out.push({ start: s, end: e });
        return;
      }
      // A Meta token glued after words (`…ConfigValueEABx7…`, or cut short at a frame's edge): from its
      // `EA` + upper-case prefix to the run's end, where 20 or more characters follow that mix all classes.
      const glued = gluedMetaToken(run);
      if (glued !== -1) out.push({ start: s + glued, end: e });
    }, start, end);
  });
}

/**
 * Whether `text[start, end)` holds an `IG_TH_PREFIXES` prefix followed by a token's body (see `randomRuns`).
 * Only each prefix's first occurrence is tried: a later one's body is a part of the first one's. Linear
 * in the run.
 */
function hasGluedIgOrThreadsToken(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  for (const prefix of IG_TH_PREFIXES) {
    const at = run.indexOf(prefix);
    if (at !== -1 && run.length - at - IG_TH_PREFIX_LENGTH >= IG_TH_MIN_BODY && mixesAllClasses(run, at + IG_TH_PREFIX_LENGTH, run.length)) return true;
  }
  return false;
}

/**
 * Where in an alphanumeric run a Meta token starts (`EA` and an upper-case letter) with 20 or more
 * characters after its prefix that mix upper case, lower case and digits; -1 if none. Linear: the classes
 * of every suffix are known from one pass from the end.
 */
function gluedMetaToken(run: string): number {
  const n = run.length;
  if (n < 23) return -1;
  const suffix = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const c = run.charCodeAt(i);
    suffix[i] = suffix[i + 1]! | (c >= 0x41 && c <= 0x5a ? 1 : c >= 0x61 && c <= 0x7a ? 2 : c >= 0x30 && c <= 0x39 ? 4 : 0);
  }
  for (let at = run.indexOf('EA'); at !== -1 && n - at - 3 >= 20; at = run.indexOf('EA', at + 1)) {
    const third = run.charCodeAt(at + 2);
    if (third >= 0x41 && third <= 0x5a && suffix[at + 3] === 7) return at;
  }
  return -1;
}

/** Whether `text[start, end)` holds an upper-case letter, a lower-case letter and a digit. */
function mixesAllClasses(text: string, start: number, end: number): boolean {
  let bits = 0;
  for (let i = start; i < end && bits !== 7; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) bits |= 1;
    else if (c >= 0x61 && c <= 0x7a) bits |= 2;
    else if (c >= 0x30 && c <= 0x39) bits |= 4;
  }
  return bits === 7;
}

/** Every span the sink redacts: `findCredentialSpans` (with the declared values), more vendors, random runs. */
function credentialSpans(text: string, declared: readonly string[]): CredentialSpan[] {
  const spans: CredentialSpan[] = findCredentialSpans(text, declared).map((m) => ({ start: m.start, end: m.end }));
  // `exec` from lastIndex 0, not `matchAll`: that copies the expression and makes an iterator per call,
  // and the sink cleans tens of thousands of short strings a report (3× the time on 4,000 findings). No
  // pattern matches the empty string, and a loop ends with lastIndex back at 0.
  let m: RegExpExecArray | null;
  VENDOR.lastIndex = 0;
  while ((m = VENDOR.exec(text)) !== null) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const re of NAMED) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      // Group 1 ends each match or its last character but one (`@`): its last occurrence in the match.
      const start = m.index + m[0].lastIndexOf(m[1]!);
      spans.push({ start, end: start + m[1]!.length });
    }
  }
  randomRuns(text, spans);
  return merge(spans);
}

/** Sorted, overlapping spans joined. */
function merge(spans: CredentialSpan[]): CredentialSpan[] {
  if (spans.length <= 1) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CredentialSpan[] = [{ ...spans[0]! }];
  for (const s of spans.slice(1)) {
    const last = out[out.length - 1]!;
    if (s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Control characters

/**
 * Characters a terminal, a log viewer or a renderer may act on: C0 controls but tab and newline, DEL,
 * C1 controls (CSI is U+009B), bidirectional embeddings, overrides and isolates (Trojan Source), the
 * Unicode line and paragraph separators, and lone surrogates (no encoder can write them).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const CONTROL_OR_LAYOUT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** SGR (colour) sequences graphguard's own stylish output writes. */
const SGR = /\u001b\[[0-9;]{0,16}m/y;

/** Whether the sink writes this code point as `\uXXXX` (see escapeControls): six columns for the stylish caret. */
export function escapedBySink(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return escapeControls(ch) !== ch;
}

function hex4(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export interface CleanOptions {
  /** Keep SGR colour sequences (`ESC [ … m`); every other ESC is still escaped. Stylish with colour only. */
  ansi?: boolean;
  /** Escape `\n` and `\t` too (one-line fields: file names, rule ids, workflow-command properties). */
  oneLine?: boolean;
  /**
   * Leave control characters as they are (redact only): for a field the format itself encodes whole,
   * as SARIF's URIs, JSON's strings and workflow-command properties do a file name (`cleanReport`'s `paths`).
   */
  keepControls?: boolean;
}

/** The text with control characters written as `\uXXXX` (see `CONTROL`). */
export function escapeControls(text: string, opts: CleanOptions = {}): string {
  const re = opts.oneLine ? CONTROL_OR_LAYOUT : CONTROL;
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  if (!opts.ansi) return text.replace(re, hex4);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index < at) continue;
    if (m[0] === '\u001b') {
      SGR.lastIndex = m.index;
      if (SGR.test(text)) {
        out += text.slice(at, SGR.lastIndex);
        at = SGR.lastIndex;
        continue;
      }
    }
    out += text.slice(at, m.index) + hex4(m[0]);
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}

/**
 * `escapeControls` in one-line mode, but for CR and LF, which are left for the caller's own encoding (a
 * workflow-command property, which @actions/core writes as `%0D`, `%0A`).
 */
export function escapeControlsButNewlines(text: string): string {
  return text
    .split(/(\r|\n)/)
    .map((part) => (part === '\r' || part === '\n' ? part : escapeControls(part, { oneLine: true })))
    .join('');
}

// ---------------------------------------------------------------------------------------------
// The sink

/**
 * An app access token (`app-id|app-secret`, the `|` perhaps percent-encoded, an HTML character reference or
 * an escape: APP_TOKEN_SEPARATORS): group 1 is the secret.
 */
const APP_ACCESS_TOKEN = new RegExp(
  `^\\d{1,20}(?:${APP_TOKEN_SEPARATORS.map((sep) => sep.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|')})([0-9a-fA-F]{32})$`,
  'i',
);

/** Values shorter than this are never searched for (too many accidental hits); as the scan's declared values. */
const MIN_SECRET_LENGTH = 8;

/**
 * Environment variables whose values are credentials by their name. Declared manifest secrets
 * (`systemUsers[].token.secret`) are added by name once the manifest is read (`addSecrets`).
 */
const SECRET_ENV = /(?:^|_)(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)$|^INPUT_(?:GRAPH-TOKEN|APP-SECRET|GITHUB-TOKEN)$/i;

/** A piece of a known secret this long or longer is redacted wherever it appears (a server echoing 40 characters). */
export const FRAGMENT = 12;
/**
 * The rolling hash of FRAGMENT characters with base `base` (mod 2^32). Each sink draws its base at
 * random (`Windows`): the windows' table is open-addressed, and with a base known in advance a
 * repository could hold tokens whose windows share one hash, and a file name made of such windows
 * would walk the whole chain at every occurrence in the output.
 */
function gramHash(s: string, at: number, base: number): number {
  let h = 0;
  for (let i = at; i < at + FRAGMENT; i++) h = (Math.imul(h, base) + s.charCodeAt(i)) >>> 0;
  return h;
}

/** The hash of the window one character on: `out` leaves it, `into` enters (`top`: base^(FRAGMENT-1)). */
function roll(h: number, out: number, into: number, base: number, top: number): number {
  return (Math.imul((h - Math.imul(out, top)) >>> 0, base) + into) >>> 0;
}

/**
 * The windows (FRAGMENT characters) indexed as pieces, at most: a table of 2 × 2^19 slots, 16 MB. Past
 * it (thousands of secrets found: some 3,000 tokens of 184 characters), each further value is indexed
 * by one window only, and redacted where it occurs whole (`Windows.addWhole`): an index of every piece
 * of 100,000 found tokens would be 17 million windows, a gigabyte (a set of them as strings ran out of
 * room, `Set maximum size exceeded`, and the run died). The pieces matter for the secrets declared in
 * the manifest and the environment (a server echoing the first 40 characters of a token), which come
 * first; found tokens reach output only redacted (frames are redacted where they are made) and have
 * the shapes `findCredentialSpans` knows.
 */
export const MAX_PIECE_WINDOWS = 1 << 19;

/** Slot kinds: a window that is a piece (redacted alone), or a value's one window (redacted if the whole value is there). */
const PIECE = 0;
const WHOLE = 1;

/**
 * The known secrets' windows of FRAGMENT characters, for `fragmentSpans`: an open-addressed table of
 * their hashes (typed arrays, half full at most), each slot naming one window by where it is (a value
 * and an offset), so a hash's hit is confirmed in place, with no copy of a window ever made. 1,000
 * found tokens are some 173,000 windows: as strings in a set they cost more than the rest of the
 * output's cleaning.
 */
class Windows {
  /** The rolling hash's base: odd, at least 2^28 (see `gramHash`). */
  readonly base: number;
  /** base^(FRAGMENT-1), mod 2^32. */
  readonly top: number;
  private readonly values: string[] = [];
  /**
   * Per slot, four numbers side by side (one cache line holds them, the table is larger than a cache):
   * the window's hash, the index + 1 of its value in `values` (0: an empty slot), its offset there, and
   * its kind (PIECE, WHOLE).
   */
  private slots = new Int32Array(4 * 1024);
  /** 32 - log2(slots), for the slot of a hash: its top bits after a multiplication (Fibonacci hashing). */
  private shift = 22;
  private count = 0;
  /** Windows indexed as pieces (at most MAX_PIECE_WINDOWS). */
  pieces = 0;

  /** `seed`: the hash's base (tests; default random, drawn once per sink). */
  constructor(seed?: number) {
    this.base = (seed ?? Math.floor(Math.random() * 0x1_0000_0000)) | 0x1000_0001;
    let top = 1;
    for (let i = 1; i < FRAGMENT; i++) top = Math.imul(top, this.base) >>> 0;
    this.top = top;
  }

  /** The index of the first slot of `h`'s chain (times 4: the slot's offset in `slots`). */
  private home(h: number): number {
    return (Math.imul(h, 0x9e3779b1) >>> this.shift) << 2;
  }

  get size(): number {
    return this.count;
  }

  /** Room for `more` windows without growing on the way (one rehash, not one per doubling). */
  reserve(more: number): void {
    let size = this.slots.length / 4;
    while (size < 2 * (this.count + more)) size *= 2;
    if (size !== this.slots.length / 4) this.grow(size);
  }

  /** Every window of `v` (FRAGMENT+ characters) as a piece, each distinct piece once. */
  add(v: string): void {
    const vi = this.values.push(v);
    let h = gramHash(v, 0, this.base);
    for (let i = 0; i + FRAGMENT <= v.length; i++) {
      if (this.find(h, v, i, PIECE) === -1) this.insert(h, vi, i, PIECE);
      if (i + FRAGMENT < v.length) h = roll(h, v.charCodeAt(i), v.charCodeAt(i + FRAGMENT), this.base, this.top);
    }
  }

  /**
   * `v` (FRAGMENT+ characters) by one of its windows: the first not in the table yet (so that values
   * sharing a prefix, however long, do not share a chain), else its first.
   */
  addWhole(v: string): void {
    const vi = this.values.push(v);
    let h = gramHash(v, 0, this.base);
    let at = 0;
    let hash = h;
    for (let i = 0; i + FRAGMENT <= v.length; i++) {
      if (this.find(h, v, i, -1) === -1) {
        at = i;
        hash = h;
        break;
      }
      if (i + FRAGMENT < v.length) h = roll(h, v.charCodeAt(i), v.charCodeAt(i + FRAGMENT), this.base, this.top);
    }
    this.insert(hash, vi, at, WHOLE);
  }

  /**
   * The slot of a window equal to `text[at, at + FRAGMENT)` (hash `h`) of kind `kind` (-1: any), from
   * slot `from` on (a slot index, or -1 for the start of the chain); -1 when there is none. The table
   * is never more than half full, so every chain ends.
   */
  find(h: number, text: string, at: number, kind: number, from = -1): number {
    const slots = this.slots;
    const wrap = slots.length - 1;
    const key = h | 0;
    for (let s = from === -1 ? this.home(h) : (from + 4) & wrap; slots[s + 1] !== 0; s = (s + 4) & wrap) {
      if (slots[s] === key && (kind === -1 || slots[s + 3] === kind) && sameWindow(this.values[slots[s + 1]! - 1]!, slots[s + 2]!, text, at)) return s;
    }
    return -1;
  }

  /** The value of the window in slot `s`. */
  valueAt(s: number): string {
    return this.values[this.slots[s + 1]! - 1]!;
  }
  /** The window's offset in its value. */
  offsetAt(s: number): number {
    return this.slots[s + 2]!;
  }
  /** Whether the window stands for its whole value (WHOLE), not for a piece. */
  isWhole(s: number): boolean {
    return this.slots[s + 3] === WHOLE;
  }

  private insert(h: number, vi: number, at: number, kind: number): void {
    if (2 * (this.count + 1) > this.slots.length / 4) this.grow(this.slots.length / 2);
    const slots = this.slots;
    const wrap = slots.length - 1;
    let s = this.home(h);
    while (slots[s + 1] !== 0) s = (s + 4) & wrap;
    slots[s] = h | 0;
    slots[s + 1] = vi;
    slots[s + 2] = at;
    slots[s + 3] = kind;
    this.count++;
    if (kind === PIECE) this.pieces++;
  }

  private grow(size: number): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(4 * size));
    this.shift = 32 - Math.log2(size);
    const wrap = slots.length - 1;
    for (let o = 0; o < old.length; o += 4) {
      if (old[o + 1] === 0) continue;
      let s = this.home(old[o]!);
      while (slots[s + 1] !== 0) s = (s + 4) & wrap;
      slots[s] = old[o]!;
      slots[s + 1] = old[o + 1]!;
      slots[s + 2] = old[o + 2]!;
      slots[s + 3] = old[o + 3]!;
    }
  }
}

function sameWindow(a: string, i: number, b: string, j: number): boolean {
  for (let k = 0; k < FRAGMENT; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/**
 * Spans of `text` made of pieces (`FRAGMENT`+ characters) of the known secrets, and the whole
 * occurrences of the values indexed by one window: a rolling hash over the text's windows, each looked
 * up in the secrets' windows. Linear in the text: chains are short (a table at most half full, each
 * piece once), and a value indexed whole is compared only where its window is, which for a found
 * token (random text) is where the token is. Spans out of order (a whole value's starts before the
 * window that found it) are left to the caller's merge.
 */
function fragmentSpans(text: string, windows: Windows, out: CredentialSpan[]): void {
  const n = text.length;
  if (n < FRAGMENT || windows.size === 0) return;
  const { base, top } = windows;
  let h = gramHash(text, 0, base);
  for (let i = 0; ; i++) {
    for (let s = windows.find(h, text, i, -1); s !== -1; s = windows.find(h, text, i, -1, s)) {
      if (!windows.isWhole(s)) {
        const last = out[out.length - 1];
        if (last && last.end >= i) last.end = Math.max(last.end, i + FRAGMENT);
        else out.push({ start: i, end: i + FRAGMENT });
        continue;
      }
      const v = windows.valueAt(s);
      const start = i - windows.offsetAt(s);
      if (start >= 0 && text.startsWith(v, start)) out.push({ start, end: start + v.length });
    }
    if (i + FRAGMENT >= n) break;
    h = roll(h, text.charCodeAt(i), text.charCodeAt(i + FRAGMENT), base, top);
  }
}

export class Sink {
  private readonly values = new Set<string>();
  /**
   * The known values shorter than a window (FRAGMENT), longest first: searched for whole. A longer
   * value needs no search of its own: each of its windows is a known piece (`windows`), so the pieces'
   * spans cover each of its occurrences exactly; or, past MAX_PIECE_WINDOWS, one window of it finds
   * each occurrence whole.
   */
  private short: string[] = [];
  private readonly windows: Windows;

  /**
   * `env`: its credential-named variables (`*_TOKEN`, `*_SECRET`, …) are redacted wherever they appear.
   * `hashSeed`: the base of the pieces' rolling hash (tests only; by default drawn at random).
   */
  constructor(env: Record<string, string | undefined> = {}, opts: { hashSeed?: number } = {}) {
    this.windows = new Windows(opts.hashSeed);
    const found: string[] = [];
    for (const [name, v] of Object.entries(env)) if (v && SECRET_ENV.test(name)) found.push(v);
    this.addSecrets(found);
  }

  /** More values to redact (declared secrets present in the environment, secrets found by the scan). */
  addSecrets(values: Iterable<string | Secret | undefined>): void {
    let added = false;
    const all = Array.from(values, (raw) => (raw instanceof Secret ? raw.reveal() : raw));
    let windows = 0;
    for (const v of all) if (v && v.length >= FRAGMENT) windows += v.length - FRAGMENT + 1;
    this.windows.reserve(Math.min(windows, MAX_PIECE_WINDOWS - this.windows.pieces) + all.length);
    for (const raw of all) {
      if (!raw || raw.length < MIN_SECRET_LENGTH || this.values.has(raw)) continue;
      this.values.add(raw);
      // An app access token's app id is public (the manifest and every Graph URL name it): only its secret is
      // a secret's pieces, or a run that found one would redact ids that share 12 digits with it
      // (`300000000000099` after `200000000000002|…`). The whole token keeps its shape's redaction.
      const v = APP_ACCESS_TOKEN.exec(raw)?.[1] ?? raw;
      const pieces = v.length >= FRAGMENT && this.windows.pieces + v.length - FRAGMENT + 1 <= MAX_PIECE_WINDOWS;
      if (pieces) this.windows.add(v);
      else if (v.length >= FRAGMENT) this.windows.addWhole(v);
      // A value that spans lines is also searched line by line (a code frame shows one line of it): its
      // lines are pieces of it, but for a value indexed whole.
      for (const line of v.split(/\r?\n/)) {
        const part = line.trim();
        if (part.length < MIN_SECRET_LENGTH || part === v || this.values.has(part)) continue;
        this.values.add(part);
        if (!pieces && part.length >= FRAGMENT) this.windows.addWhole(part);
      }
      added = true;
    }
    if (added) this.short = [...this.values].filter((v) => v.length >= MIN_SECRET_LENGTH && v.length < FRAGMENT).sort((a, b) => b.length - a.length);
  }

  /** Credentials and pieces of known secrets redacted, control characters escaped. Idempotent. */
  clean(text: string, opts: CleanOptions = {}): string {
    const t = String(text);
    // No credential, declared value or piece is shorter than 8 characters.
    const redacted = t.length < MIN_SECRET_LENGTH ? t : replaceSpans(t, this.spans(t));
    return opts.keepControls ? redacted : escapeControls(redacted, opts);
  }

  /** Whether `clean` would redact anything in `text`: a credential, a known secret or a piece of one. */
  holdsSecret(text: string): boolean {
    return text.length >= MIN_SECRET_LENGTH && this.spans(text).length > 0;
  }

  /** What `clean` redacts in `t`: credentials, known secrets and pieces of them, merged. */
  private spans(t: string): CredentialSpan[] {
    const pieces: CredentialSpan[] = [];
    fragmentSpans(t, this.windows, pieces);
    return merge([...credentialSpans(t, this.short), ...pieces]);
  }

  /** A writer that cleans everything it is given before `write` sees it. */
  writer(write: (text: string) => void, opts: CleanOptions = {}): (text: string) => void {
    return (text) => write(this.clean(text, opts));
  }
}

/**
 * Text cut to `max` characters for a message, its credentials redacted first: a credential cut short
 * loses the shape that would have redacted it (`not "123456789012345|021544c1…"` showed 24 of 32
 * characters of an app secret). Bounded: at most 4 × max characters are read, less a run of token
 * characters cut at that edge (a credential's head).
 */
export function clipRedacted(text: string, max: number): string {
  let s = String(text);
  if (s.length > max * 4) {
    s = s.slice(0, max * 4);
    let e = s.length;
    while (e > 0 && /[\w|%.+/=-]/.test(s[e - 1]!)) e--;
    s = s.slice(0, e);
  }
  const r = redactCredentials(redactSecretsInText(s));
  return r.length > max ? `${r.slice(0, max)}…` : r;
}

/** The text with every credential span and declared value replaced by its redacted form. */
export function redactCredentials(text: string, declared: readonly string[] = []): string {
  return replaceSpans(text, credentialSpans(text, declared));
}

function replaceSpans(text: string, spans: readonly CredentialSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + redact(text.slice(s.start, s.end));
    at = s.end;
  }
  return out + text.slice(at);
}

/** One-line fields of a finding: a newline or tab there is never layout. */
const ONE_LINE: ReadonlySet<keyof Finding> = new Set(['ruleId', 'file', 'messageId']);

/**
 * A copy of the report with every string cleaned (fingerprints are ours: hex, left as they are). With
 * `paths: 'encoded'` the file names (a finding's, a related location's, a history finding's path) are
 * redacted but keep their control characters: the format encodes them whole (SARIF's URIs, JSON's
 * strings, workflow-command properties), so that a file named with a newline is found by its own name,
 * not by an escaped one that does not exist. Every other format shows them escaped.
 */
export function cleanReport(report: Report, sink: Sink, opts: { paths?: 'escaped' | 'encoded' } = {}): Report {
  // Suggestions, rule ids, file names and frame lines repeat across findings: each text is cleaned once.
  // One memo per option, keyed by the text itself: a key built per lookup (a flag glued to the text)
  // is a new string to hash each time, which cost as much as the cleaning on 4,000 findings.
  const memos = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>()] as const;
  const keep = opts.paths === 'encoded';
  const c = (s: string, oneLine = false, path = false) => {
    const raw = path && keep;
    const memo = memos[raw ? 2 : oneLine ? 1 : 0];
    let v = memo.get(s);
    if (v === undefined) memo.set(s, (v = sink.clean(s, raw ? { keepControls: true } : { oneLine })));
    return v;
  };
  const findings = report.findings.map((f) => {
    const out = { ...f } as Finding;
    for (const k of Object.keys(out) as (keyof Finding)[]) {
      const v = out[k];
      if (typeof v === 'string' && k !== 'fingerprint' && k !== 'severity') (out as unknown as Record<string, string>)[k] = c(v, ONE_LINE.has(k), k === 'file');
    }
    if (f.frame) {
      const lines = f.frame.lines.map((l) => c(l));
      // The underline's place (frame.mark) holds while cleaning changed no line.
      const same = lines.every((l, i) => l === f.frame!.lines[i]);
      out.frame = { startLine: f.frame.startLine, lines, ...(f.frame.mark && same ? { mark: f.frame.mark } : {}) };
    }
    // The nested fields too: a related location's file and message, a history finding's path.
    if (f.related) out.related = f.related.map((r) => ({ ...r, file: c(r.file, true, true), message: c(r.message) }));
    if (f.history) out.history = { ...f.history, path: c(f.history.path, true, true) };
    return out;
  });
  const cleaned: Report = {
    ...report,
    findings,
    ...(report.manifest !== undefined ? { manifest: c(report.manifest, true) } : {}),
    // Each part is one line (it may hold a live name, `"x\n::error …"`): in every format, as a message's line is.
    ...(report.unverified ? { unverified: report.unverified.map((u) => c(u, true)) } : {}),
    // What turned secret detection down: file names and patterns a pull request chose (hunt AT-4: markdown's `\_`
    // split a declared secret in a pattern before the final pass could see it whole).
    ...(report.hiddenSecrets ? { hiddenSecrets: report.hiddenSecrets.map((h) => ({ ...h, file: c(h.file, true, true), rule: c(h.rule, true) })) } : {}),
    ...(report.detectionLowered ? { detectionLowered: report.detectionLowered.map((l) => c(l, true)) } : {}),
    ...(report.binaryText ? { binaryText: report.binaryText.map((f) => c(f, true, true)) } : {}),
    ...(report.binaryHistory ? { binaryHistory: report.binaryHistory.map((b) => ({ ...b, file: c(b.file, true, true), commit: c(b.commit, true) })) } : {}),
    ...(report.historyIncomplete !== undefined ? { historyIncomplete: c(report.historyIncomplete, true) } : {}),
  };
  // A field this function does not know yet is cleaned whole, one line per string: a new report field cannot
  // reach a format uncleaned because nobody listed it here.
  for (const k of Object.keys(cleaned) as (keyof Report)[]) {
    if (!CLEANED_REPORT_FIELDS.has(k)) (cleaned as unknown as Record<string, unknown>)[k] = cleanDeep(cleaned[k], sink, { oneLine: true });
  }
  return cleaned;
}

/** The report's fields `cleanReport` cleans one by one, or that hold no text (numbers, the tool's own name). */
const CLEANED_REPORT_FIELDS: ReadonlySet<string> = new Set<keyof Report>([
  'tool',
  'summary',
  'findings',
  'manifest',
  'skipped',
  'unverified',
  'suppressed',
  'baselined',
  'hiddenSecrets',
  'detectionLowered',
  'binaryText',
  'binaryTextTotal',
  'binaryHistory',
  'binaryHistoryTotal',
  'historyIncomplete',
]);

/**
 * A report cleaned with `paths: 'encoded'` as if cleaned with `paths: 'escaped'` (its file names' control
 * characters escaped): the same text `cleanReport` gives, without redacting everything a second time.
 */
export function withEscapedPaths(report: Report): Report {
  const e = (s: string) => escapeControls(s, { oneLine: true });
  return {
    ...report,
    findings: report.findings.map((f) => ({
      ...f,
      file: e(f.file),
      ...(f.related ? { related: f.related.map((r) => ({ ...r, file: e(r.file) })) } : {}),
      ...(f.history ? { history: { ...f.history, path: e(f.history.path) } } : {}),
    })),
    ...(report.hiddenSecrets ? { hiddenSecrets: report.hiddenSecrets.map((h) => ({ ...h, file: e(h.file) })) } : {}),
    ...(report.binaryText ? { binaryText: report.binaryText.map(e) } : {}),
    ...(report.binaryHistory ? { binaryHistory: report.binaryHistory.map((b) => ({ ...b, file: e(b.file) })) } : {}),
  };
}

/**
 * A copy of any JSON-like value with every string cleaned (access changes, the call reader's calls, action
 * outputs), before a format escapes it: markdown's `\_` or JSON's `\"` inside a secret would hide it from
 * the sink's search of the formatted text. `opts`: `oneLine` for text laid out in lines (markdown, stylish),
 * `keepControls` where the format encodes control characters itself (JSON).
 */
export function cleanDeep<T>(value: T, sink: Pick<Sink, 'clean'>, opts: CleanOptions = {}): T {
  if (typeof value === 'string') return sink.clean(value, opts) as T;
  if (Array.isArray(value)) return value.map((v) => cleanDeep(v, sink, opts)) as T;
  if (value && typeof value === 'object' && !(value instanceof Secret)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[sink.clean(k, opts)] = cleanDeep(v, sink, opts);
    return out as T;
  }
  return value;
}

/** What the CLI writes through: its raw writers, each given only cleaned text. */
export interface RawIO {
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/**
 * The CLI's writers, cleaned: `stdout`/`stderr` redact and escape everything; `colorStdout` keeps SGR
 * colour sequences (stylish on a terminal) and nothing else; `say` writes one message line to stderr, its
 * newlines and tabs escaped too (an argument or a file name holding `\n::error::` stays on its line);
 * `sink` learns declared secrets as the pipeline finds them.
 */
export function safeIO<T extends RawIO>(raw: T): T & { sink: Sink; colorStdout: (s: string) => void; stderrLine: (text: string) => void; say: (text: string) => void } {
  const sink = new Sink(raw.env);
  // stderr is for people, in every command: `##[` broken there, whatever a message quotes (a schema value, a live
  // name, Graph's error text: hunt ATK-5); stdout keeps the formats' own bytes (each human format breaks it itself).
  const stderr = (s: string) => raw.stderr(breakCommands(s));
  return {
    ...raw,
    sink,
    stdout: sink.writer(raw.stdout),
    stderr: sink.writer(stderr),
    colorStdout: sink.writer(raw.stdout, { ansi: true }),
    stderrLine: lineWriter(stderr, sink),
    say: (text) => stderr(`${sink.clean(text, { oneLine: true })}\n`),
  };
}

/**
 * A writer that replaces the terminal's current line (the scan's progress line): graphguard's own
 * carriage return and erase-line sequence, then `text` cleaned as one line (its control characters,
 * newlines and tabs escaped, credentials redacted). Only the sequence is written raw.
 */
export function lineWriter(write: (s: string) => void, sink: Sink): (text: string) => void {
  return (text) => write(`\r\x1b[K${sink.clean(text, { oneLine: true })}`);
}
