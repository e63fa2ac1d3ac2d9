/** The caret-marker tag of the rule tests (test/helpers/marked.ts). */
import { describe, expect, it } from 'vitest';
import { code, manifest, skip, under } from './helpers/marked.js';
import { HEAD } from './helpers/manifests.js';

describe('code`…`', () => {
  it('dedents, drops the layout lines, and turns caret lines into marks on the line above', () => {
    const t = code`
      a: 1
      bb: two
          ^^^ value
    `;
    expect(t.text).toBe('a: 1\nbb: two\n');
    expect(t.marks).toEqual([{ line: 2, column: 5, endLine: 2, endColumn: 8, label: 'value' }]);
  });

  it('measures carets in the rendered text: under(value) below an interpolated value, skip(value) to pass one', () => {
    const A = 'x'.repeat(30);
    const B = 'y'.repeat(7);
    const t = code`
      export T=${A} U=${B}
               ${under(A)}
               ${skip(A)}   ^^^^^^^ token
    `;
    expect(t.text).toBe(`export T=${A} U=${B}\n`);
    expect(t.marks).toEqual([
      { line: 1, column: 10, endLine: 1, endColumn: 40 },
      { line: 1, column: 43, endLine: 1, endColumn: 50, label: 'token' },
    ]);
  });

  it('keeps several runs of one caret line, and relative indentation', () => {
    const t = code`
      list:
        - aa, bb
          ^^  ^^
    `;
    expect(t.text).toBe('list:\n  - aa, bb\n');
    expect(t.marks.map((m) => [m.line, m.column, m.endColumn])).toEqual([
      [2, 5, 7],
      [2, 9, 11],
    ]);
  });
});

describe('manifest`…`', () => {
  it('puts the shared head before the text and counts lines from the file start', () => {
    const t = manifest`
        - name: shop-prod
                ^^^^^^^^^
    `;
    expect(t.text).toBe(`${HEAD}  - name: shop-prod\n`);
    const line = HEAD.split('\n').length;
    expect(t.marks).toEqual([{ line, column: 11, endLine: line, endColumn: 20 }]);
    expect(t.text.split('\n')[line - 1]!.slice(10, 19)).toBe('shop-prod');
  });
});
