/**
 * Whole, realistic manifests in test/fixtures/manifests/ run through the real check() with every
 * rule. A trailing `# expect: <rule-id>[, <rule-id> x<n>]` marks each line where a finding at warn
 * or error must be reported; findings and markers must match exactly, as multisets of (line, rule):
 * no finding without a marker, no marker without a finding. Notices are not marked and not compared.
 * Files named clean-*.yml must have no markers at all.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { rules } from '../rules/index.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'manifests');
const TODAY = '2026-11-27';
const MARKER = /\s#\s*expect:\s*([^#]+?)\s*$/;

/** The markers of a fixture as sorted `line rule-id` strings, one per expected finding. */
function readMarkers(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return;
    for (const item of m[1]!.split(',')) {
      const im = /^\s*([a-z][a-z0-9-]*)(?:\s+x(\d+))?\s*$/.exec(item);
      if (!im) throw new Error(`line ${i + 1}: bad marker item "${item}"`);
      for (let n = 0; n < Number(im[2] ?? 1); n++) out.push(`${i + 1} ${im[1]}`);
    }
  });
  return out.sort(byLine);
}

function byLine(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);
}

async function findings(file: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-scenario-'));
  try {
    copyFileSync(path.join(DIR, file), path.join(dir, 'graphguard.yml'));
    const { report } = await check({ cwd: dir, paths: [], today: TODAY, env: {}, live: false });
    return report.findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.yml')).sort();

describe('scenario fixtures', () => {
  it('the marker parser reads lists and counts', () => {
    expect(readMarkers('a: 1\nb: 2  # expect: env-separation, app-review x2\n  # just a comment\nc: 3 # expect: admin-scope\n')).toEqual([
      '2 app-review',
      '2 app-review',
      '2 env-separation',
      '4 admin-scope',
    ]);
    expect(() => readMarkers('a: 1 # expect: Not A Rule\n')).toThrow(/bad marker/);
  });

  it('has the four scenarios, two of them clean', () => {
    expect(fixtures).toEqual(expect.arrayContaining(['clean-agency.yml', 'clean-shop.yml', 'marketing-heavy.yml', 'sloppy.yml']));
  });

  for (const file of fixtures) {
    it(`${file}: findings at warn or error match the # expect markers`, async () => {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      const markers = readMarkers(text);
      if (file.startsWith('clean-')) expect(markers, 'a clean fixture has no markers').toEqual([]);
      else expect(markers.length, 'a non-clean fixture marks its findings').toBeGreaterThan(0);
      for (const m of markers) expect(rules.map((r) => r.id), `marker rule of "${m}"`).toContain(m.split(' ')[1]);
      const found = (await findings(file)).filter((f) => f.severity !== 'notice');
      // Compare (line, rule) multisets; show the messages on mismatch.
      const actual = found.map((f) => `${f.line} ${f.ruleId}`).sort(byLine);
      const detail = found.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`).join('\n');
      expect(actual, `findings of ${file}:\n${detail}`).toEqual(markers);
    });
  }

  it('the sloppy manifest trips every static manifest rule', async () => {
    const text = readFileSync(path.join(DIR, 'sloppy.yml'), 'utf8');
    const marked = new Set(readMarkers(text).map((m) => m.split(' ')[1]));
    const manifestRules = rules.filter((r) => r.kind === 'manifest').map((r) => r.id);
    expect(manifestRules.filter((id) => !marked.has(id))).toEqual([]);
  });
});
