/**
 * src/scan/git-index.ts: the tracked files read from the index file are, byte for byte, what
 * `git ls-files -z --cached -- <dirs>` prints, in every index format git writes; and every case the
 * reader does not take goes back to git.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryStatus, findIndex, indexMayHashFiles, indexSizes, outsideAnyRepository, parseIndex, readIndexNames, sameIndex } from '../../src/scan/git-index.js';

const base = mkdtempSync(path.join(tmpdir(), 'graphguard-index-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const GIT_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: base,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (cwd: string, args: string[], input?: string): Buffer =>
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'core.quotePath=false', ...args], { cwd, env: GIT_ENV, ...(input !== undefined ? { input } : {}), maxBuffer: 1 << 28 });

let n = 0;
/** A repository with `files` added, then `setup` run in it. */
function repo(files: Record<string, string>, setup: (dir: string) => void = () => {}, init: string[] = []): string {
  const dir = path.join(base, `r${n++}`);
  mkdirSync(dir);
  git(dir, ['init', '-q', ...init]);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  if (Object.keys(files).length) git(dir, ['add', '-A']);
  setup(dir);
  return dir;
}

/** What the reader lists from `cwd` (a folder of the checkout) under `dirs`, and what git lists. */
function both(cwd: string, dirs: string[] = ['.']): { ours: Buffer | undefined; git: Buffer } {
  const checkout = findIndex(cwd, {});
  return { ours: checkout && readIndexNames(checkout, dirs)?.names, git: git(cwd, ['ls-files', '-z', '--cached', '--', ...dirs]) };
}

const names = (b: Buffer) => b.toString('utf8').split('\0').slice(0, -1);
const blob = (dir: string) => git(dir, ['hash-object', '-w', '--stdin'], 'x\n').toString().trim();

const FILES = {
  'a.js': 'a',
  'src/b.js': 'b',
  'src/deep/c.js': 'c',
  'src-other/d.js': 'd',
  'docs/with space.md': 'e',
  'docs/ünïcode.md': 'f',
  'z.txt': 'z',
};

