// Its own file: the SIMD instance is made once per thread, so a test of when it is made needs a fresh one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScanCode, SIMD_EARLY_FILES, startPrefilter } from '../../src/scan/parallel.js';
import { simdLive } from '../../src/scan/simd.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gg-simd-early-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const needles = [['graph.facebook.com', 'access_token', 'client_secret'].map((text) => ({ text }))];

function files(count: number, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${prefix}-${i}.js`;
    writeFileSync(path.join(dir, name), i === 1 ? 'fetch("https://graph.facebook.com/v25.0/me");\n' : `export const n${i} = ${i};\n`);
    out.push(name);
  }
  return out;
}

describe("the first pass's SIMD instance", () => {
  it('is not made for a scan of a few small files (an empty check); it is, at once, for a scan of SIMD_EARLY_FILES files', async () => {
    const pass = startPrefilter(needles);
    const few = await pass.classify(files(3, 'few'), `${dir}/`);
    expect([...few.codes]).toEqual([ScanCode.Clean, ScanCode.Look, ScanCode.Clean]);
    expect(simdLive()).toBe(false);
    // Small files still: the instance comes with the reader, before any file needs it.
    const many = await pass.classify(files(SIMD_EARLY_FILES, 'many'), `${dir}/`);
    expect(many.codes.filter((c) => c === ScanCode.Look)).toHaveLength(1);
    expect(many.codes[1]).toBe(ScanCode.Look);
    expect(simdLive()).toBe(true);
    pass.close();
  });
});
