/** Baseline files: fingerprints of accepted findings (`graphguard baseline`, `--baseline`). */
import { existsSync } from 'node:fs';
import { readUserFile } from './fs-safe.js';
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
    throw new ConfigError('baseline is not JSON; write it with `graphguard baseline`', absPath, 1, 1);
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

