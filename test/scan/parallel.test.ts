import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { Worker } from 'node:worker_threads';
import { classifyForScan, classifyShared, Kept, KEEP_FILE_BYTES, lastClassify, packFiles, prestartScanWorkers, ScanCode, startPrefilter, WORKER_MIN_FILES, workerSettings, type SharedJob, type WorkerDone, type WorkerJob } from '../../src/scan/parallel.js';
import { fakeSecret } from '../helpers/secrets.js';
import { HEAD } from '../helpers/manifests.js';

const E = 'E' + 'AA';
let dir: string;
const files: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gg-parallel-'));
  const put = (rel: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
    files.push(rel);
  };
  writeFileSync(
    path.join(dir, 'graphguard.yml'),
    `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    useCases: [page_content]\n    token: { secret: META_SHOP_PROD_TOKEN }\n  - name: bm-admin\n    role: admin\n    useCases: [business_admin]\n    token: { secret: META_ADMIN_TOKEN, expires: 60d }\n`,
  );
  const corpus = path.join(import.meta.dirname, '..', 'fixtures', 'scan', 'corpus');
  for (const f of readdirSync(corpus)) put(`corpus/${f}`, readFileSync(path.join(corpus, f)));
  // Findings spread over both threads' shares (even and odd indices), with clean files between them.
  for (let i = 0; i < 60; i++) {
    const kind = i % 6;
    put(
      `src/f${String(i).padStart(3, '0')}.js`,
      kind === 0
        ? `const t = "${fakeSecret(`${E}G`, 100, 100 + i)}";\n`
        : kind === 1
          ? 'const a = process.env.META_ADMIN_TOKEN;\n'
          : kind === 2
            ? 'fetch("https://graph.facebook.com/v2.0/me");\n'
            : kind === 3
              ? '// graphguard-disable-next-line hardcoded-token -- nothing to hide\nconst x = 1;\n'
              : 'export const secret = process.env.X ?? "a|b";\n',
    );
  }
  // A file that matches and is larger than KEEP_FILE_BYTES: not kept, read again by the main thread.
  put('src/large.js', `${'// filler line\n'.repeat(15_000)}const t = "${fakeSecret(`${E}G`, 100, 99)}";\n`);
  put('bin/blob.bin', Buffer.from([1, 0, 2, 3]));
  symlinkSync('src/f000.js', path.join(dir, 'link.js'));
  files.push('link.js');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  workerSettings.minFiles = WORKER_MIN_FILES;
  workerSettings.url = undefined;
  workerSettings.maxWorkers = undefined;
  workerSettings.waitForWorkers = false;
});

const run = () => check({ cwd: dir, paths: ['.'], today: '2026-11-27', env: {}, live: false });

beforeAll(() => {
  workerSettings.maxWorkers = 1;
  // These trees are small: this thread could classify every file before a worker starts, and not wait.
  workerSettings.waitForWorkers = true;
});

