/**
 * Scopes: which function, class and block a token is in (`scopeOf`, `classOf`, `parametersOf`, `declares`), and
 * which assignment a name means at a token (`valueOf`, `reaching`: the latest one that reaches it, branches and
 * shadowing told). Start at `scopeOf`, then `valueOf`. Builds on tokens.ts.
 */
import { ID, OP } from '../lex.js';
import { lowerBound } from '../../arrays.js';
import { bare, holeName, MAX_SHADOWED, TYPE_ARGS_TOKENS, TYPE_OPS, WINDOW } from './common.js';
import { TokenReader } from './tokens.js';

/** Words whose `(…) {` opens a block that is no function body (functionHeader). */
const CONTROL_WORDS = new Set(['if', 'elif', 'elseif', 'for', 'foreach', 'while', 'switch', 'catch', 'try', 'with', 'synchronized', 'using', 'lock', 'when', 'until', 'unless', 'match']);
/** Words of a header that opens a block that is no function body: `else {`, `try {`, `class A {`, Kotlin's `init {`. */
const BLOCK_WORDS = new Set([...CONTROL_WORDS, 'else', 'do', 'case', 'default', 'try', 'finally', 'select', 'loop', 'class', 'interface', 'object', 'enum', 'struct', 'namespace', 'static', 'init', 'return']);
/** Words before a name that make no typed declaration of it (Java's `return x = …`). */
const NOT_A_TYPE = new Set(['return', 'else', 'new', 'case', 'throw', 'yield', 'this', 'await', 'not', 'and', 'or', 'in', 'is', 'as', 'do', 'then']);

export abstract class ScopeReader extends TokenReader {
  /** Where each name's assigned values start (valueOf; made at the first need). */
  protected assigns: Map<string, number[]> | undefined;
  /** The name token of each of those assignments, in the same order. */
  protected assignNames: Map<string, number[]> | undefined;
  /** For each token, the innermost function body around it (scopeOf; made at the first need). */
  private scopes: Int32Array | undefined;
  /** Where each Python or Ruby `def` scope ends (its last token). */
  protected scopeEnds = new Map<number, number>();
  /** The parameter names of each function scope (parametersOf). */
  private params = new Map<number, Set<string>>();
  /** The file's named functions (helperDefinitions), built on first need. */
  private defs: Map<string, HelperDefinition[]> | undefined;
  /** The name of each function that is the only one of its name, by its scope (definitionAt). */
  private defScopes: Map<number, string> | undefined;
  /** Classes by token, Python and Ruby (classOf). */
  private classes: Int32Array | undefined;
  /** Whether each `{` looked at opens a class body (classOf). */
  private classBodies = new Map<number, boolean>();
  /** How many times each name occurs in the file (nameCount). */
  private names: Map<string, number> | undefined;
  /** The file's calls by callee name (callIndex). */
  private calls: Map<string, number[]> | undefined;

  /** The name a value starting at token `first` is assigned to (`url = …`, `const url: string = …`), if any. */
  protected definedName(first: number): string | undefined {
    if (!(this.op(first - 1, '=') || this.op(first - 1, ':='))) return undefined;
    // `requests.post(url=f"…")`, Kotlin's `post(url = "…")`: a keyword argument, no variable.
    // (Go's grouped declarations, `const (` / `var (`, are no call: their first name is a constant too; hunt Y3-2.)
    if (this.inCall[first] !== -1 && (this.op(first - 3, '(') || this.op(first - 3, ',')) && this.id(first - 2) !== undefined && !this.goGroup(this.inCall[first]!)) return undefined;
    // A typed name first (`url: string = …`: `string` is the type, not the name), then Go's `var url T =`.
    for (let j = first - 3; j >= 0 && j >= first - 2 - TYPE_ARGS_TOKENS; j--) {
      if (this.id(j) !== undefined && this.op(j + 1, ':') && this.typedValue(j) === first) return bare(this.id(j)!);
      if (this.kind(j) !== ID && !(this.kind(j) === OP && TYPE_OPS.has(this.toks.v[j]!)) && !this.op(j, ':')) break;
    }
    if (this.lang === 'go' && this.id(first - 3) !== undefined && this.valueStart(first - 3, false) === first) return bare(this.id(first - 3)!);
    // Go's `u, err := url.Parse(…)`: the first name is the value's.
    if (this.lang === 'go' && this.op(first - 3, ',') && this.id(first - 2) !== undefined) {
      let k = first - 2;
      while (this.op(k - 1, ',') && this.id(k - 2) !== undefined) k -= 2;
      return bare(this.id(k)!);
    }
    const name = this.id(first - 2);
    return name === undefined ? undefined : bare(name);
  }

