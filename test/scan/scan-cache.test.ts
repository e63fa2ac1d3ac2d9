import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { check, type CheckOptions } from '../../src/check.js';
import { lastClassify, ScanCode, startPrefilter, WORKER_MIN_FILES, workerSettings } from '../../src/scan/parallel.js';
import { FIELDS, RACY_MS } from '../../src/scan/cache-status.js';
import { openScanCache, scanCacheSetting } from '../../src/scan/scan-cache.js';
import { gitAnswerSettings } from '../../src/scan/walk.js';
import { fakeSecret } from '../helpers/secrets.js';
import { HEAD } from '../helpers/manifests.js';
import { CALL_MARKERS } from '../../src/calls/markers.js';

const E = 'E' + 'AA';
const TOKEN = fakeSecret(`${E}G`, 100, 7);
const MANIFEST = `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    useCases: [page_content]\n    token: { secret: META_SHOP_PROD_TOKEN }\n`;
const WITH_ADMIN = `${MANIFEST}  - name: bm-admin\n    role: admin\n    useCases: [business_admin]\n    token: { secret: META_ADMIN_TOKEN, expires: 60d }\n`;

/** The verdicts of the tree below, in listing order. */
const ALL_CODES = [ScanCode.Binary, ScanCode.Look, ...Array(9).fill(ScanCode.Clean), ScanCode.Look];

let root: string;
let tree: string;
let cacheDir: string;
/** Ten seconds from now: every file just written is old enough to be kept. */
const later = () => Date.now() + 10_000;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'gg-scan-cache-'));
  tree = path.join(root, 'tree');
  cacheDir = path.join(root, 'cache');
  mkdirSync(path.join(tree, 'src'), { recursive: true });
  writeFileSync(path.join(tree, 'graphguard.yml'), MANIFEST);
  for (let i = 0; i < 8; i++) writeFileSync(path.join(tree, 'src', `clean${i}.js`), `export const n${i} = ${i};\n`);
  writeFileSync(path.join(tree, 'src', 'token.js'), `const t = "${TOKEN}";\n`);
  writeFileSync(path.join(tree, 'src', 'admin.js'), 'const a = process.env.META_ADMIN_TOKEN;\n');
  writeFileSync(path.join(tree, 'blob.bin'), Buffer.from([1, 0, 2]));
});

afterEach(() => {
  try {
    chmodSync(cacheDir, 0o700);
  } catch {
    // no cache directory
  }
  rmSync(root, { recursive: true, force: true });
});

afterAll(() => {
  gitAnswerSettings.minIndexBytes = 128 * 1024;
  workerSettings.minFiles = WORKER_MIN_FILES;
  workerSettings.url = undefined;
  workerSettings.maxWorkers = undefined;
  workerSettings.waitForWorkers = false;
});

