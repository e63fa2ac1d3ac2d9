/**
 * URL strings: where a call is made from a URL with a Graph host (`urlSite`, the first reader `run()` tries on a
 * string expression), and how a call is recorded (`push`, with its fields: `fieldsInCall`, `mutatedFields`); the
 * calls made through a request helper's path (`helperPathCalls`, `delegatedPathCalls`), Retrofit interfaces, a
 * call on a client with a Graph base URL (`baseClientAt`) and request configs (`configAround`: `{ url, method }`).
 * Start at `urlSite`, then `push`. Builds on helpers.ts.
 */
import type { HttpMethod } from '../endpoints.js';
import { ID, NUM, OP, type Part, STR } from '../lex.js';
import { lowerBound, pushAll } from '../../arrays.js';
import { addFields, bare, type BaseClient, type CallSite, CLIENT_MAKER, CLIENT_METHODS, type Expr, type FieldsRead, GO_FUNCTION, GO_UNTOLD, holeName, HOST, HOST_ANYWHERE, HTTP_WORDS, isInstagramHost, LIST_MAKERS, MAX_CALL_FIELDS, MAX_SHADOWED, MAX_USES, METHOD_KEY, METHOD_NOT_READ, noFields, type Segmented, segmentize, step, stripVersion, URL_BUILDER_ROOT, URL_OPENERS, URL_WRAPPERS, WINDOW } from './common.js';
import { HelperReader } from './helpers.js';

/**
 * Python: `FacebookRequest` imported from the SDK's module (`from facebook_business.api import FacebookAdsApi,
 * FacebookRequest`, on one line or in brackets, or `import *`; `facebookads.api` of the old package), and the file's
 * own name (`class FacebookRequest`, `def`, an assignment, an import from another module): sdkFacebookRequest
 * (review R-5). (Bounded: a bracket is looked into for 2,000 characters, a line to its end.)
 */
