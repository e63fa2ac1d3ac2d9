/**
 * The scan's first pass over the bytes, on every core: each file is read once and tested against the
 * prefilter's needles (prefilter.ts), and gets a code. The main thread and worker threads
 * (dist/chunks/scan-worker.cjs, one per further core) claim files one at a time from a shared counter.
 * The bytes of the few small files some needle matched are kept (within a budget) and handed to the
 * rules, which run on the main thread, in file order, so findings and their order do not depend on the
 * threads. A larger file that matched is read again there instead (see KEEP_FILE_BYTES). With the scan
 * cache (scan-cache.ts), a file whose status is the one cached with its verdict is lstat'ed, not read.
 */
import { existsSync, fstatSync, lstatSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { osModule, workerThreads } from '../builtins.js';
import { ALWAYS, compileNeedles, type ByteTest, type Needle } from './prefilter.js';
import { simdData, simdDataIfLive, simdModule } from './simd.js';
import { ByteReader } from './read.js';
import { cachedVerdict, noteStatus, type CacheArrays } from './cache-status.js';

/** What the first pass says about a file (one byte per file). */
export const ScanCode = {
  /** Not classified (yet). */
  Pending: 0,
  /** Text that no needle matches: scanned, nothing to do. */
  Clean: 1,
  /** Text that some needle matches, a large file to stream, or an odd case: the main thread looks. */
  Look: 2,
  Binary: 3,
  Symlink: 4,
  /** Unreadable. */
  Unreadable: 5,
  /** Missing, or not a regular file (a directory, a FIFO): what a listing without lstat may hold. */
  Gone: 6,
  /** Binary, and its head holds a Meta token's shape (read.ts tokenShaped): named whatever its name. Not cached. */
  BinaryToken: 7,
} as const;

export interface PrefilterJob {
  /** Paths: relative to `base` (strings), or absolute (the bytes of a name that is not UTF-8). */
  files: (string | Uint8Array)[];
  /** The directory relative paths start from, `/`-terminated ('' when the paths are absolute). */
  base?: string;
  /** Indices into `files` to classify. */
  indices: number[];
  /** Needles of each code rule (undefined: the rule sees every file) and of the suppression parser. */
  needles: (Needle[] | undefined)[];
}

/** Classifies `job.indices` of `job.files`: one code per file (Pending for the others). */
export function classifyForScan(job: PrefilterJob, kept?: Kept): Uint8Array {
  const codes = new Uint8Array(job.files.length);
  const c = classifier(job.needles, kept, job.base);
  for (const i of job.indices) codes[i] = c(job.files[i]!, i);
  return codes;
}

/**
 * Text files up to this size are read whole and tested against the needles, in the first pass (so a
 * large file that holds none, a 9 MB bundle, costs the main thread nothing after it); larger ones are
 * streamed to every rule that may report in them.
 */
export const LARGE_TEST_BYTES = 16 * 1024 * 1024;

/** Scans of fewer files make the SIMD instance only when a file needs it (see `classifier`). */
export const SIMD_EARLY_FILES = 64;

/** Bytes kept per thread for the files the rules will look at (past this, they are read again). */
export const KEEP_BUDGET_BYTES = 64 * 1024 * 1024;
/**
 * Files larger than this are not kept but read again by the main thread. A copy this large gets memory
 * of its own from the system (glibc's mmap threshold), and each of its pages costs a fault when first
 * written: copying a 3 MB file measured 9 ms on a 2-core VM, against 0.3 ms to read it again from the
 * page cache into the memory the main thread reads every file into. On the bench's copy of this
 * project's packages, 16 MB of such copies cost the main thread 110 ms.
 */
export const KEEP_FILE_BYTES = 128 * 1024;

/** The bytes of the small files a thread classified `Look`, by file index, within `KEEP_BUDGET_BYTES`. */
export class Kept {
  readonly byIndex = new Map<number, Uint8Array>();
  private bytes = 0;
  constructor(
    private readonly budget = KEEP_BUDGET_BYTES,
    private readonly fileBytes = KEEP_FILE_BYTES,
  ) {}
  keep(index: number, bytes: Uint8Array): void {
    if (bytes.length > this.fileBytes || this.bytes + bytes.length > this.budget) return;
    this.bytes += bytes.length;
    this.byIndex.set(index, Uint8Array.prototype.slice.call(bytes));
  }
}

/** A function that reads one file and returns its code (keeping the bytes of a `Look` text file in `kept`). */
export function classifier(
  needles: (Needle[] | undefined)[],
  kept?: Kept,
  base = '',
  /** [KiB of text read] (shared between the threads when they are several). */
  counter?: Int32Array,
  /** The scan cache (scan-cache.ts): verdicts of unchanged files, and the statuses of files read. */
  cache?: CacheArrays,
  /** Each file's size as git's index recorded it, -1 where unknown (`indexSizes`): a read's end. */
  sizes?: Int32Array,
  /** The SIMD instance is made with the reader (false: a scan of fewer than SIMD_EARLY_FILES files). */
  simdEarly = true,
): (file: string | Uint8Array, index: number) => number {
  // One test for the union of every list (one pass over the bytes: see anyTest in prefilter.ts); a
  // list that is undefined (a rule without needles) makes every file a Look.
  // Compiled for the first file (a scan of no files compiles nothing: a large manifest's secret names
  // are thousands of needles).
  let test: ByteTest | undefined;
  const union = (b: Buffer) =>
    (test ??= needles.some((n) => n === undefined) ? ALWAYS : compileNeedles(needles.flatMap((n) => n!), { simd: true }))(b);
  // Files are read straight into the SIMD pass's memory, where it runs; whole up to LARGE_TEST_BYTES.
  // Made for the first file read (a scan the cache answers whole reads none).
  let reader: ByteReader | undefined;
  // (The SIMD instance is made with it, not when a file first pays for it, as the rules' pass reader's
  // is: reading the first files elsewhere cost a cold scan of the bench tree 5-10 ms, measured. But not
  // for a scan of fewer than SIMD_EARLY_FILES files, which may need none (an empty check spent a third
  // of its first pass making it, profiled): there, files are read into the reader's own buffer until
  // the pass makes the instance for a file long enough to be worth it, and into its memory after.)
  const newReader = () =>
    new ByteReader({ chunkBytes: LARGE_TEST_BYTES }, simdEarly ? (simdData(0) ? (size) => simdData(size)! : undefined) : simdDataIfLive);
  /** Bytes read not yet added to `counter` (under a KiB). */
  let unreported = 0;
  // With a cache, each file read is fstat'ed before its bytes: the status its verdict will be kept with
  // (the status of the very file read: not its index entry's, which may describe another file).
  let at = 0;
  const onOpen = cache
    ? (fd: number): number => {
        try {
          const st = fstatSync(fd);
          if (!st.isFile()) return -1;
          noteStatus(cache, at, st);
          return st.size;
        } catch {
          return -1;
        }
      }
    : undefined;
  const known = cache?.known;
  // Paths relative to the working directory when it is the base: the kernel then walks fewer folders
  // per open, and no string is built (some 13 ms over the bench tree's 16,000 files).
  const relative = base !== '' && base === cwdBase();
  return (file, index) => {
    // A file whose status is the one cached with its verdict is not read (scan-cache.ts): git vouched
    // for its status (known), or an lstat shows it.
    if (known && known[index] !== 0) return known[index]!;
    // The absolute path is built here, for the moment of the read: a million of them are never held.
    // (A name that is absolute, which no listing gives, stays under the base as before: never a way out.)
    const abs = typeof file === 'string' ? (relative && !path.isAbsolute(file) ? file : base + file) : (file as Buffer);
    if (cache?.table && !cache.lookedUp) {
      const cached = cacheHit(cache, abs, index);
      if (cached !== 0) return cached;
    }
    at = index;
    const r = (reader ??= newReader()).read(abs, onOpen, sizes ? sizes[index]! : -1);
    if (r === 'stream') return ScanCode.Look;
    if (r.kind === 'text') {
      const bytes = r.bytes!;
      if (counter) {
        // KiB to the shared counter as they fill up: a million 20-byte files are 20 MB, not 0.
        unreported += bytes.length;
        if (unreported >= 1024) {
          Atomics.add(counter, 0, unreported >> 10);
          unreported &= 1023;
        }
      }
      if (union(bytes)) {
        kept?.keep(index, bytes);
        return ScanCode.Look;
      }
      return ScanCode.Clean;
    }
    if (r.kind === 'binary') return r.token ? ScanCode.BinaryToken : ScanCode.Binary;
    if (r.kind === 'symlink') return ScanCode.Symlink;
    if (r.kind === 'missing' || r.notRegular) return ScanCode.Gone;
    return ScanCode.Unreadable;
  };
}

const NO_THROW = { throwIfNoEntry: false } as const;

/** The working directory, `/`-terminated, or undefined (removed, or unreadable). */
function cwdBase(): string | undefined {
  try {
    return process.cwd() + path.sep;
  } catch {
    return undefined;
  }
}

/**
 * The cached verdict of the file `index` if its status (lstat: a symlink now is no hit) is the one
 * cached with it, noting that status for the next cache; else 0.
 */
function cacheHit(cache: CacheArrays, abs: string | Buffer, index: number): number {
  let st: Stats | undefined;
  try {
    st = lstatSync(abs, NO_THROW);
  } catch {
    return 0;
  }
  if (!st?.isFile()) return 0;
  const verdict = cachedVerdict(cache, st);
  if (verdict !== 0) {
    noteStatus(cache, index, st);
    Atomics.add(cache.hits, 0, 1);
  }
  return verdict;
}

/**
 * Files a thread claims at a time from the shared counter. One: sizes are not known before the read,
 * and a batch of large files (a folder of minified bundles listed together) would leave one thread
 * working while the others wait; a claim (one atomic add) costs nanoseconds against a file's read.
 */
const BATCH = 1;
/** Claims between progress reports. */
const PROGRESS_EVERY = 64;

/** What the main thread sends the worker: the files, and the shared codes and counter. */
export interface SharedJob {
  /** The files: a list, or (to a worker) packed into shared memory so that a million names are not copied. */
  files: (string | Uint8Array)[] | PackedFiles;
  /** As in `PrefilterJob`. */
  base?: string;
  /** [KiB of text read so far] (SharedArrayBuffer), for the progress line. */
  read?: Int32Array;
  /** One code per file (SharedArrayBuffer). */
  codes: Uint8Array;
  /** [next unclaimed index] (SharedArrayBuffer). */
  next: Int32Array;
  /** Each file's size as git's index recorded it, -1 where unknown (SharedArrayBuffer; see `classifier`). */
  sizes?: Int32Array;
}

/**
 * Claims batches of files from `job.next` until none is left, writing each file's code into the shared
 * `job.codes`: both threads run this, so neither waits for the other however their shares turn out.
 */
export function classifyShared(job: SharedJob, classify: (absPath: string | Uint8Array, index: number) => number, progress?: () => void, between?: () => void): void {
  const files = job.files;
  const n = Array.isArray(files) ? files.length : files.ends.length;
  const at = Array.isArray(files) ? (i: number) => files[i]! : (i: number) => unpackFile(files, i);
  let claims = 0;
  for (let start = Atomics.add(job.next, 0, BATCH); start < n; start = Atomics.add(job.next, 0, BATCH)) {
    const end = Math.min(n, start + BATCH);
    for (let i = start; i < end; i++) job.codes[i] = classify(at(i), i);
    between?.();
    if (progress && ++claims % PROGRESS_EVERY === 0) progress();
  }
}

/**
 * A file list in shared memory: every name's bytes end to end (`ends[i]` is where name i ends), and
 * whether a name is an absolute path's bytes (a name that is not UTF-8) or a UTF-8 name relative to
 * the job's base. A worker reads names from it one at a time instead of holding a copy of the list.
 */
export interface PackedFiles {
  data: Uint8Array;
  ends: Int32Array;
  absolute: Uint8Array;
}

/** Lists of up to this many names are packed with one join (`packFiles`). */
const JOIN_MAX = 100_000;

export function packFiles(files: readonly (string | Uint8Array)[]): PackedFiles {
  // The usual list: every name a string, and all of them ASCII. One join and one write, and the ends
  // from the names' lengths (a byte per character): per-name writes cost 20 ms for 16,000 names. Not
  // for a list past JOIN_MAX names, whose joined copy would add to the peak (30 MB for a million).
  if (files.length <= JOIN_MAX && files.every((f) => typeof f === 'string')) {
    const joined = (files as string[]).join('');
    if (Buffer.byteLength(joined, 'utf8') === joined.length) {
      const data = Buffer.from(new SharedArrayBuffer(joined.length));
      data.write(joined, 0, 'latin1');
      const ends = new Int32Array(new SharedArrayBuffer(4 * files.length));
      let at = 0;
      for (let i = 0; i < files.length; i++) ends[i] = at += (files[i] as string).length;
      return { data, ends, absolute: new Uint8Array(new SharedArrayBuffer(files.length)) };
    }
  }
  let total = 0;
  for (const f of files) total += typeof f === 'string' ? Buffer.byteLength(f, 'utf8') : f.length;
  const data = Buffer.from(new SharedArrayBuffer(total));
  const ends = new Int32Array(new SharedArrayBuffer(4 * files.length));
  const absolute = new Uint8Array(new SharedArrayBuffer(files.length));
  let at = 0;
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    if (typeof f === 'string') at += data.write(f, at, 'utf8');
    else {
      data.set(f, at);
      at += f.length;
      absolute[i] = 1;
    }
    ends[i] = at;
  }
  return { data, ends, absolute };
}

