import type { Finding } from '../types.js';
import { findingsByFile } from '../sort.js';
import type { Formatter } from './types.js';
import { escapeControls, escapedBySink } from '../secrets/sink.js';
import { breakCommands, breakOldCommands, skippedText } from '../text.js';

const ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, cyan: 36 } as const;

/** ESLint's stylish, with a code frame and the suggestion under each finding. */
export const formatStylish: Formatter = (report, ctx) => {
  const c = (code: keyof typeof ANSI, s: string) => (ctx.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s);
  const byFile = findingsByFile(report.findings);
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push(c('underline', one(file)));
    for (const f of findings) {
      const sev = f.severity === 'error' ? c('red', 'error ') : f.severity === 'warn' ? c('yellow', 'warn  ') : c('blue', 'notice');
      out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${sev}  ${one(f.message)}  ${c('gray', f.ruleId)}`);
      if (f.frame) out.push(...frame(f, c));
      if (f.suggestion) out.push(`    ${c('cyan', 'fix:')} ${one(f.suggestion)}`);
    }
    out.push('');
  }
  const { errors, warnings, notices } = report.summary;
  const total = errors + warnings + notices;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (total > 0) {
    // Under --quiet, what it hid is said beside the errors shown (hunt NEW-1: "0 warnings" with 2 hidden).
    const hidden = quietHidden(ctx.hiddenByQuiet);
    const line = hidden
      ? `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}; ${plural(hidden.warnings, 'warning')} and ${plural(hidden.notices, 'notice')} not shown: --quiet)`
      : `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')})`;
    out.push(c('bold', errors ? c('red', line) : warnings ? c('yellow', line) : line));
  } else if (report.summary.live === 'incomplete') {
    // Not a pass, --quiet or not (hunt L2-1): the run ends with exit 2, and what was not verified follows.
    const hidden = quietHidden(ctx.hiddenByQuiet);
    const head = hidden ? `No errors (${plural(hidden.warnings, 'warning')} and ${plural(hidden.notices, 'notice')} not shown: --quiet)` : 'No problems found';
    out.push(c('red', `✖ ${head}, but the live check is incomplete (${plural(report.summary.filesScanned, 'file')} scanned, manifest ${one(report.manifest ?? '-')})`));
  } else if (quietHidden(ctx.hiddenByQuiet)) {
    const { warnings: w, notices: n } = quietHidden(ctx.hiddenByQuiet)!;
    out.push(`✔ No errors (${plural(w, 'warning')} and ${plural(n, 'notice')} not shown: --quiet; ${plural(report.summary.filesScanned, 'file')} scanned)`);
  } else out.push(`✔ No problems (${plural(report.summary.filesScanned, 'file')} scanned, manifest ${one(report.manifest ?? '-')})`);
  if (report.baselined) out.push(c('gray', `${plural(report.baselined, 'finding')} in the baseline not shown.`));
  const skipped = report.skipped ? skippedText(report.skipped) : '';
  if (skipped) out.push(c('gray', `Not scanned: ${skipped} (see docs/scan.md).`));
  if (report.historyIncomplete !== undefined) out.push(c('yellow', `History incomplete: ${one(report.historyIncomplete)}.`));
  if (report.summary.live === 'incomplete') {
    out.push(c('red', 'Live check incomplete; not verified:'));
    // Each part names what Graph sent (a system user's name): on its one line, as a message is.
    for (const u of report.unverified ?? []) out.push(`  - ${one(u)}`);
  }
  return `${out.join('\n')}\n`;
};

/** What --quiet hid, when it hid anything. */
function quietHidden(h: { warnings: number; notices: number } | undefined): { warnings: number; notices: number } | undefined {
  return h && h.warnings + h.notices > 0 ? h : undefined;
}

/**
 * A message, suggestion or file name on its one line: a newline from a manifest value or a live name
 * (`"x\n::error …"`) would start a line of its own, which a CI runner reads as a workflow command; and no `##[`,
 * which it reads anywhere in a line.
 */
function one(s: string): string {
  return breakCommands(escapeControls(s, { oneLine: true }));
}

function frame(f: Finding, c: (code: keyof typeof ANSI, s: string) => string): string[] {
  const fr = f.frame!;
  const width = String(fr.startLine + fr.lines.length - 1).length;
  const out: string[] = [];
  fr.lines.forEach((text, i) => {
    const n = fr.startLine + i;
    const mark = n === f.line ? c('red', '>') : ' ';
    // (`##[` broken by a zero-width space: the caret's blanks below are counted on the line as it is.)
    out.push(`  ${mark} ${c('gray', `${String(n).padStart(width)} |`)} ${breakOldCommands(text)}`);
    if (n === f.line) {
      // A redacted secret is shorter than the secret: the frame's mark says where it is (format/frame.ts).
      const len = fr.mark ? fr.mark.length : f.endLine === f.line ? Math.max(1, f.endColumn - f.column) : Math.max(1, text.length - f.column + 1);
      // Frames of long lines are clipped; keep the caret inside what is shown.
      const col = Math.min(fr.mark ? fr.mark.column : f.column, text.length + 1);
      const pad = padUnder(text, col - 1);
      out.push(`    ${' '.repeat(width)} ${c('gray', '|')} ${pad.blanks}${c('red', '^'.repeat(Math.min(len, Math.max(1, text.length - pad.shown))))}`);
    }
  });
  return out;
}

/**
 * Blanks as wide on a terminal as `prefix`: a tab stays a tab (the terminal expands both alike), a wide
 * character (CJK, fullwidth forms, most emoji) takes two columns; so the caret stands under the column.
 */
function padUnder(text: string, columns: number): { blanks: string; shown: number } {
  let blanks = '';
  let raw = 0;
  let i = 0;
  while (raw < columns && i < text.length) {
    // The report reaches a formatter cleaned (cleanReport): a control character of the line is written
    // `\u000c` there, six characters for the one its column counted.
    if (text.charCodeAt(i) === 0x5c && ESCAPE_AT.test(text.slice(i, i + 6)) && escapedBySink(Number.parseInt(text.slice(i + 2, i + 6), 16))) {
      blanks += ' '.repeat(6);
      i += 6;
      raw++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    blanks += cp === 0x09 ? '\t' : escapedBySink(cp) ? ' '.repeat(6) : ZERO_WIDTH(cp) ? '' : WIDE(cp) ? '  ' : ' ';
    i += units;
    raw += units;
  }
  return { blanks, shown: i };
}

const ESCAPE_AT = /^\\u[0-9a-f]{4}$/;

/** Combining marks and zero-width characters: no column of their own. */
const ZERO_WIDTH = (cp: number): boolean =>
  (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xfe20 && cp <= 0xfe2f) || (cp >= 0x200b && cp <= 0x200d) || cp === 0xfeff;

const WIDE = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1faff) ||
  (cp >= 0x20000 && cp <= 0x3fffd);
