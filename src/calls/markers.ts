/**
 * The light half of the scan's side of SPEC §7: which files may hold a Graph API call or read a token
 * (needles), and a file's token reads. Its calls need the call reader (collect.ts), which the scan
 * loads, with the endpoint and SDK tables, when a file first holds a call marker.
 */
import { findSecretReferences } from '../scan/references.js';
import { isProseFile } from '../scan/code-model.js';
import { ownsMatch, type SourceChunk } from '../scan/read.js';
import type { FileCalls, LocatedCall } from './analyze.js';
import { languageOf } from './language.js';

/**
 * A file can hold a call site only if it contains one of these (a Graph host, a client or an SDK name:
 * `'whatsapp'` is the import of Meta's WhatsApp Node SDK); files with none are skipped before
 * tokenizing. The scan prefilter uses the same strings as needles.
 */
export const CALL_MARKERS = ['acebook', 'ACEBOOK', 'graph.instagram', 'FB.api', 'oala', 'restfb', 'fbgraph', "'whatsapp'", '"whatsapp"'] as const;

/**
 * Whether some call marker in `text` is in code: not on a comment line (`// …`, `/* …`, ` * …`,
 * `# …`, or after ` //` or ` #` on the line) and not in a GitHub link (`github.com/facebook/react`).
 * Libraries name Facebook in license headers and links to its repositories; a file whose markers are
 * all there holds no Graph call (an SDK import, a Graph host or `FB.api` is a marker in code), and is
 * neither decoded nor tokenized for one. Linear: each occurrence looks back at most a bounded window.
 * With `present`, only the markers it says the text holds (by index in CALL_MARKERS) are looked for.
 */
export function markerInCode(text: string | Buffer, present?: (k: number) => boolean): boolean {
  for (let k = 0; k < CALL_MARKERS.length; k++) {
    // Markers a test of the bytes already found absent are not looked for (six searches of a large
    // file cost more than the rest of its visit).
    if (present && !present(k)) continue;
    const m = CALL_MARKERS[k]!;
    // Buffer#indexOf and String#indexOf take the same arguments; TypeScript sees no common signature.
    const find = (from: number) => (typeof text === 'string' ? text.indexOf(m, from) : text.indexOf(m, from));
    const sdkImport = m === "'whatsapp'" || m === '"whatsapp"';
    for (let at = find(0); at !== -1; at = find(at + m.length)) if (!inCommentOrLink(text, at) && (!sdkImport || importedAt(text, at))) return true;
  }
  return false;
}

/**
 * Whether the `'whatsapp'` string at `at` is the WhatsApp Node SDK's import (WA_SDK_IMPORT): `'whatsapp'` alone is
 * a payload's `messaging_product` in most WhatsApp code, and such a file is not read for it (hunt Z3-4). Reads the
 * 16 characters before it and 16 after.
 */
function importedAt(t: string | Buffer, at: number): boolean {
  const from = Math.max(0, at - 16);
  const to = at + 26;
  return WA_SDK_IMPORT.test(typeof t === 'string' ? t.slice(from, to) : t.toString('latin1', from, to));
}

/** Characters looked back for the start of a marker's line: past this (a minified line), it counts as code. */
const LINE_LOOKBACK = 240;
const GITHUB = 'github.com/';

function inCommentOrLink(t: string | Buffer, at: number): boolean {
  const c = typeof t === 'string' ? (i: number) => t.charCodeAt(i) : (i: number) => t[i]!;
  // `github.com/facebook…`: the marker `acebook` starts one character after the slash.
  if (at >= GITHUB.length + 1) {
    let k = 0;
    while (k < GITHUB.length && c(at - 1 - GITHUB.length + k) === GITHUB.charCodeAt(k)) k++;
    if (k === GITHUB.length) return true;
  }
  let s = at;
  while (s > 0 && c(s - 1) !== 0x0a) {
    if (at - s >= LINE_LOOKBACK) return false;
    s--;
  }
  while (s < at && (c(s) === 0x20 || c(s) === 0x09)) s++;
  const a = c(s);
  const b = s + 1 < at ? c(s + 1) : 0x20;
  // A line that starts a comment: `//`, `/*`, `*` (inside a block comment), `# ` (not a JavaScript
  // private name such as `#facebookApi`).
  if ((a === 0x2f && (b === 0x2f || b === 0x2a)) || a === 0x2a || (a === 0x23 && hashComment(b))) return true;
  // A comment after code: ` // ` or ` # ` before the marker on its line.
  for (let i = s + 1; i + 1 < at; i++) {
    const w = c(i - 1);
    if (w !== 0x20 && w !== 0x09) continue;
    if ((c(i) === 0x2f && c(i + 1) === 0x2f) || (c(i) === 0x23 && hashComment(c(i + 1)))) return true;
  }
  return false;
}

