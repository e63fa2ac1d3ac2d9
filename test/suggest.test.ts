import { describe, expect, it } from 'vitest';
import { levenshtein, suggest } from '../src/suggest.js';
import { rng } from './helpers/rng.js';

describe('levenshtein with a cutoff', () => {
  it('is the distance, or the cutoff when the distance reaches it (random words over small alphabets)', () => {
    const next = rng(7);
    const word = (n: number) => Array.from({ length: n }, () => 'abc'[Math.floor(next() * 3)]).join('');
    for (let k = 0; k < 2000; k++) {
      const a = word(Math.floor(next() * 12));
      const b = word(Math.floor(next() * 12));
      const d = levenshtein(a, b);
      for (const max of [1, 2, 3, 5, 20]) expect(levenshtein(a, b, max)).toBe(Math.min(d, max));
    }
  });
});

describe('suggest', () => {
  it('names the nearest candidate within a third of the word, as before the cutoff', () => {
    expect(suggest('permisions', ['permissions', 'perms', 'tasks'])).toBe('permissions');
    expect(suggest('Aset 12x', ['Asset 12', 'Asset 13', 'Asset 120'])).toBe('Asset 12');
    expect(suggest('zzzz', ['permissions'])).toBeUndefined();
  });

  it('gives no suggestion for a word longer than 128 characters', () => {
    const long = 'a'.repeat(129);
    expect(suggest(long, [`${long}b`])).toBeUndefined();
    expect(suggest('a'.repeat(128), [`${'a'.repeat(128)}b`])).toBe(`${'a'.repeat(128)}b`);
  });
});
