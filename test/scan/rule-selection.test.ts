/**
 * src/scan/rule-choice.ts (through scanRepository): which code rules a file goes to. A rule sees a file
 * only when its needles match the file's bytes and it does not skip the file's path (CodeRule.skipsPath);
 * a file no rule, suppression or call reader needs is not decoded at all.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineRule } from '../../src/rule.js';
import { scanRepository } from '../../src/scan/run.js';
import type { RuleSetting } from '../../src/settings.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gg-select-'));
  mkdirSync(path.join(dir, 'docs'));
  const put = (rel: string, text: string) => writeFileSync(path.join(dir, rel), text);
  put('a.js', 'const x = "needle-one";\n');
  put('docs/a.md', 'The string needle-one, in prose.\n');
  put('b.js', 'const y = "needle-two";\n');
  put('c.js', 'nothing here\n');
  // Large enough for the SIMD pass, with both needles at the end.
  put('big.js', `${'// filler\n'.repeat(300)}needle-one needle-two\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A rule that records the files it is given, with these needles and paths it skips. */
function recorder(id: string, needle: string, skips?: (p: string) => boolean) {
  const seen: string[] = [];
  const rule = defineRule({
    id,
    kind: 'code',
    defaultSeverity: 'warn',
    description: 'Record files.',
    rationale: 'Test.',
    sources: [],
    messages: { m: { message: 'm', suggestion: 's' } },
    needles: () => [{ text: needle }],
    ...(skips ? { skipsPath: (p: string) => skips(p) } : {}),
    checkFile(ctx) {
      seen.push(ctx.file.path);
    },
  });
  return { rule, seen };
}

describe('the rules a file goes to', () => {
  it('by needle, less the rules that skip its path', async () => {
    const one = recorder('rec-one', 'needle-one', (p) => p.endsWith('.md'));
    const two = recorder('rec-two', 'needle-two');
    const settings = new Map<string, RuleSetting>([
      ['rec-one', { severity: 'warn', explicit: false, options: {} }],
      ['rec-two', { severity: 'warn', explicit: false, options: {} }],
    ]);
    const result = await scanRepository({
      cwd: dir,
      paths: ['.'],
      manifestFile: 'graphguard.yml',
      today: '2026-12-04',
      codeRules: [one.rule, two.rule],
      settings,
      declaredSecrets: [],
      debug: () => {},
    });
    expect(one.seen.sort()).toEqual(['a.js', 'big.js']);
    expect(two.seen.sort()).toEqual(['b.js', 'big.js']);
    expect(result.filesScanned).toBe(5);
  });
});
