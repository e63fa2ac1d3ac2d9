import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { SHALLOW_HISTORY } from '../../src/scan/history.js';
import { main } from '../../src/cli.js';
import { redact } from '../../src/secrets/secret.js';
import { HEAD } from '../helpers/manifests.js';
import { BASE62, fakeSecret, HEX } from '../helpers/secrets.js';

const TOKEN = fakeSecret('E' + 'AAG', 170, 7001);
const IG = fakeSecret('IG' + 'AA', 180, 7002, `${BASE62}-_`);
const APP_SECRET = fakeSecret('', 32, 7003, HEX);
const STILL_THERE = fakeSecret('E' + 'AB', 150, 7004);
const MANIFEST = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    token:
      secret: META_SHOP_PROD_TOKEN
`;

let dir: string;
const git = (...args: string[]): string =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  }).trim();
const commit = (msg: string, date: string, files: Record<string, string | null>): string => {
  for (const [f, content] of Object.entries(files)) {
    const abs = path.join(dir, f);
    if (content === null) rmSync(abs);
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  git('add', '-A');
  execFileSync('git', ['commit', '-q', '-m', msg], {
    cwd: dir,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
      GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
      GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
    },
  });
  return git('rev-parse', 'HEAD');
};
const shas: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gg-history-'));
  git('init', '-q', '-b', 'main');
  shas.base = commit('base', '2026-01-05', { 'graphguard.yml': MANIFEST, 'src/app.js': 'export const x = 1;\n' });
  git('checkout', '-q', '-b', 'feature');
  // A token added, then removed in the next commit; the same content again in a copy (same blob).
  shas.add = commit('add token', '2026-02-10', { 'src/app.js': `export const token = "${TOKEN}";\n`, 'src/copy.js': `export const token = "${TOKEN}";\n` });
  shas.remove = commit('remove token', '2026-02-11', { 'src/app.js': 'export const token = process.env.META_TOKEN;\n', 'src/copy.js': null });
  // An Instagram token and a Meta app secret in a file later deleted; a token that stays in the tree.
  shas.ig = commit('ig', '2026-02-12', {
    'config/social.env': `# facebook app\nINSTAGRAM_TOKEN=${IG}\nFACEBOOK_APP_SECRET=${APP_SECRET}\n`,
    'src/still.js': `const t = "${STILL_THERE}";\n`,
  });
  shas.gone = commit('drop env', '2026-02-13', { 'config/social.env': null });
  git('checkout', '-q', 'main');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check --history', () => {
  it('finds a token added then removed on a branch, once, with its commit, date and path', async () => {
    git('checkout', '-q', 'feature');
    try {
      const { report } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: { range: `${shas.base}..feature` } });
      const hard = report.findings.filter((f) => f.ruleId === 'hardcoded-token');
      expect(hard.map((f) => [f.messageId, f.file, f.line, f.column, f.history?.commit ?? null, f.history?.date ?? null])).toEqual([
        ['instagramToken', 'config/social.env', 2, 17, shas.ig, '2026-02-12'],
        ['appSecret', 'config/social.env', 3, 21, shas.ig, '2026-02-12'],
        ['accessToken', 'src/app.js', 1, 23, shas.add, '2026-02-10'],
        // Still in the tree: reported once, by the tree scan (no history field).
        ['accessToken', 'src/still.js', 1, 12, null, null],
      ]);
      const f = hard.find((x) => x.messageId === 'accessToken' && x.history)!;
      expect(f.history).toEqual({ commit: shas.add, date: '2026-02-10', path: 'src/app.js' });
      expect(f.message).toBe(
        `Hard-coded Meta access token ${redact(TOKEN)}: anyone who can read this file can call the Graph API as its user. Added in commit ${shas.add!.slice(0, 12)} (2026-02-10) as src/app.js: it stays in the git history, in every clone and fork, until it is revoked.`,
      );
      // No secret value anywhere in the report.
      const json = JSON.stringify(report);
      for (const v of [TOKEN, IG, APP_SECRET, STILL_THERE]) expect(json).not.toContain(v.slice(4, 16));
    } finally {
      git('checkout', '-q', 'main');
    }
  });

  it('without a range scans all history (every ref), each secret once', async () => {
    const { report } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: {} });
    const hist = report.findings.filter((f) => f.history);
    expect(hist.map((f) => [f.file, f.messageId])).toEqual([
      ['config/social.env', 'instagramToken'],
      ['config/social.env', 'appSecret'],
      ['src/app.js', 'accessToken'],
      ['src/still.js', 'accessToken'],
    ]);
  });

  it('a range without the token finds nothing in history', async () => {
    const { report } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: { range: `${shas.remove}..${shas.remove}` } });
    expect(report.findings.filter((f) => f.history)).toEqual([]);
  });

  it('never takes the range as an option, and a bad range is one line, exit 2', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { cwd: dir, env: {}, stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), isTTY: false };
    expect(await main(['check', '--history=--output=/tmp/x', '--format', 'json'], io)).toBe(2);
    expect(err.join('')).toBe('graphguard: --history: "--output=/tmp/x" is not a revision range\n');
    err.length = 0;
    expect(await main(['check', '--history=nosuchref..main', '--format', 'json'], io)).toBe(2);
    expect(err.join('')).toMatch(/^graphguard: --history: git log failed: .*nosuchref.*\n$/);
    expect(err.join('').split('\n')).toHaveLength(2);
  });

  it('the CLI takes --history bare, --history=RANGE and --history A..B', async () => {
    for (const args of [['--history'], [`--history=${shas.base}..feature`], ['--history', `${shas.base}..feature`]]) {
      const out: string[] = [];
      const io = { cwd: dir, env: {}, stdout: (s: string) => out.push(s), stderr: () => {}, isTTY: false };
      expect(await main(['check', ...args, '--format', 'json', '--today', '2026-03-01'], io), args.join(' ')).toBe(1);
      const json = JSON.parse(out.join('')) as { findings: { history?: { commit: string } }[] };
      expect(json.findings.filter((f) => f.history).map((f) => f.history!.commit)).toEqual([shas.ig, shas.ig, shas.add, shas.ig]);
    }
  });

  it('onUnavailable turns a git failure into a message (the action on a shallow checkout)', async () => {
    const messages: string[] = [];
    const { report } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: { range: 'nosuchref..main', onUnavailable: (m) => messages.push(m) } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^--history: git log failed: /);
    expect(report.findings.filter((f) => f.history)).toEqual([]);
  });
});

