/** src/secrets/runs.ts: maximal ASCII-class runs, as the look-behind regular expressions it replaces found them. */
import { describe, expect, it } from 'vitest';
import { ALNUM, forEachRun, URL_SAFE } from '../../src/secrets/runs.js';
import { asciiClass } from '../../src/text.js';
import { rng } from '../helpers/rng.js';

function runs(text: string, cls: Uint8Array, min: number): [number, number][] {
  const out: [number, number][] = [];
  forEachRun(text, cls, min, (s, e) => out.push([s, e]));
  return out;
}

function byRegex(text: string, re: RegExp): [number, number][] {
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

describe('forEachRun', () => {
  it('finds each maximal run at least min long, at its first character', () => {
    expect(runs('ab cdef gh', ALNUM, 3)).toEqual([[3, 7]]);
    expect(runs('abc', ALNUM, 3)).toEqual([[0, 3]]);
    expect(runs('ab', ALNUM, 3)).toEqual([]);
    expect(runs('', ALNUM, 1)).toEqual([]);
    // `-` and `_` join a url-safe run, not an alphanumeric one; past ASCII ends both.
    expect(runs('aa-bb_cc', URL_SAFE, 8)).toEqual([[0, 8]]);
    expect(runs('aa-bb_cc', ALNUM, 2)).toEqual([[0, 2], [3, 5], [6, 8]]);
    expect(runs('aaaé aaa', ALNUM, 3)).toEqual([[0, 3], [5, 8]]);
    expect(runs('x'.repeat(100_000), asciiClass('x'), 40)).toEqual([[0, 100_000]]);
  });

  it('with from and to, finds the runs of that slice only (a run cut by its ends is cut there)', () => {
    const within = (text: string, min: number, from: number, to: number): [number, number][] => {
      const out: [number, number][] = [];
      forEachRun(text, ALNUM, min, (s, e) => out.push([s, e]), from, to);
      return out;
    };
    expect(within('ab-cdef-ghij-kl', 3, 3, 12)).toEqual([[3, 7], [8, 12]]);
    expect(within('ab-cdef-ghij-kl', 3, 4, 11)).toEqual([[4, 7], [8, 11]]);
    expect(within('ab-cdef-ghij-kl', 4, 4, 11)).toEqual([]);
    expect(within('abcdef', 1, 6, 6)).toEqual([]);
  });

  it('agrees with the look-behind expressions on 3,000 random texts', () => {
    const r = rng(12);
    const alphabet = 'aZ09_-.é %\n\u{1F600}';
    let found = 0;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const len = Math.floor(r() * 300);
      // Long stretches of one kind, so that runs near the thresholds occur.
      while (text.length < len) {
        const ch = alphabet[Math.floor(r() * alphabet.length)]!;
        text += r() < 0.7 ? 'Ab1_'[Math.floor(r() * 4)]!.repeat(1 + Math.floor(r() * 30)) : ch;
      }
      const long = runs(text, ALNUM, 40);
      expect(long).toEqual(byRegex(text, /(?<![A-Za-z0-9])[A-Za-z0-9]{40,}/g));
      expect(runs(text, URL_SAFE, 22)).toEqual(byRegex(text, /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{22,}/g));
      found += long.length;
    }
    // The texts do hold runs past the threshold.
    expect(found).toBeGreaterThan(1000);
  });
});