/** `#` then this character starts a comment (`# text`, `#!`, `##`), not a name. */
const hashComment = (next: number) => next === 0x20 || next === 0x09 || next === 0x21 || next === 0x23;

/** Why a Graph client the file exports stands for calls not read (sites.ts: Scanner.exportedClients). */
export function exportedClientReason(name: string | undefined, what: boolean | 'client' | 'url' | 'class' = 'client'): string {
  const kind = what === true ? 'url' : what === false ? 'client' : what;
  if (kind === 'class') return `a Graph API client held by an exported class${name ? ` (${name})` : ''}: the calls made through it in other files are not read`;
  return `a Graph API ${kind === 'url' ? 'URL' : 'client'} exported for other files${name ? ` (${name})` : ''}: the calls made ${kind === 'url' ? 'on' : 'through'} it are read only in the files that import it`;
}

/** Whether an unresolved call's reason is `exportedClientReason`'s: its file exports a Graph client. */
export function isExportedClientReason(reason: string | undefined): boolean {
  return reason?.startsWith('a Graph API ') === true && (reason.includes(' exported for other files') || reason.includes(' held by an exported class'));
}

/**
 * Whether the call reader can find a call in this path at all: a language it reads (sites.ts), and no
 * prose (`readFileCallsWith`). A minified bundle that happens to hold `oala` is not decoded for it.
 */
export function mayHoldCalls(path: string): boolean {
  return languageOf(path) !== undefined && !isProseFile(path);
}

/** A text source of call sites: a whole file, or a chunk of one (offsets into `text`, 1-based start). */
export interface CallSource {
  path: string;
  text: string;
  startLine?: number;
  startColumn?: number;
  /** Only positions in [from, to) of `text` belong to this chunk (overlapping chunks of a large file). */
  owns?: (offset: number) => boolean;
}

/** Offset → position in the file (1-based line and column). */
export type Positions = (o: number) => { line: number; column: number };

/** Reads a file's (or chunk's) call sites: those that start at offsets the chunk owns, located. */
export type SiteReader = (text: string, path: string, owns: (o: number) => boolean, pos: Positions) => LocatedCall[];

const TOKEN_NAME = /\b[A-Z][A-Z0-9_]*TOKEN[A-Z0-9_]*\b/g;

