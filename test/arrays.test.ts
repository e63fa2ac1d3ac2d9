import { describe, expect, it } from 'vitest';
import { pushAll } from '../src/arrays.js';

describe('pushAll', () => {
  it('appends in order, and appends 500,000 items where push(...items) overflows the stack', () => {
    expect(pushAll([1, 2], [3, 4])).toEqual([1, 2, 3, 4]);
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const out = pushAll([-1], many);
    expect(out.length).toBe(500_001);
    expect(out[500_000]).toBe(499_999);
  });
});