describe('the index read directly', () => {
  it('format 2: the whole checkout, a subfolder, and chosen folders, as git lists them', () => {
    const dir = repo(FILES);
    expect(readFileSync(path.join(dir, '.git/index')).readUInt32BE(4)).toBe(2);
    const all = both(dir);
    expect(all.ours).toEqual(all.git);
    expect(names(all.ours!)).toEqual(['a.js', 'docs/with space.md', 'docs/ünïcode.md', 'src-other/d.js', 'src/b.js', 'src/deep/c.js', 'z.txt']);
    for (const [cwd, dirs] of [[dir, ['src']], [dir, ['src', 'docs']], [path.join(dir, 'src'), ['.']], [path.join(dir, 'src'), ['deep']], [dir, ['src/deep/']]] as const) {
      const r = both(cwd, [...dirs]);
      expect(r.ours, `${cwd} ${dirs.join(' ')}`).toEqual(r.git);
    }
    expect(names(both(path.join(dir, 'src')).ours!)).toEqual(['b.js', 'deep/c.js']);
  });

  it('format 3 (an intent-to-add entry), format 4 (names prefix-compressed), unmerged stages, odd names', () => {
    const odd = repo(FILES, (dir) => {
      writeFileSync(path.join(dir, 'later.js'), 'l');
      git(dir, ['add', '-N', 'later.js']);
    });
    expect(readFileSync(path.join(odd, '.git/index')).readUInt32BE(4)).toBe(3);
    expect(both(odd).ours).toEqual(both(odd).git);

    const v4 = repo(FILES, (dir) => git(dir, ['update-index', '--index-version', '4']));
    expect(readFileSync(path.join(v4, '.git/index')).readUInt32BE(4)).toBe(4);
    expect(both(v4).ours).toEqual(both(v4).git);
    expect(both(path.join(v4, 'src')).ours).toEqual(both(path.join(v4, 'src')).git);

    // Entries made without files: three stages of one path, a name of 5,000 bytes (past the 12-bit
    // length field), bytes that are not UTF-8, a newline, a symlink and a submodule.
    const made = repo({ 'a.js': 'a' }, (dir) => {
      const id = blob(dir);
      const long = `${'d'.repeat(200)}/`.repeat(24).concat('f.js');
      // --index-info takes C-quoted names: "line\nbreak.js" holds a newline, "bad\377.js" the byte 0xff.
      const lines = [`100644 ${id} 1\tconflict.js`, `100644 ${id} 2\tconflict.js`, `100644 ${id} 3\tconflict.js`, `100644 ${id} 0\t${long}`, `100644 ${id} 0\t"line\\nbreak.js"`, `100644 ${id} 0\t"bad\\377.js"`, `120000 ${id} 0\tlink`, `160000 ${id} 0\tsub`];
      git(dir, ['update-index', '--index-info'], `${lines.join('\n')}\n`);
    });
    for (const v of ['2', '4']) {
      git(made, ['update-index', '--index-version', v]);
      const r = both(made);
      expect(r.ours, `format ${v}`).toEqual(r.git);
      expect(names(r.ours!).filter((s) => s === 'conflict.js')).toEqual(['conflict.js', 'conflict.js', 'conflict.js']);
      expect(names(r.ours!).some((s) => s.length === 24 * 201 + 4)).toBe(true);
      expect(names(r.ours!)).toContain('line\nbreak.js');
      expect(r.ours!.includes(Buffer.from('bad\xff.js', 'latin1'))).toBe(true);
    }
  });

  it('a linked worktree (`.git` a file naming its git directory) reads its own index', () => {
    const main = repo(FILES, (dir) => git(dir, ['commit', '-qm', 'c']));
    const linked = path.join(base, `r${n++}`);
    git(main, ['worktree', 'add', '-q', linked]);
    writeFileSync(path.join(linked, 'only-here.js'), 'w');
    git(linked, ['add', 'only-here.js']);
    const checkout = findIndex(linked, {});
    expect(checkout?.top).toBe(linked);
    expect(checkout?.index).toBe(path.join(main, '.git', 'worktrees', path.basename(linked), 'index'));
    const r = both(linked);
    expect(r.ours).toEqual(r.git);
    expect(names(r.ours!)).toContain('only-here.js');
    expect(names(both(main).ours!)).not.toContain('only-here.js');
  });

  it('a file named like a chosen folder is listed, as git lists it', () => {
    const dir = repo({ src: 'a file', 'srcx/a.js': 'a' });
    const r = both(dir, ['src']);
    expect(r.ours).toEqual(r.git);
    expect(names(r.ours!)).toEqual(['src']);
  });
});

describe('a folder no repository can hold', () => {
  it('is one with nothing named .git in it or above and no git variable set; git is asked otherwise', () => {
    const plain = path.join(base, 'plain', 'deep');
    mkdirSync(plain, { recursive: true });
    expect(outsideAnyRepository(plain, {})).toBe(true);
    // A variable may point git at a repository elsewhere.
    expect(outsideAnyRepository(plain, { GIT_DIR: '/elsewhere/.git' })).toBe(false);
    expect(outsideAnyRepository(plain, { GIT_CEILING_DIRECTORIES: '/' })).toBe(false);
    // A checkout above, and a `.git` file (a worktree or a submodule), both count.
    const r = repo(FILES);
    mkdirSync(path.join(r, 'src', 'new'));
    expect(outsideAnyRepository(path.join(r, 'src', 'new'), {})).toBe(false);
    writeFileSync(path.join(base, 'plain', '.git'), 'gitdir: /nowhere\n');
    expect(outsideAnyRepository(plain, {})).toBe(false);
    expect(outsideAnyRepository(path.join(base, 'no-such-folder'), {})).toBe(false);
  });
});