describe('the scan on two threads', () => {
  it('classifies each file the same on a worker thread as on this one', async () => {
    const abs = files.map((f) => path.join(dir, f));
    const needles = [[{ text: E }], [{ text: 'META_ADMIN_TOKEN' }]];
    const kept = new Kept();
    const single = classifyForScan({ files: abs, indices: abs.map((_, i) => i), needles }, kept);
    const large = files.indexOf('src/large.js');
    expect(single[large]).toBe(ScanCode.Look);
    expect(readFileSync(abs[large]!).length).toBeGreaterThan(KEEP_FILE_BYTES);
    // Every small file a needle matched is kept; the large one is not.
    expect([...kept.byIndex.keys()]).toEqual([...single].flatMap((c, i) => (c === ScanCode.Look && i !== large ? [i] : [])));
    const tight = new Kept(10);
    classifyForScan({ files: abs, indices: abs.map((_, i) => i), needles }, tight);
    expect(tight.byIndex.size).toBe(0); // past the budget, nothing is kept (the rules read those files again)
    expect(single.includes(ScanCode.Pending)).toBe(false);
    expect(single[files.indexOf('bin/blob.bin')]).toBe(ScanCode.Binary);
    expect(single[files.indexOf('link.js')]).toBe(ScanCode.Symlink);
    expect(single[files.indexOf('src/f000.js')]).toBe(ScanCode.Look);
    expect(single[files.indexOf('src/f004.js')]).toBe(ScanCode.Clean);
    // The worker alone: this thread claims no batch.
    const worker = new Worker(new URL('./scan-worker-tsx.mjs', import.meta.url));
    try {
      // As startPrefilter sends it: the list packed into shared memory, and the needles.
      const job: WorkerJob = {
        files: packFiles(abs),
        codes: new Uint8Array(new SharedArrayBuffer(abs.length)),
        next: new Int32Array(new SharedArrayBuffer(4)),
        needles,
        gate: new Int32Array(new SharedArrayBuffer(8)),
        slot: 1,
      };
      const done = new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      worker.postMessage(job);
      const answer = (await done) as WorkerDone;
      expect(answer.done).toBe(true);
      expect([...job.gate]).toEqual([0, 1]); // it entered through its own slot
      expect([...job.codes]).toEqual([...single]);
      // The bytes of every small text file a needle matched come back: the rules never read them again.
      const look = [...single].flatMap((c, i) => (c === ScanCode.Look && i !== large ? [i] : []));
      expect(answer.kept.map(([i]) => i).sort((a, b) => a - b)).toEqual(look);
      const f0 = files.indexOf('src/f000.js');
      expect(Buffer.from(answer.kept.find(([i]) => i === f0)![1]).toString()).toBe(readFileSync(abs[f0]!, 'utf8'));
    } finally {
      await worker.terminate();
    }
    // Both threads, through startPrefilter.
    workerSettings.minFiles = 1;
    workerSettings.url = new URL('./scan-worker-tsx.mjs', import.meta.url);
    const prefilter = startPrefilter(needles);
    const both = await prefilter.classify(abs).finally(() => prefilter.close());
    expect(lastClassify.threads).toBe(2);
    expect([...both.codes]).toEqual([...single]);
  });

  it('tells this thread the codes known so far after each of its files, and the bytes it kept', async () => {
    const abs = files.map((f) => path.join(dir, f));
    const needles = [[{ text: E }], [{ text: 'META_ADMIN_TOKEN' }]];
    const single = classifyForScan({ files: abs, indices: abs.map((_, i) => i), needles });
    workerSettings.minFiles = 1;
    workerSettings.url = new URL('./scan-worker-tsx.mjs', import.meta.url);
    const prefilter = startPrefilter(needles);
    const seen: number[] = [];
    let calls = 0;
    const taken = new Set<number>();
    const both = await prefilter
      .classify(abs, '', undefined, undefined, (codes, kept) => {
        calls++;
        expect(codes.length).toBe(abs.length);
        // A code, once known, is the one a single thread gives.
        codes.forEach((c, i) => {
          if (c !== ScanCode.Pending) {
            expect(c).toBe(single[i]);
            seen[i] = c;
          }
        });
        // An entry taken (deleted) here is not handed back.
        for (const i of kept.keys()) {
          expect(single[i]).toBe(ScanCode.Look);
          kept.delete(i);
          taken.add(i);
        }
      })
      .finally(() => prefilter.close());
    expect(lastClassify.threads).toBe(2);
    expect(calls).toBeGreaterThan(0);
    expect(seen.filter((c) => c !== undefined).length).toBeGreaterThan(0);
    expect(taken.size).toBeGreaterThan(0);
    for (const i of taken) expect(both.kept.has(i)).toBe(false);
    expect([...both.codes]).toEqual([...single]);
  });

  it('reports exactly the same findings, in the same order, as one thread', async () => {
    workerSettings.minFiles = Number.MAX_SAFE_INTEGER;
    const one = await run();
    expect(lastClassify.threads).toBe(1);
    workerSettings.minFiles = 1;
    workerSettings.url = new URL('./scan-worker-tsx.mjs', import.meta.url);
    const two = await run();
    expect(lastClassify.threads).toBe(2);
    expect(two.report).toEqual(one.report);
    expect(one.report.findings.length).toBeGreaterThan(30);
    // The large file, read again on this thread (into the SIMD pass's memory), still has its finding.
    expect(one.report.findings.filter((f) => f.file === 'src/large.js').map((f) => [f.ruleId, f.line, f.column])).toEqual([['hardcoded-token', 15_001, 12]]);
    expect(one.report.skipped).toEqual({ binary: 1, unreadable: 0, symlinks: 1 });
  });

  it('on a large checkout the worker starts before the scan, and the scan uses it; not on a small one', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'gg-prestart-'));
    try {
      execFileSync('cp', ['-R', `${dir}/.`, repo]);
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'x');
      const scan = () => check({ cwd: repo, paths: ['.'], today: '2026-11-27', env: {}, live: false });
      workerSettings.minFiles = Number.MAX_SAFE_INTEGER;
      const one = await scan();
      // The index (some 70 files) is "large" for minFiles 1: a worker starts now, from a script that
      // works; the scan then finds only a broken one to start, so two threads mean it used the first.
      workerSettings.minFiles = 1;
      workerSettings.url = new URL('./scan-worker-tsx.mjs', import.meta.url);
      prestartScanWorkers(repo);
      workerSettings.url = new URL('./no-such-worker.mjs', import.meta.url);
      const early = await scan();
      expect(lastClassify.threads).toBe(2);
      expect(early.report).toEqual(one.report);
      // A scan of named paths: nothing starts ahead; the broken script fails.
      workerSettings.url = new URL('./scan-worker-tsx.mjs', import.meta.url);
      prestartScanWorkers(repo, ['src']);
      workerSettings.url = new URL('./no-such-worker.mjs', import.meta.url);
      const named = await scan();
      expect(lastClassify.threads).toBe(1);
      expect(named.report).toEqual(one.report);
      // Small for minFiles 100,000 (an index of 10 MB): nothing starts ahead; the broken script fails.
      workerSettings.minFiles = 100_000;
      workerSettings.url = new URL('./scan-worker-tsx.mjs', import.meta.url);
      prestartScanWorkers(repo);
      workerSettings.minFiles = 1;
      workerSettings.url = new URL('./no-such-worker.mjs', import.meta.url);
      const late = await scan();
      expect(lastClassify.threads).toBe(1);
      expect(late.report).toEqual(one.report);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('does not wait for a worker that has not entered the job when this thread has classified every file', async () => {
    const abs = files.map((f) => path.join(dir, f));
    const needles = [[{ text: E }], [{ text: 'META_ADMIN_TOKEN' }]];
    const single = classifyForScan({ files: abs, indices: abs.map((_, i) => i), needles });
    // A worker that starts but never takes its job: waiting for its answer would never end.
    workerSettings.minFiles = 1;
    workerSettings.url = new URL('./idle-worker.mjs', import.meta.url);
    workerSettings.waitForWorkers = false;
    const prefilter = startPrefilter(needles);
    try {
      const alone = await prefilter.classify(abs);
      expect(lastClassify.threads).toBe(1);
      expect([...alone.codes]).toEqual([...single]);
    } finally {
      prefilter.close();
      workerSettings.waitForWorkers = true;
    }
  });

  it('falls back to one thread when the worker cannot start', async () => {
    workerSettings.minFiles = Number.MAX_SAFE_INTEGER;
    const one = await run();
    workerSettings.minFiles = 1;
    workerSettings.url = new URL('./no-such-worker.mjs', import.meta.url);
    const broken = await run();
    expect(lastClassify.threads).toBe(1);
    expect(broken.report).toEqual(one.report);
  });
});

