/**
 * The call reader's first layer (src/calls/sites.ts's `Scanner` is the last): the fields every reader shares, the
 * constructor (the tokens and, per token, its bracket's partner and the call or bracket it is in), and the
 * vocabulary every reader speaks: `kind`, `op`, `id`, `str`, `member`, `parenAfter`, `args`, `kwargs`, `keyValue`….
 * Start at the constructor, then read the token helpers in order; nothing here reads a value or a scope.
 *
 * The layers, each an abstract class the next one extends: tokens.ts ← scopes.ts ← values.ts ← helpers.ts ←
 * urls.ts ← clients.ts ← sdk.ts ← sites.ts (`Scanner`: `run()`). A layer calls only its own and lower layers'
 * methods (clients.ts's three `protected abstract` methods, written in sdk.ts, are the exception).
 */
import { ID, lex, OP, type Part, STR, type Tokens } from '../lex.js';
import type { Language } from '../language.js';
import { WA_SDK_IMPORT } from '../markers.js';
import { OPTION_TOKENS, TYPE_ARGS_TOKENS, TYPE_OPS, WINDOW } from './common.js';

/** Words that end in `:` without a type after them (`if ready: url = …`, `else:`). */
const STATEMENT_WORDS = new Set(['if', 'elif', 'else', 'while', 'for', 'with', 'try', 'except', 'finally', 'lambda', 'def', 'class', 'case', 'default', 'return', 'match']);

const SDK_IMPORT: Record<Language, RegExp> = {
  js: /facebook-nodejs-business-sdk/,
  python: /facebook_business|facebookads/,
  php: /FacebookAds\\/,
  java: /com\.facebook\.ads\.sdk/,
  ruby: /FacebookAds|facebookbusiness/,
  go: /(?!)/,
};

/**
 * Python's explicit line joining: each backslash that ends a line between tokens (not in a comment), and its line
 * break, made spaces, so that the reader's look at line breaks (where a statement ends, a line's indentation) sees
 * one line, as Python does. Offsets stay those of `text`; one pass over the gaps between tokens.
 */
function joinContinuedLines(text: string, toks: Tokens): string {
  if (!text.includes('\\\n') && !text.includes('\\\r\n')) return text;
  const out: string[] = [];
  let from = 0;
  for (let t = 0; t <= toks.length; t++) {
    const to = t < toks.length ? toks.start[t]! : text.length;
    let comment = false;
    for (let c = t > 0 ? toks.end[t - 1]! : 0; c < to; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 0x23) comment = true;
      else if (ch === 0x0a) comment = false;
      else if (ch === 0x5c && !comment) {
        const width = text.charCodeAt(c + 1) === 0x0a ? 2 : text.charCodeAt(c + 1) === 0x0d && text.charCodeAt(c + 2) === 0x0a ? 3 : 0;
        if (width === 0) continue;
        out.push(text.slice(from, c), ' '.repeat(width));
        from = c + width;
        c += width - 1;
      }
    }
  }
  if (out.length === 0) return text;
  out.push(text.slice(from));
  return out.join('');
}

export abstract class TokenReader {
  protected toks: Tokens;
  /** For each bracket token, the index of its partner; -1 otherwise. */
  protected partner: Int32Array;
  /** For each token, the index of the innermost `(` it is inside, or -1. */
  protected inCall: Int32Array;
  /** For each token, the index of the innermost bracket (`(`, `[`, `{`) it is inside, or -1. */
  protected inBracket: Int32Array;
  protected src: string;
  protected taken = new Set<number>();
  protected concat: string;
  protected php: boolean;
  protected sdk: boolean;
  /** Whether the file imports Meta's WhatsApp Node SDK (`import WhatsApp from 'whatsapp'`): waSdkCall. */
  protected waSdk: boolean;

