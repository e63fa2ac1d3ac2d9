/** Safe files (src/fs-safe.ts): writes never follow a symlink or leave their root; reads are bounded. */
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { gitRoot, makeDirs, nearestDotGit, processWriters, readUserFile, writeFileSafe, writeUserFile } from '../../src/fs-safe.js';
import { manifestFolderAbove } from '../../src/manifest/discover.js';
import { outsideAnyRepository } from '../../src/scan/git-index.js';
import { ConfigError } from '../../src/types.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'gg-safe-'));

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).format();
  }
  throw new Error('did not throw');
}

describe('writeFileSafe', () => {
  it('replaces a symlink at the path instead of writing through it', () => {
    const dir = tmp();
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, path.join(dir, 'out.json'));
    writeFileSafe(path.join(dir, 'out.json'), 'report');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(path.join(dir, 'out.json')).isSymbolicLink()).toBe(false);
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('report');
  });

  it('a link the user names to a FIFO (as /dev/stdout is to a pipe) is written through, not replaced; inside a root it is replaced', () => {
    const dir = tmp();
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    symlinkSync(path.join(dir, 'pipe'), path.join(dir, 'stdout'));
    // A reader for the FIFO (the write's open waits for one), in a process of its own.
    writeFileSync(path.join(dir, 'got'), '');
    spawn('sh', ['-c', `cat "${path.join(dir, 'pipe')}" > "${path.join(dir, 'got')}"`], { stdio: 'ignore' });
    writeFileSafe(path.join(dir, 'stdout'), 'report\n');
    expect(lstatSync(path.join(dir, 'stdout')).isSymbolicLink()).toBe(true);
    for (let i = 0; i < 50 && readFileSync(path.join(dir, 'got'), 'utf8') === ''; i++) execFileSync('sleep', ['0.02']);
    expect(readFileSync(path.join(dir, 'got'), 'utf8')).toBe('report\n');
    writeFileSafe(path.join(dir, 'stdout'), 'report', { root: dir });
    expect(lstatSync(path.join(dir, 'stdout')).isFile()).toBe(true);
    expect(lstatSync(path.join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('inside a root refuses a FIFO at the path, and writes a character device in place instead of replacing it', () => {
    const dir = tmp();
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    expect(thrown(() => writeFileSafe(path.join(dir, 'fifo'), 'report', { display: 'fifo', root: dir }))).toBe('refusing to write fifo: not a regular file');
    expect(lstatSync(path.join(dir, 'fifo')).isFIFO()).toBe(true);
    // A device node of our own where we may make one (root); otherwise /dev/null itself, which the
    // write leaves a device either way (a replaced /dev/null would fail the assertion, not pass it).
    const own = path.join(dir, 'null');
    let device = '/dev/null';
    try {
      execFileSync('mknod', [own, 'c', '1', '3'], { stdio: 'ignore' });
      device = own;
    } catch {
      // not root: /dev/null
    }
    if (device === own) {
      writeFileSafe(device, 'report');
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
    }
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a path or a symlinked parent directory that leads outside the root', () => {
    const outside = tmp();
    const root = tmp();
    symlinkSync(outside, path.join(root, 'reports'));
    expect(thrown(() => writeFileSafe(path.join(root, 'reports', 'x.sarif'), 'x', { root, display: 'reports/x.sarif' }))).toBe(
      `refusing to write reports/x.sarif: a parent directory leads outside ${root} (symlink)`,
    );
    expect(thrown(() => writeFileSafe(path.join(root, '..', 'x.sarif'), 'x', { root, display: '../x.sarif' }))).toBe(
      `refusing to write ../x.sarif: outside ${root}`,
    );
    // A new directory below a symlinked one is refused too (nothing is created outside).
    expect(() => writeFileSafe(path.join(root, 'reports', 'new', 'x.sarif'), 'x', { root })).toThrow(/leads outside/);
    expect(() => statSync(path.join(outside, 'new'))).toThrow();
  });

  it('creates missing directories inside the root, keeps an existing file\'s mode, leaves no temp file', () => {
    const root = tmp();
    writeFileSafe(path.join(root, 'a', 'b', 'c.txt'), 'one', { root });
    writeFileSync(path.join(root, 'm.txt'), 'old', { mode: 0o640 });
    writeFileSafe(path.join(root, 'm.txt'), 'new', { root });
    expect(statSync(path.join(root, 'm.txt')).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(root, 'a', 'b', 'c.txt'), 'utf8')).toBe('one');
    expect(execFileSync('ls', ['-A', root], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()).toEqual(['a', 'm.txt']);
  });

  it('a directory at the path, or a full disk, is one line', () => {
    const root = tmp();
    mkdirSync(path.join(root, 'd'));
    expect(thrown(() => writeFileSafe(path.join(root, 'd'), 'x', { display: 'd' }))).toBe('cannot write d: is a directory');
  });

  it.runIf(process.platform === 'linux')('a directory that cannot be made under /proc is one line, not a hang', () => {
    // Node's mkdirSync(…, { recursive: true }) retries forever here (mkdir answers ENOENT under /proc).
    expect(thrown(() => writeFileSafe('/proc/graphguard-none/out.json', 'x', { display: 'out.json' }))).toBe('cannot write out.json: no such file or directory (ENOENT)');
    expect(() => makeDirs('/proc/graphguard-none/a')).toThrow(/ENOENT/);
  });

  it('makeDirs makes every missing level with the mode asked, and leaves existing ones', () => {
    const root = tmp();
    makeDirs(path.join(root, 'x', 'y', 'z'), 0o700);
    makeDirs(path.join(root, 'x', 'y', 'z'), 0o700);
    for (const d of ['x', 'x/y', 'x/y/z']) expect(statSync(path.join(root, d)).mode & 0o777).toBe(0o700 & ~process.umask());
  });

  it('writeUserFile confines paths inside cwd but writes where an explicit outside path says', () => {
    const cwd = tmp();
    const elsewhere = tmp();
    symlinkSync(elsewhere, path.join(cwd, 'link'));
    expect(() => writeUserFile(cwd, 'link/out.json', 'x')).toThrow(/leads outside/);
    writeUserFile(cwd, path.join(elsewhere, 'out.json'), 'y');
    expect(readFileSync(path.join(elsewhere, 'out.json'), 'utf8')).toBe('y');
    expect(readlinkSync(path.join(cwd, 'link'))).toBe(elsewhere);
  });
});

describe('readUserFile', () => {
  const opts = { maxBytes: 100, what: 'baseline' };

  it('reads a regular file (through a symlink too)', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a'), 'hello');
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'l'));
    expect(readUserFile(path.join(dir, 'l'), opts).toString()).toBe('hello');
  });

  it('refuses devices, directories, FIFOs and files over the limit, without blocking', () => {
    const dir = tmp();
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    writeFileSync(path.join(dir, 'big'), 'x'.repeat(101));
    expect(thrown(() => readUserFile('/dev/zero', { ...opts, display: '/dev/zero' }))).toBe('/dev/zero: cannot read baseline: not a regular file (a device)');
    expect(thrown(() => readUserFile('/dev/urandom', { ...opts, display: 'u' }))).toBe('u: cannot read baseline: not a regular file (a device)');
    expect(thrown(() => readUserFile(path.join(dir, 'fifo'), { ...opts, display: 'fifo' }))).toBe('fifo: cannot read baseline: not a regular file (a FIFO)');
    expect(thrown(() => readUserFile(dir, { ...opts, display: 'dir' }))).toBe('dir: cannot read baseline: not a regular file (a directory)');
    expect(thrown(() => readUserFile(path.join(dir, 'big'), { ...opts, display: 'big' }))).toBe('big: cannot read baseline: 101 bytes; the limit is 100');
    expect(thrown(() => readUserFile(path.join(dir, 'none'), { ...opts, display: 'none' }))).toBe('none: cannot read baseline: no such file or directory (ENOENT)');
  });
});

