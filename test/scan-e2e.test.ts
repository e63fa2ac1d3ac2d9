/**
 * The repository scan end to end: the real check() over the planted-secret corpus, a repository with an
 * admin token in app code and a test token in a production workflow, large, binary, looping and unreadable
 * files, and --changed-only. The corpus is excluded from the project's own scan (scan.exclude:
 * test/fixtures/**, see docs/scan.md), so these fixtures never make the self-scan noisy.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { defineRule } from '../src/rule.js';
import { DEFAULT_CHUNK_BYTES, DEFAULT_OVERLAP } from '../src/scan/read.js';
import { fakeSecret } from './helpers/secrets.js';
import { redact } from '../src/secrets/secret.js';

const FIXTURES = path.resolve('test/fixtures/scan');
const TODAY = '2026-11-27';
const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as {
  appId: string;
  files: string[];
  findings: { file: string; line: number; column: number; kind: string }[];
};

const manifest = (appId: string, extra = '') => `version: 1
business:
  id: "100000000000001"
app:
  id: "${appId}"
  accessLevel: standard
  graphApiVersion: v25.0
assets:
  - { id: "300000000000003", type: page, name: Shop, environment: production }
  - { id: "300000000000004", type: page, name: Shop (test), environment: test }
systemUsers:
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets: [{ asset: Shop, tasks: [CREATE_CONTENT] }]
  - name: shop-test
    role: system_user
    environment: test
    useCases: [page_content]
    token: { secret: META_SHOP_TEST_TOKEN, expires: 60d }
    assets: [{ asset: Shop (test), tasks: [CREATE_CONTENT] }]
  - name: bm-admin
    role: admin
    useCases: [business_admin]
    permissions: [business_management]
    token: { secret: META_ADMIN_TOKEN, expires: 60d }
${extra}`;

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'gg-scan-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    try {
      chmodSync(path.join(d, 'locked.js'), 0o644);
    } catch {
      // not every test locks a file
    }
    rmSync(d, { recursive: true, force: true });
  }
});

const at = (f: { file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column}`;

describe('the corpus', () => {
  /** The corpus with its suppression comments blanked (line numbers kept), so every planted secret shows. */
  function corpusWithoutSuppressions(dir: string): void {
    cpSync(path.join(FIXTURES, 'corpus'), dir, { recursive: true });
    for (const f of expected.files) {
      const abs = path.join(dir, f);
      const text = readFileSync(abs, 'utf8');
      writeFileSync(abs, text.replace(/^.*graphguard-disable-next-line.*$/gm, ''));
    }
  }

  it('reports every planted secret at its file, line and column, and nothing on the traps', async () => {
    const dir = tempDir();
    corpusWithoutSuppressions(dir);
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest(expected.appId));
    const { report } = await check({ cwd: dir, today: TODAY, env: {}, live: false });
    const got = report.findings.filter((f) => f.ruleId === 'hardcoded-token').map(at).sort();
    expect(got).toEqual(expected.findings.map(at).sort());
    expect(report.suppressed).toBe(0);
    expect(report.summary.filesScanned).toBe(expected.files.length + 1);
    // Every hardcoded-token message shows a redacted form, never more.
    for (const f of report.findings.filter((x) => x.ruleId === 'hardcoded-token')) expect(f.message).toMatch(/…\(\d+ chars\)/);
  });

  it("as committed, the corpus's suppression comments hide exactly the findings in files that can hold comments", async () => {
    const dir = tempDir();
    cpSync(path.join(FIXTURES, 'corpus'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest(expected.appId));
    const { report } = await check({ cwd: dir, today: TODAY, env: {}, live: false });
    const shown = report.findings.filter((f) => f.ruleId === 'hardcoded-token').map(at);
    // Markdown, JSON and notebooks have no comment syntax the suppression parser reads.
    expect(shown).toEqual(expected.findings.filter((f) => /\.(md|json|ipynb)$/.test(f.file)).map(at));
    expect(report.suppressed).toBe(expected.findings.length - shown.length);
    expect(report.findings.filter((f) => f.ruleId === 'unused-suppression' || f.ruleId === 'invalid-suppression')).toEqual([]);
  });
});