describe('what goes back to git', () => {
  it('git settings in the environment, a split index, a sparse index, a SHA-256 repository, a moved work tree', () => {
    const plain = repo(FILES);
    expect(findIndex(plain, {})).toEqual({ top: plain, prefix: '', index: path.join(plain, '.git', 'index') });
    for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_CEILING_DIRECTORIES', 'GIT_CONFIG_COUNT']) expect(findIndex(plain, { [k]: '/x' }), k).toBeUndefined();

    const split = repo(FILES, (dir) => git(dir, ['update-index', '--split-index']));
    const checkout = findIndex(split, {});
    expect(checkout).toBeDefined();
    expect(readIndexNames(checkout!, ['.'])).toBeUndefined();

    const sparse = repo(FILES, (dir) => {
      git(dir, ['commit', '-qm', 'c']);
      git(dir, ['sparse-checkout', 'set', '--cone', '--sparse-index', 'src']);
    });
    expect(readFileSync(path.join(sparse, '.git/index')).includes(Buffer.from('sdir'))).toBe(true);
    // (Sparse checkout sets an extension in git's config, or the index holds a sparse directory entry.)
    const sparseCheckout = findIndex(sparse, {});
    expect(sparseCheckout && readIndexNames(sparseCheckout, ['.'])).toBeUndefined();

    expect(findIndex(repo(FILES, () => {}, ['--object-format=sha256']), {})).toBeUndefined();
    expect(findIndex(repo(FILES, (dir) => git(dir, ['config', 'core.worktree', dir])), {})).toBeUndefined();
    // Inside .git there is no work tree to list.
    expect(findIndex(path.join(plain, '.git'), {})).toBeUndefined();
  });

  it.runIf(process.getuid?.() === 0)("a checkout another user owns (git's safe.directory decides)", () => {
    const dir = repo(FILES);
    expect(findIndex(dir, {})).toBeDefined();
    chownSync(path.join(dir, '.git'), 4242, 4242);
    expect(findIndex(dir, {})).toBeUndefined();
  });

  it('never throws on a damaged index: 3,000 seeded mutations of formats 2 and 4', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (const version of ['2', '4']) {
      const dir = repo(FILES, (d) => git(d, ['update-index', '--index-version', version]));
      const whole = readFileSync(path.join(dir, '.git', 'index'));
      let parsed = 0;
      for (let k = 0; k < 1500; k++) {
        const b = Buffer.from(whole);
        for (let m = 1 + rand(4); m > 0; m--) b[rand(b.length)] = rand(256);
        const cut = rand(4) === 0 ? b.subarray(0, rand(b.length)) : b;
        const names = parseIndex(cut)?.names;
        if (names === undefined) continue;
        parsed++;
        // Whatever it accepts is a list of NUL-terminated, non-empty names.
        expect(names.length === 0 || names[names.length - 1] === 0).toBe(true);
        expect(names.includes(Buffer.from([0, 0]))).toBe(false);
      }
      // Most mutations hit stat data or object ids, which the reader does not look at.
      expect(parsed).toBeGreaterThan(300);
    }
  });

  it('an index cut short, or bytes that are no index', () => {
    const dir = repo(FILES);
    const index = path.join(dir, '.git', 'index');
    // parseIndex rewrites its buffer in place: each case gets a fresh copy.
    const whole = () => readFileSync(index);
    expect(parseIndex(whole())).toBeDefined();
    const size = whole().length;
    for (const cut of [size - 1, size - 21, 40, 12]) expect(parseIndex(whole().subarray(0, cut)), `${cut} bytes`).toBeUndefined();
    const wrong = whole();
    wrong.write('DIRX', 0, 'latin1');
    expect(parseIndex(wrong)).toBeUndefined();
    const version9 = whole();
    version9.writeUInt32BE(9, 4);
    expect(parseIndex(version9)).toBeUndefined();
    const tooMany = whole();
    tooMany.writeUInt32BE(0xffffff, 8);
    expect(parseIndex(tooMany)).toBeUndefined();
    // A name's length field that disagrees with its NUL.
    const badLength = whole();
    badLength.writeUInt16BE(badLength.readUInt16BE(12 + 60) + 1, 12 + 60);
    expect(parseIndex(badLength)).toBeUndefined();
    truncateSync(index, 100);
    expect(statSync(index).size).toBe(100);
    expect(readIndexNames(findIndex(dir, {})!, ['.'])).toBeUndefined();
  });
});

