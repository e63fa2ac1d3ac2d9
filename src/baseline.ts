/** Baseline files: fingerprints of accepted findings (`graphguard baseline`, `--baseline`). */
import { existsSync } from 'node:fs';
import { readUserFile } from './fs-safe.js';
import { positionAt } from './position.js';
import { ConfigError, type Finding } from './types.js';

export interface BaselineFile {
  version: 1;
  tool: 'graphguard';
  findings: { fingerprint: string; ruleId: string; file: string }[];
}

/** The baseline JSON for a list of findings (no lines: fingerprints survive edits). */
export function buildBaseline(findings: readonly Finding[]): string {
  const seen = new Set<string>();
  const entries = findings
    .filter((f) => !seen.has(f.fingerprint) && seen.add(f.fingerprint))
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file }))
    .sort((a, b) => (a.file + a.ruleId + a.fingerprint < b.file + b.ruleId + b.fingerprint ? -1 : 1));
  const b: BaselineFile = { version: 1, tool: 'graphguard', findings: entries };
  return `${JSON.stringify(b, null, 2)}\n`;
}

/** A baseline lists fingerprints (about 100 bytes each): 64 MiB is over half a million findings. */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** Reads a baseline file; a missing or malformed one is a configuration error. */
export function readBaseline(absPath: string): Set<string> {
  if (!existsSync(absPath))
    throw new ConfigError('baseline file not found; write it with `graphguard baseline` (then commit it), or drop --baseline', absPath);
  // A regular file within the limit: `--baseline /dev/zero` or a FIFO is one line and exit 2, not a hang.
  // A UTF-8 byte order mark (an editor's) is not part of the JSON.
  const raw = readUserFile(absPath, { maxBytes: MAX_BASELINE_BYTES, what: 'baseline', display: absPath }).toString('utf8').replace(/^\uFEFF/, '');
  // A baseline is a list of flat entries: deeper nesting is no baseline, and JSON.parse of 60 MB of it
  // took 15 s and 3 GB before saying so.
  if (nestsDeeper(raw, MAX_BASELINE_DEPTH))
    throw new ConfigError(`baseline nests deeper than ${MAX_BASELINE_DEPTH} levels; write it with \`graphguard baseline\``, absPath, 1, 1);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    // Where the JSON breaks (a hand edit, a merge conflict's markers), as an invalid manifest is placed.
    const at = positionAt(raw, jsonErrorOffset(raw));
    throw new ConfigError('baseline is not JSON; write it with `graphguard baseline`', absPath, at.line, at.column);
  }
  const list = (data as BaselineFile | null)?.findings;
  if (!Array.isArray(list) || list.some((e) => typeof e?.fingerprint !== 'string'))
    throw new ConfigError('baseline has no `findings` list of fingerprints; write it with `graphguard baseline`', absPath, 1, 1);
  return new Set(list.map((e) => e.fingerprint));
}

/** How deep a baseline's JSON may nest (it is an object of a list of flat objects: 3). */
const MAX_BASELINE_DEPTH = 8;

/** Whether JSON `text` opens more than `max` arrays and objects inside one another (strings skipped). */
function nestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: to its closing quote, escapes skipped.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}


/**
 * The offset where `text` stops being JSON (RFC 8259, as JSON.parse reads it): the first character no
 * JSON text can have there, or, when the text ends early, the end of its last non-blank line. Only
 * asked once JSON.parse refused the text (its messages give no position in every Node version). A
 * valid prefix nests no deeper than `nestsDeeper` allowed; past `MAX_DEPTH` it stops all the same.
 */
export function jsonErrorOffset(text: string): number {
  const MAX_DEPTH = 64;
  let i = 0;
  const end = text.length;
  const fail = (): never => {
    throw new JsonBreak(i >= end ? text.trimEnd().length : i);
  };
  const blank = () => {
    while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expect = (c: string) => {
    if (text[i] !== c) fail();
    i++;
  };
  const string = () => {
    i++;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        if (i < end && '"\\/bfnrt'.includes(text[i]!)) i++;
        else if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 5;
        else fail();
      } else i++;
    }
    fail();
  };
  const isDigit = (at: number) => at < end && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39;
  const digits = () => {
    if (!isDigit(i)) fail();
    while (isDigit(i)) i++;
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail();
    blank();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      blank();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          blank();
          if (text[i] !== '"') fail();
          string();
          blank();
          expect(':');
        }
        value(depth + 1);
        blank();
        if (text[i] === ',') i++;
        else return expect(close);
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (c !== word[0]) continue;
      for (const w of word) expect(w);
      return;
    }
    // A number: each part that needs a digit fails where the digit is missing (after `-`, `.`, `e`).
    if (c === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  try {
    value(0);
    blank();
    if (i < end) fail();
  } catch (e) {
    if (e instanceof JsonBreak) return e.offset;
    throw e;
  }
  // JSON after all (JSON.parse refused it for another reason): its start.
  return 0;
}

class JsonBreak {
  constructor(readonly offset: number) {}
}
