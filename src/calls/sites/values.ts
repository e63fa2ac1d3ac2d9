/**
 * String expressions: what a token's expression spells (`expr`: literals, templates, concatenations, joins,
 * format calls, with the names it uses as holes) and what those names hold in the file (`resolve`: constants,
 * assignments, Go struct fields, the environment's defaults). Also the field lists a call names (`readFields`) and
 * the path a call is given (`pathOf`). Start at `expr`, then `resolve`. Builds on scopes.ts.
 */
import { ID, NUM, OP, type Part, STR } from '../lex.js';
import { pushAll } from '../../arrays.js';
import { nodeWord } from '../endpoints.js';
import { addFields, AMBIGUOUS_FIELD, bare, envReadName, type Expr, type FieldsRead, holeName, HOST, LIST_MAKERS, MAX_CALL_FIELDS, noFields, type Segmented, segmentize, step, stripVersion, versionHole, WINDOW } from './common.js';
import { ScopeReader } from './scopes.js';

/** An absolute URL's scheme and the start of its host (or a scheme-relative `//host`). */
const OTHER_HOST = /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/\s]/i;
/** Constants are resolved through at most this many levels. */
const DEPTH = 4;
/**
 * String expressions read inside one another (`"/".join([G, "/".join([G, …])])`): a URL nests a few; past
 * this, the inner expression is a computed part (the call unresolved), never a stack overflow.
 */
const MAX_NESTING = 16;
/**
 * Parts one expression resolves to, at most: constants built of constants grow as their width to the
 * DEPTH (80 wide: 80^4 parts from a 2 KB file), and a long constant used on every line is expanded at
 * each use. A URL has a handful; past the bound, the rest of the expression is unknown (`TOO_MANY`).
 */
const MAX_RESOLVED_PARTS = 256;
/** Go: words before a `{` that opens no composite literal (`struct {`, `switch x {` is a variable's, passed over as no key follows). */
const GO_NOT_A_TYPE = new Set(['struct', 'interface', 'else', 'func', 'select', 'switch', 'range', 'return', 'go', 'defer', 'for', 'if']);
/** Go: a struct field set in the file (Scanner.goFieldSets): its type (undefined until read), value token, and the token of the value assigned to (-1 in a literal). */
type GoFieldSet = { type: string | undefined; at: number; recv: number };
/** Python's adjacent string literals read as one (`"a" "b".format(…)`), at most: the look at each stays bounded. */
const MAX_ADJACENT_STRINGS = 64;
/** A hole no constant names: what stands for the parts past MAX_RESOLVED_PARTS. */
const TOO_MANY: Part = Object.freeze({ hole: '' });
/** A hole no constant names: a string expression going on in a term not read (`GRAPH + '/' + pick(x)`). */
const CONTINUED: Part = Object.freeze({ hole: '' });

export abstract class ValueReader extends ScopeReader {
  protected consts = new Map<string, Expr>();
  /**
   * Go: the struct fields the file sets (a composite literal's key, `T{base: graphBase}`, and `x.base = …`), by
   * field name: each setting's type ('' when it is not told) and value token (collectGoFields).
   */
  private goFieldSets = new Map<string, GoFieldSet[]>();
  /**
   * Go: those fields set to values written differently (two types' `base`, one Graph's and one another host's):
   * read on the type of the value they are read on (goFieldHole), never one for all.
   */
  protected goTypedFields = new Set<string>();
  /** Go: the types each field read by type is set in (goFieldTypeSet). */
  private goFieldTypes = new Map<string, Set<string>>();
  /** Go: the fields set by a positional composite literal (`&A{graphBase}`), by the token of each value (collectGoFields). */
  protected goPositional: { field: string; at: number }[] = [];
  /** Go: the file's struct and interface types (goTypeDecls), read on first need. */
  private goTypes: { structs: Map<string, string[] | null>; interfaces: Set<string> } | undefined;
  /** The last token the latest `expr` walked when it found no string expression (see run()). */
  protected exprEnd = -1;
  /** How many `expr` calls are under way (one inside another's operand: a join's element, urljoin's argument). */
  private nesting = 0;

