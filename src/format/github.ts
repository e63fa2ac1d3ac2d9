import type { Finding } from '../types.js';
import type { Formatter } from './types.js';
import { annotationPosition, annotationTitle } from './annotation-position.js';

/** Escapes a workflow-command message: newlines cannot end the command, `##[` cannot start an old one. */
export function escapeData(s: string): string {
  return neutralize(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow-command property value (also `:` and `,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Text that could be read as a workflow command loses its power: `::` at a line start, `##[` anywhere. */
export function neutralize(s: string): string {
  return s.replace(/##\[/g, '#\u200b#[').replace(/(^|\n)(\s*)::/g, '$1$2:\u200b:');
}

const LEVEL = { error: 'error', warn: 'warning', notice: 'notice' } as const;

function command(f: Finding): string {
  // The action's positions and title (annotation-position.ts): inclusive end column, rule id as title.
  const props = [`file=${escapeProperty(f.file)}`];
  const pos = annotationPosition(f);
  if (pos) {
    props.push(`line=${pos.startLine}`, `endLine=${pos.endLine}`);
    if (pos.startColumn !== undefined) props.push(`col=${pos.startColumn}`, `endColumn=${pos.endColumn}`);
  }
  props.push(`title=${escapeProperty(annotationTitle(f))}`);
  const msg = f.suggestion ? `${f.message} ${f.suggestion}` : f.message;
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(msg)}`;
}

/** GitHub workflow commands, one per finding (the CLI's `--format github`). */
export const formatGithub: Formatter = (report) => report.findings.map((f) => `${command(f)}\n`).join('');
