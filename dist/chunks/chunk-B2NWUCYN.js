import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  positionAt
} from "./chunk-TT6LOAYV.js";

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
  /**
   * With `alloc`, each file is read into the buffer `alloc(size)` returns (the SIMD prefilter's memory,
   * so that its bytes are not copied again); otherwise into one buffer this reader reuses.
   */
  constructor(opts = {}, alloc) {
    this.opts = opts;
    this.alloc = alloc;
  }
  opts;
  alloc;
  buf = Buffer.allocUnsafe(64 * 1024);
  /**
   * One lstat (where O_NOFOLLOW is missing), open, read and close; a second read, which returns
   * nothing, says the file ended. No fstat: a read tells a regular file's size as well, and skipping
   * it saves a system call and a Stats object per file (some 25 ms over the bench tree's 16,000
   * files). Only an empty read, a full buffer or an error asks fstat what the path is: a directory (a
   * submodule), a FIFO or a device is 'unreadable' with `notRegular`, as before. 'stream': a file of
   * `chunkBytes` or more, or an odd case (EACCES, a file that grew) for `loadSource`/`readSource`.
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
      const want = chunkBytes;
      if (!this.alloc && this.buf.length < want) this.buf = Buffer.allocUnsafe(want);
      const buf = this.alloc ? this.alloc(want) : this.buf;
      const head = Math.min(want, HEAD_BYTES);
      let n = 0;
      try {
        for (; ; ) {
          const bytesRead = readSync(fd, buf, n, (n < head ? head : want) - n, n);
          if (bytesRead === 0) break;
          n += bytesRead;
          if (n === head && head < want && buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: "binary" };
          if (n === want) return regular(fd) ? "stream" : NOT_REGULAR;
        }
      } catch {
        return regular(fd) ? "stream" : NOT_REGULAR;
      }
      if (n === 0 && !regular(fd)) return NOT_REGULAR;
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
var NOT_REGULAR = Object.freeze({ kind: "unreadable", notRegular: true });
var HEAD_BYTES = 64 * 1024;
function regular(fd) {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
var decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
function decodeSource(bytes) {
  const text = decoder.decode(bytes);
  return { text, startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: text.length, last: true };
}
function ownsMatch(chunk, start) {
  return start >= chunk.reportFrom && start < chunk.reportTo;
}

export {
  DEFAULT_CHUNK_BYTES,
  BINARY_SNIFF_BYTES,
  readSource,
  loadSource,
  ByteReader,
  decodeSource,
  ownsMatch
};