function unpackFile(p: PackedFiles, i: number): string | Uint8Array {
  const start = i === 0 ? 0 : p.ends[i - 1]!;
  const bytes = Buffer.from(p.data.buffer, p.data.byteOffset + start, p.ends[i]! - start);
  return p.absolute[i] === 1 ? bytes : bytes.toString('utf8');
}

/** What a worker posts when it has no batch left: the bytes it kept, by file index. */
export interface WorkerDone {
  done: true;
  kept: [number, Uint8Array][];
}

/**
 * Fewer files than this: one thread. A Node worker's own start costs 50-100 ms of CPU on a core the main
 * thread also needs, and this thread reads files all that time: measured on two cores with no cache,
 * a 2,951-file checkout (73 MB of text) took as long with a worker on a quiet machine (357 against 361 ms)
 * for 15% more CPU, and 618 against 356 ms on a busy one; 5,901 files (146 MB) broke even; a worker took
 * 50 ms off 16,000 files (211 MB).
 */
export const WORKER_MIN_FILES = 6000;

/** When workers help: tests change these to exercise the workers on small trees. */
export const workerSettings = {
  /** Fewer files than this: one thread (WORKER_MIN_FILES). */
  minFiles: WORKER_MIN_FILES,
  /** Worker threads at most (default: one per core beyond the first, at most 7). */
  maxWorkers: undefined as number | undefined,
  /** The worker script; default: scan-worker.cjs next to this module, in the bundle (dist/chunks/). */
  url: undefined as URL | undefined,
  execArgv: undefined as string[] | undefined,
  /** Wait for every worker to enter the job, even when this thread has classified every file (tests). */
  waitForWorkers: false,
};

