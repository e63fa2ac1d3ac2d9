/** Which code cache a CLI run uses (src/bin.ts, src/compile-cache.ts), from its arguments alone. */
import { parseArgs } from 'node:util';
import { CHECK_FORMATS, DIFF_FORMATS, INFER_FORMATS, RULES_FORMATS } from './format-names.js';

/** The commands with a code cache of their own; anything else runs a check (cli.ts) or prints help. */
const CACHE_KINDS = new Set(['check', 'baseline', 'diff', 'init', 'infer', 'rotate', 'rules', 'explain', 'schema']);

/** The report formats of the commands that write one, the default first. */
const FORMATS: Readonly<Record<string, readonly string[]>> = { check: CHECK_FORMATS, diff: DIFF_FORMATS, infer: INFER_FORMATS, rules: RULES_FORMATS };

/**
 * Which code cache a run uses (src/compile-cache.ts): its command's, and its report format's where it
 * names one of the command's own other than the default (a report of each format compiles its own
 * writer; one cache of two formats took 5 ms more to read at every start than one of the format in
 * use, measured on an empty check). Help and the version have one cache whatever else they are given;
 * a format the command does not have names no cache of its own (such a word would make a new file
 * at every spelling: review C34-1).
 */
export function cacheKind(args: readonly string[]): string {
  const first = args[0];
  if (first === '--help' || first === '-h' || first === 'help' || first === '--version' || first === '-v') return 'help';
  const command = first !== undefined && CACHE_KINDS.has(first) ? first : 'check';
  const formats = FORMATS[command];
  if (!formats) return command;
  // Read as the command reads it (`-fjson`, `-qf sarif`, the last of two), its other options unknown here.
  let format: unknown;
  try {
    format = parseArgs({ args: [...args], options: { format: { type: 'string', short: 'f' } }, strict: false, allowPositionals: true }).values.format;
  } catch {
    return command;
  }
  return typeof format === 'string' && formats.includes(format) && format !== formats[0] ? `${command}-${format}` : command;
}
