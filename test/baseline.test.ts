import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, readBaseline } from '../src/baseline.js';
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

  it('places a baseline that is not JSON where the JSON breaks, as an invalid manifest is placed', () => {
    const at = (text: string) => {
      const p = file(text);
      try {
        readBaseline(p);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        expect((e as ConfigError).message).toBe('baseline is not JSON; write it with `graphguard baseline`');
        return (e as ConfigError).format().slice(p.length + 1);
      }
      throw new Error('read');
    };
    const where = 'baseline is not JSON; write it with `graphguard baseline`';
    // A value missing (the review's file): at the `}` on line 2.
    expect(at('{"version": 1,\n  "findings": [ {"fingerprint": } ]\n}\n')).toBe(`2:33: ${where}`);
    // A merge conflict's markers.
    expect(at(`<<<<<<< HEAD\n${ok}\n=======\n${ok}\n>>>>>>> main\n`)).toBe(`1:1: ${where}`);
    expect(at(`{"findings": [\n<<<<<<< HEAD\n  {"fingerprint": "a"}\n]}\n`)).toBe(`2:1: ${where}`);
    // A trailing comma; a line break inside a string; a `-` with no digit after it.
    expect(at('{\n  "findings": [\n    {"fingerprint": "a"},\n  ]\n}\n')).toBe(`4:3: ${where}`);
    expect(at('{"findings": [{"fingerprint": "a\nb"}]}')).toBe(`1:33: ${where}`);
    expect(at('{"version": -x, "findings": []}')).toBe(`1:14: ${where}`);
    // Cut short: the end of its last line with text, not the blank line after it.
    expect(at('{\n  "findings": [\n    {"fingerprint": "a"},\n\n\n')).toBe(`3:26: ${where}`);
    // An empty file.
    expect(at('')).toBe(`1:1: ${where}`);
    // A byte order mark is not counted (editors show none).
    expect(at('\uFEFF{"findings": [}')).toBe(`1:15: ${where}`);
  });

  it('jsonErrorOffset agrees with JSON.parse where its message gives a position, and is 0 for JSON', () => {
    const text = JSON.stringify({ version: 1, findings: [{ fingerprint: 'a\u00e9', n: -1.5e3, t: true, f: false, z: null }] }, null, 2);
    expect(jsonErrorOffset(text)).toBe(0);
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', 'x', '1', '-', '.', 'e', ' ', '\n', 't', 'n', '\u0001'];
    let compared = 0;
    for (let k = 0; k < 3000; k++) {
      const p = rnd(text.length + 1);
      const broken = rnd(2) === 0 ? text.slice(0, p) + pieces[rnd(pieces.length)] + text.slice(p) : text.slice(0, p) + text.slice(p + 1);
      let message: string | undefined;
      try {
        JSON.parse(broken);
      } catch (e) {
        message = (e as Error).message;
      }
      if (message === undefined) {
        expect(jsonErrorOffset(broken)).toBe(0);
        continue;
      }
      const offset = jsonErrorOffset(broken);
      const given = /at position (\d+)/.exec(message)?.[1];
      const token = /^Unexpected token '(.)'/.exec(message)?.[1];
      if (given !== undefined) expect(Math.min(Number(given), broken.trimEnd().length), JSON.stringify(broken)).toBe(offset);
      else if (token !== undefined) expect(broken[offset], JSON.stringify(broken)).toBe(token);
      else continue;
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
  });
});
