import { describe, expect, it } from 'vitest';
import { BITMAP_BYTES, hash3, LAYOUT, moduleBytes, simdData, simdHexBlocks, simdScanner, teddyTables } from '../../src/scan/simd.js';

/** xorshift32: deterministic texts. */
function rng(seed: number): (k: number) => number {
  let x = seed >>> 0 || 1;
  return (k) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % k;
  };
}

/** Every candidate `next` reports in `text`, from the start. */
function candidates(patterns: string[], text: Buffer): number[] {
  const s = simdScanner(teddyTables(patterns.map((p) => Buffer.from(p, 'latin1'))))!;
  simdData(text.length)!.set(text);
  s.use();
  const out: number[] = [];
  for (let p = s.next(0, text.length); p !== -1 && p <= text.length - 3; p = s.next(p + 1, text.length)) out.push(p);
  return out;
}

/** The windows of `text` (each of four bytes within it) that the Teddy tables accept: a bucket at all four positions. */
function accepted(tables: Uint8Array, text: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= text.length; i++) {
    let m = 0xff;
    for (let j = 0; j < 4; j++) m &= tables[32 * j + (text[i + j]! & 15)]! & tables[32 * j + 16 + (text[i + j]! >> 4)]!;
    if (m !== 0) out.push(i);
  }
  return out;
}

/** Seeded pattern sets and texts over a small alphabet, with bytes past ASCII. */
function seededCases(seed: number, count: number): { patterns: string[]; text: Buffer }[] {
  const r = rng(seed);
  const alphabet = 'EAIGTHQVWecrt0123456789|%/vV_-.aAbBxX \n\u00e9\u00ff\u0080';
  const out: { patterns: string[]; text: Buffer }[] = [];
  for (let k = 0; k < count; k++) {
    const patterns: string[] = [];
    for (let i = 1 + r(30); i > 0; i--) {
      let p = '';
      for (let j = 3 + r(4); j > 0; j--) p += alphabet[r(alphabet.length)];
      patterns.push(p);
    }
    let text = '';
    const len = r(200);
    while (text.length < len) text += r(4) === 0 ? patterns[r(patterns.length)] : alphabet[r(alphabet.length)];
    out.push({ patterns, text: Buffer.from(text, 'latin1') });
  }
  return out;
}

