/** `graphguard-disable-next-line <rule-id>[, <rule-id>] -- <reason> [until=YYYY-MM-DD]` comments. */
import { lowerBound } from './arrays.js';
import { LineIndex } from './position.js';

/**
 * The rules whose findings are a change for a reviewer to approve, not a mistake to silence: access a pull request
 * grants (`new-access`). Neither a suppression comment nor the baseline hides one: both are in the pull request's
 * own files, so either would be the pull request approving itself (review A33-2).
 */
export const APPROVAL_RULES: ReadonlySet<string> = new Set(['new-access']);

export interface Suppression {
  /** 1-based line and column of the comment's directive, and its end column (exclusive). */
  line: number;
  column: number;
  endColumn: number;
  /** The line whose findings it suppresses. */
  targetLine: number;
  /**
   * The column on `targetLine` before which its findings are suppressed (exclusive): where that line ends
   * for JavaScript and editors, at its first U+2028, U+2029 or lone CR (or its `\n`). Lines are counted
   * at `\n` only (src/position.ts), so a `\n`-line may hold more than one line as a reader sees it: the
   * directive covers the first (hunt U2). `coveredFindings` applies it.
   */
  targetEndColumn: number;
  /** The text read ended inside the target line (a chunk of a large file): a later chunk may see more of it. */
  targetCut?: true;
  /**
   * The directive's own line goes on past a U+2028, U+2029 or lone CR: the "next line" a reader sees is
   * the rest of that line, not `targetLine`. Such a directive is invalid (`suppressionProblem`).
   */
  splitLine?: true;
  rules: string[];
  reason?: string;
  until?: string;
  /** Raw directive text, for the fingerprint. */
  text: string;
  /**
   * In a Markdown file, inside a fenced code block: an example of the syntax (documentation that shows
   * it). It suppresses like any other when it is valid, but an example is never reported as invalid or
   * unused. (One in an inline code span or in quotes is text, as in any file: it suppresses nothing.)
   */
  example?: true;
}