/**
 * Whether the first pass over these files starts worker threads (when it can): enough of them are left
 * once the cache answered (files the cache answered before the pass cost nothing).
 */
export function sharedPass(count: number, cache?: CacheArrays): boolean {
  return count - (cache?.answered ?? 0) >= workerSettings.minFiles;
}

/** How the last first pass ran: the threads that finished their share (this one included). */
export const lastClassify = { threads: 0 };

function workerUrl(): URL | undefined {
  if (workerSettings.url) return workerSettings.url;
  // In the CLI bundle this code sits in dist/chunks/main.cjs, next to the worker. From the sources (tsx,
  // vitest), in the library and in the action's single-file bundle (dist/index.js) there is no worker
  // script: one thread.
  const u = new URL('./scan-worker.cjs', import.meta.url);
  return u.protocol === 'file:' && existsSync(fileURLToPath(u)) ? u : undefined;
}

/** What the first pass found: a code per file, and the bytes of `Look` files it kept (by file index). */
export interface Classified {
  codes: Uint8Array;
  kept: Map<number, Uint8Array>;
}

/**
 * Called on this thread after each of its files while worker threads share the pass, with the codes
 * so far (Pending: not known yet) and the bytes kept of this thread's `Look` files (an entry the callee
 * deletes is not returned): the rules' pass can start on the files known, instead of waiting.
 */