const FB_REQUEST_IMPORT = /^[ \t]*from[ \t]+(?:facebook_business|facebookads)\.api[ \t]+import[ \t]*(?:\*|(?:\([^)]{0,2000}|[^\n(]*)\bFacebookRequest\b(?![ \t]+as\b))/m;
const FB_REQUEST_OWN =
  /^[ \t]*(?:(?:async[ \t]+)?def|class)[ \t]+FacebookRequest\b|^[ \t]*FacebookRequest[ \t]*(?::[^=\n]*)?=(?!=)|^[ \t]*from[ \t]+(?!(?:facebook_business|facebookads)\.api\b)[\w.]+[ \t]+import\b[^\n]*\bFacebookRequest\b/m;
/** The import clauses of `from facebook_business.api import …` and `from facebook_business import …` (group 1: `.api`). */
const FB_IMPORT_CLAUSE = /^[ \t]*from[ \t]+(?:facebook_business|facebookads)(\.api)?[ \t]+import[ \t]*(\([^)]{0,2000}|[^\n(]*)/gm;
/** `import facebook_business.api as fb`: the SDK's module under a name of the file's. */
const FB_API_MODULE_ALIAS = /^[ \t]*import[ \t]+(?:facebook_business|facebookads)\.api[ \t]+as[ \t]+([A-Za-z_]\w*)/gm;

/**
 * The names a Python file gives the SDK's raw request and its module by `as`: `from facebook_business.api import
 * FacebookRequest as FbRequest` (a bare name), `from facebook_business import api as fb_api` and `import
 * facebook_business.api as fb_api` (a module: `fb_api.FacebookRequest(…)`). A name the file also defines itself
 * (a class, a function, an assignment at a line's start) is left out.
 */
function fbRequestAliases(src: string): { requests: Set<string>; modules: Set<string> } {
  const requests = new Set<string>();
  const modules = new Set<string>(['api']);
  for (const m of src.matchAll(FB_IMPORT_CLAUSE)) {
    const re = m[1] ? /\bFacebookRequest[ \t\r\n]+as[ \t\r\n]+([A-Za-z_]\w*)/g : /\bapi[ \t\r\n]+as[ \t\r\n]+([A-Za-z_]\w*)/g;
    for (const a of m[2]!.matchAll(re)) (m[1] ? requests : modules).add(a[1]!);
  }
  for (const m of src.matchAll(FB_API_MODULE_ALIAS)) modules.add(m[1]!);
  for (const name of requests) if (ownName(src, name)) requests.delete(name);
  return { requests, modules };
}

/** Whether a Python file defines `name` itself at a line's start: a class, a function, an assignment. */
function ownName(src: string, name: string): boolean {
  return new RegExp(`^[ \\t]*(?:(?:(?:async[ \\t]+)?def|class)[ \\t]+${name}\\b|${name}[ \\t]*(?::[^=\\n]*)?=(?!=))`, 'm').test(src);
}

export abstract class UrlReader extends HelperReader {
  /** Those clients by the token where each is made (the value assigned to its name). */
  protected clientMade = new Map<number, BaseClient>();
  /** Request helpers that send to the Graph base URL and a path passed to them, by scope (helperPathCalls). */
  private helperPaths = new Map<number, 'private' | 'public' | undefined>();
  /** Calls read through request helpers' paths, added at the end where no other reading holds them (run). */
  protected later: CallSite[] = [];
  /** How many times the file assigns each instance attribute (attributeSetOnce). */
  private attributeSets: Map<string, number> | undefined;
  /** The method of each request config holding a URL (`{ url: …, method: 'post' }`), by its `{` (configAround). */
  private configMethods = new Map<number, HttpMethod | 'unknown' | undefined>();
  /** Where variables have fields set after they are made (mutationIndex; made at the first need). */
  private mutations: Map<string, { at: number[]; value: number[]; merge: boolean[] }> | undefined;
  protected out: CallSite[] = [];
  /** The file's Retrofit clients and the interfaces they create (retrofitFor; made at the first need). */
  private retrofit: RetrofitIndex | undefined;
  /** Whether the bare name `FacebookRequest` is the Python SDK's (sdkFacebookRequest; told at the first need). */
  private fbRequest: boolean | undefined;
  /** The names `as` gives the SDK's raw request and its module in a Python file (fbRequestAliases; at the first need). */
  private fbAliases: { requests: Set<string>; modules: Set<string> } | undefined;
  /** Ruby clients noted at a `def` (`def conn`, a memoized `@conn ||=`): seen only in their own class (baseClientAt). */
  protected classScoped = new Set<number>();

  protected urlSite(url: Expr): void {
    if (this.hostAndPathSite(url)) return;
    const e = (this.lang === 'java' ? this.builtUrl(url) : undefined) ?? url;
    const parts = this.resolve(e.parts, e.first);
    const first = parts[0];
    if (!first || !('lit' in first)) return;
    const m = HOST.exec(first.lit);
    if (!m) {
      if (HOST_ANYWHERE.test(first.lit)) return; // e.g. a docs link in a message
      return;
    }
    const rest: Part[] = [{ lit: first.lit.slice(m[0].length) }, ...parts.slice(1)];
    const path = stripVersion(rest);
    if (path === null) return;
    const seg = segmentize(path);
    if (isInstagramHost(m[1]!)) seg.instagram = true;
    // The base URL a client is made with (`axios.create({ baseURL: `${GRAPH}/${phoneId}/` })`, `httpx.Client(base_url=…)`)
    // sends nothing itself: its calls are the client's (hunt Y2-2; one that names a node is their prefix).
    if (!seg.empty && this.clientMakerBase(e.first)) return;
    // Where the host is graph.instagram.com, only a URL sent (an argument of a request: `fetch`, `axios.get`,
    // `requests.post`, or a constant passed to one) is marked: a log line or an error text naming it is none.
    if (seg.instagram && !this.isConstantDefinition(e.first) && !this.sentAt(e.first)) seg.instagram = false;
    if (seg.empty) {
      // A Spring bean's client made with the Graph base URL (`@Bean RestClient graphClient() { return
      // RestClient.builder().baseUrl(GRAPH).build(); }`): injected into other classes, whose calls are not read here
      // (each file alone in Java): one unresolved call at the bean, for its file's user (hunt Y3-5).
      if (this.lang === 'java' && this.beanNote(e.first)) return;
      // The bare host or base URL: a constant, not a call; unless a POST goes to it right here, which
      // is a batch request (its items are in the body, not read): unresolved, so that what they need
      // is never called unused.
      // The same through a constant: `requests.post(GRAPH, data={'batch': …})`, at each use.
      if (this.isConstantDefinition(e.first)) {
        const name = this.definedName(e.first)!;
        // And through an attribute of the instance (`self.base_url = 'https://graph.facebook.com/'` in `__init__`,
        // `requests.post(self.base_url, json={'batch': …})`): where its class sends it (hunt LP-1).
        const uses = this.instanceAttribute(e.first - 2) ? this.attributeUses(name, e.first, e.last) : this.usesOf(name, e.last + 1);
        for (const use of uses) this.batchAt(use, use, seg);
        // A Spring bean's client made with the constant (`baseUrl(GRAPH_API)`; hunt Z2-4).
        if (this.lang === 'java') {
          for (const use of this.beanBaseArgs().get(this.definedName(e.first)!) ?? []) this.beanNote(use);
        }
        return;
      }
      // `const cfg = { baseURL: 'https://graph.facebook.com/v20.0', url: `/${id}/photos`, method: 'post' }`: the config's call.
      if (this.inCall[e.first] === -1 && !(this.heldConfig(this.inBracket[e.first]!) && this.requestBaseSite(e.first, e.last, seg))) return;
      this.batchAt(e.first, e.last, seg);
      return;
    }
    // `URI("…")`, `new URL(…)`, `URI.create(…)`: the call that uses the URL is around the wrapper.
    let a = e.first;
    let b = e.last;
    for (let k = 0; k < 3; k++) {
      const p = this.inCall[a]!;
      if (p === -1 || !URL_WRAPPERS.test(this.id(p - 1) ?? '') || this.partner[p] === -1) break;
      // Ruby's `Net::HTTP::Post.new(URI(…))` is the request, not a wrapper: its class is the method (methodAround).
      if (this.rubyRequestClass(p) !== undefined) break;
      a = p - 1;
      while (this.member(a - 1) && this.id(a - 2)) a -= 2;
      if (this.id(a - 1) === 'new') a--;
      b = this.partner[p]!;
    }
    // A URL assigned to a constant is a call where the constant is used, not where it is defined: one
    // call per use (a GET and a POST through the same constant are two), each at its use.
    // A branch of a conditional value (`url = c ? A : B`, `url = A if c else B`): sent where the variable is.
    // Go: a whole URL set as a struct field in a composite literal (`&client{url: fmt.Sprintf(…)}` in a constructor)
    // is sent where a request is given that field (`http.NewRequest("POST", c.url, …)`), not where it is made
    // (hunt V6).
    const goUses = this.lang === 'go' ? this.goLiteralFieldUses(a) : undefined;
    if (goUses !== undefined && goUses.length > 0) {
      for (const use of goUses) {
        const fields = this.callFields(this.inCall[use]!, use, use);
        this.pushSent(use, use, this.methodAround(use, use, seg.method), this.withQuery(seg, e.first, fields), fields);
      }
      return;
    }
    const branchOf = this.isConstantDefinition(a) ? undefined : this.conditionalName(a);
    if ((branchOf !== undefined || this.isConstantDefinition(a)) && !this.usedInPlace(b)) {
      const name = branchOf ?? this.definedName(a)!;
      // An attribute of the instance set once (`self.batch_url = f"…"` in the constructor) is sent wherever the
      // instance sends it; one set more than once, where its own function sends it before setting it again.
      const attribute = branchOf === undefined && this.instanceAttribute(a - 2);
      // `url = f"{GRAPH}/{path}"` in a request helper `_call(method, path)`: read at the helper's call sites, as
      // the URL written in the request is.
      if (!attribute && branchOf === undefined && seg.unresolved !== undefined && this.localHelperPath(e, parts, m[0].length, name, a, b)) return;
      // A local only returned (a URL builder's, `url = f"{GRAPH}/{path}"; return url`) whose callers were not all
      // read here: the URL where it is made, its method not read (its callers send it).
      if (!attribute && branchOf === undefined && this.onlyReturned(name, a, b)) {
        this.returnedUrl(e.first, e.last, a, seg, !this.helperPaths.has(this.scopeOf(a)));
        return;
      }
      // Python: a class attribute (`url = "https://graph…"` in the class's body) read as `self.url` by its methods,
      // where no method sets `self.url` (hunt V5).
      const classUses = !attribute && branchOf === undefined ? this.classAttributeUses(name, a) : undefined;
      // (A class field no method sends is still found by its name's own uses: `const { endpoint } = this;
      // axios.post(endpoint)`, hunt Z6-2.)
      const uses = attribute ? this.attributeUses(name, a, b) : classUses?.length ? classUses : this.usesSeen(name, a, b);
      // One no method of its class sends (a subclass's override, sent by a base class's method; read from outside
      // the class): a call whose method is not read, never nothing (hunt Z4-2).
      if (classUses?.length === 0 && uses.length === 0) {
        this.push(this.toks.start[e.first]!, this.toks.end[e.last]!, 'GET', { ...seg, unresolved: METHOD_NOT_READ }, 'url');
        return;
      }
      for (const use of uses) {
        // `fetch(url.toString())`, `fetch(url.href)`: the use is the variable's token.
        const held = this.inCall[use] === -1 ? this.heldConfigUrl(use) : -1;
        const fields = this.callFields(held !== -1 ? held : this.inCall[use]!, use, use);
        // `u.searchParams.set('fields', …)` between the URL and its use.
        this.mutatedFields(name, b, use, fields, 0);
        const given = held !== -1 ? this.optionsMethod(held, 0) : undefined;
        this.pushSent(use, use, given ?? this.connectionMethod(use, use) ?? this.methodAround(use, use, seg.method), this.withQuery(seg, e.first, fields), fields);
      }
      return;
    }
    // A request helper of the file that sends to the Graph base URL and a path passed to it: a call at each
    // of its call sites here; the helper's own request stays *unresolved* unless it is private to the file.
    if (seg.unresolved !== undefined && this.helperPathCalls(e, parts, m[0].length) === 'private') return;
    // A URL the function returns (`return f"{GRAPH}/{PAGE_ID}/videos"`) is sent by its callers.
    if (this.returnedWhole(a, b)) {
      // (A request helper's path read at its sites already: helperPathCalls.)
      this.returnedUrl(e.first, e.last, a, seg, !this.helperPaths.has(this.scopeOf(a)));
      return;
    }
    // The `url` of a request config (`const config = { url: …, method: 'post' }; axios(config)`): the config's
    // method, where it gives one; the call is read where the config is written.
    const config = this.configAround(a);
    // Read once per object (an object of many `url:` keys is read once, not once per key).
    if (config !== -1 && !this.configMethods.has(config)) this.configMethods.set(config, this.optionsMethod(config, 0));
    const given = config === -1 ? undefined : this.configMethods.get(config);
    const fields = this.callFields(this.inCall[a] !== -1 || config === -1 ? this.inCall[a]! : config, a, b);
    this.pushSent(e.first, e.last, given ?? this.connectionMethod(a, b) ?? this.methodAround(a, b, seg.method), this.withQuery(seg, e.first, fields), fields);
  }

  /** Java: one unresolved call at the `@Bean` method whose client is made with the base URL at token `first`; whether there is one. */
  private beanNote(first: number): boolean {
    const bean = this.springBeanClient(first);
    if (bean === undefined) return false;
    const why = `a Graph API client made by a Spring bean (${bean.name}) and injected into other classes: the calls made through it are not read`;
    this.push(this.toks.start[bean.at]!, this.toks.end[bean.at]!, 'GET', { segments: [], unresolved: why, empty: false }, 'url');
    return true;
  }

  /** Java: the names given alone to `baseUrl(…)`, `rootUri(…)` or `WebClient.create(…)` / `RestClient.create(…)`, by name (read once). */
  private beanBases: Map<string, number[]> | undefined;
  private beanBaseArgs(): Map<string, number[]> {
    if (this.beanBases) return this.beanBases;
    const out = new Map<string, number[]>();
    this.beanBases = out;
    if (!this.src.includes('@Bean')) return out;
    for (let k = 1; k + 1 < this.toks.length; k++) {
      const name = this.id(k);
      if (name === undefined || !this.op(k - 1, '(') || !this.op(k + 1, ')')) continue;
      const callee = this.id(this.calleeAt(k - 1));
      if (callee !== 'baseUrl' && callee !== 'rootUri' && callee !== 'create') continue;
      const list = out.get(bare(name)) ?? [];
      if (list.length < MAX_USES) list.push(k);
      out.set(bare(name), list);
    }
    return out;
  }

  /**
   * Java: the `@Bean` method (its name and name token) whose body makes a client with the base URL at token `first`
   * (`RestClient.builder().baseUrl(…)`, `WebClient.builder().baseUrl(…)`, `new RestTemplateBuilder().rootUri(…)`,
   * `WebClient.create(…)`, `RestClient.create(…)`), else undefined.
   */
  private springBeanClient(first: number): { name: string; at: number } | undefined {
    const p = this.inCall[first]!;
    if (p === -1 || p !== first - 1) return undefined;
    const callee = this.id(this.calleeAt(p));
    if (callee !== 'baseUrl' && callee !== 'rootUri' && !(callee === 'create' && /^(?:WebClient|RestClient)$/.test(this.id(this.calleeAt(p) - 2) ?? ''))) return undefined;
    const body = this.scopeOf(first);
    if (body === -1 || !this.op(body, '{')) return undefined;
    // The parameters' `)`: before the body, past a return type (Kotlin's `: RestClient`) or a `throws` clause.
    let close = body - 1;
    while (close > body - 12 && close > 0 && !this.op(close, ')')) close--;
    if (!this.op(close, ')')) return undefined;
    const open = this.partner[close]!;
    const at = open - 1;
    const name = open < 0 ? undefined : this.id(at);
    if (name === undefined) return undefined;
    for (let k = at - 1, n = 0; k >= 0 && n < 16; k--, n++) {
      if (this.id(k) === '@Bean') return { name, at };
      if (this.op(k, ';') || this.op(k, '{') || this.op(k, '}')) break;
    }
    return undefined;
  }

  /**
   * Whether the value at token `first` is the base URL key of a client maker's arguments: `axios.create({ baseURL:
   * … })`, `ky.create({ prefixUrl: … })`, Python's `httpx.Client(base_url=…)`, Guzzle's `new Client(['base_uri' => …])`.
   */
  private clientMakerBase(first: number): boolean {
    const key = this.id(first - 2) ?? this.str(first - 2);
    if (key === undefined || !/^(?:baseURL|baseUrl|base_url|base_uri|prefixUrl)$/.test(key)) return false;
    if (!(this.op(first - 1, ':') || this.op(first - 1, '=>') || (this.lang === 'python' && this.op(first - 1, '=')))) return false;
    const o = this.inBracket[first]!;
    const p = o !== -1 && (this.op(o, '{') || this.op(o, '[')) ? this.inCall[o]! : o;
    if (p === -1 || !this.op(p, '(')) return false;
    const c = this.calleeAt(p);
    return CLIENT_MAKER.test(this.id(c) ?? '') || (this.id(c) === 'Client' && this.id(c - 1) === 'new');
  }

  /**
   * Node's `https.request({ hostname: 'graph.facebook.com', path: `/v19.0/${id}/feed`, method: 'POST' })`: the host
   * and the path given apart in one options object (in the call, or in a variable of the file): a call at the
   * host, with the object's method (else the call's, else GET). False for anything else.
   */
  private hostAndPathSite(e: Expr): boolean {
    const k = e.first;
    if (this.lang !== 'js' || e.last !== k || !this.op(k - 1, ':') || !/^(?:hostname|host)$/.test(this.id(k - 2) ?? this.str(k - 2) ?? '')) return false;
    const o = this.inBracket[k]!;
    if (o === -1 || !this.op(o, '{') || !(this.op(k - 3, '{') || this.op(k - 3, ','))) return false;
    const host = this.resolve(e.parts, k);
    const first = host[0];
    if (host.length !== 1 || first === undefined || !('lit' in first) || !/^(?:graph(?:-video)?\.facebook\.com|graph\.instagram\.com)(?::443)?$/i.test(first.lit)) return false;
    const pathArg = this.keyValue(o, 'path', true);
    const seg = pathArg ? this.pathOf(pathArg) : undefined;
    if (!pathArg || !seg || seg.host || seg.empty) return false;
    const close = this.partner[o]!;
    const method = this.optionsMethod(o, 0) ?? (this.inCall[o] !== -1 ? this.methodAround(o, close) : 'GET');
    this.markTaken(pathArg);
    const fields = noFields();
    const sent = isInstagramHost(first.lit) ? { ...seg, instagram: true } : seg;
    this.pushSent(k, k, method, this.withQuery(sent, k, fields), fields);
    return true;
  }

  /**
   * A URL whose query is a variable of the file (`` `${GRAPH}/${id}?${params}` `` with `params = new
   * URLSearchParams({ fields: … })`, f"…?{urlencode(params)}"): its fields read into `acc`, with those set on
   * it before the URL is made (`params.set('fields', …)`). Its fields are read when every such variable's are.
   */
  private withQuery(seg: Segmented, at: number, acc: FieldsRead): Segmented {
    if (!seg.queryVars) return seg;
    let read = true;
    for (const name of seg.queryVars) {
      const v = name === '' ? -1 : this.valueOf(name, at);
      const sub = noFields();
      if (v === -1 || !this.queryValueFields(v, sub)) read = false;
      else this.mutatedFields(name, v, at, sub, 0);
      if (sub.unread > 0) read = false;
      for (const n of sub.names) if (acc.names.length < MAX_CALL_FIELDS && !acc.names.includes(n)) acc.names.push(n);
      for (const [k, list] of Object.entries(sub.nested)) if (!Object.hasOwn(acc.nested, k)) acc.nested[k] = list;
    }
    return read ? { ...seg, fieldsUnread: false } : seg;
  }

  /**
   * The fields of a query value at token v into `acc`: a string (`'fields=a,b&limit=5'`), an object or list, or
   * one made by `new URLSearchParams(…)`, `urlencode(…)`, `qs.stringify(…)`, `http_build_query(…)`, `dict(…)`.
   * False when it is none of those, or its argument is a value not read here.
   */
  private queryValueFields(v: number, acc: FieldsRead): boolean {
    const text = this.str(v);
    // A string that goes on (`'fields=' + FIELDS`, `'…'.format(…)`) is not read here.
    if (text !== undefined && (this.op(v + 1, '+') || this.op(v + 1, '.') || this.op(v + 1, '%'))) return false;
    if (text !== undefined) {
      const ff = /(?:^|[?&])fields=([^&#]*)/.exec(text);
      if (ff?.[1]) addFields(acc, ff[1]);
      return true;
    }
    if (this.op(v, '{') || this.op(v, '[')) {
      this.fieldsInCall(v, -1, -1, acc, 1);
      return true;
    }
    let c = v;
    if (this.id(c) === 'new') c++;
    while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
    const callee = this.id(c);
    if (callee === undefined || !this.op(c + 1, '(') || !/^(?:URLSearchParams|urlencode|stringify|http_build_query|dict)$/.test(callee)) return false;
    const args = this.args(c + 1);
    // `new URLSearchParams(params)`: the object a variable of the file holds.
    const [x, y] = args[0] ?? [0, 0];
    if (args.length === 1 && y === x + 1 && this.id(x) !== undefined) {
      const o = this.valueOf(this.id(x)!, x);
      if (o === -1 || !(this.op(o, '{') || this.op(o, '['))) return false;
      this.fieldsInCall(o, -1, -1, acc, 1);
      return true;
    }
    this.fieldsInCall(c + 1, -1, -1, acc, 1);
    return true;
  }

  /** The `{` of the object whose `url:` (or `uri:`) value starts at token a, or -1. */
  private configAround(a: number): number {
    if (!this.op(a - 1, ':') || !/^(?:url|uri)$/.test(this.id(a - 2) ?? this.str(a - 2) ?? '') || !(this.op(a - 3, '{') || this.op(a - 3, ','))) return -1;
    const o = this.inBracket[a - 2]!;
    return o !== -1 && this.op(o, '{') && this.partner[o]! > a ? o : -1;
  }

  /**
   * A URL call over tokens [a, b]; where its HTTP method is in a value not read here (`fetch(url, opts)`
   * with `opts` a parameter), unresolved: taking it for a GET would pass a write the token may not make.
   */
  private pushSent(a: number, b: number, method: HttpMethod | 'unknown', seg: Segmented, fields: FieldsRead): void {
    if (method === 'unknown') {
      this.push(this.toks.start[a]!, this.toks.end[b]!, seg.method ?? 'GET', { ...seg, unresolved: METHOD_NOT_READ }, 'url');
      return;
    }
    // `{ method: remove ? 'DELETE' : 'GET' }`: a call with each.
    const choice = this.conditionalMethods(a);
    for (const m of choice?.includes(method) ? choice : [method]) {
      if (m === 'unknown') this.push(this.toks.start[a]!, this.toks.end[b]!, seg.method ?? 'GET', { ...seg, unresolved: METHOD_NOT_READ }, 'url');
      else this.push(this.toks.start[a]!, this.toks.end[b]!, m, seg, 'url', undefined, fields);
    }
  }

  /**
   * The methods a request's `method` chosen by a condition gives, for the call around token a: `{ method:
   * remove ? 'DELETE' : 'GET' }`, Python's `method="DELETE" if remove else "GET"`; each once ('unknown' for a
   * branch not read). Undefined else.
   */
  private conditionalMethods(a: number): (HttpMethod | 'unknown')[] | undefined {
    const p = this.inCall[a]!;
    if (p === -1) return undefined;
    for (const arg of this.args(p)) {
      const range = this.isKwarg(arg) && METHOD_KEY.test(this.id(arg[0])!) ? ([arg[0] + 2, arg[1]] as [number, number]) : this.op(arg[0], '{') && this.partner[arg[0]] === arg[1] - 1 ? this.keyValue(arg[0], 'method') : undefined;
      if (range === undefined) continue;
      const [x, y] = range;
      const two =
        this.lang === 'python'
          ? this.id(x + 1) === 'if' && this.id(y - 2) === 'else' && y - 2 > x + 2 ? [x, y - 1] : undefined
          : this.op(y - 2, ':') && this.op(y - 4, '?') && y - 4 > x ? [y - 3, y - 1] : undefined;
      const ms = two?.map((t) => this.methodValue(t, 0));
      if (ms?.some((m) => m !== 'unknown')) return [...new Set(ms)];
    }
    return undefined;
  }

  /**
   * A request to the Graph root over tokens [a, b]: a POST there is a batch request (its items are in the
   * body, not read), unresolved so that what they need is never called unused; so is one whose method
   * is not read. A GET (`?ids=…`) is no call of the table.
   */
  private batchAt(a: number, b: number, seg: Segmented): void {
    if (this.requestBaseSite(a, b, seg)) return;
    const m = this.methodAround(a, b, seg.method);
    if (m === 'GET' || m === 'DELETE') return;
    const why = m === 'POST' ? 'a batch request (a POST to the Graph root): its items are not read' : 'a request to the Graph root whose HTTP method is not read';
    this.push(this.toks.start[a]!, this.toks.end[b]!, 'POST', { ...seg, unresolved: why }, 'url');
  }

  /**
   * A Graph base URL given with the request itself, at tokens a..b (JavaScript): the value of `baseURL` (axios,
   * ofetch/Nuxt's `$fetch`) or `prefixUrl` (ky, got) in the request's config, `axios.post(path, data, { baseURL
   * })`, `$fetch(path, { baseURL, method })`, or `axios({ baseURL, url, method })`: a call to the path (the
   * call's first argument, else the config's `url`) with the request's method. False for anything else.
   */
  private requestBaseSite(a: number, b: number, seg: Segmented): boolean {
    if (this.lang !== 'js' || !this.op(a - 1, ':') || !/^(?:baseURL|baseUrl|prefixUrl)$/.test(this.id(a - 2) ?? this.str(a - 2) ?? '')) return false;
    const o = this.inBracket[a]!;
    if (o === -1 || !this.op(o, '{') || !(this.op(a - 3, '{') || this.op(a - 3, ',')) || (b !== a && !this.op(b + 1, ',') && !this.op(b + 1, '}'))) return false;
    const p = this.inCall[o]!;
    const first = p === -1 || this.inBracket[o] !== p ? undefined : this.args(p)[0];
    const pathArg = first !== undefined && first[1] <= o ? first : this.keyValue(o, 'url', true);
    if (pathArg === undefined) return false;
    // A full URL given there is the URL pass's (the base URL is not used), a Graph URL or another host's.
    const lead = this.argParts(pathArg)?.[0];
    if (lead && 'lit' in lead && /^(?:[a-z][\w+.-]*:)?\/\//i.test(lead.lit)) return true;
    const path = this.pathOf(pathArg);
    if (path === undefined || path.host) return true;
    // A config held in a variable (heldConfig): its own `method`.
    const m = p === -1 ? (this.optionsMethod(o, 0) ?? seg.method ?? 'GET') : this.methodAround(a, b, seg.method);
    const fields = p === -1 ? noFields() : this.callFields(p, pathArg[0], pathArg[1]);
    this.markTaken(pathArg);
    this.pushSent(pathArg[0], pathArg[1] - 1, m, seg.instagram ? { ...path, instagram: true } : path, fields);
    return true;
  }

  /**
   * The client made with a Graph base URL that the name `name` refers to at token `at`: the value the name is
   * assigned there, as a variable's (valueOf: two functions may each make their own `client`, one per host;
   * any other value, a parameter of the name, ends the binding); where it is assigned none there, a client
   * bound otherwise (Python's `with … as client`) or made further down (a field below the methods): the last
   * made before the use that it sees, else the first.
   */
  protected baseClientAt(name: string, at: number): { at: number; instagram: boolean; prefix?: Segmented } | undefined {
    const list = this.baseClients.get(name);
    if (!list) return undefined;
    const v = this.valueOf(name, at);
    // An options parameter's member of the name, `const client = params.client` (not a call on it): passed in as a
    // parameter is (hunt TS-2).
    const passedIn =
      v !== -1 && this.id(v) !== undefined && this.member(v + 1) && this.id(v + 2) === name && !this.member(v + 3) && !this.op(v + 3, '(') && this.scopeOf(at) !== -1 && this.parametersOf(this.scopeOf(at)).has(bare(this.id(v)!));
    // (`client=client` as a Python default, `client = client.with_options(…)`: the file's client, below.)
    if (v !== -1 && this.id(v) !== name && !passedIn) {
      const c = this.clientMade.get(v);
      return c?.graph ? c : undefined;
    }
    // A parameter of the name (`def publish(client, page_id)`, called with the Graph client) is taken for the
    // file's Graph client of that name, as before scopes were read: a write on it missed would be silent, a
    // wrong one is shown. So is one taken out of an options parameter, `const { client } = params` (JavaScript's
    // destructuring, a local of the function), and `params.client` (hunt TS-2).
    const destructured = v === -1 && this.lang === 'js' && this.destructuredFromParameter(name, at);
    if ((v === -1 && this.parameterScope(name, at) !== -1) || destructured || passedIn) {
      for (let n = 0; n < list.length && n < MAX_SHADOWED; n++) if (list[n]!.graph && this.ownClass(list[n]!, at)) return list[n];
      return undefined;
    }
    // The list is in token order (collectConstants walks forward): a binary search, so that one `client`
    // per function over a large file stays linear; then back over clients of other functions (bounded).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let n = 0; lo > 0 && n < MAX_SHADOWED; lo--, n++) {
      const c = list[lo - 1]!;
      if (this.inScope(this.scopeOf(c.at), at) && this.ownClass(c, at)) return c.graph ? c : undefined;
    }
    const first = list.find((c, n) => n < MAX_SHADOWED && this.inScope(this.scopeOf(c.at), at) && this.ownClass(c, at));
    return first?.graph ? first : undefined;
  }

  /**
   * JavaScript: whether the function around token `at` takes `name` out of one of its parameters before `at`,
   * `const { client, adAccountId } = params` (hunt TS-2). Bounded: 4,096 tokens back.
   */
  private destructuredFromParameter(name: string, at: number): boolean {
    const s = this.scopeOf(at);
    if (s === -1) return false;
    for (let t = at - 1, n = 0; t > s && n < 4096; t--, n++) {
      if (this.id(t) !== name || !this.op(t - 1, '{') && !this.op(t - 1, ',')) continue;
      const o = this.inBracket[t]!;
      const close = o === -1 ? -1 : this.partner[o]!;
      if (o === -1 || !this.op(o, '{') || close < t || !/^(?:const|let|var)$/.test(this.id(o - 1) ?? '') || !this.op(close + 1, '=')) continue;
      const from = this.id(close + 2);
      return from !== undefined && !this.member(close + 3) && !this.op(close + 3, '(') && this.parametersOf(s).has(bare(from));
    }
    return false;
  }

  /** Whether client c can be seen at token `at`: a Ruby `def conn` (classScoped) only in its own class. */
  private ownClass(c: { at: number }, at: number): boolean {
    return !this.classScoped.has(c.at) || this.classOf(c.at) === this.classOf(at);
  }

  /**
   * Retrofit's `@POST("{page-id}/feed")` (also `@GET`, `@DELETE`, `@PUT`, `@PATCH`, `@HEAD`, and `@HTTP(method =
   * "DELETE", path = "…")`) at token i, in a file that makes a Retrofit client with a Graph base URL or names
   * one (retrofitFor): a call at the annotation, with its relative path. A full URL is the URL pass's.
   */
  protected retrofitCall(i: number): boolean {
    const p = i + 1;
    const graph = this.partner[p]! > p ? this.retrofitFor(i) : undefined;
    if (!graph) return false;
    const args = this.args(p);
    const name = this.toks.v[i]!.slice(1);
    let pathArg: [number, number] | undefined;
    let method: HttpMethod | 'unknown' | undefined;
    if (name === 'HTTP') {
      const kw = this.kwargs(args);
      pathArg = kw.get('path');
      const m = kw.get('method');
      method = m ? this.methodValue(m[0], 0) : 'unknown';
    } else {
      pathArg = args[0] ? this.kwargValue(args[0]) : undefined;
      method = HTTP_WORDS[name];
    }
    if (!pathArg || method === undefined) return false;
    const seg = this.pathOf(pathArg, this.retrofitPathVars(this.partner[p]! + 1, pathArg));
    if (!seg || seg.host) return false;
    const end = this.toks.end[this.partner[p]!]!;
    if (method === 'unknown') {
      return this.unresolvedCall(i, end, 'GET', METHOD_NOT_READ);
    }
    if (seg.empty) {
      if (method !== 'POST') return false;
      this.push(this.toks.start[i]!, end, 'POST', { ...seg, unresolved: 'a batch request (a POST to the Graph root): its items are not read' }, 'client');
      return true;
    }
    this.markTaken(pathArg);
    this.push(this.toks.start[i]!, end, method, graph.instagram ? { ...seg, instagram: true } : seg, 'client', undefined, this.retrofitFields(this.partner[p]! + 1));
    return true;
  }

  /**
   * The parameters a Retrofit method declared after token `from` names its generic path placeholders with
   * (`@POST("{id}") fun f(@Path("id") campaignId: String)`, Java's `@Path("id") String campaignId`), in the
   * placeholders' order of the path at `pathArg`; undefined where the path has none or no `@Path` names one.
   */
  private retrofitPathVars(from: number, pathArg: [number, number]): (string | undefined)[] | undefined {
    const path = pathArg[1] === pathArg[0] + 1 ? this.str(pathArg[0]) : undefined;
    const holes = path === undefined ? [] : [...path.matchAll(/\{([\w.-]+)\}/g)].map((m) => m[1]!);
    if (holes.length === 0) return undefined;
    const open = this.retrofitParameters(from);
    if (open === -1) return undefined;
    const named = new Map<string, string>();
    for (const [x, y] of this.args(open)) {
      for (let k = x; k < y; k++) {
        if (this.id(k) !== '@Path' || !this.op(k + 1, '(') || this.partner[k + 1]! <= k + 1) continue;
        const key = this.str(this.partner[k + 1] === k + 3 ? k + 2 : k + 4);
        let name: string | undefined;
        for (let j = this.partner[k + 1]! + 1; j < y; j++) {
          if (this.op(j, '(') && this.partner[j]! > j) j = this.partner[j]!;
          else if (this.id(j) !== undefined && !this.id(j)!.startsWith('@') && this.op(j + 1, ':')) {
            name = this.id(j);
            break;
          } else if (this.id(j) !== undefined && !this.id(j)!.startsWith('@')) name = this.id(j);
        }
        if (key !== undefined && name !== undefined) named.set(key, name);
        break;
      }
    }
    // A placeholder that names its node (`{page-id}`) keeps its name; a generic one (`{id}`) takes the parameter's.
    return named.size > 0 ? holes.map((h) => (/^(?:id|node|object|obj|(?:node|object)[-_]?id)$/i.test(h) ? named.get(h) : undefined)) : undefined;
  }

  /**
   * The `(` of the parameter list of the Retrofit method declared after token `from`: the first `(` after a
   * name that is no annotation (`fun feed(`, `Call<Feed> feed(`), within WINDOW tokens; -1 when none.
   */
  private retrofitParameters(from: number): number {
    for (let k = from; k < from + WINDOW && k < this.toks.length; k++) {
      if (this.op(k, '{') || this.op(k, ';') || this.op(k, '}')) break;
      if (this.op(k, '(') && this.partner[k]! > k) {
        const before = this.id(k - 1);
        if (before !== undefined && !before.startsWith('@')) return k;
        k = this.partner[k]!;
      }
    }
    return -1;
  }

  /**
   * The fields a Retrofit method declared after token `from` asks for: its `@Query("fields")` parameter's
   * default (Kotlin: `@Query("fields") fields: String = "id,name"`), else unread; a `@QueryMap` is unread.
   */
  private retrofitFields(from: number): FieldsRead {
    const acc = noFields();
    const open = this.retrofitParameters(from);
    if (open === -1) return acc;
    const close = this.partner[open]!;
    for (let k = open + 1; k < close && k < open + WINDOW * 2; k++) {
      const a = this.id(k);
      if (a === '@QueryMap') acc.unread++;
      if (a !== '@Query' || !this.op(k + 1, '(') || this.str(k + 2) !== 'fields') continue;
      acc.found++;
      // To the end of this parameter: a default value after `=`.
      let j = this.partner[k + 1]! + 1;
      while (j < close && !this.op(j, ',') && !this.op(j, '=')) j++;
      if (this.op(j, '=')) this.readFields(j + 1, acc, 0);
      else acc.unread++;
    }
    return acc;
  }

  /**
   * Whether the Retrofit annotation at token i is a Graph call, and then whether its host is graph.instagram.com:
   * the file names Retrofit (`import retrofit2…`, `Retrofit.Builder()`) and the annotation's interface is
   * created (`.create(GraphApi::class.java)`) with a Retrofit given a Graph base URL; for an interface created
   * with none of the file's, the file's one Retrofit base URL when it is Graph's; where the file gives Retrofit
   * none, a Graph base URL held by a constant (`const val BASE_URL = "https://graph.facebook.com/v21.0/"`).
   */
  private retrofitFor(i: number): { instagram: boolean } | undefined {
    const r = (this.retrofit ??= this.retrofitIndex());
    if (!r.named) return undefined;
    const iface = this.interfaceAround(i);
    const bases = iface !== undefined ? r.created.get(iface) : undefined;
    const one = bases ?? (r.bases.length === 1 ? r.bases : undefined);
    if (one) {
      const graph = one.find((b) => b.host !== undefined);
      return graph ? { instagram: graph.host! } : undefined;
    }
    return r.bases.length === 0 && r.constant !== undefined ? { instagram: r.constant } : undefined;
  }

  /** The file's Retrofit clients (retrofitFor): read once, in one pass and a second over `create(…)` calls. */
  private retrofitIndex(): RetrofitIndex {
    const out: RetrofitIndex = { named: false, bases: [], created: new Map() };
    const byName = new Map<string, RetrofitBase>();
    const creates: number[] = [];
    for (let k = 0; k < this.toks.length; k++) {
      const v = this.id(k);
      if (v === 'retrofit2' || v === 'Retrofit') out.named = true;
      if (v === 'create' && this.member(k - 1)) creates.push(k);
      if (v !== 'baseUrl' || !this.member(k - 1) || !this.op(k + 1, '(') || this.partner[k + 1]! <= k + 1) continue;
      // The builder chain back to its root (`Retrofit.Builder()`, `new Retrofit.Builder()`): Spring's
      // `WebClient.builder().baseUrl(…)` is no Retrofit.
      let root = k;
      let retrofit = false;
      for (let links = 0; links < 16 && this.member(root - 1); links++) {
        let c = root - 2;
        if (this.op(c, ')') && this.partner[c]! >= 0 && this.partner[c]! < c) c = this.partner[c]! - 1;
        if (this.id(c) === undefined) break;
        if (this.id(c) === 'Retrofit') retrofit = true;
        if (this.id(c) === 'WebClient' || this.id(c) === 'RestClient') break;
        root = c;
      }
      if (!retrofit && (this.id(root) === 'WebClient' || this.id(root) === 'RestClient' || this.id(root - 2) === 'WebClient' || this.id(root - 2) === 'RestClient')) continue;
      if (this.id(root - 1) === 'new') root--;
      const base: RetrofitBase = { host: this.baseHost(this.argParts([k + 2, this.partner[k + 1]!])) };
      out.bases.push(base);
      // `val retrofit = Retrofit.Builder().baseUrl(…).build()`: the client's name, for `retrofit.create(…)`.
      if (this.op(root - 1, '=') && this.id(root - 2) !== undefined) byName.set(bare(this.id(root - 2)!), base);
      // `….build().create(GraphApi::class.java)` in the same chain (`create<GraphApi>()`; Kotlin's bare `create()`,
      // typed by what it is assigned to: `graphApi = Retrofit.Builder()….create()` of a `val graphApi: GraphApi`,
      // hunt KT-1).
      for (let c = this.partner[k + 1]!, links = 0; links < 16 && this.member(c + 1) && this.id(c + 2) !== undefined; links++) {
        const open = this.parenAfter(c + 2);
        if (open === -1) break;
        let iface = this.id(c + 2) === 'create' ? this.createdInterface(c + 2) : undefined;
        if (iface === undefined && this.id(c + 2) === 'create' && open === c + 3 && this.op(c + 4, ')')) iface = this.assignedType(root);
        if (iface !== undefined) this.linkInterface(out, iface, base);
        if (this.partner[open]! <= open) break;
        c = this.partner[open]!;
      }
    }
    for (const k of creates) {
      const base = this.id(k - 2) !== undefined && !this.member(k - 3) ? byName.get(bare(this.id(k - 2)!)) : undefined;
      const iface = base ? this.createdInterface(k) : undefined;
      if (base && iface !== undefined) this.linkInterface(out, iface, base);
    }
    if (out.bases.length === 0) {
      for (const c of this.consts.values()) {
        const host = this.baseHost(c.parts);
        if (host === undefined) continue;
        out.constant = host;
        break;
      }
    }
    return out;
  }

  /**
   * The declared type of what the expression starting at token `root` is assigned to: `val api: GraphApi = …`,
   * Java's `GraphApi api = …`, or `api = …` of a property the file declares `api: GraphApi` (the first such
   * declaration); else undefined.
   */
  private assignedType(root: number): string | undefined {
    if (!this.op(root - 1, '=') || this.id(root - 2) === undefined) return undefined;
    if (this.op(root - 3, ':') || (this.op(root - 3, '>') && this.op(root - 4, '?'))) return this.id(root - 2);
    if (this.id(root - 3) !== undefined && /^[A-Z]/.test(this.id(root - 3)!)) return this.id(root - 3);
    const name = this.id(root - 2)!;
    for (let t = 0; t + 2 < this.toks.length; t++) if (this.id(t) === name && this.op(t + 1, ':') && /^[A-Z]/.test(this.id(t + 2) ?? '') && /^(?:val|var)$/.test(this.id(t - 1) ?? '')) return this.id(t + 2);
    return undefined;
  }

  private linkInterface(out: RetrofitIndex, iface: string, base: RetrofitBase): void {
    const list = out.created.get(iface);
    if (list) list.push(base);
    else out.created.set(iface, [base]);
  }

  /** The interface `create` at token k makes: `create(GraphApi::class.java)`, `create(GraphApi.class)`, `create<GraphApi>()`. */
  private createdInterface(k: number): string | undefined {
    if (this.op(k + 1, '<') && this.id(k + 2) !== undefined && this.op(k + 3, '>')) return this.id(k + 2);
    if (!this.op(k + 1, '(') || this.id(k + 2) === undefined) return undefined;
    return (this.op(k + 3, '::') && this.id(k + 4) === 'class') || (this.op(k + 3, '.') && this.id(k + 4) === 'class') ? this.id(k + 2) : undefined;
  }

  /** The name of the interface whose body holds token i (`interface GraphApi {`), or undefined. */
  private interfaceAround(i: number): string | undefined {
    const o = this.inBracket[i]!;
    if (o === -1 || !this.op(o, '{')) return undefined;
    for (let k = o - 1; k >= 0 && k >= o - 16; k--) {
      if (this.id(k) === 'interface') return this.id(k + 1);
      if (this.op(k, '{') || this.op(k, '}') || this.op(k, ';')) return undefined;
    }
    return undefined;
  }

  /** For parts that resolve to a Graph base URL (host and version at most): whether the host is graph.instagram.com; else undefined. */
  private baseHost(parts: Part[] | undefined): boolean | undefined {
    if (!parts) return undefined;
    const resolved = this.resolve(parts);
    const first = resolved[0];
    if (!first || !('lit' in first)) return undefined;
    const m = HOST.exec(first.lit);
    if (!m) return undefined;
    const path = stripVersion([{ lit: first.lit.slice(m[0].length) }, ...resolved.slice(1)]);
    return path !== null && segmentize(path).empty ? isInstagramHost(m[1]!) : undefined;
  }

  /** Whether token a is inside the arguments of a call that sends a request (`fetch(…)`, `axios.get(…)`, `URI(…)` in one). */
  private sentAt(a: number): boolean {
    for (let k = 0, q = a; k < 4; k++) {
      const p = this.inCall[q]!;
      if (p === -1) return false;
      const callee = this.id(this.calleeAt(p));
      if (callee === undefined) return false;
      if (this.requestCallee(p) || CLIENT_METHODS.has(callee)) return true;
      if (!URL_WRAPPERS.test(callee)) return false;
      q = p - 1;
    }
    return false;
  }

  private isConstantDefinition(first: number): boolean {
    return this.definedName(first) !== undefined;
  }

  /**
   * Python, JavaScript/TypeScript and PHP: where the class attribute or field `name`, its value at token a in a
   * class's own body (no method's), is sent as `self.name` (`this.name`, `$this->name`) by the class's methods;
   * undefined when it is no class attribute, or a method of the class sets it (then that value is the one sent).
   */
  private classAttributeUses(name: string, a: number): number[] | undefined {
    if (this.member(a - 3)) return undefined;
    if (this.lang === 'python') {
      if (this.scopeOf(a) !== -1) return undefined;
    } else if (this.lang === 'js' || this.lang === 'php') {
      // A class's field (`private feedUrl = \`…\``, PHP's `private $feedUrl = "…"`): in the class's own braces.
      // (The class's own braces, not a method's inside them: `$url = "…"` in a method is its local; hunt Z5-1.)
      const o = this.inBracket[a - 2]!;
      if (o === -1 || !this.op(o, '{') || this.classOf(a) !== o) return undefined;
      const before = this.kind(a - 3) === ID ? this.id(a - 3) : undefined;
      if (!(this.op(a - 3, ';') || this.op(a - 3, '{') || this.op(a - 3, '}') || (before !== undefined && /^(?:private|public|protected|readonly|static|var)$/.test(before)))) return undefined;
    } else return undefined;
    const cls = this.classOf(a);
    if (cls === -1 || this.attributeSetOnce(name, cls) || this.attributeSets!.has(`${cls} ${name}`)) return undefined;
    return this.usesOf(`.${name}`, 0).filter((u) => this.classOf(u) === cls);
  }

  /**
   * Go: when the value at token a is a field's in a composite literal (`T{url: …}`, `&T{url: …}`), the places a
   * request is given that field of a value (`c.url` as a whole argument of a call that sends a request), at most
   * MAX_USES; undefined when the value is no literal field's.
   */
  private goLiteralFieldUses(a: number): number[] | undefined {
    const field = this.op(a - 1, ':') ? this.id(a - 2) : undefined;
    const o = this.inBracket[a]!;
    if (field === undefined || o === -1 || !this.op(o, '{') || this.inBracket[a - 2] !== o || this.id(o - 1) === undefined) return undefined;
    // Only where one struct type of the file has a field of the name: `x.url` of another type is another value
    // (hunt Z5-3).
    let holders = 0;
    for (const fields of this.goTypeDecls().structs.values()) if (fields?.includes(field)) holders++;
    if (holders !== 1) return undefined;
    const type = this.id(o - 1)!;
    const out: number[] = [];
    for (let k = 2; k < this.toks.length && out.length < MAX_USES; k++) {
      if (this.id(k) !== field || !this.member(k - 1) || this.id(k - 2) === undefined || this.member(k - 3)) continue;
      const p = this.inCall[k]!;
      if (p === -1 || !(this.op(k + 1, ',') || this.op(k + 1, ')')) || !(this.op(k - 3, ',') || k - 3 === p) || !this.requestCallee(p)) continue;
      // On the receiver of a method of the literal's type (`func (c *client) send()` … `c.url`): a value of another
      // type (declared elsewhere, embedded) has a field of that name too (hunt Z6-1).
      const recv = this.goReceiver(this.scopeOf(k));
      if (recv === undefined || recv.type !== type || recv.name !== this.id(k - 2)) continue;
      out.push(k);
    }
    return out;
  }

  /** Where the instance attribute `name` whose value is tokens [a, b] is sent (see urlSite). */
  private attributeUses(name: string, a: number, b: number): number[] {
    // Another class's attribute of the name is another value.
    const cls = this.classOf(a);
    if (this.attributeSetOnce(name, cls)) return this.usesOf(`.${name}`, 0).filter((u) => this.classOf(u) === cls);
    const next = this.nextAssignment(name, b + 1);
    const scope = this.scopeOf(a);
    return this.usesOf(`.${name}`, b + 1).filter((u) => u < next && this.scopeOf(u) === scope);
  }

  /**
   * Whether the class `cls` (classOf) sets its instance attribute `name` exactly once: `self.name = …`,
   * `this.name = …`; TypeScript's parameter property (`constructor(private url: string)`) is one more.
   */
  private attributeSetOnce(name: string, cls: number): boolean {
    if (!this.attributeSets) {
      const sets = new Map<string, number>();
      this.attributeSets = sets;
      const add = (k: number, v: string) => {
        const key = `${this.classOf(k)} ${bare(v)}`;
        sets.set(key, (sets.get(key) ?? 0) + 1);
      };
      for (let k = 2; k + 1 < this.toks.length; k++) {
        const v = this.id(k);
        if (v === undefined) continue;
        if (this.op(k + 1, '=') && this.instanceAttribute(k)) add(k, v);
        else if (this.lang === 'js' && /^(?:private|public|protected|readonly)$/.test(this.id(k - 1) ?? '') && this.inCall[k] !== -1 && this.id(this.inCall[k]! - 1) === 'constructor') add(k, v);
      }
    }
    return this.attributeSets.get(`${cls} ${name}`) === 1;
  }

  /**
   * The variable a branch of a conditional value starting at token f is assigned: `url = c ? A : B` (either
   * branch, nested ones too; in parentheses too), Python's `url = A if c else B` (its second branch: the first
   * starts the value itself). Read back at the branch's bracket level, at most WINDOW tokens; else undefined.
   */
  private conditionalName(f: number, depth = 0): string | undefined {
    const python = this.lang === 'python';
    // Python's `url = (A if c else B)`: the first branch starts the parenthesised value.
    if (python && this.op(f - 1, '(') && depth === 0) {
      const close = this.partner[f - 1]!;
      for (let k = f; k < close && k - f < WINDOW; k++) if (this.id(k) === 'else' && this.inBracket[k] === f - 1) return this.definedName(f - 1);
      return undefined;
    }
    if (python ? this.id(f - 1) !== 'else' : !(this.op(f - 1, '?') || this.op(f - 1, ':'))) return undefined;
    const level = this.inBracket[f]!;
    let cond = false;
    for (let k = f - 1, n = 0; k >= 0 && n < WINDOW; k--, n++) {
      const q = this.partner[k]!;
      if ((this.op(k, ')') || this.op(k, ']') || this.op(k, '}')) && q >= 0 && q < k) {
        k = q;
        continue;
      }
      // `url = (c ? A : B)`, `url = d ? (c ? A : B) : C`: the parenthesised group is the value, or a branch.
      if (this.inBracket[k] !== level) return cond && k === level && this.op(k, '(') ? (this.definedName(k) ?? (depth < 4 ? this.conditionalName(k, depth + 1) : undefined)) : undefined;
      if (this.op(k, '=') || this.op(k, ':=')) {
        const name = this.definedName(k + 1);
        if (name !== undefined) return cond ? name : undefined;
        // `===`, `!==`, `<=` (`==` `=`, `!` `==`…): a comparison in the condition.
        if (this.kind(k - 1) === OP && /^(?:==|=|<|>|!)$/.test(this.toks.v[k - 1]!)) continue;
        return undefined;
      }
      if (python ? this.id(k) === 'if' : this.op(k, '?')) cond = true;
      else if (this.op(k, ';') || this.op(k, ',') || this.op(k, '=>') || (python && this.op(k, ':')) || /^(?:return|yield|lambda|case)$/.test(this.id(k) ?? '')) return undefined;
    }
    return undefined;
  }

  /**
   * Whether `FacebookRequest` at token i (before its `(`) is the Python SDK's (review R-5): never at `class`/`def`;
   * `api.FacebookRequest` (the SDK's module, `facebook_business.api`); the bare name where the file imports it from
   * `facebook_business.api` (`facebookads.api`) and does not make its own (a class, a function, an assignment, an
   * import from elsewhere: `class FacebookRequest(dict)` is a webhook body's).
   */
  protected sdkFacebookRequest(i: number): boolean {
    const v = this.toks.v[i]!;
    const before = this.id(i - 1);
    if (before === 'class' || before === 'def') return false;
    if (v !== 'FacebookRequest') {
      // A name given by `as` (hunt LP31): bare, never after a dot.
      if (this.member(i - 1)) return false;
      this.fbAliases ??= fbRequestAliases(this.src);
      return this.fbAliases.requests.has(v);
    }
    if (this.member(i - 1)) {
      this.fbAliases ??= fbRequestAliases(this.src);
      return this.fbAliases.modules.has(this.id(i - 2) ?? '');
    }
    this.fbRequest ??= FB_REQUEST_IMPORT.test(this.src) && !FB_REQUEST_OWN.test(this.src);
    return this.fbRequest;
  }

  /**
   * Python's `FacebookRequest(node_id=…, method=…, endpoint=…)` at token i (facebook_business/api.py: `node_id`,
   * `method`, `endpoint` first, by position or keyword): `method` on the node id's `endpoint`. A method not
   * written there, or an endpoint in a variable, is unresolved.
   */
  protected facebookRequest(i: number): void {
    const p = i + 1;
    const end = this.toks.end[this.partner[p]!]!;
    const args = this.args(p);
    const kw = this.kwargs(args);
    const positional = args.filter((a) => !this.isKwarg(a));
    const nodeArg = kw.get('node_id') ?? positional[0];
    const methodArg = kw.get('method') ?? positional[1];
    const endpointArg = kw.get('endpoint') ?? positional[2];
    const word = methodArg && methodArg[1] === methodArg[0] + 1 ? this.str(methodArg[0]) : undefined;
    const method = word === undefined ? undefined : HTTP_WORDS[word.toUpperCase()];
    if (method === undefined) {
      this.unresolvedCall(i, end, 'POST', METHOD_NOT_READ);
      return;
    }
    const node = nodeArg ? this.pathOf(nodeArg) : undefined;
    if (node && node.unresolved === 'variable edge' && node.segments.length <= 1) node.unresolved = undefined;
    const edge = endpointArg ? this.pathOf(endpointArg) : { segments: [], empty: true };
    // The endpoint is the edge's name (`'/messages'`): a variable there is a variable edge.
    const named = endpointArg !== undefined && endpointArg[1] === endpointArg[0] + 1 && this.id(endpointArg[0]) !== undefined;
    const edgeWhy = named || edge?.segments.some((g) => 'ph' in g) ? 'variable edge' : edge?.unresolved;
    if (!node || node.unresolved || node.segments.length !== 1 || !edge || edgeWhy) {
      this.unresolvedCall(i, end, method, node?.unresolved ?? edgeWhy ?? 'computed path');
      return;
    }
    this.push(this.toks.start[i]!, end, method, { segments: [...node.segments, ...edge.segments], empty: false }, 'sdk');
  }

  /** A client call from token i to offset `end` whose path or method is not read here: pushed unresolved (`why`). */
  protected unresolvedCall(i: number, end: number, method: HttpMethod, why: string): true {
    this.push(this.toks.start[i]!, end, method, { segments: [], unresolved: why, empty: false }, 'client');
    return true;
  }

  protected push(start: number, end: number, method: HttpMethod, seg: Segmented, via: CallSite['via'], node?: string, more: FieldsRead = noFields()): void {
    const fields = [...new Set([...(seg.fields ?? []), ...more.names])].slice(0, MAX_CALL_FIELDS);
    const nested = { ...(seg.fieldsNested ?? {}), ...more.nested };
    const unread = more.unread > 0 || seg.fieldsUnread === true;
    this.out.push({
      start,
      end,
      method,
      segments: seg.unresolved ? null : seg.segments,
      via,
      ...(node ? { node } : {}),
      ...(seg.unresolved ? { reason: seg.unresolved } : {}),
      ...(fields.length > 0 ? { fields } : {}),
      ...(Object.keys(nested).length > 0 ? { fieldsNested: nested } : {}),
      ...(unread ? { fieldsUnread: true } : {}),
      ...(seg.instagram ? { host: 'graph.instagram.com' as const } : {}),
    });
  }

  /**
   * The fields the call whose `(` is token p asks for among its arguments (`{ fields: 'a,b' }`,
   * `params={'fields': ['a']}`, `'fields' => '…'`, `Parameter.with("fields", "…")`,
   * `Parameter.withFields("…")`, a parameters variable of the file: `params=params`), within WINDOW
   * tokens; tokens [skipA, skipB] (the URL itself) are passed over, and so are calls among the arguments
   * (a callback's own request, a logger) but those that build parameters (`dict(…)`, `Parameter.with(…)`),
   * and function bodies. An argument that could carry fields but cannot be read (a variable with no
   * literal value here, a call) counts as unread (`acc.unread`).
   */
  protected fieldsInCall(p: number, skipA = -1, skipB = -1, acc: FieldsRead = noFields(), depth = 0): FieldsRead {
    if (p < 0 || !(this.op(p, '(') || this.op(p, '{') || this.op(p, '['))) return acc;
    const close = this.partner[p]!;
    const end = close === -1 ? Math.min(this.toks.length, p + WINDOW) : Math.min(close, p + WINDOW);
    for (let k = p + 1; k < end; k++) {
      if (k >= skipA && k <= skipB) continue;
      if (!step(acc)) return acc;
      if (this.op(k, '(') && this.partner[k]! > k) {
        const callee = this.id(k - 1);
        if (callee !== undefined || this.op(k - 1, ')') || this.op(k - 1, ']')) {
          if (callee === undefined || !(PARAM_BUILDERS.test(callee) || this.ktorParametersAppend(k - 1))) {
            // A call's result passed as the parameters (`fetch(url, options())`) may hold fields.
            if (this.paramsSlot(k - 1, p) && PARAMS_NAME.test(bare(callee ?? '')) && this.argEnd(this.partner[k]! + 1, close)) acc.unread++;
            k = this.partner[k]!;
          }
          continue;
        }
      }
      // A function body (`=> { … }`, `function (…) { … }`): another scope's values.
      if (this.op(k, '{') && (this.op(k - 1, '=>') || this.op(k - 1, ')')) && this.partner[k]! > k) {
        k = this.partner[k]!;
        continue;
      }
      const t = this.id(k);
      if (t === 'withFields' && this.op(k + 1, '(')) {
        acc.found++;
        this.readFields(k + 2, acc, depth);
        continue;
      }
      if ((this.str(k) ?? t) === 'fields') {
        const sep = this.kind(k + 1) === OP ? this.toks.v[k + 1] : undefined;
        // JavaScript's shorthand `{ id, fields }`, `{ fields, access_token }`: the variable's value.
        if ((sep === '}' || sep === ',') && t !== undefined && this.lang === 'js' && (this.op(k - 1, '{') || this.op(k - 1, ',')) && this.op(this.inBracket[k]!, '{')) {
          acc.found++;
          this.readFields(k, acc, depth);
          continue;
        }
        // `'fields', '…'` (a builder's arguments: `Parameter.with`, `params.put`) only with the key a string.
        if (sep === ':' || sep === '=' || sep === '=>' || (sep === ',' && this.str(k) !== undefined)) {
          acc.found++;
          this.readFields(k + 2, acc, depth);
        }
        continue;
      }
      // JavaScript's shorthand `{ params }`, `{ query }`: the variable's value is the parameters.
      if (t !== undefined && this.lang === 'js' && PARAMS_KEY.test(t) && (this.op(k - 1, '{') || this.op(k - 1, ',')) && (this.op(k + 1, '}') || this.op(k + 1, ','))) {
        const v = depth < 2 ? this.valueOf(t, k) : -1;
        if (v !== -1 && (this.op(v, '{') || (this.id(v) !== undefined && PARAM_BUILDERS.test(this.id(v)!) && this.op(v + 1, '(')))) this.fieldsInCall(this.id(v) !== undefined ? v + 1 : v, -1, -1, acc, depth + 1);
        else if (v === -1 || this.madeByCall(v)) acc.unread++;
        // `params.fields = …` after it is made.
        if (v !== -1) this.mutatedFields(t, v, k, acc, depth);
        continue;
      }
      // A variable passed whole as an argument (`params=params`, `$fb->get($path, $params)`, `fetch(url, opts)`).
      if (t !== undefined && this.paramsSlot(k, p) && this.argEnd(k + 1, close) && !this.isKeyword(t)) {
        const v = depth < 2 ? this.valueOf(t, k) : -1;
        if (v !== -1 && (this.op(v, '{') || this.op(v, '[') || (this.id(v) !== undefined && PARAM_BUILDERS.test(this.id(v)!) && this.op(v + 1, '(')))) {
          this.fieldsInCall(this.id(v) !== undefined ? v + 1 : v, -1, -1, acc, depth + 1);
        } else if ((v === -1 || this.madeByCall(v)) && (PARAMS_NAME.test(bare(t)) || !this.argStart(k, p))) acc.unread++;
        // `params["fields"] = …`, `params.set('fields', …)` after it is made.
        if (v !== -1) this.mutatedFields(t, v, k, acc, depth);
      }
    }
    return acc;
  }

  /** Kotlin: whether the callee at token c is Ktor's URL builder's `parameters.append` (`url { parameters.append("fields", …) }`). */
  private ktorParametersAppend(c: number): boolean {
    return this.lang === 'java' && this.id(c) === 'append' && this.member(c - 1) && this.id(c - 2) === 'parameters';
  }

  /** Whether the value at token v is what a call returns (`build_params()`, `self.defaults()`): parameters not read here. */
  private madeByCall(v: number): boolean {
    let c = v;
    if (this.id(c) === 'await' || this.id(c) === 'new') c++;
    while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
    return this.id(c) !== undefined && this.op(c + 1, '(') && !PARAM_BUILDERS.test(this.id(c)!) && !LIST_MAKERS.test(this.id(c)!);
  }

  /**
   * Fields set on the variable `name` by statements between tokens `from` and `to` (after its value, before
   * the call that sends it), into `acc`: `params['fields'] = …`, `params[:fields] = …`, `params.fields = …`,
   * `u.searchParams.set('fields', …)` (also `append`, and a map's `put`/`add`), Python's
   * `params.update({...})` / `params.update(fields=…)`. A key not read (`params[key] = v`,
   * `u.searchParams.set(k, v)`), a merge of a value not read (`params.update(extra)`) or a new query
   * (`u.search = …`) may set any field: unread. At most MAX_USES statements per call.
   */
  private mutatedFields(name: string, from: number, to: number, acc: FieldsRead, depth: number): void {
    const m = this.mutationIndex().get(bare(name));
    if (!m) return;
    // The value the call sends, and where it is made: a statement sets its fields when that value is the one
    // it sees, and it runs in the call's function or where the value is made (a module's setup). A statement
    // of another function on its own variable of the name sets nothing here; one not placed so (another
    // function's, a callback's, on what may be this value) may set any field.
    const made = this.valueOf(name, from + 1);
    const madeIn = made === -1 ? -1 : this.scopeOf(made);
    const callIn = this.scopeOf(to);
    for (let n = lowerBound(m.at, from + 1), seen = 0; n < m.at.length && m.at[n]! < to && seen < MAX_USES; n++, seen++) {
      if (!step(acc)) return;
      const at = m.at[n]!;
      const seenThere = this.valueOf(name, at);
      const here = this.scopeOf(at);
      if (seenThere !== made) {
        const own = seenThere === -1 ? -1 : this.scopeOf(seenThere);
        // Another function's own variable (`const params = …` in igParams()).
        if (own !== -1 && own === here && !this.inScope(own, to) && this.declaresValue(name, seenThere)) continue;
        acc.unread++;
        continue;
      }
      if (here !== callIn && (made === -1 || here !== madeIn)) {
        acc.unread++;
        continue;
      }
      const v = m.value[n]!;
      if (v === -1) acc.unread++;
      else if (m.merge[n]) this.mergedFields(v, acc, depth);
      else {
        acc.found++;
        this.readFields(v, acc, depth + 1);
      }
    }
  }

  /** The arguments of a merge into a parameters value (`params.update(…)`, whose `(` is token p), into `acc`. */
  private mergedFields(p: number, acc: FieldsRead, depth: number): void {
    const args = this.args(p);
    const [x, y] = args[0] ?? [p + 1, p + 1];
    // `params.update(extra)`: a dict of the file, or one not read.
    if (args.length === 1 && y === x + 1 && this.id(x) !== undefined) {
      const v = depth < 2 ? this.valueOf(this.id(x)!, x) : -1;
      if (v !== -1 && this.op(v, '{')) this.fieldsInCall(v, -1, -1, acc, depth + 1);
      else acc.unread++;
      return;
    }
    this.fieldsInCall(p, -1, -1, acc, depth + 1);
  }

  /**
   * Where variables have fields set after they are made (mutatedFields), by bare name, in token order: the
   * statement's first token, where the value starts (-1: may set any field; for a merge, its `(`). Made at
   * the first need, in one pass.
   */
  private mutationIndex(): Map<string, { at: number[]; value: number[]; merge: boolean[] }> {
    if (this.mutations) return this.mutations;
    const out = new Map<string, { at: number[]; value: number[]; merge: boolean[] }>();
    const add = (i: number, value: number, merge = false) => {
      const n = bare(this.id(i)!);
      const m = out.get(n) ?? out.set(n, { at: [], value: [], merge: [] }).get(n)!;
      m.at.push(i);
      m.value.push(value);
      m.merge.push(merge);
    };
    for (let i = 0; i + 3 < this.toks.length; i++) {
      if (this.kind(i) !== ID) continue;
      // `params['fields'] = …`, `params[:fields] = …` (Ruby), `params[key] = …`.
      if (this.op(i + 1, '[')) {
        const c = this.partner[i + 1]!;
        if (c <= i + 2 || !this.op(c + 1, '=')) continue;
        const key = c === i + 3 ? this.str(i + 2) : c === i + 4 && this.op(i + 2, ':') ? this.id(i + 3) : undefined;
        if (key === 'fields') add(i, c + 2);
        else if (key === undefined && this.kind(i + 2) !== STR && this.kind(i + 2) !== NUM && !(this.op(i + 2, ':') && c === i + 4)) add(i, -1);
        continue;
      }
      if (!this.member(i + 1)) continue;
      let k = i;
      // `u.searchParams.set(…)`: the URL's own parameters.
      if (this.id(k + 2) === 'searchParams' && this.member(k + 3)) k += 2;
      const what = this.id(k + 2);
      if (what === undefined) continue;
      // `params.fields = …`; `u.search = …` (a new query).
      if (k === i && this.op(i + 3, '=')) {
        if (what === 'fields') add(i, i + 4);
        else if (what === 'search') add(i, -1);
        else if (what === 'query' && this.lang === 'ruby') this.rubyQuerySet(i, add);
        continue;
      }
      if (!this.op(k + 3, '(') || this.partner[k + 3]! <= k + 3) continue;
      if (what === 'update' && k === i && this.lang === 'python') {
        add(i, k + 3, true);
        continue;
      }
      if (!/^(?:set|append|put|add)$/.test(what)) continue;
      const args = this.args(k + 3);
      if (args.length !== 2) continue;
      const key = this.str(args[0]![0]);
      if (key === 'fields' && args[0]![1] === args[0]![0] + 1) add(i, args[1]![0]);
      else if (key === undefined && this.kind(args[0]![0]) !== STR && this.kind(args[0]![0]) !== NUM) add(i, -1);
    }
    this.mutations = out;
    return out;
  }

  /**
   * fieldsInCall, and in Kotlin also the request's Ktor builder lambda (`client.get(url) { parameter("fields",
   * "…") }`, `client.get { url(…); parameter(…) }`).
   */
  protected callFields(p: number, skipA: number, skipB: number): FieldsRead {
    const acc = this.fieldsInCall(p, skipA, skipB);
    const at = this.lang === 'java' && p >= 0 ? this.ktorBlock(p) : undefined;
    if (at && (at.trailing || (at.recv === undefined && at.open !== -1))) this.fieldsInCall(at.open, -1, -1, acc);
    if ((this.lang === 'php' || this.lang === 'ruby') && p >= 0) this.builderFields(p, acc);
    return acc;
  }

  /**
   * Fields set on the request builder of the call whose `(` is p: Laravel's `->withQueryParameters(['fields' =>
   * …])` earlier in its chain (at most 8 links back), Faraday's request block `conn.get(id) { |req|
   * req.params['fields'] = … }` (or `do |req| … end`, bounded).
   */
  private builderFields(p: number, acc: FieldsRead): void {
    if (this.lang === 'php') {
      let c = this.calleeAt(p);
      for (let n = 0; n < 8 && this.member(c - 1) && this.op(c - 2, ')') && this.partner[c - 2]! > 0; n++) {
        const o = this.partner[c - 2]!;
        if (this.id(o - 1) === 'withQueryParameters') this.fieldsInCall(o, -1, -1, acc);
        c = o - 1;
      }
      return;
    }
    const close = this.partner[p]!;
    if (close <= p || !(this.op(close + 1, '{') || this.id(close + 1) === 'do')) return;
    const stop = Math.min(this.toks.length, this.op(close + 1, '{') && this.partner[close + 1]! > close ? this.partner[close + 1]! : close + WINDOW);
    for (let k = close + 2; k < stop && this.id(k) !== 'end'; k++) {
      // `req.params['fields'] = …`, `req.params[:fields] = …`.
      const key = this.str(k) ?? (this.op(k, ':') ? this.id(++k) : undefined);
      if (key !== 'fields' || !this.op(k + 1, ']') || !this.op(k + 2, '=')) continue;
      const open = this.op(k - 1, ':') ? k - 2 : k - 1;
      if (!this.op(open, '[') || this.id(open - 1) !== 'params') continue;
      acc.found++;
      this.readFields(k + 3, acc, 0);
    }
  }

  /**
   * Whether token k starts a value that may carry the call's parameters: an argument of the call opened at
   * p (after its `(` or a `,`), or the value of a key named for them (`params=`, `query:`, `'options' =>`).
   */
  private paramsSlot(k: number, p: number): boolean {
    if (k - 1 === p || this.op(k - 1, ',')) return true;
    if (!(this.op(k - 1, '=') || this.op(k - 1, ':') || this.op(k - 1, '=>'))) return false;
    const key = this.id(k - 2) ?? this.str(k - 2);
    return key !== undefined && PARAMS_KEY.test(key);
  }

  /**
   * For a URL `parts` (its host `hostLength` characters long) that is the Graph base URL (host, version,
   * slash) followed by a parameter of the named function around it (`` fetch(`${this.baseUrl}${path}`, { method }) ``
   * in `request(method, path)`, `requests.request(method, f"{GRAPH}/{path}")` in `def _call(self, method,
   * path)`): a call at each call site of that function in the file, its URL the base and the path given
   * there (`this.request('POST', `/${catalogId}/products`)`), its method the one read there (a method
   * argument, else the helper's own). Undefined when the URL is no such helper's; 'private' when every one
   * of its call sites was read and the function is private to the file (TypeScript's, Java's, Kotlin's and
   * PHP's `private`, a `#name`, Python's `_name`): its own request then needs nothing of its own.
   */
  private helperPathCalls(e: Expr, parts: Part[], hostLength: number): 'private' | 'public' | undefined {
    const scope = this.scopeOf(e.first);
    if (scope === -1) return undefined;
    const h = parts.findIndex((x) => 'hole' in x);
    if (h < 1) return undefined;
    let prefix = '';
    for (let k = 0; k < h; k++) prefix += (parts[k] as { lit: string }).lit;
    if (!/^(?:\/v\d{1,3}\.\d{1,2})?\/?$/i.test(prefix.slice(hostLength))) return undefined;
    const name = holeName((parts[h] as { hole: string }).hole);
    const params = this.parameterList(scope);
    const index = name === undefined ? -1 : params.indexOf(name);
    const helper = this.definitionAt(scope);
    if (index === -1 || helper === undefined) return undefined;
    if (this.helperPaths.has(scope)) return this.helperPaths.get(scope);
    this.helperPaths.set(scope, undefined);
    const end = this.lang === 'python' || this.lang === 'ruby' ? (this.scopeEnds.get(scope) ?? this.toks.length) : this.partner[scope]!;
    // Python's methods are called without their `self`.
    const selfFirst = this.lang === 'python' && (params[0] === 'self' || params[0] === 'cls');
    let sites = 0;
    let read = 0;
    // Every site read, and the helper named nowhere but in its calls (`partial(self._call, "DELETE")`,
    // `this.request.call(this, …)` pass it on): only then does its own request need nothing of its own.
    const calls = this.callIndex().get(helper) ?? [];
    let whole = this.nameCount(helper) === calls.length;
    // The method the helper's own request sends: fixed (`requests.post(f"{GRAPH}/{path}")`), or given by the
    // caller ('unknown': a method parameter, read at each site; a site that gives none is *unresolved*).
    // (A URL kept in a local first, `url = f"{GRAPH}/{path}"`: the method of the requests that send the local.)
    const local = this.inCall[e.first] === -1 ? this.definedName(e.first) : undefined;
    // A URL builder (`def _url(path): return f"{GRAPH}/{path}"`, `function graphUrl(p) { const u = …; return u }`)
    // sends nothing: its value is the URL, sent where each call site's value goes (builderSite).
    const builder = local === undefined ? this.returnedWhole(e.first, e.last) : this.onlyReturned(local, e.first, e.last);
    let own: HttpMethod | 'unknown' = 'unknown';
    if (builder) own = 'unknown';
    else if (local === undefined) own = this.methodAround(e.first, e.last);
    else {
      let seen: HttpMethod | 'unknown' | undefined;
      for (const u of this.usesSeen(local, e.first, e.last)) {
        const m = this.methodAround(u, u);
        seen = seen === undefined || seen === m ? m : 'unknown';
      }
      own = seen ?? 'unknown';
    }
    // Go: the helper's own call sites by the type of the value each is called on (goSites): a method's on a value
    // of its type, a function's bare; a call on a value of another type, or whose type is not told, is none of them.
    const go = this.lang === 'go' ? this.goSites(helper) : undefined;
    const goType = go ? (this.goReceiver(scope)?.type ?? GO_FUNCTION) : undefined;
    if (go && goType !== undefined) {
      if (go.sites.size > (go.sites.has(goType) ? 1 : 0)) whole = false;
      if (goType !== GO_FUNCTION) this.goUntoldSites(go, scope, index, own);
    }
    for (const p of go && goType !== undefined ? (go.sites.get(goType) ?? []) : calls) {
      const t = this.calleeAt(p);
      if (t > scope && t <= end) continue;
      const recv = this.member(t - 1) ? this.id(t - 2) : undefined;
      if (!go && this.member(t - 1) && !/^(?:this|self|\$this|static|cls)$/.test(recv ?? '')) continue;
      // The definition itself (`def _call(self, …)`, `request(method, path) {`) is no call.
      if (this.id(t - 1) === 'def' || this.id(t - 1) === 'function' || this.id(t - 1) === 'fun' || this.id(t - 1) === 'func' || p === this.parameterOpen(scope)) continue;
      // Another class's `this.request(…)`, a bare `request(…)` where the helper is a method: not the helper.
      if (!go && !this.callsHelper(t, scope)) continue;
      if (sites >= MAX_USES) {
        whole = false;
        break;
      }
      const args = this.args(p);
      const at = selfFirst && recv !== undefined ? index - 1 : index;
      // Python's keyword argument (`self._call(path=f"…", method="POST")`) before the position.
      const byName = this.lang === 'python' ? this.kwargs(args).get(params[index]!) : undefined;
      const arg = byName ?? (args[at] && !this.isKwarg(args[at]!) ? args[at] : undefined);
      sites++;
      if (!arg) continue;
      const [x, y] = arg;
      const passed = this.delegatedPathCalls(parts, h, hostLength, p, arg);
      if (passed !== undefined) {
        if (passed) read++;
        continue;
      }
      const path = this.argParts([x, y]);
      if (!path) {
        const mark = this.out.length;
        this.push(this.toks.start[x]!, this.toks.end[y - 1]!, 'GET', { segments: [], unresolved: 'computed path', empty: false }, 'url');
        for (const c of this.out.splice(mark)) this.later.push(c);
        continue;
      }
      const full = [...parts.slice(0, h), ...this.resolve(path, x), ...parts.slice(h + 1)];
      const head = full[0] as { lit: string };
      const stripped = stripVersion([{ lit: head.lit.slice(hostLength) }, ...full.slice(1)]);
      if (stripped === null) continue;
      const seg = segmentize(stripped);
      if (seg.empty) continue;
      if (isInstagramHost(HOST.exec(head.lit)?.[1] ?? '')) seg.instagram = true;
      if (builder) {
        if (this.builderSite(t, p, x, y, seg) && seg.unresolved === undefined) read++;
        continue;
      }
      const method = seg.method ?? (own !== 'unknown' ? own : (this.literalMethodIn(p, x, y - 1) ?? 'unknown'));
      const fields = this.callFields(p, x, y - 1);
      const mark = this.out.length;
      this.pushSent(x, y - 1, method, this.withQuery(seg, x, fields), fields);
      for (const c of this.out.splice(mark)) this.later.push(c);
      if (method !== 'unknown' && seg.unresolved === undefined) read++;
    }
    const verdict = whole && this.privateDefinition(scope, helper) && sites > 0 && read === sites ? 'private' : 'public';
    this.helperPaths.set(scope, verdict);
    return verdict;
  }

  /**
   * Go: the sites of a method that types of the file each define (`x.do(…)` with `func (a *A) do` and `func (b *B)
   * do`) called on a value whose type is not told, for the helper whose scope opens at `scope` (its own request
   * `own`, its path the parameter at `index`): each an *unresolved* call at its path, which helper it calls not
   * read. Where the number of arguments fits the helper (a variadic one: at least all but the last); the first
   * MAX_USES of them.
   */
  private goUntoldSites(go: { sites: Map<string, number[]>; methods: number; untold: Set<number> }, scope: number, index: number, own: HttpMethod | 'unknown'): void {
    if (go.methods < 2) return;
    const arity = this.parameterList(scope).length;
    const variadic = this.goVariadic(scope);
    const list = go.sites.get(GO_UNTOLD) ?? [];
    for (let n = 0; n < list.length && n < MAX_USES; n++) {
      const p = list[n]!;
      const args = this.args(p);
      if (go.untold.has(p) || !(args.length === arity || (variadic && args.length >= arity - 1)) || args[index] === undefined) continue;
      go.untold.add(p);
      const [x, y] = args[index]!;
      const mark = this.out.length;
      const method = this.literalMethodIn(p, x, y - 1) ?? (own !== 'unknown' ? own : 'GET');
      this.push(this.toks.start[x]!, this.toks.end[y - 1]!, method, { segments: [], unresolved: GO_AMBIGUOUS_METHOD_REASON, empty: false }, 'url');
      for (const c of this.out.splice(mark)) this.later.push(c);
    }
  }

  /**
   * A Graph URL (tokens [first, last], its value starting at a) that its function returns: a call where each call
   * site of the function in this file sends its value (builderSite); and, unless the function is private to the
   * file and every site was read, one call at the URL whose method is not read (callers elsewhere send it: a GET
   * would pass a write).
   */
  private returnedUrl(first: number, last: number, a: number, seg: Segmented, sitesToo: boolean): void {
    const scope = this.scopeOf(a);
    const helper = scope === -1 ? undefined : this.definitionAt(scope);
    let sites = 0;
    let read = 0;
    // (Go: a function's bare calls in this file; a method's, on values of its type, are not told here.)
    if (helper !== undefined && sitesToo && !(this.lang === 'go' && this.goReceiver(scope) !== undefined)) {
      for (const p of this.ownCallSites(scope, helper)) {
        const t = this.calleeAt(p);
        if (++sites > MAX_USES) break;
        if (this.builderSite(t, p, this.member(t - 1) && this.id(t - 2) !== undefined ? t - 2 : t, this.partner[p]! + 1, seg)) read++;
      }
    }
    if (helper !== undefined && sites > 0 && sites <= MAX_USES && read === sites && this.nameCount(helper) === (this.callIndex().get(helper)?.length ?? 0) && this.privateDefinition(scope, helper)) return;
    const fields = noFields();
    this.pushSent(first, last, 'unknown', this.withQuery(seg, first, fields), fields);
  }

  /**
   * A URL builder's call site (the callee at t, `(` at p, the path argument [x, y)) whose URL is `seg`: a call
   * where the value goes: the request it is an argument of (`requests.post(_url(…))`), or each request a
   * variable holding it is passed to (`url = _url(…)` … `requests.post(url)`); else a call whose method is not
   * read. True when each was read with its method.
   */
  private builderSite(t: number, p: number, x: number, y: number, seg: Segmented): boolean {
    const a = this.member(t - 1) && this.id(t - 2) !== undefined ? t - 2 : t;
    const b = this.partner[p]!;
    const name = this.inCall[a] === -1 ? this.definedName(a) : undefined;
    const mark = this.out.length;
    let read = true;
    if (name !== undefined) {
      const uses = this.usesSeen(name, a, b);
      for (const use of uses) {
        const fields = this.callFields(this.inCall[use]!, use, use);
        this.mutatedFields(name, b, use, fields, 0);
        const m = this.inCall[use] === -1 ? 'unknown' : (this.connectionMethod(use, use) ?? this.methodAround(use, use, seg.method));
        if (m === 'unknown') read = false;
        this.pushSent(use, use, m, this.withQuery(seg, use, fields), fields);
      }
      if (uses.length === 0) {
        read = false;
        this.pushSent(x, y - 1, 'unknown', seg, noFields());
      }
    } else if (this.inCall[a] !== -1) {
      // Through the URL's wrappers (`new URL(feedUrl(id))`, `URI(feed_url(id))`, `URI.create(…)`; hunt Z-5) to the
      // call that takes it: the request only when the value is its URL argument (a value in its data, `json={"target":
      // _url(id)}`, or a call that is no request, `_retry(requests.delete, _url(id))`, sends it who knows how:
      // a call whose method is not read; hunt Z-2).
      let c = a;
      let d = b;
      for (let k = 0; k < 3; k++) {
        const q = this.inCall[c]!;
        if (q === -1 || !URL_WRAPPERS.test(this.id(q - 1) ?? '') || this.partner[q] === -1 || this.rubyRequestClass(q) !== undefined) break;
        c = q - 1;
        while (this.member(c - 1) && this.id(c - 2) !== undefined) c -= 2;
        if (this.id(c - 1) === 'new') c--;
        d = this.partner[q]!;
      }
      const q = this.inCall[c]!;
      const arg = q === -1 || this.inBracket[c] !== q ? undefined : this.args(q).find(([u, v]) => u <= c && d < v);
      const sent = q !== -1 && this.requestCallee(q) && arg !== undefined && this.urlArgument(arg) && (arg[0] === c || this.isKwarg(arg)) && (this.args(q)[0]?.[0] === arg[0] || this.isKwarg(arg) || this.methodSlot(q, this.id(this.calleeAt(q))) !== undefined || this.id(this.calleeAt(q)) === 'request');
      const fields = sent ? this.callFields(q, c, d) : noFields();
      const m = sent ? (this.connectionMethod(c, d) ?? this.methodAround(c, d, seg.method)) : 'unknown';
      if (m === 'unknown') read = false;
      this.pushSent(x, y - 1, m, this.withQuery(seg, x, fields), fields);
    } else {
      read = false;
      this.pushSent(x, y - 1, 'unknown', seg, noFields());
    }
    for (const c of this.out.splice(mark)) this.later.push(c);
    return read;
  }

  /**
   * A URL of a request helper kept in a local first (`url = f"{GRAPH}/{path}"`, `` const url = `${BASE}${path}` ``)
   * and sent there: helperPathCalls, for a local of a function that is passed to a call in it. True when the
   * helper is private to the file and every call site was read (its own request then needs nothing).
   */
  private localHelperPath(e: Expr, parts: Part[], hostLength: number, name: string, a: number, b: number): boolean {
    const scope = this.scopeOf(a);
    if (scope === -1 || (this.usesSeen(name, a, b).length === 0 && !this.onlyReturned(name, a, b))) return false;
    return this.helperPathCalls(e, parts, hostLength) === 'private';
  }

  /**
   * A request helper's call site p (helperPathCalls) that passes its path on from a parameter of its own
   * function, a helper too (`post(path, body) { return this.call('POST', path, body) }`): a call at each call
   * site of that function instead, with the path given there and the method read at p (else at that site).
   * Undefined when p is no such site; else whether every call was read and that function is private to the file.
   */
  private delegatedPathCalls(parts: Part[], h: number, hostLength: number, p: number, [x, y]: [number, number]): boolean | undefined {
    if (y !== x + 1 || this.id(x) === undefined) return undefined;
    const scope = this.scopeOf(p);
    if (scope === -1) return undefined;
    const params = this.parameterList(scope);
    const index = params.indexOf(bare(this.id(x)!));
    const helper = this.definitionAt(scope);
    // A parameter that is a path by itself (`self._call("GET", page_id)`: `/{page-id}`) is read here.
    if (index === -1 || helper === undefined || this.pathOf([x, y])?.unresolved === undefined) return undefined;
    const end = this.lang === 'python' || this.lang === 'ruby' ? (this.scopeEnds.get(scope) ?? this.toks.length) : this.partner[scope]!;
    const selfFirst = this.lang === 'python' && (params[0] === 'self' || params[0] === 'cls');
    const sites: [number, [number, number] | undefined][] = [];
    for (const q of this.callIndex().get(helper) ?? []) {
      if (sites.length >= MAX_USES) break;
      const t = this.calleeAt(q);
      if (t > scope && t <= end) continue;
      const recv = this.member(t - 1) ? this.id(t - 2) : undefined;
      if (this.member(t - 1) && !/^(?:this|self|\$this|static|cls)$/.test(recv ?? '')) continue;
      if (/^(?:def|function|fun|func)$/.test(this.id(t - 1) ?? '') || q === this.parameterOpen(scope)) continue;
      sites.push([q, this.args(q)[selfFirst && recv !== undefined ? index - 1 : index]]);
    }
    // None in the file (callers elsewhere): the path stays not read here.
    if (sites.length === 0) return undefined;
    const inner = this.methodAround(x, x);
    let read = 0;
    for (const [q, arg] of sites) {
      if (!arg) continue;
      const given = this.argParts(arg);
      const full = given ? [...parts.slice(0, h), ...this.resolve(given, arg[0]), ...parts.slice(h + 1)] : undefined;
      const head = full?.[0] as { lit: string } | undefined;
      const path = full && head ? stripVersion([{ lit: head.lit.slice(hostLength) }, ...full.slice(1)]) : null;
      const seg: Segmented = path === null ? { segments: [], unresolved: 'computed path', empty: false } : segmentize(path);
      if (seg.empty) continue;
      if (head && isInstagramHost(HOST.exec(head.lit)?.[1] ?? '')) seg.instagram = true;
      const method = inner === 'unknown' ? this.methodAround(arg[0], arg[1] - 1, seg.method) : inner;
      const fields = this.callFields(q, arg[0], arg[1] - 1);
      const mark = this.out.length;
      this.pushSent(arg[0], arg[1] - 1, method, this.withQuery(seg, arg[0], fields), fields);
      for (const c of this.out.splice(mark)) this.later.push(c);
      if (method !== 'unknown' && seg.unresolved === undefined) read++;
    }
    return this.privateDefinition(scope, helper) && read === sites.length;
  }

  /**
   * Ktor's `client.post { url("$id/replies") }` (also `get`, `delete`, `request { method = …; url(…) }`) at the
   * `url` token i, on a client made with a Graph `defaultRequest { url(GRAPH) }`: the relative path is a Graph
   * path. False when the URL is a full one (the URL pass reads it) or the client is no Graph client.
   */
  protected ktorRelativeUrl(i: number): boolean {
    const p = i + 1;
    if (!this.op(p, '(') || this.partner[p]! <= p || this.member(i - 1)) return false;
    const block = this.ktorBlock(p);
    if (!block || block.trailing || block.open === -1 || block.recv !== undefined) return false;
    const o = block.open;
    const q = this.op(o - 1, ')') && this.partner[o - 1]! >= 0 ? this.partner[o - 1]! : -1;
    const c = q !== -1 ? this.calleeAt(q) : o - 1;
    if (!/^(?:get|post|put|patch|delete|request)$/.test(this.id(c) ?? '') || !this.member(c - 1) || this.id(c - 2) === undefined) return false;
    const client = this.baseClientAt(bare(this.id(c - 2)!), c - 2);
    const args = this.args(p);
    if (!client || args.length !== 1) return false;
    const [x, y] = args[0]!;
    const seg = this.pathOf([x, y]);
    if (!seg || seg.host || seg.empty) return false;
    const method = this.methodAround(x, y - 1, seg.method);
    if (method === 'unknown') return this.unresolvedCall(x, this.toks.end[y - 1]!, 'GET', METHOD_NOT_READ);
    this.markTaken([x, y]);
    this.push(this.toks.start[x]!, this.toks.end[y - 1]!, method, client.instagram ? { ...seg, instagram: true } : seg, 'client', undefined, this.callFields(p, x, y - 1));
    return true;
  }

  /** Whether the URL expression ending at token b is sent where it stands (`URL(…).readText()`, `new URL(…).openConnection()`): no variable's value. */
  private usedInPlace(b: number): boolean {
    return this.lang === 'java' && this.member(b + 1) && URL_OPENERS.test(this.id(b + 2) ?? '') && this.op(b + 3, '(');
  }

  /**
   * A URL given to a Java/Kotlin URL builder and the builder's chain (Spring's
   * `UriComponentsBuilder.fromHttpUrl(u).pathSegment(id, "leads").queryParam("fields", …).toUriString()`,
   * OkHttp's `HttpUrl.parse(u).newBuilder().addPathSegment(…).addQueryParameter("fields", …).build()` and
   * Kotlin's `u.toHttpUrl().newBuilder()…`): the whole chain as one URL expression, its path segments
   * appended and its `fields` as the query's; undefined when the URL is given to no builder.
   */
  private builtUrl(e: Expr): Expr | undefined {
    let first = e.first;
    let last = e.last;
    const p = this.inCall[e.first]!;
    if (p !== -1 && p === e.first - 1 && this.partner[p] === e.last + 1) {
      const c = this.calleeAt(p);
      if (this.member(c - 1) && URL_BUILDER_ROOT.test(`${this.id(c - 2) ?? ''}.${this.id(c) ?? ''}`)) [first, last] = [c - 2, e.last + 1];
    } else if (this.member(e.last + 1) && /^toHttpUrl(?:OrNull)?$/.test(this.id(e.last + 2) ?? '') && this.op(e.last + 3, '(') && this.partner[e.last + 3] === e.last + 4) last = e.last + 4;
    if (last === e.last) return undefined;
    const path: Part[] = [];
    const acc = noFields();
    for (let links = 0; links < 24 && this.member(last + 1) && this.id(last + 2) !== undefined && this.op(last + 3, '(') && this.partner[last + 3]! > last + 3; links++) {
      const m = this.id(last + 2)!;
      const args = this.args(last + 3);
      if (/^(?:pathSegment|path|addPathSegments?|addEncodedPathSegments?)$/.test(m)) {
        for (const arg of args) {
          path.push({ lit: '/' });
          pushAll(path, this.argParts(arg) ?? [{ hole: '' }]);
        }
      } else if (/^(?:queryParam|addQueryParameter|setQueryParameter|addEncodedQueryParameter|setEncodedQueryParameter)$/.test(m)) {
        const key = args[0] && args[0][1] === args[0][0] + 1 ? this.str(args[0][0]) : undefined;
        if (key === 'fields') {
          acc.found++;
          for (const v of args.slice(1)) this.readFields(v[0], acc, 0);
        } else if (key === undefined) acc.unread++;
      } else if (/^(?:queryParams|query|encodedQuery|replaceQuery|replaceQueryParam)$/.test(m)) acc.unread++;
      else if (/^(?:replacePath|host|scheme|uri|uriComponents)$/.test(m)) break;
      last = this.partner[last + 3]!;
    }
    const parts = this.resolve(e.parts, e.first);
    const query = parts.some((x) => 'lit' in x && x.lit.includes('?'));
    if (!query) pushAll(parts, path);
    if (acc.names.length > 0 || acc.unread > 0) parts.push({ lit: `${query ? '&' : '?'}fields=${acc.names.join(',')}` }, ...(acc.unread > 0 ? [{ hole: '' }] : []));
    return { parts, first, last };
  }

  /**
   * Ruby's `uri.query = URI.encode_www_form(fields: …, …)` (or `encode_www_form(params)`, a hash of the file) at
   * name token i: a new query, whose fields are the form's (a merge); any other value may set any field.
   */
  private rubyQuerySet(i: number, add: (i: number, value: number, merge?: boolean) => void): void {
    let c = i + 4;
    while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
    if (this.id(c) === 'encode_www_form' && this.op(c + 1, '(') && this.partner[c + 1]! > c + 1) add(i, c + 1, true);
    else add(i, -1);
  }
}

/** A Retrofit `baseUrl(…)`: Graph's (`host`: whether graph.instagram.com) or not (undefined). */
interface RetrofitBase {
  host: boolean | undefined;
}

/** A file's Retrofit clients: whether it names Retrofit, its base URLs, the interfaces each creates, a Graph base constant. */
interface RetrofitIndex {
  named: boolean;
  bases: RetrofitBase[];
  created: Map<string, RetrofitBase[]>;
  constant?: boolean;
}

/**
 * Names of a value passed whole that may hold a call's parameters (`opts`, `params`, `buildQuery()`): one
 * with no literal value in the file makes the call's fields unread. Any other name (`handleResponse`,
 * `$accessToken`) is not.
 */
const PARAMS_NAME = /param|option|opts|quer|args|field|config|conf|settings|data|body|request|req$/i;
/** Keys whose value is a call's parameters (where a `fields` list may be). */
const PARAMS_KEY = /^(?:params|parameters|query|qs|searchParams|data|options|opts|args|kwargs|body|form|request)$/i;
/** Calls among a call's arguments that build its parameters (read for fields, not passed over). */
const PARAM_BUILDERS = /^(?:dict|array|Params|with|withFields|URLSearchParams|http_build_query|of|mapOf|hashMapOf|Map|ImmutableMap|urlencode|merge|assign|queryParam|parameter)$/;

const GO_AMBIGUOUS_METHOD_REASON = 'a method that types of the file each define, called on a value whose type is not told';
