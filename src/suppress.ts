/** `graphguard-disable-next-line <rule-id>[, <rule-id>] -- <reason> [until=YYYY-MM-DD]` comments. */
import { LineIndex } from './position.js';

export interface Suppression {
  /** 1-based line and column of the comment's directive, and its end column (exclusive). */
  line: number;
  column: number;
  endColumn: number;
  /** The line whose findings it suppresses. */
  targetLine: number;
  rules: string[];
  reason?: string;
  until?: string;
  /** Raw directive text, for the fingerprint. */
  text: string;
}

/** The directive `parseSuppressions` looks for (also the scan prefilter's needle for suppressions). */
export const DIRECTIVE = 'graphguard-disable-next-line';
const RE = /(?:#|\/\/|\/\*|<!--|--|;)\s*graphguard-disable-next-line\b([^\n]*)/g;

/** Finds suppression comments in a text whose first character sits at (startLine, startColumn). */
export function parseSuppressions(text: string, startLine = 1, startColumn = 1): Suppression[] {
  if (!text.includes(DIRECTIVE)) return [];
  const out: Suppression[] = [];
  const index = new LineIndex(text, { line: startLine, column: startColumn });
  for (const m of text.matchAll(RE)) {
    const at = m.index + m[0].indexOf(DIRECTIVE);
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
    out.push({
      line,
      column: col,
      endColumn: endCol,
      targetLine: line + 1,
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      ...(reason !== undefined ? { reason } : {}),
      ...(until !== undefined ? { until } : {}),
      text: m[0].slice(m[0].indexOf(DIRECTIVE)).trim(),
    });
  }
  return out;
}

/** Why a suppression is invalid, or undefined when it is valid. */
export function suppressionProblem(
  s: Suppression,
  knownRules: ReadonlySet<string>,
  today: string,
): { messageId: 'noRule' | 'noReason' | 'unknownRule' | 'badDate' | 'expired'; data: Record<string, string> } | undefined {
  if (s.rules.length === 0) return { messageId: 'noRule', data: {} };
  for (const r of s.rules) if (!knownRules.has(r)) return { messageId: 'unknownRule', data: { rule: r } };
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
