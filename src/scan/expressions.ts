/**
 * A small evaluator of GitHub Actions expressions over one matrix leg: enough to tell which legs a
 * step's `if:` runs in (`matrix.env == 'production'`) and which secret an expression picks there
 * (`matrix.env == 'production' && secrets.PROD_TOKEN || secrets.TEST_TOKEN`). Anything it cannot know
 * (another context: `inputs`, `vars`, `github`; a function call; a value it cannot compare) is UNKNOWN, and
 * the caller falls back to not judging. GitHub's rules: `&&` and `||` give one of their operands, strings
 * compare without regard to case, and false, 0, '' and null are falsy.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 */

/** A value no evaluation here can know. */
export const UNKNOWN: unique symbol = Symbol('unknown');
/** A secret read by name (`secrets.X`): truthy, and what an expression that picks a secret gives. */
export interface SecretValue {
  secret: string;
}
export type Value = string | number | boolean | null | SecretValue | typeof UNKNOWN;

/** The longest expression evaluated (a bound: an `if:` is a line); longer ones are UNKNOWN. */
const MAX_EXPRESSION = 1024;

/**
 * The value of `expression` (with or without `${{ }}`) for a matrix leg whose variables are `leg`,
 * or UNKNOWN.
 */
export function evaluate(expression: string, leg: Readonly<Record<string, unknown>>): Value {
  // The same expression over the same leg (a workflow repeats its conditions): evaluated once.
  let byLeg = memo.get(expression);
  if (!byLeg) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(expression, (byLeg = new WeakMap()));
  }
  const known = byLeg.get(leg);
  if (known !== undefined) return known;
  const v = evaluateOnce(expression, leg);
  byLeg.set(leg, v);
  return v;
}

const memo = new Map<string, WeakMap<object, Value>>();
const MEMO_SIZE = 1024;

function evaluateOnce(expression: string, leg: Readonly<Record<string, unknown>>): Value {
  let text = expression.trim();
  if (text.length > MAX_EXPRESSION) return UNKNOWN;
  const m = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
  if (m) text = m[1]!;
  const tokens = tokenize(text);
  if (!tokens) return UNKNOWN;
  const p = new Parser(tokens, leg);
  const v = p.or();
  return p.done() ? v : UNKNOWN;
}

/** Whether a value counts as true (GitHub's falsy values: false, 0, '', null). */
export function truthy(v: Exclude<Value, typeof UNKNOWN>): boolean {
  return !(v === false || v === 0 || v === '' || v === null);
}

type Token = { t: 'str' | 'num' | 'id' | 'op'; v: string };

function tokenize(s: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= s.length) return undefined;
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += s[i++];
      }
      out.push({ t: 'str', v });
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '&&' || two === '||' || two === '<=' || two === '>=') {
      out.push({ t: 'op', v: two });
      i += 2;
      continue;
    }
    if ('!()[].,<>'.includes(c)) {
      out.push({ t: 'op', v: c });
      i++;
      continue;
    }
    const num = /^-?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?)/i.exec(s.slice(i));
    if (num && (out.length === 0 || out[out.length - 1]!.t === 'op')) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][\w-]*/.exec(s.slice(i));
    if (!id) return undefined;
    out.push({ t: 'id', v: id[0] });
    i += id[0].length;
  }
  return out;
}

/**
 * GitHub's `==`: strings compare without regard to case; values of different types are compared as
 * numbers (null 0, true 1, false 0, a string by JSON's number syntax, '' 0, anything else NaN, which
 * equals nothing).
 */
function looselyEqual(a: string | number | boolean | null, b: string | number | boolean | null): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && a !== null && b !== null) return a === b;
  if (a === null && b === null) return true;
  const x = toNumber(a);
  const y = toNumber(b);
  return !Number.isNaN(x) && x === y;
}

function toNumber(v: string | number | boolean | null): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const t = v.trim();
  if (t === '') return 0;
  return /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(t) ? Number(t) : /^0x[0-9a-f]+$/i.test(t) ? Number(t) : Number.NaN;
}