describe('check --history: merges, stashes and suppressions', () => {
  const MERGED = fakeSecret('E' + 'AAG', 160, 7101);
  const STASHED = fakeSecret('E' + 'AAG', 160, 7102);
  const OLD = fakeSecret('E' + 'AAG', 160, 7103);
  const NEW = fakeSecret('E' + 'AAG', 160, 7104);
  const EXPIRED = fakeSecret('E' + 'AAG', 160, 7105);
  const UNKNOWN_RULE = fakeSecret('E' + 'AAG', 160, 7106);
  const VALID = fakeSecret('E' + 'AAG', 160, 7107);
  // Past a U+2028 on the suppressed line: the next line for a reader, not hidden (hunt U2).
  const SPLIT = fakeSecret('E' + 'AAG', 160, 7117);
  let outer: string;
  const s: Record<string, string> = {};
  beforeAll(() => {
    outer = dir;
    dir = mkdtempSync(path.join(tmpdir(), 'gg-history-merges-'));
    git('init', '-q', '-b', 'main');
    commit('base', '2026-01-05', { 'graphguard.yml': MANIFEST, 'a.txt': 'a\n' });
    git('checkout', '-q', '-b', 'feat');
    commit('feat', '2026-01-06', { 'b.txt': 'b\n' });
    git('checkout', '-q', 'main');
    commit('main', '2026-01-07', { 'c.txt': 'c\n' });
    // An evil merge: the token is in no parent, only in the merge's result; removed in the next commit.
    git('merge', '-q', '--no-ff', '--no-commit', 'feat');
    s.merge = commit('merge feat', '2026-01-08', { 'merge.js': `const t = "${MERGED}";\n` });
    commit('remove', '2026-01-09', { 'merge.js': null });
    // Suppressions in blobs later deleted: one expired, one naming an unknown rule (both hide nothing),
    // one valid; and a token whose line today's file suppresses (a comment for another token).
    commit('fixtures', '2026-01-10', {
      'old/expired.js': `// graphguard-disable-next-line hardcoded-token -- fixture until=2026-01-31\nconst t = "${EXPIRED}";\n`,
      'old/unknown.js': `// graphguard-disable-next-line hardcoded-token, no-such-rule -- fixture\nconst t = "${UNKNOWN_RULE}";\n`,
      'old/valid.js': `// graphguard-disable-next-line hardcoded-token -- revoked fixture, SEC-1\nconst t = "${VALID}";\u2028const u = "${SPLIT}";\n`,
      'fixture.js': `// old config\nconst t = "${OLD}";\n`,
    });
    commit('drop fixtures', '2026-01-11', { 'old/expired.js': null, 'old/unknown.js': null, 'old/valid.js': null });
    commit('new fixture', '2026-01-12', { 'fixture.js': `// graphguard-disable-next-line hardcoded-token -- revoked fixture token, SEC-1\nconst t = "${NEW}";\n` });
    // A token in the working tree, stashed (a stash is a merge commit under refs/stash).
    writeFileSync(path.join(dir, 'a.txt'), `const t = "${STASHED}";\n`);
    git('stash', '-q');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    dir = outer;
  });

  it('finds what only a merge or a stash added, each with its commit; today\'s comments do not hide older blobs; invalid ones hide nothing', async () => {
    const { report } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: {} });
    const hist = report.findings.filter((f) => f.history).map((f) => [f.file, f.line, f.column, f.message.slice(0, 44)]);
    const msg = (t: string) => `Hard-coded Meta access token ${redact(t)}`.slice(0, 44);
    expect(hist).toEqual([
      ['a.txt', 1, 12, msg(STASHED)],
      ['fixture.js', 2, 12, msg(OLD)],
      ['merge.js', 1, 12, msg(MERGED)],
      ['old/expired.js', 2, 12, msg(EXPIRED)],
      ['old/unknown.js', 2, 12, msg(UNKNOWN_RULE)],
      ['old/valid.js', 2, 190, msg(SPLIT)],
    ]);
    expect(report.findings.find((f) => f.file === 'merge.js')!.history!.commit).toBe(s.merge);
    // Today's fixture.js: its own token, suppressed by its comment (the one suppression used).
    expect(report.findings.filter((f) => !f.history && f.ruleId === 'hardcoded-token')).toEqual([]);
    expect(report.suppressed).toBe(1);
  });
});

