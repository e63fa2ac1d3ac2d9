import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { check } from '../../src/check.js';
import { listFiles } from '../../src/scan/walk.js';
import { CHURN_MS } from '../../src/scan/walk-cache.js';
import { Sink } from '../../src/secrets/sink.js';
import { fakeSecret } from '../helpers/secrets.js';
import { HEAD } from '../helpers/manifests.js';

let root: string;
let tree: string;
let cacheDir: string;
/**
 * Past the churn window from now: every folder just made is old enough for its walk to be kept, and a
 * cache just saved and found out of date is replaced.
 */
const later = () => Date.now() + CHURN_MS + 10_000;
const setting = () => ({ dir: cacheDir, build: 'test', now: later() });
const yes = () => true;

/**
 * Every folder and file of the tree an hour old: a change made now gives a folder another mtime, even
 * within the tick of the file system's clock its last status was taken in.
 */
function age(dir: string): void {
  const then = new Date(Date.now() - 3600_000);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) age(p);
    else if (e.isFile()) utimesSync(p, then, then);
  }
  utimesSync(dir, then, then);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'gg-walk-cache-'));
  tree = path.join(root, 'tree');
  cacheDir = path.join(root, 'cache');
  for (const [rel, text] of Object.entries({
    'a.js': 'a',
    '.gitignore': '*.log\n',
    'x.log': 'x',
    'src/b.js': 'b',
    'src/deep/c.js': 'c',
    'src/deep/.gitignore': 'skip.js\n',
    'src/deep/skip.js': 's',
    'node_modules/m/index.js': 'm',
  })) {
    mkdirSync(path.dirname(path.join(tree, rel)), { recursive: true });
    writeFileSync(path.join(tree, rel), text);
  }
  symlinkSync('a.js', path.join(tree, 'link.js'));
  age(tree);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const cacheFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((n) => n.startsWith('walk-')) : []);

async function walk(paths: string[] = [], cwd = tree) {
  const r = await listFiles({ cwd, paths, walkCache: setting() });
  return { files: r.files, symlinks: r.skipped.symlinks, from: r.walkCache, keep: r.keepWalk };
}