describe('the statuses of the entries (for the scan cache)', () => {
  it('each plain entry has the status lstat shows; others have none; a replaced index is no longer the same', () => {
    const dir = repo({ 'a.js': 'a', 'b.js': 'bb', 'c.js': 'ccc', 'd.js': 'dddd', 'link.js': 'x' }, (d) => {
      git(d, ['rm', '-q', '--cached', 'link.js']);
      rmSync(path.join(d, 'link.js'));
      symlinkSync('a.js', path.join(d, 'link.js'));
      git(d, ['add', 'link.js']);
      git(d, ['update-index', '--assume-unchanged', 'b.js']);
      git(d, ['update-index', '--skip-worktree', 'c.js']);
    });
    const listed = readIndexNames(findIndex(dir, {})!, ['.'])!;
    expect(names(listed.names)).toEqual(['a.js', 'b.js', 'c.js', 'd.js', 'link.js']);
    const statuses = listed.statuses!;
    const out = new Float64Array(5);
    const status = (i: number) => (entryStatus(statuses, i, out) ? [...out] : undefined);
    for (const [i, f] of [[0, 'a.js'], [3, 'd.js']] as const) {
      const st = lstatSync(path.join(dir, f));
      expect(status(i), f).toEqual([st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs]);
    }
    // assume-unchanged, skip-worktree (an extended flag: format 3), a symlink.
    expect([status(1), status(2), status(4)]).toEqual([undefined, undefined, undefined]);
    expect(statuses.checksum).toEqual(readFileSync(path.join(dir, '.git', 'index')).subarray(-20));
    // Only the whole checkout from its top carries statuses.
    expect(readIndexNames(findIndex(dir, {})!, ['src'])?.statuses).toBeUndefined();
    // The sizes the scan's reads end at: plain entries only (in shared memory, for the workers), in
    // the list's order or through `entryOf` when the list is narrowed.
    const sizes = indexSizes(5, statuses);
    expect(sizes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...sizes]).toEqual([1, -1, -1, 4, -1]);
    expect([...indexSizes(2, statuses, Int32Array.from([3, 0]))]).toEqual([4, 1]);
    expect(sameIndex(statuses)).toBe(true);
    writeFileSync(path.join(dir, 'e.js'), 'e');
    git(dir, ['add', 'e.js']);
    expect(sameIndex(statuses)).toBe(false);
  });
});

