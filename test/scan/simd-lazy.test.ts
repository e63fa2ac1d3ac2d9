// Its own file: the SIMD instance is made once per thread, so a test of when it is made needs a fresh one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileNeedles } from '../../src/scan/prefilter.js';
import { ByteReader } from '../../src/scan/read.js';
import { simdData, simdDataIfLive, simdHexBlocks, simdLive } from '../../src/scan/simd.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gg-simd-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the SIMD module is compiled only for an input that pays for it', () => {
  it('small inputs, a reader and a hex-run probe leave it unmade; the first 1 KiB input makes it', () => {
    // Several needles (one alone is found with indexOf, not the SIMD pass).
    const test = compileNeedles(['graph.facebook.com', 'access_token', 'EAAB', 'client_secret', 'appsecret_proof'].map((text) => ({ text })), { simd: true });
    const file = path.join(dir, 'small.js');
    writeFileSync(file, 'fetch("https://graph.facebook.com/v25.0/me");\n');
    const reader = new ByteReader({}, simdDataIfLive);
    const r = reader.read(file);
    expect(r).toMatchObject({ kind: 'text' });
    const bytes = (r as { bytes: Buffer }).bytes;
    expect(bytes.toString()).toBe('fetch("https://graph.facebook.com/v25.0/me");\n');
    expect(test(bytes)).toBe(true);
    expect(simdHexBlocks(Buffer.from('a'.repeat(64)))).toBeUndefined();
    expect(simdLive()).toBe(false);

    const large = Buffer.from(`${'x'.repeat(2000)} graph.facebook.com`);
    expect(test(large)).toBe(true);
    expect(simdLive()).toBe(true);
    // From now on a reader reads straight into the instance's memory.
    const again = reader.read(file) as { bytes: Buffer };
    expect(again.bytes.buffer).toBe(simdData(0)!.buffer);
    expect(again.bytes.toString()).toBe('fetch("https://graph.facebook.com/v25.0/me");\n');
  });
});
