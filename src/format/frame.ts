/**
 * Code frames: the lines around a finding, redacted, each clipped to a window around the column. The
 * work per finding is bounded by the window (never the whole of a 4 MB minified line), and a line is
 * redacted together with enough of its neighbourhood that a token crossing the window's edge is seen
 * whole — or, when it cannot be (a read-chunk edge, a run longer than the look-around), not shown.
 */
import { redactSecretsInText } from '../secrets/redact.js';
import { redactCredentials } from '../secrets/sink.js';
import { detached } from '../text.js';
import type { Finding } from '../types.js';

/** Lines shown above and below the finding's line. */
export const FRAME_CONTEXT = 1;
/** Characters of a long line a frame shows. */
export const FRAME_WIDTH = 160;
/** Characters read on each side of the window so a credential crossing its edge is redacted whole. */
const LOOK_AROUND = 1024;
/** How far a run of token characters at the look-around's edge is followed before it is dropped. */
const MAX_RUN = 4096;
/** Runs shorter than this at a cut edge are shown (nothing of a credential's worth fits in them). */
const MIN_HIDDEN_RUN = 8;
/**
 * A run the window's own edge cuts is not shown from this length: the output never shows more than a
 * credential's first 4 characters, and a piece cut from its middle is no first 4.
 */
const MIN_EDGE_RUN = 5;

/** Characters credentials are made of (base62, url-safe and standard base64, `|`/`%7C`, JWT dots). */
function isTokenChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2d || // -
    c === 0x5f || // _
    c === 0x2b || // +
    c === 0x2f || // /
    c === 0x3d || // =
    c === 0x25 || // %
    c === 0x7c || // |
    c === 0x2e // .
  );
}

export interface FrameLineOptions {
  /** Redacts a piece of the line (the scan's redactor knows the chunk's secrets). */
  redact?: (text: string) => string;
  /** The line's text starts mid-line (a read chunk's first line): its first run may be a credential's tail. */
  cutStart?: boolean;
  /** The line's text ends mid-line (a read chunk's last line): its last run may be a credential's head. */
  cutEnd?: boolean;
}

/**
 * One frame line: the window of `FRAME_WIDTH` characters around `column` (1-based; 1 for context lines),
 * with `…` where it was clipped. Costs O(FRAME_WIDTH + 2 × (LOOK_AROUND + MAX_RUN)) whatever the line's length.
 */
export function frameLine(raw: string, column: number, opts: FrameLineOptions = {}): string {
  return frameLineMarked(raw, column, undefined, opts).text;
}

/** Where [column, endColumn) lies in the redacted text of [a, b): redacted apart, the parts must give `all`. */
function markIn(line: string, a: number, b: number, all: string, column: number, endColumn: number, redact: (t: string) => string) {
  const s = column - 1;
  const e = endColumn - 1;
  if (s < a || e > b || e <= s) return undefined;
  const pre = redact(line.slice(a, s));
  const inside = redact(line.slice(s, e));
  return pre + inside + redact(line.slice(e, b)) === all ? { at: pre.length, length: inside.length } : undefined;
}

/**
 * `frameLine`, and where the finding's [column, endColumn) lies in the shown text when redaction moved
 * it (a 180-character token shows as `EAAG…(180 chars)`): `mark`, 1-based, for the underline.
 */
