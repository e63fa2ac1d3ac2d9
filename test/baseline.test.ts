import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBaseline } from '../src/baseline.js';
import { ConfigError } from '../src/types.js';

function file(text: string): string {
  const p = path.join(mkdtempSync(path.join(tmpdir(), 'gg-baseline-')), 'b.json');
  writeFileSync(p, text);
  return p;
}

describe('readBaseline', () => {
  const ok = JSON.stringify({ findings: [{ fingerprint: 'abc', ruleId: 'x', note: '[[[[[[[[[[[[[[[[[[[[' }] });

  it('reads the fingerprints; brackets inside strings are no nesting; a byte order mark is not JSON of its own', () => {
    expect([...readBaseline(file(ok))]).toEqual(['abc']);
    expect([...readBaseline(file(`\uFEFF${ok}`))]).toEqual(['abc']);
  });

  it('refuses nesting past 8 levels before parsing it (60 MB of it took 15 s and 3 GB)', () => {
    const deep = `{"findings":[${'['.repeat(10)}${']'.repeat(10)}]}`;
    let err: unknown;
    try {
      readBaseline(file(deep));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe('baseline nests deeper than 8 levels; write it with `graphguard baseline`');
  });
});
