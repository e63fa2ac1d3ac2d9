import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { formatGithub, escapeData } from '../../src/format/github.js';
import { formatJson } from '../../src/format/json.js';
import { formatJunit } from '../../src/format/junit.js';
import { xmlProblem } from '../helpers/xml.js';
import { formatSarif, MAX_SARIF_RESULTS } from '../../src/format/sarif.js';
import { formatStylish } from '../../src/format/stylish.js';
import type { Report } from '../../src/types.js';
import { sarifErrors } from '../helpers/sarif.js';

const report: Report = {
  tool: { name: 'graphguard', version: '1.0.0' },
  summary: { errors: 1, warnings: 1, notices: 0, filesScanned: 3, live: 'skipped' },
  manifest: 'graphguard.yml',
  findings: [
    {
      ruleId: 'least-privilege-tasks',
      severity: 'error',
      message: 'System user shop-prod has MANAGE on page Acme Shop, broader than its use cases allow (CREATE_CONTENT).',
      file: 'graphguard.yml',
      line: 31,
      column: 16,
      endLine: 31,
      endColumn: 24,
      fingerprint: 'abc123',
      suggestion: 'Use tasks: [CREATE_CONTENT].',
      messageId: 'broader',
      frame: { startLine: 30, lines: ['      - asset: Acme Shop', '        tasks: [MANAGE]', '      - asset: x'] },
    },
    {
      ruleId: 'token-rotation',
      severity: 'warn',
      message: 'Text with\nnewline, 100% and ::set-output name=x::y and ##[error]x & <tag>.',
      file: 'src/a b.js',
      line: 2,
      column: 1,
      endLine: 3,
      endColumn: 4,
      fingerprint: 'def456',
    },
  ],
};

describe('json', () => {
  it('is SPEC §5 exactly: no frame, no messageId', () => {
    const out = JSON.parse(formatJson(report, { rules }));
    expect(Object.keys(out)).toEqual(['tool', 'summary', 'findings']);
    expect(out.findings[0]).toEqual({
      ruleId: 'least-privilege-tasks',
      severity: 'error',
      message: report.findings[0]!.message,
      file: 'graphguard.yml',
      line: 31,
      column: 16,
      endLine: 31,
      endColumn: 24,
      fingerprint: 'abc123',
      suggestion: 'Use tasks: [CREATE_CONTENT].',
    });
    expect(out.findings[1]).not.toHaveProperty('suggestion');
  });
});

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, rules from metadata', () => {
    const out = JSON.parse(formatSarif(report, { rules }));
    expect(sarifErrors(out)).toEqual([]);
    const run = out.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id).sort());
    const lpt = run.tool.driver.rules[run.results[0].ruleIndex];
    expect(lpt.id).toBe('least-privilege-tasks');
    expect(lpt.shortDescription.text).toBe(rules.find((r) => r.id === 'least-privilege-tasks')!.description);
    expect(lpt.helpUri).toMatch(/docs\/rules\/least-privilege-tasks\.md$/);
    expect(lpt.help.markdown).toContain('Rule documentation');
    expect(run.results[0]).toMatchObject({
      ruleId: 'least-privilege-tasks',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'graphguard.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 31, startColumn: 16, endLine: 31, endColumn: 24 } } }],
      partialFingerprints: { 'graphguard/v1': 'abc123' },
    });
    expect(run.results[1].level).toBe('warning');
    expect(run.results[1].locations[0].physicalLocation.artifactLocation.uri).toBe('src/a%20b.js');
  });
  it(`keeps at most MAX_SARIF_RESULTS results (GitHub rejects a larger run), the most severe, and says so`, () => {
    const at = (i: number, severity: 'error' | 'warn' | 'notice') => ({ ...report.findings[1]!, severity, line: i + 1, fingerprint: `f${i}` });
    // Notices first in the file: the ones left out are the 3 notices, not the last 3 results.
    const findings = [0, 1, 2].map((i) => at(i, 'notice')).concat(Array.from({ length: MAX_SARIF_RESULTS }, (_, i) => at(i + 3, i % 2 ? 'error' : 'warn')));
    const out = JSON.parse(formatSarif({ ...report, findings }, { rules }));
    expect(sarifErrors(out)).toEqual([]);
    const run = out.runs[0];
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    expect(run.results.some((r: { level: string }) => r.level === 'note')).toBe(false);
    expect(run.results[0].locations[0].physicalLocation.region.startLine).toBe(4);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: {
              text: '3 of 25003 findings are left out of this file: GitHub code scanning accepts at most 25000 results per run, so the most severe are kept. Every finding is in --format json.',
            },
          },
        ],
      },
    ]);
    // At the limit, nothing is left out and the run says nothing.
    const full = JSON.parse(formatSarif({ ...report, findings: findings.slice(3) }, { rules }));
    expect(full.runs[0].results).toHaveLength(MAX_SARIF_RESULTS);
    expect(full.runs[0]).not.toHaveProperty('invocations');
  });
  it('an incomplete live check is a run that did not succeed, naming what was not verified (code scanning must not close live alerts as fixed)', () => {
    const out = JSON.parse(formatSarif({ ...report, summary: { ...report.summary, live: 'incomplete' }, unverified: ['system users of business 1: timeout'] }, { rules }));
    expect(sarifErrors(out)).toEqual([]);
    expect(out.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          { level: 'error', message: { text: "Live check incomplete; not verified: system users of business 1: timeout. The live rules' results are missing from this run." } },
        ],
      },
    ]);
  });
  it('writes a related location\'s path as the primary one (a `#`, `?` or `:` in a name stays a name)', () => {
    const related = [{ file: 'sv c/a#b?c.js', line: 2, column: 3, message: 'call' }, { file: 'srv:a#1.js', line: 1, column: 1, message: 'call' }];
    const out = JSON.parse(formatSarif({ ...report, findings: [{ ...report.findings[0]!, file: 'srv:a#1.js', related }] }, { rules }));
    expect(sarifErrors(out)).toEqual([]);
    const r = out.runs[0].results[0];
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('srv%3Aa%231.js');
    expect(r.relatedLocations.map((l: { physicalLocation: { artifactLocation: { uri: string } } }) => l.physicalLocation.artifactLocation.uri)).toEqual([
      'sv%20c/a%23b%3Fc.js',
      'srv%3Aa%231.js',
    ]);
  });
  it('an empty report is valid too', () => {
    const out = JSON.parse(formatSarif({ ...report, findings: [] }, { rules }));
    expect(sarifErrors(out)).toEqual([]);
    expect(out.runs[0].results).toEqual([]);
  });
});