  /**
   * A value starting at token `at` that is a Graph URL given as the default of something configured (hunt Y2-4,
   * Y3-1, Y3-7): `baseUrl ?? GRAPH`, `process.env.GRAPH_URL || 'https://graph.facebook.com'`, Kotlin's and PHP's
   * `getenv("X") ?: "https://…"`, Python's `os.environ.get("X") or GRAPH`, a getter's default argument
   * (`os.environ.get("X", GRAPH)`, `os.getenv("X", …)`, Ruby's `ENV.fetch('X', …)`, Laravel's `env('X', …)` and
   * `config('x', …)`, Java's `getOrDefault("X", …)`, `getProperty("x", …)`), also inside PHP's `rtrim(…, '/')`:
   * that URL (a string of the file, or a constant of it that names a Graph host). Undefined otherwise.
   */
  protected graphDefault(at: number): Expr | undefined {
    let v = at;
    if (this.lang === 'php' && /^(?:rtrim|trim|untrailingslashit)$/.test(this.id(v) ?? '') && this.op(v + 1, '(')) v += 2;
    const level = this.inBracket[v]!;
    let d = -1;
    // The getter's default argument: `get("X", GRAPH)` as the whole value (its callee a name or a member chain).
    let c = v;
    while (this.id(c) !== undefined && this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
    if (this.id(c) !== undefined && this.op(c + 1, '(') && /^(?:get|getenv|fetch|env|config|getOrDefault|getProperty)$/.test(this.id(c)!)) {
      const args = this.args(c + 1);
      if (args.length === 2 && this.kind(args[0]![0]) === STR && args[0]![1] === args[0]![0] + 1) d = args[1]![0];
    }
    // An operator's right side: `??`, `||`, `?:`, Python's `or`, within the value's own bracket level.
    for (let k = v; d === -1 && k < v + 48 && k + 2 < this.toks.length; k++) {
      if (this.inBracket[k] !== level) continue;
      if (this.op(k, ';') || this.op(k, ',') || this.op(k, '=') || this.op(k, ')') || this.op(k, '}')) break;
      // The statement's end: a line break at the value's own level, unless an operator carries it over (hunt Z-1:
      // Python and Ruby end statements so, and JavaScript without semicolons).
      if (k > v && this.lineBreakAfter(k - 1) && !this.carriesOver(k - 1) && !this.carriesOver(k)) break;
      if ((this.op(k, '?') && (this.op(k + 1, '?') || this.op(k + 1, ':'))) || (this.op(k, '|') && this.op(k + 1, '|'))) d = k + 2;
      else if (this.lang === 'python' && this.id(k) === 'or') d = k + 1;
    }
    if (d === -1) return undefined;
    if (this.kind(d) === STR) {
      const e = this.expr(d);
      const first = e?.parts[0];
      return e && first && 'lit' in first && HOST.test(first.lit) ? e : undefined;
    }
    const alias = this.id(d);
    const known = alias === undefined ? undefined : this.consts.get(bare(alias));
    const head = known?.parts[0];
    return known && head && 'lit' in head && HOST.test(head.lit) && !this.member(d + 1) && !this.op(d + 1, '(') ? { parts: [{ hole: bare(alias!) }], first: d, last: d } : undefined;
  }

  /**
   * Go: the struct fields the file sets, a composite literal's key (`&A{base: graphBase}`, `pkg.A{…}`; an elided
   * type, `[]A{{base: …}}`, is not told) and an assignment `x.base = …` (the type of `x`, read when needed: goFieldType), with their
   * values; a field set to values written differently is read by type (goTypedFields). One pass; each value's
   * text is read to its end, at most 32 tokens.
   */
  protected collectGoFields(): void {
    const texts = new Map<string, string>();
    const note = (f: string, type: string | undefined, at: number, recv: number, text: string) => {
      const list = this.goFieldSets.get(f);
      if (list) list.push({ type, at, recv });
      else this.goFieldSets.set(f, [{ type, at, recv }]);
      const seen = texts.get(f);
      if (seen === undefined) texts.set(f, text);
      else if (seen !== text) this.goTypedFields.add(f);
    };
    for (let i = 1; i + 2 < this.toks.length; i++) {
      // A positional literal, `&A{graphBase}`: each value is the field of its place in the type's declaration.
      if (this.op(i, '{')) {
        const fields = this.goPositionalLiteral(i);
        if (fields === undefined) continue;
        this.args(i).forEach(([x, y], n) => {
          const f = fields[n];
          if (f === undefined || y <= x) return;
          this.goPositional.push({ field: f, at: x });
          note(f, this.id(i - 1)!, x, -1, y - x > 32 ? `\u0000${x}` : this.src.slice(this.toks.start[x]!, this.toks.end[y - 1]!));
        });
        continue;
      }
      const f = this.id(i);
      if (f === undefined || f === 'default') continue;
      let type: string | undefined;
      let recv = -1;
      let end: number;
      if (this.op(i + 1, ':') && (this.op(i - 1, '{') || this.op(i - 1, ','))) {
        const o = this.inBracket[i]!;
        if (o === -1 || !this.op(o, '{') || this.partner[o]! <= o) continue;
        const t = this.id(o - 1);
        if (t !== undefined) {
          if (GO_NOT_A_TYPE.has(t)) continue;
          type = t;
        } else if (this.op(o - 1, '{') || this.op(o - 1, ',') || this.op(o - 1, ':')) type = '';
        else continue;
        end = this.partner[o]!;
      } else if (this.op(i - 1, '.') && this.id(i - 2) !== undefined && !this.member(i - 3) && this.op(i + 1, '=')) {
        // Its type is read when the field is read by type (goFieldType).
        recv = i - 2;
        end = this.toks.length;
      } else continue;
      const at = i + 2;
      // The value's text: to the `,` or `}` of the literal, or the end of the statement.
      let k = at;
      const level = this.inBracket[at]!;
      for (; k < end && k < at + 32; k++) {
        if (this.inBracket[k] === level && (this.op(k, ',') || this.op(k, ';'))) break;
        if (this.partner[k]! !== -1 && this.partner[k]! < at) break;
        if (k > at && this.inBracket[k] === level && this.lineBreakAfter(k - 1) && !(this.kind(k - 1) === OP && !/^[)\]}]$/.test(this.toks.v[k - 1]!))) break;
      }
      note(f, type, at, recv, k === at || k === at + 32 ? `\u0000${at}` : this.src.slice(this.toks.start[at]!, this.toks.end[k - 1]!));
    }
  }

  /**
   * Go: the fields of the struct type whose positional composite literal opens at token o (`A{graphBase}`,
   * `&A{…}`, `pkg.A{…}` for a type of the file's name), in their declared order; undefined for any other `{`
   * (a keyed literal, a function body `func f() A {`, an element type `[]A{…}`, `map[K]A{…}`).
   */
  private goPositionalLiteral(o: number): string[] | undefined {
    const t = this.id(o - 1);
    if (t === undefined || this.partner[o]! <= o + 1 || (this.id(o + 1) !== undefined && this.op(o + 2, ':'))) return undefined;
    const fields = this.goTypeDecls().structs.get(t);
    if (!fields) return undefined;
    let k = o - 1;
    while (this.member(k - 1) && this.id(k - 2) !== undefined) k -= 2;
    // `func f() A {`, `func f() *A {`: a result type; `[]A{…}`, `map[string]A{…}`: an element type.
    return this.op(k - 1, ')') || this.op(k - 1, '*') || this.op(k - 1, ']') ? undefined : fields;
  }

  /**
   * Go: the file's type declarations (`type A struct {…}`, also in a `type ( … )` group): each struct's fields in
   * order (an embedded field by its type's name; a type declared twice: null), and the interfaces' names. One pass.
   */
  protected goTypeDecls(): { structs: Map<string, string[] | null>; interfaces: Set<string> } {
    if (this.goTypes) return this.goTypes;
    const structs = new Map<string, string[] | null>();
    const interfaces = new Set<string>();
    this.goTypes = { structs, interfaces };
    for (let k = 2; k + 1 < this.toks.length; k++) {
      const w = this.id(k);
      if ((w !== 'struct' && w !== 'interface') || !this.op(k + 1, '{') || this.partner[k + 1]! <= k + 1) continue;
      const name = this.id(k - 1);
      const group = this.inBracket[k]!;
      if (name === undefined || !(this.id(k - 2) === 'type' || (this.op(k - 2, ';') || this.lineBreakAfter(k - 2) || this.op(k - 2, '(')) && group !== -1 && this.op(group, '(') && this.id(group - 1) === 'type')) continue;
      if (w === 'interface') {
        interfaces.add(name);
        continue;
      }
      const close = this.partner[k + 1]!;
      const fields: string[] = [];
      // One declaration per line (or `;`): `a, b string`, `base string \`json:"base"\``, an embedded `*pkg.T`.
      for (let s = k + 2; s < close; ) {
        let e = s;
        for (; e < close; e++) {
          if ((this.op(e, '(') || this.op(e, '[') || this.op(e, '{')) && this.partner[e]! > e) e = this.partner[e]!;
          if (this.op(e, ';') || this.lineBreakAfter(e)) break;
        }
        if (!this.op(s, ';')) {
          if (this.id(s) !== undefined && this.op(s + 1, ',')) {
            let m = s;
            for (; this.id(m) !== undefined && this.op(m + 1, ',') && m < e; m += 2) fields.push(this.id(m)!);
            if (this.id(m) !== undefined) fields.push(this.id(m)!);
          } else if (this.id(s) !== undefined && s < e && !this.member(s + 1) && this.kind(s + 1) !== STR) fields.push(this.id(s)!);
          else {
            let m = this.op(s, '*') ? s + 1 : s;
            while (this.member(m + 1) && this.id(m + 2) !== undefined) m += 2;
            fields.push(this.id(m) ?? '');
          }
        }
        s = e + 1;
      }
      structs.set(name, structs.has(name) ? null : fields);
    }
    return this.goTypes;
  }

  /**
   * Go: the type of the value `x` at token t, where the code says it: the receiver of a method around t
   * (`func (a *A) …`), a parameter (`a *A`, `a pkg.A`), a variable made by a composite literal (`a := &A{…}`);
   * else undefined. A closure is looked through to the functions around it.
   */
  protected goTypeOf(x: string, t: number): string | undefined {
    for (let s = this.scopeOf(t), n = 0; s !== -1 && n < 16; s = this.scopeOf(s), n++) {
      const g = this.parameterGroup(s);
      if (g >= 0 && this.partner[g]! >= 0) {
        for (let k = this.partner[g]! + 1; k < g && k < this.partner[g]! + 64; k++) {
          if (this.id(k) !== x || !(this.op(k - 1, '(') || this.op(k - 1, ','))) continue;
          let m = this.op(k + 1, '*') ? k + 2 : k + 1;
          while (this.id(m) !== undefined && this.member(m + 1) && this.id(m + 2) !== undefined) m += 2;
          return this.id(m) !== undefined && (this.op(m + 1, ',') || this.op(m + 1, ')')) ? this.id(m) : undefined;
        }
      }
      const r = this.goReceiver(s);
      if (r !== undefined && r.name === x) return r.type;
    }
    const v = this.valueOf(x, t);
    if (v === -1) return undefined;
    // `c := NewA()`, `c, err := NewA(…)`: a function of the file, by the type it returns.
    if (this.id(v) !== undefined && this.op(v + 1, '(')) return this.goResultType(this.id(v)!);
    let k = this.op(v, '&') ? v + 1 : v;
    while (this.id(k) !== undefined && this.member(k + 1) && this.id(k + 2) !== undefined) k += 2;
    return this.id(k) !== undefined && this.op(k + 1, '{') ? this.id(k) : undefined;
  }

  /**
   * Go: the type the file's one function `name` returns first (`func NewA() *A {`, `func NewA(…) (*A, error) {`,
   * `(a *A, err error)`); undefined for a method, a name defined more than once or not here, a type not read.
   */
  protected goResultType(name: string): string | undefined {
    const defs = this.helperDefinitions().get(name);
    if (defs?.length !== 1 || this.goReceiver(defs[0]!.scope) !== undefined) return undefined;
    const body = defs[0]!.scope;
    const g = this.parameterGroup(body);
    if (g < 0) return undefined;
    let r = g + 1;
    const list = this.op(r, '(');
    if (list) {
      r++;
      // A named result: `(a *A, err error)`, `(a A, …)`.
      if (this.id(r) !== undefined && (this.op(r + 1, '*') || this.id(r + 1) !== undefined)) r++;
    }
    if (this.op(r, '*')) r++;
    while (this.id(r) !== undefined && this.member(r + 1) && this.id(r + 2) !== undefined) r += 2;
    const end = list ? this.op(r + 1, ',') || this.op(r + 1, ')') : r + 1 === body;
    return this.id(r) !== undefined && end ? this.id(r) : undefined;
  }

  /**
   * Go: the hole for field `f` read on the value `x` at token j (`a.base`), for a field set to values written
   * differently (goTypedFields): `base$A` for the type of `x` where the file sets the field in that type, else
   * `base$` (typedFieldValues gives each its value; `$` is in no Go name).
   */
  private goFieldHole(j: number): string {
    const f = this.id(j + 2)!;
    const type = this.goTypeOf(this.id(j)!, j);
    return type !== undefined && this.goFieldTypeSet(f).has(type) ? `${f}$${type}` : `${f}$`;
  }

  /** Go: the types a field is set in (goFieldType of each setting), once per field. */
  private goFieldTypeSet(f: string): Set<string> {
    let types = this.goFieldTypes.get(f);
    if (types === undefined) {
      types = new Set((this.goFieldSets.get(f) ?? []).map((c) => this.goFieldType(c)));
      this.goFieldTypes.set(f, types);
    }
    return types;
  }

  /** Go: the type a field setting is in ('' when not told): a literal's, or that of the value assigned to (`b.base = …`). */
  private goFieldType(c: GoFieldSet): string {
    c.type ??= this.goTypeOf(this.id(c.recv)!, c.recv) ?? '';
    return c.type;
  }

  /**
   * Go, after the constants: the value of each field read by type (goFieldHole's `base$A`, `base$`), where the
   * settings it may be (the type's own and those whose type is not told; for `base$`, all) agree once resolved;
   * where they do not and one of them is a Graph URL, that URL with AMBIGUOUS_FIELD after it (the call is
   * *unresolved*: which host it goes to is not told); else none (the field is a value not read). The field's own
   * name no longer holds the first value set (`base` of `&A{base: graphBase}` for every type).
   */
  protected typedFieldValues(): void {
    for (const f of this.goTypedFields) {
      const sets = this.goFieldSets.get(f)!;
      const own = this.consts.get(f);
      if (own && sets.some((c) => c.at === own.first)) this.consts.delete(f);
      const values = sets.map((c) => this.goFieldValue(c.at));
      const texts = values.map((v) => (v === undefined ? undefined : this.resolve(v.parts).map((p) => ('lit' in p ? p.lit : `{${p.hole}}`)).join('')));
      // What the settings of each type say (in one pass, so that many types stay linear): the first, whether all
      // are read and agree, the first Graph URL; a type's own with those whose type is not told, `base$` all.
      type Said = { first: number; agree: boolean; graph: number };
      // A setting whose value is not read (a parameter: an option's `c.base = u`, a test's override) neither
      // decides nor contradicts: the value the file writes is the field's, as its type's constructor sets it
      // (one type setting its base twice is no ambiguity; two types setting two URLs are).
      const say = (s: Said, n: number) => {
        if (values[n] === undefined) return;
        if (s.first === -1) s.first = n;
        else if (texts[n] !== texts[s.first]) s.agree = false;
        if (s.graph === -1 && HOST.test(texts[n]!)) s.graph = n;
      };
      const all: Said = { first: -1, agree: true, graph: -1 };
      const byType = new Map<string, Said>();
      sets.forEach((c, n) => {
        say(all, n);
        const type = this.goFieldType(c);
        let s = byType.get(type);
        if (s === undefined) byType.set(type, (s = { first: -1, agree: true, graph: -1 }));
        say(s, n);
      });
      const untold = byType.get('');
      const first = (a: number, b: number) => (a === -1 ? b : b === -1 ? a : Math.min(a, b));
      // Read on a value whose type is not told (`base$`): every type's settings must say the same, and a type
      // (or a setting of no told type) that sets only values not read may set any URL.
      let everyType = true;
      for (const t of byType.values()) if (t.first === -1 || !t.agree || texts[t.first] !== texts[all.first]) everyType = false;
      for (const type of [...this.goFieldTypeSet(f), '']) {
        const mine = type === '' ? { ...all, agree: all.agree && everyType } : byType.get(type)!;
        const s: Said =
          type === '' || untold === undefined
            ? mine
            : {
                first: first(mine.first, untold.first),
                agree: mine.agree && untold.agree && (mine.first === -1 || untold.first === -1 || texts[mine.first] === texts[untold.first]),
                graph: first(mine.graph, untold.graph),
              };
        if (s.first !== -1 && s.agree) {
          this.consts.set(`${f}$${type}`, values[s.first]!);
          continue;
        }
        const graph = s.graph === -1 ? undefined : values[s.graph]!;
        if (graph) this.consts.set(`${f}$${type}`, { parts: [...graph.parts, AMBIGUOUS_FIELD], first: graph.first, last: graph.last });
      }
    }
  }

  /** Go: a field's value set at token `at`, as collectConstants reads one (a string expression, a constant of the file); else undefined. */
  protected goFieldValue(at: number): Expr | undefined {
    if (this.kind(at) === ID && !this.op(at + 1, this.concat) && !this.startsJoin(at)) {
      const alias = bare(this.id(at)!);
      return this.consts.has(alias) && !this.member(at + 1) && !this.op(at + 1, '(') ? { parts: [{ hole: alias }], first: at, last: at } : undefined;
    }
    if (this.kind(at) !== STR && this.kind(at) !== ID) return undefined;
    return this.expr(at);
  }

  /**
   * A string expression starting at token i: operands joined by the language's concatenation, where an
   * operand is a string literal, a variable or member chain (a hole named by its last identifier), or a
   * format call (`fmt.Sprintf`, `String.format`, `sprintf`, `'…'.format(…)`). Undefined when token i
   * starts none, or a lone variable.
   */
  protected expr(i: number): Expr | undefined {
    // Expressions nested in expressions (a join of a join of a join…): past MAX_NESTING levels, none is read
    // (the element is a computed part), so that no file can exhaust the stack.
    if (this.nesting >= MAX_NESTING) {
      this.exprEnd = -1;
      return undefined;
    }
    this.nesting++;
    try {
      return this.exprAt(i);
    } finally {
      this.nesting--;
    }
  }

  private exprAt(i: number): Expr | undefined {
    // A lone variable (no member access, call or concatenation after it) starts no string expression:
    // most identifiers, decided before any of their parts are made.
    this.exprEnd = -1;
    if (this.kind(i) === ID) {
      const next = this.kind(i + 1) === OP ? this.toks.v[i + 1] : undefined;
      if (next !== '.' && next !== '->' && next !== '?.' && next !== '::' && next !== '(' && next !== this.concat) return undefined;
    }
    const parts: Part[] = [];
    let j = i;
    let operands = 0;
    let strings = 0;
    for (;;) {
      const r = this.operand(j, parts);
      if (r === -1) {
        // `GRAPH + '/' + pick(x) + '/feed'`, `…?fields=' + list.map(f)`: the string goes on in a value not read
        // here (a computed part), not ends.
        if (operands > 0) parts.push(CONTINUED);
        break;
      }
      operands++;
      if (this.kind(j) === STR || r > j + 1) strings += this.kind(j) === STR || this.isFormat(j) || this.goFieldConstant(j, r) ? 1 : 0;
      // `GRAPH + path`: a constant of the file that holds a string is one.
      else if (r === j + 1 && this.kind(j) === ID && this.consts.has(bare(this.id(j)!))) strings++;
      j = r;
      if (this.op(j, this.concat) && j + 1 < this.toks.length) {
        j++;
        continue;
      }
      // Python's adjacent string literals are one string (`f"{GRAPH}/{page_id}/" "feed"`), within one logical
      // line: inside brackets, or on one line (a backslash's continuation is one). A string statement on the next
      // line (a docstring after `GRAPH = "…"`) is another statement.
      if (this.adjacentString(j)) continue;
      break;
    }
    if (operands === 0 || strings === 0) {
      // The operands walked (their last token), so that run() need not walk them again from each one.
      this.exprEnd = operands === 0 ? i : j - 1;
      return undefined;
    }
    return { parts, first: i, last: j - 1 };
  }

  /**
   * Python: token j is a string literal right after another, the two one string (`f"{GRAPH}/{page_id}/" "feed"`),
   * within one logical line: inside brackets, or on one line (a backslash's continuation is one). A string
   * statement on the next line (a docstring after `GRAPH = "…"`) is another statement.
   */
  private adjacentString(j: number): boolean {
    return this.lang === 'python' && this.kind(j) === STR && this.kind(j - 1) === STR && (this.inBracket[j] !== -1 || !this.src.slice(this.toks.end[j - 1]!, this.toks.start[j]!).includes('\n'));
  }

  /**
   * Go: the operand [j, r) is a receiver's field (`c.base`) that the file sets to a constant of its own
   * (`&client{base: graphBase}`, collectConstants): that constant, as `GRAPH + path` is one.
   */
  private goFieldConstant(j: number, r: number): boolean {
    return this.lang === 'go' && r === j + 3 && this.member(j + 1) && this.id(j + 2) !== undefined && (this.consts.has(this.id(j + 2)!) || this.goTypedFields.has(this.id(j + 2)!));
  }

  private isFormat(j: number): boolean {
    if (this.listJoin(j) !== -1) return true;
    const v = this.id(j);
    if (v === undefined) return false;
    let c = j;
    while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
    if (this.id(c) === 'urljoin' || this.joinerAt(j, c) !== undefined) return true;
    // (`sprintf(GRAPH . '/%s', $id)`: the callee, not its first argument.)
    return /^(?:Sprintf|format|sprintf)$/.test(this.op(j + 1, '(') ? v : (this.id(j + 2) ?? v));
  }

  /** Parses one operand at j into `parts`; returns the index after it, or -1. */
  private operand(j: number, parts: Part[]): number {
    const kind = this.kind(j);
    if (kind === 0) return -1;
    if (kind === STR) {
      // '…'.format(a, b) (Python): the fields filled by the arguments; adjacent literals are one string, all of
      // it formatted (`"{}/{}" "/feed".format(GRAPH, page_id)`). A bounded look at the literals that follow.
      let last = j;
      while (last < j + MAX_ADJACENT_STRINGS && this.adjacentString(last + 1)) last++;
      if (this.op(last + 1, '.') && this.id(last + 2) === 'format' && this.op(last + 3, '(') && this.partner[last + 3]! > last + 3) {
        const fmt: Part[] = [];
        for (let s = j; s <= last; s++) pushAll(fmt, this.toks.parts[s]!);
        pushAll(parts, this.formatted(fmt, this.args(last + 3)));
        return this.partner[last + 3]! + 1;
      }
      const own = this.toks.parts[j]!;
      // `"/".join([GRAPH, page_id, "feed"])` (Python): the elements joined by the string.
      if (this.op(j + 1, '.') && this.id(j + 2) === 'join' && this.op(j + 3, '(') && this.partner[j + 3]! > j + 3 && this.str(j) !== undefined) {
        const [arg] = this.args(j + 3);
        pushAll(parts, this.joined(own, arg ? this.listElements(arg) : undefined));
        return this.partner[j + 3]! + 1;
      }
      pushAll(parts, own);
      return j + 1;
    }
    // `[GRAPH, pageId].join('/')` (JavaScript, Ruby).
    const end = this.listJoin(j);
    if (end !== -1) {
      pushAll(parts, this.joined(this.toks.parts[this.partner[j]! + 4]!, this.args(j)));
      return end + 1;
    }
    if (kind !== ID) return -1;
    // fmt.Sprintf("…%s…", a) / String.format / sprintf / format
    let k = j;
    // (PHP's `.` joins strings: `GRAPH . $pageId` is two operands, not a member chain.)
    while (this.member(k + 1) && !(this.lang === 'php' && this.op(k + 1, '.')) && this.id(k + 2)) k += 2;
    const callee = this.id(k)!;
    if (this.op(k + 1, '(')) {
      // `implode('/', [$graph, $pageId, 'feed'])` (PHP), `strings.Join([]string{…}, "/")` (Go), `String.join("/", a, b)` (Java).
      const joiner = this.joinerAt(j, k);
      if (joiner !== undefined && this.partner[k + 1]! > k + 1) {
        const args = this.args(k + 1);
        const sep = joiner === 'go' ? args[1] : args[0];
        const own = joiner === 'path' ? [{ lit: '/' }] : sep && sep[1] === sep[0] + 1 && this.str(sep[0]) !== undefined ? this.toks.parts[sep[0]]! : undefined;
        const list: [number, number] | undefined = joiner === 'list' ? [j, j + 1] : args[joiner === 'go' ? 0 : 1];
        // Java's `String.join("/", List.of(GRAPH, pageId, "feed"))`, `String.join("/", parts)`: a list, else the arguments.
        const elems =
          joiner === 'path' ? args : joiner === 'java' ? ((args.length === 2 ? this.listElements(args[1]!) : undefined) ?? args.slice(1)) : list ? this.listElements(list) : undefined;
        // `parts.join('/')` (JavaScript, Ruby) is read only where `parts` is a list of the file.
        if (own && (joiner !== 'list' || elems !== undefined)) {
          pushAll(parts, this.joined(own, elems));
          return this.partner[k + 1]! + 1;
        }
      }
      // Go's `fmt.Sprintf`, Java's `String.format`, PHP's `sprintf`: the format is the first argument, a literal or
      // an expression (`graph+"/%s/feed"`, a constant of the file); elsewhere (Ruby's `format("…", …)`, Node's
      // `util.format`) a literal only. Python's `FEED_URL.format("me")` formats the constant, not its argument.
      if (/^(?:Sprintf|format|sprintf)$/.test(callee) && this.partner[k + 1]! > k + 1 && !(this.lang === 'python' && callee === 'format')) {
        const args = this.args(k + 1);
        const fmt = this.formatCall(j, k) ? this.formatString(args[0]!) : this.kind(k + 2) === STR ? this.toks.parts[k + 2]! : undefined;
        if (fmt) {
          pushAll(parts, this.sprintfParts(fmt, args.slice(1)));
          return this.partner[k + 1]! + 1;
        }
      }
      // `urljoin(GRAPH, f"{page_id}/insights")` (Python): the base, then the relative part.
      if (callee === 'urljoin' && this.partner[k + 1]! !== -1) {
        const args = this.args(k + 1);
        const base = args[0] ? this.argParts(args[0]) : undefined;
        const rel = args[1] ? this.argParts(args[1]) : undefined;
        if (base && rel) {
          pushAll(parts, base);
          parts.push({ lit: '/' });
          pushAll(parts, rel);
          return this.partner[k + 1]! + 1;
        }
      }
      // A value made a string (`str(page_id)`, `String(id)`, `encodeURIComponent(id)`, `strconv.Itoa(id)`,
      // `pageId.toString()`): that value.
      const inner = this.convertedName(j, k);
      if (inner !== undefined) {
        parts.push({ hole: inner });
        return this.partner[k + 1]! + 1;
      }
      // An id read from the environment by its name, in the expression (`"/v15.0/"+os.Getenv("AD_ID")+"/insights"`):
      // a hole named so, as a variable read from it names one (hunt X5).
      const env = this.envReadCall(j, k);
      if (env !== undefined) {
        parts.push({ hole: env });
        return this.partner[k + 1]! + 1;
      }
      // `FEED_URL.format(page_id)` (Python): a constant of the file with `{}` holes, filled by the arguments.
      const c = callee === 'format' && k === j + 2 && this.lang === 'python' ? this.consts.get(bare(this.id(j)!)) : undefined;
      if (c && this.partner[k + 1]! !== -1) {
        pushAll(parts, this.formatted(this.resolve(c.parts), this.args(k + 1)));
        return this.partner[k + 1]! + 1;
      }
      return -1;
    }
    // A variable or member chain; `$this->base`, `self.graph`, `config.GRAPH_URL`; Go's `a.base` of a field two
    // types set, by the type of `a` (where it is read: `a.base = …` sets it, no URL of its values).
    const typed = this.lang === 'go' && k === j + 2 && this.op(j + 1, '.') && this.goTypedFields.has(callee) && !this.op(k + 1, '=');
    // An element of it, `args[0]`, `row["page_id"]`, `ids[i].id` (at most 8 deep): one value; the expression goes
    // on after it (`"act_" + args[0] + "/campaigns"` had ended there). Named by an id-like string key or a member
    // after it (`row["page_id"]`, `pages[i].id`), else by the list with `[]`, a name no variable of the file has:
    // an element is no constant of the file, and a key is no name of one (`EDGES["comments"]` holds an edge: a
    // hole named `comments` had read `{media_id}{comments}` as a comment's id, hunt Y32A-2).
    let hole = typed ? this.goFieldHole(j) : callee;
    for (let n = 0; n < 8 && this.op(k + 1, '[') && this.partner[k + 1]! > k + 1; n++) {
      const close = this.partner[k + 1]!;
      const key = close === k + 3 ? this.str(k + 2) : undefined;
      hole = key !== undefined && /^\w*(?:_id|Id|ID)$|^id$/.test(key) ? key : `${bare(hole)}[]`;
      k = close;
      while (this.member(k + 1) && !(this.lang === 'php' && this.op(k + 1, '.')) && this.id(k + 2) !== undefined && !this.op(k + 3, '(')) {
        k += 2;
        hole = this.id(k)!;
      }
    }
    parts.push({ hole });
    return k + 1;
  }

  /**
   * The name the call whose callee chain is [j, k] reads from the environment (`os.Getenv("AD_ID")`,
   * `os.getenv("PAGE_ID", "")`, `os.environ.get("X")`, `System.getenv("X")`, `getenv("X")`), or undefined.
   */
  private envReadCall(j: number, k: number): string | undefined {
    const chain: string[] = [];
    for (let t = j; t <= k; t += 2) chain.push(this.id(t) ?? '');
    if (!/^(?:os\.Getenv|os\.getenv|os\.environ\.get|System\.getenv|getenv)$/.test(chain.join('.'))) return undefined;
    const name = this.str(k + 2);
    return name !== undefined && /^\w+$/.test(name) && (this.op(k + 3, ')') || this.op(k + 3, ',')) ? name : undefined;
  }

  /**
   * Which joining call (of a list, by a string) the callee chain [j, k] is: PHP's `implode`/`join`, Go's
   * `strings.Join`, Java's `String.join`, Python's `os.path.join` / `posixpath.join` and Ruby's `File.join` (by `/`).
   */
  private joinerAt(j: number, k: number): 'php' | 'go' | 'java' | 'path' | 'list' | undefined {
    const callee = this.id(k);
    // `parts.join('/')` (JavaScript, Ruby): a list variable joined by a string.
    if ((this.lang === 'js' || this.lang === 'ruby') && callee === 'join' && k === j + 2 && this.op(j + 1, '.') && this.str(k + 2) !== undefined && this.op(k + 3, ')')) return 'list';
    if (this.lang === 'python' && callee === 'join' && ((k === j + 4 && this.id(j) === 'os' && this.id(j + 2) === 'path') || (k === j + 2 && this.id(j) === 'posixpath'))) return 'path';
    if (this.lang === 'ruby' && callee === 'join' && k === j + 2 && this.id(j) === 'File') return 'path';
    if (this.lang === 'php' && k === j && (callee === 'implode' || callee === 'join')) return 'php';
    if (this.lang === 'go' && k === j + 2 && callee === 'Join' && this.id(j) === 'strings') return 'go';
    if (this.lang === 'java' && k === j + 2 && callee === 'join' && this.id(j) === 'String') return 'java';
    return undefined;
  }

  /**
   * The elements of a list at argument [x, y] (`[…]`, `(…)`, `array(…)`, Go's `[]string{…}`, Java's `List.of(…)`
   * and `new String[]{…}`, or a variable of the file holding one), as argument ranges; undefined when it is
   * none of those.
   */
  private listElements([x, y]: [number, number]): [number, number][] | undefined {
    const o = this.listOpen(x);
    if (o !== -1 && this.partner[o] === y - 1) return this.args(o);
    const name = y === x + 1 ? this.id(x) : undefined;
    const v = name !== undefined ? this.valueOf(name, x) : -1;
    const w = v === -1 ? -1 : this.listOpen(v);
    return w !== -1 && this.partner[w]! > w ? this.args(w) : undefined;
  }

  /**
   * The opening bracket of the list literal that starts at token x: `[…]`, `(…)`, PHP's `array(…)`, Go's
   * `[]string{…}`, Java's `new String[]{…}`, `List.of(…)`, `Arrays.asList(…)`, Kotlin's `listOf(…)`; else -1.
   */
  private listOpen(x: number): number {
    if (this.op(x, '[') || this.op(x, '(')) return this.op(x, '[') && this.op(x + 1, ']') ? (this.id(x + 2) !== undefined && this.op(x + 3, '{') ? x + 3 : -1) : x;
    if (this.id(x) === 'array' && this.op(x + 1, '(')) return x + 1;
    if (this.lang !== 'java' && this.lang !== 'go') return -1;
    // `new String[]{…}`
    if (this.id(x) === 'new' && this.id(x + 1) !== undefined && this.op(x + 2, '[') && this.op(x + 3, ']') && this.op(x + 4, '{')) return x + 4;
    let k = x;
    while (this.member(k + 1) && this.id(k + 2) !== undefined) k += 2;
    return this.lang === 'java' && this.op(k + 1, '(') && /^(?:of|asList|listOf|arrayOf|mutableListOf)$/.test(this.id(k) ?? '') ? k + 1 : -1;
  }

  /** Whether token `at` starts a join of a list by a string (listJoin, joinerAt). */
  protected startsJoin(at: number): boolean {
    if (this.listJoin(at) !== -1) return true;
    if (this.kind(at) !== ID) return false;
    let k = at;
    while (this.member(k + 1) && this.id(k + 2) !== undefined) k += 2;
    return this.op(k + 1, '(') && this.joinerAt(at, k) !== undefined;
  }

  /** For a `[` at token j, `[…].join('…')` (JavaScript, Ruby): the join's `)`; else -1. */
  protected listJoin(j: number): number {
    if ((this.lang !== 'js' && this.lang !== 'ruby') || !this.op(j, '[')) return -1;
    const close = this.partner[j]!;
    return close > j && this.member(close + 1) && this.id(close + 2) === 'join' && this.op(close + 3, '(') && this.str(close + 4) !== undefined && this.op(close + 5, ')') ? close + 5 : -1;
  }

  /**
   * Elements joined by a separator (`"/".join([GRAPH, page_id, "feed"])`): each a string expression, a variable
   * (a hole the constants may fill), `str(x)`, or else a value not read (an unnamed hole: a computed path).
   * Elements not read at all (a generator, a list built elsewhere): one unnamed hole.
   */
  private joined(sep: Part[], elems: [number, number][] | undefined): Part[] {
    if (!elems) return [{ hole: '' }];
    const out: Part[] = [];
    elems.forEach(([x, y], n) => {
      if (n > 0) pushAll(out, sep);
      pushAll(out, this.argParts([x, y]) ?? this.operandParts([x, y]) ?? [{ hole: '' }]);
    });
    return out;
  }

  /**
   * An argument [x, y) that is one operand of a string expression, as parts: a member chain (`self.page_id`),
   * a value made a string (`str(id)`, `strconv.Itoa(id)`, `encodeURIComponent(id)`, `id.toString()`), as a
   * concatenation reads it; undefined for anything else.
   */
  private operandParts([x, y]: [number, number]): Part[] | undefined {
    if (this.kind(x) !== ID || this.nesting >= MAX_NESTING) return undefined;
    const parts: Part[] = [];
    this.nesting++;
    try {
      return this.operand(x, parts) === y ? parts : undefined;
    } finally {
      this.nesting--;
    }
  }

  /**
   * The variable a conversion to a string names, for the call whose callee chain is [j, k] (its `(` at k + 1):
   * `str(x)`, `String(x)`, `strval($x)`, `encodeURIComponent(x)`, `quote(x)`, `strconv.Itoa(x)`,
   * `x.toString()`, `x.to_s()`; undefined for any other call.
   */
  private convertedName(j: number, k: number): string | undefined {
    const callee = this.id(k)!;
    const close = this.partner[k + 1]!;
    if (close <= k + 1) return undefined;
    if (close === k + 2 && k >= j + 2 && /^(?:toString|to_s|String)$/.test(callee)) return this.id(k - 2);
    if (!/^(?:str|String|strval|encodeURIComponent|encodeURI|quote|quote_plus|Itoa|FormatInt|valueOf|escape|urlencode|http_build_query|stringify)$/.test(callee)) return undefined;
    const [first] = this.args(k + 1);
    return first ? this.argName(first) : undefined;
  }

  /** An argument as parts: a string expression, or a variable (a hole the constants may fill); undefined else. */
  protected argParts([a, b]: [number, number]): Part[] | undefined {
    if (b === a + 1 && this.kind(a) === ID) return [{ hole: this.id(a)! }];
    const e = this.expr(a);
    return e && e.last === b - 1 ? e.parts : undefined;
  }

  /**
   * Python's `str.format`: the replacement fields of `fmt` (`{}`, `{0}`, `{base}`, with a conversion or a format
   * spec: `{0!s}`, `{:>8}`) filled by the arguments of the call, `{{` and `}}` a brace. An argument is read as
   * argValue; a field with no argument read here (past a `*args`, a name only `**kwargs` may give, an attribute
   * or index of the argument: `{0.id}`, `{p[id]}`) is a value not read.
   */
  private formatted(fmt: Part[], args: [number, number][]): Part[] {
    const positional: [number, number][] = [];
    const keywords = new Map<string, [number, number]>();
    // After `*args`, the positions are not read; `**kwargs` may give any name not written.
    let moreArgs = false;
    for (const [a, b] of args) {
      if (this.op(a, '*')) moreArgs ||= !this.op(a + 1, '*');
      else if (b - a >= 3 && this.id(a) !== undefined && this.op(a + 1, '=')) keywords.set(this.id(a)!, [a + 2, b]);
      else if (!moreArgs) positional.push([a, b]);
    }
    let auto = 0;
    const out: Part[] = [];
    for (const p of fmt) {
      if (!('lit' in p)) {
        out.push(p);
        continue;
      }
      let last = 0;
      for (const m of p.lit.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
        if (m.index > last) out.push({ lit: p.lit.slice(last, m.index) });
        last = m.index + m[0].length;
        const field = m[1];
        if (field === undefined) {
          out.push({ lit: m[0][0]! });
          continue;
        }
        const name = /^[^!:.[]*/.exec(field)![0];
        const whole = !/^[.[]/.test(field.slice(name.length));
        const arg = name === '' ? positional[auto++] : /^\d+$/.test(name) ? positional[Number(name)] : keywords.get(name);
        pushAll(out, arg && whole ? this.argValue(arg) : [{ hole: '(expr)' }]);
      }
      if (last < p.lit.length) out.push({ lit: p.lit.slice(last) });
    }
    return out;
  }

  /** Whether the callee chain [j, k] is a printf-style format call: Go's `fmt.Sprintf`, Java's `String.format`, PHP's `sprintf`. */
  private formatCall(j: number, k: number): boolean {
    const callee = this.id(k);
    if (this.lang === 'go') return callee === 'Sprintf' && k === j + 2 && this.id(j) === 'fmt';
    if (this.lang === 'java') return callee === 'format' && k === j + 2 && this.id(j) === 'String';
    return this.lang === 'php' && callee === 'sprintf' && k === j;
  }

  /**
   * A format call's format argument as parts: a literal, a constant or a string expression (`graph+"/%s/feed"`); an
   * expression read in part (a term not read) ends in a computed part. Undefined when it is none of these.
   */
  private formatString([a, b]: [number, number]): Part[] | undefined {
    if (b === a + 1 && (this.kind(a) === ID || this.kind(a) === STR)) return this.kind(a) === ID ? [{ hole: this.id(a)! }] : this.toks.parts[a]!;
    const e = this.expr(a);
    if (e === undefined) return undefined;
    return e.last === b - 1 || e.parts[e.parts.length - 1] === CONTINUED ? e.parts : [...e.parts, CONTINUED];
  }

  /**
   * A format's verbs filled by the arguments, in order (`%%` is `%`): a string literal fills `%s` and `%v` with its
   * text, a decimal number literal `%d` and `%v`; a variable or constant is a hole of its name (a constant's value
   * when resolved, else a value not read); anything else, a verb a literal does not fill and one with no argument,
   * is a computed part. The format's constants are read first (`graph+"/%s/feed"`: the verbs the URL holds are
   * numbered after it); past a part not read (a variable's value may hold verbs, a version's holds none) every
   * verb is a computed part.
   */
  private sprintfParts(fmt: Part[], args: [number, number][]): Part[] {
    const out: Part[] = [];
    let n = 0;
    let lost = false;
    for (const p of this.resolve(fmt)) {
      if (!('lit' in p)) {
        out.push(p);
        if (!versionHole(p.hole)) lost = true;
        continue;
      }
      // The text between verbs, `%%` as `%`, one literal (`?fields=a%%2Cb` is `?fields=a%2Cb`).
      let text = '';
      let last = 0;
      for (const m of p.lit.matchAll(/%%|%[sdvq]/g)) {
        text += p.lit.slice(last, m.index);
        last = m.index + m[0].length;
        if (m[0] === '%%') {
          text += '%';
          continue;
        }
        if (text) out.push({ lit: text });
        text = '';
        if (lost) out.push({ hole: '(expr)' });
        else pushAll(out, this.verbValue(m[0][1]!, args[n++]));
      }
      text += p.lit.slice(last);
      if (text) out.push({ lit: text });
    }
    return out;
  }

  /** What an argument of a format call gives its verb (sprintfParts). */
  private verbValue(verb: string, arg: [number, number] | undefined): Part[] {
    if (arg === undefined) return [{ hole: '(expr)' }];
    const [a, b] = arg;
    if (b === a + 1 && this.kind(a) === STR) return verb === 's' || verb === 'v' ? this.toks.parts[a]! : [{ hole: '(expr)' }];
    if (b === a + 1 && this.kind(a) === NUM) return (verb === 'd' || verb === 'v') && /^(?:0|[1-9]\d*)$/.test(this.toks.v[a]!) ? [{ lit: this.toks.v[a]! }] : [{ hole: '(expr)' }];
    return [{ hole: this.goFieldArgument(arg) ?? this.argName(arg) ?? '(expr)' }];
  }

  /** Go: an argument `a.base` of a field read by type (goTypedFields), as its hole's name; else undefined. */
  private goFieldArgument([a, b]: [number, number]): string | undefined {
    return this.lang === 'go' && b === a + 3 && this.id(a) !== undefined && this.op(a + 1, '.') && this.goTypedFields.has(this.id(a + 2) ?? '') ? this.goFieldHole(a) : undefined;
  }

  /** An argument's value as parts: a variable or constant by its name (a hole), a string expression, else a value not read. */
  private argValue(r: [number, number]): Part[] {
    const name = this.argName(r);
    if (name !== undefined) return [{ hole: name }];
    return this.argParts(r) ?? [{ hole: '(expr)' }];
  }

  /** The name of a simple argument (`pageId`, `self.page_id`, `$page`), else undefined. */
  protected argName([a, b]: [number, number]): string | undefined {
    // keyword arguments: `id=page_id`
    if (b - a >= 3 && this.id(a) && this.op(a + 1, '=')) a += 2;
    let name: string | undefined;
    for (let k = a; k < b; k++) {
      const v = this.id(k);
      if (v) name = v;
      else if (!this.member(k)) return undefined;
    }
    return name;
  }

  /**
   * Resolves holes that name constants of the file, to a flat list of parts (into `out`): at most
   * MAX_RESOLVED_PARTS, then one unknown hole for the rest. With `at` (the string's token), a hole that
   * joins a list variable (`${FIELDS.join(',')}`, `{','.join(FIELDS)}`) is that list's elements, as the
   * variable is seen at `at`.
   */
  protected resolve(parts: Part[], at = -1, depth = 0, seen = new Set<string>(), out: Part[] = []): Part[] {
    for (let n = 0; n < parts.length; n++) {
      const p = parts[n]!;
      if (out.length >= MAX_RESOLVED_PARTS) {
        if (out[out.length - 1] !== TOO_MANY) out.push(TOO_MANY);
        return out;
      }
      if ('lit' in p) {
        out.push(p);
        continue;
      }
      const name = holeName(p.hole);
      let c = name !== undefined && depth < DEPTH && !seen.has(name) ? this.consts.get(name) : undefined;
      // A parameter of the function around the URL hides a value of the name assigned outside it (another
      // function's local `endpoint = f"{page_id}/feed"` is no value of a helper's parameter `endpoint`; hunt Y1-7).
      if (c && at !== -1 && depth === 0 && this.isParameterAt(p.hole, name!, at, c.first)) c = undefined;
      // Another function's own variable of the name (`endpoint = f"{page_id}/feed"` in `page_posts`) is no value at
      // `at` (`_graph("POST", endpoint)` in `add_product`, which assigns its own): the value the name has there (hunt W1).
      if (c && at !== -1 && depth === 0 && this.lang !== 'go') c = this.visibleValue(name!, c, at);
      // Go: a local the function holds a path in with `fmt.Sprintf("/%s/campaigns", id)` where it is used (no
      // constant of the file: read by the assignment that reaches `at`; hunt GO-2).
      if (c === undefined && name !== undefined && at !== -1 && depth === 0 && this.lang === 'go' && !name.includes('$')) c = this.sprintfLocal(name, at);
      // Go's field read by type with no value (goFieldHole): the field, a value not read.
      if (c === undefined && name !== undefined && this.lang === 'go' && name.includes('$')) {
        out.push({ hole: name.slice(0, name.indexOf('$')) });
        continue;
      }
      // A variable initialised to '' that is a whole segment (`/${this.pageId}/feed`, `/{self.edge}`) has another
      // value at the request: a value not read (an id's placeholder, a variable edge), never folded to nothing
      // (a write on an edge would read as one on the node). Beside other text (`feed${SUFFIX}`) it is nothing.
      if (c && emptyValue(c)) {
        const before = out[out.length - 1];
        const next = parts[n + 1];
        const alone = (before === undefined || ('lit' in before && /\/$/.test(before.lit))) && (next === undefined || ('lit' in next && /^[/?#]/.test(next.lit)));
        if (alone) c = undefined;
      }
      const joined = c === undefined && name === undefined && at !== -1 && depth < DEPTH ? this.holeJoin(p.hole, at) : undefined;
      // A hole that gives a Graph URL as a configured value's default (`${process.env.GRAPH_URL ?? 'https://graph…'}`,
      // f"{os.getenv('GRAPH_URL', 'https://graph…')}"): that URL (hunt Y2-4).
      const fallback = c === undefined && name === undefined ? graphFallbackHole(p.hole) : undefined;
      if (fallback !== undefined) {
        out.push({ lit: fallback });
        continue;
      }
      // A variable that holds an id read from the environment (`account_id = account_id or
      // os.environ["INSTAGRAM_ACCOUNT_ID"]`): named by the environment variable's name where that names a node (hunt Y1-3).
      const env = c === undefined && name !== undefined && at !== -1 ? this.envNamed(name, at) : undefined;
      if (env !== undefined) {
        out.push({ hole: env });
        continue;
      }
      if (c) {
        seen.add(name!);
        this.resolve(c.parts, at, depth + 1, seen, out);
        seen.delete(name!);
      } else if (joined) this.resolve(joined, at, depth + 1, seen, out);
      else out.push(p);
    }
    return out;
  }

  /**
   * The value `c` of the name `name` (the file's first, collectConstants) as seen at token `at`: `c` itself unless it
   * was assigned in a function that `at` is not in and valueOf sees another value there (the name's own in `at`'s
   * function, a string expression, or undefined when it is none or there is no value). Not for Go, whose struct
   * fields are set in one function and read in another (collectGoFields).
   */
  /** Go: the `fmt.Sprintf("…", …)` value the local `name` has at token `at` (resolve), else undefined. */
  private sprintfLocal(name: string, at: number): Expr | undefined {
    const v = this.valueOf(name, at);
    if (v === -1 || this.id(v) !== 'fmt' || !this.member(v + 1) || this.id(v + 2) !== 'Sprintf' || !this.op(v + 3, '(') || this.kind(v + 4) !== STR) return undefined;
    const e = this.expr(v);
    return e && e.first === v ? e : undefined;
  }

  private visibleValue(name: string, c: Expr, at: number): Expr | undefined {
    const s = this.scopeOf(c.first);
    if (s === -1 || this.inScope(s, at)) return c;
    const v = this.valueOf(name, at);
    if (v === c.first) return c;
    return v === -1 ? undefined : this.expr(v);
  }

  /**
   * The name of the environment variable whose value the variable `name` holds at token `at`, when that name says
   * which node it is (`INSTAGRAM_ACCOUNT_ID`): the value read where it is assigned, `os.environ["X"]`,
   * `os.getenv("X")`, `process.env.X`, `ENV["X"]`, `getenv("X")`, `System.getenv("X")`, alone or as the fallback
   * of a parameter (`x = x or os.environ["X"]`, `x ?? process.env.X`, `x || …`). Undefined otherwise.
   */
  private envNamed(name: string, at: number): string | undefined {
    const v = this.valueOf(name, at);
    if (v === -1) return undefined;
    const from = this.toks.start[v]!;
    let to = this.src.indexOf('\n', from);
    if (to === -1 || to - from > 160) to = Math.min(this.src.length, from + 160);
    // The read alone, or after a parameter it falls back from (`x or …`, `x ?? …`, `x || …`, `x ?: …`).
    const text = this.src
      .slice(from, to)
      .replace(/[;,)\s]+$/, '')
      .replace(/^[\w$.]+\s*(?:or|\|\||\?\?|\?:)\s*/, '');
    const env = envReadName(text);
    return env !== undefined && nodeWord(env) !== undefined && nodeWord(env) !== nodeWord(name) ? env : undefined;
  }

  /**
   * Whether the hole `hole` (named `name`) at token `at` is a plain parameter of a function around `at` that the
   * value at token `def` was not assigned in (`{endpoint}` in `def _api_request(method, endpoint)`). An attribute
   * (`{self.url}`) is none.
   */
  protected isParameterAt(hole: string, name: string, at: number, def: number): boolean {
    if (!/^[\w$@]+$/.test(hole.trim())) return false;
    const s = this.parameterScope(name, at);
    if (s === -1) return false;
    const end = this.lang === 'python' || this.lang === 'ruby' ? (this.scopeEnds.get(s) ?? this.toks.length) : this.partner[s]!;
    if (def > s && def <= end) return false;
    // A parameter with a default (`baseUrl: String = "https://graph…"`, Python's `GRAPH: str = GRAPH`) may hold the
    // file's value: not hidden (hunt Z2-2).
    return !this.parameterHasDefault(s, name);
  }

  /** Whether the function whose scope opens at s declares the parameter `name` with a default value (`name = …`, `name: T = …`). */
  private parameterHasDefault(s: number, name: string): boolean {
    const open = this.parameterOpen(s);
    if (open < 0 || this.partner[open]! < 0) return true;
    const close = this.partner[open]!;
    for (let k = open + 1; k < close && k < open + 512; k++) {
      if (this.inBracket[k] !== open || this.id(k) === undefined || bare(this.id(k)!) !== name) continue;
      // Its own entry: up to the next comma at the list's level.
      for (let j = k + 1; j < close; j++) {
        if (this.inBracket[j] === open && this.op(j, ',')) break;
        if (this.inBracket[j] === open && this.op(j, '=')) return true;
      }
      return false;
    }
    return false;
  }

  /**
   * A hole that joins a list of the file by a literal separator, as the list's elements and separators:
   * `${FIELDS.join(',')}` and `${FIELDS.join()}` (JavaScript), `#{FIELDS.join(',')}` (Ruby),
   * `{','.join(FIELDS)}` (Python), `${FIELDS.joinToString(",")}` (Kotlin). The list is the variable's value
   * as seen at token `at`, a list literal (listOpen); an element that is no string is a value not read.
   * Undefined for any other hole.
   */
  private holeJoin(hole: string, at: number): Part[] | undefined {
    const h = hole.trim();
    if (h.length > 200) return undefined;
    let list: string | undefined;
    let sep: string | undefined;
    const py = this.lang === 'python' ? /^(['"])([^'"\\]{0,8})\1\.join\(\s*([\w.]+)\s*\)$/.exec(h) : null;
    if (py) {
      list = py[3];
      sep = py[2];
    } else if (this.lang === 'js' || this.lang === 'ruby' || this.lang === 'java') {
      const m = /^([\w$@]+(?:\.[\w$@]+)*)\.(join|joinToString)\(\s*(?:(['"])([^'"\\]{0,8})\3)?\s*\)$/.exec(h);
      if (!m || (m[2] === 'joinToString') !== (this.lang === 'java')) return undefined;
      list = m[1];
      // The separator a call without one uses: `,` (JavaScript), `, ` (Kotlin), none (Ruby's default `$,`).
      sep = m[4] ?? (this.lang === 'js' ? ',' : this.lang === 'java' ? ', ' : '');
    }
    if (list === undefined || sep === undefined) return undefined;
    const v = this.valueOf(bare(list.split('.').pop()!), at);
    const o = v === -1 ? -1 : this.listOpen(v);
    if (o === -1 || this.partner[o]! <= o) return undefined;
    return this.joined([{ lit: sep }], this.args(o));
  }

  /**
   * A field list at token k into `acc`: a string (`'a,b{c}'`, `'a,' + 'b'`, `"a," "b"`, `",".join([…])`),
   * a list (`['a', 'b']`, `('a',)`, `array('a')`, `List.of("a")`, `[]string{"a"}`, `new String[]{"a"}`),
   * the SDKs' field names (`Page.Fields.instagram_business_account`, `Page.Field.x`, `PageFields::X`) or a
   * variable of the file holding one of those. What cannot be read counts as unread.
   */
  protected readFields(k: number, acc: FieldsRead, depth: number): void {
    if (!step(acc)) return;
    if (this.kind(k) === STR) {
      const first = this.str(k);
      if (first === undefined) {
        acc.unread++;
        return;
      }
      // `",".join([...])`: the string is the separator.
      if (this.member(k + 1) && this.id(k + 2) === 'join' && this.op(k + 3, '(')) {
        this.readFields(k + 4, acc, depth);
        return;
      }
      let text = first;
      for (let j = k + 1; j < k + WINDOW; ) {
        const join = this.op(j, '+') || (this.lang === 'php' && this.op(j, '.'));
        const at = join ? j + 1 : j;
        if (this.kind(at) !== STR) {
          // `'id,' + extra`: a term that is not a string.
          if (join) acc.unread++;
          break;
        }
        const more = this.str(at);
        if (more === undefined) {
          acc.unread++;
          break;
        }
        text += more;
        j = at + 1;
      }
      addFields(acc, text);
      return;
    }
    const named = this.sdkFieldName(k);
    if (named) {
      if (acc.names.length < MAX_CALL_FIELDS) acc.names.push(named[0]);
      return;
    }
    let j = k;
    if (this.id(j) === 'new') j++;
    // `[]string{…}` (Go), `new String[]{…}` (Java): the list is in the braces.
    if ((this.id(j) !== undefined && this.op(j + 1, '[') && this.op(j + 2, ']') && this.op(j + 3, '{')) || (this.op(j, '[') && this.op(j + 1, ']') && this.id(j + 2) !== undefined && this.op(j + 3, '{'))) {
      this.readList(j + 3, acc, depth);
      return;
    }
    if (this.id(j) !== undefined) {
      // `array(…)`, `List.of(…)`, `Arrays.asList(…)`: the list is the call's arguments.
      let c = j;
      while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
      if (this.op(c + 1, '(')) {
        const callee = this.id(c)!;
        // PHP's `implode(',', [...])` (and its alias `join`): the list is the second argument.
        const second = callee === 'implode' || (callee === 'join' && this.lang === 'php') ? this.args(c + 1)[1] : undefined;
        if (second) this.readFields(second[0], acc, depth + 1);
        else if (LIST_MAKERS.test(callee)) this.readList(c + 1, acc, depth);
        // `FIELDS.join(',')` (JavaScript, Ruby): the list a variable of the file holds.
        else if (callee === 'join' && c === j + 2 && depth < 4 && this.valueOf(this.id(j)!, j) !== -1) this.readFields(this.valueOf(this.id(j)!, j), acc, depth + 1);
        else acc.unread++;
        return;
      }
      if (c !== j) {
        acc.unread++;
        return;
      }
      const v = depth < 4 ? this.valueOf(this.id(j)!, j) : -1;
      if (v === -1) acc.unread++;
      else this.readFields(v, acc, depth + 1);
      return;
    }
    if (this.op(j, '[') || this.op(j, '(') || this.op(j, '{')) {
      this.readList(j, acc, depth);
      return;
    }
    acc.unread++;
  }

  /** The elements of the list opened at token k: strings, SDK field names, variables of the file. */
  private readList(k: number, acc: FieldsRead, depth: number): void {
    const close = this.partner[k]!;
    if (close === -1) {
      acc.unread++;
      return;
    }
    for (let j = k + 1; j < close && j - k < WINDOW * 4; j++) {
      if (!step(acc)) return;
      if (this.op(j, ',')) continue;
      const s = this.str(j);
      if (s !== undefined) {
        addFields(acc, s);
        continue;
      }
      const named = this.sdkFieldName(j);
      if (named) {
        if (acc.names.length < MAX_CALL_FIELDS) acc.names.push(named[0]);
        j = named[1];
        continue;
      }
      const v = this.id(j) !== undefined && !this.member(j + 1) && depth < 4 ? this.valueOf(this.id(j)!, j) : -1;
      if (v !== -1 && this.kind(v) === STR) {
        this.readFields(v, acc, depth + 1);
        continue;
      }
      acc.unread++;
      // The rest of this element: to the next comma at this level.
      while (j + 1 < close && !this.op(j + 1, ',')) j = Math.max(this.partner[j + 1]!, j + 1);
    }
    if (close - k >= WINDOW * 4) acc.unread++;
  }

  /**
   * An SDK's name for a field at token k (`Page.Fields.instagram_business_account` in Node,
   * `Page.Field.instagram_business_account` in Python, `PageFields::INSTAGRAM_BUSINESS_ACCOUNT` in PHP)
   * and its last token, or undefined.
   */
  private sdkFieldName(k: number): [string, number] | undefined {
    const a = this.id(k);
    if (a === undefined) return undefined;
    if ((this.op(k + 1, '.') && (this.id(k + 2) === 'Fields' || this.id(k + 2) === 'Field') && this.op(k + 3, '.') && this.id(k + 4) !== undefined)) return [this.id(k + 4)!.toLowerCase(), k + 4];
    if (a.endsWith('Fields') && this.op(k + 1, '::') && this.id(k + 2) !== undefined) return [this.id(k + 2)!.toLowerCase(), k + 2];
    return undefined;
  }

  /** A path argument (string expression or variable) as segments; undefined when it is not a string at all. */
  protected pathOf([a, b]: [number, number], vars?: (string | undefined)[]): (Segmented & { host?: boolean }) | undefined {
    const e = this.expr(a);
    let parts: Part[];
    if (e && e.last < b - 1 && !this.op(e.last + 1, ',')) {
      // The query may go on in terms that are not strings (`'/' + id + '?fields=' + list.join(',')`): the
      // path is read, and a field list right after `fields=` too; any other term is a value not read.
      parts = this.resolve(e.parts, a);
      const continued = parts[parts.length - 1] === CONTINUED;
      if (continued) parts = parts.slice(0, -1);
      const lits = parts.map((x) => ('lit' in x ? x.lit : '\u0002')).join('');
      // `'/' + pageId + '/' + edgeFor(x)`: a path computed past what is read (unresolved, not no call).
      if (!lits.includes('?')) {
        if (!continued) return undefined;
        parts = [...parts, CONTINUED];
      } else {
        // The term after the expression's last string (past the joining `+` or `.`, wherever expr stopped).
        let after = e.last + 1;
        while (after <= e.last + 2 && (this.op(after, '+') || this.op(after, '.'))) after++;
        if (/[?&]fields=$/.test(lits)) {
          const acc = noFields();
          this.readFields(after, acc, 0);
          parts = [...parts, { lit: acc.names.join(',') }, ...(acc.unread > 0 ? [{ hole: '' }] : [])];
        } else parts = [...parts, { hole: '' }];
      }
    } else if (e) parts = this.resolve(e.parts, a);
    else {
      const name = this.argName([a, b]);
      if (name === undefined) return { segments: [], unresolved: 'computed path', empty: false };
      // The value the name has where it is passed: another function's own `const url = …` is not it (hunt TS-1: each
      // function's path read as the first function's).
      parts = this.resolve([{ hole: name }], a);
    }
    if (vars) parts = fillTemplate(parts, vars);
    const first = parts[0];
    if (first && 'lit' in first && HOST.test(first.lit)) return { segments: [], empty: false, host: true };
    // Another host's absolute URL (`https://api.stripe.com/v1/…`, `//cdn.example.com/…`) given to a client made
    // with a Graph base URL overrides that base (axios, httpx, Ktor and URL resolution agree): no Graph path.
    if (first && 'lit' in first && anotherHost(first.lit, parts.length > 1)) return undefined;
    const path = stripVersion(parts, true);
    if (path === null) return { segments: [], unresolved: 'computed path', empty: false };
    return segmentize(path);
  }
}

// ---- helpers ----

/**
 * Whether an absolute URL's text (`lit`, the first literal of a URL; `more`: other parts follow it) names a host
 * that is not a Graph host: any whole host but those HOST reads (`https://graph.microsoft.com/v1.0/me`,
 * `//api.stripe.com/…`). A host that a hole completes (`https://graph.${domain}/…`) is another's only when its
 * text names neither Graph nor Facebook nor Instagram.
 */
function anotherHost(lit: string, more: boolean): boolean {
  if (!OTHER_HOST.test(lit) || HOST.test(lit)) return false;
  const authority = /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#\s]*/i.exec(lit)![0];
  return authority.length < lit.length || !more || !/graph|facebook|instagram/i.test(lit);
}

/**
 * A variable initialised to the empty string (`private pageId = ''` set later, a module's `let pageId = ''` set
 * by `init()`, PHP's promoted `private string $pageId = ''`, a class's `edge = ""`): see resolve.
 */
function emptyValue(e: Expr): boolean {
  return e.parts.every((p) => 'lit' in p && p.lit === '');
}

/**
 * A hole's text that is a configured value with a Graph URL literal as its default: `process.env.X ?? 'https://graph…'`,
 * `x || "…"`, `getenv("X") ?: "…"`, Python's `os.getenv("X", "…")`, `os.environ.get("X", "…")`, `x or "…"`. The URL, else
 * undefined.
 */
function graphFallbackHole(hole: string): string | undefined {
  const h = hole.trim();
  if (h.length > 300) return undefined;
  const m =
    /^[\w$.[\]'"]+\s*(?:\?\?|\|\||\?:|or)\s*(['"])([^'"\\]+)\1$/.exec(h) ??
    /^(?:os\.getenv|os\.environ\.get|getenv|ENV\.fetch|env|config)\(\s*(['"])\w+\1\s*,\s*(['"])([^'"\\]+)\2\s*\)$/.exec(h);
  const url = m ? (m.length === 3 ? m[2] : m[3]) : undefined;
  return url !== undefined && HOST.test(url) ? url : undefined;
}

/**
 * A URI template's variables (`/{id}/feed` with `pageId`) named by the values given for them, in order: `{id}`
 * becomes `{pageId}`, a placeholder named as the variable would name it; a value with no name keeps `{id}`.
 */
function fillTemplate(parts: Part[], names: (string | undefined)[]): Part[] {
  let n = 0;
  const fill = (m: string) => {
    const name = names[n++];
    return name !== undefined ? `{${bare(name)}}` : m;
  };
  return parts.map((p) => ('lit' in p ? { lit: p.lit.replace(/\{[\w.-]*\}/g, fill) } : p));
}