export type Between = (codes: Uint8Array, kept: Map<number, Uint8Array>) => void;

/** The first pass over the bytes: `classify` once, then `close`. */
export interface Prefilter {
  /**
   * Classifies every file, on this thread and (large scans) worker threads at the same time.
   * `progress(files, bytes)` is called on this thread now and then with the files claimed so far.
   */
  classify(
    files: (string | Uint8Array)[],
    base?: string,
    progress?: (files: number, bytes: number) => void,
    cache?: CacheArrays,
    between?: Between,
    /** Each file's size as git's index recorded it (`indexSizes` in git-index.ts), -1 where unknown. */
    sizes?: Int32Array,
  ): Promise<Classified>;
  /** Stops the workers, if any were started (always call it: a live worker keeps the process running). */
  close(): void;
}

/**
 * The first pass with these needles. `classify` starts worker threads (one per further core) only for a
 * scan of `workerSettings.minFiles` files or more, with the bundled worker script; the threads share
 * the files by batches, so this thread simply does more of them while the workers start. Without a
 * worker, or if one fails, this thread classifies what is left.
 */
export function startPrefilter(needles: (Needle[] | undefined)[]): Prefilter {
  const workers: StartedWorker[] = [];
  const spawn = (): void => {
    // Workers started ahead (prestartScanWorkers) first, else new ones.
    workers.push(...spare.splice(0));
    for (const { w } of workers) w.ref();
    if (workers.length === 0) workers.push(...startWorkers());
  };
  return {
    async classify(files, base = '', progress, cache, between, sizes) {
      lastClassify.threads = 1;
      const kept = new Kept();
      const read = new Int32Array(new SharedArrayBuffer(4));
      const all = () => {
        const codes = new Uint8Array(files.length);
        const c = classifier(needles, kept, base, read, cache, sizes, files.length >= SIMD_EARLY_FILES);
        for (let i = 0; i < files.length; i++) {
          codes[i] = c(files[i]!, i);
          if (progress && (i & 63) === 63) progress(i + 1, read[0]! * 1024);
        }
        return { codes, kept: kept.byIndex };
      };
      // Files the cache answered before the pass cost nothing: workers only for enough of the others.
      if (!sharedPass(files.length, cache)) return all();
      if (workers.length === 0) spawn();
      if (workers.length === 0) return all();
      const job: SharedJob = {
        files,
        base,
        read,
        codes: new Uint8Array(new SharedArrayBuffer(files.length)),
        next: new Int32Array(new SharedArrayBuffer(4)),
        ...(sizes ? { sizes } : {}),
      };
      // The workers get the list packed into shared memory (no copy of a million strings each). If
      // that memory cannot be had, this thread classifies alone (the workers get no job and stop).
      let packed: SharedJob | undefined;
      try {
        packed = { ...job, files: packFiles(files) };
      } catch {
        for (const { w } of workers) void w.terminate();
        workers.length = 0;
        return all();
      }
      // A worker enters the job by setting its slot of `gate` from 0 to 1; this thread, done with its own
      // share, closes the slots still 0 (to 2) and waits only for the workers that entered. A worker still
      // starting when every file is claimed (a small or cached scan) is not waited for.
      const gate = new Int32Array(new SharedArrayBuffer(4 * workers.length));
      // The compiled WebAssembly module goes along: a worker then neither assembles nor compiles it.
      const wasm = simdModule();
      for (const [slot, { w }] of workers.entries())
        w.postMessage({ ...packed, needles, gate, slot, ...(cache ? { cache } : {}), ...(wasm ? { wasm } : {}) } satisfies WorkerJob);
      classifyShared(
        job,
        classifier(needles, kept, base, read, cache, sizes),
        progress ? () => progress(Math.min(files.length, Atomics.load(job.next, 0)), Atomics.load(read, 0) * 1024) : undefined,
        between ? () => between(job.codes, kept.byIndex) : undefined,
      );
      for (const [slot, { done }] of workers.entries()) {
        if (!workerSettings.waitForWorkers && Atomics.compareExchange(gate, slot, 0, 2) === 0) continue;
        const d = await done;
        if (!d) continue;
        lastClassify.threads++;
        for (const [i, b] of d.kept) kept.byIndex.set(i, b);
      }
      // A worker that failed may have left files of its batch unclassified: the main thread looks at them.
      const codes = new Uint8Array(job.codes);
      for (let i = 0; i < codes.length; i++) if (codes[i] === ScanCode.Pending) codes[i] = ScanCode.Look;
      return { codes, kept: kept.byIndex };
    },
    close() {
      for (const { w } of workers) void w.terminate();
      workers.length = 0;
    },
  };
}