describe('github', () => {
  it('one escaped workflow command per finding; columns only on one-line ranges', () => {
    const out = formatGithub(report, { rules });
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '::error file=graphguard.yml,line=31,endLine=31,col=16,endColumn=23,title=least-privilege-tasks::System user shop-prod has MANAGE on page Acme Shop, broader than its use cases allow (CREATE_CONTENT). Use tasks: [CREATE_CONTENT].',
    );
    expect(lines[1]).toMatch(/^::warning file=src\/a b\.js,line=2,endLine=3,title=token-rotation::Text with%0Anewline, 100%25 and /);
    expect(out).not.toMatch(/^::set-output/m);
    expect(out).not.toContain('##[');
  });
  it('writes a file name into `file=` escaped as the toolkit does, never altered (`::` or `##[` in a name)', () => {
    const odd = { ...report.findings[1]!, file: '::error::x.js', message: 'm' };
    const odd2 = { ...report.findings[1]!, file: 'a##[group]b,c.js', message: 'm' };
    const lines = formatGithub({ ...report, findings: [odd, odd2] }, { rules }).split('\n').filter(Boolean);
    expect(lines.map((l) => l.slice(0, l.indexOf(',line=')))).toEqual(['::warning file=%3A%3Aerror%3A%3Ax.js', '::warning file=a##[group]b%2Cc.js']);
  });
  it('an incomplete live run with no findings is one error command naming what was not verified, not an empty log', () => {
    const incomplete: Report = {
      ...report,
      summary: { errors: 0, warnings: 0, notices: 0, filesScanned: 3, live: 'incomplete' },
      findings: [],
      unverified: ['assigned pages of system user 4 (shop-prod): HTTP 500', 'x\n::warning::y'],
    };
    expect(formatGithub(incomplete, { rules })).toBe(
      '::error file=graphguard.yml,title=graphguard live check::Live check incomplete; not verified: assigned pages of system user 4 (shop-prod): HTTP 500; x%0A:\u200b:warning::y\n',
    );
    expect(formatGithub({ ...incomplete, unverified: [] }, { rules })).toBe('::error file=graphguard.yml,title=graphguard live check::Live check incomplete\n');
    // With findings, the error follows them.
    expect(formatGithub({ ...incomplete, findings: report.findings }, { rules }).split('\n').filter(Boolean).map((l) => l.slice(0, 8))).toEqual(['::error ', '::warnin', '::error ']);
  });
  it('escapeData', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
  });
});

