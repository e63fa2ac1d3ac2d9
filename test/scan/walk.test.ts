import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/types.js';
import { absolutePath, dropPrefetched, listFiles, prefetchListing } from '../../src/scan/walk.js';
import { MAX_GITIGNORE_RULE_CHARS } from '../../src/glob.js';

const base = mkdtempSync(path.join(tmpdir(), 'graphguard-walk-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const root = path.join(base, name);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, env: GIT_ENV }).toString();

describe('listFiles outside git: the .gitignore rules one walk applies have a budget', () => {
  it('leaves out the rules past it, excludes nothing below a folder whose left-out rules hold a `!`, and says where it stopped', async () => {
    const line = `*${'abcdefghijklmnop'.split('').join('*')}*`;
    const count = Math.ceil(MAX_GITIGNORE_RULE_CHARS / line.length);
    const root = tree('gitignore-budget', {
      '.gitignore': `early.txt\n${Array(count).fill(line).join('\n')}\nlate.txt\n`,
      'early.txt': 'e',
      'late.txt': 'l',
      'sub/.gitignore': 'kept.txt\n',
      'sub/kept.txt': 'k',
    });
    const r = await listFiles({ cwd: root, paths: [] });
    // The rules left out hold no `!`: the kept ones apply (early.txt), the left-out ones do not.
    expect(r.files).toEqual(['.gitignore', 'late.txt', 'sub/.gitignore', 'sub/kept.txt']);
    // Line 1 is early.txt; the rule that crosses the budget is the first not applied.
    const crossing = 1 + Math.floor((MAX_GITIGNORE_RULE_CHARS - 'early.txt'.length) / line.length) + 1;
    expect(r.gitignoreTruncated).toBe(`.gitignore:${crossing}`);
    const small = await listFiles({ cwd: tree('gitignore-small', { '.gitignore': 'late.txt\n', 'late.txt': 'l', 'a.txt': 'a' }), paths: [] });
    expect(small.files).toEqual(['.gitignore', 'a.txt']);
    expect(small.gitignoreTruncated).toBeUndefined();
  });

  it('a `!` past the budget, in a .gitignore too large to read, or after a byte order mark still re-includes its file', async () => {
    const past = await listFiles({
      cwd: tree('gitignore-budget-negation', {
        '.gitignore': `*.cfg\n${Array.from({ length: 3500 }, (_, i) => `/build/generated/artifact-${i}.bin`).join('\n')}\n!keep.cfg\n`,
        'keep.cfg': 'k',
        'drop.cfg': 'd',
      }),
      paths: [],
    });
    expect(past.files).toEqual(['.gitignore', 'drop.cfg', 'keep.cfg']);
    const large = await listFiles({
      cwd: tree('gitignore-too-large', {
        '.gitignore': '*.cfg\n',
        'deploy/.gitignore': `${'#'.repeat(1024 * 1024 + 1)}\n!keep.cfg\n`,
        'deploy/keep.cfg': 'k',
        'other/drop.cfg': 'd',
      }),
      paths: [],
    });
    expect(large.files).toEqual(['.gitignore', 'deploy/.gitignore', 'deploy/keep.cfg']);
    const bom = await listFiles({
      cwd: tree('gitignore-bom', { '.gitignore': '*.cfg\n', 'deploy/.gitignore': '\ufeff!keep.cfg\n', 'deploy/keep.cfg': 'k', 'deploy/drop.cfg': 'd' }),
      paths: [],
    });
    expect(bom.files).toEqual(['.gitignore', 'deploy/.gitignore', 'deploy/keep.cfg']);
  });
});

describe('listFiles outside git', () => {
  const root = tree('plain', {
    'a.txt': 'a',
    '.hidden/b.txt': 'b',
    '.gitignore': '*.log\nout/\n',
    'x.log': 'x',
    'out/y.txt': 'y',
    'node_modules/m/index.js': 'm',
    '.git/config': '[core]',
    'src/c.ts': 'c',
    'src/.gitignore': 'gen.ts\n',
    'src/gen.ts': 'g',
    'src/sub/gen.ts': 'g',
    'src/keep.log': 'k',
    'test/fixtures/f.txt': 'f',
  });
  symlinkSync(path.join(root, 'a.txt'), path.join(root, 'link.txt'));
  symlinkSync(root, path.join(root, 'src', 'loop'));
  symlinkSync(path.join(root, 'out'), path.join(root, 'out-link'));

  it('lists every file, dotfiles included, minus .git, node_modules and .gitignore matches; counts symlinks', async () => {
    const r = await listFiles({ cwd: root, paths: ['.'] });
    expect(r).toEqual({
      mode: 'filesystem',
      files: ['.gitignore', '.hidden/b.txt', 'a.txt', 'src/.gitignore', 'src/c.ts', 'test/fixtures/f.txt'],
      skipped: { symlinks: 3 },
      raw: new Map(),
    });
  });

  it('lists names that are not UTF-8, in a folder so named too, and opens them by their bytes', async () => {
    const odd = tree('odd-names-walk', { 'a.txt': 'a' });
    const dirBytes = Buffer.from([...Buffer.from('cfg'), 0xfe]);
    mkdirSync(Buffer.concat([Buffer.from(`${odd}/`), dirBytes]));
    writeFileSync(Buffer.concat([Buffer.from(`${odd}/`), dirBytes, Buffer.from('/prod.py')]), 'p');
    writeFileSync(Buffer.concat([Buffer.from(`${odd}/n`), Buffer.from([0xe9]), Buffer.from('.js')]), 'n');
    const r = await listFiles({ cwd: odd, paths: ['.'] });
    expect(r.files).toEqual(['a.txt', 'cfg\\xfe/prod.py', 'n\\xe9.js']);
    expect([...r.raw.keys()].sort()).toEqual(['cfg\\xfe/prod.py', 'n\\xe9.js']);
    expect(readFileSync(absolutePath(odd, 'cfg\\xfe/prod.py', r.raw), 'utf8')).toBe('p');
    expect(readFileSync(absolutePath(odd, 'n\\xe9.js', r.raw), 'utf8')).toBe('n');
    // Named as a path below the working directory, the bytes are relative to it still.
    const sub = await listFiles({ cwd: path.dirname(odd), paths: [path.basename(odd)] });
    const rel = `${path.basename(odd)}/cfg\\xfe/prod.py`;
    expect(sub.files).toContain(rel);
    expect(readFileSync(absolutePath(path.dirname(odd), rel, sub.raw), 'utf8')).toBe('p');
  });

  it('walks no folder named .git or node_modules and lists no .git file, but lists a regular file named node_modules', async () => {
    const r = await listFiles({ cwd: tree('named-like-dirs', { 'node_modules': 'n', 'sub/.git': 'gitdir: ../x', 'sub/node_modules/m.js': 'm', 'a.js': 'a' }), paths: ['.'] });
    expect(r.files).toEqual(['a.js', 'node_modules']);
  });

  it('applies include and exclude after the walk', async () => {
    const r = await listFiles({ cwd: root, paths: ['.'], include: ['src/**', '**/*.txt'], exclude: ['test/fixtures'] });
    expect(r.files).toEqual(['.hidden/b.txt', 'a.txt', 'src/.gitignore', 'src/c.ts']);
  });

  it('scans a subdirectory with the .gitignore files above it, and always lists an explicitly named file', async () => {
    const r = await listFiles({ cwd: root, paths: ['src', 'x.log'] });
    expect(r.files).toEqual(['src/.gitignore', 'src/c.ts', 'x.log']);
    expect(r.skipped.symlinks).toBe(1);
  });

  it('does not read a directory a .gitignore excludes, and lets a deeper .gitignore re-include a file but not a directory', async () => {
    const t = tree('pruned', {
      '.gitignore': '*.log\nbuild/\n',
      'build/.gitignore': '!*\n',
      'build/out.js': 'o',
      'keep/.gitignore': '!important.log\n',
      'keep/important.log': 'i',
      'keep/other.log': 'o',
      'sub/.git': 'gitdir: ../.git/modules/sub\n',
      'sub/node_modules': 'a file named like the folder',
      'sub/a.txt': 'a',
    });
    // A directory below the excluded one that cannot be listed (a symlink loop would be one too): never opened.
    mkdirSync(path.join(t, 'build', 'deep'));
    symlinkSync('deep', path.join(t, 'build', 'deep', 'self'));
    const r = await listFiles({ cwd: t, paths: ['.'] });
    expect(r.files).toEqual(['.gitignore', 'keep/.gitignore', 'keep/important.log', 'sub/a.txt', 'sub/node_modules']);
    expect(r.skipped.symlinks).toBe(0);
  });

  it('walks nothing of a named folder that a .gitignore above excludes, or of one inside such a folder', async () => {
    const t = tree('named-ignored', {
      '.gitignore': 'build/\nsrc/gen*/\n',
      'build/sub/a.js': 'a',
      'build/sub/link-target.js': 'l',
      'src/gen-1/b.js': 'b',
      'src/c.js': 'c',
    });
    symlinkSync('link-target.js', path.join(t, 'build', 'sub', 'link.js'));
    for (const named of ['build', 'build/sub', 'src/gen-1']) expect(await listFiles({ cwd: t, paths: [named] })).toMatchObject({ files: [], skipped: { symlinks: 0 } });
    expect((await listFiles({ cwd: t, paths: ['src'] })).files).toEqual(['src/c.js']);
  });

  it('never waits on a .gitignore that is a FIFO or follows one that is a symlink, above or inside the scanned folder', async () => {
    const t = tree('fifo', { 'src/a.log': 'a', 'src/b.txt': 'b', 'outside.gitignore': '*.txt\n' });
    execFileSync('mkfifo', [path.join(t, '.gitignore')]);
    execFileSync('mkfifo', [path.join(t, 'src', '.gitignore')]);
    expect((await listFiles({ cwd: t, paths: ['src'] })).files).toEqual(['src/a.log', 'src/b.txt']);
    rmSync(path.join(t, 'src', '.gitignore'));
    symlinkSync(path.join(t, 'outside.gitignore'), path.join(t, 'src', '.gitignore'));
    expect((await listFiles({ cwd: t, paths: ['.'] })).files).toEqual(['outside.gitignore', 'src/a.log', 'src/b.txt']);
  });

  it('names the files of a folder above the working directory from it, as git does, each once', async () => {
    const sub = path.join(root, 'src');
    const up = await listFiles({ cwd: sub, paths: ['..'] });
    // `c.ts`, not `../src/c.ts`; the .gitignore files of the folder above apply as before.
    expect(up.files).toEqual(['../.gitignore', '../.hidden/b.txt', '../a.txt', '../test/fixtures/f.txt', '.gitignore', 'c.ts']);
    // Walked twice (`.` and `..`), listed once: one name a file. (`.` applies no .gitignore above it: keep.log.)
    expect((await listFiles({ cwd: sub, paths: ['.', '..'] })).files).toEqual([...up.files, 'keep.log']);
    // And opened under those names.
    for (const f of up.files) expect(existsSync(absolutePath(sub, f, up.raw) as string), f).toBe(true);
    const deep = await listFiles({ cwd: path.join(root, 'test', 'fixtures'), paths: ['../..'], include: ['f.txt', '../../a.txt'] });
    expect(deep.files).toEqual(['../../a.txt', 'f.txt']);
  });

  it('throws a ConfigError for a path that does not exist', async () => {
    await expect(listFiles({ cwd: root, paths: ['nope'] })).rejects.toThrow(ConfigError);
    await expect(listFiles({ cwd: root, paths: ['nope'] })).rejects.toThrow('Path not found: nope');
  });

  it('needs git for changedSince', async () => {
    await expect(listFiles({ cwd: root, paths: ['.'], changedSince: 'HEAD' })).rejects.toThrow(/needs a git checkout/);
  });
});

describe('listFiles in a git checkout', () => {
  const root = tree('repo', {
    '.gitignore': '*.secret\n',
    'tracked.txt': 't',
    'src/a.ts': 'a',
    'src/b.ts': 'b',
    'docs/[x].md': 'x',
    'node_modules/tracked-dep/index.js': 'm',
  });
  git(root, 'init', '-q');
  git(root, 'add', '-A', '-f');
  git(root, 'commit', '-q', '-m', 'init');
  writeFileSync(path.join(root, 'src', 'b.ts'), 'changed');
  writeFileSync(path.join(root, 'new.txt'), 'untracked');
  writeFileSync(path.join(root, 'ignored.secret'), 'ignored');
  rmSync(path.join(root, 'tracked.txt'));
  symlinkSync(path.join(root, 'src', 'a.ts'), path.join(root, 'src', 'link.ts'));
  git(root, 'add', 'src/link.ts');

  it('lists the tracked files (not untracked ones), never deleted files or symlinks', async () => {
    const r = await listFiles({ cwd: root, paths: ['.'] });
    expect(r).toEqual({
      mode: 'git',
      files: ['.gitignore', 'docs/[x].md', 'node_modules/tracked-dep/index.js', 'src/a.ts', 'src/b.ts'],
      skipped: { symlinks: 1 },
      raw: new Map(),
    });
  });

  it('takes paths literally and relative to a cwd below the top level', async () => {
    expect((await listFiles({ cwd: root, paths: ['docs/[x].md', 'src'] })).files).toEqual([
      'docs/[x].md',
      'src/a.ts',
      'src/b.ts',
    ]);
    expect((await listFiles({ cwd: path.join(root, 'src'), paths: ['.'] })).files).toEqual(['a.ts', 'b.ts']);
  });

  it('takes a path through a symlinked folder by its real name (the index has no other)', async () => {
    const linked = tree('linked', { 'packages/api/src/client.js': 'c', 'packages/web/x.js': 'x' });
    git(linked, 'init', '-q');
    symlinkSync('packages', path.join(linked, 'pkgs'));
    git(linked, 'add', '-A');
    expect((await listFiles({ cwd: linked, paths: ['pkgs/api'] })).files).toEqual(['packages/api/src/client.js']);
    expect((await listFiles({ cwd: linked, paths: ['pkgs/api/src/client.js'] })).files).toEqual(['packages/api/src/client.js']);
    // The path itself a symlink is not followed, as before: counted.
    expect((await listFiles({ cwd: linked, paths: ['pkgs'] })).skipped.symlinks).toBe(1);
  });

  it('keeps the written name of a path whose real folder is outside the working directory', async () => {
    const outer = tree('outside', { 'shared/lib/src/a.js': 'a', 'proj/x.js': 'x' });
    symlinkSync('../shared/lib', path.join(outer, 'proj', 'lib'));
    expect((await listFiles({ cwd: path.join(outer, 'proj'), paths: ['lib/src'] })).files).toEqual(['lib/src/a.js']);
  });

  it('a folder with nothing tracked in a checkout that tracks files lists nothing; an index emptied lists the untracked files', async () => {
    mkdirSync(path.join(root, 'fresh'));
    writeFileSync(path.join(root, 'fresh', 'u.txt'), 'untracked');
    expect((await listFiles({ cwd: root, paths: ['fresh'] })).files).toEqual([]);
    const emptied = tree('emptied', { 'x.txt': 'x', 'y.txt': 'y' });
    git(emptied, 'init', '-q');
    git(emptied, 'add', 'x.txt');
    git(emptied, 'rm', '-q', '--cached', 'x.txt');
    expect(readFileSync(path.join(emptied, '.git', 'index')).readUInt32BE(8)).toBe(0);
    expect((await listFiles({ cwd: emptied, paths: ['.'] })).files).toEqual(['x.txt', 'y.txt']);
  });

  it('a fresh repository (git init, nothing tracked) lists what the same folder outside git lists: no node_modules/ at any depth', async () => {
    const files = {
      'app.js': 'a',
      '.gitignore': 'dist/\n!node_modules/\n',
      'dist/out.js': 'd',
      'node_modules/left-pad/index.js': 'n',
      'packages/api/node_modules/x/index.js': 'n',
      'packages/api/src/node_modules': 'a file named node_modules is a file',
      'packages/api/src/a.js': 'a',
    };
    const expected = ['.gitignore', 'app.js', 'packages/api/src/a.js', 'packages/api/src/node_modules'];
    const plain = tree('fresh-plain', files);
    expect((await listFiles({ cwd: plain, paths: ['.'] })).files).toEqual(expected);
    const fresh = tree('fresh-init', files);
    git(fresh, 'init', '-q');
    const listed = await listFiles({ cwd: fresh, paths: ['.'] });
    expect(listed.mode).toBe('git');
    expect(listed.files).toEqual(expected);
    expect((await listFiles({ cwd: path.join(fresh, 'packages'), paths: ['.'] })).files).toEqual(['api/src/a.js', 'api/src/node_modules']);
  });

  it('lists an unmerged path once, whichever reads the index (the index file, or git)', async () => {
    const conflicted = tree('conflicted', { 'a.js': 'a', 'c.js': 'c', 'z.js': 'z' });
    git(conflicted, 'init', '-q');
    git(conflicted, 'add', 'a.js', 'z.js');
    const id = git(conflicted, 'hash-object', '-w', 'c.js').trim();
    execFileSync('git', ['update-index', '--index-info'], { cwd: conflicted, env: GIT_ENV, input: [1, 2, 3].map((n) => `100644 ${id} ${n}\tc.js\n`).join('') });
    expect(git(conflicted, 'ls-files').split('\n').filter((l) => l === 'c.js')).toHaveLength(3);
    expect((await listFiles({ cwd: conflicted, paths: ['.'] })).files).toEqual(['a.js', 'c.js', 'z.js']);
    process.env.GIT_INDEX_FILE = path.join(conflicted, '.git', 'index');
    try {
      expect((await listFiles({ cwd: conflicted, paths: ['.'] })).files).toEqual(['a.js', 'c.js', 'z.js']);
    } finally {
      delete process.env.GIT_INDEX_FILE;
    }
  });

  it('changedSince keeps tracked files changed since REF', async () => {
    expect((await listFiles({ cwd: root, paths: ['.'], changedSince: 'HEAD' })).files).toEqual(['src/b.ts']);
    expect((await listFiles({ cwd: path.join(root, 'src'), paths: ['.'], changedSince: 'HEAD' })).files).toEqual(['b.ts']);
  });

  it('rejects an unknown or option-like REF', async () => {
    await expect(listFiles({ cwd: root, paths: ['.'], changedSince: 'no-such-ref' })).rejects.toThrow(ConfigError);
    await expect(listFiles({ cwd: root, paths: ['.'], changedSince: '--output=/tmp/x' })).rejects.toThrow(/Invalid revision/);
  });

  it('rejects a range, or anything else that is not one commit (git diff A..B would leave the working tree out)', async () => {
    const range = (ref: string, first: string) =>
      `--changed-only ${ref}: a range, not one commit; --changed-only compares one branch, tag or commit with the working tree (e.g. --changed-only ${first})`;
    for (const [ref, first] of [['HEAD..HEAD', 'HEAD'], ['HEAD...', 'HEAD'], ['..HEAD', 'HEAD'], ['HEAD^!', 'HEAD'], ['HEAD^@', 'HEAD'], ['main...HEAD', 'main']] as const) {
      const err = await listFiles({ cwd: root, paths: ['.'], changedSince: ref }).catch((e: unknown) => e);
      expect(err, ref).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toBe(range(ref, first));
    }
    await expect(listFiles({ cwd: root, paths: ['.'], changedSince: 'HEAD^{tree}' })).rejects.toThrow(/^--changed-only HEAD\^\{tree\}: not a commit; pass a branch, tag or commit$/);
    // One commit however it is named: the working tree's change is still found.
    for (const ref of ['HEAD', 'HEAD^{commit}', 'HEAD@{0}', git(root, 'rev-parse', 'HEAD').trim()])
      expect((await listFiles({ cwd: root, paths: ['.'], changedSince: ref })).files, ref).toEqual(['src/b.ts']);
  });

  it('lists names that are not UTF-8 or hold a newline, and opens them by their bytes', async () => {
    const odd = tree('odd-names', { 'ok.txt': 'ok' });
    const bad = Buffer.concat([Buffer.from(`${odd}/`), Buffer.from([0x66, 0xff, 0x2e, 0x74, 0x78, 0x74])]);
    writeFileSync(bad, 'latin');
    writeFileSync(path.join(odd, 'new\nline.txt'), 'nl');
    git(odd, 'init', '-q');
    git(odd, 'add', '-A');
    const r = await listFiles({ cwd: odd, paths: ['.'] });
    expect(r.files).toEqual(['f\\xff.txt', 'new\nline.txt', 'ok.txt']);
    const abs = absolutePath(odd, 'f\\xff.txt', r.raw);
    expect(Buffer.isBuffer(abs) && readFileSync(abs, 'utf8')).toBe('latin');
    expect(absolutePath(odd, 'ok.txt', r.raw)).toBe(path.join(odd, 'ok.txt'));
  });

  it('rejects a path outside the repository', async () => {
    const outside = tree('outside', { 'o.txt': 'o' });
    await expect(listFiles({ cwd: root, paths: [outside] })).rejects.toThrow(/outside the git repository/);
  });
});

/**
 * Runs `body` with a git that logs each call (ahead of the real one on PATH) and a checkout holding
 * `files`, all added; `calls(pattern)` counts the logged calls that match. `env` is set meanwhile.
 */
async function withLoggingGit(files: Record<string, string>, env: (repo: string) => Record<string, string>, body: (repo: string, calls: (pattern: RegExp) => number) => Promise<void>): Promise<void> {
  const repo = mkdtempSync(path.join(tmpdir(), 'gg-ahead-'));
  const bin = mkdtempSync(path.join(tmpdir(), 'gg-ahead-bin-'));
  const log = path.join(bin, 'calls');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
  const saved = { ...process.env };
  try {
    execFileSync('git', ['init', '-q'], { cwd: repo });
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
      writeFileSync(path.join(repo, rel), text);
    }
    execFileSync('git', ['add', '-A'], { cwd: repo });
    Object.assign(process.env, { PATH: `${bin}${path.delimiter}${saved.PATH}`, ...env(repo) });
    await body(repo, (pattern) => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => pattern.test(l)).length : 0));
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    dropPrefetched();
    rmSync(repo, { recursive: true, force: true });
    rmSync(bin, { recursive: true, force: true });
  }
}

