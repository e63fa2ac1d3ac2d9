import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  positionAt
} from "./chunk-ULO5U5OZ.js";

// src/scan/prefilter.ts
var ALWAYS = () => true;
var NEVER = () => false;
function compileNeedles(needles) {
  if (needles === void 0) return ALWAYS;
  return compile({ any: [...needles] });
}
function compile(n) {
  if ("any" in n) {
    const tests = n.any.map(compile);
    if (tests.includes(ALWAYS)) return ALWAYS;
    const live = tests.filter((t) => t !== NEVER);
    if (live.length === 0) return NEVER;
    if (live.length === 1) return live[0];
    return (b) => live.some((t) => t(b));
  }
  if ("all" in n) {
    const tests = n.all.map(compile);
    if (tests.includes(NEVER)) return NEVER;
    const live = tests.filter((t) => t !== ALWAYS);
    if (live.length === 0) return ALWAYS;
    if (live.length === 1) return live[0];
    return (b) => live.every((t) => t(b));
  }
  if ("text" in n) return textTest(n.text, n.before, n.after);
  if ("digitsBefore" in n) return digitsBeforeTest(n.digitsBefore, n.separators);
  if ("hexRun" in n) return hexRunTest(n.hexRun);
  return ALWAYS;
}
function isAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
function codeSet(chars) {
  if (chars === void 0) return void 0;
  const set = new Uint8Array(256);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c > 127) return void 0;
    set[c] = 1;
  }
  return set;
}
function textTest(text, before, after) {
  if (text.length === 0) return ALWAYS;
  if (/[\uFFFD\uD800-\uDFFF]/.test(text)) return ALWAYS;
  const needle = Buffer.from(text, "utf8");
  const ascii = isAscii(text);
  const pre = ascii ? codeSet(before) : void 0;
  const post = ascii ? codeSet(after) : void 0;
  if (!pre && !post) return (b) => b.indexOf(needle) !== -1;
  const len = needle.length;
  return (b) => {
    for (let p = b.indexOf(needle); p !== -1; p = b.indexOf(needle, p + 1)) {
      if (pre && (p === 0 || pre[b[p - 1]] !== 1)) continue;
      if (post && (p + len >= b.length || post[b[p + len]] !== 1)) continue;
      return true;
    }
    return false;
  };
}
var DIGIT = new Uint8Array(256);
for (let c = 48; c <= 57; c++) DIGIT[c] = 1;
var HEX = new Uint8Array(256);
for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;
function digitsBeforeTest(min, separators) {
  if (min < 1 || !separators.every((s) => s.length > 0 && isAscii(s))) return ALWAYS;
  const seps = separators.map((s) => Buffer.from(s, "latin1"));
  const first = new Uint8Array(256);
  for (const s of seps) first[s[0]] = 1;
  const firsts = [...new Set(seps.map((s) => s[0]))];
  return (b) => {
    let any = false;
    for (const c of firsts) if (b.indexOf(c) !== -1) any = true;
    return any && digitRunBefore(b, min, first, seps);
  };
}
function digitRunBefore(b, min, first, seps) {
  const n = b.length;
  for (let i = min - 1; i < n; i += min) {
    if (DIGIT[b[i]] !== 1) continue;
    let e = i + 1;
    while (e < n && DIGIT[b[e]] === 1) e++;
    if (e < n && first[b[e]] === 1 && startsWithAny(b, e, seps)) {
      let s = i;
      while (s > 0 && e - s < min && DIGIT[b[s - 1]] === 1) s--;
      if (e - s >= min) return true;
    }
    while (i + min < e) i += min;
  }
  return false;
}
function hexRunTest(length) {
  if (length < 1) return ALWAYS;
  return (b) => hexRun(b, length);
}
function hexRun(b, length) {
  const n = b.length;
  for (let i = length - 1; i < n; i += length) {
    if (HEX[b[i]] !== 1) continue;
    let e = i + 1;
    while (e < n && e - i <= length && HEX[b[e]] === 1) e++;
    if (e - i <= length) {
      let s = i;
      while (s > 0 && e - s <= length && HEX[b[s - 1]] === 1) s--;
      if (e - s === length) return true;
    } else {
      while (e < n && HEX[b[e]] === 1) e++;
    }
    while (i + length < e) i += length;
  }
  return false;
}
function startsWithAny(b, at, seps) {
  for (const sep of seps) if (startsWith(b, at, sep)) return true;
  return false;
}
function startsWith(b, at, s) {
  if (at + s.length > b.length) return false;
  for (let k = 0; k < s.length; k++) if (b[at + k] !== s[k]) return false;
  return true;
}