describe('check --history: the tree scan\'s scope (paths, scan.include, scan.exclude)', () => {
  const FIXTURE = fakeSecret('E' + 'AAG', 160, 7201);
  const OTHER = fakeSecret('E' + 'AAG', 160, 7202);
  const IN_SRC = fakeSecret('E' + 'AAG', 160, 7203);
  const MOVED = fakeSecret('E' + 'AAG', 160, 7204);
  const IN_APP = fakeSecret('E' + 'AAG', 160, 7205);
  const SCOPED = `${MANIFEST}scan:\n  exclude: ["test/fixtures/**"]\n`;
  let outer: string;
  const s: Record<string, string> = {};
  beforeAll(() => {
    outer = dir;
    dir = mkdtempSync(path.join(tmpdir(), 'gg-history-scope-'));
    git('init', '-q', '-b', 'main');
    s.base = commit('base', '2026-01-05', { 'graphguard.yml': SCOPED, 'src/app.js': 'export {};\n', 'app/index.js': 'export {};\n' });
    // A pull request: a fixture in the excluded folder (still in HEAD), a file outside src, a token in src
    // later removed, one in app/ later removed, and a blob first added in the excluded folder, then
    // copied into src (the same blob id) and removed from both.
    s.pr = commit('add', '2026-01-06', {
      'test/fixtures/token.js': `const FAKE = "${FIXTURE}";\n`,
      'other/b.js': `const T = "${OTHER}";\n`,
      'src/old.js': `const T = "${IN_SRC}";\n`,
      'app/old.js': `const T = "${IN_APP}";\n`,
      'test/fixtures/moved.js': `const T = "${MOVED}";\n`,
    });
    s.copy = commit('copy', '2026-01-07', { 'src/moved.js': `const T = "${MOVED}";\n` });
    commit('remove', '2026-01-08', { 'src/old.js': null, 'app/old.js': null, 'src/moved.js': null, 'test/fixtures/moved.js': null, 'other/b.js': null });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    dir = outer;
  });
  const found = (report: { findings: { ruleId: string; file: string; line: number; column: number; history?: { commit: string; path: string } }[] }) =>
    report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => [f.file, f.line, f.column, f.history?.commit ?? null, f.history?.path ?? null]);

  it('leaves out what scan.exclude excludes, in HEAD or not; a blob also added at a path in the scope is found there', async () => {
    const { report } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: { range: `${s.base}..HEAD` } });
    expect(found(report)).toEqual([
      ['app/old.js', 1, 12, s.pr, 'app/old.js'],
      ['other/b.js', 1, 12, s.pr, 'other/b.js'],
      ['src/moved.js', 1, 12, s.copy, 'src/moved.js'],
      ['src/old.js', 1, 12, s.pr, 'src/old.js'],
    ]);
  });

  it('scans only the paths given (`check src --history`), and scan.include narrows it as in the tree', async () => {
    const { report } = await check({ cwd: dir, paths: ['src'], env: {}, today: '2026-03-01', history: { range: `${s.base}..HEAD` } });
    expect(found(report)).toEqual([
      ['src/moved.js', 1, 12, s.copy, 'src/moved.js'],
      ['src/old.js', 1, 12, s.pr, 'src/old.js'],
    ]);
    const file = await check({ cwd: dir, paths: ['src/old.js', 'app'], env: {}, today: '2026-03-01', history: { range: `${s.base}..HEAD` } }).catch((e: Error) => e);
    // A path that is gone from the tree is not found (as for the tree scan): one line, exit 2.
    expect((file as Error).message).toBe('Path not found: src/old.js');
    writeFileSync(path.join(dir, 'graphguard.yml'), `${MANIFEST}scan:\n  include: ["app/**", "other/**"]\n  exclude: ["other/**"]\n`);
    try {
      const { report: inc } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: { range: `${s.base}..HEAD` } });
      expect(found(inc)).toEqual([['app/old.js', 1, 12, s.pr, 'app/old.js']]);
    } finally {
      writeFileSync(path.join(dir, 'graphguard.yml'), SCOPED);
    }
    // No paths, no scan: the history is not read either.
    const none = await check({ cwd: dir, paths: [], env: {}, today: '2026-03-01', history: { range: `${s.base}..HEAD` } });
    expect(found(none.report)).toEqual([]);
  });

  it('from a subfolder, names the files relative to it and reads no blob outside it', async () => {
    const { report } = await check({ cwd: path.join(dir, 'app'), manifest: '../graphguard.yml', env: {}, today: '2026-03-01', history: { range: `${s.base}..HEAD` } });
    expect(found(report)).toEqual([['old.js', 1, 12, s.pr, 'app/old.js']]);
    expect(report.findings.find((f) => f.history)!.message).toContain(' as app/old.js: it stays in the git history');
    // `..` from there is the whole repository; the globs are matched from the working directory, as in
    // the tree (`test/fixtures/**` is not `../test/fixtures/token.js`): the tree scan reports the
    // fixture still in HEAD, and the history the blob it first added there.
    const up = await check({ cwd: path.join(dir, 'app'), paths: ['..'], manifest: '../graphguard.yml', env: {}, today: '2026-03-01', history: { range: `${s.base}..HEAD` } });
    expect(found(up.report)).toEqual([
      ['../other/b.js', 1, 12, s.pr, 'other/b.js'],
      ['../src/old.js', 1, 12, s.pr, 'src/old.js'],
      ['../test/fixtures/moved.js', 1, 12, s.pr, 'test/fixtures/moved.js'],
      ['../test/fixtures/token.js', 1, 15, null, null],
      ['old.js', 1, 12, s.pr, 'app/old.js'],
    ]);
  });

  it('the CLI: the excluded fixture is not a history finding', async () => {
    const out: string[] = [];
    const io = { cwd: dir, env: {}, stdout: (t: string) => out.push(t), stderr: () => {}, isTTY: false };
    expect(await main(['check', 'test', '--history', `${s.base}..HEAD`, '--format', 'json', '--today', '2026-03-01'], io)).toBe(0);
    const json = JSON.parse(out.join('')) as { findings: { ruleId: string }[] };
    expect(json.findings.filter((f) => f.ruleId === 'hardcoded-token')).toEqual([]);
  });
});