/** What a worker is sent: the shared job and the needles. */
export interface WorkerJob extends SharedJob {
  needles: (Needle[] | undefined)[];
  /** Per worker: 0 until the worker enters (1) or the main thread, done, closes it (2). */
  gate: Int32Array;
  /** This worker's slot in `gate`. */
  slot: number;
  cache?: CacheArrays;
  /** The main thread's compiled WebAssembly module (simd.ts), where SIMD runs. */
  wasm?: object;
}

interface StartedWorker {
  w: Worker;
  done: Promise<WorkerDone | undefined>;
}

/** Workers started ahead of a scan and not yet claimed (unref'd: they never keep the process alive). */
const spare: StartedWorker[] = [];

/** One worker per further core (at most `workerSettings.maxWorkers`); none without the worker script. */
function startWorkers(): StartedWorker[] {
  const url = workerUrl();
  if (!url) return [];
  const out: StartedWorker[] = [];
  const count = Math.max(0, Math.min(workerSettings.maxWorkers ?? 7, osModule().availableParallelism() - 1));
  for (let k = 0; k < count; k++) {
    try {
      const w = new (workerThreads().Worker)(url, workerSettings.execArgv ? { execArgv: workerSettings.execArgv } : {});
      const done = new Promise<WorkerDone | undefined>((resolve) => {
        w.once('message', (m: WorkerDone) => resolve(m));
        w.once('error', () => resolve(undefined));
        w.once('exit', () => resolve(undefined));
      });
      out.push({ w, done });
    } catch {
      break;
    }
  }
  return out;
}