  /** Whether the name at token k is an attribute of the instance: `self.x`, `this.x`, `$this->x` (nothing before). */
  protected instanceAttribute(k: number): boolean {
    return (this.op(k - 1, '.') || this.op(k - 1, '->')) && /^(?:self|this|\$this)$/.test(this.id(k - 2) ?? '') && !this.member(k - 3);
  }

  /**
   * Where the literal value of `name` last assigned before token `before` starts (`name = …`,
   * `name := …`, `const name = …`), or -1. The assignments are indexed at the first need.
   */
  protected override valueOf(name: string, before: number): number {
    const at = this.reaching(name, before);
    return at === -1 ? -1 : this.assigns!.get(bare(name))![at]!;
  }

  /** The assignment of `name` that valueOf reads at token `before`: its index in the name's lists, or -1. */
  protected reaching(name: string, before: number): number {
    if (!this.assigns) {
      this.assigns = new Map();
      this.assignNames = new Map();
      for (let i = 0; i + 2 < this.toks.length; i++) {
        const raw = this.id(i);
        const at = raw === undefined ? -1 : this.valueStart(i, false);
        if (at === -1 || this.pythonKeywordArgument(i)) continue;
        // By the bare name (`$params` is `params`), as the URL constants and their uses are.
        const n = bare(raw!);
        const list = this.assigns.get(n);
        if (list) {
          list.push(at);
          this.assignNames.get(n)!.push(i);
        } else {
          this.assigns.set(n, [at]);
          this.assignNames.set(n, [i]);
        }
      }
    }
    const key = bare(name);
    const list = this.assigns.get(key);
    if (!list) return -1;
    const names = this.assignNames!.get(key)!;
    // The last before `before` that is seen there (the list is in token order): a search, so a file of many
    // calls stays linear. Another function's own variable of the name is passed over (a bounded number of
    // them; past that, no value is read); a parameter of the name, of a function around `before`, hides
    // every value assigned outside that function.
    const floor = this.parameterScope(key, before);
    for (let at = lowerBound(list, before), n = 0; at > 0 && n < MAX_SHADOWED; at--, n++) {
      const v = list[at - 1]!;
      if (v < floor) return -1;
      const s = this.scopeOf(names[at - 1]!);
      if (s !== -1 && !this.inScope(s, before) && this.declares(names[at - 1]!)) continue;
      return at - 1;
    }
    return -1;
  }

  /**
   * Whether token i names a Python keyword argument (`requests.post(url=url)`): no assignment, so its value
   * never hides the variable's own (`url = f"…"` on the line before).
   */
  private pythonKeywordArgument(i: number): boolean {
    const o = this.inCall[i]!;
    // (A parameter's default, `def f(url=GRAPH)`, is a value: the parentheses after `def name`.)
    return this.lang === 'python' && o !== -1 && this.id(o - 2) !== 'def' && (this.op(i - 1, '(') || this.op(i - 1, ',')) && this.op(i + 1, '=');
  }

  /** Whether the assignment of `name` whose value starts at token v declares a variable (declares). */
  protected declaresValue(name: string, v: number): boolean {
    const key = bare(name);
    const list = this.assigns?.get(key);
    const at = list ? lowerBound(list, v) : -1;
    return list !== undefined && list[at] === v && this.declares(this.assignNames!.get(key)![at]!);
  }

  /** The innermost function body around token t (its opening token: a `{`, Python's or Ruby's `def`), or -1 at the top level. */
  protected scopeOf(t: number): number {
    if (!this.scopes) this.scopes = this.lang === 'python' || this.lang === 'ruby' ? this.indentScopes() : this.braceScopes();
    return t >= 0 && t < this.toks.length ? this.scopes[t]! : -1;
  }

  /** Whether token t is inside the function body that scope `s` opens. */
  protected inScope(s: number, t: number): boolean {
    if (s === -1) return true;
    const end = this.lang === 'python' || this.lang === 'ruby' ? (this.scopeEnds.get(s) ?? this.toks.length) : this.partner[s]!;
    return s < t && t <= end;
  }

