/**
 * Hunt U1: a pull request must not hide the token it adds, silently, through what it controls (the head
 * manifest's `rules:` and `scan:`, a suppression comment, the baseline). check() reports where each leaked-secret
 * finding was hidden (Report.hiddenSecrets) and how the head manifest turns secret detection down against the
 * base's (Report.detectionLowered); the PR comment and the job summary list both before the findings.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { diffSpecs } from '../../src/diff-command.js';
import { inferRepository } from '../../src/infer.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { buildBaseline } from '../../src/baseline.js';
import { Sink, cleanReport } from '../../src/secrets/sink.js';
import { tokenShaped } from '../../src/scan/read.js';
import { HEAD } from '../helpers/manifests.js';
import { fakeSecret, HEX } from '../helpers/secrets.js';

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

  /** The base manifest and a README, committed in a new repository: `git` runs there; `base` is that commit. */
  const committedBase = () => {
    setup(BASE, { 'README.txt': 'x\n' });
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    return { git, base: git('rev-parse', 'HEAD') };
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
      { file: 'src/a.js', line: 2, rule: 'hardcoded-token', by: 'suppression' },
      { file: 'src/b.js', line: 2, rule: 'hardcoded-token', by: 'baseline' },
    ]);
    const md = formatMarkdown(report);
    expect(md).toContain('**Secret detection turned down in this run:**\n\n- `src/a.js:2` hardcoded-token hidden by a suppression comment\n- `src/b.js:2` hardcoded-token hidden by the baseline\n');
    expect(md).not.toContain(TOKEN.slice(4, 20));
  });

  it("names a secret a history blob's own comment hid, with its commit, and a manifest's plaintext token suppressed (hunt U2r-2)", async () => {
    const { git, base } = committedBase();
    writeFileSync(path.join(dir, 'x.js'), `// graphguard-disable-next-line hardcoded-token -- fixture\nconst t = "${TOKEN}";\n`);
    git('add', '-A');
    git('commit', '-q', '-m', 'add');
    const added = git('rev-parse', 'HEAD');
    rmSync(path.join(dir, 'x.js'));
    // The manifest's own comment hides a token pasted into it.
    writeFileSync(path.join(dir, 'graphguard.yml'), `${BASE}# graphguard-disable-next-line plaintext-token, hardcoded-token -- example\n# ${TOKEN}\n`);
    git('add', '-A');
    git('commit', '-q', '-m', 'remove');
    const { report } = await check({ cwd: dir, paths: ['.'], env: {}, history: { range: `${base}..HEAD` } });
    const manifestLine = BASE.split('\n').length + 1;
    expect(report.hiddenSecrets).toEqual([
      { file: 'graphguard.yml', line: manifestLine, rule: 'plaintext-token', by: 'suppression' },
      { file: 'x.js', line: 2, rule: 'hardcoded-token', by: 'suppression', commit: added.slice(0, 12) },
    ]);
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
    // Scope narrowed by a negation or by order (the last match wins): said too (hunt U2r-3).
    const reorder = `${BASE}scan:\n  include: [".", "!src/a.js"]\n  exclude: ["!src/keep/**", "src/**"]\n`;
    const before = `${BASE}scan:\n  exclude: ["src/**", "!src/keep/**"]\n`;
    writeFileSync(path.join(dir, 'graphguard.yml'), reorder);
    expect((await check({ cwd: dir, paths: ['.'], env: {}, base: { text: before, file: 'graphguard.yml' } })).report.detectionLowered).toEqual([
      "the manifest's scan.exclude reorders its patterns (the last match decides what hardcoded-token scans)",
      "the manifest's scan.include adds !src/a.js (hardcoded-token no longer scans what it matches)",
      "the manifest's scan.include limits the scan (and hardcoded-token) to ., !src/a.js",
    ]);
    // scan.include reordered around its negation (hunt Z8-3); plain patterns sorted among themselves say nothing (Z8-5).
    const lowered = async (h: string, b: string) => {
      writeFileSync(path.join(dir, 'graphguard.yml'), `${BASE}${h}`);
      return (await check({ cwd: dir, paths: ['.'], env: {}, base: { text: `${BASE}${b}`, file: 'graphguard.yml' } })).report.detectionLowered;
    };
    expect(await lowered('scan:\n  include: ["src/**", "!src/gen/**"]\n', 'scan:\n  include: ["!src/gen/**", "src/**"]\n')).toEqual([
      "the manifest's scan.include reorders its patterns (the last match decides what hardcoded-token scans)",
    ]);
    expect(await lowered('scan:\n  exclude: ["a/**", "b/**", "!b/keep/**"]\n', 'scan:\n  exclude: ["b/**", "a/**", "!b/keep/**"]\n')).toBeUndefined();
    writeFileSync(path.join(dir, 'graphguard.yml'), head);
    // Without a base (the CLI), nothing is compared.
    expect((await check({ cwd: dir, paths: ['.'], env: {} })).report.detectionLowered).toBeUndefined();
  });

  it('names the binary source files a pull request changes even past a hundred old ones, and counts the rest (hunt AT-1)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 105; i++) files[`fixtures/f${String(i).padStart(3, '0')}.txt`] = 'h\0e\0l\0l\0o\0';
    files['src/zz.js'] = `\0const t = "${TOKEN}";\n`;
    setup(BASE, files);
    const all = (await check({ cwd: dir, paths: ['.'], env: {} })).report;
    expect(all.binaryText).toHaveLength(100);
    expect(all.binaryTextTotal).toBe(106);
    expect(formatMarkdown(all)).toContain('\n- and 86 more source files not scanned as binary\n');
    const { report } = await check({ cwd: dir, paths: ['.'], env: {}, reviewFiles: new Set(['src/zz.js', 'README.md']) });
    expect(report.binaryText).toEqual(['src/zz.js']);
    expect(report.binaryTextTotal).toBeUndefined();
    expect(report.skipped?.binary).toBe(106);
  });

  it('names a binary file whose head holds a token\'s shape whatever its name; other binaries by name only', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, ...Buffer.from('IHDR EAA short PNG'), 0]);
    // A run inside base64 (a JPEG's XMP thumbnail) or glued to a word is no token's shape (hunt C4).
    const thumb = `\0xmpGImg:image="/9j/4AAQSkZJRgABAgEASABIAAD+${TOKEN.slice(0, 60)}/7QAsUGhvdG9zaG9w"`;
    setup(BASE, { 'config.dat': `x\0${TOKEN}\n`, 'a.js.bak': `\0const t = "${TOKEN.replace('EAAG', 'IGQV')}";`, 'logo.png': png.toString('latin1'), 'glued.bin': `\0xx${TOKEN.slice(0, 40)}`, 'photo.jpg': thumb });
    const { report } = await check({ cwd: dir, paths: ['.'], env: {} });
    expect(report.binaryText).toEqual(['a.js.bak', 'config.dat']);
    expect(report.skipped?.binary).toBe(5);
    expect(tokenShaped(Buffer.from(`\0EAA${'aB3'.repeat(10)}a\0`))).toBe(false);
    expect(tokenShaped(Buffer.from(`\0EAA${'aB3'.repeat(11)}`))).toBe(true);
    expect(tokenShaped(Buffer.from(`\0EAA${'a'.repeat(40)}`))).toBe(false);
    expect(tokenShaped(Buffer.from(`THAA${'Z9x'.repeat(16)}`))).toBe(true);
    expect(tokenShaped(Buffer.from(`+THAA${'Z9x'.repeat(16)}`))).toBe(false);
    expect(tokenShaped(Buffer.from(`THAA${'Z9x'.repeat(16)}/`))).toBe(false);
    // After an escape, as the detectors take it (hunt FIN-3).
    for (const esc of ['%3D', '=3D', '\\n', '\\x3d', '\\u0022']) expect(tokenShaped(Buffer.from(`\0token${esc}EAA${'aB3'.repeat(11)}&`))).toBe(true);
  });

  it("finds a token committed as a symlink's target, in the tree and in the history (hunt AT2-2)", async () => {
    const { git, base } = committedBase();
    symlinkSync(TOKEN, path.join(dir, 'token-link'));
    symlinkSync('README.txt', path.join(dir, 'readme-link'));
    // Behind a path's `./` or a folder, and an app access token (hunts C1, C2).
    symlinkSync(`./${TOKEN.replace('EAAG', 'EAAB')}`, path.join(dir, 'dot-link'));
    symlinkSync(`200000000000002|${fakeSecret('', 32, 8, HEX)}`, path.join(dir, 'app-link'));
    git('add', '-A');
    git('commit', '-q', '-m', 'link');
    const tree = (await check({ cwd: dir, paths: ['.'], env: {} })).report;
    expect(tree.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => [f.file, f.line, f.column])).toEqual([
      ['app-link', 1, 1],
      ['dot-link', 1, 3],
      ['token-link', 1, 1],
    ]);
    expect(tree.skipped?.symlinks).toBe(4);
    rmSync(path.join(dir, 'token-link'));
    rmSync(path.join(dir, 'dot-link'));
    rmSync(path.join(dir, 'app-link'));
    git('add', '-A');
    git('commit', '-q', '-m', 'unlink');
    const history = (await check({ cwd: dir, paths: ['.'], env: {}, history: { range: `${base}..HEAD` } })).report;
    expect(history.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => [f.file, f.line]).sort()).toEqual([
      ['app-link', 1],
      ['dot-link', 1],
      ['token-link', 1],
    ]);
  });

  it('scans a checkout reached through a symlinked folder (hunt C7: it listed no file and passed)', async () => {
    const { git } = committedBase();
    writeFileSync(path.join(dir, 'a.js'), `const t = "${TOKEN}";\n`);
    git('add', '-A');
    git('commit', '-q', '-m', 'token');
    const link = `${dir}-link`;
    symlinkSync(dir, link);
    try {
      const { report } = await check({ cwd: link, paths: ['.'], env: {} });
      expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => [f.file, f.line])).toEqual([['a.js', 1]]);
      expect(report.summary.filesScanned).toBe(3);
      // An absolute manifest path through the same link is the folder's own (hunt FIN-1).
      const named = await check({ cwd: link, manifest: path.join(link, 'graphguard.yml'), paths: ['.'], env: {} });
      expect(named.report.manifest).toBe('graphguard.yml');
      // The real folder with a manifest path through the link: the CLI's case, whose cwd is real (hunt LAST-1).
      const real = await check({ cwd: dir, manifest: path.join(link, 'graphguard.yml'), paths: ['.'], env: {} });
      expect(real.report.manifest).toBe('graphguard.yml');
      // Only the folder's other name is swapped: a folder link below it stays as written (hunts Z-1, Z-2).
      mkdirSync(path.join(dir, 'shared'));
      writeFileSync(path.join(dir, 'shared', 'graphguard.yml'), BASE);
      symlinkSync('shared', path.join(dir, 'cfg'));
      expect((await check({ cwd: dir, manifest: path.join(link, 'cfg', 'graphguard.yml'), paths: ['.'], env: {} })).report.manifest).toBe('cfg/graphguard.yml');
      mkdirSync(`${dir}-outside`);
      writeFileSync(path.join(`${dir}-outside`, 'graphguard.yml'), BASE);
      symlinkSync(`${dir}-outside`, path.join(dir, 'out'));
      for (const cwd of [dir, link])
        await expect(check({ cwd, manifest: path.join(link, 'out', 'graphguard.yml'), paths: ['.'], env: {} })).rejects.toThrow('manifest is a symbolic link to a file outside the repository');
      // Named from a subfolder, above it but in the repository: the repository's too (hunt ATK-1).
      mkdirSync(path.join(dir, 'sub'));
      await expect(check({ cwd: path.join(dir, 'sub'), manifest: '../out/graphguard.yml', paths: ['.'], env: {} })).rejects.toThrow('manifest is a symbolic link to a file outside the repository');
      expect(() => diffSpecs(path.join(dir, 'sub'), '../graphguard.yml', '../out/graphguard.yml')).toThrow('manifest is a symbolic link to a file outside the repository');
      // From inside a nested repository (a submodule, a second checkout): the parent's link is held to the parent
      // (hunt FIN31-5).
      mkdirSync(path.join(dir, 'nested', '.git'), { recursive: true });
      await expect(check({ cwd: path.join(dir, 'nested'), manifest: '../out/graphguard.yml', paths: ['.'], env: {} })).rejects.toThrow('manifest is a symbolic link to a file outside the repository');
      // Through a committed folder link to a third repository (`third -> ../other`): its `.git` is not the path's
      // repository (hunt Z31-2).
      mkdirSync(`${dir}-other/.git`, { recursive: true });
      writeFileSync(path.join(`${dir}-other`, 'graphguard.yml'), BASE);
      symlinkSync(`${dir}-other`, path.join(dir, 'third'));
      await expect(check({ cwd: path.join(dir, 'nested'), manifest: '../third/graphguard.yml', paths: ['.'], env: {} })).rejects.toThrow('manifest is a symbolic link to a file outside the repository');
      // `infer --manifest` and `diff` hold it against the same folder (they read it before).
      for (const cwd of [dir, link]) {
        await expect(inferRepository({ cwd, manifest: path.join(link, 'out', 'graphguard.yml') })).rejects.toThrow('manifest is a symbolic link to a file outside the repository');
        expect(() => diffSpecs(cwd, path.join(link, 'graphguard.yml'), path.join(link, 'out', 'graphguard.yml'))).toThrow('manifest is a symbolic link to a file outside the repository');
      }
      expect((await inferRepository({ cwd: dir, manifest: path.join(link, 'graphguard.yml') })).manifestFile).toBe('graphguard.yml');
      expect(diffSpecs(link, path.join(link, 'graphguard.yml'), path.join(link, 'cfg', 'graphguard.yml')).newAccess).toBe(0);
      // A link of the user's own to a subfolder: that subfolder's real path (hunt ZZ-1).
      symlinkSync(path.join(dir, 'shared'), `${dir}-alias`);
      expect((await check({ cwd: dir, manifest: `${dir}-alias/graphguard.yml`, paths: ['.'], env: {} })).report.manifest).toBe('shared/graphguard.yml');
    } finally {
      rmSync(link, { force: true });
      rmSync(`${dir}-outside`, { recursive: true, force: true });
      rmSync(`${dir}-alias`, { force: true });
      rmSync(`${dir}-other`, { recursive: true, force: true });
    }
  });

  it('names a binary source blob of the history, with its commit, when the file is gone from the tree (hunt AT-2)', async () => {
    const { git, base } = committedBase();
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src/zz.js'), `\0const t = "${TOKEN}";\n`);
    writeFileSync(path.join(dir, 'logo.png'), '\0PNG');
    // Over 8 MiB: read in chunks, as the tree reads a large file (hunt Y2-1; before, it was named as not read, AT2-3).
    writeFileSync(path.join(dir, 'src/big.js'), `${'x'.repeat(9 * 1024 * 1024)}\nconst t = "${TOKEN}";\n`);
    git('add', '-A');
    git('commit', '-q', '-m', 'add');
    const added = git('rev-parse', 'HEAD');
    rmSync(path.join(dir, 'src/zz.js'));
    rmSync(path.join(dir, 'src/big.js'));
    git('add', '-A');
    git('commit', '-q', '-m', 'remove');
    const { report } = await check({ cwd: dir, paths: ['.'], env: {}, history: { range: `${base}..HEAD` } });
    expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => [f.file, f.line, f.column, f.history?.commit])).toEqual([['src/big.js', 2, 12, added]]);
    expect(report.binaryText).toBeUndefined();
    expect(report.binaryHistory).toEqual([{ file: 'src/zz.js', commit: added.slice(0, 12) }]);
    const md = formatMarkdown(report);
    expect(md).toContain(`\n- \`src/zz.js\` (in commit ${added.slice(0, 12)}) not scanned: a NUL byte in its first 8 KiB makes the blob binary\n`);
    expect(md).not.toContain('big.js` (in commit');
  });

  it('says a widened scan.adminPaths turns admin-token-in-code down (hunt AT-3)', async () => {
    setup(`${BASE}scan:\n  adminPaths: ["ops/**", "src/**"]\n`, {});
    const { report } = await check({ cwd: dir, paths: ['.'], env: {}, base: { text: `${BASE}scan:\n  adminPaths: ["ops/**", "!ops/app/**"]\n`, file: 'graphguard.yml' } });
    expect(report.detectionLowered).toEqual([
      "the manifest's scan.adminPaths adds src/** (admin-token-in-code no longer reports admin tokens in what it matches)",
      "the manifest's scan.adminPaths drops !ops/app/** (admin-token-in-code no longer reports admin tokens in what it kept)",
    ]);
  });

  it("says a system user's token.secret renamed or dropped, or the user dropped (hunt AT2-4)", async () => {
    const user = (name: string, secret?: string) => `  - name: ${name}\n    role: system_user\n    environment: production\n${secret ? `    token: { secret: ${secret} }\n` : ''}`;
    setup(`${HEAD}${user('a', 'META_A_TOKEN_V2')}${user('b')}`, {});
    const base = `${HEAD}${user('a', 'META_A_TOKEN')}${user('b', 'META_B_TOKEN')}${user('c', 'META_C_TOKEN')}`;
    const { report } = await check({ cwd: dir, paths: ['.'], env: {}, base: { text: base, file: 'graphguard.yml' } });
    // A user renamed with its secret: nothing is forgotten (hunt C6).
    writeFileSync(path.join(dir, 'graphguard.yml'), `${HEAD}${user('a2', 'META_A_TOKEN')}`);
    expect((await check({ cwd: dir, paths: ['.'], env: {}, base: { text: `${HEAD}${user('a', 'META_A_TOKEN')}`, file: 'graphguard.yml' } })).report.detectionLowered).toBeUndefined();
    writeFileSync(path.join(dir, 'graphguard.yml'), `${HEAD}${user('a', 'META_A_TOKEN_V2')}${user('b')}`);
    expect(report.detectionLowered).toEqual([
      "the manifest changes a's token.secret from META_A_TOKEN to META_A_TOKEN_V2 (the secret rules look for the new name, not META_A_TOKEN)",
      "the manifest drops b's token.secret META_B_TOKEN (the secret rules no longer look for it)",
      'the manifest drops system user c (the secret rules no longer look for its token secret META_C_TOKEN)',
    ]);
  });

  it("cleans the section's file names and patterns before markdown escapes them: a declared secret stays redacted (hunt AT-4)", async () => {
    const value = 'p4ss_w0rd_S3cr3t_v4lue_2026';
    const head = `${HEAD}  - name: a\n    role: system_user\n    environment: production\n    token: { secret: META_A_TOKEN }\nscan:\n  exclude: ["vendor/${value}/**"]\n`;
    setup(head, { [`src/${value}.js`]: '\0x' });
    const { report } = await check({ cwd: dir, paths: ['.'], env: { META_A_TOKEN: value }, base: { text: `${HEAD}  - name: a\n    role: system_user\n    environment: production\n    token: { secret: META_A_TOKEN }\n`, file: 'graphguard.yml' } });
    const sink = new Sink({ META_A_TOKEN: value });
    const md = sink.clean(formatMarkdown(cleanReport(report, sink)));
    expect(md).toContain('- `src/p4ss…(27 chars).js` not scanned');
    expect(md).toContain("- the manifest's scan.exclude adds vendor/p4ss…(27 chars)/\\*\\*");
    expect(md.replace(/\\/g, '')).not.toContain('w0rd_S3cr3t');
  });

  it("shows a file name's | as it is in the section's list, where a code span is literal (hunt AT-5)", () => {
    const md = formatMarkdown({
      tool: { name: 'graphguard', version: '1.0.0' },
      summary: { errors: 0, warnings: 0, notices: 0, filesScanned: 1, live: 'skipped' },
      findings: [],
      binaryText: ['src/j|k.js'],
      hiddenSecrets: [{ file: 'src/m|n.js', line: 2, rule: 'hardcoded-token', by: 'suppression' }],
    });
    expect(md).toContain('- `src/j|k.js` not scanned');
    expect(md).toContain('- `src/m|n.js:2` hardcoded-token hidden by a suppression comment');
  });

  it('escapes what a pull request controls in the section (a pattern with markup, a mention)', () => {
    const md = formatMarkdown({
      tool: { name: 'graphguard', version: '1.0.0' },
      summary: { errors: 0, warnings: 0, notices: 0, filesScanned: 1, live: 'skipped' },
      findings: [],
      detectionLowered: ["the manifest's scan.exclude adds `x`<img src=y>@team/**"],
      hiddenSecrets: [{ file: 'a`b.js', line: 3, rule: 'hardcoded-token', by: 'suppression', commit: '0123456789ab' }],
    });
    expect(md).toContain("- the manifest's scan.exclude adds \\`x\\`&lt;img src=y&gt;@\u200bteam/\\*\\*\n");
    expect(md).toContain('- a\\`b.js:3 (in commit 0123456789ab) hardcoded-token hidden by a suppression comment\n');
  });
});