describe('nearestDotGit, the one walk up to a repository', () => {
  it('stops at the nearest `.git` of any kind, a link not followed; every walker agrees', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'repo/.git'), { recursive: true });
    mkdirSync(path.join(dir, 'repo/sub/module/deep'), { recursive: true });
    writeFileSync(path.join(dir, 'repo/sub/module/.git'), 'gitdir: ../../.git/modules/m\n');
    mkdirSync(path.join(dir, 'repo/linked/a'), { recursive: true });
    symlinkSync('/nonexistent-gitdir', path.join(dir, 'repo/linked/.git'));
    const real = (p: string) => path.join(dir, p);
    expect(nearestDotGit(real('repo/sub/module/deep'))?.top).toBe(real('repo/sub/module'));
    expect(nearestDotGit(real('repo/sub/module/deep'))?.st?.isFile()).toBe(true);
    expect(gitRoot(real('repo/sub'))).toBe(real('repo'));
    // A dangling `.git` link is an entry (git would stop there too), not skipped.
    expect(gitRoot(real('repo/linked/a'))).toBe(real('repo/linked'));
    // A file's path: the folder holding it decides (ENOTDIR is no entry).
    writeFileSync(real('repo/sub/f.txt'), '');
    expect(gitRoot(real('repo/sub/f.txt'))).toBe(real('repo'));
    expect(outsideAnyRepository(real('repo/sub'), {})).toBe(false);
    // The manifest's search from a subfolder stops at the repository's top.
    writeFileSync(real('repo/graphguard.yml'), 'version: 1\n');
    expect(manifestFolderAbove(real('repo/sub'))).toBe(real('repo'));
    expect(manifestFolderAbove(real('repo/sub/module/deep'))).toBeUndefined();
    expect(manifestFolderAbove(real('repo'))).toBeUndefined();
    writeFileSync(real('graphguard.yml'), 'version: 1\n');
    expect(manifestFolderAbove(real('repo/sub'))).toBe(real('repo'));
  });
  // tmpdir() is in no repository on the machines this runs on; where it is, the claim cannot be made.
  it.skipIf(gitRoot(tmpdir()) !== undefined)('outside every repository: nothing found, up to the root', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    expect(nearestDotGit(path.join(dir, 'a/b'))).toBeUndefined();
    expect(outsideAnyRepository(path.join(dir, 'a/b'), {})).toBe(true);
    expect(outsideAnyRepository(path.join(dir, 'a/b'), { GIT_DIR: '/x' })).toBe(false);
    writeFileSync(path.join(dir, 'graphguard.yml'), 'version: 1\n');
    expect(manifestFolderAbove(path.join(dir, 'a/b'))).toBeUndefined();
  });
});