describe('check --history: a copy of the value that today\'s tree suppresses or baselines elsewhere hides nothing (hunts Y1-1, Y1-2)', () => {
  const LEAKED = fakeSecret('E' + 'AAG', 154, 7201);
  let outer: string;
  const s: Record<string, string> = {};
  const leaks = (report: { findings: { ruleId: string; file: string; line: number; column: number; history?: { commit: string } }[] }) =>
    report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => `${f.file}:${f.line}:${f.column}${f.history ? ` ${f.history.commit.slice(0, 12)}` : ''}`);
  beforeAll(() => {
    outer = dir;
    dir = mkdtempSync(path.join(tmpdir(), 'gg-history-y1-'));
    git('init', '-q', '-b', 'main');
    commit('init', '2026-01-05', { 'graphguard.yml': MANIFEST });
    s.env = commit('add env', '2026-01-06', { '.env': `META_TOKEN=${LEAKED}\n` });
    commit('remove env', '2026-01-07', { '.env': null });
    // Today: the same value in a test file, under a suppression comment.
    s.test = commit('parser test', '2026-01-08', {
      'test/parser.test.js': `// graphguard-disable-next-line hardcoded-token -- fake token for the parser tests\nconst sample = "${LEAKED}";\n`,
    });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    dir = outer;
  });

  it('suppressed in another file today: the deleted .env is still reported, at the commit that added it', async () => {
    const { report } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: {} });
    expect(leaks(report)).toEqual([`.env:1:12 ${s.env!.slice(0, 12)}`]);
    expect(report.suppressed).toBe(1);
    expect(report.hiddenSecrets).toEqual([{ file: 'test/parser.test.js', line: 2, rule: 'hardcoded-token', by: 'suppression' }]);
    // The CLI fails on it.
    const out: string[] = [];
    const code = await main(['check', '--history', '--format', 'json', '--today', '2026-03-01'], { cwd: dir, env: {}, stdout: (t) => out.push(t), stderr: () => {}, isTTY: false });
    expect(code).toBe(1);
    expect(out.join('')).not.toContain(LEAKED.slice(4, 16));
  });

  it('baselined in another file today: still reported; a baseline entry for the same file hides it, as for the tree finding', async () => {
    const { buildBaseline } = await import('../../src/baseline.js');
    const plain = `const sample = "${LEAKED}";\n`;
    writeFileSync(path.join(dir, 'test/parser.test.js'), plain);
    try {
      // The baseline of today's tree: it accepts test/parser.test.js only.
      const tree = await check({ cwd: dir, env: {}, today: '2026-03-01' });
      expect(leaks(tree.report)).toEqual(['test/parser.test.js:1:17']);
      writeFileSync(path.join(dir, 'tree-baseline.json'), buildBaseline(tree.report.findings));
      const { report } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: {}, baseline: 'tree-baseline.json' });
      expect(leaks(report)).toEqual([`.env:1:12 ${s.env!.slice(0, 12)}`]);
      expect(report.hiddenSecrets).toEqual([
        { file: 'test/parser.test.js', line: 1, rule: 'hardcoded-token', by: 'baseline' },
        // The file's first version, under its own comment.
        { file: 'test/parser.test.js', line: 2, rule: 'hardcoded-token', by: 'suppression', commit: s.test!.slice(0, 12) },
      ]);
      // `graphguard baseline --history` accepts the history's copy too (the report folds it into the tree's finding):
      // with that baseline nothing comes back.
      const said: string[] = [];
      const io = { cwd: dir, env: {}, stdout: () => {}, stderr: (t: string) => said.push(t), isTTY: false };
      expect(await main(['baseline', '--history', '--output', 'all-baseline.json', '--today', '2026-03-01'], io)).toBe(0);
      const written = JSON.parse(readFileSync(path.join(dir, 'all-baseline.json'), 'utf8')) as { findings: { ruleId: string; file: string }[] };
      expect(written.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => f.file)).toEqual(['.env', 'test/parser.test.js']);
      expect(said.join('')).toBe(`graphguard: wrote ${written.findings.length} finding(s) to all-baseline.json\n`);
      expect(leaks((await check({ cwd: dir, env: {}, today: '2026-03-01', history: {}, baseline: 'all-baseline.json' })).report)).toEqual([]);
      // Today's .env holding the value again, baselined: the entry of the tree finding hides the old blob too.
      writeFileSync(path.join(dir, '.env'), `# restored\nMETA_TOKEN=${LEAKED}\n`);
      git('add', '.env');
      const restored = await check({ cwd: dir, env: {}, today: '2026-03-01', paths: ['.env'] });
      expect(leaks(restored.report)).toEqual(['.env:2:12']);
      writeFileSync(path.join(dir, 'env-baseline.json'), buildBaseline([...restored.report.findings, ...tree.report.findings]));
      expect(leaks((await check({ cwd: dir, env: {}, today: '2026-03-01', history: {}, baseline: 'env-baseline.json' })).report)).toEqual([]);
      // Reported by the tree (not baselined): once, by the tree.
      expect(leaks((await check({ cwd: dir, env: {}, today: '2026-03-01', history: {}, baseline: 'tree-baseline.json' })).report)).toEqual(['.env:2:12']);
    } finally {
      git('reset', '-q');
      rmSync(path.join(dir, '.env'), { force: true });
      git('checkout', '-q', '--', 'test/parser.test.js');
    }
  });
});