// src/scan/read.ts
import { constants } from "node:fs";
import { closeSync, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { lstat, open } from "node:fs/promises";
var DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
var DEFAULT_OVERLAP = 4 * 1024;
var BINARY_SNIFF_BYTES = 8 * 1024;
async function classifyFile(absPath) {
  let st;
  try {
    st = await lstat(absPath);
  } catch (err) {
    return err.code === "ENOENT" ? "missing" : "unreadable";
  }
  if (st.isSymbolicLink()) return "symlink";
  if (!st.isFile()) return "unreadable";
  let fh;
  try {
    fh = await open(absPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const buf = Buffer.alloc(BINARY_SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).includes(0) ? "binary" : "text";
  } catch {
    return "unreadable";
  } finally {
    await fh?.close().catch(() => void 0);
  }
}
async function* readSource(absPath, opts = {}) {
  const overlap = Math.max(0, Math.floor(opts.overlapBytes ?? DEFAULT_OVERLAP));
  const chunkBytes = Math.max(Math.floor(opts.chunkBytes ?? DEFAULT_CHUNK_BYTES), 4 * overlap + 4, 16);
  const fh = await open(absPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const decoder2 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
    const st = await fh.stat();
    const buf = Buffer.allocUnsafe(st.size < chunkBytes ? Math.max(1, st.size + 1) : chunkBytes);
    const blockBytes = buf.length;
    let pos = 0;
    const readBlock = async () => {
      let filled = 0;
      while (filled < blockBytes) {
        const { bytesRead } = await fh.read(buf, filled, blockBytes - filled, pos);
        if (bytesRead === 0) break;
        filled += bytesRead;
        pos += bytesRead;
      }
      return filled;
    };
    let n = await readBlock();
    if (blockBytes < chunkBytes && n === blockBytes) {
      await fh.close().catch(() => void 0);
      yield* readSource(absPath, opts);
      return;
    }
    let text = decoder2.decode(buf.subarray(0, n), { stream: n === chunkBytes });
    if (n < chunkBytes) {
      yield { text, startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: text.length, last: true };
      return;
    }
    let startOffset = 0;
    let startLine = 1;
    let startColumn = 1;
    let reportFrom = 0;
    for (; ; ) {
      n = await readBlock();
      const more = n === chunkBytes;
      const next = decoder2.decode(buf.subarray(0, n), { stream: more }) + (more ? "" : decoder2.decode());
      if (next.length === 0) {
        yield { text, startOffset, startLine, startColumn, reportFrom, reportTo: text.length, last: true };
        return;
      }
      const reportTo = Math.max(reportFrom, text.length - overlap);
      yield { text, startOffset, startLine, startColumn, reportFrom, reportTo, last: false };
      const keepFrom = Math.max(0, reportTo - overlap);
      const pos2 = positionAt(text, keepFrom, { line: startLine, column: startColumn });
      startLine = pos2.line;
      startColumn = pos2.column;
      startOffset += keepFrom;
      reportFrom = reportTo - keepFrom;
      text = text.slice(keepFrom) + next;
      if (!more) {
        yield { text, startOffset, startLine, startColumn, reportFrom, reportTo: text.length, last: true };
        return;
      }
    }
  } finally {
    await fh.close().catch(() => void 0);
  }
}
async function loadSource(absPath, opts = {}) {
  const chunkBytes = Math.floor(opts.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  let st;
  try {
    st = await lstat(absPath);
  } catch (err) {
    return { kind: err.code === "ENOENT" ? "missing" : "unreadable" };
  }
  if (st.isSymbolicLink()) return { kind: "symlink" };
  if (!st.isFile()) return { kind: "unreadable" };
  if (st.size >= chunkBytes) return { kind: await classifyFile(absPath) };
  let fh;
  try {
    fh = await open(absPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const buf = Buffer.allocUnsafe(st.size + 1);
    let n = 0;
    for (; ; ) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n === buf.length) return { kind: await classifyFile(absPath) };
    }
    const bytes = buf.subarray(0, n);
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: "binary" };
    const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
    return { kind: "text", chunk: { text, startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: text.length, last: true } };
  } catch {
    return { kind: "unreadable" };
  } finally {
    await fh?.close().catch(() => void 0);
  }
}
var ByteReader = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  buf = Buffer.allocUnsafe(64 * 1024);
  /**
   * One lstat (where O_NOFOLLOW is missing), open, fstat, read and close. 'stream': a file of
   * `chunkBytes` or more, or an odd case (EACCES, EAGAIN, a file that grew) for `loadSource`/`readSource`.
   * Opened with O_NONBLOCK, so a file swapped for a FIFO after listing cannot block.
   */
  read(absPath) {
    const chunkBytes = Math.floor(this.opts.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    const noFollow = constants.O_NOFOLLOW;
    if (noFollow === void 0) {
      try {
        const st = lstatSync(absPath);
        if (st.isSymbolicLink()) return { kind: "symlink" };
        if (!st.isFile()) return { kind: "unreadable", notRegular: true };
      } catch (err) {
        return { kind: err.code === "ENOENT" ? "missing" : "unreadable" };
      }
    }
    let fd;
    try {
      try {
        fd = openSync(absPath, constants.O_RDONLY | (noFollow ?? 0) | (constants.O_NONBLOCK ?? 0));
      } catch (err) {
        const code = err.code;
        if (code === "ELOOP") return { kind: "symlink" };
        if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
        return "stream";
      }
      const st = fstatSync(fd);
      if (!st.isFile()) return { kind: "unreadable", notRegular: true };
      if (st.size >= chunkBytes) return "stream";
      if (this.buf.length < st.size + 1) this.buf = Buffer.allocUnsafe(Math.min(Math.max(st.size + 1, this.buf.length * 2), chunkBytes + 1));
      const buf = this.buf;
      const want = st.size + 1;
      let n = 0;
      for (; ; ) {
        const bytesRead = readSync(fd, buf, n, want - n, n);
        if (bytesRead === 0) break;
        n += bytesRead;
        if (n === want) return "stream";
      }
      const bytes = buf.subarray(0, n);
      if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: "binary" };
      return { kind: "text", bytes };
    } catch {
      return "stream";
    } finally {
      if (fd !== void 0) {
        try {
          closeSync(fd);
        } catch {
        }
      }
    }
  }
};
var decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
function decodeSource(bytes) {
  const text = decoder.decode(bytes);
  return { text, startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: text.length, last: true };
}
function ownsMatch(chunk, start) {
  return start >= chunk.reportFrom && start < chunk.reportTo;
}

