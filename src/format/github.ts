import type { Finding } from '../types.js';
import type { Formatter } from './types.js';
import { annotationPosition, annotationTitle } from './annotation-position.js';
import { breakCommands } from '../text.js';

/** Escapes a workflow-command message: newlines cannot end the command, `##[` cannot start an old one. */
export function escapeData(s: string): string {
  return neutraliseCommands(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escapes a workflow-command property value (also `:` and `,`), as the toolkit does. Not neutralised:
 * with `:` written `%3A` a value can start no command, and a zero-width space put into a file name
 * would send the annotation to a file that does not exist.
 */
export function escapeProperty(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The one workflow-command neutraliser (the CLI's github format, annotations, the job summary and the PR
 * comment all use it): text that a runner could read as a command loses its power. The runner trims
 * leading whitespace (Unicode too, U+0085 included) before looking for `::`, and reads `##[` anywhere
 * as an old-style command; both get a zero-width space. Lines end at any line terminator.
 */
export function neutraliseCommands(s: string): string {
  return breakCommands(s);
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

/**
 * GitHub workflow commands, one per finding (the CLI's `--format github`), and one error when the live
 * check is incomplete: a run that verified less than it was asked to is not silent in the log's
 * annotations either, findings or none.
 */
export const formatGithub: Formatter = (report) => {
  const lines = report.findings.map((f) => `${command(f)}\n`);
  if (report.summary.live === 'incomplete') {
    const parts = report.unverified ?? [];
    const what = parts.length ? `; not verified: ${parts.join('; ')}` : '';
    const file = report.manifest ? `file=${escapeProperty(report.manifest)},` : '';
    lines.push(`::error ${file}title=graphguard live check::${escapeData(`Live check incomplete${what}`)}\n`);
  }
  if (report.historyIncomplete !== undefined) lines.push(`::warning title=graphguard history::${escapeData(report.historyIncomplete)}\n`);
  return lines.join('');
};
