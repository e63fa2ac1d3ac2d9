import type { Finding } from '../types.js';
import type { Formatter } from './types.js';

/** Escapes a workflow-command message: newlines cannot end the command, `##[` cannot start an old one. */
export function escapeData(s: string): string {
  return neutraliseCommands(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow-command property value (also `:` and `,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The one workflow-command neutraliser (the CLI's github format, annotations, the job summary and the PR
 * comment all use it): text that a runner could read as a command loses its power. The runner trims
 * leading whitespace (Unicode too, U+0085 included) before looking for `::`, and reads `##[` anywhere
 * as an old-style command; both get a zero-width space. Lines end at any line terminator.
 */
export function neutraliseCommands(s: string): string {
  return s.replace(/^([\s\u0085]*):(?=:)/gm, '$1:\u200b').replace(/##\[/g, '#\u200b#[');
}

/** @deprecated Same as `neutraliseCommands`. */
export const neutralize = neutraliseCommands;

const LEVEL = { error: 'error', warn: 'warning', notice: 'notice' } as const;

function command(f: Finding): string {
  const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`];
  if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
  props.push(`title=${escapeProperty(`graphguard ${f.ruleId}`)}`);
  const msg = f.suggestion ? `${f.message} ${f.suggestion}` : f.message;
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(msg)}`;
}

/** GitHub workflow commands, one per finding (the CLI's `--format github`). */
export const formatGithub: Formatter = (report) => report.findings.map((f) => `${command(f)}\n`).join('');