describe('the walk cache (outside a git checkout)', () => {
  it('counts a folder it cannot read (a path past PATH_MAX) as not scanned, lists the rest, and keeps no cache', async () => {
    // 25 folders of 200 characters: made one step at a time (no single path may be that long).
    const seg = 'd'.repeat(200);
    try {
      const make = `const fs = require('fs'); for (let i = 0; i < 25; i++) { fs.mkdirSync('${seg}'); process.chdir('${seg}'); } fs.writeFileSync('f.js', 'x');`;
      execFileSync(process.execPath, ['-e', make], { cwd: tree });
      // The first folder whose absolute path reaches PATH_MAX (4096 bytes with its NUL) cannot be read.
      let k = 1;
      while (`${tree}/${Array(k).fill(seg).join('/')}`.length < 4096) k++;
      const r = await listFiles({ cwd: tree, paths: [], walkCache: setting() });
      expect(r.files).toEqual(['.gitignore', 'a.js', 'src/b.js', 'src/deep/.gitignore', 'src/deep/c.js']);
      expect(r.skipped).toEqual({ symlinks: 1, unreadableDirs: [`${Array(k).fill(seg).join('/')} (ENAMETOOLONG)`] });
      // Walked, and not offered to the cache: the next run reads the folders again.
      expect(r.walkCache).toBeUndefined();
      expect(r.keepWalk).toBeUndefined();
      writeFileSync(path.join(tree, 'graphguard.yml'), `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    useCases: [page_content]\n`);
      const lines: string[] = [];
      const checked = await check({ cwd: tree, env: {}, today: '2026-11-27', debug: (l) => lines.push(l) });
      expect(checked.report.skipped).toEqual({ binary: 0, unreadable: 1, symlinks: 1 });
      expect(checked.report.summary.filesScanned).toBe(6);
      expect(lines.filter((l) => l.startsWith('skipped directory '))).toEqual([`skipped directory ${Array(k).fill(seg).join('/')} (ENAMETOOLONG)`]);
    } finally {
      // rm walks relative to each folder; Node's rmSync would meet the same limit.
      execFileSync('rm', ['-rf', path.join(tree, seg)]);
    }
  });

  it('gives the same list as the walk while no folder changes, and is saved once', async () => {
    const first = await walk();
    expect(first).toMatchObject({ files: ['.gitignore', 'a.js', 'src/b.js', 'src/deep/.gitignore', 'src/deep/c.js'], symlinks: 1, from: 'walked' });
    expect(first.keep!(yes)).toBe('saved');
    expect(cacheFiles()).toHaveLength(1);
    const second = await walk();
    expect(second).toEqual({ files: first.files, symlinks: 1, from: 'read', keep: undefined });
    // Without the setting there is no cache at all.
    const plain = await listFiles({ cwd: tree, paths: [] });
    expect(plain.files).toEqual(first.files);
    expect(plain.walkCache).toBeUndefined();
  });

  it('walks again after a file is added, removed or renamed in any folder it read', async () => {
    (await walk()).keep!(yes);
    writeFileSync(path.join(tree, 'src/deep/new.js'), 'n');
    const added = await walk();
    expect(added.from).toBe('walked');
    expect(added.files).toContain('src/deep/new.js');
    added.keep!(yes);
    age(tree);
    (await walk()).keep!(yes);
    rmSync(path.join(tree, 'src/deep'), { recursive: true });
    const removed = await walk();
    expect(removed.from).toBe('walked');
    expect(removed.files).toEqual(['.gitignore', 'a.js', 'src/b.js']);
  });

  it('walks again after a .gitignore changes, even to one of the same size', async () => {
    (await walk()).keep!(yes);
    writeFileSync(path.join(tree, 'src/deep/.gitignore'), 'c.js\n\n\n\n');
    expect(readFileSync(path.join(tree, 'src/deep/.gitignore')).length).toBe('skip.js\n'.length);
    const r = await walk();
    expect(r.from).toBe('walked');
    expect(r.files).toEqual(['.gitignore', 'a.js', 'src/b.js', 'src/deep/.gitignore', 'src/deep/skip.js']);
  });

  it('scanning a subfolder, walks again when a .gitignore appears in a folder above it', async () => {
    const first = await walk(['src']);
    expect(first.files).toEqual(['src/b.js', 'src/deep/.gitignore', 'src/deep/c.js']);
    first.keep!(yes);
    expect((await walk(['src'])).from).toBe('read');
    // The top .gitignore already exists: rewrite it; then a new one in a folder above `src/deep`.
    writeFileSync(path.join(tree, '.gitignore'), '*.log\nb.js\n');
    const r = await walk(['src']);
    expect(r.from).toBe('walked');
    expect(r.files).toEqual(['src/deep/.gitignore', 'src/deep/c.js']);
    r.keep!(yes);
    age(tree);
    (await walk(['src/deep'])).keep!(yes);
    writeFileSync(path.join(tree, 'src/.gitignore'), 'c.js\n');
    const below = await walk(['src/deep']);
    expect(below.from).toBe('walked');
    expect(below.files).toEqual(['src/deep/.gitignore']);
  });

  it('keeps a cache per folder and paths, and adds files named on the command line to a cached walk', async () => {
    (await walk(['src'])).keep!(yes);
    (await walk()).keep!(yes);
    expect(cacheFiles()).toHaveLength(2);
    // The same folders (the cache of `src`), and a file named on its own.
    const r = await walk(['src', 'x.log']);
    expect(r).toMatchObject({ from: 'read', files: ['src/b.js', 'src/deep/.gitignore', 'src/deep/c.js', 'x.log'] });
  });

  it('is not replaced when it went out of date soon after it was saved (a tree that keeps changing)', async () => {
    (await walk()).keep!(yes);
    const [name] = cacheFiles();
    const saved = readFileSync(path.join(cacheDir, name!));
    writeFileSync(path.join(tree, 'src/new.js'), 'n');
    const soon = { dir: cacheDir, build: 'test', now: Date.now() + 10_000 };
    const churn = await listFiles({ cwd: tree, paths: [], walkCache: soon });
    expect(churn.walkCache).toBe('churn');
    expect(churn.keepWalk).toBeUndefined();
    expect(churn.files).toContain('src/new.js');
    expect(readFileSync(path.join(cacheDir, name!)).equals(saved)).toBe(true);
    // Later on, the out-of-date cache is replaced.
    const r = await walk();
    expect(r.from).toBe('walked');
    expect(r.keep!(yes)).toBe('saved');
    expect((await walk()).from).toBe('read');
  });

  it('is not saved while a folder it read changed a moment ago (its change may hide in the same tick)', async () => {
    writeFileSync(path.join(tree, 'src/fresh.js'), 'f');
    const r = await listFiles({ cwd: tree, paths: [], walkCache: { dir: cacheDir, build: 'test' } });
    expect(r.keepWalk!(yes)).toBe('not kept (a folder changed a moment ago)');
    expect(cacheFiles()).toEqual([]);
  });

  it('judges a status by the time of the walk, not of the save (which comes after the whole scan)', async () => {
    writeFileSync(path.join(tree, 'src/fresh.js'), 'f');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now());
      const r = await listFiles({ cwd: tree, paths: [], walkCache: { dir: cacheDir, build: 'test' } });
      // A long scan later: the folder's change is seconds old now, but was not when it was read.
      vi.setSystemTime(Date.now() + 5_000);
      expect(r.keepWalk!(yes)).toBe('not kept (a folder changed a moment ago)');
    } finally {
      vi.useRealTimers();
    }
    expect(cacheFiles()).toEqual([]);
  });

  it('is not saved when the output sink would redact one of its paths', async () => {
    let seen = '';
    const r = await walk();
    expect(
      r.keep!((text) => {
        seen = text;
        return false;
      }),
    ).toBe('not kept');
    expect(seen).toContain('src/deep/c.js');
    expect(seen).toContain(path.join(tree, 'src', 'deep'));
    expect(cacheFiles()).toEqual([]);
  });

  it('ignores a damaged or foreign cache file and walks', async () => {
    (await walk()).keep!(yes);
    const [name] = cacheFiles();
    const file = path.join(cacheDir, name!);
    const bytes = readFileSync(file);
    for (const damaged of [bytes.subarray(0, bytes.length - 3), Buffer.concat([bytes, Buffer.from('\0extra')]), Buffer.from('graphguard walk cache 1\n1 2 0\n'), Buffer.from(bytes.toString('latin1').replace('c.js', 'c.jz'), 'latin1'), Buffer.alloc(0)]) {
      writeFileSync(file, damaged, { mode: 0o600 });
      const r = await walk();
      expect(r.from).toBe('walked');
      expect(r.files).toEqual(['.gitignore', 'a.js', 'src/b.js', 'src/deep/.gitignore', 'src/deep/c.js']);
    }
  });
});

