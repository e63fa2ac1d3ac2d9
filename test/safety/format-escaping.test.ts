/** Each format escapes what it must (SPEC §8): JUnit XML 1.0, SARIF URIs, workflow commands, markdown. */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { formatJunit } from '../../src/format/junit.js';
import { formatSarif, sarifUri } from '../../src/format/sarif.js';
import { escapeData, formatGithub, neutraliseCommands } from '../../src/format/github.js';
import { escapeCell, escapeInline, formatMarkdown, neutraliseCommands as mdNeutralise } from '../../src/format/markdown.js';
import { FORMATS, renderReport } from '../../src/format/index.js';
import { safeIO, Sink } from '../../src/secrets/sink.js';
import type { Finding, Report } from '../../src/types.js';
import { xmlProblem } from '../helpers/xml.js';
import { formatStylish } from '../../src/format/stylish.js';
import { formatDiffText } from '../../src/diff.js';
import { fakeSecret } from '../helpers/secrets.js';

const HOSTILE = 'a\u0000b\u0001c\u000bd\u001b[31me\u007ff\u0085g\ufffeh\uffffi]]>j<k>&l"m\'\ud800n\u202eo\tp\nq';

function report(f: Partial<Finding>): Report {
  return {
    tool: { name: 'graphguard', version: '1.0.0' },
    summary: { errors: 1, warnings: 0, notices: 0, filesScanned: 1, live: 'skipped' },
    findings: [
      {
        ruleId: 'hardcoded-token',
        severity: 'error',
        message: 'Message.',
        file: 'src/a.ts',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        fingerprint: '0'.repeat(32),
        ...f,
      },
    ],
  };
}

describe('JUnit', () => {
  it('is well-formed XML 1.0 whatever the names and messages hold', () => {
    const r = report({ file: HOSTILE, message: HOSTILE, suggestion: HOSTILE, ruleId: HOSTILE });
    const xml = formatJunit(r, { rules });
    expect(xmlProblem(xml)).toBeUndefined();
    expect(xml).not.toContain(']]>');
    expect(xml).toContain('\\u001b[31me');
  });

  it('stays well-formed through the sink (renderReport), and the helper catches broken XML', () => {
    expect(xmlProblem(renderReport('junit', report({ file: HOSTILE, message: HOSTILE }), { rules }, new Sink()))).toBeUndefined();
    expect(xmlProblem('<a>\u0001</a>')).toMatch(/not an XML 1.0 Char/);
    expect(xmlProblem('<a>x]]>y</a>')).toMatch(/]]>/);
    expect(xmlProblem('<a b="<"/>')).toMatch(/malformed/);
  });
});

describe('SARIF artifact URIs', () => {
  it('percent-encode #, ?, %, spaces, colons and non-ASCII per segment', () => {
    expect(sarifUri('src/a#b?c%d e:f/ü.ts')).toBe('src/a%23b%3Fc%25d%20e%3Af/%C3%BC.ts');
    expect(sarifUri('x/\ud800.ts')).toBe('x/%EF%BF%BD.ts');
    const sarif = JSON.parse(formatSarif(report({ file: 'dir/a#1?.ts' }), { rules })) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uri = sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('dir/a%231%3F.ts');
    expect(decodeURIComponent(uri)).toBe('dir/a#1?.ts');
  });
});

describe('workflow commands: one neutraliser', () => {
  it('markdown and github use the same function', () => {
    expect(mdNeutralise).toBe(neutraliseCommands);
  });

  it('breaks :: at any line start (Unicode whitespace and U+0085 too) and ##[ anywhere', () => {
    expect(neutraliseCommands('::error::x\n \u00a0\u0085::warning::y\r::add-mask::z\u2028::set-output name=a::b ##[group]')).toBe(
      ':\u200b:error::x\n \u00a0\u0085:\u200b:warning::y\r:\u200b:add-mask::z\u2028:\u200b:set-output name=a::b #\u200b#[group]',
    );
  });

  it('the github format cannot be made to start a second command', () => {
    const out = formatGithub(report({ message: 'x\n::error file=evil::pwned\r\n##[error]y', file: 'a,b:c\n::x' }), { rules });
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    // The name is escaped, never altered: with its `:` and newline escaped it can start nothing.
    expect(out).toContain('file=a%2Cb%3Ac%0A%3A%3Ax,');
    expect(escapeData('%\r\n')).toBe('%25%0D%0A');
  });
});

describe('`##[` anywhere in a human format (hunt IO-7: the runner reads it in any log line)', () => {
  it('stylish breaks it in a file name, a message, a suggestion and a code frame line; the diff text in a change', () => {
    const out = formatStylish(
      report({
        file: 'src/x##[error]forged.js',
        message: 'm ##[warning]y',
        suggestion: 's ##[stop-commands]z',
        line: 1,
        column: 12,
        frame: { startLine: 1, lines: ['const a = "##[error]q";'] },
      }),
      { rules },
    );
    expect(out).not.toContain('##[');
    expect(out).toContain('src/x#\u200b#[error]forged.js');
    expect(out).toContain('const a = "#\u200b#[error]q";');
    // The caret stays under column 12 (the zero-width space takes no column).
    expect(out.split('\n').find((l) => l.includes('^'))).toBe(`      | ${' '.repeat(11)}^`);
    const text = formatDiffText([{ kind: 'grant-added', user: 'shop-prod', newAccess: true, path: [], side: 'head', text: 'shop-prod gains MANAGE on page Shop ##[error]forged' }]);
    expect(text).not.toContain('##[');
    // A file or user name at a line's start cannot start a command either (hunt FIN31-4).
    const named = formatStylish(report({ file: '::error file=graphguard.yml,line=1::pwned.js' }), { rules });
    expect(named.split('\n')[0]).toBe(':\u200b:error file=graphguard.yml,line=1::pwned.js');
    const user = formatDiffText([{ kind: 'grant-added', user: '::warning::u', newAccess: true, path: [], side: 'head', text: 'x' }]);
    expect(user.split('\n')[0]).toBe(':\u200b:warning::u');
  });
});