/** An import of Meta's WhatsApp Node SDK: `import WhatsApp from 'whatsapp'`, `require('whatsapp')` (sites.ts reads its calls). */
export const WA_SDK_IMPORT = /\bfrom\s*['"]whatsapp['"]|\brequire\(\s*['"]whatsapp['"]\s*\)/;
/**
 * The environment variable the WhatsApp Node SDK reads its token from (its src/utils.ts, `importConfig`): a file
 * that imports the SDK reads it, where the import is.
 */
const WA_SDK_TOKEN = 'CLOUD_API_ACCESS_TOKEN';
/**
 * A webhook's verify token (`VERIFY_TOKEN`, `FB_VERIFY_TOKEN`, `WEBHOOK_VERIFICATION_TOKEN`): the string the
 * webhook compares with `hub.verify_token`, no Graph API token; not a user when none is declared.
 */
const VERIFY_TOKEN = /VERIF(?:Y|ICATION)_TOKEN$/;

/**
 * The calls and token reads of one file (or chunk). `tokenNames` are the manifest's declared token
 * secrets; with `discover`, a file with calls also reports the env vars named `*TOKEN*` it reads
 * (`infer` without a manifest), but a webhook's verify token. Without `readSites` (the call reader not
 * loaded: the file holds no call marker), only its token reads.
 */
export function readFileCallsWith(src: CallSource, tokenNames: readonly string[], opts: { discover?: boolean }, readSites?: SiteReader): FileCalls {
  const { path, text } = src;
  if (isProseFile(path)) return { file: path, calls: [], tokens: [] };
  const owns = src.owns ?? (() => true);
  let table: Positions | undefined;
  const pos: Positions = (o) => (table ??= positions(text, src.startLine ?? 1, src.startColumn ?? 1))(o);
  const calls = readSites ? readSites(text, path, owns, pos) : [];
  const names = opts.discover && calls.length > 0 ? [...new Set([...tokenNames, ...(text.match(TOKEN_NAME) ?? []).filter((n) => !VERIFY_TOKEN.test(n))])] : tokenNames;
  const refs = names.length > 0 ? findSecretReferences(text, [...names], { settingsInLowerCase: path.endsWith('.py') }).filter((r) => owns(r.start)) : [];
  const tokens = refs.map((r) => ({ name: r.name, ...pos(r.start) }));
  // The WhatsApp Node SDK reads its token itself: a file that imports it reads that variable, at the import.
  const sdkRead = readSites && (names.includes(WA_SDK_TOKEN) || (opts.discover && calls.length > 0)) && !refs.some((r) => r.name === WA_SDK_TOKEN) ? sdkTokenRead(text, path, owns) : undefined;
  if (sdkRead !== undefined) tokens.push({ name: WA_SDK_TOKEN, ...pos(sdkRead) });
  if (calls.length === 0 && tokens.length === 0) return { file: path, calls: [], tokens: [] };
  if (refs.length > 0 && languageOf(path) === undefined) {
    const unread = unreadCall(text, path, owns, pos);
    if (unread) calls.push(unread);
  }
  return { file: path, calls, tokens };
}

/** Where a JavaScript file imports the WhatsApp Node SDK (which reads its token from the environment), or undefined. */
function sdkTokenRead(text: string, path: string, owns: (o: number) => boolean): number | undefined {
  const m = languageOf(path) === 'js' ? WA_SDK_IMPORT.exec(text) : null;
  return m !== null && owns(m.index) && !inCommentOrLink(text, m.index) ? m.index : undefined;
}

const GRAPH_HOST = /(?:https?:\/\/)?graph(?:-video)?\.facebook\.com|graph\.instagram\.com/g;

/**
 * A file whose calls the reader cannot read (a shell script, a workflow's `run:`, a Makefile) that reads a
 * declared token and names a Graph host in code: one unresolved call at the first such host, so the
 * user's permissions are not called unused (`curl -X POST …/feed -d access_token=$META_TOKEN`).
 */
function unreadCall(text: string, path: string, owns: (o: number) => boolean, pos: Positions): LocatedCall | undefined {
  GRAPH_HOST.lastIndex = 0;
  for (let m = GRAPH_HOST.exec(text); m !== null; m = GRAPH_HOST.exec(text)) {
    if (!owns(m.index) || inCommentOrLink(text, m.index)) continue;
    const a = pos(m.index);
    const b = pos(m.index + m[0].length);
    return { file: path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, method: 'GET', via: 'url', status: 'unresolved', reason: 'a call in a file whose calls are not read (a shell command, a workflow step)' };
  }
  return undefined;
}

/** Adds one chunk's calls and token reads to `into` (by file). Files with neither are not added. */
export function collectCalls(into: Map<string, FileCalls>, rel: string, chunk: SourceChunk, tokenNames: readonly string[], discover: boolean, readSites?: SiteReader): void {
  const got = readFileCallsWith(
    { path: rel, text: chunk.text, startLine: chunk.startLine, startColumn: chunk.startColumn, owns: (o) => ownsMatch(chunk, o) },
    tokenNames,
    { discover },
    readSites,
  );
  if (got.calls.length === 0 && got.tokens.length === 0) return;
  const prev = into.get(rel);
  into.set(rel, prev ? mergeFileCalls(prev, got) : got);
}

/** Merges the per-chunk results of one file. */
export function mergeFileCalls(a: FileCalls, b: FileCalls): FileCalls {
  return { file: a.file, calls: [...a.calls, ...b.calls], tokens: [...a.tokens, ...b.tokens] };
}

/** Offset → 1-based line and column, with a line-start table built once (binary search per lookup). */
function positions(text: string, startLine: number, startColumn: number): (o: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (o) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: startLine + lo, column: lo === 0 ? startColumn + o : o - starts[lo]! + 1 };
  };
}