describe('the walk cache in a check', () => {
  it('is kept by a check with a sink, read by the next, and not kept when a path holds a credential', async () => {
    writeFileSync(path.join(tree, 'graphguard.yml'), `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    useCases: [page_content]\n    token: { secret: META_SHOP_PROD_TOKEN }\n`);
    age(tree);
    const sink = new Sink();
    const run = async () => {
      const lines: string[] = [];
      const r = await check({
        cwd: tree,
        env: {},
        today: '2026-11-27',
        scanCache: { dir: cacheDir, build: 'test', now: later(), mayKeep: (t) => !sink.holdsSecret(t) },
        debug: (l) => lines.push(l),
      });
      return { lines, scanned: r.report.summary.filesScanned };
    };
    const first = await run();
    expect(first.lines).toContain('walk cache: saved');
    const second = await run();
    expect(second.lines.some((l) => /^scan: 6 files listed \(filesystem, walk cache\)/.test(l))).toBe(true);
    expect(second.scanned).toBe(first.scanned);
    // A file whose name is a Meta token: its path is redacted in output, so not written to the cache.
    rmSync(cacheDir, { recursive: true });
    writeFileSync(path.join(tree, `${fakeSecret('EA' + 'AG', 60, 3)}.txt`), 'x');
    const third = await run();
    expect(third.lines).toContain('walk cache: not kept');
    expect(cacheFiles()).toEqual([]);
  });
});