describe('check --history: a suppression comment added by a later commit hides the same file\'s earlier copy (hunt Y1-3)', () => {
  const FAKE = fakeSecret('E' + 'AAG', 154, 7301);
  let outer: string;
  beforeAll(() => {
    outer = dir;
    dir = mkdtempSync(path.join(tmpdir(), 'gg-history-y13-'));
    git('init', '-q', '-b', 'main');
    commit('init', '2026-01-05', { 'graphguard.yml': MANIFEST });
    // A test fixture's fake token; CI flags it; the next commit adds the comment.
    commit('parser test', '2026-01-06', { 'test/parser.test.js': `const sample = "${FAKE}";\n` });
    commit('suppress', '2026-01-07', {
      'test/parser.test.js': `// graphguard-disable-next-line hardcoded-token -- fake token for the parser tests\nconst sample = "${FAKE}";\n`,
    });
    // The same value in another file's past (deleted): that one is still a leak.
    commit('add env', '2026-01-08', { 'config/.env': `META_TOKEN=${FAKE}\n` });
    commit('remove env', '2026-01-09', { 'config/.env': null });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    dir = outer;
  });

  it('the fixture\'s first version is hidden with today\'s suppressed copy; the deleted .env in another file is not', async () => {
    const { report } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: {} });
    expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['config/.env:1:12']);
    // Without the .env's past (the pull request's own commits): nothing at all.
    const pr = await check({ cwd: dir, env: {}, today: '2026-03-01', history: { range: 'HEAD~4..HEAD~2' } });
    expect(pr.report.findings.filter((f) => f.ruleId === 'hardcoded-token')).toEqual([]);
  });
});