/** The directive `parseSuppressions` looks for (also the scan prefilter's needle for suppressions). */
export const DIRECTIVE = 'graphguard-disable-next-line';
// The directive's text ends where its line does for a reader: at `\n`, a CR, U+2028 or U+2029.
const RE = /(?:#|\/\/|\/\*|<!--|--|;)\s*graphguard-disable-next-line\b([^\n\r\u2028\u2029]*)/g;

/** Finds suppression comments in a text whose first character sits at (startLine, startColumn). */
export function parseSuppressions(text: string, startLine = 1, startColumn = 1, path = ''): Suppression[] {
  if (!text.includes(DIRECTIVE)) return [];
  const out: Suppression[] = [];
  const index = new LineIndex(text, { line: startLine, column: startColumn });
  // Examples are told only in a text read from its start (a Markdown file past 8 MiB is read in chunks:
  // the later ones' directives are judged as in any other file).
  const markdown = MARKDOWN.test(path) && startLine === 1 && startColumn === 1;
  let fenced: ((at: number) => boolean) | undefined;
  const syntax = syntaxOf(path);
  for (const m of text.matchAll(RE)) {
    // A comment, not text: `"// graphguard-disable-next-line …"` inside a string literal hides nothing (in
    // Markdown, nor one in a code span or quotes: text that shows the syntax).
    if (insideString(text, m.index, syntax)) continue;
    const at = m.index + m[0].indexOf(DIRECTIVE);
    const example = markdown && (fenced ??= fencedBlocks(text))(at);
    const { line, column: col } = index.position(at);
    // The comment's closer dropped: by its end, not a pattern (`\s*(\*\/|-->)\s*$` tried every space
    // of a long run in turn: a line of 80,000 spaces took 6 s).
    let body = m[1]!.trimEnd();
    if (body.endsWith('*/')) body = body.slice(0, -2);
    else if (body.endsWith('-->')) body = body.slice(0, -3);
    body = body.trim();
    let until: string | undefined;
    body = body.replace(/\buntil=(\S+)/, (_, d: string) => {
      until = d;
      return '';
    });
    const sep = body.indexOf('--');
    const rulePart = (sep === -1 ? body : body.slice(0, sep)).trim();
    const reason = sep === -1 ? undefined : body.slice(sep + 2).trim() || undefined;
    const endCol = col + m[0].length - m[0].indexOf(DIRECTIVE);
    const after = m.index + m[0].length;
    const nl = text.indexOf('\n', after);
    const target = nl === -1 ? { column: 1, cut: true } : readerLineEnd(text, nl + 1);
    out.push({
      line,
      column: col,
      endColumn: endCol,
      targetLine: line + 1,
      targetEndColumn: target.column,
      ...(target.cut ? { targetCut: true as const } : {}),
      ...(isReaderBreak(text, after) ? { splitLine: true as const } : {}),
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      ...(reason !== undefined ? { reason } : {}),
      ...(until !== undefined ? { until } : {}),
      text: m[0].slice(m[0].indexOf(DIRECTIVE)).trim(),
      ...(example ? { example: true as const } : {}),
    });
  }
  return out;
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;

/** Whether text[at] ends a line for JavaScript and editors but not for LineIndex: U+2028, U+2029, or a CR not before `\n`. */
function isReaderBreak(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x2028 || c === 0x2029 || (c === 0x0d && text.charCodeAt(at + 1) !== 0x0a);
}

/**
 * Where the line that starts at `start` ends for a reader, as a 1-based column of its `\n`-line: its first
 * U+2028, U+2029, CR or `\n`. `cut`: the text ended first (the line may go on in the next chunk).
 */
function readerLineEnd(text: string, start: number): { column: number; cut: boolean } {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return { column: i - start + 1, cut: false };
  }
  return { column: text.length - start + 1, cut: true };
}

/** The column where a `\n`-line's text (LineIndex.lineText) ends for a reader (see `targetEndColumn`). */
export function readerLineEndColumn(lineText: string): number {
  return readerLineEnd(lineText, 0).column;
}

/** Whether a suppression hides a finding at (line, column) of its file: on its target line, before the line's first reader's break. */
export function covers(s: Suppression, line: number, column: number): boolean {
  return line === s.targetLine && column < s.targetEndColumn;
}

/**
 * Whether an offset of a Markdown text is inside a fenced code block: a line of three or more backticks
 * or tildes (after any indentation and blockquote markers: a fence in a list item or a quote), closed by
 * a line of the same character at least as long, or by the end of the text. Generous on purpose: a
 * fenced directive still suppresses, so taking a line for a fence only spares it being reported.
 * One pass over the lines, made for the first directive.
 */
function fencedBlocks(text: string): (at: number) => boolean {
  // Each block's first and last offsets, in order.
  const starts: number[] = [];
  const ends: number[] = [];
  let open: { char: string; length: number; from: number } | undefined;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let i = start;
    // Indentation and blockquote markers (`> > ```js`).
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x3e)) i++;
    const c = text[i];
    if (c === '`' || c === '~') {
      let j = i;
      while (j < end && text[j] === c) j++;
      const length = j - i;
      if (length >= 3) {
        if (!open) {
          // A backtick fence's info string holds no backtick.
          if (c === '~' || !text.slice(j, end).includes('`')) open = { char: c, length, from: end };
        } else if (c === open.char && length >= open.length && text.slice(j, end).trim() === '') {
          starts.push(open.from);
          ends.push(start);
          open = undefined;
        }
      }
    }
    start = end + 1;
  }
  if (open) {
    starts.push(open.from);
    ends.push(text.length);
  }
  // The last block that starts before `at` is the only one that may hold it.
  return (at) => {
    const k = lowerBound(starts, at) - 1;
    return k >= 0 && at < ends[k]!;
  };
}

/** Characters of a line looked at before a directive: a longer prefix is taken for text, not a comment. */
const STRING_LOOKBACK = 4096;

/** What a file's lines hold before a trailing comment: its string quotes and its comment openers. */
interface Syntax {
  /** Quote characters that open a string (`'` only where an apostrophe outside a string is not code). */
  quotes: readonly number[];
  /** YAML: `'` opens a string where a scalar starts (after `: `, `- `, `[`, `{`, `,`), not inside prose (`Bob's`). */
  scalarQuote?: boolean;
  /** `#` opens a comment. */
  hash: boolean;
  /** `//` and `/*` open a comment. */
  slash: boolean;
}

const HASH_LANGS = /\.(?:py|pyi|rb|sh|bash|zsh|ksh|r|pl|pm)$/i;
const SLASH_LANGS = /\.(?:[cm]?[jt]sx?|java|kt|kts|go|c|h|cc|cpp|hpp|cs|swift|scala|dart|groovy|gradle)$/i;
const Q = { dq: 0x22, sq: 0x27, bt: 0x60 } as const;

