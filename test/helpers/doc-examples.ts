/** Reads the examples of a rule's docs page: ```yaml incorrect / ```yaml correct blocks, and code files. */
import { readFileSync } from 'node:fs';
import type { LiveSnapshot } from '../../src/graph/types.js';
import { DOC_HEAD } from '../../scripts/doc-head.js';

export { DOC_HEAD };

export interface DocExample {
  kind: 'incorrect' | 'correct';
  /** The manifest of the example. */
  yaml: string;
  /** Code files of the example (code rules), path → content. */
  files: Record<string, string>;
  /** 1-based line of the block in the page, for error messages. */
  line: number;
  /** Live rules: the snapshot of the page's last ```json live block before the example. */
  live?: LiveSnapshot;
}

const FENCE = /^```(\w+)\s+(incorrect|correct|manifest|live)(?:\s+file=(\S+))?\s*$/;

/**
 * Parses the page. A ```yaml incorrect|correct block is a manifest example. A code block
 * ```<lang> incorrect|correct file=<path> is a code example, checked with the page's
 * ```yaml manifest block (or the last manifest example before it). A ```json live block is the
 * live snapshot (LiveSnapshot JSON) the examples after it run against (live rules).
 */
export function readDocExamples(path: string): DocExample[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: DocExample[] = [];
  let manifest = '';
  let live: LiveSnapshot | undefined;
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i]!);
    if (!m) continue;
    const body: string[] = [];
    const start = i + 1;
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
    const text = `${body.join('\n')}\n`;
    const [, lang, kind, file] = m;
    const full = (y: string) => (/^version:/m.test(y) ? y : DOC_HEAD + y);
    const withLive = live ? { live } : {};
    if (kind === 'live') live = JSON.parse(text) as LiveSnapshot;
    else if (kind === 'manifest') manifest = full(text);
    else if (lang === 'yaml' && !file) out.push({ kind: kind as DocExample['kind'], yaml: full(text), files: {}, line: start, ...withLive });
    else out.push({ kind: kind as DocExample['kind'], yaml: manifest || full('systemUsers: []\n'), files: { [file ?? `example.${lang}`]: text }, line: start });
  }
  return out;
}