describe('check --history: a blob over 8 MiB is read in chunks, as the tree reads the same file (hunt Y2-1)', () => {
  const IN_HAR = fakeSecret('E' + 'AAG', 154, 7301);
  const HIDDEN = fakeSecret('E' + 'AAG', 154, 7302);
  const PAST_END = fakeSecret('E' + 'AAJ', 160, 7303);
  let outer: string;
  const s: Record<string, string> = {};
  // A browser capture of 10 MiB: the token on a line past the first 8 MiB chunk; a suppressed one after it; a
  // binary blob of 9 MiB (a NUL byte first) with a token after it.
  const entries: string[] = [];
  for (let i = 0; i < 9500; i++) entries.push(`  {"request": {"method": "GET", "url": "https://cdn.example/asset${i}.js"}, "response": {"content": {"text": "${'x'.repeat(1000)}"}}},`);
  entries.splice(8800, 0, `  {"request": {"method": "GET", "url": "https://graph.facebook.com/v19.0/me?access_token=${IN_HAR}"}},`);
  entries.splice(9000, 0, '  // graphguard-disable-next-line hardcoded-token -- revoked capture token, SEC-2', `  {"url": "https://graph.facebook.com/v19.0/me?access_token=${HIDDEN}"},`);
  const har = `{"log": {"entries": [\n${entries.join('\n')}\n]}}\n`;
  const line = har.slice(0, har.indexOf(IN_HAR)).split('\n').length;
  const column = har.indexOf(IN_HAR) - har.lastIndexOf('\n', har.indexOf(IN_HAR));
  const hiddenLine = har.slice(0, har.indexOf(HIDDEN)).split('\n').length;
  const leaks = (report: { findings: { ruleId: string; file: string; line: number; column: number; history?: { commit: string } }[] }) =>
    report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => `${f.file}:${f.line}:${f.column}${f.history ? ` ${f.history.commit.slice(0, 12)}` : ''}`);
  beforeAll(() => {
    outer = dir;
    dir = mkdtempSync(path.join(tmpdir(), 'gg-history-y2-'));
    git('init', '-q', '-b', 'main');
    commit('init', '2026-01-05', { 'graphguard.yml': MANIFEST });
    const binary = `\0${'y'.repeat(9 * 1024 * 1024)}\ntoken=${PAST_END}\n`;
    s.har = commit('add capture', '2026-01-06', { 'session.har': har, 'dump.log': binary, 'bundle.js': `${binary}// ${MANIFEST}` });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    dir = outer;
  });

  it('finds the token where the tree scan finds it, with its commit; the blob\'s own comment in a later chunk applies', async () => {
    expect(har.length).toBeGreaterThan(9 * 1024 * 1024);
    expect(har.indexOf(IN_HAR)).toBeGreaterThan(8 * 1024 * 1024);
    // While the file is there, the tree scan streams it.
    const tree = await check({ cwd: dir, env: {}, today: '2026-03-01' });
    expect(leaks(tree.report)).toEqual([`session.har:${line}:${column}`]);
    expect(tree.report.binaryText).toEqual(['bundle.js']);
    commit('remove capture', '2026-01-07', { 'session.har': null, 'dump.log': null, 'bundle.js': null });
    const { report } = await check({ cwd: dir, env: {}, today: '2026-03-01', history: {} });
    expect(leaks(report)).toEqual([`session.har:${line}:${column} ${s.har!.slice(0, 12)}`]);
    expect(report.hiddenSecrets).toEqual([{ file: 'session.har', line: hiddenLine, rule: 'hardcoded-token', by: 'suppression', commit: s.har!.slice(0, 12) }]);
    // The binary ones (a NUL byte first) are not read, and named as a small binary blob is: a source file's (by name).
    expect(report.binaryHistory).toEqual([{ file: 'bundle.js', commit: s.har!.slice(0, 12) }]);
    expect(JSON.stringify(report)).not.toContain(IN_HAR.slice(4, 16));
  });
});