describe('FIFOs and sockets outside git', () => {
  it('are counted unreadable, never opened, from a walk and from the walk cache; .gitignore and scan.exclude leave them out', async () => {
    execFileSync('mkfifo', [path.join(tree, 'pipe.env')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(tree, 'src', 'app.sock'), resolve));
    try {
      writeFileSync(path.join(tree, 'graphguard.yml'), `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    useCases: [page_content]\n`);
      age(tree);
      const listed = await listFiles({ cwd: tree, paths: [] });
      expect(listed.files).toEqual(['.gitignore', 'a.js', 'graphguard.yml', 'src/b.js', 'src/deep/.gitignore', 'src/deep/c.js']);
      expect(listed.skipped).toEqual({ symlinks: 1, notRegular: ['pipe.env', 'src/app.sock'] });
      expect((await listFiles({ cwd: tree, paths: [], exclude: ['src/**'] })).skipped).toEqual({ symlinks: 1, notRegular: ['pipe.env'] });
      const run = async () => {
        const lines: string[] = [];
        const r = await check({ cwd: tree, env: {}, today: '2026-11-27', scanCache: { dir: cacheDir, build: 'test', now: later(), mayKeep: yes }, debug: (l) => lines.push(l) });
        return { lines, report: r.report };
      };
      const first = await run();
      expect(first.report.skipped).toEqual({ binary: 0, unreadable: 2, symlinks: 1 });
      expect(first.report.summary.filesScanned).toBe(6);
      expect(first.lines).toContain('walk cache: saved');
      expect(first.lines.filter((l) => l.endsWith('(not a regular file)'))).toEqual(['skipped pipe.env (not a regular file)', 'skipped src/app.sock (not a regular file)']);
      const second = await run();
      expect(second.lines.some((l) => /^scan: 6 files listed \(filesystem, walk cache\)/.test(l))).toBe(true);
      expect(second.report.skipped).toEqual({ binary: 0, unreadable: 2, symlinks: 1 });
      expect(second.report.summary.filesScanned).toBe(6);
      // Ignored by a .gitignore: not listed, not counted.
      writeFileSync(path.join(tree, '.gitignore'), '*.log\npipe.env\n*.sock\n');
      expect((await run()).report.skipped).toEqual({ binary: 0, unreadable: 0, symlinks: 1 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('a folder whose name is not UTF-8', () => {
  it('is walked by bytes, its token found, and that walk is not kept', async () => {
    writeFileSync(path.join(tree, 'graphguard.yml'), `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    useCases: [page_content]\n`);
    const dir = Buffer.concat([Buffer.from(`${tree}/cfg`), Buffer.from([0xfe])]);
    mkdirSync(dir);
    writeFileSync(Buffer.concat([dir, Buffer.from('/prod.py')]), `token = "${fakeSecret('E' + 'AAG', 150, 8801)}"\n`);
    const lines: string[] = [];
    const { report } = await check({ cwd: tree, env: {}, today: '2026-11-27', scanCache: { dir: cacheDir, build: 'test', now: later(), mayKeep: () => true }, debug: (l) => lines.push(l) });
    expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['cfg\\xfe/prod.py:1:10']);
    expect(lines.filter((l) => l.startsWith('walk cache'))).toEqual([]);
  });
});
