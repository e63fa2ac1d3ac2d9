import { constants, type Stats } from 'node:fs';
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { fsPromises } from '../builtins.js';
import { positionAt } from '../position.js';

/**
 * A piece of a decoded text file. Offsets, lines and columns count UTF-16 code units of the decoded
 * text (BOM stripped); lines end at `\n`.
 *
 * Chunks overlap: each one but the first starts with `overlap` characters of look-behind, and each one
 * but the last ends with `overlap` characters of look-ahead. A match is reported by the one chunk that
 * owns its start: `reportFrom <= start < reportTo` (indices into `text`; see `ownsMatch`). Every match
 * no longer than `overlap` is therefore seen whole, with its context, by exactly one owner.
 */
export interface SourceChunk {
  text: string;
  /** Character offset in the file of `text[0]`. */
  startOffset: number;
  /** 1-based line of `text[0]`. */
  startLine: number;
  /** 1-based column of `text[0]`. */
  startColumn: number;
  /** First index of `text` this chunk owns (0 for the first chunk). */
  reportFrom: number;
  /** End (exclusive) of the indices this chunk owns (`text.length` for the last chunk). */
  reportTo: number;
  /** True for the last chunk of the file. */
  last: boolean;
}

export interface ReadSourceOptions {
  /** Bytes read at a time; a file up to this size is one chunk. Default 8 MiB. */
  chunkBytes?: number;
  /** Look-behind and look-ahead in characters, at least the longest match detected. Default 4 KiB. */
  overlapBytes?: number;
}

export type FileClass = 'text' | 'binary' | 'unreadable' | 'symlink' | 'missing';

export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
export const DEFAULT_OVERLAP = 4 * 1024;
/** Bytes inspected for a NUL byte (git and ripgrep look at the first block the same way). */
export const BINARY_SNIFF_BYTES = 8 * 1024;

/** Classify a path without following symlinks and without throwing. FIFOs, sockets and devices are 'unreadable'. */
export async function classifyFile(absPath: string | Buffer): Promise<FileClass> {
  return (await sniffFile(absPath)).kind;
}

