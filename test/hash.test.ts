import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexBytes } from '../src/hash.js';

describe('sha256Hex', () => {
  it("is createHash('sha256')'s hex digest of the UTF-8 bytes, for ASCII, non-ASCII and lone surrogates alike", () => {
    for (const s of ['', 'abc', 'manifest\0graphguard.yml\0systemUsers[3]', 'é€😀', 'x\ud800y', 'a'.repeat(100_000)])
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s).digest('hex'));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('of bytes is the same as of the string they decode to, for valid UTF-8', () => {
    for (const s of ['', 'abc', 'é€😀', 'a'.repeat(100_000)]) expect(sha256HexBytes(Buffer.from(s, 'utf8'))).toBe(sha256Hex(s));
    expect(sha256HexBytes(new Uint8Array([0xff, 0xfe]))).toBe(createHash('sha256').update(Buffer.from([0xff, 0xfe])).digest('hex'));
  });
});
