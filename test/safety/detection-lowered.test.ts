/**
 * Hunt U1: a pull request must not hide the token it adds, silently, through what it controls (the head
 * manifest's `rules:` and `scan:`, a suppression comment, the baseline). check() reports where each leaked-secret
 * finding was hidden (Report.hiddenSecrets) and how the head manifest turns secret detection down against the
 * base's (Report.detectionLowered); the PR comment and the job summary list both before the findings.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { buildBaseline } from '../../src/baseline.js';
import { HEAD } from '../helpers/manifests.js';
import { fakeSecret } from '../helpers/secrets.js';

const TOKEN = fakeSecret('EAAG', 150, 7);
const USERS = '  - name: a\n    role: system_user\n    environment: production\n';
const BASE = `${HEAD}${USERS}`;

describe('secret detection turned down', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const setup = (manifest: string, files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-lowered-'));
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest);
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), text);
    }
  };

  it('names each hardcoded-token finding a suppression comment or the baseline hid, with its place', async () => {
    setup(BASE, {
      'src/a.js': `// graphguard-disable-next-line hardcoded-token -- fixture\nconst t = "${TOKEN}";\n`,
      'src/b.js': `\nconst u = "${TOKEN.replace('EAAG', 'EAAB')}";\n`,
    });
    const first = await check({ cwd: dir, paths: ['.'], env: {} });
    const b = first.report.findings.find((f) => f.file === 'src/b.js')!;
    writeFileSync(path.join(dir, 'baseline.json'), buildBaseline([b]));
    const { report } = await check({ cwd: dir, paths: ['.'], env: {}, baseline: 'baseline.json' });
    expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token')).toEqual([]);
    expect(report.hiddenSecrets).toEqual([
      { file: 'src/a.js', line: 2, by: 'suppression' },
      { file: 'src/b.js', line: 2, by: 'baseline' },
    ]);
    const md = formatMarkdown(report);
    expect(md).toContain('**Secret detection turned down in this run:**\n\n- `src/a.js:2` hardcoded-token hidden by a suppression comment\n- `src/b.js:2` hardcoded-token hidden by the baseline\n');
    expect(md).not.toContain(TOKEN.slice(4, 20));
  });

  it("says how the head manifest turns the secret rules and the scan's scope down against the base's", async () => {
    const head = `${BASE}rules:\n  hardcoded-token: off\n  admin-token-in-code: warn\nscan:\n  exclude: ["src/fixtures/**", "docs/**"]\n`;
    const base = `${BASE}scan:\n  exclude: ["docs/**"]\n`;
    setup(head, { 'src/fixtures/a.js': `const t = "${TOKEN}";\n` });
    const { report } = await check({ cwd: dir, paths: ['.'], env: {}, base: { text: base, file: 'graphguard.yml' } });
    expect(report.detectionLowered).toEqual([
      'the manifest sets admin-token-in-code to warn (base: error)',
      'the manifest sets hardcoded-token to off (base: error)',
      "the manifest's scan.exclude adds src/fixtures/** (hardcoded-token no longer scans what it matches)",
    ]);
    // Without a base (the CLI), nothing is compared.
    expect((await check({ cwd: dir, paths: ['.'], env: {} })).report.detectionLowered).toBeUndefined();
  });

  it('escapes what a pull request controls in the section (a pattern with markup, a mention)', () => {
    const md = formatMarkdown({
      tool: { name: 'graphguard', version: '1.0.0' },
      summary: { errors: 0, warnings: 0, notices: 0, filesScanned: 1, live: 'skipped' },
      findings: [],
      detectionLowered: ["the manifest's scan.exclude adds `x`<img src=y>@team/**"],
      hiddenSecrets: [{ file: 'a`b.js', line: 3, by: 'suppression' }],
    });
    expect(md).toContain("- the manifest's scan.exclude adds \\`x\\`&lt;img src=y&gt;@\u200bteam/\\*\\*\n");
    expect(md).toContain('- a\\`b.js:3 hardcoded-token hidden by a suppression comment\n');
  });
});
