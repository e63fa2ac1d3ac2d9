/**
 * Stage 7: suppression comments (the manifest's and each scanned file's) hide the findings on their
 * next line; the meta rules report the comments that are invalid or hide nothing.
 */
import { LEAKED_SECRET_RULES, pipelineFinding, type InternalFinding } from '../findings.js';
import type { AnyRule } from '../rule.js';
import type { FileSuppressions } from '../scan/run.js';
import { yamlComments } from '../manifest/comments.js';
import { LineIndex } from '../position.js';
import { covers, DIRECTIVE, parseSuppressions, readerLineEndColumn, suppressionProblem, type Suppression } from '../suppress.js';
import { settingOf, type CheckRun } from './run.js';
import type { HiddenSecret } from '../types.js';

export interface SuppressResult {
  /** The findings left, plus the meta rules' findings on the comments. */
  findings: InternalFinding[];
  suppressed: number;
  /** The leaked-secret findings a comment hid (Report.hiddenSecrets). */
  hidden: HiddenSecret[];
}

export { LEAKED_SECRET_RULES };

export function suppress(run: CheckRun, findings: InternalFinding[], scanned: Map<string, FileSuppressions>, manifestAsListed?: string): SuppressResult {
  const byFile = new Map(scanned);
  // The scan's reading of the manifest under the name it lists it by (a symlinked `--manifest`): its
  // comments are the manifest's own, judged once below.
  if (manifestAsListed !== undefined) byFile.delete(manifestAsListed);
  const manifestSup: FileSuppressions = new Map();
  for (const s of manifestSuppressions(run.loaded.text)) manifestSup.set(s.line, { s, used: false });
  // The manifest's own: its YAML comments only (the scan's reading of it as a file counts a `#` inside a
  // quoted name too).
  byFile.set(run.loaded.file, manifestSup);

  const invalidRule = metaRule(run, 'invalid-suppressions');
  const unusedRule = metaRule(run, 'unused-suppressions');
  const meta: InternalFinding[] = [];
  const report = (rule: AnyRule, file: string, s: Suppression, messageId: string, data: Record<string, string>) =>
    meta.push(
      pipelineFinding(rule, settingOf(run, rule), { file, line: s.line, column: s.column, endColumn: s.endColumn, anchor: s.text }, messageId, data, {
        repositoryPrefix: run.repositoryPrefix,
      }),
    );

  const valid = new Map<string, FileSuppressions>();
  for (const [file, sups] of byFile) {
    const ok: FileSuppressions = new Map();
    for (const entry of sups.values()) {
      const p = suppressionProblem(entry.s, run.knownRuleIds, run.today);
      if (!p) ok.set(entry.s.targetLine, entry);
      else if (invalidRule && !entry.s.example) report(invalidRule, file, entry.s, p.messageId, p.data);
    }
    valid.set(file, ok);
  }
  let suppressed = 0;
  const hidden: HiddenSecret[] = [];
  const kept = findings.filter((f) => {
    // A history finding is in a blob of another commit: the comments of today's file at that path are
    // not its own (the blob's own were applied when it was scanned, scan/history.ts).
    if (f.history) return true;
    // (A comment naming a change to approve, `new-access`, is invalid above, so it is not among these.)
    const entry = valid.get(f.file)?.get(f.line);
    // Only the findings before the line's first U+2028, U+2029 or lone CR: the line a reader sees next.
    if (!entry?.s.rules.includes(f.ruleId) || !covers(entry.s, f.line, f.column)) return true;
    entry.used = true;
    suppressed++;
    if (LEAKED_SECRET_RULES.has(f.ruleId)) hidden.push({ file: f.file, line: f.line, rule: f.ruleId, by: 'suppression' });
    return false;
  });
  if (unusedRule)
    for (const [file, sups] of valid)
      for (const entry of sups.values()) if (!entry.used && !entry.s.example) report(unusedRule, file, entry.s, 'unused', { rules: entry.s.rules.join(', ') });
  // (Two comments of the same text in one file get fingerprints of their own with the other findings:
  // check.ts's distinctRepeats.)
  return { findings: [...kept, ...meta], suppressed, hidden };
}

/**
 * The manifest's suppression comments: YAML comments only (the CST tells one from a `#` inside a quoted
 * name or a block scalar, which is text: a name cannot hide a finding).
 */
function manifestSuppressions(text: string): Suppression[] {
  if (!text.includes(DIRECTIVE)) return [];
  const index = new LineIndex(text);
  const out: Suppression[] = [];
  for (const c of yamlComments(text, (rest) => rest.includes(DIRECTIVE))) {
    const at = index.position(c.start);
    // The comment's text alone does not hold the line after it: where that line ends, from the whole text.
    // (YAML ends a comment at a lone CR too: a directive whose line goes on past one is split, as in a file.)
    for (const s of parseSuppressions(c.text, at.line, at.column)) {
      const own = index.lineText(s.line) ?? '';
      out.push({
        ...s,
        targetEndColumn: readerLineEndColumn(index.lineText(s.targetLine) ?? ''),
        ...(/[\u2028\u2029]|\r(?!$)/.test(own.slice(s.column - 1)) ? { splitLine: true as const } : {}),
      });
    }
  }
  return out;
}

/** The active meta rule that reports `what`, if the run has one. */
function metaRule(run: CheckRun, what: 'invalid-suppressions' | 'unused-suppressions'): AnyRule | undefined {
  return run.rules.find((r) => r.kind === 'meta' && r.reports === what && settingOf(run, r).severity !== 'off');
}