  /**
   * Whether the assignment whose name is token i declares a variable of its own function (one that another
   * function cannot see): any assignment in Python, PHP and Ruby; `const`/`let`/`var` in JavaScript; a typed
   * declaration, `val` or `var` in Java and Kotlin; `:=` or `var` in Go.
   */
  protected declares(i: number): boolean {
    // Not an attribute (`self.x`, `$this->x`), nor Ruby's instance or global variable (`@conn`, `$conn`).
    if (this.lang === 'python' || this.lang === 'php') return !this.member(i - 1);
    if (this.lang === 'ruby') return !this.member(i - 1) && !/^[@$]/.test(this.id(i) ?? '');
    const before = this.id(i - 1);
    if (this.lang === 'js') return before === 'const' || before === 'let' || before === 'var';
    if (this.lang === 'go') return this.op(i + 1, ':=') || before === 'var';
    if (before === 'val' || before === 'var') return true;
    // Java: `String node = …`, `Map<String, String> params = …`, `String[] parts = …`.
    return (before !== undefined && !NOT_A_TYPE.has(before)) || (this.op(i - 1, '>') && !this.op(i - 2, '-')) || (this.op(i - 1, ']') && this.op(i - 2, '['));
  }

  /**
   * The innermost function around token `before` that has a parameter named `name` (its scope's opening
   * token), or -1: a value assigned outside that function is not the one seen there. At most 16 levels out.
   */
  protected parameterScope(name: string, before: number): number {
    for (let s = this.scopeOf(before), n = 0; s !== -1 && n < 16; s = this.scopeOf(s), n++) if (this.parametersOf(s).has(name)) return s;
    return -1;
  }

  /** The names of the parameters of the function whose scope opens at token s (bare; defaults passed over). */
  protected parametersOf(s: number): Set<string> {
    const known = this.params.get(s);
    if (known) return known;
    const out = new Set<string>();
    this.params.set(s, out);
    const bounds = this.parameterBounds(s);
    if (bounds === undefined) return out;
    if (bounds === 'bare') {
      const one = this.id(s - 2);
      if (one !== undefined) out.add(bare(one));
      return out;
    }
    const [open, close] = bounds;
    let inDefault = false;
    for (let k = open + 1; k < close && k - open < WINDOW * 2; k++) {
      const tv = this.kind(k) === OP ? this.toks.v[k] : undefined;
      if ((tv === '(' || tv === '[' || tv === '{') && this.partner[k]! > k) {
        k = this.partner[k]!;
        continue;
      }
      if (tv === ',') inDefault = false;
      else if (tv === '=') {
        inDefault = true;
        // Python's `client=client`: the parameter holds the file's value unless a caller gives another.
        const name = this.id(k - 1);
        if (name !== undefined && this.id(k + 1) === name && (this.op(k + 2, ',') || k + 2 === close)) out.delete(bare(name));
      }
      const v = this.id(k);
      if (v !== undefined && !inDefault && !this.member(k - 1)) out.add(bare(v));
    }
    return out;
  }

  /**
   * The `(` and `)` of the parameters of the function whose scope opens at token s (Python's and Ruby's `def`, else
   * the `{` of its body); 'bare' for an arrow with one unparenthesised parameter (`x => {`, `x -> {`); undefined when
   * none is found.
   */
  protected parameterBounds(s: number): [number, number] | 'bare' | undefined {
    if (this.lang === 'python' || this.lang === 'ruby') {
      const k = this.id(s) === 'async' ? s + 1 : s;
      return this.op(k + 2, '(') && this.partner[k + 2]! > k + 2 ? [k + 2, this.partner[k + 2]!] : undefined;
    }
    const g = this.parameterGroup(s);
    return g === -1 ? 'bare' : g < 0 ? undefined : [this.partner[g]!, g];
  }

  /**
   * The `)` of the parameter list of the function whose body opens at the `{` at token o: -1 for an arrow
   * with one bare parameter (`x => {`), -2 when none is found.
   */
  protected parameterGroup(o: number): number {
    if (this.op(o - 1, '=>') || this.op(o - 1, '->')) return this.op(o - 2, ')') ? o - 2 : this.id(o - 2) !== undefined ? -1 : -2;
    const h = this.functionHeader(o);
    return h === undefined || h === -1 ? -2 : h;
  }

