import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as core from '@actions/core';
import { buildJobSummary, SUMMARY_MAX_BYTES, writeJobSummary } from '../../src/github/summary.js';
import { Sink } from '../../src/secrets/sink.js';
import type { Finding, Report } from '../../src/types.js';

function report(n: number, message = 'Token EAAB…(180 chars) found.'): Report {
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
    ruleId: 'hardcoded-token',
    severity: 'error',
    message: `${message} #${i}`,
    file: `src/file-${i}.ts`,
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 20,
    fingerprint: String(i),
  }));
  return { tool: { name: 'graphguard', version: '1.0.0' }, summary: { errors: n, warnings: 0, notices: 0, filesScanned: n, live: 'skipped' }, findings };
}

describe('buildJobSummary', () => {
  it('holds totals, table and access diff', () => {
    const text = buildJobSummary(report(2), [
      { kind: 'role-raised', user: 'bm-ops', newAccess: true, path: ['systemUsers', 1, 'role'], side: 'head', text: 'bm-ops is raised to admin' },
    ]);
    expect(text).toContain('**2 errors** · 0 warnings · 0 notices · 2 files scanned · live: skipped');
    expect(text).toContain('| error | `hardcoded-token` | `src/file-1.ts:2` | Token EAAB…(180 chars) found. \\#1 |');
    expect(text).toContain('- **New access:** bm-ops is raised to admin');
    expect(text).not.toContain('not shown');
  });

  it('stays under 1 MiB with a note when the findings do not fit', () => {
    const text = buildJobSummary(report(12000, 'Ä'.repeat(60)));
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeLessThan(SUMMARY_MAX_BYTES);
    expect(bytes).toBeGreaterThan(SUMMARY_MAX_BYTES - 1000);
    const shown = text.split('\n').filter((l) => l.startsWith('| error')).length;
    expect(shown).toBeLessThan(12000);
    expect(text).toContain(`_${12000 - shown} more findings not shown — see the SARIF file or graphguard check --format json._`);
  });
});

describe('buildJobSummary with the output sink', () => {
  it('holds the limit for the text as written: control characters grow six-fold in the sink', () => {
    const sink = new Sink();
    const clean = (t: string) => sink.clean(t);
    const r = report(12000, '\u0001'.repeat(60));
    const plain = buildJobSummary(r);
    expect(Buffer.byteLength(sink.clean(plain))).toBeGreaterThan(SUMMARY_MAX_BYTES);
    const text = buildJobSummary(r, [], { clean });
    const written = Buffer.byteLength(sink.clean(text));
    expect(written).toBeLessThan(SUMMARY_MAX_BYTES);
    expect(written).toBeGreaterThan(SUMMARY_MAX_BYTES - 1000);
    expect(text).toMatch(/_\d+ more findings not shown — see the SARIF file or graphguard check --format json\._/);
  });
});

describe('writeJobSummary', () => {
  let dir: string;
  const saved = process.env.GITHUB_STEP_SUMMARY;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-summary-'));
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends to $GITHUB_STEP_SUMMARY through @actions/core', async () => {
    const file = path.join(dir, 'summary.md');
    writeFileSync(file, 'earlier step\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    expect(await writeJobSummary('## graphguard\n', core)).toEqual({ written: true });
    expect(readFileSync(file, 'utf8')).toBe('earlier step\n## graphguard\n\n');
  });

  it('never throws when the summary cannot be written, and drops the failed text', async () => {
    const calls: string[] = [];
    let buffer = '';
    const summary = {
      addRaw(text: string, eol = false) {
        buffer += text + (eol ? '\n' : '');
        return summary;
      },
      async write() {
        calls.push(`write ${JSON.stringify(buffer)}`);
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.');
      },
      emptyBuffer() {
        calls.push('empty');
        buffer = '';
        return summary;
      },
    };
    const fakeCore = { summary } as unknown as Pick<typeof core, 'summary'>;
    expect(await writeJobSummary('x', fakeCore)).toEqual({
      written: false,
      reason: 'Could not write the job summary: Unable to find environment variable for $GITHUB_STEP_SUMMARY.',
    });
    expect(calls).toEqual(['write "x\\n"', 'empty']);
    expect(buffer).toBe('');
  });
});