/**
 * Starts the scan's worker threads now, for a scan of the whole checkout (`paths` is `.`) when `cwd` is
 * in a git checkout whose index is large enough for the scan to use them (about
 * `workerSettings.minFiles` files or more): their start (tens of milliseconds of Node's own loading)
 * then overlaps the manifest's load and the listing instead of the scan. A guess from one stat; a
 * wrong guess costs a thread that is never claimed (unref'd), and its start, which competes with the
 * check's own on a 2-core machine (some 60 ms for `check some/folder` in a large checkout): a scan of
 * named paths starts its workers once the listing shows enough files.
 */
export function prestartScanWorkers(cwd: string, paths: readonly string[] = ['.']): void {
  if (spare.length > 0 || paths.length !== 1 || paths[0] !== '.' || !largeCheckout(cwd)) return;
  for (const s of startWorkers()) {
    s.w.unref();
    spare.push(s);
  }
}

/** An index entry is about 100 bytes: the index of a checkout of `minFiles` files or more. */
function largeCheckout(cwd: string): boolean {
  let dir = path.resolve(cwd);
  for (let up = 0; up < 64; up++) {
    try {
      const st = statSync(path.join(dir, '.git', 'index'), { throwIfNoEntry: false });
      if (st) return st.size >= workerSettings.minFiles * 100;
    } catch {
      return false;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
  return false;
}