describe('check --history in a shallow clone says so, in one line on stderr and in every format (hunt Y5-1)', () => {
  const DELETED = fakeSecret('E' + 'AAG', 154, 7401);
  let outer: string;
  let root: string;
  beforeAll(() => {
    outer = dir;
    root = mkdtempSync(path.join(tmpdir(), 'gg-history-y5-'));
    dir = path.join(root, 'origin');
    mkdirSync(dir);
    git('init', '-q', '-b', 'main');
    commit('init', '2026-01-05', { 'graphguard.yml': MANIFEST });
    commit('add env', '2026-01-06', { '.env': `META_TOKEN=${DELETED}\n` });
    commit('remove env', '2026-01-07', { '.env': null });
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, path.join(root, 'shallow')]);
    execFileSync('git', ['clone', '-q', `file://${dir}`, path.join(root, 'full')]);
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${dir}`, path.join(root, 'two')]);
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    dir = outer;
  });
  const run = async (where: string, args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['check', '--history', '--today', '2026-03-01', ...args], {
      cwd: path.join(root, where),
      env: {},
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      isTTY: false,
    });
    return { code, out: out.join(''), err: err.join('') };
  };
  const NOTE = SHALLOW_HISTORY;

  it('the truncated history: exit code as without the note, one stderr line, the note in each format', async () => {
    const json = await run('shallow', ['--format', 'json']);
    // The deleted token is not in the clone: nothing found, and the exit code is the clean run's.
    expect(json.code).toBe(0);
    expect(json.err).toBe(`graphguard: ${NOTE}\n`);
    const report = JSON.parse(json.out) as { historyIncomplete?: string; findings: { ruleId: string }[] };
    expect(report.historyIncomplete).toBe(NOTE);
    expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token')).toEqual([]);
    const stylish = await run('shallow', []);
    expect(stylish.code).toBe(0);
    expect(stylish.out).toContain(`History incomplete: ${NOTE}.\n`);
    expect((await run('shallow', ['--format', 'github'])).out).toContain(`::warning title=graphguard history::${NOTE.replace(/%/g, '%25')}\n`);
    const sarif = JSON.parse((await run('shallow', ['--format', 'sarif'])).out) as { runs: { invocations?: { toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] };
    expect(sarif.runs[0]!.invocations![0]!.toolExecutionNotifications).toEqual([{ level: 'warning', message: { text: NOTE } }]);
    expect((await run('shallow', ['--format', 'junit'])).out).toContain('<testcase classname="graphguard" name="history">');
    expect((await run('shallow', ['--format', 'markdown'])).out).toContain('shallow clone');
  });

  it('a range the shallow clone holds whole: no note; a range that reaches its boundary: the note (hunt Y5-2)', async () => {
    // All of its history: the boundary is in it.
    expect((await run('two', ['--format', 'json'])).err).toBe(`graphguard: ${NOTE}\n`);
    const r = await main(['check', '--history', 'HEAD~1..HEAD', '--format', 'json', '--today', '2026-03-01'], {
      cwd: path.join(root, 'two'),
      env: {},
      stdout: () => {},
      stderr: (t) => {
        throw new Error(`no stderr expected: ${t}`);
      },
      isTTY: false,
    });
    expect(r).toBe(0);
    const cut: string[] = [];
    await main(['check', '--history=HEAD~1', '--format', 'json', '--today', '2026-03-01'], { cwd: path.join(root, 'two'), env: {}, stdout: () => {}, stderr: (t) => cut.push(t), isTTY: false });
    expect(cut.join('')).toBe(`graphguard: ${NOTE}\n`);
  });

  it("a range that reaches the repository's own first commit, not the clone's boundary: no note", async () => {
    // main: init, add env, remove env; a branch of its own history (its first commit is a real one) merged in.
    const outerDir = dir;
    dir = path.join(root, 'two-roots');
    mkdirSync(dir);
    try {
      git('init', '-q', '-b', 'main');
      commit('init', '2026-01-05', { 'graphguard.yml': MANIFEST });
      commit('two', '2026-01-06', { 'a.txt': 'a\n' });
      commit('three', '2026-01-07', { 'b.txt': 'b\n' });
      git('checkout', '-q', '--orphan', 'side');
      git('rm', '-q', '-rf', '.');
      commit('side root', '2026-01-08', { 'c.txt': 'c\n' });
      git('checkout', '-q', 'main');
      git('merge', '-q', '--allow-unrelated-histories', '-m', 'merge side', 'side');
    } finally {
      dir = outerDir;
    }
    // Depth 2 from the merge: the merge, `three` (the boundary: its parent is not fetched) and `side root`.
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${path.join(root, 'two-roots')}`, path.join(root, 'two-roots-shallow')]);
    const errs = async (args: string[]) => {
      const err: string[] = [];
      await main(['check', ...args, '--format', 'json', '--today', '2026-03-01'], { cwd: path.join(root, 'two-roots-shallow'), env: {}, stdout: () => {}, stderr: (t) => err.push(t), isTTY: false });
      return err.join('');
    };
    // HEAD^1..HEAD is the merge and the side's first commit, whose object names no parent: read whole.
    expect(await errs(['--history=HEAD^1..HEAD'])).toBe('');
    // The whole history reaches `three`, which names a parent the clone does not hold.
    expect(await errs(['--history'])).toBe(`graphguard: ${NOTE}\n`);
  });

  it('a full clone: the deleted token, and no note', async () => {
    const r = await run('full', ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const report = JSON.parse(r.out) as { historyIncomplete?: string; findings: { ruleId: string; file: string; line: number; column: number }[] };
    expect(report.historyIncomplete).toBeUndefined();
    expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['.env:1:12']);
  });
});

