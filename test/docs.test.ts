/**
 * Doc examples are executed: each incorrect example yields its rule's finding, each correct one none.
 * Every rule page runs: live pages with their ```json live business, new-access with its ```yaml base,
 * the suppression rules with every rule on (what a suppression names must run for it to be used).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { check } from '../src/check.js';
import { main } from '../src/cli.js';
import type { AnyRule } from '../src/rule.js';
import { readDocExamples, type DocExample } from './helpers/doc-examples.js';
import { runCase } from './helpers/rule-tester.js';

/** The suppression rules' examples, through check() with every rule: only this rule's findings count. */
async function runWithAllRules(rule: AnyRule, ex: DocExample) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-doc-'));
  try {
    writeFileSync(path.join(dir, 'graphguard.yml'), ex.yaml);
    for (const [p, content] of Object.entries(ex.files)) {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), content);
    }
    const { report } = await check({ cwd: dir, paths: Object.keys(ex.files).length > 0 ? ['.'] : [], today: '2026-11-27', env: {}, live: false });
    return report.findings.filter((f) => f.ruleId === rule.id);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('docs/rules examples', () => {
  let examples = 0;
  for (const rule of rules) {
    const page = `docs/rules/${rule.id}.md`;
    const list = existsSync(page) ? readDocExamples(page) : [];
    examples += list.length;
    it(`${rule.id}: the page exists and has an incorrect and a correct example`, () => {
      expect(existsSync(page)).toBe(true);
      expect(list.filter((e) => e.kind === 'incorrect').length).toBeGreaterThan(0);
      expect(list.filter((e) => e.kind === 'correct').length).toBeGreaterThan(0);
      if (rule.kind === 'live') expect(list.every((e) => e.live !== undefined), 'live examples need a ```json live block').toBe(true);
      if (rule.kind === 'diff') expect(list.every((e) => e.base !== undefined), 'diff examples need a ```yaml base block').toBe(true);
    });
    for (const ex of list) {
      it(`${rule.id}: ${ex.kind} example at ${page}:${ex.line}`, async () => {
        const found =
          rule.kind === 'meta'
            ? await runWithAllRules(rule, ex)
            : await runCase(rule, {
                yaml: ex.yaml,
                ...(Object.keys(ex.files).length ? { files: ex.files } : {}),
                ...(ex.live ? { live: ex.live } : {}),
                ...(ex.base !== undefined ? { base: ex.base } : {}),
              });
        if (ex.kind === 'incorrect') expect(found.length, 'an incorrect example must produce a finding').toBeGreaterThan(0);
        else expect(found.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
      });
    }
  }
  it('every page has examples that run', () => expect(examples).toBeGreaterThanOrEqual(rules.length * 2));
});

describe('what ships cites no SPEC (it does not ship)', () => {
  const SPEC = /\bSPEC\b/;
  /** The text files of package.json's `files` but dist/ (built from src/, whose comments may cite it) and the CHANGELOG's history. */
  function shipped(): string[] {
    const out: string[] = [];
    const walk = (p: string) => {
      if (statSync(p).isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
      else if (/\.(md|json|ya?ml|txt)$/.test(p)) out.push(p);
    };
    for (const entry of (JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] }).files) {
      if (entry.startsWith('dist') || entry === 'CHANGELOG.md' || !existsSync(entry)) continue;
      walk(entry.replace(/\/$/, ''));
    }
    return out;
  }

  it('in the docs, data, schema and examples, and in every help text', async () => {
    const files = shipped();
    expect(files).toContain('docs/evidence.md');
    expect(files).toContain('schema/manifest.schema.json');
    expect(files.filter((f) => SPEC.test(readFileSync(f, 'utf8')))).toEqual([]);
    for (const args of [['--help'], ...['check', 'baseline', 'diff', 'init', 'infer', 'rotate', 'rules', 'explain', 'schema'].map((c) => [c, '--help'])]) {
      let text = '';
      await main(args, { cwd: process.cwd(), env: {}, stdout: (s) => void (text += s), stderr: (s) => void (text += s), isTTY: false });
      expect(text.length, args.join(' ')).toBeGreaterThan(0);
      expect(text.split('\n').filter((l) => SPEC.test(l)), args.join(' ')).toEqual([]);
    }
  });
});
