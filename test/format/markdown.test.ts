import { describe, expect, it } from 'vitest';
import { escapeCell, formatMarkdown, neutraliseCommands } from '../../src/format/markdown.js';
import type { AccessChange } from '../../src/diff.js';
import type { Finding, Report, Severity } from '../../src/types.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'least-privilege-tasks',
    severity: 'error',
    message: 'Task MANAGE on page Acme Shop is broader than CREATE_CONTENT.',
    file: 'graphguard.yml',
    line: 31,
    column: 17,
    endLine: 31,
    endColumn: 31,
    fingerprint: 'fp',
    ...over,
  };
}

function report(findings: Finding[], over: Partial<Report['summary']> = {}): Report {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    tool: { name: 'graphguard', version: '1.0.0' },
    summary: { errors: count('error'), warnings: count('warn'), notices: count('notice'), filesScanned: 42, live: 'skipped', ...over },
    findings,
  };
}

const change = (over: Partial<AccessChange>): AccessChange => ({
  kind: 'permission-added',
  user: 'shop-prod',
  newAccess: true,
  path: ['systemUsers', 0, 'permissions', 0],
  side: 'head',
  text: 'shop-prod gains permission ads_management',
  ...over,
});

describe('formatMarkdown', () => {
  it('renders a clean report', () => {
    expect(formatMarkdown(report([]))).toBe(
      ['## graphguard', '', '0 errors · 0 warnings · 0 notices · 42 files scanned · live: skipped', '', 'No findings.', ''].join('\n'),
    );
  });

  it('renders totals and a findings table, most severe first', () => {
    const out = formatMarkdown(
      report([
        finding({ severity: 'notice', ruleId: 'live-token-age', file: 'b.yml', line: 2, message: 'Old.' }),
        finding({ severity: 'warn', ruleId: 'token-rotation', line: 40, message: 'No rotation.', suggestion: 'Add rotateEveryDays.' }),
        finding(),
      ]),
      { title: 'graphguard — PR #7' },
    );
    expect(out).toBe(
      [
        '## graphguard — PR \\#7',
        '',
        '**1 error** · 1 warning · 1 notice · 42 files scanned · live: skipped',
        '',
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        '| error | `least-privilege-tasks` | `graphguard.yml:31` | Task MANAGE on page Acme Shop is broader than CREATE\\_CONTENT. |',
        '| warning | `token-rotation` | `graphguard.yml:40` | No rotation. Add rotateEveryDays. |',
        '| notice | `live-token-age` | `b.yml:2` | Old. |',
        '',
      ].join('\n'),
    );
  });

  it('escapes pipes, newlines, backticks and HTML in messages', () => {
    expect(escapeCell('a | b\nc `d` <!-- x -->')).toBe('a \\| b c \\`d\\` &lt;\\!-- x --&gt;');
    const out = formatMarkdown(report([finding({ message: 'one | two\nthree `x`', file: 'we|ird`.js' })]));
    const row = out.split('\n').find((l) => l.startsWith('| error'));
    expect(row).toBe('| error | `least-privilege-tasks` | we\\|ird\\`.js:31 | one \\| two three \\`x\\` |');
  });

  it('cannot emit a workflow command, whatever the scanned text', () => {
    const nasty = 'x\n::set-output name=a::b\n  ::error::boom ##[error]bad';
    const out = formatMarkdown(report([finding({ message: nasty, file: '::add-mask::f' })]), {
      title: '::warning::t',
      changes: [change({ text: `${nasty}` })],
    });
    for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*::/);
    expect(out).not.toContain('##[');
    expect(neutraliseCommands('::a\n  ::b ##[c')).toBe(':\u200b:a\n  :\u200b:b #\u200b#[c');
    expect(neutraliseCommands('\u00a0\t::a\r\nb :: c')).toBe('\u00a0\t:\u200b:a\r\nb :: c');
  });

  it('lists access changes with new access first and marked', () => {
    const out = formatMarkdown(report([]), {
      changes: [
        change({ kind: 'permission-removed', newAccess: false, text: 'a-user loses permission x_y' }),
        change({ text: 'shop-prod gains MANAGE on page Acme Shop' }),
      ],
    });
    expect(out.split('\n').slice(6)).toEqual([
      '### Access changes',
      '',
      '2 changes to system-user access, 1 granting new access.',
      '',
      '- **New access:** shop-prod gains MANAGE on page Acme Shop',
      '- a-user loses permission x\\_y',
      '',
    ]);
  });

  it('truncates whole rows to maxChars with a note and link', () => {
    const findings = Array.from({ length: 50 }, (_, i) => finding({ line: i + 1, message: `Finding number ${i + 1}.` }));
    const full = formatMarkdown(report(findings));
    const maxChars = 1200;
    const out = formatMarkdown(report(findings), { maxChars, moreUrl: 'https://example.test/run/1' });
    expect(full.length).toBeGreaterThan(maxChars);
    expect(out.length).toBeLessThanOrEqual(maxChars);
    const rows = out.split('\n').filter((l) => l.startsWith('| error'));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.at(-1)).toBe(full.split('\n').filter((l) => l.startsWith('| error'))[rows.length - 1]);
    expect(out).toContain(`_${50 - rows.length} more findings not shown — see [the job summary](https://example.test/run/1)._`);
    // the next row would not have fitted
    const oneMore = formatMarkdown(report(findings), { maxChars: maxChars + 1 });
    expect(oneMore.split('\n').filter((l) => l.startsWith('| error')).length).toBe(rows.length);
  });

  it('keeps the access list when the table gives way, and fits UTF-8 bytes', () => {
    const findings = Array.from({ length: 40 }, (_, i) => finding({ line: i + 1, message: `Ünïcödé ${i} ✓✓✓✓✓✓✓✓✓✓` }));
    const out = formatMarkdown(report(findings), { maxBytes: 1500, changes: [change({})] });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(1500);
    expect(out).toContain('- **New access:** shop-prod gains permission ads\\_management');
    expect(out).toMatch(/_\d+ more findings not shown — see the job summary\/SARIF\._/);
  });

  it('mentions suppressed, baselined and unverified parts', () => {
    const r = { ...report([], { live: 'incomplete' }), suppressed: 2, baselined: 1, unverified: ['token of shop-prod'] };
    const out = formatMarkdown(r);
    expect(out).toContain('0 errors · 0 warnings · 0 notices · 42 files scanned · live: incomplete (2 suppressed, 1 in the baseline)');
    expect(out).toContain('Live check incomplete; not verified: token of shop-prod.');
  });
});

describe('mentions', () => {
  it('an @name in a message or path never notifies anyone', async () => {
    const { escapeInline } = await import('../../src/format/markdown.js');
    expect(escapeInline('src/@acme/pkg.js uses @octocat')).toBe('src/@\u200bacme/pkg.js uses @\u200boctocat');
    expect(escapeInline('a @ b')).toBe('a @ b');
  });
});
