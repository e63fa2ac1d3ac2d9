/**
 * Test texts with their expected positions drawn in: a dedent tag whose caret lines (`^^^^`, under
 * the offending text, optionally followed by a message id) are taken out of the text and become
 * marks with 1-based line, column and exclusive end column, as ESLint's RuleTester asserts them.
 *
 *     code`
 *       const a = 1;
 *       const token = "${TOKEN}";
 *                      ${under(TOKEN)} accessToken
 *     `
 *
 * Carets are measured in the text as rendered: under an interpolated value, interpolate `under(value)`
 * at the same place (the literal text before both is the same), and `skip(value)` for a value left of it.
 */
import { HEAD } from './manifests.js';

export interface Mark {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The word after the carets (a message id), if any. */
  label?: string;
}

/** A text and the marks drawn under it. */
export class MarkedText {
  constructor(
    readonly text: string,
    readonly marks: readonly Mark[],
  ) {}
  toString(): string {
    return this.text;
  }
}

/** Carets as long as `value`, to interpolate under it. */
export function under(value: string): string {
  return '^'.repeat(value.length);
}

/** Spaces as long as `value`, to skip it on a caret line. */
export function skip(value: string): string {
  return ' '.repeat(value.length);
}

const CARET_LINE = /^(\s*\^+(?:\s+\^+)*)(?:\s+([A-Za-z][\w-]*))?\s*$/;

/** Dedents a template (by its literal lines' common indent), then takes out the caret lines as marks. */
export function code(strings: TemplateStringsArray, ...values: unknown[]): MarkedText {
  return mark(dedent(strings, values));
}

/**
 * System users after the shared manifest head (test/helpers/manifests.ts HEAD, which ends in
 * `systemUsers:`): the first line is a list item and is indented two spaces, as are the lines
 * indented like it; lines indented less (`rules:`) are top-level keys. Marks count from the file start.
 */
export function manifest(strings: TemplateStringsArray, ...values: unknown[]): MarkedText {
  const body = mark(dedent(strings, values, 2));
  const shift = HEAD.split('\n').length - 1;
  return new MarkedText(
    HEAD + body.text,
    body.marks.map((m) => ({ ...m, line: m.line + shift, endLine: m.endLine + shift })),
  );
}

/** `keep`: spaces the first content line keeps (the others keep their indentation relative to it). */
function dedent(strings: TemplateStringsArray, values: unknown[], keep?: number): string {
  // Line-start segments of the literal parts: what follows a newline, up to the next newline or value.
  const parts = strings.map((s) => s.split('\n'));
  const indents: number[] = [];
  parts.forEach((lines, i) => {
    lines.forEach((seg, j) => {
      if (j === 0) return;
      const followedByValue = j === lines.length - 1 && i < values.length;
      if (seg.trim() || followedByValue) indents.push(seg.match(/^ */)![0].length);
    });
  });
  const indent = keep === undefined ? (indents.length ? Math.min(...indents) : 0) : Math.max(0, (indents[0] ?? 0) - keep);
  let out = '';
  parts.forEach((lines, i) => {
    out += lines.map((seg, j) => (j === 0 ? seg : seg.slice(Math.min(indent, seg.match(/^ */)![0].length)))).join('\n');
    if (i < values.length) out += String(values[i]);
  });
  // The template's first line (after the backtick) and last (before it) are layout, not text.
  return `${out.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '')}\n`;
}

function mark(text: string): MarkedText {
  const kept: string[] = [];
  const marks: Mark[] = [];
  for (const line of text.split('\n')) {
    const m = CARET_LINE.exec(line);
    if (!m || kept.length === 0) {
      kept.push(line);
      continue;
    }
    const lineNo = kept.length;
    for (const run of m[1]!.matchAll(/\^+/g))
      marks.push({ line: lineNo, column: run.index + 1, endLine: lineNo, endColumn: run.index + run[0].length + 1, ...(m[2] ? { label: m[2] } : {}) });
  }
  return new MarkedText(kept.join('\n'), marks.sort((a, b) => a.line - b.line || a.column - b.column));
}
