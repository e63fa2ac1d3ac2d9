/** src/position.ts: offsets to 1-based lines and columns, for whole texts and for chunks mid-file. */
import { describe, expect, it } from 'vitest';
import { LineIndex, positionAt } from '../src/position.js';

const TEXT = 'ab\ncd\r\n\nef';

describe('LineIndex', () => {
  it('gives 1-based lines and columns, a \\r counting as a character of its line', () => {
    const index = new LineIndex(TEXT);
    expect([0, 1, 2, 3, 5, 6, 7, 8, 10].map((o) => index.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 2, column: 4 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 3 },
    ]);
  });

  it('starts the first line at the origin column, the others at column 1 (a chunk mid-file)', () => {
    const index = new LineIndex('ab\ncd\n\nef', { line: 7, column: 3 });
    expect(index.position(1)).toEqual({ line: 7, column: 4 });
    expect(index.position(4)).toEqual({ line: 8, column: 2 });
    expect(index.position(8)).toEqual({ line: 10, column: 2 });
    expect(index.position(0)).toEqual({ line: 7, column: 3 });
  });

  it('returns line texts by position line, without the \\n, and undefined past the ends', () => {
    const index = new LineIndex(TEXT, { line: 5, column: 9 });
    expect([4, 5, 6, 7, 8, 9].map((l) => index.lineText(l))).toEqual([undefined, 'ab', 'cd\r', '', 'ef', undefined]);
  });
});

describe('positionAt', () => {
  it('agrees with LineIndex on every offset, from either origin', () => {
    for (const origin of [undefined, { line: 3, column: 5 }]) {
      const index = new LineIndex(TEXT, origin);
      for (let o = 0; o <= TEXT.length; o++) expect(positionAt(TEXT, o, origin), `offset ${o}`).toEqual(index.position(o));
    }
  });
});