describe('a repository with misused token secrets', () => {
  it('reports the admin token in app code and a test token in a production job at their lines', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest('200000000000002', 'scan:\n  adminPaths: ["ops/admin"]\n'));
    mkdirSync(path.join(dir, 'src'));
    mkdirSync(path.join(dir, 'ops/admin'), { recursive: true });
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(path.join(dir, 'src/publish.ts'), 'import { post } from "./graph";\n\nexport const token = process.env.META_ADMIN_TOKEN!;\n');
    writeFileSync(path.join(dir, 'ops/admin/rotate.sh'), '#!/bin/sh\ncurl -H "Authorization: Bearer $META_ADMIN_TOKEN" "$URL"\n');
    writeFileSync(path.join(dir, 'docs.md'), 'Rotate `$META_ADMIN_TOKEN` every 60 days.\n');
    writeFileSync(
      path.join(dir, '.github/workflows/deploy.yml'),
      [
        'on: push',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    environment: test',
        '    env: { META_TOKEN: "${{ secrets.META_SHOP_TEST_TOKEN }}" }',
        '    steps: [{ run: npm test }]',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    environment: production',
        '    steps:',
        '      - run: ./deploy.sh',
        '        env:',
        '          META_TOKEN: ${{ secrets.META_SHOP_TEST_TOKEN }}',
        '',
      ].join('\n'),
    );
    const { report } = await check({ cwd: dir, today: TODAY, env: {}, live: false });
    const code = report.findings.filter((f) => f.ruleId === 'admin-token-in-code' || f.ruleId === 'test-token-in-production');
    expect(code.map((f) => `${f.ruleId} ${at(f)}`)).toEqual([
      'test-token-in-production .github/workflows/deploy.yml:14:35',
      'admin-token-in-code src/publish.ts:3:34',
    ]);
    expect(code[0]!.message).toBe(
      'Job deploy deploys to environment production (production) but uses META_SHOP_TEST_TOKEN, the token secret of test system user shop-test.',
    );
    expect(report.summary.filesScanned).toBe(5);
  });
});

describe('files that must not stop the scan', () => {
  const TOKEN_A = fakeSecret('E' + 'AAG', 180, 4242);
  const TOKEN_B = fakeSecret('E' + 'AAJ', 120, 4343);

  it('streams a 30 MB file: a token across a chunk boundary and one at the end, each reported once', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest('200000000000002'));
    const LINE = `${'const filler = "lorem ipsum dolor sit amet";'.padEnd(99, ' ')}\n`; // 100 bytes
    const parts: string[] = [];
    let size = 0;
    let line = 1;
    const planted: string[] = [];
    const plant = (tokenAt: number, token: string) => {
      // Fill whole lines up to the line holding `tokenAt`, then a line with the token at that offset.
      while (size + LINE.length <= tokenAt) {
        parts.push(LINE);
        size += LINE.length;
        line++;
      }
      const pad = 't='.padEnd(tokenAt - size, '_');
      // `_` before the token: a boundary (not a letter, digit, + or /).
      parts.push(`${pad}${token}\n`);
      planted.push(`big.js:${line}:${pad.length + 1}`);
      size += pad.length + token.length + 1;
      line++;
    };
    // Straddles the end of the first 8 MiB read block, inside the overlap both chunks see.
    plant(DEFAULT_CHUNK_BYTES - 90, TOKEN_A);
    // Owned by the first chunk but seen by the second as look-behind.
    plant(DEFAULT_CHUNK_BYTES + 40 - DEFAULT_OVERLAP, TOKEN_A);
    plant(30 * 1024 * 1024 - 300, TOKEN_B);
    parts.push(`end=${TOKEN_B}`); // the last characters of the file, no newline
    planted.push(`big.js:${line}:5`);
    writeFileSync(path.join(dir, 'big.js'), parts.join(''));
    const { report } = await check({ cwd: dir, today: TODAY, env: {}, live: false, paths: ['big.js'] });
    const got = report.findings.filter((f) => f.ruleId === 'hardcoded-token').map(at);
    expect(got.sort()).toEqual([...planted].sort());
    expect(report.summary.filesScanned).toBe(1);
  }, 60_000);

  it('tests a text file of 8 MiB to 16 MiB against the needles first: the rules whose needles it lacks never see it', async () => {
    const seen: string[] = [];
    // A code rule that only counts the chunks it is given, with one needle.
    const counting = defineRule({
      id: 'admin-token-in-code', // any code rule's id: the check runs the rules it is given
      kind: 'code',
      defaultSeverity: 'error',
      description: 'Counts.',
      rationale: 'Test.',
      sources: ['https://example.invalid'],
      messages: { x: 'X.' },
      needles: () => [{ text: 'needle-xyz' }],
      checkFile(ctx) {
        seen.push(`${ctx.file.path}@${ctx.file.startLine}`);
      },
    });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest('200000000000002'));
    const filler = `${'const filler = "lorem ipsum dolor sit amet";'.padEnd(99, ' ')}\n`.repeat(Math.ceil((9 * 1024 * 1024) / 100));
    writeFileSync(path.join(dir, 'plain.js'), filler);
    writeFileSync(path.join(dir, 'marked.js'), `${filler}needle-xyz\n`);
    const { report } = await check({ cwd: dir, today: TODAY, env: {}, live: false, paths: ['plain.js', 'marked.js'], rules: [counting] });
    expect(report.summary.filesScanned).toBe(2);
    // marked.js streams in two chunks (each given to the rule); plain.js reaches no rule.
    expect(seen.map((s) => s.split('@')[0])).toEqual(['marked.js', 'marked.js']);
  }, 60_000);

  it('skips and counts a binary file with a token inside, a symlink loop and a dangling symlink', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest('200000000000002'));
    writeFileSync(path.join(dir, 'blob.bin'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), Buffer.from(`token=${TOKEN_A}\n`)]));
    mkdirSync(path.join(dir, 'loop'));
    symlinkSync('..', path.join(dir, 'loop/up'));
    symlinkSync('self', path.join(dir, 'self'));
    symlinkSync('missing.js', path.join(dir, 'dangling.js'));
    writeFileSync(path.join(dir, 'ok.js'), `const t = "${TOKEN_B}";\n`);
    const { report } = await check({ cwd: dir, today: TODAY, env: {}, live: false });
    expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token').map(at)).toEqual(['ok.js:1:12']);
    expect(report.skipped).toEqual({ binary: 1, unreadable: 0, symlinks: 3 });
    expect(report.summary.filesScanned).toBe(2);
  });

  it.skipIf(process.getuid?.() === 0)('skips and counts a file it may not read (not as root: root reads it)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest('200000000000002'));
    writeFileSync(path.join(dir, 'locked.js'), `const t = "${TOKEN_A}";\n`);
    chmodSync(path.join(dir, 'locked.js'), 0o000);
    writeFileSync(path.join(dir, 'ok.js'), `const t = "${TOKEN_B}";\n`);
    const { report } = await check({ cwd: dir, today: TODAY, env: {}, live: false });
    expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token').map(at)).toEqual(['ok.js:1:12']);
    expect(report.skipped?.unreadable).toBe(1);
  });

  it('never prints the planted values', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest('200000000000002'));
    writeFileSync(path.join(dir, 'ok.js'), `const t = "${TOKEN_B}";\n`);
    const { report } = await check({ cwd: dir, today: TODAY, env: {}, live: false });
    const out = JSON.stringify(report);
    expect(out).not.toContain(TOKEN_B.slice(4, 14));
    expect(out).toContain(redact(TOKEN_B));
  });
});

