/**
 * Graph clients: clients made by a function of the file (`collectFactoryClients`) and HTTP clients made with a
 * Graph base URL (`noteBaseClient`, `noteBase`; urls.ts's `baseClientAt` reads them); a relative path on a Graph client (`clientCall`, the
 * known clients' methods, Spring's RestTemplate, Koala, the PHP SDK's `Facebook` object); Java/Kotlin and Go URL
 * objects (`builderOfConstant`, `goUrlLiteral`, `batchCall`). Start at `clientCall`. Builds on urls.ts; three
 * methods of the business SDKs' layer (sdk.ts) are declared here abstract.
 */
import { ID, OP, type Part, STR } from '../lex.js';
import type { HttpMethod, Segment } from '../endpoints.js';
import { addFields, bare, type BaseClient, CLIENT_MAKER, CLIENT_METHODS, type FieldsRead, HOST, HTTP_WORDS, isInstagramHost, MAX_SHADOWED, MAX_USES, METHOD_KEY, METHOD_NOT_READ, OPTION_TOKENS, parseFieldTree, type Segmented, segmentize, stripVersion, URL_BUILDER_ROOT, URL_WRAPPERS, WINDOW } from './common.js';
import { UrlReader } from './urls.js';

export abstract class ClientReader extends UrlReader {
  // Read by this layer, written in a later one (the business SDKs: sdk.ts).
  protected abstract rubySelfClient(i: number): { at: number; instagram: boolean } | undefined;
  protected abstract phpFactoryClient(i: number): { at: number; instagram: boolean } | undefined;
  protected abstract notSdkClass(name: string): boolean;

  /** Whether the file names Spring's RestTemplate (looked up once). */
  private restTemplate: boolean | undefined;

  // ---- HTTP clients made with a Graph base URL ----
  /**
   * A later statement that sets the base URL of a named client: Go resty's `client.SetBaseURL(…)` and
   * `SetHostURL(…)`, axios's `graph.defaults.baseURL = …` (and the global `axios.defaults.baseURL = …`),
   * Python's `self.client.base_url = …`, Faraday's `conn.url_prefix = …` (also in `Faraday.new do |f| f.url_prefix
   * = … end`). The client is the one the name was given (where it was made), else
   * the name at the setter. Only these forms: `app.locals.graph = axios.create(…)` sets no base URL of `app`.
   */
  protected baseSetter(i: number, setters: Set<string>): void {
    const name = this.id(i)!;
    if (!this.member(i - 1)) return;
    let r = -1;
    if ((name === 'SetBaseURL' || name === 'SetHostURL') && this.op(i + 1, '(')) r = i - 2;
    else if (this.op(i + 1, '=') && !this.op(i + 2, '=')) {
      if (name === 'baseURL' && this.lang === 'js' && this.id(i - 2) === 'defaults' && this.member(i - 3)) r = i - 4;
      else if (name === 'base_url' && this.lang === 'python') r = i - 2;
      else if (name === 'url_prefix' && this.lang === 'ruby') r = i - 2;
    }
    const receiver = r >= 0 ? this.id(r) : undefined;
    if (receiver === undefined || /^(?:this|self|cls)$/.test(receiver)) return;
    // Faraday's block, `conn = Faraday.new do |f| f.url_prefix = G … end`: the connection assigned.
    if (name === 'url_prefix') {
      for (let k = r - 4; k >= 0 && k >= r - 64; k--) {
        if (!(this.id(k) === 'do' || this.op(k, '{')) || !this.op(k + 1, '|') || this.id(k + 2) !== receiver || !this.op(k + 3, '|')) continue;
        let m = k - 1;
        if (this.op(m, ')') && this.partner[m]! >= 0) m = this.partner[m]! - 1;
        if (this.id(m) !== 'new' || !this.member(m - 1) || this.id(m - 2) !== 'Faraday') return;
        const conn = this.definedName(m - 2);
        if (conn === undefined) return;
        this.noteBase(conn, m - 2, i + 2);
        setters.add(conn);
        return;
      }
    }
    const key = bare(receiver);
    const made = this.valueOf(key, r);
    this.noteBase(key, made !== -1 && this.id(made) !== key ? made : r, i + 2);
    setters.add(key);
  }

  /**
   * `name = axios.create({ baseURL: 'https://graph.facebook.com/v21.0' })`, `new Client(['base_uri' =>
   * '…'])`, `got.extend({ prefixUrl: … })`: a client whose relative paths are Graph paths. Looks at a
   * bounded number of tokens after the `=` (the pass stays linear).
   */
  protected noteBaseClient(name: string, at: number, where = at): void {
    // Faraday's positional URL, `Faraday.new('https://graph.facebook.com/v19.0')` (also a constant of the file).
    if (this.lang === 'ruby' && this.id(at) === 'Faraday' && this.member(at + 1) && this.id(at + 2) === 'new' && this.op(at + 3, '(') && (this.kind(at + 4) === STR || (this.kind(at + 4) === ID && !this.op(at + 5, ':')))) {
      this.noteBase(name, where, at + 4);
      return;
    }
    // Ktor's `HttpClient(CIO) { install(…) { … } defaultRequest { url(GRAPH) } }`.
    if (this.lang === 'java' && this.id(at) === 'HttpClient') {
      const v = this.ktorDefaultUrl(at);
      if (v !== -1) this.noteBase(name, at, v);
      return;
    }
    // `axios.create(config)`, PHP's `new Client($config)`: a config object or array of the file, held in a variable.
    const held = this.heldConfigBase(at);
    if (held !== -1) {
      this.noteBase(name, where, held);
      return;
    }
    const n = Math.min(this.toks.length, at + 24);
    for (let k = at; k + 2 < n; k++) {
      if (this.pastValue(at, k)) return;
      const key = this.id(k) ?? this.str(k);
      if (key === undefined) continue;
      // Also resty's `SetBaseURL(…)`, Faraday's `Faraday.new(url: …)` and Spring's `WebClient.create(…)` and `RestClient.create(…)`.
      const base =
        /^(?:baseURL|baseUrl|base_url|base_uri|prefixUrl|SetBaseURL|SetHostURL)$/.test(key) ||
        (key === 'url' && this.id(at) === 'Faraday') ||
        (key === 'rootUri' && this.lang === 'java') ||
        (key === 'create' && (this.id(k - 2) === 'WebClient' || this.id(k - 2) === 'RestClient'));
      if (!base) continue;
      // A key's value (`baseURL: …`, `'base_uri' => …`, `base_url=…`) or a builder's argument (`.baseUrl(…)`).
      // JavaScript's shorthand property (`axios.create({ baseURL, headers })`): the variable of that name (hunt Y2-1).
      const v = this.op(k + 1, ':') || this.op(k + 1, '=>') || this.op(k + 1, '=') || this.op(k + 1, '(') ? k + 2 : this.shorthandKey(k) ? k : -1;
      if (v !== -1) this.noteBase(name, where, v);
      return;
    }
  }

  /** JavaScript: whether the name at token k is an object's shorthand property (`{ baseURL }`, `{ a, baseURL, b }`). */
  private shorthandKey(k: number): boolean {
    if (!(this.lang === 'js' && this.id(k) !== undefined && (this.op(k - 1, '{') || this.op(k - 1, ',')) && (this.op(k + 1, '}') || this.op(k + 1, ',')) && this.op(this.inBracket[k]!, '{'))) return false;
    // A parameter of the function around it (`function makeClient(baseURL) { return axios.create({ baseURL }) }`) is
    // the caller's value, not the file's constant of that name (hunt Z-3).
    return this.parameterScope(bare(this.id(k)!), k) === -1;
  }

  /**
   * A client maker called with one variable (`axios.create(config)`, `new Client($config)`) that holds an object
   * or array literal of the file with a base URL key (`{ baseURL: G }`, `['base_uri' => G]`): that key's value
   * token, else -1. A bounded look at the literal's own keys.
   */
  private heldConfigBase(at: number): number {
    let k = this.id(at) === 'new' ? at + 1 : at;
    while (this.member(k + 1) && this.id(k + 2) !== undefined && k < at + 8) k += 2;
    if (!this.op(k + 1, '(') || !CLIENT_MAKER.test(this.id(k) ?? '')) return -1;
    const held = this.partner[k + 1] === k + 3 && this.id(k + 2) !== undefined ? k + 2 : this.lang === 'python' ? this.splatArgument(k + 1) : -1;
    if (held === -1) return -1;
    let o = this.valueOf(bare(this.id(held)!), held);
    // Python's `opts = dict(base_url=GRAPH, timeout=10)`: the keywords of the call.
    const dict = this.lang === 'python' && this.id(o) === 'dict' && this.op(o + 1, '(');
    if (dict) o++;
    if (o === -1 || !(this.op(o, '{') || this.op(o, '[') || dict) || this.partner[o]! <= o) return -1;
    for (let j = o + 1, end = Math.min(this.partner[o]!, o + 64); j < end; j++) {
      if (this.inBracket[j] !== o) continue;
      const key = this.id(j) ?? this.str(j);
      if (key !== undefined && /^(?:baseURL|baseUrl|base_url|base_uri|prefixUrl)$/.test(key) && (this.op(j + 1, ':') || this.op(j + 1, '=>') || (dict && this.op(j + 1, '=')))) return j + 2;
      if (key !== undefined && /^(?:baseURL|baseUrl|prefixUrl)$/.test(key) && this.shorthandKey(j)) return j;
    }
    return -1;
  }

  /** Python: the name token of a keyword splat among the arguments of the call whose `(` is token p (`Client(**opts)`, `AsyncClient(timeout=5, **opts)`), or -1. */
  private splatArgument(p: number): number {
    const args = this.args(p);
    for (let n = 0; n < args.length && n < 16; n++) {
      const [a, b] = args[n]!;
      if (b === a + 3 && this.op(a, '*') && this.op(a + 1, '*') && this.id(a + 2) !== undefined) return a + 2;
    }
    return -1;
  }

  /**
   * Whether token k lies past the value that starts at token `at` (noteBaseClient's look-ahead): a `;` or `,`
   * at the value's own bracket level, the bracket around it closing, or a new line there that continues no
   * chain (`builder\n  .rootUri(…)`, Go's `resty.New().\n  SetBaseURL(…)` go on). `app = express()` followed by
   * `app.locals.graph = axios.create({ baseURL })` is no Graph client named `app`: the key is the next statement's.
   */
  private pastValue(at: number, k: number): boolean {
    if (k <= at || this.inBracket[k] !== this.inBracket[at]) return false;
    if (this.op(k, ';') || this.op(k, ',') || this.op(k, ')') || this.op(k, ']') || this.op(k, '}')) return true;
    return this.lineBreakAfter(k - 1) && !this.member(k) && !this.member(k - 1);
  }