describe('a git checkout listed without lstat', () => {
  it('leaves out deleted tracked files and submodules, and counts tracked symlinks, as before', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'gg-git-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' })
          .toString()
          .trim();
      writeFileSync(path.join(repo, 'graphguard.yml'), `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    useCases: [page_content]\n    token: { secret: META_SHOP_PROD_TOKEN }\n`);
      writeFileSync(path.join(repo, 'a.js'), `const t = "${fakeSecret(`${E}G`, 100, 42)}";\n`);
      writeFileSync(path.join(repo, 'gone.js'), 'x\n');
      writeFileSync(path.join(repo, 'b.bin'), Buffer.from([0, 1]));
      symlinkSync('a.js', path.join(repo, 'link.js'));
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'x');
      const head = git('rev-parse', 'HEAD');
      git('update-index', '--add', '--cacheinfo', `160000,${head},sub`);
      mkdirSync(path.join(repo, 'sub'));
      rmSync(path.join(repo, 'gone.js'));
      for (const minFiles of [Number.MAX_SAFE_INTEGER, 1]) {
        workerSettings.minFiles = minFiles;
        workerSettings.url = new URL('./scan-worker-tsx.mjs', import.meta.url);
        const { report } = await check({ cwd: repo, paths: ['.'], today: '2026-11-27', env: {}, live: false });
        expect(lastClassify.threads).toBe(minFiles === 1 ? 2 : 1);
        expect(report.skipped).toEqual({ binary: 1, unreadable: 0, symlinks: 1 });
        expect(report.summary.filesScanned).toBe(2);
        expect(report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => f.file)).toEqual(['a.js']);
      }
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('packFiles', () => {
  it('gives a worker every name back, UTF-8 names as strings and byte names as bytes, in shared memory', () => {
    const raw = Buffer.from([0x2f, 0x74, 0x6d, 0x70, 0x2f, 0xff, 0xfe]);
    const files = ['a.js', 'dir/é.ts', raw, '', 'z'.repeat(300)];
    const packed = packFiles(files);
    expect(packed.data.buffer).toBeInstanceOf(SharedArrayBuffer);
    const seen: (string | Uint8Array)[] = [];
    const job: SharedJob = { files: packed, codes: new Uint8Array(new SharedArrayBuffer(files.length)), next: new Int32Array(new SharedArrayBuffer(4)) };
    classifyShared(job, (f, i) => {
      seen[i] = f;
      return ScanCode.Clean;
    });
    expect(seen.slice(0, 2)).toEqual(['a.js', 'dir/é.ts']);
    expect(Buffer.isBuffer(seen[2])).toBe(true);
    expect(Buffer.compare(seen[2] as Buffer, raw)).toBe(0);
    expect(seen.slice(3)).toEqual(['', 'z'.repeat(300)]);
  });

  it('packs an all-ASCII list in one write, and a list of strings with other characters name by name, to the same names', () => {
    for (const files of [['a.js', '', 'src/deep/b.ts', 'z'.repeat(300)], ['a.js', 'dir/é.ts', '日本.md', 'emoji-😀.txt']]) {
      const packed = packFiles(files);
      expect(packed.data.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(packed.data.length).toBe(files.reduce((n, f) => n + Buffer.byteLength(f), 0));
      const seen: (string | Uint8Array)[] = [];
      const job: SharedJob = { files: packed, codes: new Uint8Array(new SharedArrayBuffer(files.length)), next: new Int32Array(new SharedArrayBuffer(4)) };
      classifyShared(job, (f, i) => {
        seen[i] = f;
        return ScanCode.Clean;
      });
      expect(seen).toEqual(files);
    }
  });
});

describe('the bytes the first pass reports for the progress line', () => {
  it('counts small files whole: 2,000 files of 100 bytes are 200 KB, not 0', async () => {
    const small = mkdtempSync(path.join(tmpdir(), 'gg-progress-bytes-'));
    const names: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const name = `f${i}.js`;
      writeFileSync(path.join(small, name), `${'x'.repeat(99)}\n`);
      names.push(name);
    }
    const p = startPrefilter([[{ text: 'never-in-these-files' }]]);
    let reported = 0;
    try {
      // One thread (no worker script from the sources): reports every 64 files.
      await p.classify(names, `${small}/`, (_files, bytes) => (reported = Math.max(reported, bytes)));
    } finally {
      p.close();
    }
    // 1,984 files at the last report, less under a KiB not yet added.
    expect(reported).toBeGreaterThan(1984 * 100 - 1024 - 1024);
    expect(reported).toBeLessThanOrEqual(2000 * 100);
    rmSync(small, { recursive: true, force: true });
  });
});
