/** Baseline files: fingerprints of accepted findings (`graphguard baseline`, `--baseline`). */
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
  // A regular file within the limit: `--baseline /dev/zero` or a FIFO is one line and exit 2, not a hang.
  const raw = readUserFile(absPath, { maxBytes: MAX_BASELINE_BYTES, what: 'baseline', display: absPath }).toString('utf8');
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
