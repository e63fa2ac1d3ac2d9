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
 * A file can hold a call site only if it contains one of these (a Graph host, a client or an SDK name);
 * files with none are skipped before tokenizing. The scan prefilter uses the same strings as needles.
 */
export const CALL_MARKERS = ['acebook', 'ACEBOOK', 'graph.instagram', 'FB.api', 'oala', 'restfb'] as const;

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

/**
 * The calls and token reads of one file (or chunk). `tokenNames` are the manifest's declared token
 * secrets; with `discover`, a file with calls also reports the env vars named `*TOKEN*` it reads
 * (`infer` without a manifest). Without `readSites` (the call reader not loaded: the file holds no
 * call marker), only its token reads.
 */
export function readFileCallsWith(src: CallSource, tokenNames: readonly string[], opts: { discover?: boolean }, readSites?: SiteReader): FileCalls {
  const { path, text } = src;
  if (isProseFile(path)) return { file: path, calls: [], tokens: [] };
  const owns = src.owns ?? (() => true);
  let table: Positions | undefined;
  const pos: Positions = (o) => (table ??= positions(text, src.startLine ?? 1, src.startColumn ?? 1))(o);
  const calls = readSites ? readSites(text, path, owns, pos) : [];
  const names = opts.discover && calls.length > 0 ? [...new Set([...tokenNames, ...(text.match(TOKEN_NAME) ?? [])])] : tokenNames;
  const refs = names.length > 0 ? findSecretReferences(text, [...names]).filter((r) => owns(r.start)) : [];
  if (calls.length === 0 && refs.length === 0) return { file: path, calls: [], tokens: [] };
  const tokens = refs.map((r) => ({ name: r.name, ...pos(r.start) }));
  return { file: path, calls, tokens };
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