/** `classifyFile`, and for a binary file whether its first 8 KiB hold a token's shape. */
async function sniffFile(absPath: string | Buffer): Promise<LoadedBytes> {
  let st: Stats;
  try {
    st = await fsPromises().lstat(absPath);
  } catch (err) {
    return { kind: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  if (st.isSymbolicLink()) return { kind: 'symlink' };
  // Opening a FIFO would block: only regular files are opened.
  if (!st.isFile()) return { kind: 'unreadable' };
  let fh: FileHandle | undefined;
  try {
    fh = await fsPromises().open(absPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const buf = Buffer.alloc(BINARY_SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).includes(0) ? binary(buf.subarray(0, bytesRead)) : { kind: 'text' };
  } catch {
    // EACCES, or the file vanished or became something else between lstat and open.
    return { kind: 'unreadable' };
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/**
 * Read a text file as UTF-8 (invalid bytes become U+FFFD, a leading BOM is dropped) in bounded memory:
 * at most about `chunkBytes` of bytes plus two decoded chunks are held at once. Always yields at least
 * one chunk (an empty file yields one empty chunk). Errors while reading (a file that vanishes, EACCES)
 * are thrown; call `classifyFile` first.
 */
export async function* readSource(absPath: string | Buffer, opts: ReadSourceOptions = {}): AsyncGenerator<SourceChunk> {
  const overlap = Math.max(0, Math.floor(opts.overlapBytes ?? DEFAULT_OVERLAP));
  // A chunk must hold more than its look-behind and look-ahead, or it would own nothing.
  const chunkBytes = Math.max(Math.floor(opts.chunkBytes ?? DEFAULT_CHUNK_BYTES), 4 * overlap + 4, 16);
  const fh = await fsPromises().open(absPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
    // Sized to the file when it fits one block: a zero-filled 8 MiB buffer per small file is the
    // scan's single largest cost. Only the filled part of the buffer is ever decoded.
    const st = await fh.stat();
    const buf = Buffer.allocUnsafe(st.size < chunkBytes ? Math.max(1, st.size + 1) : chunkBytes);
    const blockBytes = buf.length;
    let pos = 0;
    const readBlock = async (): Promise<number> => {
      let filled = 0;
      // fh.read may return less than asked before EOF; fill the block so chunk sizes stay predictable.
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
      // The file grew since fstat: read it again with full-size blocks.
      await fh.close().catch(() => undefined);
      yield* readSource(absPath, opts);
      return;
    }
    let text = decoder.decode(buf.subarray(0, n), { stream: n === chunkBytes });
    if (n < chunkBytes) {
      yield { text, startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: text.length, last: true };
      return;
    }
    let startOffset = 0;
    let startLine = 1;
    let startColumn = 1;
    let reportFrom = 0;
    for (;;) {
      n = await readBlock();
      const more = n === chunkBytes;
      const next = decoder.decode(buf.subarray(0, n), { stream: more }) + (more ? '' : decoder.decode());
      if (next.length === 0) {
        yield { text, startOffset, startLine, startColumn, reportFrom, reportTo: text.length, last: true };
        return;
      }
      const reportTo = Math.max(reportFrom, text.length - overlap);
      yield { text, startOffset, startLine, startColumn, reportFrom, reportTo, last: false };
      // The next chunk keeps `overlap` characters before its owned part as look-behind.
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
    await fh.close().catch(() => undefined);
  }
}

/** A file classified and, when it is text that fits one chunk, read: one open, one read. */
export interface LoadedSource {
  kind: FileClass;
  /** With kind 'binary': the bytes looked at hold a Meta token's shape (`tokenShaped`). */
  token?: true;
  /** The whole file as its only chunk, for text files up to `chunkBytes`; larger ones: stream with `readSource`. */
  chunk?: SourceChunk;
}

/**
 * `classifyFile` and, for a text file up to `chunkBytes`, `readSource`'s single chunk, with one open and one
 * read instead of two opens, an 8 KiB sniff and a second read. Larger text files come back without a chunk:
 * stream them with `readSource`. Never throws.
 */
export async function loadSource(absPath: string | Buffer, opts: ReadSourceOptions = {}): Promise<LoadedSource> {
  const chunkBytes = Math.floor(opts.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  let st: Stats;
  try {
    st = await fsPromises().lstat(absPath);
  } catch (err) {
    return { kind: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  if (st.isSymbolicLink()) return { kind: 'symlink' };
  if (!st.isFile()) return { kind: 'unreadable' };
  if (st.size >= chunkBytes) return sniffFile(absPath);
  let fh: FileHandle | undefined;
  try {
    fh = await fsPromises().open(absPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const buf = Buffer.allocUnsafe(st.size + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      // The file grew since lstat: classify it again and let the caller stream it.
      if (n === buf.length) return sniffFile(absPath);
    }
    const bytes = buf.subarray(0, n);
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return binary(bytes);
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
    return { kind: 'text', chunk: { text, startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: text.length, last: true } };
  } catch {
    return { kind: 'unreadable' };
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** A file read whole by `readBytesSync`: its bytes, before decoding. */
export interface LoadedBytes {
  kind: FileClass;
  /** With kind 'binary': the bytes read hold a Meta token's shape (`tokenShaped`). */
  token?: true;
  /** Set with kind 'unreadable' when the path is not a regular file (a directory, a FIFO). */
  notRegular?: true;
  /** For text files up to `chunkBytes`: the file's bytes, valid until the reader's next read. */
  bytes?: Buffer;
}

/**
 * Reads small files synchronously into one buffer it reuses (a scan reads tens of thousands of files;
 * a fresh buffer each is garbage). `read()` is a synchronous `loadSource` without the decoding: the scan looks at
 * the bytes first (prefilter.ts) and decodes only the files that may hold something (`decodeSource`).
 */
export class ByteReader {
  private buf = Buffer.allocUnsafe(64 * 1024);
  /**
   * With `alloc`, each file is read into the buffer `alloc(size)` returns (the SIMD prefilter's memory,
   * so that its bytes are not copied again); where it returns undefined (or without it), into one
   * buffer this reader reuses.
   */
  constructor(
    private readonly opts: ReadSourceOptions = {},
    private readonly alloc?: (size: number) => Buffer | undefined,
  ) {}

  /**
   * One lstat (where O_NOFOLLOW is missing), open, read and close; a second read, which returns
   * nothing, says the file ended. No fstat: a read tells a regular file's size as well, and skipping
   * it saves a system call and a Stats object per file (some 25 ms over the bench tree's 16,000
   * files). Only an empty read, a full buffer or an error asks fstat what the path is: a directory (a
   * submodule), a FIFO or a device is 'unreadable' with `notRegular`, as before. 'stream': a file of
   * `chunkBytes` or more, or an odd case (EACCES, a file that grew) for `loadSource`/`readSource`.
   * Opened with O_NONBLOCK, so a file swapped for a FIFO after listing cannot block. `onOpen` is called
   * with the open descriptor before the first read (the scan cache's fstat: scan-cache.ts) and may return
   * the file's size, which saves the read that would say the file ended. `sizeHint` (the size git's
   * index recorded, -1 if none) saves it too: a read shorter than asked stops only at a regular file's
   * end, and one that ends where the index says the file ends is taken as the end. A file whose size
   * changed since it was staged is read until a read returns nothing, as without a hint (a wrong hint
   * costs the read it did not save, never a byte: only a short read can stop at it).
   */
  read(absPath: string | Buffer, onOpen?: (fd: number) => number, sizeHint = -1): LoadedBytes | 'stream' {
    const chunkBytes = Math.floor(this.opts.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    const noFollow = constants.O_NOFOLLOW;
    if (noFollow === undefined) {
      // Without O_NOFOLLOW (Windows) a symlink must be recognised before opening.
      try {
        const st = lstatSync(absPath);
        if (st.isSymbolicLink()) return { kind: 'symlink' };
        if (!st.isFile()) return { kind: 'unreadable', notRegular: true };
      } catch (err) {
        return { kind: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
      }
    }
    let fd: number | undefined;
    try {
      try {
        fd = openSync(absPath, constants.O_RDONLY | (noFollow ?? 0) | (constants.O_NONBLOCK ?? 0));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') return { kind: 'symlink' };
        if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
        return 'stream'; // EACCES and the like: classifyFile says what it is
      }
      // Files under `chunkBytes` are read here: a read that fills this buffer means one that is not.
      const want = chunkBytes;
      let buf = this.alloc?.(want);
      if (!buf) {
        if (this.buf.length < want) this.buf = Buffer.allocUnsafe(want);
        buf = this.buf;
      }
      // The head first: most files whole, and a larger one's first bytes, enough to tell a binary
      // (a 100 MB executable is not read further, here or by the stream).
      const head = Math.min(want, HEAD_BYTES);
      // The size `onOpen` found (fstat, before any read): a read that reaches it needs no second read to
      // tell the end. -1: unknown, read until a read returns nothing.
      const known = onOpen ? onOpen(fd) : -1;
      let n = 0;
      try {
        for (;;) {
          const ask = (n < head ? head : want) - n;
          const bytesRead = readSync(fd, buf, n, ask, n);
          if (bytesRead === 0) break;
          n += bytesRead;
          if (n === head && head < want && buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return binary(buf.subarray(0, n));
          if (n === want) return regular(fd) ? 'stream' : NOT_REGULAR;
          if (n === known || (n === sizeHint && bytesRead < ask)) break;
        }
      } catch {
        // EISDIR, EAGAIN (a FIFO), EIO: a path that is no regular file, or the async path sorts it out.
        return regular(fd) ? 'stream' : NOT_REGULAR;
      }
      // Nothing read: an empty file, or a FIFO or device with nothing to give.
      if (n === 0 && !regular(fd)) return NOT_REGULAR;
      const bytes = buf.subarray(0, n);
      if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return binary(bytes);
      return { kind: 'text', bytes };
    } catch {
      // The file vanished or the like: the async path sorts it out.
      return 'stream';
    } finally {
      if (fd !== undefined) {
        try {
          closeSync(fd);
        } catch {
          // nothing to do
        }
      }
    }
  }
}

const NOT_REGULAR: LoadedBytes = Object.freeze({ kind: 'unreadable', notRegular: true });
const BINARY: LoadedBytes = Object.freeze({ kind: 'binary' });
const BINARY_TOKEN: LoadedBytes = Object.freeze({ kind: 'binary', token: true });

const HEX_BYTE = new Uint8Array(256);
for (const c of '0123456789ABCDEFabcdef') HEX_BYTE[c.charCodeAt(0)] = 1;

/**
 * Whether an escape ends just before `at`, which then starts a word as it does for the scan's detectors
 * (boundaryBefore in src/secrets/detect.ts): `%XX`, quoted-printable `=XX`, `\n`, `\r`, `\t`, `\xXX`, `\uXXXX`
 * (hunt FIN-3: `access_token%3DEAAG…` in a binary file was no token's shape).
 */
function escapeBefore(b: Uint8Array, at: number): boolean {
  const hex = (i: number) => HEX_BYTE[b[i]!] === 1;
  if (at >= 3 && (b[at - 3] === 0x25 || b[at - 3] === 0x3d) && hex(at - 2) && hex(at - 1)) return true;
  if (at >= 2 && b[at - 2] === 0x5c && (b[at - 1] === 0x6e || b[at - 1] === 0x72 || b[at - 1] === 0x74)) return true;
  if (at >= 4 && b[at - 4] === 0x5c && b[at - 3] === 0x78 && hex(at - 2) && hex(at - 1)) return true;
  return at >= 6 && b[at - 6] === 0x5c && b[at - 5] === 0x75 && hex(at - 4) && hex(at - 3) && hex(at - 2) && hex(at - 1);
}

/**
 * A symlink's target as the detectors read it: its path separators are words' edges (`./EAAG…`, `dir/EAAG…` are a
 * token in a folder: hunt C1; in text a token's `/` neighbour says base64). Same length: columns stay the target's.
 */
export function linkTargetText(target: string): string {
  return target.replace(/[/\\]/g, ' ');
}

/** A binary file's verdict, with whether the bytes read of it hold a token's shape. */
function binary(bytes: Uint8Array): LoadedBytes {
  return tokenShaped(bytes.subarray(0, TOKEN_SNIFF_BYTES)) ? BINARY_TOKEN : BINARY;
}

/** The bytes of a binary file looked at for a token's shape (the head the reader reads first). */
export const TOKEN_SNIFF_BYTES = 64 * 1024;

/** Meta's token prefixes looked for in binary files: user, Page and system-user tokens; Instagram; Threads. */
const TOKEN_PREFIXES = ['EAA', 'IGAA', 'IGQV', 'IGQW', 'THAA', 'THQV', 'THQW'].map((p) => Buffer.from(p, 'latin1'));
/** Letters and digits after a prefix that make its run a token's shape (the scan's detectors ask 32 or more), at most. */
const TOKEN_BODY = 32;
const TOKEN_BODY_MAX = 1024;
/** 1: an ASCII letter or digit; 2: also `+` and `/`, which continue base64 (an image's embedded thumbnail). */
const TOKEN_BYTE = new Uint8Array(256);
for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') TOKEN_BYTE[c.charCodeAt(0)] = 1;
TOKEN_BYTE[0x2b] = TOKEN_BYTE[0x2f] = 2;

/**
 * Whether bytes hold a Meta token's shape: a prefix (`EAA`, `IGAA`, `THAA`, …) that starts a word (no letter,
 * digit, `+` or `/` before it), followed by 32 to 1,024 ASCII letters and digits that mix upper case, lower case
 * and digits and end there (no `+` or `/` after them). A file skipped as binary that holds one is named where
 * reviewers look whatever its name (a NUL byte ahead of a token in `config.dat`). A run inside base64 (a JPEG's
 * XMP thumbnail: hunt C4) or glued to a word is no token here, as it is none for the scan's detectors. Linear:
 * each prefix's occurrences are found natively, and a run is walked once per occurrence that starts it.
 */
export function tokenShaped(b: Uint8Array): boolean {
  const buf = Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  for (const p of TOKEN_PREFIXES) {
    for (let at = buf.indexOf(p); at !== -1; at = buf.indexOf(p, at + 1)) {
      if (at > 0 && TOKEN_BYTE[buf[at - 1]!] !== 0 && !escapeBefore(buf, at)) continue;
      let end = at + p.length;
      let classes = 0;
      const stop = Math.min(buf.length, end + TOKEN_BODY_MAX + 1);
      for (; end < stop && TOKEN_BYTE[buf[end]!] === 1; end++) {
        const c = buf[end]!;
        classes |= c <= 0x39 ? 4 : c <= 0x5a ? 1 : 2;
      }
      const body = end - at - p.length;
      if (body >= TOKEN_BODY && body <= TOKEN_BODY_MAX && classes === 7 && (end === buf.length || TOKEN_BYTE[buf[end]!] === 0)) return true;
      // A prefix inside the run does not start a word: each run is walked once per prefix, from its start.
    }
  }
  return false;
}
/** What `ByteReader` reads of a file first (at least BINARY_SNIFF_BYTES). */
const HEAD_BYTES = 64 * 1024;

/** Whether an open descriptor is a regular file (false when fstat fails). */
function regular(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** A whole file's bytes as its only chunk: UTF-8, invalid bytes → U+FFFD, a leading BOM dropped. */
export function decodeSource(bytes: Uint8Array): SourceChunk {
  // A call without `stream` decodes a stream of its own: the BOM is dropped afresh each time.
  const text = decoder.decode(bytes);
  return { text, startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: text.length, last: true };
}

/** Whether a match starting at `start` (an index into `chunk.text`) is to be reported by this chunk. */
export function ownsMatch(chunk: SourceChunk, start: number): boolean {
  return start >= chunk.reportFrom && start < chunk.reportTo;
}

/**
 * `readSource`'s chunks, from bytes pushed as they come (a git blob streamed by `git cat-file --batch`,
 * src/scan/history.ts) rather than read from a file: the same blocks of `chunkBytes`, the same look-behind and
 * look-ahead, the same owned ranges, so a blob over 8 MiB is read as the tree reads the same file (hunt Y2-1).
 * Memory: one block of bytes and two decoded chunks. `write` and `end` hand each finished chunk to `out`, in
 * order; `end` always hands the last one (an empty stream: one empty chunk). test/scan/read.test.ts holds the
 * chunks equal to `readSource`'s.
 */
export class ChunkStream {
  private readonly chunkBytes: number;
  private readonly overlap: number;
  private readonly decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  private buf: Buffer | undefined;
  private fill = 0;
  /** The decoded text not handed out yet (after the first full block). */
  private text: string | undefined;
  private startOffset = 0;
  private startLine = 1;
  private startColumn = 1;
  private reportFrom = 0;

  constructor(opts: ReadSourceOptions = {}) {
    this.overlap = Math.max(0, Math.floor(opts.overlapBytes ?? DEFAULT_OVERLAP));
    // As readSource: a chunk must hold more than its look-behind and look-ahead.
    this.chunkBytes = Math.max(Math.floor(opts.chunkBytes ?? DEFAULT_CHUNK_BYTES), 4 * this.overlap + 4, 16);
  }

  write(bytes: Uint8Array, out: (chunk: SourceChunk) => void): void {
    let i = 0;
    while (i < bytes.length) {
      // A whole block in the bytes given, none pending: decoded where it is, not copied.
      if (this.fill === 0 && bytes.length - i >= this.chunkBytes) {
        this.block(bytes.subarray(i, i + this.chunkBytes), true, out);
        i += this.chunkBytes;
        continue;
      }
      this.buf ??= Buffer.allocUnsafe(this.chunkBytes);
      const n = Math.min(this.chunkBytes - this.fill, bytes.length - i);
      this.buf.set(bytes.subarray(i, i + n), this.fill);
      this.fill += n;
      i += n;
      if (this.fill === this.chunkBytes) {
        this.fill = 0;
        this.block(this.buf, true, out);
      }
    }
  }

  end(out: (chunk: SourceChunk) => void): void {
    const rest = this.buf ? this.buf.subarray(0, this.fill) : new Uint8Array(0);
    this.fill = 0;
    this.block(rest, false, out);
  }

  /** One block: a full one (`more`), or the last, shorter or empty. readSource's loop, a block at a time. */
  private block(bytes: Uint8Array, more: boolean, out: (chunk: SourceChunk) => void): void {
    const next = this.decoder.decode(bytes, { stream: more });
    const { startOffset, startLine, startColumn, reportFrom } = this;
    const text = this.text;
    if (text === undefined) {
      if (more) this.text = next;
      else out({ text: next, startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: next.length, last: true });
      return;
    }
    if (!more && next.length === 0) {
      this.text = undefined;
      out({ text, startOffset, startLine, startColumn, reportFrom, reportTo: text.length, last: true });
      return;
    }
    const reportTo = Math.max(reportFrom, text.length - this.overlap);
    out({ text, startOffset, startLine, startColumn, reportFrom, reportTo, last: false });
    // The next chunk keeps `overlap` characters before its owned part as look-behind.
    const keepFrom = Math.max(0, reportTo - this.overlap);
    const at = positionAt(text, keepFrom, { line: startLine, column: startColumn });
    this.startLine = at.line;
    this.startColumn = at.column;
    this.startOffset += keepFrom;
    this.reportFrom = reportTo - keepFrom;
    const joined = text.slice(keepFrom) + next;
    if (more) this.text = joined;
    else {
      this.text = undefined;
      out({ text: joined, startOffset: this.startOffset, startLine: this.startLine, startColumn: this.startColumn, reportFrom: this.reportFrom, reportTo: joined.length, last: true });
    }
  }
}