  constructor(text: string,
    protected lang: Language,
  ) {
    this.toks = lex(text, lang);
    this.src = lang === 'python' ? joinContinuedLines(text, this.toks) : text;
    const n = this.toks.length;
    const kind = this.toks.kind;
    const v = this.toks.v;
    this.partner = new Int32Array(n).fill(-1);
    this.inCall = new Int32Array(n).fill(-1);
    this.inBracket = new Int32Array(n).fill(-1);
    const stack: number[] = [];
    const parens: number[] = [];
    for (let i = 0; i < n; i++) {
      this.inCall[i] = parens.length ? parens[parens.length - 1]! : -1;
      this.inBracket[i] = stack.length ? stack[stack.length - 1]! : -1;
      if (kind[i] !== OP) continue;
      const tv = v[i];
      if (tv === '(' || tv === '[' || tv === '{') {
        stack.push(i);
        if (tv === '(') parens.push(i);
      } else if (tv === ')' || tv === ']' || tv === '}') {
        // Pop to the matching opener; an unbalanced closer is ignored.
        const want = tv === ')' ? '(' : tv === ']' ? '[' : '{';
        for (let k = stack.length - 1; k >= 0 && k >= stack.length - 8; k--) {
          const o = stack[k]!;
          if (v[o] === want) {
            this.partner[o] = i;
            this.partner[i] = o;
            const removed = stack.splice(k);
            for (const r of removed) if (v[r] === '(' && parens[parens.length - 1] === r) parens.pop();
            break;
          }
        }
      }
    }
    this.php = lang === 'php';
    this.concat = lang === 'php' ? '.' : '+';
    this.sdk = SDK_IMPORT[lang].test(text);
    this.waSdk = lang === 'js' && WA_SDK_IMPORT.test(text);
  }

  /** Token i's kind, or 0 past either end. */
  protected kind(i: number): number {
    return i >= 0 && i < this.toks.length ? this.toks.kind[i]! : 0;
  }
  protected op(i: number, v: string): boolean {
    return this.kind(i) === OP && this.toks.v[i] === v;
  }
  protected id(i: number): string | undefined {
    return this.kind(i) === ID ? this.toks.v[i] : undefined;
  }
  /** A string token's literal text (undefined when it has holes, or is no string). */
  protected str(i: number): string | undefined {
    return this.kind(i) === STR ? this.toks.v[i] : undefined;
  }
  /** A string token's parts, or undefined. */
  protected strParts(i: number): Part[] | undefined {
    return this.kind(i) === STR ? this.toks.parts[i] : undefined;
  }
  /** A member access at token i: `.`, `?.`, `::`; `->` in PHP only (Java's and Kotlin's lambda arrow, Python's return annotation). */
  protected member(i: number): boolean {
    return this.op(i, '.') || this.op(i, '?.') || this.op(i, '::') || (this.php && this.op(i, '->'));
  }

  /**
   * The `(` of a call whose callee is token i: right after it, or after TypeScript/Kotlin type arguments
   * (`axios.post<Page>(…)`, `graph.get<{ id: string }>(…)`); -1 when none.
   */
  protected parenAfter(i: number): number {
    if (this.op(i + 1, '(')) return i + 1;
    if (!this.op(i + 1, '<') || (this.lang !== 'js' && this.lang !== 'java')) return -1;
    let depth = 0;
    for (let k = i + 1; k < i + 1 + TYPE_ARGS_TOKENS && k < this.toks.length; k++) {
      if (this.op(k, '<')) depth++;
      else if (this.op(k, '>')) {
        if (--depth === 0) return this.op(k + 1, '(') ? k + 1 : -1;
      } else if (this.op(k, ';') || this.op(k, '=') || this.op(k, '(')) return -1;
    }
    return -1;
  }

  /** The callee token of the call whose `(` is token p (before any type arguments: `post` in `post<T>(`). */
  protected calleeAt(p: number): number {
    if (!this.op(p - 1, '>') || (this.lang !== 'js' && this.lang !== 'java')) return p - 1;
    let depth = 0;
    for (let k = p - 1; k > p - 1 - TYPE_ARGS_TOKENS && k > 0; k--) {
      if (this.op(k, '>')) depth++;
      else if (this.op(k, '<')) {
        if (--depth === 0) return this.id(k - 1) !== undefined ? k - 1 : p - 1;
      } else if (this.op(k, ';') || this.op(k, '=') || this.op(k, ')')) return p - 1;
    }
    return p - 1;
  }