describe('listFiles and an index that names files outside the checkout', () => {
  /** Renames index entry `from` to `to` (the same length: the entry's padding stays), checksum made good. */
  const renameEntry = (repo: string, from: string, to: string) => {
    expect(to.length).toBe(from.length);
    const index = path.join(repo, '.git', 'index');
    const b = readFileSync(index);
    const at = b.indexOf(Buffer.from(`${from}\0`));
    expect(at).toBeGreaterThan(12);
    b.write(to, at, 'latin1');
    b.set(createHash('sha1').update(b.subarray(0, b.length - 20)).digest(), b.length - 20);
    writeFileSync(index, b);
  };

  it('lists neither a `..` name nor an absolute one (git checks out no such name), and says so', async () => {
    const root = path.join(base, 'index-outside');
    mkdirSync(root, { recursive: true });
    const repo = path.join(root, 'repo');
    const abs = path.join(root, 'abs.js');
    writeFileSync(path.join(root, 'up.js'), 'outside\n');
    writeFileSync(abs, 'outside\n');
    const fill = 'x'.repeat(abs.length - 'in/.js'.length);
    tree('index-outside/repo', { 'in/up.js': 'a', [`in/${fill}.js`]: 'b', 'keep.js': 'c' });
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    renameEntry(repo, 'in/up.js', '../up.js');
    renameEntry(repo, `in/${fill}.js`, abs);
    for (const paths of [['.'], ['keep.js', '.']]) {
      const listing = await listFiles({ cwd: repo, paths });
      expect(listing.files, paths.join(' ')).toEqual(['keep.js']);
      expect(listing.skipped.outside, paths.join(' ')).toEqual(['../up.js', abs]);
    }
  });
});

