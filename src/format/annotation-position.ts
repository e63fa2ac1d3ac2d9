/**
 * Where a GitHub annotation goes and its title, shared by `--format github` and the action so the two
 * cannot disagree. Finding ends are exclusive; GitHub's end column is inclusive, and it ignores
 * columns unless the annotation is on one line.
 */
import type { Finding } from '../types.js';

export interface AnnotationPosition {
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

/** The annotation's lines and (one line only) its inclusive columns; undefined without a line. */
export function annotationPosition(f: Finding): AnnotationPosition | undefined {
  if (f.line < 1) return undefined;
  // An end at column 1 of a later line ends on the line before.
  let endLine = Math.max(f.line, f.endLine || f.line);
  if (endLine > f.line && f.endColumn <= 1) endLine--;
  const pos: AnnotationPosition = { startLine: f.line, endLine };
  if (endLine === f.line && f.column >= 1) {
    pos.startColumn = f.column;
    pos.endColumn = Math.max(f.column, (f.endLine === f.line ? f.endColumn : f.column + 1) - 1);
  }
  return pos;
}

/** The annotation's title: the rule id. */
export function annotationTitle(f: Finding): string {
  return f.ruleId;
}