describe('processWriters().flushStdout', () => {
  /** A process whose stdout hands each write to `sink` later (a pipe), or fails them all (`closed`). */
  function proc(closed: boolean) {
    const got: string[] = [];
    const stdout = new Writable({
      write(chunk: Buffer, _enc, done) {
        setImmediate(() => {
          if (closed) return done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
          got.push(chunk.toString());
          done();
        });
      },
    });
    const errors: string[] = [];
    const stderr = new Writable({
      write: (c: Buffer, _e, done) => {
        errors.push(c.toString());
        done();
      },
    });
    return { p: { stdout, stderr, exitCode: undefined as number | undefined } as unknown as NodeJS.Process, got, errors };
  }

  it('resolves once the pipe took what was written, and rejects when it could not (rotate waits for it before revoking)', async () => {
    const ok = proc(false);
    const w = processWriters(ok.p);
    w.stdout('EAAtoken');
    expect(ok.got).toEqual([]);
    await w.flushStdout();
    expect(ok.got.join('')).toBe('EAAtoken');

    const bad = proc(true);
    const b = processWriters(bad.p);
    b.stdout('EAAtoken');
    await expect(b.flushStdout()).rejects.toThrow();
    expect(bad.p.exitCode).toBe(2);
    expect(bad.errors.join('')).toBe('graphguard: cannot write to stdout: its reader closed the pipe (EPIPE)\n');
    await expect(b.flushStdout()).rejects.toThrow('stdout is closed (its reader closed the pipe)');
  });
});