async function scan(extra: Partial<CheckOptions> = {}, now = later()) {
  const debug: string[] = [];
  const { report } = await check({
    cwd: tree,
    paths: ['.'],
    today: '2026-11-27',
    env: {},
    live: false,
    scanCache: { dir: cacheDir, build: 'test', now },
    debug: (l) => debug.push(l),
    ...extra,
  });
  const line = debug.find((l) => l.startsWith('scan: '));
  const hits = Number(/cache read: (\d+) unchanged/.exec(line ?? '')?.[1] ?? 0);
  return { report, cache: /cache (read|new)/.exec(line ?? '')?.[1] ?? 'none', hits, findings: report.findings.filter((f) => f.file !== 'graphguard.yml').map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`) };
}

/**
 * The cache files, and of the one there is: the verdicts of its records (in the file list's order),
 * and the records whose needle lists it keeps (record number, then one byte per list).
 */
function cached(): { files: string[]; codes: number[]; recordLists: number[][] } {
  const files = readdirSync(cacheDir).filter((n) => n.startsWith('scan-'));
  if (files.length !== 1) return { files, codes: [], recordLists: [] };
  const bytes = readFileSync(path.join(cacheDir, files[0]!));
  const head = bytes.indexOf(10, bytes.indexOf(10) + 1) + 1;
  const n = Number(bytes.toString('latin1').split('\n')[1]);
  const codesAt = head + 8 * FIELDS * n;
  const lists = codesAt + n;
  expect(bytes.toString('latin1', lists, lists + 7)).toBe('rlists\n');
  const [width, looks] = [bytes.readUInt32LE(lists + 7), bytes.readUInt32LE(lists + 11)];
  const recordLists = Array.from({ length: looks }, (_, k) => {
    const at = lists + 15 + k * (4 + width);
    return [bytes.readUInt32LE(at), ...bytes.subarray(at + 4, at + 4 + width)];
  });
  return { files, codes: [...bytes.subarray(codesAt, codesAt + n)], recordLists };
}

describe('the scan cache', () => {
  it('keeps the verdict of every file, and a second scan reports the same from it', async () => {
    const first = await scan();
    expect(first.cache).toBe('new');
    expect(first.findings).toEqual(['hardcoded-token src/token.js:1:12']);
    // Listed in order: blob.bin, graphguard.yml, src/admin.js, src/clean0-7.js, src/token.js; the
    // manifest and the token file matched a needle (Look): the rules read them every time.
    const { codes, recordLists } = cached();
    expect(codes).toEqual(ALL_CODES);
    // The two Look files' needle lists, with their records (graphguard.yml 1, src/token.js 11): the
    // rules' pass takes them instead of testing those files' bytes again.
    expect(recordLists.map((l) => l[0])).toEqual([1, 11]);
    expect(recordLists.every((l) => l.slice(1).every((b) => b === 0 || b === 1) && l.slice(1).includes(1))).toBe(true);
    const second = await scan();
    expect(second.cache).toBe('read');
    expect(second.hits).toBe(12);
    expect(second.report).toEqual(first.report);
    // Nothing new was tested: the file is not written again.
    const written = statSync(path.join(cacheDir, cached().files[0]!)).mtimeMs;
    await scan();
    expect(statSync(path.join(cacheDir, cached().files[0]!)).mtimeMs).toBe(written);
    expect(second.report.summary.filesScanned).toBe(first.report.summary.filesScanned);
    expect(second.report.skipped).toEqual({ binary: 1, unreadable: 0, symlinks: 0 });
  });

  it("takes a Look file's needle lists from its record: lists that say nothing matched keep the rules off it", async () => {
    await scan();
    const file = path.join(cacheDir, cached().files[0]!);
    const bytes = readFileSync(file);
    // Zero src/token.js's lists (record 11, the last kept): a cache is trusted as far as its directory is.
    const at = bytes.lastIndexOf(Buffer.from([11, 0, 0, 0]));
    const width = cached().recordLists[1]!.length - 1;
    const zeroed = Buffer.from(bytes);
    zeroed.fill(0, at + 4, at + 4 + width);
    writeFileSync(file, zeroed);
    expect((await scan()).findings).toEqual([]);
    // A list byte other than 0 or 1 is damage: the whole file is not used, and the token is found.
    zeroed[at + 4] = 7;
    writeFileSync(file, zeroed);
    const damaged = await scan();
    expect([damaged.hits, damaged.findings]).toEqual([0, ['hardcoded-token src/token.js:1:12']]);
  });

  it("keeps markerInCode's verdict with a file's needle lists: call markers only in comments are kept as none", async () => {
    writeFileSync(path.join(tree, 'src', 'note.js'), '// See https://developers.facebook.com/docs/graph-api for the API.\nexport const x = 1;\n');
    writeFileSync(path.join(tree, 'src', 'call.js'), "fetch('https://graph.facebook.com/v19.0/me?access_token=' + process.env.META_SHOP_PROD_TOKEN);\n");
    const first = await scan({ collectCalls: true });
    // Listed: blob.bin, graphguard.yml, src/admin.js, src/call.js (3), src/clean0-7.js, src/note.js (12),
    // src/token.js. Each list byte of a record is one of the rules' lists; the last ones are the call
    // markers (CALL_MARKERS: `acebook` first).
    const markers = (record: number) => cached().recordLists.find((l) => l[0] === record)?.slice(-CALL_MARKERS.length);
    const none = CALL_MARKERS.map(() => 0);
    expect(markers(3)).toEqual([1, ...none.slice(1)]);
    expect(markers(12)).toEqual(none);
    const second = await scan({ collectCalls: true });
    expect(second.hits).toBe(14);
    expect(second.report).toEqual(first.report);
  });

  it('reads a file again when it changed in place, even to the same size and modification time', async () => {
    await scan();
    const file = path.join(tree, 'src', 'clean3.js');
    writeFileSync(file, `const t = "${'x'.repeat(TOKEN.length)}";\n`);
    await scan();
    expect(cached().codes).toEqual(ALL_CODES);
    const before = statSync(file, { bigint: true });
    // The same inode, the same size and the modification time put back to the nanosecond: only ctime tells.
    writeFileSync(file, `const t = "${TOKEN}";\n`);
    execFileSync('touch', ['-m', '-d', `@${before.mtimeNs / 1_000_000_000n}.${String(before.mtimeNs % 1_000_000_000n).padStart(9, '0')}`, file]);
    const after = statSync(file, { bigint: true });
    expect([after.ino, after.size, after.mtimeNs]).toEqual([before.ino, before.size, before.mtimeNs]);
    expect(after.ctimeNs).not.toBe(before.ctimeNs);
    const second = await scan({}, later() + 60_000);
    expect(second.cache).toBe('read');
    expect(second.hits).toBe(11);
    expect(second.findings).toContain('hardcoded-token src/clean3.js:1:12');
  });

  it('treats a file replaced by a symlink as the symlink it is', async () => {
    await scan();
    const file = path.join(tree, 'src', 'clean1.js');
    unlinkSync(file);
    symlinkSync('token.js', file);
    const second = await scan();
    expect(second.hits).toBe(11);
    expect(second.report.skipped?.symlinks).toBe(1);
    expect(second.findings).toEqual(['hardcoded-token src/token.js:1:12']);
  });

  it('does not keep a file whose times are not older than the scan by RACY_MS', async () => {
    const clean2 = path.join(tree, 'src', 'clean2.js');
    const ctime = statSync(clean2).ctimeMs;
    // The scan happens "now" for every file but clean2, whose ctime is within the racy window.
    await scan({}, ctime + RACY_MS / 2);
    // Every file was written within the window: none is kept, and no cache is written.
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
    await scan({}, ctime + RACY_MS + 5000);
    expect(cached().codes.filter((c) => c !== 0)).toHaveLength(12);
  });

  it('is keyed by the needles: a manifest that makes a clean file matter is not answered from the cache', async () => {
    const first = await scan();
    expect(first.findings).toEqual(['hardcoded-token src/token.js:1:12']);
    expect(cached().codes).toEqual(ALL_CODES); // src/admin.js clean: nothing to look for without an admin
    writeFileSync(path.join(tree, 'graphguard.yml'), WITH_ADMIN);
    const second = await scan();
    expect(second.cache).toBe('new');
    expect(second.findings).toEqual(['admin-token-in-code src/admin.js:1:23', 'hardcoded-token src/token.js:1:12']);
    expect(readdirSync(cacheDir).filter((n) => n.startsWith('scan-'))).toHaveLength(2);
  });

  it('finds files by device and inode: a file added or removed costs only itself', async () => {
    await scan();
    writeFileSync(path.join(tree, 'src', 'new.js'), `const t = "${TOKEN}";\n`);
    writeFileSync(path.join(tree, 'src', 'new-clean.js'), 'export const y = 2;\n');
    unlinkSync(path.join(tree, 'src', 'clean5.js'));
    const second = await scan();
    expect(second.cache).toBe('read');
    expect(second.hits).toBe(11);
    expect(second.findings).toEqual(['hardcoded-token src/new.js:1:12', 'hardcoded-token src/token.js:1:12']);
    // blob.bin, graphguard.yml, admin.js, clean0-4, clean6-7, new-clean.js, new.js, token.js: the new
    // files are kept, the removed one is not.
    expect(cached().codes).toEqual([ScanCode.Binary, ScanCode.Look, ...Array(9).fill(ScanCode.Clean), ScanCode.Look, ScanCode.Look]);
    // A hard link to a cached file is the same inode: answered from the cache under its new name too.
    linkSync(path.join(tree, 'src', 'clean0.js'), path.join(tree, 'src', 'clean0-link.js'));
    // Linking changes the inode's ctime (its link count): both names are read once more.
    const third = await scan();
    expect(third.hits).toBe(12);
    expect(third.report.summary.filesScanned).toBe(second.report.summary.filesScanned + 1);
    expect(cached().codes).toHaveLength(14);
    expect((await scan()).hits).toBe(14);
    // A scan of one folder keeps a cache of its own: the whole tree's is still there.
    expect((await scan({ paths: ['src'] })).cache).toBe('new');
    expect((await scan({ paths: ['src'] })).cache).toBe('read');
    expect((await scan()).cache).toBe('read');
    expect(readdirSync(cacheDir).filter((n) => n.startsWith('scan-'))).toHaveLength(2);
  });

  it('ignores a damaged cache and writes a good one', async () => {
    const first = await scan();
    const [name] = cached().files;
    const file = path.join(cacheDir, name!);
    const good = readFileSync(file);
    for (const bad of [good.subarray(0, good.length - 1), Buffer.concat([Buffer.from('x'), good.subarray(1)]), Buffer.concat([good.subarray(0, good.length - 1), Buffer.from([ScanCode.Symlink])])]) {
      writeFileSync(file, bad);
      const again = await scan();
      expect(again.cache).toBe('new');
      expect(again.report).toEqual(first.report);
      expect(readFileSync(file)).toEqual(good);
    }
  });

  it('is neither read nor written in a directory others can write to', async () => {
    await scan();
    chmodSync(cacheDir, 0o777);
    const [name] = cached().files;
    const before = statSync(path.join(cacheDir, name!)).mtimeMs;
    const second = await scan({}, later() + 60_000);
    expect(second.cache).toBe('new');
    writeFileSync(path.join(tree, 'src', 'clean0.js'), 'export const changed = 1;\n');
    await scan({}, later() + 60_000);
    expect(statSync(path.join(cacheDir, name!)).mtimeMs).toBe(before);
  });

  it('is not used with --changed-only, nor when the environment holds a declared token', async () => {
    const declared = await scan({ env: { META_SHOP_PROD_TOKEN: TOKEN } });
    expect(declared.cache).toBe('none');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: tree, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'x');
    writeFileSync(path.join(tree, 'src', 'clean0.js'), `const t = "${TOKEN}";\n`);
    const changed = await scan({ changedOnly: 'HEAD' });
    expect(changed.cache).toBe('none');
    expect(changed.findings).toEqual(['hardcoded-token src/clean0.js:1:12']);
    expect(readdirSync(root)).not.toContain('cache');
    // The same tree scanned whole: now it is.
    expect((await scan()).cache).toBe('new');
  });

  it('keeps the 16 newest caches of the directory, and drops unfinished writes an hour old', async () => {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    const old = Date.now() / 1000 - 7200;
    for (let i = 0; i < 20; i++) {
      writeFileSync(path.join(cacheDir, `scan-${String(i).padStart(32, '0')}.bin`), 'x');
      utimesSync(path.join(cacheDir, `scan-${String(i).padStart(32, '0')}.bin`), old + i, old + i);
    }
    writeFileSync(path.join(cacheDir, '.scan-x.bin.1.abc.tmp'), 'x');
    utimesSync(path.join(cacheDir, '.scan-x.bin.1.abc.tmp'), old, old);
    writeFileSync(path.join(cacheDir, 'main.cjs-0123456789abcdef.v8cache'), 'x');
    await scan();
    const left = readdirSync(cacheDir).sort();
    // Ours (new) and the 15 newest of the others; the code cache's file is not the scan cache's to prune.
    expect(left.filter((n) => n.startsWith('scan-'))).toHaveLength(16);
    expect(left).toContain(`scan-${String(19).padStart(32, '0')}.bin`);
    expect(left).not.toContain(`scan-${String(4).padStart(32, '0')}.bin`);
    expect(left).not.toContain('.scan-x.bin.1.abc.tmp');
    expect(left).toContain('main.cjs-0123456789abcdef.v8cache');
  });

  it('holds no path and no text of the files', async () => {
    await scan();
    const bytes = readFileSync(path.join(cacheDir, cached().files[0]!)).toString('latin1');
    expect(bytes).not.toContain(TOKEN.slice(0, 12));
    expect(bytes).not.toContain('clean');
    expect(bytes).not.toContain('src/');
    expect(statSync(path.join(cacheDir, cached().files[0]!)).mode & 0o777).toBe(0o600);
  });

  it('answers every unchanged file by its lstat before the first pass, which then starts no worker thread', async () => {
    await scan();
    workerSettings.minFiles = 1;
    workerSettings.maxWorkers = 1;
    workerSettings.waitForWorkers = true;
    workerSettings.url = new URL('./scan-worker-tsx.mjs', import.meta.url);
    try {
      const warm = await scan();
      expect([warm.hits, lastClassify.threads]).toEqual([12, 1]);
      // One file changed: the one file left to read is enough (minFiles 1) for a worker.
      writeFileSync(path.join(tree, 'src', 'clean5.js'), 'const changed = 1;\n');
      const next = await scan({}, later() + 60_000);
      expect([next.hits, lastClassify.threads]).toEqual([11, 2]);
      expect(next.findings).toEqual(warm.findings);
    } finally {
      workerSettings.minFiles = WORKER_MIN_FILES;
      workerSettings.maxWorkers = undefined;
      workerSettings.waitForWorkers = false;
      workerSettings.url = undefined;
    }
  });

  it('gives a worker thread the same verdicts, and the same statuses to keep', async () => {
    const first = await scan();
    workerSettings.minFiles = 1;
    workerSettings.maxWorkers = 1;
    workerSettings.waitForWorkers = true;
    workerSettings.url = new URL('./scan-worker-tsx.mjs', import.meta.url);
    try {
      const files = readdirSync(path.join(tree, 'src')).map((f) => path.join(tree, 'src', f));
      const c = openScanCache({ dir: cacheDir, build: 'w', base: '', count: files.length, needles: [[{ text: E }]], now: later() })!;
      const prefilter = startPrefilter([[{ text: E }]]);
      const one = await prefilter.classify(files, '', undefined, c.arrays).finally(() => prefilter.close());
      expect(lastClassify.threads).toBe(2);
      c.save(one.codes);
      const c2 = openScanCache({ dir: cacheDir, build: 'w', base: '', count: files.length, needles: [[{ text: E }]], now: later() })!;
      const clean = files.filter((_, i) => one.codes[i] === ScanCode.Clean);
      expect(clean).toHaveLength(files.length - 1);
      expect([...c2.arrays.prevCodes!]).toEqual([...one.codes]);
      const st = statSync(clean[0]!);
      expect([...c2.arrays.prevStats!.subarray(0, FIELDS)]).toEqual([st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs]);
      const prefilter2 = startPrefilter([[{ text: E }]]);
      const two = await prefilter2.classify(files, '', undefined, c2.arrays).finally(() => prefilter2.close());
      expect([...two.codes]).toEqual([...one.codes]);
    } finally {
      workerSettings.minFiles = WORKER_MIN_FILES;
      workerSettings.url = undefined;
      workerSettings.waitForWorkers = false;
    }
    expect(first.cache).toBe('new');
  });
});

describe('the scan cache in a git checkout', () => {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: tree, stdio: 'pipe' }).toString();
  /** How the last scan's cache answered: 'git' (each index entry's status), 'git, index unchanged' (the section), '' (lstat). */
  const how = async (extra: Partial<CheckOptions> = {}, now = later()) => {
    const debug: string[] = [];
    const r = await scan({ ...extra, debug: (l) => debug.push(l) }, now);
    const line = debug.find((l) => l.startsWith('scan: ')) ?? '';
    const m = /cache read: (\d+) unchanged(?: \(([^)]*)\))?/.exec(line);
    return { ...r, hits: Number(m?.[1] ?? 0), by: m ? (m[2] ?? '') : 'none' };
  };
  /** Rewrites a file in place to the same size, and puts its modification time back to the nanosecond. */
  const rewriteInPlace = (file: string, text: string) => {
    const before = statSync(file, { bigint: true });
    writeFileSync(file, text);
    execFileSync('touch', ['-m', '-d', `@${before.mtimeNs / 1_000_000_000n}.${String(before.mtimeNs % 1_000_000_000n).padStart(9, '0')}`, file]);
    const after = statSync(file, { bigint: true });
    expect([after.ino, after.size, after.mtimeNs]).toEqual([before.ino, before.size, before.mtimeNs]);
  };

  beforeEach(() => {
    // git is asked only about a checkout past some 1,300 files (walk.ts); these have a dozen.
    gitAnswerSettings.minIndexBytes = 0;
    // Two clean files as long as a line that holds the token: rewritten in place below.
    for (const f of ['clean3.js', 'clean4.js']) writeFileSync(path.join(tree, 'src', f), `const t = "${'x'.repeat(TOKEN.length)}";\n`);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'x');
  });

  it('answers from git: the whole index unchanged, or the status of each index entry; a file git finds changed is read', async () => {
    const first = await how();
    expect(first.by).toBe('none');
    expect(first.findings).toEqual(['hardcoded-token src/token.js:1:12']);
    // The first scan kept each verdict with its index entry's status, and each entry's verdict with the
    // index (the section): the second takes them for every file git does not name.
    const second = await how();
    expect([second.by, second.hits]).toEqual(['git, index unchanged', 12]);
    expect(second.report).toEqual(first.report);
    // The section: the index's checksum, a verdict per entry, and the needle lists of the two Look
    // files (graphguard.yml, src/token.js: entries 1 and 11), which the rules' pass then takes as kept.
    const bytes = readFileSync(path.join(cacheDir, cached().files[0]!));
    const section = bytes.subarray(bytes.indexOf('index\n'));
    expect(section.subarray(6, 26)).toEqual(readFileSync(path.join(tree, '.git', 'index')).subarray(-20));
    expect([...section.subarray(26, 26 + 12)]).toEqual(ALL_CODES);
    const lists = section.subarray(section.indexOf('lists\n') + 6);
    const [width, looks] = [lists.readUInt32LE(0), lists.readUInt32LE(4)];
    expect(looks).toBe(2);
    expect(lists.length).toBe(8 + looks * (4 + width));
    expect([lists.readUInt32LE(8), lists.readUInt32LE(8 + 4 + width)]).toEqual([1, 11]);
    // A damaged list (a byte other than 0 or 1) spoils the whole cache file: it is not read.
    const cacheFile = path.join(cacheDir, cached().files[0]!);
    const bad = Buffer.from(bytes);
    bad[bad.length - 1] = 7;
    writeFileSync(cacheFile, bad);
    const damaged = await how();
    expect(damaged.by).toBe('none');
    expect(damaged.report).toEqual(first.report);
    writeFileSync(cacheFile, bytes);
    const third = await how();
    expect([third.by, third.hits]).toEqual(['git, index unchanged', 12]);
    expect(third.report).toEqual(first.report);
    // The same inode, size and modification time: git sees the new ctime and names the file.
    const file = path.join(tree, 'src', 'clean3.js');
    rewriteInPlace(file, `const t = "${TOKEN}";\n`);
    const fourth = await how({}, later() + 60_000);
    expect([fourth.by, fourth.hits]).toEqual(['git, index unchanged', 11]);
    // Staged: a new index, whose entry for the file has the status it was read with.
    git('add', 'src/clean3.js');
    const fifth = await how({}, later() + 60_000);
    expect([fifth.by, fifth.hits]).toEqual(['git', 12]);
    expect((await how({}, later() + 60_000)).by).toBe('git, index unchanged');
  });

  it('a file changed before the first scan (not staged) is answered by its own status, and read again once changed back', async () => {
    // Staged holding a token, then changed in place to a clean text of the same size and time, not staged.
    const file = path.join(tree, 'src', 'clean3.js');
    writeFileSync(file, `const t = "${TOKEN}";\n`);
    git('add', 'src/clean3.js');
    rewriteInPlace(file, `const t = "${'x'.repeat(TOKEN.length)}";\n`);
    const first = await how({}, later() + 60_000);
    expect(first.findings).toEqual(['hardcoded-token src/token.js:1:12']);
    // Its verdict was kept with the status it was read with, not the entry's: git names the file, and
    // its record answers it.
    const second = await how({}, later() + 60_000);
    expect([second.by, second.hits]).toEqual(['git, index unchanged', 12]);
    // Changed back to what was staged (a new status again): read, and the token found.
    rewriteInPlace(file, `const t = "${TOKEN}";\n`);
    const third = await how({}, later() + 120_000);
    expect([third.by, third.hits]).toEqual(['git, index unchanged', 11]);
    expect(third.findings).toEqual(['hardcoded-token src/clean3.js:1:12', 'hardcoded-token src/token.js:1:12']);
  });

  it("keeps a first scan's verdict with an index entry only when the file read is the entry's: a folder swapped during it, an index that lies", async () => {
    // A clean stand-in for src/ while the first scan runs, the real folder (its files' statuses
    // unchanged by the renames) put back after: token.js is read again, and found.
    const src = path.join(tree, 'src');
    renameSync(src, `${src}.real`);
    mkdirSync(src);
    for (const f of readdirSync(`${src}.real`)) writeFileSync(path.join(src, f), f === 'token.js' ? 'const t = "nothing";\n' : readFileSync(path.join(`${src}.real`, f)));
    const first = await how({}, later() + 60_000);
    expect(first.findings).toEqual([]);
    rmSync(src, { recursive: true });
    renameSync(`${src}.real`, src);
    for (const run of [await how({}, later() + 60_000), await how({}, later() + 60_000)]) expect(run.findings).toEqual(['hardcoded-token src/token.js:1:12']);

    // An index whose entry for a clean file holds the token file's status (dev, inode, size, times).
    rmSync(cacheDir, { recursive: true, force: true });
    const clean = path.join(src, 'clean3.js');
    writeFileSync(clean, `${'export const same = "size as token.js, not a token, padded out to it";'.padEnd(statSync(path.join(src, 'token.js')).size - 1, ' ')}\n`);
    git('add', '-A');
    git('commit', '-q', '-m', 'same size');
    lendStatus(path.join(tree, '.git', 'index'), 'src/clean3.js', statSync(path.join(src, 'token.js'), { bigint: true }));
    for (let k = 0; k < 3; k++) expect((await how({}, later() + 60_000)).findings, `scan ${k}`).toEqual(['hardcoded-token src/token.js:1:12']);
  });

  it('looks at no file through a tracked folder replaced by a symlink after checkout', async () => {
    const src = path.join(tree, 'src');
    const elsewhere = path.join(root, 'elsewhere');
    renameSync(src, elsewhere);
    symlinkSync(elsewhere, src);
    for (const extra of [{}, { scanCache: undefined }]) {
      const debug: string[] = [];
      const r = await scan({ ...extra, debug: (l) => debug.push(l) });
      expect(r.findings).toEqual([]);
      expect(debug).toContain('skipped src/token.js (a folder on its path is a symlink)');
    }
    // The folder back: its token is found.
    unlinkSync(src);
    renameSync(elsewhere, src);
    expect((await scan()).findings).toEqual(['hardcoded-token src/token.js:1:12']);
  });

  it('reads a changed file git is told not to look at (assume-unchanged, skip-worktree)', async () => {
    await how();
    await how();
    expect((await how()).by).toBe('git, index unchanged');
    git('update-index', '--assume-unchanged', 'src/clean1.js');
    git('update-index', '--skip-worktree', 'src/clean2.js');
    writeFileSync(path.join(tree, 'src', 'clean1.js'), `const t = "${TOKEN}";\n`);
    writeFileSync(path.join(tree, 'src', 'clean2.js'), `const u = "${TOKEN}";\n`);
    // git names neither file: both are read all the same.
    expect(git('diff-files', '--name-only')).toBe('');
    const next = await how({}, later() + 60_000);
    expect(next.by).toBe('git');
    expect(next.findings).toEqual(['hardcoded-token src/clean1.js:1:12', 'hardcoded-token src/clean2.js:1:12', 'hardcoded-token src/token.js:1:12']);
    const again = await how({}, later() + 60_000);
    expect(again.by).toBe('git, index unchanged');
    expect(again.findings).toEqual(next.findings);
  });

  it('maps entries to the files the manifest leaves in (scan.exclude)', async () => {
    writeFileSync(path.join(tree, 'graphguard.yml'), `${MANIFEST}scan:\n  exclude: ['src/clean0.js', 'blob.bin']\n`);
    // A clean file listed after src/token.js: file 10 of the scan, entry 12 of the index.
    writeFileSync(path.join(tree, 'src', 'zz.js'), 'export const z = 0;\n');
    git('add', '-A');
    const first = await how();
    expect(first.findings).toEqual(['hardcoded-token src/token.js:1:12']);
    // Each verdict kept with its own file's entry (src/token.js's Look with src/token.js's status):
    // taken from the section, and (once the index changed) from the records by each entry's status.
    const second = await how();
    expect([second.by, second.hits]).toEqual(['git, index unchanged', 11]);
    expect(second.findings).toEqual(first.findings);
    writeFileSync(path.join(tree, 'notes.md'), 'notes\n');
    git('add', 'notes.md');
    const byRecords = await how();
    expect([byRecords.by, byRecords.hits]).toEqual(['git', 11]);
    expect(byRecords.findings).toEqual(first.findings);
    await how();
    const file = path.join(tree, 'src', 'clean4.js');
    rewriteInPlace(file, `const t = "${TOKEN}";\n`);
    const next = await how({}, later() + 60_000);
    expect([next.by, next.hits]).toEqual(['git, index unchanged', 11]);
    expect(next.findings).toEqual(['hardcoded-token src/clean4.js:1:12', 'hardcoded-token src/token.js:1:12']);
  });

  it("answers by lstat the files git names only because their status is newer than the index's (a chmod, a hard link)", async () => {
    const all = ['graphguard.yml', 'blob.bin', ...readdirSync(path.join(tree, 'src')).map((n) => `src/${n}`)].map((f) => path.join(tree, f));
    // Modified an hour ago, and the index refreshed now: git trusts its entries' statuses (none is racy).
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of all) utimesSync(f, hourAgo, hourAgo);
    git('update-index', '-q', '--refresh');
    await how({}, later() + 60_000);
    expect((await how({}, later() + 60_000)).by).toBe('git, index unchanged');
    // Every file's ctime moves on (into the next second: git compares whole seconds); the contents and
    // the index stay as they were, so git names them all.
    await new Promise((done) => setTimeout(done, 1020 - (Date.now() % 1000)));
    for (const f of all) chmodSync(f, 0o644);
    expect(git('-c', 'core.trustctime=true', 'diff-files', '--name-only').split('\n').filter(Boolean).length).toBe(12);
    const first = await how({}, later() + 120_000);
    expect(first.hits).toBe(0);
    // From then on the records answer them, by lstat, beside the section (which answers none).
    const next = await how({}, later() + 120_000);
    expect([next.by, next.hits]).toEqual(['git, index unchanged', 12]);
    expect(next.findings).toEqual(first.findings);
  });

  it('lstats the files of a small checkout instead of starting git, and still finds a file rewritten in place', async () => {
    gitAnswerSettings.minIndexBytes = 128 * 1024;
    await how();
    const second = await how();
    expect([second.by, second.hits]).toEqual(['', 12]);
    const file = path.join(tree, 'src', 'clean3.js');
    rewriteInPlace(file, `const t = "${TOKEN}";\n`);
    const next = await how({}, later() + 60_000);
    expect([next.by, next.hits]).toEqual(['', 11]);
    expect(next.findings).toContain('hardcoded-token src/clean3.js:1:12');
  });
});

describe('scanCacheSetting', () => {
  it('is off when asked, absent from the sources unless a directory is given, and names the build', () => {
    expect(scanCacheSetting({ GRAPHGUARD_SCAN_CACHE: '0' })).toBeUndefined();
    expect(scanCacheSetting({ GRAPHGUARD_SCAN_CACHE: 'off', HOME: '/home/x' }, import.meta.url)).toBeUndefined();
    // This test runs from the sources (.ts): no cache by default.
    expect(scanCacheSetting({ HOME: '/home/x' }, import.meta.url)).toBeUndefined();
    const given = scanCacheSetting({ GRAPHGUARD_SCAN_CACHE: '/tmp/gg-x' }, import.meta.url)!;
    expect(given.dir).toBe('/tmp/gg-x');
    const st = statSync(new URL(import.meta.url));
    expect(given.build).toMatch(new RegExp(`^\\S+ source ${st.size} ${st.mtimeMs}$`));
    // The bundle: the home cache directory.
    const bundle = new URL('../../dist/chunks/main.cjs', import.meta.url).href;
    expect(scanCacheSetting({ HOME: '/home/x', XDG_CACHE_HOME: '' }, bundle)!.dir).toBe('/home/x/.cache/graphguard');
    // Unset, it follows the code cache's setting; set, its own wins.
    expect(scanCacheSetting({ HOME: '/home/x', GRAPHGUARD_COMPILE_CACHE: '0' }, bundle)).toBeUndefined();
    expect(scanCacheSetting({ HOME: '/home/x', GRAPHGUARD_COMPILE_CACHE: '/tmp/gg-cc' }, bundle)!.dir).toBe('/tmp/gg-cc');
    expect(scanCacheSetting({ HOME: '/home/x', GRAPHGUARD_COMPILE_CACHE: '0', GRAPHGUARD_SCAN_CACHE: '/tmp/gg-s' }, bundle)!.dir).toBe('/tmp/gg-s');
    expect(scanCacheSetting({ HOME: '/home/x', GRAPHGUARD_COMPILE_CACHE: '/tmp/gg-cc', GRAPHGUARD_SCAN_CACHE: 'off' }, bundle)).toBeUndefined();
  });
});

/**
 * Rewrites the index entry of `name` (a version 2 index) to hold the status `st` of another file: its
 * times, device, inode and size, with the index's checksum made good again (what a crafted index holds).
 */
function lendStatus(index: string, name: string, st: { ctimeNs: bigint; mtimeNs: bigint; dev: bigint; ino: bigint; size: bigint }): void {
  const b = readFileSync(index);
  expect(b.readUInt32BE(4)).toBe(2);
  let at = 12;
  for (let i = 0; i < b.readUInt32BE(8); i++) {
    const nameLen = b.readUInt16BE(at + 60) & 0xfff;
    if (b.toString('utf8', at + 62, at + 62 + nameLen) === name) {
      const secNs = (ns: bigint) => [Number(ns / 1_000_000_000n), Number(ns % 1_000_000_000n)];
      const [cs, cn] = secNs(st.ctimeNs);
      const [ms, mn] = secNs(st.mtimeNs);
      for (const [off, v] of [[0, cs], [4, cn], [8, ms], [12, mn], [16, Number(st.dev & 0xffffffffn)], [20, Number(st.ino & 0xffffffffn)], [36, Number(st.size)]] as const)
        b.writeUInt32BE(v!, at + off);
      b.set(createHash('sha1').update(b.subarray(0, b.length - 20)).digest(), b.length - 20);
      writeFileSync(index, b);
      return;
    }
    at += (62 + nameLen + 8) & ~7;
  }
  throw new Error(`no entry ${name}`);
}