describe('the listing started ahead', () => {
  it('is the answer the next listing of the whole checkout takes, once; one dropped is never taken', async () => {
    // GIT_INDEX_FILE (naming the checkout's own index) leaves the listing to git (src/scan/git-index.ts).
    await withLoggingGit({ 'a.js': 'a\n' }, (repo) => ({ GIT_INDEX_FILE: path.join(repo, '.git', 'index') }), async (repo, count) => {
      const calls = () => count(/ls-files/);
      const list = async () => (await listFiles({ cwd: repo, paths: ['.'], statFiles: false })).files;
      prefetchListing(repo, ['src']); // not the whole checkout: nothing starts
      expect(calls()).toBe(0);
      prefetchListing(repo, ['.']);
      expect(await list()).toEqual(['a.js']);
      expect(calls()).toBe(1); // the early one, taken
      expect(await list()).toEqual(['a.js']);
      expect(calls()).toBe(2); // taken once: git asked again
      prefetchListing(repo, ['.']);
      dropPrefetched();
      expect(await list()).toEqual(['a.js']);
      // The dropped git logs its call whenever it gets to run: wait for it (3 calls stay 3 if the
      // listing had taken the dropped answer instead of asking git).
      for (let i = 0; i < 100 && calls() < 4; i++) await new Promise((r) => setTimeout(r, 20));
      expect(calls()).toBe(4); // the dropped answer was not taken
    });
  });

  it('a plain checkout is listed from its index file, without starting git', async () => {
    await withLoggingGit({ 'src/a.js': 'a\n', 'b.js': 'b\n' }, () => ({}), async (repo, count) => {
      prefetchListing(repo, ['.']);
      const r = await listFiles({ cwd: repo, paths: ['.'], statFiles: false });
      expect(r).toMatchObject({ files: ['b.js', 'src/a.js'], mode: 'git' });
      expect((await listFiles({ cwd: path.join(repo, 'src'), paths: ['.'] })).files).toEqual(['a.js']);
      expect(count(/./)).toBe(0);
    });
  });
});