describe('markdown', () => {
  it('a bare URL, www. name, e-mail or mention in a name is not a link or a ping', () => {
    const text = escapeInline('see https://evil.example/x and www.evil.example, mail a@b.example, @octocat, #12');
    expect(text).toBe('see https\u200b://evil.example/x and www\u200b.evil.example, mail a@\u200bb.example, @\u200boctocat, \\#12');
    expect(escapeCell('<img src=x onerror=alert(1)> [x](javascript:alert(1))')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; \\[x\\](javascript\u200b:alert(1))',
    );
  });

  it('asset names in the access diff are escaped the same way', () => {
    const md = formatMarkdown(report({}), {
      changes: [{ newAccess: true, text: 'shop-prod gains MANAGE on https://evil.example <b>x</b>' } as never],
    });
    expect(md).toContain('https\u200b://evil.example &lt;b&gt;x&lt;/b&gt;');
  });
});

describe('every format through the sink', () => {
  it('no raw control character reaches any format, rendered and written as the CLI does', () => {
    for (const format of FORMATS) {
      let out = '';
      const io = safeIO({ env: {}, stdout: (s: string) => (out += s), stderr: () => {} });
      io.stdout(renderReport(format, report({ file: HOSTILE, message: HOSTILE, ruleId: 'x\u001b]0;t\u0007' }), { rules }, io.sink));
      expect(out, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    }
  });
});

describe('file names with layout characters (a newline, a tab) in the formats that encode them', () => {
  const token = `EAAB${'x7Kq'.repeat(10)}`;
  const render = (format: (typeof FORMATS)[number], file: string) => {
    let out = '';
    const io = safeIO({ env: {}, stdout: (s: string) => (out += s), stderr: () => {} });
    io.stdout(renderReport(format, report({ file, related: [{ file, line: 1, column: 1, message: 'm' }] }), { rules }, io.sink));
    return out;
  };

  it('SARIF, JSON and github name the file itself (encoded), the others show it escaped; a token in a name is redacted in all', () => {
    const sarif = JSON.parse(render('sarif', 'src/a\nb\tc.ts'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('src/a%0Ab%09c.ts');
    expect(sarif.runs[0].results[0].relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('src/a%0Ab%09c.ts');
    const json = JSON.parse(render('json', 'src/a\nb.ts'));
    expect(json.findings[0].file).toBe('src/a\nb.ts');
    expect(json.findings[0].related[0].file).toBe('src/a\nb.ts');
    expect(render('github', 'src/a\nb.ts')).toMatch(/^::error file=src\/a%0Ab\.ts,line=1,/);
    expect(render('stylish', 'src/a\nb.ts')).toContain('src/a\\u000ab.ts');
    for (const format of FORMATS) {
      const out = render(format, `src/${token}\n.ts`);
      expect(out, format).not.toContain(token.slice(8, 20));
      expect(out, format).toContain('EAAB');
    }
  });
});

describe('messages cut, one line, and names from live', () => {
  it('stylish writes a message, a suggestion and a file name on one line: no line of it can start a workflow command', () => {
    const r: Report = {
      tool: { name: 'graphguard', version: '0' },
      summary: { errors: 1, warnings: 0, notices: 0, filesScanned: 1, live: 'skipped' },
      findings: [
        {
          ruleId: 'manifest-schema',
          severity: 'error',
          message: 'Unknown use case `x\n::add-mask::Revoke\n::error title=Deploy approved::all checks passed`.',
          suggestion: 'Use\r\n::warning::this',
          file: 'a\n::error::b.yml',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          fingerprint: 'f',
        },
      ],
    };
    const out = renderReport('stylish', r, { rules, color: false }, new Sink());
    expect(out.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(out).toContain('Unknown use case `x\\u000a::add-mask::Revoke\\u000a::error title=Deploy approved::all checks passed`.');
  });

  it('clipRedacted redacts before it cuts (a credential cut short keeps no shape to be redacted by)', async () => {
    const { clipRedacted } = await import('../../src/secrets/sink.js');
    const hex = fakeSecret('', 32, 4243, '0123456789abcdef');
    expect(clipRedacted(`123456789012345|${hex}`, 40)).toBe('1234…(48 chars)');
    expect(clipRedacted(`app_secret=${hex}`, 40)).toBe(`app_secret=${hex.slice(0, 4)}…(32 chars)`);
    expect(clipRedacted('x'.repeat(50), 40)).toBe(`${'x'.repeat(40)}…`);
  });

  it('init --from-live never makes a system-user name of a token (lower-cased past every detector)', async () => {
    const { sanitizeName } = await import('../../src/graph/init-from-live.js');
    expect(sanitizeName(`Bot ${fakeSecret('E' + 'AAG', 150, 4242)}`)).toBe('system-user');
    expect(sanitizeName('Catalog Sync (prod)')).toBe('catalog-sync-prod');
  });
});