  /**
   * The client `name` made at token `at` has the base URL at token v: a Graph client when that is a Graph URL,
   * else a client of another host (which a use of the name may see instead of a Graph client: baseClientAt).
   */
  protected noteBase(name: string, at: number, v: number): void {
    // A class constant, `self::GRAPH`, `static::GRAPH`, `Config::GRAPH_URL` (PHP, Ruby): the constant's name.
    while (this.kind(v) === ID && this.op(v + 1, '::') && this.id(v + 2) !== undefined) v += 2;
    // A string, or a constant of the file that holds one (`baseURL: GRAPH_URL`).
    const parts = this.kind(v) === ID && !this.member(v + 1) ? [{ hole: this.id(v)! }] : this.strParts(v);
    const first = parts ? this.resolve(parts)[0] : undefined;
    let host = first && 'lit' in first ? HOST.exec(first.lit) : null;
    // Python's `GRAPH if host == "fb" else STRIPE`: Graph's only where the condition picks it (factoryCallClient).
    const py = this.lang === 'python' && this.id(v + 1) === 'if' ? this.pythonChosenBase(v) : undefined;
    if (py === null) host = null;
    // Either branch Graph's, the condition not read: the client is Graph's (graph.facebook.com when the Graph
    // branch is the `else`).
    const graph = host !== null || py === 'graph';
    const client: BaseClient = { at, instagram: host ? isInstagramHost(host[1]!) : false, graph };
    if (host && parts) {
      const resolved = this.resolve(parts);
      const head = resolved[0] as { lit: string };
      const path = stripVersion([{ lit: head.lit.slice(host[0].length) }, ...resolved.slice(1)]);
      const seg = path === null ? undefined : segmentize(path);
      if (seg && !seg.empty) client.prefix = seg;
    }
    if (py && py !== 'graph') client.chosen = py;
    else if (!host) {
      const chosen = this.chosenBase(v);
      if (chosen) client.chosen = chosen;
    }
    const list = this.baseClients.get(name) ?? [];
    list.push(client);
    this.baseClients.set(name, list);
    this.clientMade.set(at, client);
  }

  /**
   * A base URL at token v chosen by a parameter: `host === 'fb' ? GRAPH : STRIPE` (also `==`, `!==`, `!=`), or
   * `cond ? GRAPH : OTHER` (lit undefined), one branch a Graph URL (a string or a constant of the file).
   */
  private chosenBase(v: number): BaseClient['chosen'] {
    const name = this.id(v);
    if (name === undefined || this.member(v + 1) || this.parameterScope(name, v) === -1) return undefined;
    let q = v + 1;
    let lit: string | undefined;
    let eq = true;
    // (`===` is read as `==` then `=`; `!=` as `!` then `=`, `!==` as `!` then `==`.)
    const not = this.op(q, '!') && (this.op(q + 1, '=') || this.op(q + 1, '=='));
    if (this.op(q, '==') || not) {
      eq = !not;
      q += not ? 2 : this.op(q + 1, '=') ? 2 : 1;
      lit = this.str(q);
      if (lit === undefined) return undefined;
      q++;
    }
    if (!this.op(q, '?') || !this.op(q + 2, ':')) return undefined;
    const graphAt = (k: number): boolean => {
      const parts = this.kind(k) === ID && !this.member(k + 1) ? [{ hole: this.id(k)! }] : this.strParts(k);
      const first = parts ? this.resolve(parts)[0] : undefined;
      return first !== undefined && 'lit' in first && HOST.test(first.lit);
    };
    const then = graphAt(q + 1);
    const other = graphAt(q + 3);
    return then || other ? { name, lit, eq, then, else: other } : undefined;
  }

  /**
   * Python's conditional base URL at token v, `A if name == "lit" else B` (also `!=`, or `A if name else B`), each
   * branch one token: as chosenBase when `name` is a parameter and one branch is a Graph URL; 'graph' when one
   * branch is and the condition is not read here (a module's flag); null when neither branch is Graph's;
   * undefined when both are, or the value is no such condition.
   */
  private pythonChosenBase(v: number): BaseClient['chosen'] | 'graph' | null | undefined {
    const graphAt = (k: number): boolean => {
      const parts = this.kind(k) === ID && !this.member(k + 1) ? [{ hole: this.id(k)! }] : this.strParts(k);
      const first = parts ? this.resolve(parts)[0] : undefined;
      return first !== undefined && 'lit' in first && HOST.test(first.lit);
    };
    const name = this.id(v + 2);
    let q = v + 3;
    let lit: string | undefined;
    let eq = true;
    const not = this.op(q, '!') && this.op(q + 1, '=');
    if (this.op(q, '==') || not) {
      eq = !not;
      q += not ? 2 : 1;
      lit = this.str(q);
      q++;
    }
    const read = name !== undefined && !this.member(v + 3) && (q === v + 3 || lit !== undefined) && this.id(q) === 'else' && this.kind(q + 1) !== OP;
    // The `else` branch, wherever the condition ends (bounded): what the value may be.
    let e = q;
    while (!read && e < v + 32 && e < this.toks.length && this.id(e) !== 'else') e++;
    const then = graphAt(v);
    const other = this.id(e) === 'else' && graphAt(e + 1);
    if (then && other) return undefined;
    if (!(then || other)) return null;
    // A condition not read here (`GRAPH if PROD else MOCK`, a module's flag): the client may be Graph's, and a
    // write on it missed would be silent: Graph's, as a base URL that is one.
    if (!read || this.parameterScope(name, v) === -1) return 'graph';
    return { name, lit, eq, then, else: other };
  }

  /**
   * Functions of the file that return a client made with a base URL (`function graph() { return axios.create(…) }`):
   * by `${class} ${name}` (classOf the function, -1 outside a class), so that a same-named method of another class
   * (`StripeClient._client()`) is not taken for the Graph class's.
   */
  protected factoryClients = new Map<string, BaseClient>();
  /** Those that are getters (`get http()`, Python's `@property`): read without a call (`this.http.post(…)`); keyed as factoryClients. */
  protected getterClients = new Map<string, BaseClient>();
  /** `state.graph` / `locals.graph` for each `….state.graph = …` / `….locals.graph = …` of the file (boundClient), lazily. */
  private sharedClients: Set<string> | undefined;
  /** The keys of the state a lifespan of the file yields with a client (lifespanState). */
  private stateSlots = new Set<string>();

  // ---- clients made by a function of the file, and other names for the file's clients ----
  /**
   * After collectConstants: the functions, methods, getters and arrow functions of the file whose body returns
   * (or, a FastAPI dependency, yields) a client made with a base URL or a client of the file; then the names
   * bound to one of those clients: `c = self._client()`, `with self._client() as c:`, a FastAPI parameter
   * `graph = Depends(get_graph)`, and an alias of the file's client (`client = graph`, `client =
   * request.app.state.graph`). One forward pass each, a bounded look at each candidate: linear.
   */
  protected collectFactoryClients(): void {
    if (this.lang !== 'js' && this.lang !== 'python') return;
    const n = this.toks.length;
    for (let t = 0; t + 1 < n; t++) {
      const w = this.id(t);
      if (w === 'return' || w === 'yield') this.noteFactory(t, t + 1);
      // `const graph = () => axios.create({ baseURL })`: an arrow function's value.
      else if (this.lang === 'js' && this.op(t, '=>') && !this.op(t + 1, '{') && this.op(t - 1, ')')) {
        let q = this.partner[t - 1]!;
        if (this.id(q - 1) === 'async') q--;
        if (q > 1 && this.op(q - 1, '=') && this.id(q - 2) !== undefined) this.noteMadeBy(this.id(q - 2)!, t + 1, false);
      }
    }
    if (this.factoryClients.size === 0 && this.getterClients.size === 0 && this.baseClients.size === 0) return;
    const touched = new Set<string>();
    for (let t = 0; t + 1 < n; t++) {
      // `with self._client() as c:` (and `async with`).
      if (this.lang === 'python' && this.id(t) === 'as' && this.op(t - 1, ')') && this.id(t + 1) !== undefined) {
        const c = this.factoryCallClient(this.partner[t - 1]!);
        if (c) this.bindClient(bare(this.id(t + 1)!), t, c, touched);
        // `with client("stripe") as c:` of a factory whose argument picks another host: `c` is not Graph's here.
        else if (this.otherBranchCall(this.partner[t - 1]!)) this.bindClient(bare(this.id(t + 1)!), t, { at: t, instagram: false, graph: false }, touched, false);
        continue;
      }
      // A lifespan's state, `yield {"graph": client}`: read in the routes as `request.state.graph`.
      if (this.lang === 'python' && this.id(t) === 'yield' && this.op(t + 1, '{')) {
        this.lifespanState(t, touched);
        continue;
      }
      if (!this.op(t, '=') || this.id(t - 1) === undefined) continue;
      const v = t + 1;
      const name = this.definedName(v) ?? (this.lang === 'python' && this.inCall[v] !== -1 && this.id(this.inCall[v]! - 2) === 'def' ? bare(this.id(t - 1)!) : undefined);
      if (name === undefined) continue;
      const c = this.boundClient(v);
      if (c) this.bindClient(name, v, c, touched);
    }
    // baseClientAt searches each name's list in token order.
    for (const name of touched) this.baseClients.get(name)!.sort((a, b) => a.at - b.at);
  }

  /** A `return`/`yield` at token t whose value starts at v: a factory when the value is a client made with a base URL or a client of the file. */
  private noteFactory(t: number, v: number): void {
    const s = this.scopeOf(t);
    if (s === -1) return;
    let name: string | undefined;
    let getter = false;
    if (this.lang === 'python') {
      const d = this.id(s) === 'async' ? s + 1 : s;
      name = this.id(d + 1);
      getter = this.id(s - 1) === 'property' || this.id(s - 1) === '@property';
    } else {
      const close = this.functionHeader(s);
      if (close === undefined || close === -1) return;
      const q = this.partner[close]!;
      name = this.id(q - 1);
      // `const graph = function () {…}`, `const graph = () => {…}`.
      if (name === 'function') name = this.op(q - 2, '=') ? this.id(q - 3) : undefined;
      else if (name === undefined && this.op(q - 1, '=')) name = this.id(q - 2);
      if (name === 'async') return;
      getter = this.id(q - 2) === 'get' && !this.member(q - 3);
    }
    if (name === undefined || this.isKeyword(name)) return;
    this.noteMadeBy(name, v, getter);
  }

  /** Function `name` returns the value at token v: noted when that is a client made with a base URL, or a name of the file's client. */
  private noteMadeBy(name: string, v: number, getter: boolean): void {
    if (this.id(v) === 'await' || this.id(v) === 'new') v++;
    let k = v;
    while (this.member(k + 1) && this.id(k + 2) !== undefined && k < v + 16) k += 2;
    let client: BaseClient | undefined;
    if (this.op(k + 1, '(') && CLIENT_MAKER.test(this.id(k) ?? '')) {
      // `return axios.create(…).get(…)`: what the client's call returns, not the client (chainedClient).
      if (this.requestOnMade(k + 1)) return;
      const key = `${name}()`;
      this.noteBaseClient(key, v);
      const list = this.baseClients.get(key);
      client = list?.[list.length - 1];
      this.baseClients.delete(key);
      if (this.lang === 'python' && !client?.graph && !client?.chosen) client = this.baseByCaller(k + 1, v) ?? client;
    } else if (k === v && this.id(v) !== undefined && !this.op(v + 1, '(')) {
      // `yield client` in `async with httpx.AsyncClient(base_url=…) as client:`; `return client`.
      const c = this.baseClientAt(bare(this.id(v)!), v);
      client = c ? { ...c, graph: true } : undefined;
    } else if (this.lang === 'python' && k > v && !this.op(k + 1, '(') && !this.op(k + 1, '[') && !this.member(k + 1) && this.sharedClient(k)) {
      // A FastAPI dependency `return request.app.state.graph`: the slot the file filled with its client.
      const c = this.baseClientAt(bare(this.id(k)!), v);
      client = c ? { ...c, graph: true } : undefined;
    }
    if (!client?.graph && !client?.chosen && !client?.byCaller) return;
    const map = getter ? this.getterClients : this.factoryClients;
    const key = `${this.classOf(v)} ${name}`;
    if (!map.has(key)) map.set(key, client);
  }