describe('stylish', () => {
  it('groups by file, shows a frame with a caret, the fix and the totals; no colour unless asked', () => {
    const out = formatStylish(report, { rules });
    expect(out).toBe(
      [
        'graphguard.yml',
        '  31:16    error   System user shop-prod has MANAGE on page Acme Shop, broader than its use cases allow (CREATE_CONTENT).  least-privilege-tasks',
        '    30 |       - asset: Acme Shop',
        '  > 31 |         tasks: [MANAGE]',
        '       |                ^^^^^^^^',
        '    32 |       - asset: x',
        '    fix: Use tasks: [CREATE_CONTENT].',
        '',
        'src/a b.js',
        // One line: the message's newline is written `\u000a` (a line of its own could be a workflow command).
        '  2:1      warn    Text with\\u000anewline, 100% and ::set-output name=x::y and #\u200b#[error]x & <tag>.  token-rotation',
        '',
        '✖ 2 problems (1 error, 1 warning, 0 notices)',
        '',
      ].join('\n'),
    );
    expect(formatStylish(report, { rules, color: true })).toContain('\u001b[31m');
  });
  it('puts the caret under the column after tabs and wide characters (a tab stays a tab, CJK takes two)', () => {
    const f = { ...report.findings[1]!, line: 1, column: 5, endLine: 1, endColumn: 8, frame: { startLine: 1, lines: ['\t店名 TOK rest'] } };
    const out = formatStylish({ ...report, findings: [f] }, { rules });
    expect(out.split('\n')).toContain('      | \t     ^^^');
    // A control character is written `\u000c` (six columns); a combining mark takes none.
    const g = { ...f, column: 5, endColumn: 8, frame: { startLine: 1, lines: ['\fe\u0301 TOK'] } };
    expect(formatStylish({ ...report, findings: [g] }, { rules }).split('\n')).toContain(`      | ${' '.repeat(8)}^^^`);
    // Through the pipeline the line arrives cleaned, the control character written out: the same place.
    const h = { ...g, frame: { startLine: 1, lines: ['\\u000ce\u0301 TOK'] } };
    expect(formatStylish({ ...report, findings: [h] }, { rules }).split('\n')).toContain(`      | ${' '.repeat(8)}^^^`);
  });
  it('says what was not scanned', () => {
    const out = formatStylish({ ...report, findings: [], summary: { ...report.summary, errors: 0, warnings: 0 }, skipped: { binary: 2, unreadable: 0, symlinks: 1 } }, { rules });
    expect(out.split('\n')[1]).toBe('Not scanned: 2 binary, 1 symlink (see docs/scan.md).');
  });
  it('lists each unverified part on its one line (a live name with a newline starts no line of its own)', () => {
    const incomplete = { ...report, findings: [], summary: { ...report.summary, errors: 0, warnings: 0, live: 'incomplete' as const }, unverified: ['assigned pages of system user 4 (evil\n::error file=x::forged\r\n✔ No problems): refused (code 10)'] };
    // The headline says the run is not a pass (it exits 2), never "✔ No problems".
    expect(formatStylish(incomplete, { rules }).split('\n')[0]).toBe('✖ No problems found, but the live check is incomplete (3 files scanned, manifest graphguard.yml)');
    expect(formatStylish(incomplete, { rules }).split('\n').slice(1)).toEqual([
      'Live check incomplete; not verified:',
      '  - assigned pages of system user 4 (evil\\u000a::error file=x::forged\\u000d\\u000a✔ No problems): refused (code 10)',
      '',
    ]);
  });
  it('--quiet on an incomplete live run: the headline is ✖ and says what --quiet hid (hunt L2-1)', () => {
    const incomplete = { ...report, findings: [], summary: { ...report.summary, errors: 0, warnings: 0, live: 'incomplete' as const }, unverified: ['system users of business 1: refused (code 200)'] };
    expect(formatStylish(incomplete, { rules, hiddenByQuiet: { warnings: 1, notices: 0 } }).split('\n')).toEqual([
      '✖ No errors (1 warning and 0 notices not shown: --quiet), but the live check is incomplete (3 files scanned, manifest graphguard.yml)',
      'Live check incomplete; not verified:',
      '  - system users of business 1: refused (code 200)',
      '',
    ]);
    // Nothing hidden: the plain incomplete headline.
    expect(formatStylish(incomplete, { rules, hiddenByQuiet: { warnings: 0, notices: 0 } }).split('\n')[0]).toBe('✖ No problems found, but the live check is incomplete (3 files scanned, manifest graphguard.yml)');
  });
  it('a clean report says so', () => {
    expect(formatStylish({ ...report, findings: [], summary: { ...report.summary, errors: 0, warnings: 0 } }, { rules })).toBe(
      '✔ No problems (3 files scanned, manifest graphguard.yml)\n',
    );
  });
});

