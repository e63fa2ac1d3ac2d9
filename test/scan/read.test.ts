import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectSecrets } from '../../src/secrets/detect.js';
import { fakeSecret } from '../helpers/secrets.js';
import { ChunkStream, classifyFile, ownsMatch, readSource, type SourceChunk } from '../../src/scan/read.js';
import { LineIndex, positionAt } from '../../src/position.js';

const dir = mkdtempSync(path.join(tmpdir(), 'graphguard-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const collect = async (p: string, opts?: Parameters<typeof readSource>[1]): Promise<SourceChunk[]> => {
  const out: SourceChunk[] = [];
  for await (const c of readSource(p, opts)) out.push(c);
  return out;
};

describe('classifyFile', () => {
  it('tells text, binary, symlinks and missing files apart', async () => {
    const text = file('a.txt', 'hello\n');
    const bin = file('b.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const late = file('late.bin', Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]));
    symlinkSync(text, path.join(dir, 'link'));
    expect(await classifyFile(text)).toBe('text');
    expect(await classifyFile(bin)).toBe('binary');
    // Only the first 8 KiB are inspected.
    expect(await classifyFile(late)).toBe('text');
    expect(await classifyFile(path.join(dir, 'link'))).toBe('symlink');
    expect(await classifyFile(path.join(dir, 'nope'))).toBe('missing');
    expect(await classifyFile(file('empty', ''))).toBe('text');
  });

  it('never opens FIFOs or directories', async () => {
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(await classifyFile(fifo)).toBe('unreadable');
    expect(await classifyFile(dir)).toBe('unreadable');
  });

  it.skipIf(process.getuid?.() === 0)('reports files it may not read as unreadable', async () => {
    const p = file('secret.txt', 'x');
    chmodSync(p, 0o000);
    expect(await classifyFile(p)).toBe('unreadable');
  });
});

describe('readSource', () => {
  it('gives a small file as one chunk, BOM stripped, bad bytes replaced', async () => {
    const p = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\nb'), Buffer.from([0xff]), Buffer.from('c')]));
    const chunks = await collect(p);
    expect(chunks).toEqual([{ text: 'a\nb\ufffdc', startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: 5, last: true }]);
  });

  it('gives an empty file as one empty chunk', async () => {
    expect(await collect(file('empty2', ''))).toEqual([
      { text: '', startOffset: 0, startLine: 1, startColumn: 1, reportFrom: 0, reportTo: 0, last: true },
    ]);
  });

  it('streams a large file in overlapping chunks that own disjoint, contiguous ranges', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(`line ${i} ${'é'.repeat(i % 7)}${'x'.repeat(i % 13)}`);
    const content = lines.join('\n');
    const p = file('big.txt', content);
    const chunks = await collect(p, { chunkBytes: 4096, overlapBytes: 256 });
    expect(chunks.length).toBeGreaterThan(5);
    let owned = '';
    let next = 0;
    for (const [i, c] of chunks.entries()) {
      expect(c.last).toBe(i === chunks.length - 1);
      expect(c.startOffset + c.reportFrom).toBe(next);
      if (i > 0) expect(c.reportFrom).toBe(256);
      if (!c.last) expect(c.text.length - c.reportTo).toBe(256);
      expect(content.slice(c.startOffset, c.startOffset + c.text.length)).toBe(c.text);
      expect(positionAt(content, c.startOffset)).toEqual({ line: c.startLine, column: c.startColumn });
      owned += c.text.slice(c.reportFrom, c.reportTo);
      next = c.startOffset + c.reportTo;
    }
    expect(owned).toBe(content);
  });

  it('finds a secret straddling a chunk boundary exactly once, at its position', async () => {
    const tokens = Array.from({ length: 40 }, (_, i) => fakeSecret(`E${'AA'}G`, 150 + (i % 5), 100 + i));
    let content = '';
    const expected: { line: number; column: number }[] = [];
    for (const [i, t] of tokens.entries()) {
      content += `${'#'.repeat(37 + i * 11)}\nkey${i} = "`;
      expected.push(positionAt(content, content.length));
      content += `${t}"\n`;
    }
    const p = file('tokens.txt', content);
    for (const chunkBytes of [1024, 1500, 2048, 4099]) {
      const found: { line: number; column: number }[] = [];
      for await (const chunk of readSource(p, { chunkBytes, overlapBytes: 200 })) {
        const index = new LineIndex(chunk.text, { line: chunk.startLine, column: chunk.startColumn });
        for (const m of detectSecrets(chunk.text, { path: 'tokens.txt' })) {
          if (!ownsMatch(chunk, m.start)) continue;
          const { line, column } = index.position(m.start);
          found.push({ line, column });
        }
      }
      expect(found, `chunkBytes ${chunkBytes}`).toEqual(expected);
    }
  });
});


describe('ChunkStream (a blob of the history, streamed: hunt Y2-1)', () => {
  const streamed = (bytes: Buffer, opts: { chunkBytes: number; overlapBytes: number }, pieces: number[]): SourceChunk[] => {
    const out: SourceChunk[] = [];
    const s = new ChunkStream(opts);
    let at = 0;
    for (let i = 0; at < bytes.length; i++) {
      const n = pieces[i % pieces.length]!;
      s.write(bytes.subarray(at, at + n), (c) => out.push(c));
      at += n;
    }
    s.end((c) => out.push(c));
    return out;
  };

  it('gives the chunks readSource gives for the same bytes, however they are pushed', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(`line ${i} ${'é'.repeat(i % 7)}${'x'.repeat(i % 13)}\u{1F600}`);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\n'))]);
    const opts = { chunkBytes: 4096, overlapBytes: 256 };
    for (const [name, bytes] of [
      ['multi-byte text with a BOM', bom],
      ['exactly two blocks', bom.subarray(0, 8192)],
      ['one block and a byte', bom.subarray(0, 4097)],
      ['under one block', bom.subarray(0, 100)],
      ['empty', Buffer.alloc(0)],
    ] as const) {
      const want = await collect(file(`stream-${name.replace(/\W/g, '_')}`, bytes), opts);
      for (const pieces of [[1], [7, 4096, 13], [4096], [8192], [100_000], [3, 5000]]) expect(streamed(bytes, opts, pieces), `${name} ${pieces.join(',')}`).toEqual(want);
    }
  });
});