/**
 * The syntax a trailing directive is judged by. Languages graphguard knows get their quotes and comment
 * openers (Python's `//` is a division, JavaScript's `#x` a private name, Rust's `'static` no string);
 * any other file (YAML, INI, a Makefile, HTML, where an apostrophe is prose) only double quotes and
 * backticks, and no opener.
 */
function syntaxOf(path: string): Syntax {
  if (/\.php\d?$/i.test(path)) return { quotes: [Q.dq, Q.sq, Q.bt], hash: true, slash: true };
  if (HASH_LANGS.test(path)) return { quotes: [Q.dq, Q.sq, Q.bt], hash: true, slash: false };
  if (/\.(?:[cm]?[jt]sx?)$/i.test(path)) return { quotes: [Q.dq, Q.sq, Q.bt], hash: false, slash: true };
  if (SLASH_LANGS.test(path)) return { quotes: [Q.dq, Q.bt], hash: false, slash: true };
  if (/\.ya?ml$/i.test(path)) return { quotes: [Q.dq], hash: false, slash: false, scalarQuote: true };
  return { quotes: [Q.dq, Q.bt], hash: false, slash: false };
}

/**
 * Whether offset `at` (a directive's comment opener) is inside a string literal that starts on its line,
 * or past so much of the line that no one can tell: the line before it is read left to right, the
 * syntax's quotes opening and closing strings (a backslash escapes the next character), until a comment
 * opener outside a string (the rest of the line is a comment). A directive that starts its line is always
 * a comment. A string that began on an earlier line (a template literal, a triple-quoted string) is not seen.
 */
function insideString(text: string, at: number, syntax: Syntax): boolean {
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 0x0a) {
    if (at - start >= STRING_LOOKBACK) return true;
    start--;
  }
  let quote = 0;
  // C#'s verbatim `@"C:\"`: no backslash escapes inside.
  let verbatim = false;
  for (let i = start; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c && !(quote !== 0 && verbatim)) {
      i++;
      continue;
    }
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if (syntax.quotes.includes(c) || (syntax.scalarQuote && c === Q.sq && startsScalar(text, start, i))) {
      quote = c;
      verbatim = c === Q.dq && i > start && text.charCodeAt(i - 1) === 0x40;
    }
    else if (syntax.hash && c === 0x23) return false;
    else if (syntax.slash && c === 0x2f && (text.charCodeAt(i + 1) === 0x2f || text.charCodeAt(i + 1) === 0x2a)) return false;
  }
  return quote !== 0;
}

/** Whether position i of a YAML line starts a scalar: after the line's indent, `- `, `: `, `[`, `{` or `,`. */
function startsScalar(text: string, start: number, i: number): boolean {
  let k = i - 1;
  while (k >= start && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
  if (k < start) return true;
  const c = text[k];
  return c === '[' || c === '{' || c === ',' || ((c === ':' || c === '-') && k + 1 < i);
}

/** Why a suppression is invalid, or undefined when it is valid. */
export function suppressionProblem(
  s: Suppression,
  knownRules: ReadonlySet<string>,
  today: string,
): { messageId: 'noRule' | 'noReason' | 'unknownRule' | 'approval' | 'badDate' | 'expired' | 'splitLine'; data: Record<string, string> } | undefined {
  if (s.rules.length === 0) return { messageId: 'noRule', data: {} };
  if (s.splitLine) return { messageId: 'splitLine', data: {} };
  for (const r of s.rules) if (!knownRules.has(r)) return { messageId: 'unknownRule', data: { rule: r } };
  // (A pull request's own comment would approve the access it grants: review A33-2.)
  for (const r of s.rules) if (APPROVAL_RULES.has(r)) return { messageId: 'approval', data: { rule: r } };
  if (!s.reason) return { messageId: 'noReason', data: { rules: s.rules.join(', ') } };
  if (s.until !== undefined) {
    if (!isValidDate(s.until)) return { messageId: 'badDate', data: { until: s.until } };
    if (s.until < today) return { messageId: 'expired', data: { until: s.until } };
  }
  return undefined;
}

/** A real calendar date in YYYY-MM-DD form. */
export function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