describe('--changed-only', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });

  it('scans only the tracked files changed since the ref (untracked and ignored ones are not scanned)', async () => {
    const dir = tempDir();
    const TOKEN = fakeSecret('E' + 'AAG', 150, 777);
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest('200000000000002'));
    writeFileSync(path.join(dir, 'old.js'), `const t = "${TOKEN}";\n`);
    writeFileSync(path.join(dir, 'changed.js'), 'const t = 1;\n');
    writeFileSync(path.join(dir, '.gitignore'), 'ignored.js\n');
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'init');
    writeFileSync(path.join(dir, 'changed.js'), `const t = 1;\nconst u = "${TOKEN}";\n`);
    writeFileSync(path.join(dir, 'new.js'), `\n  x("${TOKEN}")\n`);
    writeFileSync(path.join(dir, 'ignored.js'), `const t = "${TOKEN}";\n`);
    const changed = await check({ cwd: dir, today: TODAY, env: {}, live: false, changedOnly: 'HEAD' });
    expect(changed.report.findings.filter((f) => f.ruleId === 'hardcoded-token').map(at)).toEqual(['changed.js:2:12']);
    expect(changed.report.summary.filesScanned).toBe(1);
    const all = await check({ cwd: dir, today: TODAY, env: {}, live: false });
    expect(all.report.findings.filter((f) => f.ruleId === 'hardcoded-token').map(at)).toEqual(['changed.js:2:12', 'old.js:1:12']);
    // Once added to the index, the new file is scanned (as in a pre-commit hook).
    git(dir, 'add', 'new.js');
    const staged = await check({ cwd: dir, today: TODAY, env: {}, live: false });
    expect(staged.report.findings.filter((f) => f.ruleId === 'hardcoded-token').map(at)).toEqual(['changed.js:2:12', 'new.js:2:6', 'old.js:1:12']);
    await expect(check({ cwd: dir, today: TODAY, env: {}, live: false, changedOnly: 'no-such-ref' })).rejects.toThrow(/no-such-ref/);
  });
});

describe('file names whatever their bytes', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });
  it('scans a tracked file whose name is not UTF-8 or holds a newline, and reports it under an escaped name', async () => {
    const dir = tempDir();
    const TOKEN = fakeSecret('E' + 'AAG', 150, 778);
    writeFileSync(path.join(dir, 'graphguard.yml'), manifest('200000000000002'));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.js')]), `const t = "${TOKEN}";\n`);
    writeFileSync(path.join(dir, 'two\nlines.js'), `\nconst t = "${TOKEN}";\n`);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    const { report } = await check({ cwd: dir, today: TODAY, env: {}, live: false });
    expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token').map(at)).toEqual(['caf\\xe9.js:1:12', 'two\nlines.js:2:12']);
    expect(report.summary.filesScanned).toBe(3);
  });
});