describe('the SIMD candidate pass', () => {
  it('runs on this Node (WebAssembly SIMD), so the prefilter tests exercise it', () => {
    expect(simdScanner(teddyTables([Buffer.from('abc')]))).toBeDefined();
  });

  it('reports each position where a pattern starts, in order, including the first and last windows', () => {
    const text = Buffer.from('EAB....IGAA.........................ecretEAZ', 'latin1');
    expect(candidates(['EAB', 'EAZ', 'IGAA', 'ecret'], text)).toEqual([0, 7, 36, 41]);
    expect(candidates(['xyz'], Buffer.from('no match here, however long the text is made to be'))).toEqual([]);
    expect(candidates(['abc'], Buffer.from('abc'))).toEqual([0]);
    expect(candidates(['abc'], Buffer.from('ab'))).toEqual([]);
  });

  it('never misses an occurrence: 400 seeded pattern sets over texts of every alignment', () => {
    const r = rng(7);
    const alphabet = 'EAIGTHQVWecrt0123456789|%/vV_-.aAbBxX \n';
    const missed: string[] = [];
    let found = 0;
    for (let k = 0; k < 400; k++) {
      const patterns: string[] = [];
      const count = 1 + r(40);
      for (let i = 0; i < count; i++) {
        let p = '';
        const len = 3 + r(5);
        for (let j = 0; j < len; j++) p += alphabet[r(alphabet.length)];
        patterns.push(p);
      }
      let text = '';
      const len = r(300);
      while (text.length < len) text += r(4) === 0 ? patterns[r(patterns.length)] : alphabet[r(alphabet.length)];
      const bytes = Buffer.from(text, 'latin1');
      const got = new Set(candidates(patterns, bytes));
      for (let i = 0; i + 3 <= text.length; i++)
        for (const p of patterns)
          if (text.startsWith(p, i)) {
            found++;
            if (!got.has(i)) missed.push(`${JSON.stringify(p)} at ${i} of ${JSON.stringify(text)}`);
          }
    }
    expect(missed.slice(0, 3)).toEqual([]);
    expect(found).toBeGreaterThan(5000);
  });

  it('reports exactly the windows its tables accept, in order, from any starting position (300 seeded sets)', () => {
    let seen = 0;
    for (const [k, { patterns, text }] of seededCases(31, 300).entries()) {
      const tables = teddyTables(patterns.map((p) => Buffer.from(p, 'latin1')));
      const want = accepted(tables, text);
      // Every window within the text is exact; the last three (a byte past the text) may or may not be.
      const got = candidates(patterns, text).filter((q) => q + 4 <= text.length);
      expect(got, JSON.stringify(text.toString('latin1'))).toEqual(want);
      // Asked from a later position (as the pass does after each candidate), the rest of them.
      const from = k % 37;
      const s = simdScanner(tables)!;
      simdData(text.length)!.set(text);
      s.use();
      const first = s.next(from, text.length);
      const next = want.find((q) => q >= from);
      if (next !== undefined) expect(first).toBe(next);
      else expect(first === -1 || first + 4 > text.length).toBe(true);
      seen += want.length;
    }
    expect(seen).toBeGreaterThan(1500);
  });

  it('both builds of the module, relaxed_swizzle and swizzle, accept the same windows (where the engine compiles each)', () => {
    // The project's type libraries do not declare WebAssembly (simd.ts neither).
    const wasm = (globalThis as unknown as { WebAssembly: { Module: new (b: Uint8Array) => object; Instance: new (m: object, i: object) => { exports: unknown } } }).WebAssembly;
    const run = (relaxed: boolean): number[][] | undefined => {
      let module: object;
      try {
        module = new wasm.Module(moduleBytes(relaxed));
      } catch {
        return undefined; // relaxed SIMD: Node 22 and later
      }
      const e = new wasm.Instance(module, {}).exports as { mem: { buffer: ArrayBuffer }; next: (p: number, end: number) => number };
      const mem = new Uint8Array(e.mem.buffer);
      mem.fill(0xff, LAYOUT.bitmap, LAYOUT.bitmap + BITMAP_BYTES);
      return seededCases(37, 200).map(({ patterns, text }) => {
        mem.set(teddyTables(patterns.map((p) => Buffer.from(p, 'latin1'))), LAYOUT.tables);
        mem.fill(0, LAYOUT.data, LAYOUT.data + 256);
        mem.set(text, LAYOUT.data);
        const end = LAYOUT.data + text.length;
        const out: number[] = [];
        for (let q = e.next(LAYOUT.data, end); q !== -1 && q + 4 <= end; q = e.next(q + 1, end)) out.push(q - LAYOUT.data);
        return out;
      });
    };
    const plain = run(false)!;
    const want = seededCases(37, 200).map(({ patterns, text }) => accepted(teddyTables(patterns.map((p) => Buffer.from(p, 'latin1'))), text));
    expect(plain).toEqual(want);
    const relaxed = run(true);
    if (Number(process.versions.node.split('.')[0]) >= 22) expect(relaxed).toBeDefined();
    if (relaxed) expect(relaxed).toEqual(want);
  });

  it('with a bitmap, reports exactly the Teddy candidates whose window hash is in it (300 seeded sets)', () => {
    const r = rng(11);
    const alphabet = 'EAIGTHQVWecrt0123456789|%/vV_-.aAbBxX \n\u00e9\u00ff';
    let kept = 0;
    let dropped = 0;
    for (let k = 0; k < 300; k++) {
      const patterns: string[] = [];
      for (let i = 1 + r(20); i > 0; i--) {
        let p = '';
        for (let j = 3 + r(4); j > 0; j--) p += alphabet[r(alphabet.length)];
        patterns.push(p);
      }
      let text = '';
      const len = 16 + r(400);
      while (text.length < len) text += r(5) === 0 ? patterns[r(patterns.length)] : alphabet[r(alphabet.length)];
      const bytes = Buffer.from(text, 'latin1');
      // The bitmap of about half the patterns' first windows, and of a few random hashes besides.
      const bitmap = new Uint8Array(BITMAP_BYTES);
      const set = (h: number) => (bitmap[h >>> 3]! |= 1 << (h & 7));
      for (const p of patterns) if (r(2) === 0) set(hash3(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2)));
      for (let i = 0; i < 50; i++) set(r(65536));
      const tables = teddyTables(patterns.map((p) => Buffer.from(p, 'latin1')));
      const all = candidates(patterns, bytes);
      const want = all.filter((q) => (bitmap[hash3(bytes[q]!, bytes[q + 1]!, bytes[q + 2]!) >>> 3]! >> (hash3(bytes[q]!, bytes[q + 1]!, bytes[q + 2]!) & 7)) & 1);
      const s = simdScanner(tables, bitmap)!;
      simdData(bytes.length)!.set(bytes);
      s.use();
      const got: number[] = [];
      for (let q = s.next(0, bytes.length); q !== -1 && q <= bytes.length - 3; q = s.next(q + 1, bytes.length)) got.push(q);
      expect(got, JSON.stringify(text)).toEqual(want);
      kept += want.length;
      dropped += all.length - want.length;
    }
    expect(kept).toBeGreaterThan(1000);
    expect(dropped).toBeGreaterThan(1000);
  });

  it('hexBlock: every 16-aligned block of sixteen hex digits, as a regular expression finds them (500 seeded texts)', () => {
    const r = rng(23);
    const pieces = ['0123456789abcdef', '0123456789ABCDEF', 'a', 'F', '9', 'g', 'G', ' ', '\n', 'x', '/', '`', '@', '\u00e9', '\u0010', '\u0019', ':', 'ecret'];
    let found = 0;
    for (let k = 0; k < 500; k++) {
      let text = '';
      const len = r(200);
      while (text.length < len) text += pieces[r(pieces.length)];
      const bytes = Buffer.from(text, 'latin1');
      const data = simdData(bytes.length)!;
      data.set(bytes);
      const next = simdHexBlocks(data)!;
      expect(next).toBeDefined();
      const want: number[] = [];
      for (let q = 0; q + 16 <= text.length; q += 16) if (/^[0-9A-Fa-f]{16}$/.test(text.slice(q, q + 16))) want.push(q);
      const got: number[] = [];
      for (let q = next(0); q !== -1; q = next(q + 1)) got.push(q);
      expect(got, JSON.stringify(text)).toEqual(want);
      // From an offset that is no multiple of 16: the next aligned block on.
      const from = 1 + r(40);
      expect(next(from)).toBe(want.find((q) => q >= from) ?? -1);
      found += want.length;
    }
    expect(found).toBeGreaterThan(100);
    // Bytes that are not the module's memory: no SIMD answer.
    expect(simdHexBlocks(Buffer.from('0123456789abcdef'))).toBeUndefined();
  });

  it('tables: at most 8 buckets, and a pattern set that fits them exactly accepts nothing else', () => {
    const t = teddyTables(['EAA', 'EAB', 'EAC'].map((p) => Buffer.from(p)));
    expect(t.length).toBe(128);
    // One bucket (bit 0): E then A then A-C at positions 0-2, anything at position 3.
    expect(t[0x5]).toBe(1); // low nibble of E
    expect(t[16 + 0x4]).toBe(1); // high nibble of E
    expect(t[0x6]).toBe(0);
    expect(t[64 + 0x1]! & t[64 + 0x3]!).toBe(1);
    expect(t[64 + 0x4]).toBe(0);
    expect(candidates(['EAA', 'EAB', 'EAC'], Buffer.from('EAD EAC FAB EBA'))).toEqual([4]);
  });

  it('scanners share the memory: each writes its own tables in before its pass', () => {
    const a = simdScanner(teddyTables([Buffer.from('aaa')]))!;
    const b = simdScanner(teddyTables([Buffer.from('bbb')]))!;
    simdData(12)!.write('xxbbbxxaaaxx', 'latin1');
    a.use();
    expect(a.next(0, 12)).toBe(7);
    b.use();
    expect(b.next(0, 12)).toBe(2);
    a.use();
    expect(a.next(0, 12)).toBe(7);
  });

  it('memory grows with the file and the earlier bytes past a shorter file are not reported', () => {
    const s = simdScanner(teddyTables([Buffer.from('zzz')]))!;
    const big = Buffer.alloc(300_000, 0x61);
    big.write('zzz', 299_990);
    simdData(big.length)!.set(big);
    s.use();
    expect(s.next(0, big.length)).toBe(299_990);
    const small = Buffer.from('aaaa');
    simdData(small.length)!.set(small);
    const p = s.next(0, small.length);
    expect(p === -1 || p > small.length - 3).toBe(true);
  });
});