  /**
   * Where the value assigned to the name at token i starts: `name = v`, `name := v`, a typed `name: T = v`
   * (TypeScript, Kotlin, Swift, Rust, Python), Go's `var name T = v`; with `colon`, also `name: v` (an
   * object key, outside Python). -1 when token i is assigned nothing.
   */
  protected valueStart(i: number, colon: boolean): number {
    if (this.op(i + 1, '=') || this.op(i + 1, ':=')) return i + 2;
    if (this.op(i + 1, ':')) {
      const typed = this.typedValue(i);
      if (typed !== -1) return typed;
      return colon && this.lang !== 'python' ? i + 2 : -1;
    }
    // Go's typed declarations: `var graphURL string = …`, `const graphURL string = …`, and in a grouped `const (` /
    // `var (` block, `graphURL string = …` (hunt Z-8).
    if (this.lang === 'go' && this.id(i + 1) !== undefined && this.op(i + 2, '=') && (this.id(i - 1) === 'var' || this.id(i - 1) === 'const' || (this.inBracket[i] !== -1 && this.goGroup(this.inBracket[i]!) && this.lineBreakAfter(i - 1)))) return i + 3;
    // Go's `u, err := url.Parse(…)`: the first name is given the value (a later `u, _ :=` assigns `u` again).
    if (this.lang === 'go' && this.op(i + 1, ',') && !this.op(i - 1, ',') && !this.member(i - 1)) {
      let k = i + 1;
      while (this.op(k, ',') && this.id(k + 1) !== undefined && k < i + 16) k += 2;
      if (this.op(k, ':=') || (this.op(k, '=') && !this.op(k + 1, '='))) return k + 1;
    }
    return -1;
  }

  /** `name: T = v`: the token after the `=`, when what stands between is a type (names, `.`, `<>`, `[]`, `?`, `&`, `|`); else -1. */
  protected typedValue(i: number): number {
    const before = this.id(i - 1);
    if (STATEMENT_WORDS.has(this.id(i)!) || (before !== undefined && STATEMENT_WORDS.has(before))) return -1;
    // Python: a colon that ends its line ends a block's header (`… as client:`, `for x in xs:`), never an
    // annotation: the next line's `resp = await client.post(…)` is no value of `client`.
    if (this.lang === 'python' && this.lineBreakAfter(i + 1)) return -1;
    if (this.id(i + 2) === undefined && !this.op(i + 2, '&') && !this.op(i + 2, '[')) return -1;
    for (let k = i + 2; k < i + 2 + TYPE_ARGS_TOKENS && k < this.toks.length; k++) {
      if (this.op(k, '=')) return k > i + 2 ? k + 1 : -1;
      if (this.kind(k) === ID) continue;
      const v = this.kind(k) === OP ? this.toks.v[k] : undefined;
      if (v === undefined || !TYPE_OPS.has(v)) return -1;
    }
    return -1;
  }

  /** Whether a line ends between token `k` and the next token (comments between them included). */
  protected lineBreakAfter(k: number): boolean {
    if (k + 1 >= this.toks.length) return true;
    // Only the gap is looked at (a search to the line's end would be quadratic on a long line).
    for (let c = this.toks.end[k]!, to = this.toks.start[k + 1]!; c < to; c++) if (this.src.charCodeAt(c) === 10) return true;
    return false;
  }

  /** Whether token k is an operator that carries a statement over a line break (`??`, `||`, `?:`, `or`, `+`, `.`). */
  protected carriesOver(k: number): boolean {
    return this.op(k, '?') || this.op(k, '|') || this.op(k, ':') || this.op(k, '+') || this.op(k, '.') || this.op(k, '\\') || (this.lang === 'python' && this.id(k) === 'or');
  }

  /** Argument token ranges [from, to) of the call whose `(` is at p. */
  protected args(p: number): [number, number][] {
    const end = this.partner[p]!;
    if (end === -1) return [];
    const out: [number, number][] = [];
    let from = p + 1;
    for (let k = p + 1; k < end && k - p < WINDOW * 4; k++) {
      const tv = this.kind(k) === OP ? this.toks.v[k] : undefined;
      if ((tv === '(' || tv === '[' || tv === '{') && this.partner[k]! > k) {
        k = this.partner[k]!;
        continue;
      }
      if (tv === ',') {
        out.push([from, k]);
        from = k + 1;
      }
    }
    if (from < end) out.push([from, end]);
    return out;
  }

  /** Go: whether the bracket opening at p holds a grouped declaration (`const (`, `var (`). */
  protected goGroup(p: number): boolean {
    return this.lang === 'go' && this.op(p, '(') && (this.id(p - 1) === 'const' || this.id(p - 1) === 'var');
  }

