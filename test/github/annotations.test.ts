import { describe, expect, it } from 'vitest';
import { emitAnnotations, planAnnotations } from '../../src/github/annotations.js';
import type { Finding, Severity } from '../../src/types.js';

function finding(severity: Severity, file: string, line: number, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: `rule-${severity}`,
    severity,
    message: `${severity} at ${file}:${line}.`,
    file,
    line,
    column: 3,
    endLine: line,
    endColumn: 10,
    fingerprint: `${file}:${line}`,
    ...over,
  };
}

const many = (severity: Severity, n: number) => Array.from({ length: n }, (_, i) => finding(severity, 'f.yml', n - i));

describe('planAnnotations', () => {
  it('annotates everything under the caps, most severe first, stable by file and line', () => {
    const plan = planAnnotations([
      finding('notice', 'a.yml', 1),
      finding('warn', 'b.yml', 9),
      finding('error', 'b.yml', 2),
      finding('warn', 'a.yml', 30),
      finding('error', 'a.yml', 7),
    ]);
    expect(plan.omitted).toBe(0);
    expect(plan.annotations.map((a) => `${a.level} ${a.properties.file}:${a.properties.startLine}`)).toEqual([
      'error a.yml:7',
      'error b.yml:2',
      'warning a.yml:30',
      'warning b.yml:9',
      'notice a.yml:1',
    ]);
    expect(plan.annotations[0]).toEqual({
      level: 'error',
      message: 'error at a.yml:7.',
      properties: { title: 'rule-error', file: 'a.yml', startLine: 7, endLine: 7, startColumn: 3, endColumn: 9 },
    });
  });

  it('caps each severity at 10, the failure message taking one error slot, and adds one overflow notice', () => {
    const plan = planAnnotations([...many('notice', 12), ...many('warn', 11), ...many('error', 15)], { failureMessage: '15 errors.' });
    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length;
    expect(count('error')).toBe(9);
    expect(count('warning')).toBe(10);
    expect(count('notice')).toBe(10);
    expect(plan.omitted).toBe(6 + 1 + 3);
    const last = plan.annotations.at(-1);
    expect(last?.level).toBe('notice');
    expect(last?.message).toBe(
      '10 more findings are not annotated (6 errors, 1 warning, 3 notices): GitHub shows at most 10 annotations of each severity per step. See the job summary and the SARIF file for all of them.',
    );
    // the kept errors are the first lines
    expect(plan.annotations.filter((a) => a.level === 'error').map((a) => a.properties.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('adds the overflow notice when only notices overflow, and not when exactly at the cap', () => {
    expect(planAnnotations(many('notice', 10)).annotations).toHaveLength(10);
    expect(planAnnotations(many('notice', 10)).omitted).toBe(0);
    const plan = planAnnotations(many('notice', 11));
    expect(plan.annotations).toHaveLength(10);
    expect(plan.omitted).toBe(2);
    expect(plan.annotations.at(-1)?.message).toMatch(/^2 more findings are not annotated \(2 notices\)/);
  });

  it('respects custom caps', () => {
    const plan = planAnnotations(many('error', 3), { caps: { error: 1, notice: 1 } });
    expect(plan.annotations.map((a) => a.level)).toEqual(['error', 'notice']);
    expect(plan.omitted).toBe(2);
  });

  it('sends columns only for one-line ranges, and maps exclusive ends', () => {
    const plan = planAnnotations([
      finding('error', 'a.yml', 3, { endLine: 5, endColumn: 4 }),
      finding('error', 'a.yml', 8, { endLine: 9, endColumn: 1 }),
      finding('error', 'env', 0, { column: 0, endLine: 0, endColumn: 0 }),
    ]);
    expect(plan.annotations.map((a) => a.properties)).toEqual([
      { title: 'rule-error', file: 'a.yml', startLine: 3, endLine: 5 },
      { title: 'rule-error', file: 'a.yml', startLine: 8, endLine: 8, startColumn: 3, endColumn: 3 },
      { title: 'rule-error', file: 'env' },
    ]);
  });
});

describe('emitAnnotations', () => {
  it('calls core.error/warning/notice with the planned properties', () => {
    const calls: [string, string, unknown][] = [];
    const core = {
      error: (m: string | Error, p?: unknown) => calls.push(['error', String(m), p]),
      warning: (m: string | Error, p?: unknown) => calls.push(['warning', String(m), p]),
      notice: (m: string | Error, p?: unknown) => calls.push(['notice', String(m), p]),
    };
    emitAnnotations(planAnnotations([finding('warn', 'a.yml', 2, { suggestion: 'Do this.' }), finding('error', 'a.yml', 1)]), core);
    expect(calls).toEqual([
      ['error', 'error at a.yml:1.', { title: 'rule-error', file: 'a.yml', startLine: 1, endLine: 1, startColumn: 3, endColumn: 9 }],
      ['warning', 'warn at a.yml:2. Do this.', { title: 'rule-warn', file: 'a.yml', startLine: 2, endLine: 2, startColumn: 3, endColumn: 9 }],
    ]);
  });

  it('through the real @actions/core, a message cannot start a workflow command', async () => {
    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      emitAnnotations(planAnnotations([finding('error', 'a.yml', 1, { message: 'x\n::add-mask::leak\r\n##[error]y' })]));
    } finally {
      process.stdout.write = original;
    }
    const out = written.join('');
    const lines = out.split(/\r?\n/).filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error title=rule-error,file=a.yml,line=1,endLine=1,col=3,endColumn=9::x%0A:\u200b:add-mask::leak%0D%0A#\u200b#\[error\]y$/);
  });
});