describe('junit', () => {
  it('escapes XML and has one failing case per finding', () => {
    const out = formatJunit(report, { rules });
    expect(out).toContain('<testsuites name="graphguard" tests="2" failures="2">');
    expect(out).toContain('&amp; &lt;tag&gt;');
    expect(out.match(/<testcase /g)).toHaveLength(2);
    expect(formatJunit({ ...report, findings: [] }, { rules })).toContain('<testcase classname="graphguard" name="no findings"/>');
  });
  it('agrees with the exit code: a finding below --fail-on passes and says so; --fail-on never fails nothing', () => {
    // The report: one error, one warning.
    const warnOnly = formatJunit(report, { rules, failOn: 'error' });
    expect(warnOnly).toContain('<testsuites name="graphguard" tests="2" failures="1">');
    expect(warnOnly.match(/<failure /g)).toHaveLength(1);
    expect(warnOnly).toContain('<system-out>warn (below --fail-on error): src/a b.js:2:1 Text with');
    expect(formatJunit(report, { rules, failOn: 'warn' })).toContain('failures="2"');
    const never = formatJunit(report, { rules, failOn: 'never' });
    expect(never).toContain('<testsuites name="graphguard" tests="2" failures="0">');
    expect(never).not.toContain('<failure ');
    expect(xmlProblem(never)).toBeUndefined();
  });
  it('agrees with exit 1 from --max-warnings: the run outcome is a failing case, first', () => {
    const warnOnly: Report = { ...report, findings: [report.findings[1]!], summary: { ...report.summary, errors: 0 } };
    const out = formatJunit(warnOnly, { rules, failOn: 'error', runFailure: '1 warning exceeds --max-warnings 0' });
    expect(out.split('\n').slice(0, 7)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="graphguard" tests="2" failures="1">',
      '  <testsuite name="graphguard" tests="1" failures="1">',
      '    <testcase classname="graphguard" name="run outcome">',
      '      <failure type="run" message="1 warning exceeds --max-warnings 0">graphguard: 1 warning exceeds --max-warnings 0</failure>',
      '    </testcase>',
      '  </testsuite>',
    ]);
    expect(out).toContain('<system-out>warn (below --fail-on error): src/a b.js:2:1 Text with');
    expect(xmlProblem(out)).toBeUndefined();
    // --quiet hid every finding: no "no findings" case above a run that fails.
    const hidden = formatJunit({ ...warnOnly, findings: [] }, { rules, failOn: 'error', runFailure: '1 warning hidden by --quiet exceeds --max-warnings 0' });
    expect(hidden).toContain('<testsuites name="graphguard" tests="1" failures="1">');
    expect(hidden).not.toContain('no findings');
  });
  it('agrees with exit 2 from an incomplete live check: an error case naming what was not verified, as SARIF says it', () => {
    const incomplete: Report = { ...report, findings: [], summary: { ...report.summary, errors: 0, warnings: 0, live: 'incomplete' }, unverified: ['system users of business 1: timeout'] };
    const text = "Live check incomplete; not verified: system users of business 1: timeout. The live rules' results are missing from this run.";
    expect(formatJunit(incomplete, { rules, failOn: 'error' })).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="graphguard" tests="2" failures="0" errors="1">',
        '  <testsuite name="graphguard" tests="2" failures="0" errors="1">',
        '    <testcase classname="graphguard" name="no findings"/>',
        '    <testcase classname="graphguard" name="live check">',
        `      <error type="live-incomplete" message="${text}">${text}</error>`,
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    const withFindings = formatJunit({ ...report, summary: { ...report.summary, live: 'incomplete' }, unverified: ['x'] }, { rules, failOn: 'error' });
    expect(withFindings).toContain('<testsuites name="graphguard" tests="3" failures="1" errors="1">');
    expect(withFindings).toContain('  <testsuite name="graphguard" tests="1" failures="0" errors="1">');
    expect(xmlProblem(withFindings)).toBeUndefined();
  });
});