  /** Python: the indentation of the line token t starts (its column), or -1 when t is not its line's first token. */
  protected lineIndent(t: number): number {
    const start = this.toks.start[t]!;
    const from = t > 0 ? this.toks.end[t - 1]! : 0;
    // The break is in the gap since the token before (only that is read).
    let nl = start - 1;
    while (nl >= from && this.src[nl] !== '\n') nl--;
    return nl >= from || t === 0 ? start - nl - 1 : -1;
  }

  /** Python: the indentation of the line token t is on (bounded: a line's first 256 characters), or -1. */
  protected indentAt(t: number): number {
    const start = this.toks.start[t]!;
    let nl = start - 1;
    while (nl >= 0 && start - nl < 256 && this.src[nl] !== '\n') nl--;
    if (nl >= 0 && this.src[nl] !== '\n') return -1;
    let s = nl + 1;
    while (s < start && (this.src[s] === ' ' || this.src[s] === '\t')) s++;
    return s - nl - 1;
  }

  /** Whether token k starts a positional argument of the call opened at p (after its `(` or a `,`). */
  protected argStart(k: number, p: number): boolean {
    return k - 1 === p || this.op(k - 1, ',');
  }

  /** Whether token k ends an argument (a `,`, or the closing bracket at `close`). */
  protected argEnd(k: number, close: number): boolean {
    return k === close || this.op(k, ',') || this.op(k, ')') || this.op(k, '}') || this.op(k, ']');
  }

  protected isKeyword(t: string): boolean {
    return /^(?:true|false|null|nil|None|True|False|undefined|this|self|new|function|lambda|async|await|return)$/.test(t);
  }

  /**
   * The token range [from, to) of the value of `key` at the top level of the object opening at token o; with
   * `shorthand`, JavaScript's `{ key }` gives the variable.
   */
  protected keyValue(o: number, key: string, shorthand = false): [number, number] | undefined {
    for (const [entry, end] of this.objectEntries(o)) {
      if ((this.id(entry) ?? this.str(entry)) === key && this.op(entry + 1, ':') && entry + 2 < end) return [entry + 2, end];
      if (shorthand && end === entry + 1 && this.id(entry) === key) return [entry, end];
    }
    return undefined;
  }

  /**
   * The top-level entries [from, to) of the object (or array) opening at token o, nested brackets passed
   * over. Bounded: an entry past OPTION_TOKENS is not read.
   */
  protected objectEntries(o: number): [number, number][] {
    const out: [number, number][] = [];
    const close = this.partner[o]!;
    if (close === -1) return out;
    const stop = Math.min(close, o + OPTION_TOKENS);
    let entry = o + 1;
    for (let k = o + 1; k <= stop; k++) {
      const tv = k < stop && this.kind(k) === OP ? this.toks.v[k] : undefined;
      if ((tv === '(' || tv === '[' || tv === '{') && this.partner[k]! > k) {
        k = this.partner[k]! - 1;
        continue;
      }
      if (tv !== ',' && k !== stop) continue;
      out.push([entry, k]);
      entry = k + 1;
    }
    return out;
  }

  /** Whether the string at k is the value of a `method`/`verb` key or argument. */
  protected keyBefore(k: number): boolean {
    const sep = this.kind(k - 1) === OP ? this.toks.v[k - 1] : undefined;
    if (sep === undefined || !(sep === ':' || sep === '=' || sep === '=>' || sep === ',')) return sep === '(' || sep === ',';
    if (sep === ',') return true;
    const name = this.id(k - 2) ?? this.str(k - 2);
    return name !== undefined && /^(?:method|verb|http_method|httpMethod|type)$/i.test(name);
  }

  /** A keyword argument's value (`urlString = "…"`), else the argument itself. */
  protected kwargValue(arg: [number, number]): [number, number] {
    return this.isKwarg(arg) ? [arg[0] + 2, arg[1]] : arg;
  }

  protected isKwarg([a, b]: [number, number]): boolean {
    return b - a >= 2 && this.id(a) !== undefined && (this.op(a + 1, '=') || this.op(a + 1, ':'));
  }

  protected kwargs(args: [number, number][]): Map<string, [number, number]> {
    const m = new Map<string, [number, number]>();
    for (const [a, b] of args) if (this.isKwarg([a, b])) m.set(this.id(a)!, [a + 2, b]);
    return m;
  }

  protected markTaken([a, b]: [number, number]): void {
    for (let k = a; k < b; k++) this.taken.add(k);
  }
}