describe('new-access: a change to approve, which the pull request cannot approve itself (review A33)', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const base = `${BASE}    permissions: [pages_manage_posts]\n`;
  const granted = `${BASE}    permissions: [pages_manage_posts, pages_read_engagement]\n`;
  const newAccess = (r: { report: { findings: { ruleId: string; severity: string; line: number }[] } }) =>
    r.report.findings.filter((f) => f.ruleId === 'new-access').map((f) => `${f.severity} ${f.line}`);
  const run = async (head: string, baseText: string, extra: Partial<Parameters<typeof check>[0]> = {}) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-approve-'));
    writeFileSync(path.join(dir, 'graphguard.yml'), head);
    return check({ cwd: dir, paths: ['.'], env: {}, base: { text: baseText, file: 'graphguard.yml' }, ...extra });
  };
  const line = granted.split('\n').indexOf('    permissions: [pages_manage_posts, pages_read_engagement]') + 1;

  it("runs at the stricter of the base's and the head's rules: setting, unless given for the run", async () => {
    expect(newAccess(await run(`${granted}rules:\n  new-access: off\n`, `${base}rules:\n  new-access: error\n`))).toEqual([`error ${line}`]);
    expect(newAccess(await run(`${granted}rules:\n  new-access: error\n`, base))).toEqual([`error ${line}`]);
    expect(newAccess(await run(granted, base))).toEqual([`warn ${line}`]);
    // Given for the run (the action's input), it wins both ways.
    expect(newAccess(await run(granted, `${base}rules:\n  new-access: error\n`, { newAccess: 'notice' }))).toEqual([`notice ${line}`]);
  });

  it('is not hidden by a baseline that holds its fingerprint', async () => {
    const first = await run(granted, base);
    const accepted = buildBaseline(first.report.findings.filter((f) => f.ruleId === 'new-access'));
    rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(path.join(tmpdir(), 'gg-approve-'));
    writeFileSync(path.join(dir, 'graphguard.yml'), granted);
    writeFileSync(path.join(dir, 'baseline.json'), accepted);
    const r = await check({ cwd: dir, paths: ['.'], env: {}, base: { text: base, file: 'graphguard.yml' }, baseline: 'baseline.json' });
    expect(newAccess(r)).toEqual([`warn ${line}`]);
    expect(r.report.baselined).toBe(0);
  });
});