  /** The client the call whose `(` is token o returns: `graph()`, `this.graph()`, `self._client()` of a factory of the file. */
  private factoryCallClient(o: number): BaseClient | undefined {
    if (o < 1 || !this.op(o, '(')) return undefined;
    const name = this.id(o - 1);
    if (name === undefined) return undefined;
    // `this.graph()` / `self._client()`: the method of the call's own class; a bare `graph()`: a function of the file.
    if (this.member(o - 2) && !/^(?:this|self)$/.test(this.id(o - 3) ?? '')) return undefined;
    const c = this.member(o - 2) ? this.factoryClients.get(`${this.classOf(o)} ${name}`) : (this.factoryClients.get(`-1 ${name}`) ?? this.factoryClients.get(`${this.classOf(o)} ${name}`));
    if (c?.byCaller) return this.baseGivenAt(o, c.byCaller) ? { at: c.at, instagram: false, graph: true } : undefined;
    const ch = c?.chosen;
    if (!ch || ch.lit === undefined) return c;
    const given = this.literalFor(o, c!, ch.name);
    if (given === undefined) return c;
    // `client('fb')` of `host === 'fb' ? GRAPH : STRIPE`: the branch the literal argument picks.
    const picked = (given === ch.lit) === ch.eq ? ch.then : ch.else;
    return picked ? { at: c!.at, instagram: c!.instagram, graph: true } : undefined;
  }

  /**
   * The literal the factory call whose `(` is token o gives for the factory's parameter `name`: Python's
   * keyword (`client(host="fb")`), else the argument at the parameter's place (`client("fb", timeout=3)`), else
   * the parameter's default (`def make(env="prod")` called `make()`); elsewhere a call's one argument
   * (`client('fb')`). Undefined when that is not a string literal.
   */
  private literalFor(o: number, c: BaseClient, name: string): string | undefined {
    const args = this.args(o);
    if (this.lang !== 'python') return this.partner[o] === o + 2 ? this.str(o + 1) : undefined;
    const kw = args.find(([a, b]) => b === a + 3 && this.id(a) === name && this.op(a + 1, '='));
    if (kw) return this.str(kw[0] + 2);
    const s = this.scopeOf(c.at);
    const d = this.id(s) === 'async' ? s + 1 : s;
    if (s === -1 || this.id(d) !== 'def' || !this.op(d + 2, '(') || this.partner[d + 2]! <= d + 2) return undefined;
    const params = this.args(d + 2);
    const at = params.findIndex(([a]) => this.id(a) === name);
    if (at === -1) return undefined;
    // A method's `self`/`cls` is not given by its callers.
    const first = this.id(params[0]![0]);
    const index = first === 'self' || first === 'cls' ? at - 1 : at;
    if (index >= 0 && !args.slice(0, index + 1).some((x) => this.isKwarg(x) || this.op(x[0], '*'))) {
      const arg = args[index];
      if (arg) return arg[1] === arg[0] + 1 ? this.str(arg[0]) : undefined;
    }
    // Not given: the parameter's default (`host="fb"`, `host: str = "fb"`).
    const [a, b] = params[at]!;
    return b > a + 2 && this.op(b - 2, '=') && !args.some(([x]) => this.op(x, '*')) ? this.str(b - 1) : undefined;
  }

  /**
   * Python: the client made by the maker call whose `(` is token p, in the function whose `return` value starts at
   * token v, when its base URL is the function's caller's: a `**opts` of the function passed on, or `base_url=b`
   * with `b` a parameter (byCaller). Undefined else.
   */
  private baseByCaller(p: number, v: number): BaseClient | undefined {
    const s = this.scopeOf(v);
    const d = this.id(s) === 'async' ? s + 1 : s;
    if (s === -1 || this.id(d) !== 'def' || !this.op(d + 2, '(') || this.partner[d + 2]! <= d + 2) return undefined;
    // The function's parameters in order (`self`/`cls` not counted: a method's callers do not give them), with their stars.
    const params = this.args(d + 2).map(([a]) => (this.op(a, '*') ? (this.op(a + 1, '*') ? `**${this.id(a + 2) ?? ''}` : '*') : (this.id(a) ?? '')));
    if (params[0] === 'self' || params[0] === 'cls') params.shift();
    for (const [a, b] of this.args(p)) {
      if (b === a + 3 && this.op(a, '*') && this.op(a + 1, '*') && params.includes(`**${this.id(a + 2) ?? ''}`)) return { at: v, instagram: false, graph: false, byCaller: { key: 'base_url', index: -1 } };
      const given = b === a + 3 && this.id(a) === 'base_url' && this.op(a + 1, '=') ? this.id(a + 2) : undefined;
      const index = given === undefined ? -1 : params.indexOf(given);
      if (index !== -1) return { at: v, instagram: false, graph: false, byCaller: { key: given!, index: params.slice(0, index).includes('*') ? -1 : index } };
    }
    return undefined;
  }

  /** Whether the call whose `(` is token o gives a Graph base URL where byCaller says (a keyword, else its position). */
  private baseGivenAt(o: number, by: { key: string; index: number }): boolean {
    const args = this.args(o);
    const kw = args.find(([a, b]) => b > a + 2 && this.id(a) === by.key && this.op(a + 1, '='));
    const positional = by.index >= 0 && !args.slice(0, by.index + 1).some((x) => this.isKwarg(x) || this.op(x[0], '*')) ? args[by.index] : undefined;
    const at = kw ? kw[0] + 2 : positional?.[0];
    if (at === undefined) return false;
    const parts = this.kind(at) === ID && !this.member(at + 1) ? [{ hole: this.id(at)! }] : this.strParts(at);
    const first = parts ? this.resolve(parts)[0] : undefined;
    return first !== undefined && 'lit' in first && HOST.test(first.lit);
  }

  /** Whether the call whose `(` is token o is a factory's of the file whose base URL a condition picks (factoryCallClient: not Graph's there). */
  private otherBranchCall(o: number): boolean {
    const name = this.id(o - 1);
    if (name === undefined || this.member(o - 2)) return false;
    return (this.factoryClients.get(`-1 ${name}`) ?? this.factoryClients.get(`${this.classOf(o)} ${name}`))?.chosen !== undefined;
  }

  /**
   * The client a value at token v is: a factory's call (`self._client()`), a FastAPI dependency on one
   * (`Depends(get_graph)`), a getter (`this.http`), or another name of the file's Graph client (`graph`,
   * `request.app.state.graph`: the last name of the chain, as a call's receiver is read).
   */
  private boundClient(v: number): BaseClient | undefined {
    if (this.id(v) === 'await') v++;
    if (this.lang === 'python' && this.id(v) === 'Depends' && this.op(v + 1, '(') && this.op(v + 3, ')')) return this.factoryClients.get(`-1 ${this.id(v + 2) ?? ''}`) ?? this.factoryClients.get(`${this.classOf(v)} ${this.id(v + 2) ?? ''}`);
    let k = v;
    while (this.member(k + 1) && this.id(k + 2) !== undefined && k < v + 16) k += 2;
    if (this.id(k) === undefined) return undefined;
    if (this.op(k + 1, '(')) return this.op(this.partner[k + 1]! + 1, '.') ? undefined : this.factoryCallClient(k + 1);
    // A name alone, or a chain: not when it goes on (`graph.get(…)`, `graph + x`), nor a subscript.
    const after = this.kind(k + 1) === OP ? this.toks.v[k + 1] : undefined;
    if (after !== undefined && after !== ';' && after !== ',' && after !== ')' && after !== '}') return undefined;
    const last = bare(this.id(k)!);
    if (k > v && /^(?:this|self)$/.test(this.id(k - 2) ?? '') && k - 2 === v) {
      const g = this.getterClients.get(`${this.classOf(v)} ${last}`);
      if (g) return g;
    }
    // A chain is the file's client only as its own attribute (`self.client`) or the very shared slot the file
    // filled (`request.app.state.graph` for `app.state.graph = …`): not another object's member of the same
    // name (`self.billing.client`, `req.app.locals.stripe.graph`).
    if (k > v && !(k - 2 === v && /^(?:this|self)$/.test(this.id(v) ?? '')) && !this.sharedClient(k)) return undefined;
    const c = this.baseClients.has(last) ? this.baseClientAt(last, v) : undefined;
    return c ? { ...c, graph: true } : undefined;
  }

  /**
   * Starlette's lifespan state: a function of the file that yields a dict (`yield {"graph": client}`) whose value
   * is a client of the file gives that client to `request.state.graph` in every route of the file (bound at the
   * function's own token, seen file-wide).
   */
  private lifespanState(t: number, touched: Set<string>): void {
    const s = this.scopeOf(t);
    if (s === -1 || this.partner[t + 1]! <= t + 1) return;
    for (const [entry, end] of this.objectEntries(t + 1)) {
      const key = this.str(entry);
      const value = this.id(entry + 2);
      if (key === undefined || value === undefined || !this.op(entry + 1, ':') || end !== entry + 3 || !/^[A-Za-z_]\w*$/.test(key)) continue;
      const c = this.baseClientAt(bare(value), entry + 2);
      if (!c) continue;
      this.bindClient(key, s, { ...c, graph: true }, touched);
      this.stateSlots.add(key);
    }
  }

  /** Whether the chain ending at token k is `….state.name` / `….locals.name` and the file assigns such a slot (`app.state.name = …`). */
  private sharedClient(k: number): boolean {
    const slot = this.id(k - 2);
    if ((slot !== 'state' && slot !== 'locals') || !this.member(k - 1) || !this.member(k - 3)) return false;
    if (slot === 'state' && this.stateSlots.has(this.id(k)!)) return true;
    if (this.sharedClients === undefined) {
      this.sharedClients = new Set();
      for (let t = 2; t + 1 < this.toks.length; t++) {
        const s = this.id(t - 2);
        if ((s === 'state' || s === 'locals') && this.member(t - 1) && this.op(t + 1, '=') && this.id(t) !== undefined) this.sharedClients.add(`${s}.${bare(this.id(t)!)}`);
      }
    }
    return this.sharedClients.has(`${slot}.${bare(this.id(k)!)}`);
  }

  /** `name` is bound at token `at` to client c: as noteBase notes a client made there. */
  private bindClient(name: string, at: number, c: BaseClient, touched: Set<string>, graph = true): void {
    // (A factory's client whose base URL an argument not read here picks stays so: its calls are unresolved.)
    const bound: BaseClient = { at, instagram: c.instagram, graph, ...(c.chosen ? { chosen: c.chosen } : {}) };
    const list = this.baseClients.get(name) ?? [];
    list.push(bound);
    this.baseClients.set(name, list);
    this.clientMade.set(at, bound);
    touched.add(name);
  }

  /** A call on a factory's client (`graph().post(…)`, `self._client().post(…)`) or a getter's (`this.http.post(…)`), callee token i. */
  private factoryClient(i: number): { at: number; instagram: boolean } | undefined {
    if (!this.member(i - 1)) return undefined;
    if (this.op(i - 2, ')')) return this.factoryCallClient(this.partner[i - 2]!) ?? this.chainedClient(this.partner[i - 2]!);
    const recv = this.id(i - 2);
    if (recv !== undefined && this.member(i - 3) && /^(?:this|self)$/.test(this.id(i - 4) ?? '')) return this.getterClients.get(`${this.classOf(i)} ${recv}`);
    return undefined;
  }

