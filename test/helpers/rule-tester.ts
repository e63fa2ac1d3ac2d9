/**
 * ESLint's RuleTester for graphguard: valid and invalid cases as inline YAML (and code files, live
 * snapshots, base manifests), run through the real pipeline, asserting message ids, positions
 * (start and end) and messages. Positions are drawn under the text with caret lines (the `code` and
 * `manifest` tags of test/helpers/marked.ts), and messages are given as the rule's `data`, rendered
 * through its templates, as ESLint does. It refuses lazy tests: an invalid case without expected
 * findings, duplicate cases, unknown message ids, message ids no case exercises, marks that do not
 * match the expected findings, and manifests that are not schema-valid.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { parseManifestText } from '../../src/manifest/load.js';
import { validateManifest } from '../../src/manifest/validate.js';
import { renderMessage, type AnyRule } from '../../src/rule.js';
import { MarkedText, type Mark } from './marked.js';
import type { LiveSnapshot } from '../../src/graph/types.js';
import type { Finding, Severity } from '../../src/types.js';

/** The message ids of a rule. */
type MessageIds<R extends AnyRule> = Extract<keyof R['messages'], string>;

/** A text, with or without caret marks. */
type Text = string | MarkedText;

export interface Case {
  name?: string;
  /** The manifest (graphguard.yml). */
  yaml: Text;
  /** Extra files to write and scan (code rules), path → content. */
  files?: Record<string, Text>;
  today?: string;
  env?: Record<string, string>;
  live?: LiveSnapshot;
  /** Base manifest for diff rules (null: none at base). */
  base?: string | null;
}

export interface ExpectedFinding<M extends string = string> {
  /** One of the rule's message ids (another is a compile error). */
  messageId: M;
  /** The position, when the case's texts carry no caret marks (marks give line, column and end, in finding order). */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  file?: string;
  severity?: Severity;
  /** The message's data: the message and suggestion must be the rule's templates filled with it. */
  data?: Record<string, string | number>;
  /** Substring the message must contain. */
  message?: string;
  suggestion?: string;
}

export interface InvalidCase<M extends string = string> extends Case {
  errors: ExpectedFinding<M>[];
}

const DEFAULT_TODAY = '2026-11-27';

/** Dedents a template literal so YAML cases can be indented with the test code. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n').replace(/\s+$/, '\n');
}

/** Runs one case through check() with only this rule enabled; returns the rule's findings and message ids. */
export async function runCase(rule: AnyRule, c: Case): Promise<(Finding & { messageId?: string })[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-rule-'));
  try {
    writeFileSync(path.join(dir, 'graphguard.yml'), String(c.yaml));
    for (const [p, content] of Object.entries(c.files ?? {})) {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), String(content));
    }
    const { report } = await check({
      cwd: dir,
      paths: c.files ? ['.'] : [],
      today: c.today ?? DEFAULT_TODAY,
      env: c.env ?? {},
      rules: [rule],
      live: c.live ? { snapshot: c.live } : false,
      ...(c.base !== undefined ? { base: { text: c.base, file: 'graphguard.yml' } } : {}),
    });
    return report.findings.filter((f) => f.ruleId === rule.id);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function ruleTester<R extends AnyRule>(rule: R, cases: { valid: Case[]; invalid: InvalidCase<MessageIds<R>>[] }): void {
  describe(`rule ${rule.id}`, () => {
    it('has well-formed cases', () => {
      const keys = [...cases.valid, ...cases.invalid].map((c) => JSON.stringify({ ...c, name: undefined, errors: undefined }, (_, v) => (v instanceof MarkedText ? v.text : v)));
      const dup = keys.find((k, i) => keys.indexOf(k) !== i);
      expect(dup, 'duplicate test case').toBeUndefined();
      expect(cases.valid.length, 'at least one valid case').toBeGreaterThan(0);
      expect(cases.invalid.length, 'at least one invalid case').toBeGreaterThan(0);
      const used = new Set<string>();
      for (const c of cases.invalid) {
        expect(c.errors.length, `invalid case "${c.name ?? String(c.yaml).slice(0, 40)}" lists no expected findings`).toBeGreaterThan(0);
        for (const e of c.errors) {
          expect(Object.keys(rule.messages), `unknown messageId ${e.messageId}`).toContain(e.messageId);
          used.add(e.messageId);
        }
      }
      if (rule.kind !== 'meta') {
        const unused = Object.keys(rule.messages).filter((id) => !used.has(id) && !id.startsWith('schema'));
        expect(unused, 'message ids no invalid case exercises').toEqual([]);
      }
      if (!(rule.kind === 'manifest' && rule.acceptsInvalidManifest))
        for (const c of [...cases.valid, ...cases.invalid]) {
          const m = parseManifestText(String(c.yaml), 'graphguard.yml');
          expect(validateManifest(m.value, () => m.doc), `case "${c.name ?? ''}" is not a schema-valid manifest`).toEqual([]);
        }
    });

    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, async () => {
        const found = await runCase(rule, c);
        expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
      });
    });

    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, async () => {
        const found = await runCase(rule, c);
        for (const f of found) expect(f.message, 'unfilled placeholder').not.toMatch(/\{\{/);
        const marks = marksOf(c);
        const unplaced = c.errors.filter((e) => e.line === undefined);
        expect(marks.length, 'caret marks in the case = expected findings without a line').toBe(unplaced.length);
        const actual = found.map((f, j) => {
          const e = c.errors[j];
          const fromMark = e && e.line === undefined;
          return {
            messageId: f.messageId,
            file: f.file,
            line: f.line,
            column: f.column,
            ...(fromMark || e?.endLine !== undefined ? { endLine: f.endLine } : {}),
            ...(fromMark || e?.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
            severity: f.severity,
            message: f.message,
            suggestion: f.suggestion,
          };
        });
        let next = 0;
        const want = c.errors.map((e, j) => {
          const got = actual[j];
          const m = e.line === undefined ? marks[next++] : undefined;
          if (m?.label !== undefined) expect(m.label, `the mark of expected finding #${j + 1} names another message id`).toBe(e.messageId);
          const rendered = e.data ? renderMessage(rule, e.messageId, e.data) : undefined;
          return {
            messageId: e.messageId,
            file: e.file ?? m?.file ?? got?.file,
            line: m ? m.line : e.line,
            column: m ? m.column : e.column,
            ...(m ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
            ...(!m && e.endLine !== undefined ? { endLine: e.endLine } : {}),
            ...(!m && e.endColumn !== undefined ? { endColumn: e.endColumn } : {}),
            severity: e.severity ?? got?.severity,
            message: e.message !== undefined ? expect.stringContaining(e.message) : rendered ? rendered.message : got?.message,
            suggestion: e.suggestion !== undefined ? e.suggestion : rendered ? rendered.suggestion : got?.suggestion,
          };
        });
        expect(actual).toEqual(want);
      });
    });
  });
}

/** The caret marks of a case's texts, with their files, in finding order (file, line, column). */
function marksOf(c: Case): (Mark & { file: string })[] {
  const texts: [string, Text][] = [['graphguard.yml', c.yaml], ...Object.entries(c.files ?? {})];
  const out: (Mark & { file: string })[] = [];
  for (const [file, t] of texts) if (t instanceof MarkedText) for (const m of t.marks) out.push({ ...m, file });
  // A file listed in `files` under the manifest's name replaces it: count its marks once.
  const seen = new Set<string>();
  return out
    .filter((m) => {
      const k = `${m.file}:${m.line}:${m.column}:${m.endColumn}`;
      return !seen.has(k) && seen.add(k) !== undefined;
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
}
