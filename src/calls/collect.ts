/** The scan's side of SPEC §7: which files may hold Graph calls (needles), and collecting their calls chunk by chunk. */
import type { Needle } from '../scan/prefilter.js';
import { ownsMatch, type SourceChunk } from '../scan/read.js';
import { mergeFileCalls, readFileCalls, type FileCalls } from './analyze.js';
import { CALL_MARKERS } from './sites.js';

export type { FileCalls };

/**
 * Needles for files that can hold a call site (sites.ts only reads files matching CALL_MARKERS, whose
 * substrings these are) or read a declared token secret.
 */
export function callNeedles(tokenNames: readonly string[]): Needle[] {
  return [...CALL_MARKERS, ...tokenNames].map((text) => ({ text }));
}

/** Adds one chunk's calls and token reads to `into` (by file). Files with neither are not added. */
export function collectCalls(into: Map<string, FileCalls>, rel: string, chunk: SourceChunk, tokenNames: readonly string[], discover = false): void {
  const got = readFileCalls(
    { path: rel, text: chunk.text, startLine: chunk.startLine, startColumn: chunk.startColumn, owns: (o) => ownsMatch(chunk, o) },
    tokenNames,
    { discover },
  );
  if (got.calls.length === 0 && got.tokens.length === 0) return;
  const prev = into.get(rel);
  into.set(rel, prev ? mergeFileCalls(prev, got) : got);
}