  /**
   * Whether the `{` at token o opens a function body, and then the `)` of its parameters (-1 when it has
   * none: `function* g {`, `fun f = run {`); undefined for any other block (`if (…) {`, `else {`, an object
   * or struct literal, a class body). Read from the header before it: at most 32 tokens back at its level.
   */
  protected functionHeader(o: number): number | undefined {
    if (this.op(o - 1, '=>') || this.op(o - 1, '->')) return this.op(o - 2, ')') ? o - 2 : -1;
    // Angle brackets passed over (`): Promise<Record<string, unknown>> {`): a comma inside them is the type's.
    let angle = 0;
    for (let k = o - 1, n = 0; k >= 0 && n < 32; k--, n++) {
      const kind = this.kind(k);
      if (kind === ID) {
        const w = this.toks.v[k]!;
        if (BLOCK_WORDS.has(w)) return undefined;
        if (w === 'function' || w === 'func' || w === 'fun' || w === 'fn') return -1;
        continue;
      }
      if (kind !== OP) continue;
      const tv = this.toks.v[k]!;
      if (tv === ')') {
        const q = this.partner[k]!;
        if (q < 0 || q >= k) return undefined;
        const before = this.id(q - 1);
        // PHP's `function ($id) use ($graph) {`: what `use` lists is captured, not a parameter.
        if (before === 'use' && this.lang === 'php') {
          k = q - 1;
          continue;
        }
        // `if (…) {`, `catch (e) {`; `f(a) {`, `function (a) {`, `func (r T) Name(a) (int, error) {`.
        if (before !== undefined) return CONTROL_WORDS.has(before) ? undefined : k;
        // TypeScript's and Java's generic `request<T>(a): Promise<T> {`: the name before the type parameters.
        if (this.op(q - 1, '>') && (this.lang === 'js' || this.lang === 'java')) {
          const c = this.calleeAt(q);
          if (c !== q - 1 && this.id(c) !== undefined) return CONTROL_WORDS.has(this.id(c)!) ? undefined : k;
        }
        // Go's results `(int, error)`, TypeScript's `f<T>(a)`: the parameters are further back.
        k = q;
        continue;
      }
      if (tv === ']' || tv === '>') {
        const q = this.partner[k]!;
        if (q >= 0 && q < k) k = q;
        else if (tv === '>') angle++;
        continue;
      }
      if (tv === '<' && angle > 0) {
        angle--;
        continue;
      }
      if (tv === '{' || tv === '}' || tv === ';' || tv === '=' || tv === ':=' || tv === '(' || tv === '[' || tv === '?' || tv === '=>') return undefined;
      // JavaScript: an object after another argument (`fetch(graphUrl(p), { method: 'POST' })`) is no body of
      // `graphUrl(p)` (hunt Z-4); a header has no comma at its own level (hunt Z2-1: one inside `<…>` is the type's).
      if (tv === ',' && this.lang === 'js' && angle === 0) return undefined;
    }
    return undefined;
  }

  /** For each token, the innermost function body (a `{` that functionHeader takes for one) around it. */
  private braceScopes(): Int32Array {
    const n = this.toks.length;
    const out = new Int32Array(n).fill(-1);
    const stack: number[] = [];
    for (let t = 0; t < n; t++) {
      while (stack.length > 0 && t > this.partner[stack[stack.length - 1]!]!) stack.pop();
      out[t] = stack.length > 0 ? stack[stack.length - 1]! : -1;
      if (this.op(t, '{') && this.partner[t]! > t && this.functionHeader(t) !== undefined) stack.push(t);
    }
    return out;
  }

  /**
   * For each token of a Python or Ruby file, the innermost `def` around it (by indentation: a def's body is
   * its lines indented deeper than it; Ruby's `end` at the def's own indentation ends it).
   */
  private indentScopes(): Int32Array {
    return this.indentBlocks((t) => this.id(t) === 'def' || (this.id(t) === 'async' && this.id(t + 1) === 'def'), this.scopeEnds);
  }

