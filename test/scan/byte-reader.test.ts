/**
 * ByteReader (src/scan/read.ts), the first pass's read of every file: one open, a read, a read that
 * says the file ended, one close; fstat only when a read comes back empty, full or failing. What it
 * says of each kind of path, with its own buffer and with the SIMD pass's memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ByteReader } from '../../src/scan/read.js';
import { simdData } from '../../src/scan/simd.js';

const dir = mkdtempSync(path.join(tmpdir(), 'graphguard-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

const CHUNK = 1024;
writeFileSync(at('small.txt'), 'const x = 1;\n');
writeFileSync(at('empty.txt'), '');
writeFileSync(at('just-under.txt'), 'a'.repeat(CHUNK - 1));
writeFileSync(at('at-limit.txt'), 'a'.repeat(CHUNK));
writeFileSync(at('nul-early.bin'), Buffer.concat([Buffer.from('ab'), Buffer.from([0]), Buffer.from('cd')]));
writeFileSync(at('nul-late.txt'), Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]));
// Past the 64 KiB the reader reads first: a large binary, and large texts with a NUL past the sniff.
writeFileSync(at('big.bin'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), Buffer.alloc(200 * 1024, 0x61)]));
writeFileSync(at('big-nul-late.txt'), Buffer.concat([Buffer.alloc(70 * 1024, 0x62), Buffer.from([0]), Buffer.alloc(1000, 0x62)]));
writeFileSync(at('huge.bin'), Buffer.concat([Buffer.from([0]), Buffer.alloc(9 * 1024 * 1024, 0x61)]));
symlinkSync(at('small.txt'), at('link.txt'));
mkdirSync(at('folder'));
execFileSync('mkfifo', [at('fifo')]);

const readers = [
  ['its own buffer', () => new ByteReader({ chunkBytes: CHUNK })],
  ['the SIMD memory', () => new ByteReader({ chunkBytes: CHUNK }, simdData(0) ? (size) => simdData(size)! : undefined)],
] as const;

describe.each(readers)('ByteReader with %s', (_, make) => {
  const describeRead = (name: string) => {
    const r = make().read(at(name));
    return r === 'stream' ? 'stream' : { ...r, ...(r.bytes ? { bytes: r.bytes.toString('latin1') } : {}) };
  };

  it('reads a text file whole, and an empty one as empty text', () => {
    expect(describeRead('small.txt')).toEqual({ kind: 'text', bytes: 'const x = 1;\n' });
    expect(describeRead('empty.txt')).toEqual({ kind: 'text', bytes: '' });
  });

  it('reads a file one byte under the chunk size; one of the chunk size or more is left to the stream', () => {
    expect(describeRead('just-under.txt')).toEqual({ kind: 'text', bytes: 'a'.repeat(CHUNK - 1) });
    expect(describeRead('at-limit.txt')).toBe('stream');
  });

  it('a NUL in the first 8 KiB makes a file binary; one past it does not', () => {
    expect(describeRead('nul-early.bin')).toEqual({ kind: 'binary' });
    // (A chunk size that holds it: the default.)
    const r = new ByteReader().read(at('nul-late.txt'));
    expect(r !== 'stream' && r.kind).toBe('text');
  });

  it('past its first 64 KiB, a file is binary by its first 8 KiB without reading on, and read whole otherwise', () => {
    const reader = new ByteReader();
    expect(reader.read(at('big.bin'))).toEqual({ kind: 'binary' });
    // Larger than the whole-file limit: binary all the same, not left to the stream.
    expect(reader.read(at('huge.bin'))).toEqual({ kind: 'binary' });
    const r = reader.read(at('big-nul-late.txt'));
    expect(r !== 'stream' && r.kind === 'text' && r.bytes!.length).toBe(70 * 1024 + 1001);
  });

  it('a symlink is not followed, a missing path is missing, a folder, a FIFO and a device are not regular files (and the FIFO does not block)', () => {
    expect(describeRead('link.txt')).toEqual({ kind: 'symlink' });
    expect(describeRead('nothing-here.txt')).toEqual({ kind: 'missing' });
    expect(describeRead('folder')).toEqual({ kind: 'unreadable', notRegular: true });
    expect(describeRead('fifo')).toEqual({ kind: 'unreadable', notRegular: true });
    // A device that reads as empty (a read of nothing asks fstat what the path is).
    expect(make().read('/dev/null')).toEqual({ kind: 'unreadable', notRegular: true });
  });

  it("ends a read where git's index says the file ends, and reads on when the file's size has changed", () => {
    const reader = make();
    const bytes = (name: string, hint: number) => {
      const r = reader.read(at(name), undefined, hint);
      return r === 'stream' ? 'stream' : r.bytes?.toString('latin1');
    };
    // The size the index recorded, or another (the file changed since it was staged): read whole.
    for (const hint of [-1, 0, 5, 13, 14, 1 << 20]) expect(bytes('small.txt', hint), `hint ${hint}`).toBe('const x = 1;\n');
    expect(bytes('empty.txt', 0)).toBe('');
    // A file as long as its first read asks for, with that size in the index, grown since: read on.
    writeFileSync(at('grown.txt'), Buffer.concat([Buffer.alloc(64 * 1024, 0x61), Buffer.from('tail')]));
    const r = new ByteReader().read(at('grown.txt'), undefined, 64 * 1024);
    expect(r !== 'stream' && r.bytes!.subarray(-4).toString()).toBe('tail');
  });

  it('one reader reads file after file, each whole', () => {
    const reader = make();
    const seen = ['small.txt', 'just-under.txt', 'empty.txt', 'small.txt'].map((name) => {
      const r = reader.read(at(name));
      return r === 'stream' ? 'stream' : r.bytes?.length;
    });
    expect(seen).toEqual([13, CHUNK - 1, 0, 13]);
  });
});
