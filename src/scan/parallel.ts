/**
 * The scan's first pass over the bytes, on two threads: each file is read and tested against the
 * prefilter's needles (prefilter.ts), and gets a code. The main thread and a worker thread
 * (dist/chunks/scan-worker.js) claim batches of files from a shared counter; the rules then run on the
 * main thread, in file order, on the few files some needle matched, so findings and their order do
 * not depend on the threads.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compileNeedles, type Needle } from './prefilter.js';
import { ByteReader } from './read.js';

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
} as const;

export interface PrefilterJob {
  /** Absolute paths. */
  files: (string | Buffer)[];
  /** Indices into `files` to classify. */
  indices: number[];
  /** Needles of each code rule (undefined: the rule sees every file) and of the suppression parser. */
  needles: (Needle[] | undefined)[];
}

/** Classifies `job.indices` of `job.files`: one code per file (Pending for the others). */
export function classifyForScan(job: PrefilterJob): Uint8Array {
  const codes = new Uint8Array(job.files.length);
  const c = classifier(job.needles);
  for (const i of job.indices) codes[i] = c(job.files[i]!);
  return codes;
}

/** A function that reads one file and returns its code. */
export function classifier(needles: (Needle[] | undefined)[]): (absPath: string | Buffer) => number {
  const tests = needles.map(compileNeedles);
  const reader = new ByteReader();
  return (absPath) => {
    const r = reader.read(absPath);
    if (r === 'stream') return ScanCode.Look;
    if (r.kind === 'text') return tests.some((t) => t(r.bytes!)) ? ScanCode.Look : ScanCode.Clean;
    if (r.kind === 'binary') return ScanCode.Binary;
    if (r.kind === 'symlink') return ScanCode.Symlink;
    if (r.kind === 'missing' || r.notRegular) return ScanCode.Gone;
    return ScanCode.Unreadable;
  };
}

/** Files a thread claims at a time from the shared counter. */
const BATCH = 64;

/** What the main thread sends the worker: the files, and the shared codes and counter. */
export interface SharedJob {
  files: (string | Buffer)[];
  /** One code per file (SharedArrayBuffer). */
  codes: Uint8Array;
  /** [next unclaimed index] (SharedArrayBuffer). */
  next: Int32Array;
}

/**
 * Claims batches of files from `job.next` until none is left, writing each file's code into the shared
 * `job.codes`: both threads run this, so neither waits for the other however their shares turn out.
 */
export function classifyShared(job: SharedJob, classify: (absPath: string | Buffer) => number): void {
  const n = job.files.length;
  for (let start = Atomics.add(job.next, 0, BATCH); start < n; start = Atomics.add(job.next, 0, BATCH)) {
    const end = Math.min(n, start + BATCH);
    for (let i = start; i < end; i++) job.codes[i] = classify(job.files[i]!);
  }
}

/** When a worker helps: tests change these to exercise the worker on small trees. */
export const workerSettings = {
  /** Fewer files than this: one thread (starting a worker costs tens of milliseconds). */
  minFiles: 2000,
  /** The worker script; default: scan-worker.js next to this module, in the bundle (dist/chunks/). */
  url: undefined as URL | undefined,
  execArgv: undefined as string[] | undefined,
};

/** How the last first pass ran: 2 when a worker thread ran alongside this one (and finished), else 1. */
export const lastClassify = { threads: 0 };

function workerUrl(): URL | undefined {
  if (workerSettings.url) return workerSettings.url;
  // In the CLI bundle this code sits in dist/chunks/, next to the worker. From the sources (tsx, vitest)
  // and in the action's single-file bundle (dist/index.js) there is no worker script: one thread.
  const u = new URL('./scan-worker.js', import.meta.url);
  return u.protocol === 'file:' && existsSync(fileURLToPath(u)) ? u : undefined;
}

/** The first pass over the bytes: `classify` once, then `close`. */
export interface Prefilter {
  /** Classifies every file, on this thread and (large scans) a worker thread at the same time. */
  classify(files: (string | Buffer)[]): Promise<Uint8Array>;
  /** Stops the worker, if one was started (always call it: a live worker keeps the process running). */
  close(): void;
}

/**
 * The first pass with these needles. `classify` starts the worker thread only for a scan of
 * `workerSettings.minFiles` files or more, with two or more CPUs and the bundled worker script; the
 * threads share the files by batches, so the main thread simply does more of them while the worker
 * starts. Without a worker, or if it fails, everything runs on this thread.
 */
export function startPrefilter(needles: (Needle[] | undefined)[]): Prefilter {
  let worker: Worker | undefined;
  let failed: Promise<undefined> | undefined;
  const spawn = (): void => {
    const url = availableParallelism() >= 2 ? workerUrl() : undefined;
    if (!url) return;
    try {
      const w = new Worker(url, { workerData: { needles }, ...(workerSettings.execArgv ? { execArgv: workerSettings.execArgv } : {}) });
      failed = new Promise((resolve) => {
        w.once('error', () => resolve(undefined));
        w.once('exit', () => resolve(undefined));
      });
      worker = w;
    } catch {
      worker = undefined;
    }
  };
  return {
    async classify(files) {
      lastClassify.threads = 1;
      if (files.length < workerSettings.minFiles) return classifyForScan({ files, indices: files.map((_, i) => i), needles });
      if (!worker) spawn();
      if (!worker || !failed) return classifyForScan({ files, indices: files.map((_, i) => i), needles });
      const w = worker;
      const job: SharedJob = {
        files,
        codes: new Uint8Array(new SharedArrayBuffer(files.length)),
        next: new Int32Array(new SharedArrayBuffer(4)),
      };
      const done = Promise.race([new Promise<true>((resolve) => w.once('message', () => resolve(true))), failed]);
      w.postMessage(job);
      classifyShared(job, classifier(needles));
      if (await done) lastClassify.threads = 2;
      // A worker that failed may have left files of its batch unclassified: the main thread looks at them.
      const codes = new Uint8Array(job.codes);
      for (let i = 0; i < codes.length; i++) if (codes[i] === ScanCode.Pending) codes[i] = ScanCode.Look;
      return codes;
    },
    close() {
      void worker?.terminate();
      worker = undefined;
    },
  };
}
