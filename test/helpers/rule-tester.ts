/**
 * ESLint's RuleTester for graphguard: valid and invalid cases as inline YAML (and code files, live
 * snapshots, base manifests), run through the real pipeline, asserting message ids, lines and
 * columns. It refuses lazy tests: an invalid case without expected findings, duplicate cases,
 * unknown message ids, message ids no case exercises, and manifests that are not schema-valid.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { parseManifestText } from '../../src/manifest/load.js';
import { validateManifest } from '../../src/manifest/validate.js';
import type { AnyRule } from '../../src/rule.js';
import type { LiveSnapshot } from '../../src/graph/types.js';
import type { Finding, Severity } from '../../src/types.js';

export interface Case {
  name?: string;
  /** The manifest (graphguard.yml). */
  yaml: string;
  /** Extra files to write and scan (code rules), path → content. */
  files?: Record<string, string>;
  today?: string;
  env?: Record<string, string>;
  live?: LiveSnapshot;
  /** Base manifest for diff rules (null: none at base). */
  base?: string | null;
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  file?: string;
  severity?: Severity;
  /** Substring the message must contain. */
  message?: string;
  suggestion?: string;
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
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
    writeFileSync(path.join(dir, 'graphguard.yml'), c.yaml);
    for (const [p, content] of Object.entries(c.files ?? {})) {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), content);
    }
    const { report } = await check({
      cwd: dir,
      paths: c.files ? Object.keys(c.files) : [],
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

export function ruleTester(rule: AnyRule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    it('has well-formed cases', () => {
      const keys = [...cases.valid, ...cases.invalid].map((c) => JSON.stringify({ ...c, name: undefined, errors: undefined }));
      const dup = keys.find((k, i) => keys.indexOf(k) !== i);
      expect(dup, 'duplicate test case').toBeUndefined();
      expect(cases.valid.length, 'at least one valid case').toBeGreaterThan(0);
      expect(cases.invalid.length, 'at least one invalid case').toBeGreaterThan(0);
      const used = new Set<string>();
      for (const c of cases.invalid) {
        expect(c.errors.length, `invalid case "${c.name ?? c.yaml.slice(0, 40)}" lists no expected findings`).toBeGreaterThan(0);
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
          const m = parseManifestText(c.yaml, 'graphguard.yml');
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
        const actual = found.map((f) => ({
          messageId: f.messageId,
          line: f.line,
          column: f.column,
          file: f.file,
          severity: f.severity,
          message: f.message,
          suggestion: f.suggestion,
        }));
        for (const f of found) expect(f.message, 'unfilled placeholder').not.toMatch(/\{\{/);
        const want = c.errors.map((e, j) => ({
          messageId: e.messageId,
          line: e.line,
          column: e.column,
          file: e.file ?? actual[j]?.file,
          severity: e.severity ?? actual[j]?.severity,
          message: e.message !== undefined ? expect.stringContaining(e.message) : actual[j]?.message,
          suggestion: e.suggestion !== undefined ? e.suggestion : actual[j]?.suggestion,
        }));
        expect(actual).toEqual(want);
      });
    });
  });
}