  /**
   * For each token of a Python or Ruby file, the innermost block around it that a line starting with a token
   * `opens` says begins (its body: the lines indented deeper than that line), or -1; with `ends`, each block's
   * last token is noted there. One forward walk: linear.
   */
  protected indentBlocks(opens: (t: number) => boolean, ends?: Map<number, number>): Int32Array {
    const n = this.toks.length;
    const out = new Int32Array(n).fill(-1);
    const stack: { at: number; indent: number }[] = [];
    // The last line break before the token, and the next one after it.
    let nl = -1;
    let next = this.src.indexOf('\n');
    for (let t = 0; t < n; t++) {
      const start = this.toks.start[t]!;
      while (next !== -1 && next < start) {
        nl = next;
        next = this.src.indexOf('\n', next + 1);
      }
      const first = t === 0 || this.toks.end[t - 1]! <= nl;
      if (first && this.inBracket[t] === -1) {
        // Spaces and tabs before the token, on its line (a tab as one: indentation is compared within a file).
        const indent = start - nl - 1;
        while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) {
          const done = stack.pop()!;
          ends?.set(done.at, t - 1);
        }
        out[t] = stack.length > 0 ? stack[stack.length - 1]!.at : -1;
        if (opens(t)) stack.push({ at: t, indent });
        continue;
      }
      out[t] = stack.length > 0 ? stack[stack.length - 1]!.at : -1;
    }
    return out;
  }

  /** Go: the receiver's name and type of the method whose body opens at token s (`func (c *Client) do(…) {`). */
  protected goReceiver(s: number): { name: string; type: string } | undefined {
    const g = s >= 0 ? this.parameterGroup(s) : -1;
    if (g < 0 || this.partner[g]! < 0) return undefined;
    const k = this.partner[g]! - 1;
    if (this.id(k) === undefined || !this.op(k - 1, ')') || this.partner[k - 1]! < 0) return undefined;
    const r = this.partner[k - 1]!;
    const name = this.id(r + 1);
    const type = this.id(k - 2);
    return this.id(r - 1) === 'func' && name !== undefined && type !== undefined ? { name, type } : undefined;
  }

  /** The name of the function whose scope opens at token `scope`, if it is one of helperDefinitions. */
  protected definitionAt(scope: number): string | undefined {
    if (!this.defScopes) {
      this.defScopes = new Map();
      for (const [name, list] of this.helperDefinitions()) {
        if (list.length === 1) this.defScopes.set(list[0]!.scope, name);
        // Methods of one name in different classes of the file (a client's sync and async twins, hunt Z2-5): each
        // its own helper, its sites `self.x(…)` / `this.x(…)` in its own class (callsHelper).
        else if (this.lang !== 'go' && list.every((d) => this.classOf(d.scope) !== -1) && new Set(list.map((d) => this.classOf(d.scope))).size === list.length) for (const d of list) this.defScopes.set(d.scope, name);
        // Go: methods of one name on different types (`func (a *A) do(…)`, `func (b *B) do(…)`), a function of
        // the name beside them: each its own helper, its call sites told by the type of the value it is called on.
        else if (this.lang === 'go' && new Set(list.map((d) => this.goReceiver(d.scope)?.type ?? '')).size === list.length) for (const d of list) this.defScopes.set(d.scope, name);
      }
    }
    return this.defScopes.get(scope);
  }

  /** Whether the function `name` whose scope opens at `scope` is private to its file (helperPathCalls). */
  protected privateDefinition(scope: number, name: string): boolean {
    if (this.lang === 'python') return name.startsWith('_');
    // Go: a name that starts lower-case is not exported, but the package's other files may call it (the
    // reader sees one file): never private, its own request stays unresolved.
    if (this.lang === 'go') return false;
    if (name.startsWith('#')) return true;
    // `private async request<T>(…) {`, `private fun call(…) {`, `private function call(…) {`.
    for (let k = scope - 1, n = 0; k >= 0 && n < 48; k--, n++) {
      if (this.op(k, '{') || this.op(k, '}') || this.op(k, ';')) return false;
      if (this.id(k) === 'private' && n > 0) return true;
    }
    return false;
  }

  /** The file's calls by callee name: the `(` of each `name(` and `name<T>(`, built on first need (one pass). */
  protected callIndex(): Map<string, number[]> {
    if (this.calls) return this.calls;
    const out = new Map<string, number[]>();
    this.calls = out;
    for (let p = 1; p < this.toks.length; p++) {
      if (!this.op(p, '(')) continue;
      const v = this.id(this.calleeAt(p));
      if (v === undefined) continue;
      const list = out.get(bare(v));
      if (list) list.push(p);
      else out.set(bare(v), [p]);
    }
    return out;
  }

  /** The `(` of the parameters of the function whose scope opens at token s, or -1. */
  protected parameterOpen(s: number): number {
    if (this.lang === 'python' || this.lang === 'ruby') {
      const k = this.id(s) === 'async' ? s + 1 : s;
      return this.op(k + 2, '(') ? k + 2 : -1;
    }
    const g = this.parameterGroup(s);
    return g < 0 ? -1 : this.partner[g]!;
  }

  /** The names of the parameters of the function whose scope opens at token s, in order (bare). */
  protected parameterList(s: number): string[] {
    const bounds = this.parameterBounds(s);
    if (!Array.isArray(bounds)) return [];
    const [open, close] = bounds;
    const out: string[] = [];
    let names: string[] = [];
    let colon = false;
    const end = () => {
      // Java's `String path` and `@Path("id") String id`: the last name; elsewhere (`path: string`, Go's
      // `path string`, PHP's `string $path`, Kotlin's `path: String`) the first, or PHP's `$` one.
      const dollar = names.find((n) => n.startsWith('$'));
      const name = dollar ?? (this.lang === 'java' && !colon ? names[names.length - 1] : names.find((n) => !/^(?:private|public|protected|readonly|final|val|var|override)$/.test(n)));
      out.push(name === undefined ? '' : bare(name));
      names = [];
      colon = false;
    };
    let inDefault = false;
    // Type arguments (`Record<string, unknown>`, `Map<String, String>`): their commas part no parameters.
    let angle = 0;
    for (let k = open + 1; k < close && k - open < WINDOW * 2; k++) {
      const tv = this.kind(k) === OP ? this.toks.v[k] : undefined;
      if ((tv === '(' || tv === '[' || tv === '{') && this.partner[k]! > k) {
        k = this.partner[k]!;
        continue;
      }
      if (tv === '<' && (this.lang === 'js' || this.lang === 'java') && !inDefault) angle++;
      else if ((tv === '>' || tv === '>>') && angle > 0) angle = Math.max(0, angle - tv.length);
      if (angle > 0) continue;
      if (tv === ',') {
        end();
        inDefault = false;
        continue;
      }
      if (tv === '=') inDefault = true;
      if (tv === ':') colon = true;
      const v = this.id(k);
      if (v !== undefined && !inDefault && !colon && !this.member(k - 1) && !this.op(k - 1, '@')) names.push(v);
      else if (v !== undefined && !inDefault && colon && names.length === 0) names.push(v);
    }
    if (names.length > 0 || out.length > 0) end();
    return out;
  }

  /**
   * The one function of the file's own that the call whose `(` is token p calls, a bare name or `this.x(…)` /
   * `self.x(…)`; undefined when the name is another object's method, or the file defines none or several.
   */
  protected ownFunction(p: number): HelperDefinition | undefined {
    const c = this.calleeAt(p);
    const name = this.id(c);
    if (name === undefined || (this.member(c - 1) && !/^(?:this|self|\$this|static|cls)$/.test(this.id(c - 2) ?? ''))) return undefined;
    const defs = this.helperDefinitions().get(bare(name));
    // A definition's own parameter list (`function executePost(url, form) {`, Java's `Result executeGet(String url)
    // throws … {`) calls nothing: its `url` is no value passed to it (hunt X2).
    if (defs?.some((d) => d.params === p)) return undefined;
    return defs?.length === 1 ? defs[0] : undefined;
  }

  /**
   * The class around token t (its opening token: a `{` after `class X …`, Python's or Ruby's `class` line), or
   * -1. Brace languages look out through at most 16 brackets; Python and Ruby by indentation.
   */
  protected classOf(t: number): number {
    if (this.lang === 'python' || this.lang === 'ruby') {
      this.classes ??= this.indentClasses();
      return t >= 0 && t < this.toks.length ? this.classes[t]! : -1;
    }
    for (let o = this.inBracket[t]!, n = 0; o !== -1 && n < 16; o = this.inBracket[o]!, n++) {
      if (!this.op(o, '{')) continue;
      let body = this.classBodies.get(o);
      if (body === undefined) {
        body = false;
        for (let k = o - 1, m = 0; k >= 0 && m < 24; k--, m++) {
          if (this.op(k, '{') || this.op(k, '}') || this.op(k, ';') || this.op(k, '=') || this.op(k, '(')) break;
          if (CLASS_WORDS.has(this.id(k) ?? '')) {
            body = true;
            break;
          }
        }
        this.classBodies.set(o, body);
      }
      if (body) return o;
    }
    return -1;
  }

  /** For each token of a Python or Ruby file, the innermost `class` around it (by indentation), or -1. */
  private indentClasses(): Int32Array {
    return this.indentBlocks((t) => this.id(t) === 'class');
  }

  /** How many times the name occurs in the file as an identifier (one pass, built on first need). */
  protected nameCount(name: string): number {
    if (!this.names) {
      this.names = new Map();
      for (let t = 0; t < this.toks.length; t++) {
        const v = this.id(t);
        if (v !== undefined) this.names.set(bare(v), (this.names.get(bare(v)) ?? 0) + 1);
      }
    }
    return this.names.get(name) ?? 0;
  }

  /** Whether tokens [x, y) name one of `names` as a plain value (not a member), in a string's hole too. */
  protected usesAny(x: number, y: number, names: Set<string>): boolean {
    if (names.size === 0) return false;
    for (let k = x; k < y && k - x < WINDOW; k++) {
      const v = this.id(k);
      if (v !== undefined && !this.member(k - 1) && names.has(bare(v))) return true;
      const parts = this.strParts(k);
      if (parts?.some((part) => 'hole' in part && names.has(holeName(part.hole) ?? ''))) return true;
    }
    return false;
  }

  /**
   * The file's named functions, by name: `function f(…) {`, `const f = (…) => {`, `f = function (…) {`, a
   * class method `f(…) {`, Go's `func (r T) f(…) {`, Kotlin's `fun f(…) {`, Python's and Ruby's `def f(…)`.
   */
  protected helperDefinitions(): Map<string, HelperDefinition[]> {
    if (this.defs) return this.defs;
    const out = new Map<string, HelperDefinition[]>();
    this.defs = out;
    const n = this.toks.length;
    const add = (name: string | undefined, scope: number, body: number, end: number, params: number) => {
      if (name === undefined || /^(?:function|func|fun|fn|async|def)$/.test(name)) return;
      const list = out.get(bare(name)) ?? [];
      list.push({ scope, body, end, params });
      out.set(bare(name), list);
    };
    this.scopeOf(0);
    if (this.lang === 'python' || this.lang === 'ruby') {
      for (let t = 0; t + 1 < n; t++) {
        if (this.id(t) !== 'def' || this.scopeOf(t + 1) !== (this.id(t - 1) === 'async' ? t - 1 : t)) continue;
        const scope = this.id(t - 1) === 'async' ? t - 1 : t;
        // Ruby's `def self.name`.
        const k = this.lang === 'ruby' && this.id(t + 1) === 'self' && this.op(t + 2, '.') ? t + 3 : t + 1;
        add(this.id(k), scope, k + 1, this.scopeEnds.get(scope) ?? n - 1, k + 1);
      }
      return out;
    }
    for (let o = 0; o < n; o++) {
      if (!this.op(o, '{') || this.partner[o]! <= o) continue;
      const g = this.parameterGroup(o);
      if (g < 0) continue;
      const q = this.partner[g]!;
      // `request<T>(…)`: the name before the type parameters.
      let k = this.calleeAt(q);
      if (this.id(k) === 'async') k--;
      if (this.id(k) === 'function' || this.id(k) === 'fun') k--;
      if (this.id(k) === 'async') k--;
      // `const f = (…) => {`, `f: function (…) {`, `f = async function (…) {`: the name assigned.
      const named = this.op(k, '=') || this.op(k, ':') ? this.id(k - 1) : this.id(k);
      if (named !== undefined && !CONTROL_WORDS.has(named)) add(named, o, o + 1, this.partner[o]!, q);
    }
    return out;
  }
}
/** Words of a declaration that opens a class's body (classOf). */
const CLASS_WORDS = new Set(['class', 'interface', 'object', 'struct', 'trait', 'enum']);

/** A named function of the file: its scope's opening token (scopeOf), where its body starts, and its last token. */
interface HelperDefinition {
  scope: number;
  body: number;
  end: number;
  /** The `(` of its parameter list (`function executeGet(url) {`: a definition, not a call of it). */
  params: number;
}