/** Parentheses and `!` nested this deep at most. */
const MAX_DEPTH = 64;

function isSecret(v: Value): v is SecretValue {
  return typeof v === 'object' && v !== null;
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(
    private toks: Token[],
    private leg: Readonly<Record<string, unknown>>,
  ) {}

  done(): boolean {
    return this.i === this.toks.length;
  }

  private peek(v: string): boolean {
    const t = this.toks[this.i];
    return t !== undefined && t.t === 'op' && t.v === v;
  }

  or(): Value {
    let left = this.and();
    while (this.peek('||')) {
      this.i++;
      const right = this.and();
      if (left === UNKNOWN) continue;
      left = truthy(left) ? left : right;
    }
    return left;
  }

  private and(): Value {
    let left = this.compare();
    while (this.peek('&&')) {
      this.i++;
      const right = this.compare();
      if (left === UNKNOWN) continue;
      left = truthy(left) ? right : left;
    }
    return left;
  }

  private compare(): Value {
    const left = this.unary();
    const t = this.toks[this.i];
    if (t?.t !== 'op' || !['==', '!=', '<', '<=', '>', '>='].includes(t.v)) return left;
    this.i++;
    const right = this.unary();
    if (left === UNKNOWN || right === UNKNOWN || isSecret(left) || isSecret(right)) return UNKNOWN;
    if (t.v === '==' || t.v === '!=') {
      const eq = looselyEqual(left, right);
      return t.v === '==' ? eq : !eq;
    }
    return UNKNOWN;
  }

  private unary(): Value {
    if (this.peek('!')) {
      this.i++;
      if (++this.depth > MAX_DEPTH) return UNKNOWN;
      const v = this.unary();
      this.depth--;
      return v === UNKNOWN ? UNKNOWN : !truthy(v);
    }
    return this.primary();
  }

  private primary(): Value {
    const t = this.toks[this.i++];
    if (!t) return UNKNOWN;
    if (t.t === 'str') return t.v;
    if (t.t === 'num') return Number(t.v);
    if (t.t === 'op' && t.v === '(') {
      // Nesting is bounded (the parser recurses): deeper, UNKNOWN, and the rest is not read.
      if (++this.depth > MAX_DEPTH) {
        this.i = this.toks.length + 1;
        return UNKNOWN;
      }
      const v = this.or();
      this.depth--;
      if (!this.peek(')')) return UNKNOWN;
      this.i++;
      return v;
    }
    if (t.t !== 'id') return UNKNOWN;
    const word = t.v.toLowerCase();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    const path = this.path();
    if (path === undefined) return UNKNOWN;
    // A function call (`contains(…)`, `format(…)`): not evaluated.
    if (this.peek('(')) return UNKNOWN;
    if (word === 'secrets' && path.length === 1) return { secret: path[0]! };
    if (word !== 'matrix') return UNKNOWN;
    let v: unknown = this.leg;
    for (const k of path) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
      // Property names are looked up without regard to case.
      const key = Object.keys(v).find((x) => x.toLowerCase() === k.toLowerCase());
      v = key === undefined ? null : (v as Record<string, unknown>)[key];
    }
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : UNKNOWN;
  }

  /** The `.a.b` / `['a']` accessors after a context name. */
  private path(): string[] | undefined {
    const out: string[] = [];
    for (;;) {
      if (this.peek('.')) {
        const t = this.toks[this.i + 1];
        if (t?.t !== 'id') return undefined;
        out.push(t.v);
        this.i += 2;
      } else if (this.peek('[')) {
        const t = this.toks[this.i + 1];
        if (t?.t !== 'str' || !(this.toks[this.i + 2]?.t === 'op' && this.toks[this.i + 2]!.v === ']')) return undefined;
        out.push(t.v);
        this.i += 3;
      } else return out;
    }
  }
}