// src/scan/parallel.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var ScanCode = {
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
  Gone: 6
};
var KEEP_BUDGET_BYTES = 64 * 1024 * 1024;
var Kept = class {
  constructor(budget = KEEP_BUDGET_BYTES) {
    this.budget = budget;
  }
  budget;
  byIndex = /* @__PURE__ */ new Map();
  bytes = 0;
  keep(index, bytes) {
    if (this.bytes + bytes.length > this.budget) return;
    this.bytes += bytes.length;
    this.byIndex.set(index, Uint8Array.prototype.slice.call(bytes));
  }
};
function classifier(needles, kept, base = "", counter) {
  const tests = needles.map(compileNeedles);
  const reader = new ByteReader();
  return (file, index) => {
    const r = reader.read(typeof file === "string" ? base + file : file);
    if (r === "stream") return ScanCode.Look;
    if (r.kind === "text") {
      const bytes = r.bytes;
      if (counter) Atomics.add(counter, 0, bytes.length + 512 >> 10);
      for (const t of tests) {
        if (t(bytes)) {
          kept?.keep(index, bytes);
          return ScanCode.Look;
        }
      }
      return ScanCode.Clean;
    }
    if (r.kind === "binary") return ScanCode.Binary;
    if (r.kind === "symlink") return ScanCode.Symlink;
    if (r.kind === "missing" || r.notRegular) return ScanCode.Gone;
    return ScanCode.Unreadable;
  };
}
var BATCH = 64;
function classifyShared(job, classify, progress) {
  const n = job.files.length;
  for (let start = Atomics.add(job.next, 0, BATCH); start < n; start = Atomics.add(job.next, 0, BATCH)) {
    const end = Math.min(n, start + BATCH);
    for (let i = start; i < end; i++) job.codes[i] = classify(job.files[i], i);
    progress?.();
  }
}
var workerSettings = {
  /** Fewer files than this: one thread (starting a worker costs tens of milliseconds). */
  minFiles: 2e3,
  /** Worker threads at most (default: one per core beyond the first, at most 7). */
  maxWorkers: void 0,
  /** The worker script; default: scan-worker.js next to this module, in the bundle (dist/chunks/). */
  url: void 0,
  execArgv: void 0
};
var lastClassify = { threads: 0 };
function workerUrl() {
  if (workerSettings.url) return workerSettings.url;
  const u = new URL("./scan-worker.js", import.meta.url);
  return u.protocol === "file:" && existsSync(fileURLToPath(u)) ? u : void 0;
}
function startPrefilter(needles) {
  const workers = [];
  const spawn = () => {
    const url = workerUrl();
    if (!url) return;
    const count = Math.max(0, Math.min(workerSettings.maxWorkers ?? 7, availableParallelism() - 1));
    for (let k = 0; k < count; k++) {
      try {
        const w = new Worker(url, { workerData: { needles }, ...workerSettings.execArgv ? { execArgv: workerSettings.execArgv } : {} });
        const done = new Promise((resolve) => {
          w.once("message", (m) => resolve(m));
          w.once("error", () => resolve(void 0));
          w.once("exit", () => resolve(void 0));
        });
        workers.push({ w, done });
      } catch {
        break;
      }
    }
  };
  return {
    async classify(files, base = "", progress) {
      lastClassify.threads = 1;
      const kept = new Kept();
      const read = new Int32Array(new SharedArrayBuffer(4));
      const all = () => {
        const codes2 = new Uint8Array(files.length);
        const c = classifier(needles, kept, base, read);
        for (let i = 0; i < files.length; i++) {
          codes2[i] = c(files[i], i);
          if (progress && (i & 63) === 63) progress(i + 1, read[0] * 1024);
        }
        return { codes: codes2, kept: kept.byIndex };
      };
      if (files.length < workerSettings.minFiles) return all();
      if (workers.length === 0) spawn();
      if (workers.length === 0) return all();
      const job = {
        files,
        base,
        read,
        codes: new Uint8Array(new SharedArrayBuffer(files.length)),
        next: new Int32Array(new SharedArrayBuffer(4))
      };
      for (const { w } of workers) w.postMessage(job);
      classifyShared(
        job,
        classifier(needles, kept, base, read),
        progress ? () => progress(Math.min(files.length, Atomics.load(job.next, 0)), Atomics.load(read, 0) * 1024) : void 0
      );
      for (const { done } of workers) {
        const d = await done;
        if (!d) continue;
        lastClassify.threads++;
        for (const [i, b] of d.kept) kept.byIndex.set(i, b);
      }
      const codes = new Uint8Array(job.codes);
      for (let i = 0; i < codes.length; i++) if (codes[i] === ScanCode.Pending) codes[i] = ScanCode.Look;
      return { codes, kept: kept.byIndex };
    },
    close() {
      for (const { w } of workers) void w.terminate();
      workers.length = 0;
    }
  };
}

export {
  compileNeedles,
  DEFAULT_CHUNK_BYTES,
  BINARY_SNIFF_BYTES,
  readSource,
  loadSource,
  ByteReader,
  decodeSource,
  ownsMatch,
  ScanCode,
  Kept,
  classifier,
  classifyShared,
  lastClassify,
  startPrefilter
};