  /**
   * Whether the client maker called at `(` token p is used for a request in the same expression
   * (`axios.create(…).get(…)`), past further makers of a client from it (`ky.create(…).extend(…)` is a client).
   */
  protected requestOnMade(p: number): boolean {
    let c = this.partner[p]!;
    for (let n = 0; c > p && n < 16 && this.member(c + 1) && CLIENT_MAKER.test(this.id(c + 2) ?? '') && this.op(c + 3, '(') && this.partner[c + 3]! > c + 3; n++) c = this.partner[c + 3]!;
    return c > p && this.member(c + 1);
  }

  /**
   * A client made and called in one expression, the call whose `(` is token o making it (JavaScript:
   * `axios.create({ baseURL: GRAPH }).get(…)`, `ky.create({ prefixUrl }).post(…)`, `got.extend(cfg).get(…)`):
   * the client made there when its base URL is Graph's (or chosen by a parameter), as for a named one.
   */
  private chainedClient(o: number, depth = 0): BaseClient | undefined {
    if (this.lang !== 'js' || o < 1 || !this.op(o, '(') || !CLIENT_MAKER.test(this.id(o - 1) ?? '') || this.partner[o]! <= o) return undefined;
    // Its own arguments give the base URL (`{ baseURL: GRAPH }`, a config of the file): not a request's options further on.
    const close = this.partner[o]!;
    let base = this.partner[o] === o + 2 && this.id(o + 1) !== undefined;
    for (let k = o + 1; !base && k < close && k < o + 256; k++) base = /^(?:baseURL|baseUrl|prefixUrl)$/.test(this.id(k) ?? this.str(k) ?? '') && this.op(k + 1, ':');
    let v = o - 1;
    while (this.member(v - 1) && this.id(v - 2) !== undefined && v > o - 16) v -= 2;
    // `ky.create({ prefixUrl }).extend({ … })`: a client made from one made before in the chain keeps its base.
    if (v === o - 1 && this.member(o - 2) && this.op(o - 3, ')') && depth < 8) {
      const from = this.chainedClient(this.partner[o - 3]!, depth + 1);
      if (from && !base) return from;
    }
    if (v === o - 1 || !base) return undefined; // a bare `create(…)`: a function of the file's, not a client maker's
    if (this.id(v - 1) === 'new') v--;
    const key = `\0chain ${o}`;
    this.noteBaseClient(key, v);
    const client = this.baseClients.get(key)?.[0];
    this.baseClients.delete(key);
    return client?.graph || client?.chosen ? client : undefined;
  }

  /**
   * Ktor's `HttpClient(Engine) { … defaultRequest { url(BASE) } }` (or `install(DefaultRequest) { url(BASE) }`)
   * made at token `at`: the token of BASE, or -1. The configuration's top level only (what a plugin's own
   * block holds is passed over), bounded.
   */
  private ktorDefaultUrl(at: number): number {
    const o = this.op(at + 1, '(') && this.partner[at + 1]! > at + 1 ? this.partner[at + 1]! + 1 : at + 1;
    if (!this.op(o, '{') || this.partner[o]! <= o) return -1;
    const close = this.partner[o]!;
    for (let k = o + 1, steps = 0; k < close && steps < OPTION_TOKENS; k++, steps++) {
      const block =
        this.id(k) === 'defaultRequest' && this.op(k + 1, '{')
          ? k + 1
          : this.id(k) === 'install' && this.op(k + 1, '(') && this.id(k + 2) === 'DefaultRequest' && this.op(k + 3, ')') && this.op(k + 4, '{')
            ? k + 4
            : -1;
      if (block !== -1 && this.id(block + 1) === 'url' && this.op(block + 2, '(')) return block + 3;
      const v = this.kind(k) === OP ? this.toks.v[k] : undefined;
      if ((v === '(' || v === '[' || v === '{') && this.partner[k]! > k) k = this.partner[k]!;
    }
    return -1;
  }

  // ---- Java/Kotlin and Go URL objects (hunt E) ----
  /** `UriComponentsBuilder.fromHttpUrl(GRAPH_API)…`, `HttpUrl.parse(BASE)…` (callee token i): a URL constant given alone to a builder, read with its chain. */
  protected builderOfConstant(i: number): boolean {
    const p = i + 1;
    if (!this.member(i - 1) || !URL_BUILDER_ROOT.test(`${this.id(i - 2) ?? ''}.${this.id(i)!}`) || this.partner[p] !== p + 2 || this.id(p + 1) === undefined || !this.consts.has(bare(this.id(p + 1)!))) return false;
    this.urlSite({ parts: [{ hole: bare(this.id(p + 1)!) }], first: p + 1, last: p + 1 });
    return true;
  }

  /**
   * Go's `url.URL{Scheme: "https", Host: "graph.facebook.com", Path: "/v19.0/" + id + "/feed"}` at token i (its
   * `URL`): read as the URL it makes, at the literal; the `}` it ends at, or -1 when it is none.
   */
  protected goUrlLiteral(i: number): number {
    if (this.lang !== 'go' || this.id(i) !== 'URL' || this.id(i - 2) !== 'url' || !this.member(i - 1) || !this.op(i + 1, '{') || this.partner[i + 1]! <= i + 1) return -1;
    const o = i + 1;
    const host = this.keyValue(o, 'Host');
    const h = host && host[1] === host[0] + 1 ? this.str(host[0]) : undefined;
    if (h === undefined || !HOST.test(h)) return -1;
    const path = this.keyValue(o, 'Path');
    const parts: Part[] = [{ lit: `https://${h}` }, ...(path ? (this.argParts(path) ?? [{ lit: '/' }, { hole: '' }]) : [])];
    const query = this.keyValue(o, 'RawQuery');
    if (query) parts.push({ lit: '?' }, ...(this.argParts(query) ?? [{ hole: '' }]));
    this.urlSite({ parts, first: this.op(i - 3, '&') ? i - 3 : i - 2, last: this.partner[o]! });
    return this.partner[o]!;
  }