export function frameLineMarked(
  raw: string,
  column: number,
  endColumn: number | undefined,
  opts: FrameLineOptions = {},
): { text: string; mark?: { column: number; length: number } } {
  // The scan's redactor (the chunk's secrets, the detectors' shapes), then the output sink's context-free
  // rules over the same neighbourhood: a credential known by the name or `@` around it (`aws_secret_access_key
  // = "…"`, `postgres://user:…@db`) is redacted before the window can cut its context off (hunt T3).
  const scan = opts.redact ?? ((t: string) => redactSecretsInText(t));
  const redact = (t: string) => redactCredentials(scan(t));
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const n = line.length;
  if (n <= FRAME_WIDTH && !opts.cutStart && !opts.cutEnd) {
    const text = redact(line);
    const m = endColumn !== undefined && text !== line ? markIn(line, 0, n, text, column, endColumn, redact) : undefined;
    return m ? { text, mark: { column: m.at + 1, length: Math.max(1, m.length) } } : { text };
  }

  const from = Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 4, n - FRAME_WIDTH));
  const to = Math.min(n, from + FRAME_WIDTH);
  // The context read around the window, widened to whole runs of token characters where they are short.
  let cs = Math.max(0, from - LOOK_AROUND);
  let ce = Math.min(n, to + LOOK_AROUND);
  for (let k = 0; cs > 0 && k < MAX_RUN && isTokenChar(line.charCodeAt(cs - 1)); k++) cs--;
  for (let k = 0; ce < n && k < MAX_RUN && isTokenChar(line.charCodeAt(ce)); k++) ce++;
  // A run still cut at either end (or at a chunk edge) is a possible credential fragment: dropped.
  const leftCut = (cs > 0 && isTokenChar(line.charCodeAt(cs - 1))) || (cs === 0 && opts.cutStart === true);
  const rightCut = (ce < n && isTokenChar(line.charCodeAt(ce))) || (ce === n && opts.cutEnd === true);
  let a = cs;
  let b = ce;
  if (leftCut) {
    let e = a;
    while (e < b && isTokenChar(line.charCodeAt(e))) e++;
    if (e - a >= MIN_HIDDEN_RUN || cs > 0) a = e;
  }
  if (rightCut) {
    let s = b;
    while (s > a && isTokenChar(line.charCodeAt(s - 1))) s--;
    if (b - s >= MIN_HIDDEN_RUN || ce < n) b = s;
  }
  const before = redact(line.slice(a, Math.max(a, Math.min(from, b))));
  const all = redact(line.slice(a, b));
  // Where the window starts in the redacted text: after the redacted prefix (exact unless a credential
  // crosses `from`, which is then shown redacted from its start).
  let start = Math.min(before.length, Math.max(0, all.length - FRAME_WIDTH));
  let end = Math.min(all.length, start + FRAME_WIDTH);
  // A run of token characters the window's edge cuts is a piece of what may be a credential: one the scan's
  // redactor does not take (a token in a URL's path, glued to a word) but the output sink hides when whole,
  // and cannot when cut (hunt S1). Its piece inside the window is not shown.
  if (start > 0 && isTokenChar(all.charCodeAt(start - 1))) {
    let k = start;
    while (k < end && isTokenChar(all.charCodeAt(k))) k++;
    if (k - start >= MIN_EDGE_RUN) start = k;
  }
  if (end < all.length && isTokenChar(all.charCodeAt(end))) {
    let k = end;
    while (k > start && isTokenChar(all.charCodeAt(k - 1))) k--;
    if (end - k >= MIN_EDGE_RUN) end = k;
  }
  const shown = all.slice(start, end);
  const clippedLeft = start > 0 || a > 0;
  const clippedRight = end < all.length || b < n;
  const text = (clippedLeft ? '…' : '') + shown + (clippedRight ? '…' : '');
  const m = endColumn !== undefined ? markIn(line, a, b, all, column, endColumn, redact) : undefined;
  if (!m || m.at < start || m.at >= end) return { text };
  return { text, mark: { column: m.at - start + (clippedLeft ? 1 : 0) + 1, length: Math.max(1, Math.min(m.length, end - m.at)) } };
}

/** Frame lines around `line`, each through `frameLine`. `lines(n)` gives line n's text (1-based) or undefined. */
export function buildFrame(
  lines: (n: number) => string | undefined,
  line: number,
  column: number,
  opts: {
    redact?: (text: string) => string;
    cutStart?: (n: number) => boolean;
    cutEnd?: (n: number) => boolean;
    /** The finding's end: on the same line, the frame says where the finding lies once redacted (`mark`). */
    end?: { line: number; column: number };
  } = {},
): Finding['frame'] {
  const startLine = Math.max(1, line - FRAME_CONTEXT);
  const out: string[] = [];
  let mark: { column: number; length: number } | undefined;
  for (let n = startLine; n <= line + FRAME_CONTEXT; n++) {
    const l = lines(n);
    if (l === undefined) break;
    const shown = frameLineMarked(l, n === line ? column : 1, n === line && opts.end?.line === line ? opts.end.column : undefined, {
      ...(opts.redact ? { redact: opts.redact } : {}),
      cutStart: opts.cutStart?.(n) ?? false,
      cutEnd: opts.cutEnd?.(n) ?? false,
    });
    // A copy: the line read may be a view of the whole file (LineIndex.lineText), which a frame must not keep.
    out.push(detached(shown.text));
    if (shown.mark) mark = shown.mark;
  }
  return mark ? { startLine, lines: out, mark } : { startLine, lines: out };
}