describe('whether git diff-files may read a file (and run a filter driver on it)', () => {
  /** Sets the modification time of the index file to `seconds` after (or before) its newest entry's. */
  const indexAt = (dir: string, seconds: number): void => {
    const newest = Math.max(...['a.js', 'src/b.js'].map((f) => Math.floor(statSync(path.join(dir, f)).mtimeMs / 1000)));
    utimesSync(path.join(dir, '.git', 'index'), newest + seconds, newest + seconds);
  };

  it('no, when every entry is a second or more older than the index file; yes when one is not', () => {
    for (const init of [[], ['-c', 'index.version=4']]) {
      const dir = repo({ 'a.js': 'a', 'src/b.js': 'b' }, (d) => init.length && git(d, ['-c', 'index.version=4', 'update-index', '--index-version', '4']));
      indexAt(dir, 2);
      expect(indexMayHashFiles(findIndex(dir, {})!)).toBe(false);
      // The same second: git compares such an entry's bytes (racily clean).
      indexAt(dir, 0);
      expect(indexMayHashFiles(findIndex(dir, {})!)).toBe(true);
      indexAt(dir, -5);
      expect(indexMayHashFiles(findIndex(dir, {})!)).toBe(true);
    }
  });

  it('a name past 4,095 bytes (its length not in the flags) and an extended entry are stepped over', () => {
    // A name longer than a path can be on disk: only in the index (git lists it, never reads it).
    const long = `long/${'n/'.repeat(2500)}x.js`;
    const dir = repo({ 'a.js': 'a', 'src/b.js': 'b' }, (d) => {
      git(d, ['update-index', '--add', '--cacheinfo', `100644,${blob(d)},${long}`]);
      git(d, ['update-index', '--skip-worktree', 'a.js']);
    });
    expect(names(readIndexNames(findIndex(dir, {})!, ['.'])!.names)).toEqual(['a.js', long, 'src/b.js']);
    expect(readFileSync(path.join(dir, '.git', 'index')).readUInt32BE(4)).toBe(3);
    indexAt(dir, 2);
    expect(indexMayHashFiles(findIndex(dir, {})!)).toBe(false);
    // The last entry racy: every entry before it was read past.
    const b = path.join(dir, 'src/b.js');
    const late = statSync(path.join(dir, '.git', 'index')).mtimeMs / 1000;
    utimesSync(b, late + 100, late + 100);
    git(dir, ['add', 'src/b.js']);
    const t = Math.floor(late) + 50;
    utimesSync(path.join(dir, '.git', 'index'), t, t);
    expect(indexMayHashFiles(findIndex(dir, {})!)).toBe(true);
  });

  it('yes for a split index (entries in a shared index it does not read) and a sparse one, however old their entries', () => {
    // The entry in the shared index file would be racily clean: git checks it against this file's time.
    const split = repo({ 'a.js': 'a', 'src/b.js': 'b' }, (d) => git(d, ['-c', 'splitIndex.maxPercentChange=100', 'update-index', '--split-index']));
    expect(readFileSync(path.join(split, '.git', 'index')).includes(Buffer.from('link'))).toBe(true);
    indexAt(split, 2);
    expect(indexMayHashFiles(findIndex(split, {})!)).toBe(true);
    const sparse = repo({ 'a.js': 'a', 'src/b.js': 'b', 'docs/c.md': 'c' }, (d) => {
      git(d, ['commit', '-qm', 'c']);
      git(d, ['sparse-checkout', 'set', '--cone', '--sparse-index', 'src']);
    });
    const checkout = findIndex(sparse, {});
    // (git's sparse checkout may set an extension in the config: then the index is git's to read anyway.)
    if (checkout) {
      expect(readFileSync(path.join(sparse, '.git', 'index')).includes(Buffer.from('sdir'))).toBe(true);
      utimesSync(path.join(sparse, '.git', 'index'), Date.now() / 1000 + 5, Date.now() / 1000 + 5);
      expect(indexMayHashFiles(checkout)).toBe(true);
    }
  });

  it('yes for an index it cannot read; the read is handed to readIndexNames only while the file is the same', () => {
    const dir = repo({ 'a.js': 'a', 'src/b.js': 'b' });
    indexAt(dir, 2);
    const checkout = findIndex(dir, {})!;
    expect(indexMayHashFiles(checkout)).toBe(false);
    // Replaced in between (a new file renamed over it): the listing reads the new one.
    writeFileSync(path.join(dir, 'c.js'), 'c');
    git(dir, ['add', 'c.js']);
    expect(names(readIndexNames(checkout, ['.'])!.names)).toEqual(['a.js', 'c.js', 'src/b.js']);
    const index = path.join(dir, '.git', 'index');
    writeFileSync(index, Buffer.concat([readFileSync(index).subarray(0, 40), Buffer.alloc(40)]));
    expect(indexMayHashFiles(checkout)).toBe(true);
    rmSync(index);
    expect(indexMayHashFiles(checkout)).toBe(true);
  });
});