  /**
   * Go's resty given query parameters on the request's chain before its method (`client.R().SetQueryParams(map[string]string{"fields": …})`,
   * `SetQueryParam("fields", …)`, `SetQueryString("fields=…")`), for the call at callee token i: into `acc`.
   */
  private restyQueryFields(i: number, acc: FieldsRead): void {
    if (this.lang !== 'go' || !this.member(i - 1)) return;
    for (let k = i - 2, links = 0; links < 16 && this.op(k, ')') && this.partner[k]! >= 2; links++) {
      const o = this.partner[k]!;
      const m = this.id(o - 1);
      if (m === undefined) return;
      if (m === 'SetQueryParams' || m === 'SetQueryParamsFromValues') {
        // A map in a variable: the map literal it holds, else parameters not read here.
        const name = this.partner[o] === o + 2 ? this.id(o + 1) : undefined;
        const v = name !== undefined ? this.valueOf(name, o) : -1;
        let brace = v;
        while (brace !== -1 && brace < v + 8 && !this.op(brace, '{')) brace++;
        if (name !== undefined && (v === -1 || !this.op(brace, '{'))) acc.unread++;
        else this.fieldsInCall(name !== undefined ? brace : o, -1, -1, acc, 1);
      }
      else if (m === 'SetQueryParam') {
        const [key, value] = this.args(o);
        if (key && value && this.str(key[0]) === 'fields') {
          acc.found++;
          this.readFields(value[0], acc, 0);
        } else if (key && this.str(key[0]) === undefined) acc.unread++;
      } else if (m === 'SetQueryString') {
        const s = this.str(o + 1);
        const ff = s !== undefined ? /(?:^|&)fields=([^&#]*)/.exec(s) : null;
        if (ff?.[1]) addFields(acc, ff[1]);
        else if (s === undefined) acc.unread++;
      }
      if (!this.member(o - 2)) return;
      k = o - 3;
    }
  }

  /** A Graph client held in a field (`c.client.R()…`, `this.client`): the first of the file's clients of that name made with a Graph base URL. */
  private fieldClient(name: string): { at: number; instagram: boolean } | undefined {
    const list = this.baseClients.get(name);
    for (let n = 0; list && n < list.length && n < MAX_SHADOWED; n++) if (list[n]!.graph) return list[n];
    return undefined;
  }

  /**
   * Batch requests whose items the code writes out (callee token i): huandu/facebook's `session.Batch(nil,
   * fb.Params{"method": fb.POST, "relative_url": id + "/feed"})` and `fb.BatchApi(token, …)` (Go), each item a
   * call at its `Params`; RestFB's `new BatchRequest.BatchRequestBuilder(id + "/feed").method("POST")` (Java), a
   * call at the builder. An item not read (a variable, a computed URL) makes the batch unresolved, never silent.
   */
  protected batchCall(i: number): boolean {
    const p = i + 1;
    if (!this.op(p, '(') || this.partner[p]! <= p) return false;
    const end = this.toks.end[this.partner[p]!]!;
    if (this.lang === 'java' && this.id(i) === 'BatchRequestBuilder') {
      const [path] = this.args(p);
      const seg = path ? this.pathOf(path) : undefined;
      if (!seg || seg.host) return false;
      let method: HttpMethod | 'unknown' = 'GET';
      for (let k = this.partner[p]!, links = 0; links < 16 && this.member(k + 1) && this.id(k + 2) !== undefined && this.op(k + 3, '(') && this.partner[k + 3]! > k + 3; links++) {
        if (this.id(k + 2) === 'method') method = this.methodValue(k + 4, 0);
        k = this.partner[k + 3]!;
      }
      if (method === 'unknown') return this.unresolvedCall(i, end, 'GET', METHOD_NOT_READ);
      this.markTaken(path!);
      this.push(this.toks.start[i]!, end, method, seg.empty ? { ...seg, unresolved: 'a batch item with no path' } : seg, 'client');
      return true;
    }
    if (this.lang !== 'go' || !/^(?:Batch|BatchApi)$/.test(this.id(i)!) || !this.member(i - 1) || !/^(?:fb|session|facebook|graph)$/i.test(this.id(i - 2) ?? '')) return false;
    let read = 0;
    let unread = false;
    for (const [x, y] of this.args(p)) {
      const o = this.op(x, '{') ? x : this.id(x + 2) === 'Params' && this.op(x + 3, '{') ? x + 3 : -1;
      if (o === -1) {
        if (!(y === x + 1 && (this.id(x) === 'nil' || this.kind(x) === STR))) unread = true;
        continue;
      }
      const url = this.keyValue(o, 'relative_url');
      const seg = url ? this.pathOf(url) : undefined;
      const m = this.keyValue(o, 'method');
      const method = m ? this.methodValue(m[0], 0) : 'GET';
      if (!seg || seg.host || seg.empty || method === 'unknown') {
        unread = true;
        continue;
      }
      read++;
      this.markTaken(url!);
      this.push(this.toks.start[x]!, this.toks.end[y - 1]!, method, seg, 'client');
    }
    if (unread || read === 0) this.unresolvedCall(i, end, 'POST', 'a batch request: its items are not read');
    return true;
  }

  /**
   * PHP: whether the receiver of the `call` at callee token i is the business SDK's `Api`: `Api::instance()->call(…)`,
   * `Api::init(…)->call(…)`, or a variable of the file holding one of those.
   */
  private phpSdkApi(i: number): boolean {
    const isApi = (o: number) => /^(?:instance|init)$/.test(this.id(o - 1) ?? '') && this.op(o - 2, '::') && /^(?:\\?FacebookAds\\)?Api$/.test(this.id(o - 3) ?? '');
    if (!this.member(i - 1)) return false;
    if (this.op(i - 2, ')') && this.partner[i - 2]! < i - 2) return isApi(this.partner[i - 2]!);
    const name = this.id(i - 2);
    if (name === undefined || this.member(i - 3)) return false;
    const v = this.valueOf(name, i - 2);
    return v !== -1 && this.op(v + 3, '(') && isApi(v + 3);
  }

  /**
   * The Java SDK's ad-hoc request, `new APIRequest<T>(context, nodeId, "/edge", "POST", parser)` (its README's
   * escape hatch for an edge the SDK lacks), at callee token i: a call to the node's edge with that method; a
   * method or path not read here is *unresolved* (hunt Y32-6).
   */
  protected javaAdhocRequest(i: number): boolean {
    const p = this.parenAfter(i);
    if (this.id(i - 1) !== 'new' || p === -1 || this.partner[p]! <= p) return false;
    const args = this.args(p);
    if (args.length < 4) return false;
    const end = this.toks.end[this.partner[p]!]!;
    const m = this.methodValue(args[3]![0], 0);
    if (m === 'unknown') return this.unresolvedCall(i, end, 'GET', METHOD_NOT_READ);
    const node = this.pathOf(args[1]!);
    const edge = this.pathOf(args[2]!);
    if (!node || !edge || node.unresolved || edge.unresolved || node.host || edge.host) return this.unresolvedCall(i, end, m, 'the node or edge of an ad-hoc APIRequest is not read here');
    this.markTaken(args[1]!);
    this.markTaken(args[2]!);
    this.push(this.toks.start[i]!, end, m, { segments: [...node.segments.map(asNode), ...edge.segments], empty: false }, 'sdk');
    return true;
  }

  // ---- Graph clients ----
  /** A relative path passed to a known Graph client at the call whose callee is token i. */
  protected clientCall(i: number): boolean {
    // Guzzle's async methods (`postAsync`, `requestAsync('DELETE', …)`): the same request, sent later.
    const callee = this.lang === 'php' ? this.id(i)!.replace(/^(get|post|put|patch|delete|request)Async$/, '$1') : this.id(i)!;
    // An axios (or got, ky) instance made with a Graph base URL, called as a function: `client({ url, method })`,
    // `client(path, { method })`.
    const instance = this.lang === 'js' && this.baseClients.has(bare(callee)) && this.id(i - 1) !== 'function' ? this.baseClientAt(bare(callee), i) : undefined;
    if (!instance && !CLIENT_METHODS.has(callee)) return false;
    const p = this.parenAfter(i);
    if (p === -1 || this.partner[p] === -1) return false;
    const recv = this.member(i - 1) ? this.id(i - 2) : undefined;
    const client = (recv === undefined ? (this.restyClient(i) ?? this.rubySelfClient(i) ?? this.phpFactoryClient(i)) : this.baseClientAt(bare(recv), i)) ?? this.factoryClient(i);
    // A factory's client whose base URL its argument picks, the argument not read here: maybe a Graph call.
    if (client && 'chosen' in client && client.chosen && /^(?:get|post|put|patch|delete)$/.test(callee)) {
      return this.unresolvedCall(i, this.toks.end[this.partner[p]!]!, callee.toUpperCase() as HttpMethod, 'the base URL of its client is chosen by an argument not read here');
    }
    if (client !== undefined && this.lang === 'java' && this.springBaseCall(i, p, callee, client.instagram)) return true;
    const args = this.args(p);
    if (args.length === 0) return false;
    const lc = callee.toLowerCase();
    // A Graph SDK's object by its name, or by what made it (`page = Koala::Facebook::API.new(…)`, Python's
    // `page = facebook.GraphAPI(…)`, PHP's `$page = new Facebook\Facebook([…])`; hunt Y3-4).
    const graphish = recv !== undefined && (/fb|facebook|graph|koala|session|client|api/i.test(bare(recv)) || this.koalaObject(recv, i) || this.isGraphApiObject(recv, i) || this.phpFacebookObject(recv, i));
    let pathArg: [number, number] | undefined;
    let method: HttpMethod | undefined;
    let extra: Segment[] = [];
    let wholePath: Segment[] | undefined;
    let instagram = false;
    if (instance !== undefined && !this.op(this.partner[p]! + 1, '{')) {
      // `client(config)` (an object, or a variable of the file holding one), `client(url[, config])`.
      const first = this.configObject(args[0]!);
      const cfg = typeof first === 'number' || (first === 'unread' && args.length === 1) ? first : args[1] ? this.configObject(args[1]) : undefined;
      const got = cfg === undefined ? { method: 'GET' as const, pathArg: args[0]! } : this.fromConfig(i, p, cfg, cfg === first ? undefined : args[0]);
      if (typeof got === 'boolean') return got;
      ({ method, pathArg } = got);
      instagram = instance.instagram;
    } else if (
      client !== undefined &&
      (/^(?:get|post|delete|put|patch|request)$/i.test(callee) ||
        (this.lang === 'java' && /^submitForm(?:WithBinaryData)?$/.test(callee)) ||
        (this.lang === 'ruby' && callee === 'run_request') ||
        (this.lang === 'go' && callee === 'Execute'))
    ) {
      // A client made with a Graph base URL (first: `$client`, `api` are also names the Graph SDKs' branches
      // below take): its paths are relative to it (with or without a `/`); `request('GET', path)` too.
      // (JavaScript only: Ktor's `client.request(path) { … }` takes a URL, whatever variable holds it.)
      const cfg = lc === 'request' && args.length === 1 && this.lang === 'js' ? this.configObject(args[0]!) : undefined;
      if (cfg !== undefined) {
        // axios's `client.request({ url: `/${id}/feed`, method: 'POST' })`: the config object (or a variable of the
        // file holding one; one not read here is a call not read).
        const got = this.fromConfig(i, p, cfg);
        if (typeof got === 'boolean') return got;
        ({ method, pathArg } = got);
      } else if (lc === 'request' && this.lang === 'java' && !HTTP_WORDS[(this.str(args[0]![0]) ?? '').toUpperCase()]) {
        // Ktor's `client.request("$id/feed") { method = HttpMethod.Post }`, `client.request(path) { … }` (GET when none is set).
        const m = this.ktorMethod(p);
        if (m === 'unknown') {
          return this.unresolvedCall(i, this.toks.end[this.partner[p]!]!, 'GET', METHOD_NOT_READ);
        }
        method = m ?? 'GET';
        pathArg = this.kwargValue(args[0]!);
      } else if (lc === 'request' || callee === 'run_request' || callee === 'Execute') {
        // (Faraday's `run_request(:post, url, body, headers)`: the verb, then the path; Go resty's
        // `client.R().Execute(resty.MethodPost, "/"+id+"/feed")`, hunt GO-1.)
        const kw = this.lang === 'python' ? this.kwargs(args) : undefined;
        const methodArg = kw?.get('method') ?? (args[0] && !this.isKwarg(args[0]) ? args[0] : undefined);
        pathArg = kw?.get('url') ?? (args[1] && !this.isKwarg(args[1]) ? args[1] : undefined);
        if (!pathArg || !methodArg) return false;
        const m = this.methodValue(methodArg[0], 0);
        if (m === 'unknown') {
          // A request helper of the file over this client (`def _request(self, method, endpoint):
          // self._session.request(method, endpoint)`): read at its call sites (hunt Y1-6).
          if (this.clientHelperSites(i, p, methodArg, pathArg, undefined, client)) return true;
          // `client.request(method, path)` with the method in a value not read here: a call, unresolved.
          if (this.pathOf(pathArg)?.host) return false;
          return this.unresolvedCall(i, this.toks.end[this.partner[p]!]!, 'GET', METHOD_NOT_READ);
        }
        method = m;
      } else if (callee === 'submitForm' || callee === 'submitFormWithBinaryData') {
        // Ktor's `client.submitForm("$id/feed", parameters { … })`.
        const m = callee === 'submitForm' ? this.submitFormMethod(p) : 'POST';
        if (m === 'unknown') {
          return this.unresolvedCall(i, this.toks.end[this.partner[p]!]!, 'POST', METHOD_NOT_READ);
        }
        method = m;
        pathArg = this.kwargValue(args[0]!);
      } else {
        method = HTTP_WORDS[callee.toUpperCase()];
        pathArg = this.lang === 'java' ? this.kwargValue(args[0]!) : args[0];
      }
      instagram = client.instagram;
    } else if (callee === 'api' && recv === 'FB') {
      // JS SDK: FB.api(path, [method], [params], [callback])
      pathArg = args[0];
      const m = this.str(args[1]?.[0] ?? -1);
      method = m && HTTP_WORDS[m.toUpperCase()] ? HTTP_WORDS[m.toUpperCase()] : undefined;
    } else if (callee === 'call' && args.length >= 2 && HTTP_WORDS[(this.str(args[0]![0]) ?? '').toUpperCase()] && !this.pathPassedOn(i, args[1]!)) {
      // Business SDKs: api.call('POST', [id, 'feed'], params) / api.call('GET', ('me', 'accounts'))
      method = HTTP_WORDS[this.str(args[0]![0])!.toUpperCase()];
      const [a, b] = args[1]!;
      if (this.op(a, '[') || this.op(a, '(')) wholePath = this.listPath(a + 1, b - 1);
      else pathArg = args[1];
      if (!wholePath && !pathArg) return false;
    } else if (graphish && this.lang === 'php' && (lc === 'get' || lc === 'post' || lc === 'delete') && this.looksRelative(args[0]!)) {
      pathArg = args[0];
      method = lc.toUpperCase() as HttpMethod;
    } else if (graphish && (lc === 'sendrequest' || lc === 'request') && this.lang === 'php' && HTTP_WORDS[(this.str(args[0]![0]) ?? '').toUpperCase()]) {
      method = HTTP_WORDS[this.str(args[0]![0])!.toUpperCase()];
      pathArg = args[1];
    } else if (graphish && (this.lang === 'python' || this.lang === 'ruby') && /^(get_object|get_connections|put_object|put_connections|delete_object|delete_connections|put_wall_post|put_comment|put_like|get_objects)$/.test(callee)) {
      // facebook-sdk (Python) and Koala (Ruby): id, then the connection name.
      const kw = this.kwargs(args);
      const positional = args.filter((a) => !this.isKwarg(a));
      // put_wall_post(message, attachment = {}, target_id = "me"): the target is the third argument.
      const wall = callee === 'put_wall_post';
      const idArg = wall ? (kw.get('target_id') ?? kw.get('profile_id') ?? positional[2]) : (kw.get('id') ?? kw.get('parent_object') ?? positional[0]);
      const conn = kw.get('connection_name') ?? positional[1];
      if (wall && !idArg) {
        this.push(this.toks.start[i]!, this.toks.end[this.partner[p]!]!, 'POST', { segments: [{ lit: 'me' }, { lit: 'feed' }], empty: false }, 'client');
        return true;
      }
      if (!idArg) return false;
      method = callee.startsWith('put') ? 'POST' : callee.startsWith('delete') ? 'DELETE' : 'GET';
      pathArg = idArg;
      if (callee === 'put_wall_post') extra = [{ lit: 'feed' }];
      else if (callee === 'put_comment') extra = [{ lit: 'comments' }];
      else if (callee === 'put_like') extra = [{ lit: 'likes' }];
      else if (/connections|put_object/.test(callee)) {
        if (!conn) return false;
        const c = this.pathOf(conn);
        if (!c || c.unresolved || c.segments.length !== 1 || !('lit' in c.segments[0]!)) {
          return this.unresolvedCall(i, this.toks.end[this.partner[p]!]!, method, 'variable edge');
        }
        extra = c.segments;
      }
      const id = this.pathOf(pathArg);
      if (!id) return false;
      // The id argument is a node id: a variable is a placeholder, never an edge.
      if (id.unresolved === 'variable edge' && id.segments.length === 0) id.unresolved = undefined;
      const segs = id.unresolved ? id : { ...id, segments: [...id.segments.map(asNode), ...extra] };
      this.push(this.toks.start[i]!, this.toks.end[this.partner[p]!]!, method, segs, 'client', undefined, this.fieldsInCall(p, pathArg[0], pathArg[1]));
      return true;
    } else if (graphish && ((this.lang === 'python' && callee === 'put_photo') || (this.lang === 'ruby' && (callee === 'put_picture' || callee === 'put_video')))) {
      // facebook-sdk's put_photo(image, album_path="me/photos"); Koala's put_picture(picture, [content_type],
      // [args], [target_id]) and put_video: the target is the last argument of three or more, else `me`.
      const kw = this.kwargs(args);
      const positional = args.filter((a) => !this.isKwarg(a));
      const end = this.toks.end[this.partner[p]!]!;
      if (callee === 'put_photo') {
        const album = kw.get('album_path') ?? positional[1];
        const seg = album ? this.pathOf(album) : { segments: [{ lit: 'me' }, { lit: 'photos' }] as Segment[], empty: false };
        if (!seg || seg.host || seg.empty) return false;
        this.push(this.toks.start[i]!, end, 'POST', seg, 'client');
        return true;
      }
      const last = positional.length >= 3 ? positional[positional.length - 1]! : undefined;
      const target = last && !this.op(last[0], '{') ? this.pathOf(last) : undefined;
      const edge: Segment = { lit: callee === 'put_video' ? 'videos' : 'photos' };
      const seg: Segmented = target && !target.unresolved && !target.host && target.segments.length === 1 ? { ...target, segments: [asNode(target.segments[0]!), edge] } : { segments: [{ lit: 'me' }, edge], empty: false };
      if (last && !(target && !target.unresolved && target.segments.length === 1) && !this.op(last[0], '{')) seg.unresolved = 'computed target';
      this.push(this.toks.start[i]!, end, 'POST', seg, 'client');
      return true;
    } else if (graphish && (this.lang === 'python' || this.lang === 'ruby') && (callee === 'request' || callee === 'graph_call') && (this.looksRelative(args[0]!) || this.isGraphApiObject(recv, i) || this.koalaObject(recv, i))) {
      const kw = this.kwargs(args);
      const m = kw.get('method') ?? kw.get('verb');
      const ms = m ? this.str(m[0]) : this.str(args[2]?.[0] ?? -1);
      method = ms && HTTP_WORDS[ms.toUpperCase()] ? HTTP_WORDS[ms.toUpperCase()] : kw.has('post_args') ? 'POST' : 'GET';
      pathArg = args[0];
    } else if (this.lang === 'php' && callee === 'call' && this.sdk && !this.notSdkClass('Api') && this.phpSdkApi(i)) {
      // The PHP business SDK's own escape hatch, `Api::instance()->call($path, $method = GET, $params)` (hunt Y32-6).
      const m = args[1] === undefined ? 'GET' : this.methodValue(args[1][0], 0);
      if (m === 'unknown') return this.unresolvedCall(i, this.toks.end[this.partner[p]!]!, 'GET', METHOD_NOT_READ);
      method = m;
      pathArg = args[0];
    } else if (this.lang === 'java' && /^(fetchObject|fetchConnection|publish|deleteObject|fetchObjects)$/.test(callee) && recv && /client|facebook|fb/i.test(recv)) {
      // RestFB
      method = callee === 'publish' ? 'POST' : callee === 'deleteObject' ? 'DELETE' : 'GET';
      pathArg = args[0];
    } else if (this.lang === 'go' && recv !== undefined && /^(fb|session|facebook|graph)$/i.test(recv) && /^(Get|Post|Delete|Api)$/.test(callee)) {
      // github.com/huandu/facebook: fb.Get("/me", params), session.Post(…), fb.Api(path, fb.POST, params)
      method = callee === 'Api' ? ((this.id(args[1]?.[0] ?? -1) === 'fb' ? this.id((args[1]?.[0] ?? 0) + 2) : undefined) as HttpMethod | undefined) : (callee.toUpperCase() as HttpMethod);
      if (method && !HTTP_WORDS[method]) method = undefined;
      pathArg = args[0];
    } else return false;

    const end = this.toks.end[this.partner[p]!]!;
    const fields = this.callFields(p, pathArg?.[0] ?? -1, pathArg?.[1] ?? -1);
    this.restyQueryFields(i, fields);
    // A base URL that names a node (`…/v20.0/${PHONE_NUMBER_ID}`): its path before the call's (`get("")` is the node).
    const base: { prefix?: Segmented } | undefined = instance ?? (client && 'prefix' in client ? (client as { prefix?: Segmented }) : undefined);
    const prefix = base?.prefix;
    if (prefix && pathArg && !wholePath) {
      const own = this.pathOf(pathArg);
      if (own && !own.host) {
        this.markTaken(pathArg);
        const seg = withPrefix(prefix, own);
        this.push(this.toks.start[i]!, end, method ?? own.method ?? 'GET', instagram ? { ...seg, instagram } : seg, 'client', undefined, fields);
        return true;
      }
    }
    if (wholePath) {
      const seg = segmentize(this.partsOfList(wholePath));
      this.push(this.toks.start[i]!, end, method ?? 'GET', seg, 'client', undefined, fields);
      return true;
    }
    if (!pathArg) return false;
    const seg = this.pathOf(pathArg);
    if (!seg) return false;
    if (seg.host) return false; // a full URL: the URL pass reports it
    if (seg.empty) {
      // `FB.api('/', 'POST', { batch })`: a batch request (see batchAt).
      if ((method ?? seg.method) !== 'POST') return false;
      this.push(this.toks.start[i]!, end, 'POST', { ...seg, unresolved: 'a batch request (a POST to the Graph root): its items are not read' }, 'client');
      return true;
    }
    this.markTaken(pathArg);
    this.push(this.toks.start[i]!, end, method ?? seg.method ?? 'GET', instagram ? { ...seg, instagram } : seg, 'client', undefined, fields);
    return true;
  }

  /**
   * A request helper of the file that sends through a Graph client the method and path its caller gives
   * (`def _request(self, method, endpoint): return self._session.request(method, endpoint)`, the client made with a
   * Graph base URL): a call at each call site of the helper in the file (`self._request("POST", f"/{page_id}/feed")`,
   * `self._request(method="GET", endpoint=…)`), with the method and path given there. False when the client call at
   * i (`(` at p) is no such helper's; else true, with one call at i whose method is not read unless the helper is
   * private to the file and every site was read (hunt Y1-6).
   */
  private clientHelperSites(
    i: number,
    p: number,
    methodArg: [number, number] | undefined,
    pathArg: [number, number],
    fixed: HttpMethod | undefined,
    client: { instagram: boolean; prefix?: Segmented } | undefined,
    depth = 0,
  ): boolean | 'all' {
    if (!client) return false;
    const scope = this.scopeOf(i);
    const helper = scope === -1 ? undefined : this.definitionAt(scope);
    if (helper === undefined || this.lang === 'go') return false;
    const params = this.parameterList(scope);
    const single = ([x, y]: [number, number]) => (y === x + 1 ? this.id(x) : undefined);
    const pathName = single(pathArg);
    const methodName = methodArg ? single(methodArg) : undefined;
    const pi = pathName === undefined ? -1 : params.indexOf(bare(pathName));
    const mi = methodName === undefined ? -1 : params.indexOf(bare(methodName));
    if (pi === -1 || (fixed === undefined && mi === -1)) return false;
    const selfFirst = this.lang === 'python' && (params[0] === 'self' || params[0] === 'cls');
    const calls = this.callIndex().get(helper) ?? [];
    let sites = 0;
    let read = 0;
    for (const q of this.ownCallSites(scope, helper)) {
      const t = this.calleeAt(q);
      const recv = this.member(t - 1) ? this.id(t - 2) : undefined;
      if (++sites > MAX_USES) break;
      const args = this.args(q);
      const kw = this.lang === 'python' ? this.kwargs(args) : undefined;
      const shift = selfFirst && recv !== undefined ? 1 : 0;
      const at = (k: number): [number, number] | undefined => kw?.get(params[k]!) ?? (args[k - shift] && !this.isKwarg(args[k - shift]!) ? args[k - shift] : undefined);
      const pa = at(pi);
      const ma = mi === -1 ? undefined : at(mi);
      const method = fixed ?? (ma ? this.methodValue(ma[0], 0) : 'unknown');
      const startAt = recv !== undefined ? t - 2 : t;
      const close = this.toks.end[this.partner[q]!]!;
      const mark = this.out.length;
      // A second helper that passes its own parameter on (`def _post(self, endpoint): return self._request("POST",
      // endpoint)`): read at its sites instead, with the method given here (hunt Z2-5).
      const passedOn = depth < 1 && pa !== undefined && method !== 'unknown' && single(pa) !== undefined && this.scopeOf(q) !== -1 && this.parameterList(this.scopeOf(q)).includes(bare(single(pa)!));
      if (passedOn) {
        const r = this.clientHelperSites(t, q, undefined, pa!, method, client, depth + 1);
        for (const c of this.out.splice(mark)) this.later.push(c);
        if (r === 'all') read++;
        if (r !== false) continue;
      }
      const own = pa ? this.pathOf(pa) : undefined;
      if (!own || own.host || method === 'unknown') {
        this.push(this.toks.start[startAt]!, close, 'GET', { segments: [], unresolved: own && !own.host ? METHOD_NOT_READ : 'computed path', empty: false }, 'client');
      } else {
        const seg = client.prefix ? withPrefix(client.prefix, own) : own;
        if (!seg.empty) {
          const fields = this.callFields(q, pa![0], pa![1] - 1);
          this.push(this.toks.start[startAt]!, close, method, client.instagram ? { ...seg, instagram: true } : seg, 'client', undefined, fields);
          if (seg.unresolved === undefined) read++;
        }
      }
      for (const c of this.out.splice(mark)) this.later.push(c);
    }
    const whole = this.nameCount(helper) === calls.length;
    if (!(whole && sites > 0 && sites <= MAX_USES && read === sites && this.privateDefinition(scope, helper))) {
      this.unresolvedCall(i, this.toks.end[this.partner[p]!]!, 'GET', METHOD_NOT_READ);
      return true;
    }
    return 'all';
  }

  /**
   * `this.call('POST', path)` in a function of the file that takes `path` (`post(path) { return this.call('POST',
   * path) }`), calling the file's own helper `call`: the path is passed on, read at that function's call sites
   * (delegatedPathCalls), not a path of this call.
   */
  private pathPassedOn(i: number, [x, y]: [number, number]): boolean {
    if (!this.member(i - 1) || !/^(?:this|self|\$this)$/.test(this.id(i - 2) ?? '') || y !== x + 1 || this.id(x) === undefined) return false;
    const s = this.scopeOf(i);
    return s !== -1 && this.helperDefinitions().get(this.id(i)!)?.length === 1 && this.parameterList(s).includes(bare(this.id(x)!));
  }

  /**
   * A request config (axios's `{ url, method, … }`) at argument [x, y]: the `{` of an object literal, or of the
   * object a variable of the file holds; `'unread'` for a variable with no value here (a parameter); undefined
   * for anything else (a string, a path in a variable).
   */
  private configObject([x, y]: [number, number]): number | 'unread' | undefined {
    if (this.op(x, '{') && this.partner[x] === y - 1) return x;
    const name = y === x + 1 ? this.id(x) : undefined;
    if (name === undefined || this.isKeyword(name)) return undefined;
    const v = this.valueOf(name, x);
    if (v === -1) return 'unread';
    return this.op(v, '{') ? v : undefined;
  }

  /**
   * The method and url of a request config opening at token `cfg` (the url given apart: `client(url, config)`),
   * for the client call whose `(` is token p; true when the call is pushed unresolved (a config or a method
   * in a value not read here), false when the config names no url.
   */
  private fromConfig(i: number, p: number, cfg: number | 'unread', url?: [number, number]): { method: HttpMethod; pathArg: [number, number] } | boolean {
    const end = this.toks.end[this.partner[p]!]!;
    let pathArg = url ?? (cfg === 'unread' ? undefined : this.keyValue(cfg, 'url', true));
    // `{ url, method }`: the value the variable was last given.
    if (!url && pathArg && pathArg[1] === pathArg[0] + 1 && this.id(pathArg[0]) === 'url') {
      const v = this.valueOf('url', pathArg[0]);
      const e = v === -1 ? undefined : this.expr(v);
      if (e) pathArg = [v, e.last + 1];
    }
    if (cfg === 'unread' && !url) {
      return this.unresolvedCall(i, end, 'GET', 'its request config is in a value not read here');
    }
    if (!pathArg) return false;
    const m = cfg === 'unread' ? 'unknown' : this.optionsMethod(cfg, 0);
    if (m === 'unknown') {
      if (this.pathOf(pathArg)?.host) return false;
      return this.unresolvedCall(i, end, 'GET', METHOD_NOT_READ);
    }
    return { method: m ?? 'GET', pathArg };
  }

  /** Whether the file imports facebook-sdk (Python's `facebook`); read at the first need. */
  private facebookSdk: boolean | undefined;

  /**
   * Whether `recv` at token i is a facebook-sdk (Python) `GraphAPI` of the file (`graph = facebook.GraphAPI(…)`,
   * `self.graph = GraphAPI(…)`): its `request(path, …)` prepends the version, so any string is a path.
   */
  private isGraphApiObject(recv: string | undefined, i: number): boolean {
    if (recv === undefined || this.lang !== 'python') return false;
    this.facebookSdk ??= /^[ \t]*(?:import[ \t]+facebook\b|from[ \t]+facebook[ \t]+import\b)/m.test(this.src);
    if (!this.facebookSdk) return false;
    let c = this.valueOf(recv, i);
    if (c === -1) return false;
    while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
    return this.id(c) === 'GraphAPI' && this.op(c + 1, '(');
  }

  /**
   * Ruby: the receiver `recv` at token i holds a Koala client (`graph = Koala::Facebook::API.new(token)`), whose
   * `graph_call(path, args, verb)` puts the version in front of any path, a variable's too.
   */
  private koalaObject(recv: string | undefined, i: number): boolean {
    if (recv === undefined || this.lang !== 'ruby') return false;
    let c = this.valueOf(recv, i);
    if (c === -1 || this.id(c) !== 'Koala') return false;
    while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
    return this.id(c) === 'new' && this.id(c - 2) === 'API';
  }

  /** PHP: whether `recv` at token i holds the Graph SDK's client (`$page = new \Facebook\Facebook([…])`). */
  private phpFacebookObject(recv: string | undefined, i: number): boolean {
    if (recv === undefined || this.lang !== 'php') return false;
    let c = this.valueOf(recv, i);
    if (c === -1 || this.id(c) !== 'new') return false;
    c++;
    while (this.id(c) !== undefined && (this.op(c + 1, '\\') || this.member(c + 1)) && this.id(c + 2) !== undefined) c += 2;
    return this.id(c) === 'Facebook' && this.op(c + 1, '(');
  }

  /** The file's names for the `fb` package's clients and for `fbgraph` (JavaScript), by import; read at the first need. */
  private packageNames: { fb: Set<string>; fbgraph: Set<string> } | undefined;

  /**
   * Clients named by the package they come from, at callee token i: the `fb` package's instances (`const fb = new
   * Facebook({…})`, `FB.withAccessToken(t)`, `FB.extend(…)`: `fb.api(path, 'post', params)`) and `fbgraph`
   * (`graph.get(path)`, `graph.post(path, params, cb)`, `graph.del(id)`), in files that import those packages
   * (both prepend the `/`); Python's `http.client` connections to the Graph host (`conn =
   * http.client.HTTPSConnection("graph.facebook.com")`, then `conn.request("POST", path, body)`).
   */
  protected packageClientCall(i: number): boolean {
    if (!this.member(i - 1) || this.member(i - 3) || this.id(i - 2) === undefined) return false;
    const recv = bare(this.id(i - 2)!);
    const callee = this.id(i)!;
    const p = this.parenAfter(i);
    if (p === -1 || this.partner[p]! <= p) return false;
    const args = this.args(p);
    if (args.length === 0) return false;
    let method: HttpMethod | 'unknown' | undefined;
    let pathArg = args[0]!;
    if (this.lang === 'js') {
      const names = (this.packageNames ??= this.importedPackages());
      if (callee === 'api' && names.fb.size > 0 && this.fbInstance(recv, i, names.fb)) {
        // `fb.api(path, [method], [params], [callback])`: a method string, or a variable named for one.
        const [x, y] = args[1] ?? [0, 0];
        const word = y === x + 1 ? (this.str(x) ?? this.id(x)) : undefined;
        method = word === undefined ? 'GET' : this.str(x) !== undefined || METHOD_KEY.test(bare(word)) ? this.methodValue(x, 0) : 'GET';
      } else if (names.fbgraph.has(recv) && (callee === 'get' || callee === 'post' || callee === 'del')) {
        method = callee === 'get' ? 'GET' : callee === 'post' ? 'POST' : 'DELETE';
      } else return false;
    } else if (this.lang === 'python' && callee === 'request' && args.length >= 2 && this.graphConnection(recv, i)) {
      method = this.methodValue(args[0]![0], 0);
      pathArg = this.kwargValue(args[1]!);
    } else return false;
    const end = this.toks.end[this.partner[p]!]!;
    const seg = this.pathOf(pathArg);
    if (!seg || seg.host) return false;
    if (method === 'unknown') return this.unresolvedCall(i, end, 'GET', METHOD_NOT_READ);
    if (seg.empty) {
      if (method !== 'POST') return false;
      this.push(this.toks.start[i]!, end, 'POST', { ...seg, unresolved: 'a batch request (a POST to the Graph root): its items are not read' }, 'client');
      return true;
    }
    this.markTaken(pathArg);
    this.push(this.toks.start[i]!, end, method, seg, 'client', undefined, this.callFields(p, pathArg[0], pathArg[1]));
    return true;
  }

  /** The names the file binds to the `fb` package (its default export, `Facebook`, a namespace) and to `fbgraph`. */
  private importedPackages(): { fb: Set<string>; fbgraph: Set<string> } {
    const out = { fb: new Set<string>(), fbgraph: new Set<string>() };
    const re = /\bimport\s+([\w$]+\s*,\s*)?(?:([\w$]+)|\*\s+as\s+([\w$]+)|\{([^}]{0,400})\})\s+from\s+['"](fb|fbgraph)['"]|(?:const|let|var)\s+(?:([\w$]+)|\{([^}]{0,400})\})\s*=\s*require\(\s*['"](fb|fbgraph)['"]\s*\)/g;
    for (const m of this.src.matchAll(re)) {
      const pkg = (m[5] ?? m[8]) as 'fb' | 'fbgraph';
      const names = [m[1]?.replace(/[\s,]/g, ''), m[2], m[3], m[6]];
      // `{ Facebook, FB }`, `{ Facebook: FBClass }`, `{ Facebook as FBClass }`: the local names.
      for (const list of [m[4], m[7]]) if (list) for (const part of list.split(',')) names.push(part.trim().split(/\s+as\s+|\s*:\s*/).pop());
      for (const n of names) if (n) out[pkg].add(n);
    }
    return out;
  }

  /** Whether `recv` at token i is a client of the `fb` package: the package's name itself, or a value made from it. */
  private fbInstance(recv: string, i: number, names: Set<string>): boolean {
    if (names.has(recv) && this.valueOf(recv, i) === -1) return true;
    let c = this.valueOf(recv, i);
    if (c === -1) return false;
    if (this.id(c) === 'new') c++;
    const root = this.id(c);
    while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
    if (root === undefined || !names.has(root) || !this.op(c + 1, '(')) return false;
    return c === this.valueOf(recv, i) + 1 || /^(?:Facebook|withAccessToken|extend)$/.test(this.id(c)!);
  }

  /** Whether `recv` at token i is Python's `http.client.HTTPSConnection` (or `HTTPConnection`) to the Graph host. */
  private graphConnection(recv: string, i: number): boolean {
    let c = this.valueOf(recv, i);
    if (c === -1) return false;
    while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
    if (!/^HTTPS?Connection$/.test(this.id(c) ?? '') || !this.op(c + 1, '(')) return false;
    const host = this.args(c + 1)[0];
    const parts = host ? this.argParts(this.kwargValue(host)) : undefined;
    const first = parts ? this.resolve(parts)[0] : undefined;
    return first !== undefined && 'lit' in first && /^(?:graph(?:-video)?\.facebook\.com|graph\.instagram\.com)(?::443)?$/i.test(first.lit);
  }

  /**
   * Go's resty: `client.R().SetBody(b).Post("/" + id + "/feed")` at callee token i, with `client` made with a
   * Graph base URL (`resty.New().SetBaseURL(graph)`): that client. The chain is walked back a bounded
   * number of links to its root, through `R()`.
   */
  private restyClient(i: number): { at: number; instagram: boolean } | undefined {
    if (this.lang !== 'go' || !this.member(i - 1) || !this.op(i - 2, ')')) return undefined;
    let k = i - 2;
    let request = false;
    for (let links = 0; links < 16 && this.op(k, ')') && this.partner[k]! >= 2; links++) {
      const o = this.partner[k]!;
      if (this.id(o - 1) === 'R') request = true;
      if (this.id(o - 1) === undefined || !this.member(o - 2)) return undefined;
      k = o - 3;
    }
    const root = this.id(k);
    // A client held in a struct field: `c.client.R()…`.
    if (request && root !== undefined && this.member(k - 1) && this.id(k - 2) !== undefined && !this.member(k - 3)) return this.fieldClient(bare(root));
    return request && root !== undefined && !this.member(k - 1) ? this.baseClientAt(bare(root), i) : undefined;
  }

  /**
   * Spring's WebClient and RestClient made with a Graph base URL: the method comes first, the path in the
   * `uri` that follows (`client.post().uri("/{id}/feed", pageId)`, `client.method(HttpMethod.POST).uri(…)`,
   * `client.delete().uri(b -> b.path("/" + postId).build())`, Kotlin's `uri { it.path("/$id").build() }`).
   * The call is at the method's token i (its `(` is p). A method in a value not read here, or a path the
   * `uri` builds in a way not read here, makes it unresolved.
   */
  private springBaseCall(i: number, p: number, callee: string, instagram: boolean): boolean {
    const close = this.partner[p]!;
    if (!(this.member(close + 1) && this.id(close + 2) === 'uri')) return false;
    let method: HttpMethod | 'unknown' | undefined;
    if (callee === 'method') method = this.args(p).length === 1 ? this.methodValue(p + 1, 0) : 'unknown';
    else if (this.op(p + 1, ')')) method = SPRING_VERBS[callee];
    if (method === undefined) return false;
    const u = close + 3;
    if (!(this.op(u, '(') || this.op(u, '{')) || this.partner[u]! <= u) return false;
    const end = this.toks.end[this.partner[u]!]!;
    const first = this.op(u, '(') ? this.args(u)[0] : ([u, this.partner[u]! + 1] as [number, number]);
    if (!first) return false;
    const unresolved = (why: string) => this.unresolvedCall(i, end, method === 'unknown' ? 'GET' : method!, why);
    // A path the `uri` function builds: `b -> b.path(…)…build()`, `{ it.path(…).build() }`.
    const lambda = this.op(first[0], '{') || this.op(first[0] + 1, '->') || (this.op(first[0], '(') && this.op(this.partner[first[0]]! + 1, '->'));
    let pathArg = lambda ? this.uriBuilderPath(first[0], first[1]) : first;
    // `uri(URI.create(…))`, `uri(new URI(…))`: the wrapped string.
    for (let k = 0; k < 3 && pathArg; k++) {
      let c = pathArg[0];
      if (this.id(c) === 'new') c++;
      while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
      if (!URL_WRAPPERS.test(this.id(c) ?? '') || !this.op(c + 1, '(') || this.partner[c + 1] !== pathArg[1] - 1) break;
      pathArg = this.args(c + 1)[0];
    }
    if (method === 'unknown') return unresolved(METHOD_NOT_READ);
    if (pathArg === undefined) return unresolved('computed path');
    // The URI template's variables, in order: `uri("/{id}", postId)`, a builder's `.build(pageId)`.
    const vars = (lambda ? this.uriBuilderVariables(first[0], first[1]) : this.args(u).slice(1)).map((a) => this.argName(a));
    const path = this.pathOf(pathArg, vars);
    // A full URL (`uri(GRAPH + "/" + id)`): the URL pass reads it, with this method (methodAround).
    if (!path || path.host) return false;
    if (path.empty) return unresolved('a batch request (a POST to the Graph root): its items are not read');
    const seg = lambda ? path : this.templateFields(path, pathArg, this.args(u).slice(1));
    this.markTaken(pathArg);
    const fields = this.fieldsInCall(u, pathArg[0], pathArg[1]);
    this.push(this.toks.start[i]!, end, method, instagram ? { ...seg, instagram } : seg, 'client', undefined, fields);
    return true;
  }

  /**
   * Spring: a URI template whose query asks for its fields in a template variable (`"/{id}?fields={f}"`, then
   * `pageId, "name,instagram_business_account"`): the fields are the value given for that variable, in order
   * (`args`, from the first variable's); a value not read here (a variable, a map of variables) is fields not
   * read. Any other path as it was read.
   */
  private templateFields(seg: Segmented, [a, b]: [number, number], args: [number, number][]): Segmented {
    const tpl = b === a + 1 ? this.str(a) : undefined;
    const m = tpl === undefined ? null : /[?&]fields=\{[\w.-]*\}(?=&|#|$)/.exec(tpl);
    if (!m) return seg;
    const arg = args[(tpl!.slice(0, m.index).match(/\{[\w.-]*\}/g) ?? []).length];
    const text = arg && arg[1] === arg[0] + 1 ? this.str(arg[0]) : undefined;
    const rest: Segmented = { ...seg };
    delete rest.fields;
    delete rest.fieldsNested;
    if (text === undefined) return { ...rest, fieldsUnread: true };
    const tree = parseFieldTree(text);
    return { ...rest, ...(tree.names.length ? { fields: tree.names } : {}), ...(Object.keys(tree.nested).length ? { fieldsNested: tree.nested } : {}) };
  }

  /**
   * Spring's `rest.setUriTemplateHandler(new DefaultUriBuilderFactory(GRAPH))` at token i: `rest` is a client
   * with that base URL, noted at the value its name holds (`RestTemplate rest = new RestTemplate()`).
   */
  protected uriTemplateHandler(i: number): boolean {
    const recv = this.member(i - 1) ? this.id(i - 2) : undefined;
    if (recv === undefined || !this.op(i + 1, '(') || this.id(i + 2) !== 'new' || this.id(i + 3) !== 'DefaultUriBuilderFactory' || !this.op(i + 4, '(')) return false;
    const v = this.valueOf(bare(recv), i);
    this.noteBase(bare(recv), v !== -1 ? v : i, i + 5);
    return true;
  }

  /**
   * Spring's RestTemplate with a Graph base URL (`builder.rootUri(GRAPH).build()`, a `DefaultUriBuilderFactory`):
   * `rest.delete("/{id}", commentId)`, `getForObject(path, T.class, vars…)`, `postForObject(path, body, T.class,
   * vars…)`, `put(path, body, vars…)`, `exchange(path, method, entity, T.class, vars…)` at callee token i: the
   * relative path, its template's variables named by the arguments that fill them.
   */
  protected restTemplateCall(i: number): boolean {
    const callee = this.id(i)!;
    const at = /^(?:getFor(?:Object|Entity)|postFor(?:Object|Entity|Location)|patchForObject|delete|put|exchange)$/.test(callee) ? this.parenAfter(i) : -1;
    const recv = this.member(i - 1) ? this.id(i - 2) : undefined;
    // (Whether the file names RestTemplate: looked up once, not at every call: a file of many calls stays linear.)
    if (at === -1 || recv === undefined || this.partner[at]! <= at || !(this.restTemplate ??= /\bRestTemplate\b/.test(this.src))) return false;
    const client = this.baseClientAt(bare(recv), i);
    const args = this.args(at);
    if (!client || args.length === 0 || this.kind(args[0]![0]) !== STR) return false;
    const skip = callee === 'delete' ? 1 : callee === 'exchange' ? 4 : /^(?:getFor|put|postForLocation)/.test(callee) ? 2 : 3;
    const method = callee === 'exchange' ? this.methodValue(args[1]?.[0] ?? -1, 0) : HTTP_WORDS[callee.replace(/For.*$/, '').toUpperCase()]!;
    const end = this.toks.end[this.partner[at]!]!;
    if (method === 'unknown') return this.unresolvedCall(i, end, 'GET', METHOD_NOT_READ);
    const path = this.pathOf(args[0]!, args.slice(skip).map((a) => this.argName(a)));
    if (!path || path.host) return false;
    if (path.empty) return this.unresolvedCall(i, end, method, 'a batch request (a POST to the Graph root): its items are not read');
    const seg = this.templateFields(path, args[0]!, args.slice(skip));
    this.markTaken(args[0]!);
    this.push(this.toks.start[i]!, end, method, client.instagram ? { ...seg, instagram: true } : seg, 'client', undefined, this.fieldsInCall(at, args[0]![0], args[0]![1]));
    return true;
  }

  /** The arguments of the `.build(…)` a URI builder function over tokens [a, b) ends with (its template's variables). */
  private uriBuilderVariables(a: number, b: number): [number, number][] {
    let found: [number, number][] = [];
    for (let k = a; k < b && k - a < WINDOW * 4; k++) {
      if (this.op(k, '(') && this.partner[k]! > k && this.id(k - 1) !== 'build') k = this.partner[k]!;
      else if (this.id(k) === 'build' && this.member(k - 1) && this.op(k + 1, '(')) found = this.args(k + 1);
    }
    return found;
  }

  /**
   * The argument of the one `.path(…)` a URI builder function over tokens [a, b) calls (`b ->
   * b.path("/" + id + "/feed").queryParam(…).build()`); undefined when it calls none, or more than one
   * (`path(…).path(…)`, `pathSegment(…)`: a path built in steps, not read here).
   */
  private uriBuilderPath(a: number, b: number): [number, number] | undefined {
    let found: [number, number] | undefined;
    for (let k = a; k < b && k - a < WINDOW * 4; k++) {
      const name = this.member(k - 1) ? this.id(k) : undefined;
      if (name === 'pathSegment' || name === 'replacePath' || name === 'uri' || name === 'scheme' || name === 'host') return undefined;
      if (name !== 'path' || !this.op(k + 1, '(') || this.partner[k + 1]! <= k + 1) continue;
      const args = this.args(k + 1);
      if (found || args.length !== 1) return undefined;
      found = args[0];
      k = this.partner[k + 1]!;
    }
    return found;
  }

  private looksRelative([a]: [number, number]): boolean {
    const parts = this.strParts(a);
    const p = parts?.[0];
    if (p === undefined) return false;
    if ('lit' in p) return /^\/|^\{|^me\b/.test(p.lit);
    // `"{$pageId}/feed"`, `"#{page_id}/feed"`: an id, then a path (the PHP SDK and Koala add the slash).
    const q = parts![1];
    return q !== undefined && 'lit' in q && q.lit.startsWith('/');
  }

  /** The elements of a `[id, 'feed']` / `(id, 'feed')` path list as parts joined by `/`. */
  private listPath(a: number, _b: number): Segment[] {
    // Encoded as placeholder/lit pairs in partsOfList.
    return this.args(a - 1).map(([x, y]) => {
      const s = this.str(x);
      if (s !== undefined && y === x + 1) return { lit: s };
      const name = this.argName([x, y]);
      return { ph: name ?? '' };
    }).filter((s) => !(('lit' in s) && s.lit === '')) as Segment[];
  }

  private partsOfList(segs: Segment[]): Part[] {
    const out: Part[] = [];
    segs.forEach((s, k) => {
      out.push({ lit: k === 0 ? '' : '/' });
      if ('lit' in s) out.push({ lit: s.lit.replace(/^\/+|\/+$/g, '') });
      else out.push({ hole: s.ph || '(expr)' });
    });
    return out;
  }
}

/**
 * A client's path after its base URL's own (`…/v20.0/${PHONE_NUMBER_ID}` then `/messages`; an empty path is the base's
 * node): one path, not read where either part is not.
 */
function withPrefix(prefix: Segmented, own: Segmented): Segmented {
  const seg: Segmented = own.empty ? { ...prefix } : { ...own, segments: [...prefix.segments, ...own.segments], unresolved: prefix.unresolved ?? own.unresolved };
  if (prefix.fieldsUnread) seg.fieldsUnread = true;
  return seg;
}

/** Spring's WebClient and RestClient: the methods that start a request of that method (`client.post()`). */
const SPRING_VERBS: Record<string, HttpMethod> = Object.assign(Object.create(null) as Record<string, HttpMethod>, {
  get: 'GET',
  post: 'POST',
  put: 'POST',
  patch: 'POST',
  delete: 'DELETE',
} as const);

/** A path segment passed as a node id (`graph.get_object(page_id)`): a literal id or placeholder stays so. */
function asNode(s: Segment): Segment {
  if ('ph' in s) return s;
  if (/^(?:me|[\d_]+|act_\d+)$/.test(s.lit)) return s;
  return s;
}
