/** The expression evaluator over a matrix leg (src/scan/expressions.ts): GitHub's rules, and UNKNOWN for what it cannot know. */
import { describe, expect, it } from 'vitest';
import { evaluate, UNKNOWN } from '../../src/scan/expressions.js';

describe('evaluate', () => {
  const prod = { env: 'production', os: 'ubuntu-latest', target: { name: 'prod-eu' } };
  const test = { env: 'test', os: 'windows-latest' };

  it('compares matrix values with strings, without regard to case, and reads nested values', () => {
    expect(evaluate("matrix.env == 'production'", prod)).toBe(true);
    expect(evaluate("matrix.env == 'PRODUCTION'", prod)).toBe(true);
    expect(evaluate("${{ matrix.env != 'production' }}", test)).toBe(true);
    expect(evaluate("matrix['target'].name == 'prod-eu'", prod)).toBe(true);
    expect(evaluate("matrix.ENV == 'test'", test)).toBe(true);
    expect(evaluate('matrix.missing == null', test)).toBe(true);
    expect(evaluate("!(matrix.env == 'test')", prod)).toBe(true);
    // Different types compare as numbers: 'true' is NaN, equal to nothing; '' and null are 0.
    expect(evaluate("matrix.flag == 'true'", { flag: true })).toBe(false);
    expect(evaluate("matrix.flag != 'true'", { flag: true })).toBe(true);
    expect(evaluate('matrix.flag == 1', { flag: true })).toBe(true);
    expect(evaluate("matrix.n == '2'", { n: 2 })).toBe(true);
    expect(evaluate("matrix.missing == ''", {})).toBe(true);
  });

  it('gives the operand && and || pick: the secret an expression chooses per leg', () => {
    const e = "${{ matrix.env == 'production' && secrets.PROD_TOKEN || secrets.TEST_TOKEN }}";
    expect(evaluate(e, prod)).toEqual({ secret: 'PROD_TOKEN' });
    expect(evaluate(e, test)).toEqual({ secret: 'TEST_TOKEN' });
    expect(evaluate("secrets['A'] || secrets.B", test)).toEqual({ secret: 'A' });
    expect(evaluate("matrix.os == 'x' && secrets.A", test)).toBe(false);
  });

  it('is UNKNOWN for other contexts, functions and what it cannot parse; short-circuits past them', () => {
    expect(evaluate("inputs.env == 'production'", prod)).toBe(UNKNOWN);
    expect(evaluate("contains(matrix.env, 'prod')", prod)).toBe(UNKNOWN);
    expect(evaluate("matrix.env == 'production' &&", prod)).toBe(UNKNOWN);
    expect(evaluate("'unterminated", prod)).toBe(UNKNOWN);
    expect(evaluate('matrix.target', prod)).toBe(UNKNOWN);
    expect(evaluate("matrix.env == 'test' && github.ref == 'x'", prod)).toBe(false);
    expect(evaluate(`${'('.repeat(3000)}matrix.env`, prod)).toBe(UNKNOWN);
  });
});
