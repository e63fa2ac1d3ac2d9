import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildFrame } from '../src/format/frame.js';
import { LineIndex } from '../src/position.js';
import { Secret } from '../src/secrets/secret.js';
import { detached, lineEndNear, lineStartNear } from '../src/text.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after what `keep` makes from a 64 MB text is all the text leaves behind (MB). */
function retainedMb(keep: (text: string) => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  let text: string | undefined = `${'x'.repeat(32 * 1024 * 1024)}\nconst t = "EAABsecretvalue0123456789";\n${'y'.repeat(32 * 1024 * 1024)}`;
  const kept = keep(text);
  text = undefined;
  gc();
  const after = process.memoryUsage().heapUsed;
  expect(kept).toBeDefined();
  return (after - before) / (1024 * 1024);
}

describe('detached strings: what a finding keeps does not keep its file alive', () => {
  it('is the same text', () => {
    expect(detached('short')).toBe('short');
    expect(detached('a longer string than thirteen')).toBe('a longer string than thirteen');
  });

  it('a Secret cut from a 64 MB text keeps a few bytes, not the text', () => {
    expect(retainedMb((t) => new Secret(t.slice(t.indexOf('EAAB'), t.indexOf('EAAB') + 25)))).toBeLessThan(8);
  });

  it('a code frame (lines of a LineIndex, which are views) keeps its own lines only', () => {
    expect(retainedMb((t) => buildFrame((n) => new LineIndex(t).lineText(n), 2, 12)!.lines)).toBeLessThan(8);
  });

  it('a plain slice would keep the whole text (what the two above guard against)', () => {
    expect(retainedMb((t) => t.slice(t.indexOf('EAAB'), t.indexOf('EAAB') + 25))).toBeGreaterThan(32);
  });
});

describe('lineStartNear / lineEndNear', () => {
  const text = 'ab\ncdefgh\nij';
  it('find the line of an offset within the window, or say it reaches further (-1)', () => {
    expect([lineStartNear(text, 5, 10), lineEndNear(text, 5, 10)]).toEqual([3, 9]);
    expect([lineStartNear(text, 5, 2), lineEndNear(text, 5, 3)]).toEqual([3, -1]);
    expect([lineStartNear(text, 5, 1), lineEndNear(text, 5, 4), lineEndNear(text, 5, 5)]).toEqual([-1, -1, 9]);
    expect([lineStartNear(text, 1, 1), lineEndNear(text, 11, 1)]).toEqual([0, 12]);
  });
});