describe('a token pasted into the committed manifest (hunt H1)', () => {
  it('is one plaintext-token finding with --history, and the baseline that accepts it hides it there too', async () => {
    const { buildBaseline } = await import('../../src/baseline.js');
    const own = mkdtempSync(path.join(tmpdir(), 'gg-history-h1-'));
    const run = (...args: string[]) =>
      execFileSync('git', args, { cwd: own, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    try {
      const pasted = fakeSecret('E' + 'AAB', 160, 7101);
      writeFileSync(path.join(own, 'graphguard.yml'), `${MANIFEST}# the token: ${pasted}\n`);
      run('init', '-q', '-b', 'main');
      run('add', '-A');
      run('commit', '-q', '-m', 'manifest');
      const first = await check({ cwd: own, paths: ['.'], env: {}, history: {} });
      const leaks = first.report.findings.filter((f) => f.ruleId === 'plaintext-token' || f.ruleId === 'hardcoded-token');
      expect(leaks.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['plaintext-token', 'graphguard.yml', MANIFEST.split('\n').length, 14]]);
      writeFileSync(path.join(own, 'baseline.json'), buildBaseline(leaks));
      const second = await check({ cwd: own, paths: ['.'], env: {}, history: {}, baseline: 'baseline.json' });
      expect(second.report.findings.filter((f) => f.ruleId === 'plaintext-token' || f.ruleId === 'hardcoded-token')).toEqual([]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
