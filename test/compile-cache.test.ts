/**
 * src/compile-cache.ts: the CLI bundle through V8's code cache. The cache is code, so it is used only
 * from a private directory of the running user; a stale, foreign or damaged cache is never used.
 */
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, loadCached, privateDir, WRAPPED_HEAD, WRAPPED_TAIL } from '../src/compile-cache.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'gg-cc-'));
const posix = process.platform !== 'win32';

/** A CommonJS module with a few functions, as a bundle would be. */
function bundle(dir: string, body = 'exports.answer = () => 6 * 7;'): string {
  const file = path.join(dir, 'main.cjs');
  writeFileSync(file, `'use strict';\nconst { basename } = require('node:path');\nexports.name = basename(__filename);\n${body}\n`);
  return file;
}

describe('cacheDir', () => {
  it('is off with GRAPHGUARD_COMPILE_CACHE=0, and elsewhere when it names a directory', () => {
    expect(cacheDir({ GRAPHGUARD_COMPILE_CACHE: '0', HOME: '/home/u' }, 'linux')).toBeUndefined();
    expect(cacheDir({ GRAPHGUARD_COMPILE_CACHE: 'off', HOME: '/home/u' }, 'linux')).toBeUndefined();
    expect(cacheDir({ GRAPHGUARD_COMPILE_CACHE: '/var/cache/gg', HOME: '/home/u' }, 'linux')).toBe(path.resolve('/var/cache/gg'));
  });

  it('is the platform cache of the user', () => {
    expect(cacheDir({ HOME: '/home/u' }, 'linux')).toBe(path.join('/home/u', '.cache', 'graphguard'));
    expect(cacheDir({ HOME: '/home/u', XDG_CACHE_HOME: '/xdg' }, 'linux')).toBe(path.join('/xdg', 'graphguard'));
    // XDG: a relative path is invalid and ignored.
    expect(cacheDir({ HOME: '/home/u', XDG_CACHE_HOME: 'rel' }, 'linux')).toBe(path.join('/home/u', '.cache', 'graphguard'));
    expect(cacheDir({ HOME: '/Users/u' }, 'darwin')).toBe(path.join('/Users/u', 'Library', 'Caches', 'graphguard'));
    expect(cacheDir({ HOME: 'C:\\Users\\u', LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toBe('C:\\Users\\u\\AppData\\Local\\graphguard');
    expect(cacheDir({ LOCALAPPDATA: 'AppData' }, 'win32')).toBeUndefined();
    expect(cacheDir({ HOME: 'C:\\Users\\u' }, 'win32')).toBeUndefined();
    // A relative HOME names no cache (it would be under the repository being checked).
    expect(cacheDir({ HOME: 'home' }, 'linux')).toBeUndefined();
    expect(cacheDir({ HOME: '.' }, 'darwin')).toBeUndefined();
  });
});

describe.runIf(posix)('privateDir', () => {
  it('creates the directory for this user alone', () => {
    const dir = path.join(tmp(), 'a', 'graphguard');
    expect(privateDir(dir)).toBe(true);
    expect(readdirSync(path.dirname(dir))).toEqual(['graphguard']);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it.runIf(process.platform === 'linux')('answers false, at once, for a directory that cannot be made (under /proc)', () => {
    expect(privateDir('/proc/graphguard-none/cache')).toBe(false);
  });

  it('refuses a directory others may write, a symlink, a file and a directory of another user', () => {
    const base = tmp();
    const open = path.join(base, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(privateDir(open)).toBe(false);
    chmodSync(open, 0o720);
    expect(privateDir(open)).toBe(false);
    chmodSync(open, 0o755);
    expect(privateDir(open)).toBe(true);
    const link = path.join(base, 'link');
    symlinkSync(open, link);
    expect(privateDir(link)).toBe(false);
    writeFileSync(path.join(base, 'file'), '');
    expect(privateDir(path.join(base, 'file'))).toBe(false);
    if (process.getuid?.() === 0) {
      const theirs = path.join(base, 'theirs');
      mkdirSync(theirs, { mode: 0o700 });
      chownSync(theirs, 4242, 4242);
      expect(privateDir(theirs)).toBe(false);
    }
  });
});

/** loadCached in a process of its own (see the helper); the cache's directory from `env`. */
function load(file: string, version: string, env: Record<string, string>, kind?: string, tags: string[] = []): { cache: string; answer: number; name: string } {
  const r = spawnSync(process.execPath, [path.resolve('test/helpers/compile-cache-child.mjs'), file, version, ...(kind ? [kind, tags.join(',')] : [])], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** The one cache file in `dir` (named by its kind and its key's hash). */
function only(dir: string, kind = 'run'): string {
  // The scan cache (src/scan/scan-cache.ts) and the manifest cache (src/manifest/parse-cache.ts) may share the directory.
  const files = readdirSync(dir).filter((f) => !f.startsWith('scan-') && !f.startsWith('manifest-'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(new RegExp(`^main\\.cjs\\.${kind}\\.[0-9a-f]{16}\\.v8cache$`));
  return path.join(dir, files[0]!);
}

/** The tags line of a cache file (its second). */
const tagsOf = (file: string) => readFileSync(file, 'latin1').split('\n')[1];

describe('loadCached', () => {
  it('runs the module; writes the cache after the run, then uses it', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const file = bundle(dir);
    const env = { GRAPHGUARD_COMPILE_CACHE: cache };
    expect(load(file, '1.2.3', env)).toEqual({ cache: 'miss', answer: 42, name: 'main.cjs' });
    const bytes = readFileSync(only(cache));
    // The key, the tags of the runs that made it (none here), the data's SHA-256, spaces to a multiple of
    // 8 (V8 copies data that is not 8-byte aligned), then V8's data.
    const [key, tags, sum, rest] = bytes.subarray(0, 400).toString('latin1').split('\n');
    expect(JSON.parse(key!).slice(0, 3)).toEqual(['1.2.3', process.version, process.arch]);
    expect(tags).toBe('');
    const start = key!.length + tags!.length + sum!.length + 3 + /^ */.exec(rest!)![0].length;
    expect([start % 8, start - (key!.length + tags!.length + sum!.length + 3) < 8]).toEqual([0, true]);
    const data = bytes.subarray(start);
    expect(sum).toBe(createHash('sha256').update(data).digest('hex'));
    expect(data.length).toBeGreaterThan(100);
    expect(load(file, '1.2.3', env)).toEqual({ cache: 'hit', answer: 42, name: 'main.cjs' });
  });

  it('in one process, reading needs no directory: the cache is made only by save()', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const loaded = loadCached<{ answer(): number }>(bundle(dir), '1.2.3', { GRAPHGUARD_COMPILE_CACHE: cache });
    expect(loaded.exports.answer()).toBe(42);
    expect(existsSync(cache)).toBe(false);
    loaded.save();
    only(cache);
  });

  it('runs a bundle the build wrapped as it is; the CLI bundle is one', () => {
    const dir = tmp();
    const file = path.join(dir, 'main.cjs');
    writeFileSync(file, `${WRAPPED_HEAD}exports.answer = () => [typeof module, require('node:path').basename(__filename)];${WRAPPED_TAIL}`);
    const loaded = loadCached<{ answer(): string[] }>(file, '1.2.3', { GRAPHGUARD_COMPILE_CACHE: '0' });
    expect(loaded.exports.answer()).toEqual(['object', 'main.cjs']);
    // Wrapped once more, the head's function would be returned, not run: no answer.
    writeFileSync(file, `${WRAPPED_HEAD}exports.answer = () => 1;\n})`);
    expect(loadCached<{ answer?: () => number }>(file, '1.2.3', { GRAPHGUARD_COMPILE_CACHE: '0' }).exports.answer).toBeUndefined();
    const built = readFileSync(new URL('../dist/chunks/main.cjs', import.meta.url));
    expect(built.subarray(0, WRAPPED_HEAD.length).toString('latin1')).toBe(WRAPPED_HEAD);
    expect(built.subarray(-WRAPPED_TAIL.length).toString('latin1')).toBe(WRAPPED_TAIL);
    expect(built.every((b) => b < 0x80)).toBe(true);
  });

  it('reads a bundle that is not ASCII as UTF-8', () => {
    const dir = tmp();
    const loaded = loadCached<{ answer(): string }>(bundle(dir, "exports.answer = () => 'café ✓';"), '1.2.3', { GRAPHGUARD_COMPILE_CACHE: '0' });
    expect(loaded.exports.answer()).toBe('café ✓');
  });

  it('does not use a cache made for another version or another file, and replaces it', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const file = bundle(dir);
    const env = { GRAPHGUARD_COMPILE_CACHE: cache };
    load(file, '1.2.3', env);
    expect(load(file, '1.2.4', env).cache).toBe('miss');
    expect(load(file, '1.2.4', env).cache).toBe('hit');
    // Same length, new text: the modification time tells.
    bundle(dir, 'exports.answer = () => 6 * 8;');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(load(file, '1.2.4', env)).toEqual({ cache: 'miss', answer: 48, name: 'main.cjs' });
    expect(load(file, '1.2.4', env)).toEqual({ cache: 'hit', answer: 48, name: 'main.cjs' });
  });

  it('keeps a cache for each of a few bundles at once, the newest four', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const file = bundle(dir);
    const env = { GRAPHGUARD_COMPILE_CACHE: cache };
    expect(load(file, '1.0.0', env).cache).toBe('miss');
    expect(load(file, '2.0.0', env).cache).toBe('miss');
    // Two installs in use at once each keep theirs.
    expect(load(file, '1.0.0', env).cache).toBe('hit');
    expect(load(file, '2.0.0', env).cache).toBe('hit');
    for (const v of ['3.0.0', '4.0.0', '5.0.0']) expect(load(file, v, env).cache).toBe('miss');
    expect(readdirSync(cache)).toHaveLength(4);
    // The oldest (1.0.0) went; 2.0.0 is still there.
    expect(load(file, '2.0.0', env).cache).toBe('hit');
    expect(load(file, '1.0.0', env).cache).toBe('miss');
    expect(readdirSync(cache)).toHaveLength(4);
    // What a killed write left: removed once an hour old, not before (another run may be writing it).
    const stale = path.join(cache, '.main.cjs.run.0123456789abcdef.v8cache.4242.0a1b2c3d4e5f.tmp');
    const fresh = path.join(cache, '.main.cjs.run.0123456789abcdef.v8cache.4243.0a1b2c3d4e60.tmp');
    // Another kind's, which may never be written again: cleared by any kind's write.
    const otherKind = path.join(cache, '.main.cjs.help.0123456789abcdef.v8cache.4244.0a1b2c3d4e61.tmp');
    writeFileSync(stale, 'x');
    writeFileSync(fresh, 'x');
    writeFileSync(otherKind, 'x');
    utimesSync(stale, new Date(Date.now() - 7200_000), new Date(Date.now() - 7200_000));
    utimesSync(otherKind, new Date(Date.now() - 7200_000), new Date(Date.now() - 7200_000));
    expect(load(file, '6.0.0', env).cache).toBe('miss');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(otherKind)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('keeps a cache per set of Node and V8 options, so that two never overwrite each other (C34-4)', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const file = bundle(dir);
    const env = { GRAPHGUARD_COMPILE_CACHE: cache };
    const small = { ...env, NODE_OPTIONS: '--max-old-space-size=200' };
    expect(load(file, '1.0.0', env, 'check').cache).toBe('miss');
    expect(load(file, '1.0.0', small, 'check').cache).toBe('miss');
    expect(readdirSync(cache)).toHaveLength(2);
    const before = readdirSync(cache).map((f) => readFileSync(path.join(cache, f)));
    expect(load(file, '1.0.0', env, 'check').cache).toBe('hit');
    expect(load(file, '1.0.0', small, 'check').cache).toBe('hit');
    expect(readdirSync(cache).map((f, k) => readFileSync(path.join(cache, f)).equals(before[k]!))).toEqual([true, true]);
    // The options are in the key as a hash, never in clear.
    for (const f of readdirSync(cache)) expect(readFileSync(path.join(cache, f), 'latin1')).not.toContain('max-old-space-size');
  });

  it("drops other bundles' caches of any kind (and of the naming before kinds) that no run wrote for 30 days (C34-2), not its own", () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const file = bundle(dir);
    const env = { GRAPHGUARD_COMPILE_CACHE: cache };
    expect(load(file, '1.0.0', env, 'help').cache).toBe('miss');
    const own = readdirSync(cache)[0]!;
    const hash = own.split('.')[3]!;
    const old = new Date(Date.now() - 40 * 24 * 3600_000);
    const files = {
      otherOld: 'main.cjs.check.0123456789abcdef.v8cache',
      otherNew: 'main.cjs.rules.fedcba9876543210.v8cache',
      ownOld: `main.cjs.infer.${hash}.v8cache`,
      notOurs: 'notes.0123456789abcdef.v8cache',
      notOursEither: 'abcdefgh-0123456789abcdef.v8cache',
      legacyOld: 'main.cjs-00112233445566aa.v8cache',
      legacyNew: 'main.cjs-00112233445566bb.v8cache',
    };
    for (const f of Object.values(files)) writeFileSync(path.join(cache, f), 'x');
    for (const f of [files.otherOld, files.ownOld, files.notOurs, files.notOursEither, files.legacyOld]) utimesSync(path.join(cache, f), old, old);
    utimesSync(path.join(cache, own), old, old);
    // A run that hits writes nothing, and drops nothing.
    expect(load(file, '1.0.0', env, 'help').cache).toBe('hit');
    expect(existsSync(path.join(cache, files.otherOld))).toBe(true);
    // A write: the other bundle's old cache goes; its recent one, this bundle's (any age) and others' files stay.
    expect(load(file, '1.0.0', env, 'check').cache).toBe('miss');
    expect(readdirSync(cache).sort()).toEqual([files.otherNew, files.ownOld, `main.cjs.check.${hash}.v8cache`, own, files.notOurs, files.notOursEither, files.legacyNew].sort());
  });

  it('keeps a cache per kind of run, each pruned alone', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const file = bundle(dir);
    const env = { GRAPHGUARD_COMPILE_CACHE: cache };
    expect(load(file, '1.0.0', env, 'check').cache).toBe('miss');
    expect(load(file, '1.0.0', env, 'check-json').cache).toBe('miss');
    expect(load(file, '1.0.0', env, 'help').cache).toBe('miss');
    expect(load(file, '1.0.0', env, 'check').cache).toBe('hit');
    expect(readdirSync(cache).sort()).toEqual([expect.stringMatching(/^main\.cjs\.check-json\./), expect.stringMatching(/^main\.cjs\.check\.[0-9a-f]{16}\.v8cache$/), expect.stringMatching(/^main\.cjs\.help\./)]);
    // Five versions of check-json: its newest four are kept, and check's and help's caches stay.
    for (const v of ['2.0.0', '3.0.0', '4.0.0', '5.0.0']) expect(load(file, v, env, 'check-json').cache).toBe('miss');
    expect(readdirSync(cache).filter((f) => f.startsWith('main.cjs.check-json.'))).toHaveLength(4);
    expect(load(file, '1.0.0', env, 'check').cache).toBe('hit');
    expect(load(file, '1.0.0', env, 'help').cache).toBe('hit');
    // A kind that is not one (a dot would make its prefix another's): the run's cache.
    expect(load(file, '1.0.0', env, 'a.b').cache).toBe('miss');
    expect(readdirSync(cache).filter((f) => f.startsWith('main.cjs.run.'))).toHaveLength(1);
  });

  it('writes a cache again for a run that did what its runs had not (a new tag), once', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const file = bundle(dir);
    const env = { GRAPHGUARD_COMPILE_CACHE: cache };
    expect(load(file, '1.0.0', env, 'check', ['stylish']).cache).toBe('miss');
    const name = only(cache, 'check');
    expect(tagsOf(name)).toBe('stylish');
    const first = readFileSync(name);
    const unchanged = () => readFileSync(name).equals(first);
    // The same kind of run: the cache is used and not written.
    expect(load(file, '1.0.0', env, 'check', ['stylish']).cache).toBe('hit');
    expect(load(file, '1.0.0', env, 'check', []).cache).toBe('hit');
    expect(unchanged()).toBe(true);
    // A first report with findings: written again, with both tags; then used as it is.
    expect(load(file, '1.0.0', env, 'check', ['stylish:findings']).cache).toBe('hit');
    expect(tagsOf(name)).toBe('stylish,stylish:findings');
    const second = readFileSync(name);
    expect(load(file, '1.0.0', env, 'check', ['stylish', 'stylish:findings']).cache).toBe('hit');
    expect(readFileSync(name).equals(second)).toBe(true);
    // A tag that is not one (not lowercase words): ignored, nothing written.
    expect(load(file, '1.0.0', env, 'check', ['Stylish']).cache).toBe('hit');
    expect(readFileSync(name).equals(second)).toBe(true);
    // A cache keeps 24 tags; one that has them is not written again for a 25th (it would be at every run).
    const many = Array.from({ length: 24 }, (_, k) => `t${k}`);
    expect(load(file, '1.0.0', env, 'diff', many).cache).toBe('miss');
    const full = path.join(cache, readdirSync(cache).find((f) => f.startsWith('main.cjs.diff.'))!);
    expect(tagsOf(full)).toBe(many.join(','));
    const fullBytes = readFileSync(full);
    expect(load(file, '1.0.0', env, 'diff', ['t24']).cache).toBe('hit');
    expect(readFileSync(full).equals(fullBytes)).toBe(true);
    rmSync(full);
    // A tags line that is not tags: the cache is not used, and is replaced.
    writeFileSync(name, Buffer.from(second.toString('latin1').replace('\nstylish,stylish:findings\n', '\nstylish,STYLISH:findings\n'), 'latin1'));
    expect(load(file, '1.0.0', env, 'check', ['json']).cache).toBe('miss');
    expect(tagsOf(name)).toBe('json');
  });

  it('a damaged cache is not used but replaced; the module runs either way', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const file = bundle(dir);
    const env = { GRAPHGUARD_COMPILE_CACHE: cache };
    load(file, '1.2.3', env);
    const name = only(cache);
    const good = readFileSync(name);
    // One byte of V8's data changed: V8 itself would take it (it checks no sum); the SHA-256 does not match.
    const flipped = Buffer.from(good);
    flipped[flipped.length - 20]! ^= 0xff;
    writeFileSync(name, flipped);
    expect(load(file, '1.2.3', env)).toEqual({ cache: 'miss', answer: 42, name: 'main.cjs' });
    expect(load(file, '1.2.3', env).cache).toBe('hit');
    // Data V8 refuses (its header is wrong), with a matching sum.
    const head = good.subarray(0, good.indexOf(10, good.indexOf(10) + 1) + 1);
    const pad = ' '.repeat((8 - ((head.length + 65) % 8)) % 8);
    const junk = Buffer.alloc(good.length - head.length - 65 - pad.length, 0x5a);
    writeFileSync(name, Buffer.concat([head, Buffer.from(`${createHash('sha256').update(junk).digest('hex')}\n${pad}`), junk]));
    expect(load(file, '1.2.3', env)).toEqual({ cache: 'rejected', answer: 42, name: 'main.cjs' });
    expect(load(file, '1.2.3', env).cache).toBe('hit');
    // Refused with tags of its own: replaced with the run's tags alone, once (C34-3).
    const kindDir = path.join(dir, 'kinds');
    const kindEnv = { GRAPHGUARD_COMPILE_CACHE: kindDir };
    load(file, '1.2.3', kindEnv, 'check', ['json']);
    const tagged = only(kindDir, 'check');
    const lines = readFileSync(tagged).subarray(0, readFileSync(tagged).indexOf(10, readFileSync(tagged).indexOf(10) + 1) + 1);
    const keyLine = lines.subarray(0, lines.indexOf(10) + 1);
    const refusedHead = Buffer.concat([keyLine, Buffer.from('json,sarif\n')]);
    const refusedPad = ' '.repeat((8 - ((refusedHead.length + 65) % 8)) % 8);
    writeFileSync(tagged, Buffer.concat([refusedHead, Buffer.from(`${createHash('sha256').update(junk).digest('hex')}\n${refusedPad}`), junk]));
    expect(load(file, '1.2.3', kindEnv, 'check', ['json']).cache).toBe('rejected');
    expect(tagsOf(tagged)).toBe('json');
    const replaced = readFileSync(tagged);
    expect(load(file, '1.2.3', kindEnv, 'check', ['json']).cache).toBe('hit');
    expect(readFileSync(tagged).equals(replaced)).toBe(true);
    // Truncated.
    writeFileSync(name, good.subarray(0, 50));
    expect(load(file, '1.2.3', env).cache).toBe('miss');
    // Far too large to be a cache: not read. With its sum right, read it would reach V8 ('rejected').
    const huge = Buffer.alloc(65 * 1024 * 1024);
    writeFileSync(name, Buffer.concat([head, Buffer.from(`${createHash('sha256').update(huge).digest('hex')}\n${pad}`), huge]));
    expect(load(file, '1.2.3', env).cache).toBe('miss');
  });

  it.runIf(posix)('uses no cache from, and writes none to, a directory others may write', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const file = bundle(dir);
    const env = { GRAPHGUARD_COMPILE_CACHE: cache };
    load(file, '1.2.3', env);
    chmodSync(cache, 0o777);
    const name = only(cache);
    const before = readFileSync(name);
    expect(load(file, '1.2.3', env).cache).toBe('miss');
    expect(load(file, '1.2.4', env).cache).toBe('miss');
    expect(only(cache)).toBe(name);
    expect(readFileSync(name).equals(before)).toBe(true);
  });

  it('GRAPHGUARD_COMPILE_CACHE=0: no cache, nothing written', () => {
    const dir = tmp();
    const home = path.join(dir, 'home');
    expect(load(bundle(dir), '1.2.3', { GRAPHGUARD_COMPILE_CACHE: '0', HOME: home })).toEqual({ cache: 'off', answer: 42, name: 'main.cjs' });
    expect(existsSync(home)).toBe(false);
  });
});

describe('the CLI (dist/cli.js)', () => {
  const CLI = path.resolve('dist/cli.js');

  it('a damaged install (the bundle missing or cut short) is one line and exit 2, never a stack trace', () => {
    const copy = path.join(tmp(), 'dist');
    cpSync('dist', copy, { recursive: true });
    writeFileSync(path.join(copy, '..', 'package.json'), readFileSync('package.json'));
    const runCopy = () => spawnSync(process.execPath, [path.join(copy, 'cli.js'), 'check'], { cwd: tmp(), encoding: 'utf8', env: { PATH: process.env.PATH ?? '', GRAPHGUARD_COMPILE_CACHE: '0' } });
    rmSync(path.join(copy, 'chunks', 'main.cjs'));
    const missing = runCopy();
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^graphguard: cannot load its own code \(ENOENT: no such file or directory, open '[^\n]*main\.cjs'\); reinstall graphguard\n$/);
    writeFileSync(path.join(copy, 'chunks', 'main.cjs'), readFileSync('dist/chunks/main.cjs').subarray(0, 100_000));
    const cut = runCopy();
    expect([cut.status, cut.stderr]).toEqual([2, 'graphguard: cannot load its own code (SyntaxError: Unexpected end of input); reinstall graphguard\n']);
  });

  it('its bundle has no import(): vm.Script runs it with no module loader behind it', () => {
    // A dynamic import would fail at run time, on whatever path reached it (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
    for (const f of ['dist/chunks/main.cjs', 'dist/chunks/scan-worker.cjs']) expect([f, /\bimport\s*\(/.test(readFileSync(f, 'latin1'))]).toEqual([f, false]);
  });

  it('its bundle is ASCII, so the loader reads it without UTF-8 decoding', () => {
    for (const f of ['dist/cli.js', 'dist/chunks/main.cjs', 'dist/chunks/scan-worker.cjs']) expect([f, isAscii(readFileSync(f))]).toEqual([f, true]);
  });
  it("names its bundle in the cache's key by the bundle's SHA-256, so two builds of one version never share a cache", () => {
    // npm gives every installed file the same modification time, and V8 checks only the source's length.
    const sha = createHash('sha256').update(readFileSync('dist/chunks/main.cjs')).digest('hex').slice(0, 16);
    const calls = readFileSync('dist/cli.js', 'latin1').match(/loadCached\([^\n]*\n?/g) ?? [];
    expect(calls.filter((c) => c.includes('main.cjs'))).toEqual([expect.stringContaining(`+\${"${sha}"}`)]);
  });

  it('its bundle knows its own build (BUILD_ID: the SHA-256 of its text), which names the scan and manifest caches', () => {
    const text = readFileSync('dist/chunks/main.cjs', 'latin1');
    const ids = [...text.matchAll(/BUILD_ID = [^"]*"([0-9a-f]{24})"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(1);
    const placeholder = 'graphguard-build-id-000000';
    expect(createHash('sha256').update(text.split(ids[0]!).join(placeholder), 'latin1').digest('hex').slice(0, 24)).toBe(ids[0]);
  });

  const run = (cwd: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--today', '2026-11-27'], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    });

  it('writes its cache once and prints the same bytes with it', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'graphguard.yml'), readFileSync('examples/shop/graphguard.yml'));
    const home = path.join(dir, 'home');
    mkdirSync(home);
    const cache = path.join(home, '.cache', 'graphguard');
    // A usage error (exit 2) writes no cache: it compiled little of what a check runs.
    const usage = spawnSync(process.execPath, [CLI, 'check', '--format', 'nope'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: home } });
    expect(usage.status).toBe(2);
    expect(existsSync(cache)).toBe(false);
    // `--help` first (what a new user may well run first): a cache of its own, not the check's.
    const help = spawnSync(process.execPath, [CLI, '--help'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CACHE_HOME: '' } });
    expect(help.status).toBe(0);
    only(cache, 'help');
    rmSync(cache, { recursive: true });
    const first = run(dir, { HOME: home, XDG_CACHE_HOME: '' });
    expect(first.status).toBe(1);
    // The check's cache, for its format, made by a report with findings.
    const name = only(cache, 'check-json');
    expect(tagsOf(name)).toBe('json:findings');
    const made = readFileSync(name);
    const second = run(dir, { HOME: home, XDG_CACHE_HOME: '' });
    expect(second.status).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
    expect(readFileSync(name).equals(made)).toBe(true);
    const off = run(dir, { HOME: path.join(dir, 'nohome'), GRAPHGUARD_COMPILE_CACHE: '0' });
    expect(off.stdout).toBe(first.stdout);
    expect(existsSync(path.join(dir, 'nohome'))).toBe(false);
  });
});
