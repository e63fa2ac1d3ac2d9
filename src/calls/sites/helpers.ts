/**
 * Which HTTP method a call sends (`methodAround`, `methodValue`, `optionsMethod`, `connectionMethod`, Ktor's and
 * Go's) and the file's own request helpers (`helperMethod`: a function that sends what it is given; `usesOf`:
 * where a value is used, `requestCallee`: whether a callee sends a request). Start at `methodAround`. Builds on
 * values.ts.
 */
import type { HttpMethod } from '../endpoints.js';
import { lowerBound } from '../../arrays.js';
import { ID, OP, STR } from '../lex.js';
import { bare, type BaseClient, GO_FUNCTION, GO_UNTOLD, HELPER_BODY_TOKENS, HTTP_WORDS, MAX_USES, METHOD_KEY, RETROFIT_ANNOTATION, URL_OPENERS, URL_WRAPPERS, WINDOW } from './common.js';
import { ValueReader } from './values.js';

/** Callees that send a request with a URL argument (besides those named for a method: get, post, …). */
const REQUEST_CALLEES = /^(?:fetch|ofetch|\$fetch|request|axios|got|ky|superagent|urlopen|Request|NewRequest|newRequest|curl_init|file_get_contents|exchange|getForObject|getForEntity|uri|URL|URI|Do|do|open|call|api|send|sendRequest|execute)$/;
/** Java/Kotlin request builders given the URL (OkHttp's `Request.Builder().url(u)`, java.net.http's `HttpRequest.newBuilder(uri)`). */
const JVM_REQUEST_CALLEES = /^(?:url|newBuilder)$/;
/** The code's own request helpers (`_request_with_retry`, `makeApiCall`, `sendGraphRequest`): a Graph URL passed to one is sent. */
const REQUEST_WRAPPER = /request|api_?call|call_?api|graph_?call/i;
/** Links of an `if … else if … else` chain followed for the values of one variable (braceBranchesEnd). */
const MAX_ELSE_LINKS = 64;
/** A request helper's own requests are read through at most this many helpers (helperMethod). */
const HELPER_DEPTH = 2;
/** What a URL object gives as its text (`url.toString()`, `url.href`). */
const URL_ITSELF = /^(?:toString|href|toExternalForm|toURI|String)$/;
/** JavaScript clients whose second argument is the request's options, method included (`fetch(url, init)`). */
const OPTIONS_SECOND = /^(?:fetch|got|ky|axios|request|ofetch|\$fetch|undiciRequest)$/;

/** Ruby's HTTP client classes, whose verbs are called without parentheses (`RestClient.post url, body`), or make the client that is. */
const RUBY_HTTP_CLASS = /^(?:RestClient|HTTParty|HTTP|HTTPX|Faraday|Typhoeus|Excon)$/;

export abstract class HelperReader extends ValueReader {
  /** Go: the names the file's imports may bind (goImports), read on first need. */
  private goImportNames: Set<string> | undefined;
  /** Go: each method name's call sites by the type they are called on (goSites), built on first need. */
  private goSiteIndex: Map<string, { sites: Map<string, number[]>; methods: number; untold: Set<number> }> | undefined;
  /** HTTP clients made with a Graph base URL (`axios.create({ baseURL })`, Guzzle's `base_uri`): by name. */
  protected baseClients = new Map<string, BaseClient[]>();
  /** Methods of the file's request helpers, by their scope's opening token (helperMethod). */
  private helperMethods = new Map<number, HttpMethod | 'unknown' | undefined>();
  /** How deep helperMethod is: a helper's request read through another helper, at most HELPER_DEPTH. */
  private helperDepth = 0;
  /** Whether each `{` looked at is a request config held in a variable and sent (heldConfig). */
  private heldConfigs = new Map<number, boolean>();
  /** Every identifier used as a call argument, by name: its tokens (usesOf; made at the first need). */
  private argUses: Map<string, number[]> | undefined;
  /** The last ktorBlock answer, by the call's `(`. */
  private ktorAt: { p: number; block: KtorBlock | undefined } = { p: -1, block: undefined };

  /**
   * JavaScript: whether the `{` at token o opens a request config held in a variable: the value of `const cfg =`
   * (`let`, `var`, a typed `cfg: AxiosRequestConfig =`) outside any call, with a `url`/`uri` key.
   */
  protected heldConfig(o: number): boolean {
    if (this.lang !== 'js' || o < 2 || !this.op(o, '{') || this.inCall[o] !== -1 || !this.op(o - 1, '=') || this.partner[o]! <= o) return false;
    const known = this.heldConfigs.get(o);
    if (known !== undefined) return known;
    const name = this.definedName(o);
    const held = name !== undefined && this.keyValue(o, 'url', true) !== undefined && this.configSent(o, name);
    this.heldConfigs.set(o, held);
    return held;
  }

  /**
   * Whether the config `name` whose object opens at token o is passed whole to a request (`axios(cfg)`,
   * `axios.request(cfg)`, a client of the file called with it) in its own function, before it is assigned again.
   * A bounded look past the object.
   */
  private configSent(o: number, name: string): boolean {
    const scope = this.scopeOf(o);
    for (let k = this.partner[o]! + 1, end = Math.min(this.toks.length, k + WINDOW * 4); k < end; k++) {
      if (this.id(k) !== name || this.member(k - 1)) continue;
      if (this.op(k + 1, '=') && !this.op(k + 2, '=')) return false;
      const p = this.inCall[k]!;
      if (p === -1 || !(this.op(k - 1, '(') || this.op(k - 1, ',')) || !(this.op(k + 1, ')') || this.op(k + 1, ',')) || this.scopeOf(k) !== scope) continue;
      const callee = this.id(this.calleeAt(p));
      if (this.requestCallee(p) || (callee !== undefined && this.baseClients.has(bare(callee)))) return true;
    }
    return false;
  }

  /** The `{` of a held request config (heldConfig) whose `url` (or base URL) is the name at token k (`{ url }`, `{ url: u }`, `{ baseURL: GRAPH }`), or -1. */
  protected heldConfigUrl(k: number): number {
    if (this.lang !== 'js' || !(this.op(k + 1, ',') || this.op(k + 1, '}'))) return -1;
    const key = this.op(k - 1, ':') ? (this.id(k - 2) ?? this.str(k - 2)) : this.id(k);
    const entry = this.op(k - 1, ':') ? k - 2 : k;
    if (key === undefined || !/^(?:url|uri|baseURL|baseUrl|prefixUrl)$/.test(key) || !(this.op(entry - 1, '{') || this.op(entry - 1, ','))) return -1;
    const o = this.inBracket[k]!;
    return o !== -1 && this.heldConfig(o) ? o : -1;
  }

  /** The next use of a variable as a call argument, within a bounded window; -1 if none. */
  /** Whether the call whose `(` is token p sends a request: an HTTP client's name or a method-named one. */
  protected requestCallee(p: number): boolean {
    const callee = this.id(this.calleeAt(p));
    if (callee === undefined) return false;
    // PHP's `curl_setopt($ch, CURLOPT_URL, $url)`: the URL of the request `$ch` sends.
    if (callee === 'curl_setopt') return this.id(p + 3) === 'CURLOPT_URL' || this.id(p + 4) === 'CURLOPT_URL';
    // Ruby's `Net::HTTP::Post.new(uri)` and `Net::HTTP.get_response(uri)`.
    if (this.rubyRequestClass(p) !== undefined || (this.lang === 'ruby' && callee === 'get_response')) return true;
    if (this.lang === 'java' && JVM_REQUEST_CALLEES.test(callee) && this.partner[p]! > p + 1) return true;
    return methodOfName(callee) !== undefined || REQUEST_CALLEES.test(callee) || REQUEST_WRAPPER.test(callee) || builderMethod(callee) !== undefined;
  }

  /**
   * The uses of a variable as a call argument after token `from` (at most MAX_USES): from an index of
   * every identifier used so, made once per file, so the pass stays linear however many constants.
   */
  protected usesOf(name: string, from: number): number[] {
    if (!this.argUses) {
      const uses = new Map<string, number[]>();
      this.argUses = uses;
      const note = (key: string, k: number): number[] => {
        const list = uses.get(key) ?? uses.set(key, []).get(key)!;
        list.push(k);
        return list;
      };
      const helperArgs: [string, number][] = [];
      for (let k = 0; k < this.toks.length; k++) {
        const v = this.id(k);
        // Java/Kotlin's `url.openConnection()`, `url.readText()`: the URL object sent.
        if (v !== undefined && this.opensConnection(k)) {
          note(bare(v), k);
          continue;
        }
        // The `url` of a request config held in a variable (`const cfg = { method: 'post', url }; axios(cfg)`).
        if (v !== undefined && this.inCall[k] === -1 && this.heldConfigUrl(k) !== -1) {
          note(bare(v), k);
          continue;
        }
        // Ruby's request without parentheses, `RestClient.post FB_ENDPOINT, body` (hunt V2): its first argument.
        if (this.lang === 'ruby' && v !== undefined && this.inCall[k] === -1 && !this.op(k + 1, '=') && (this.op(k + 1, ',') || this.lineBreakAfter(k)) && this.rubyBareCall(k) !== undefined) {
          note(bare(v), k);
          continue;
        }
        if (v === undefined || this.inCall[k]! === -1 || this.op(k + 1, '=')) continue;
        // An element of a list joined into a URL (`fetch([GRAPH, id, 'feed'].join('/'))`) is read as that join.
        const inner = this.inBracket[k]!;
        if (inner !== -1 && this.op(inner, '[') && this.partner[inner]! > k && this.member(this.partner[inner]! + 1) && this.id(this.partner[inner]! + 2) === 'join') continue;
        // Only an argument of a call that sends a request: `console.error('…', URL)` is no call. A call of one of
        // the file's own functions (`_post_to_graph(FEED, payload)`) is one if its body sends a request with a
        // parameter (helperMethod): decided once the index of request arguments is whole (hunt W2).
        let helper = false;
        if (!this.requestCallee(this.inCall[k]!) && !this.wrappedForRequest(k)) {
          if (this.ownFunction(this.inCall[k]!) === undefined) continue;
          helper = true;
        }
        // A use inside a larger expression (`URL + '?x'`, `$URL . '?x'`) is read as that expression; but
        // `url.toString()` and `url.href` are the URL itself.
        // An object's key (`{ url: … }`) is no use of a variable named so.
        if (this.op(k + 1, ':') && (this.op(k - 1, '{') || this.op(k - 1, ','))) continue;
        // Ruby's `uri.request_uri`, `uri.path`, `uri.to_s` (`Net::HTTP::Post.new(uri.request_uri)`, `http.post(uri.path, body)`).
        const itself = this.op(k + 1, '.') && (URL_ITSELF.test(this.id(k + 2) ?? '') || (this.lang === 'ruby' && /^(?:request_uri|path|to_s)$/.test(this.id(k + 2) ?? ''))) && !this.op(k - 1, '.');
        // An attribute of the instance (`self.batch_url`, `this.batchUrl`, `$this->url`): its own key, `.name`.
        const attribute = this.instanceAttribute(k);
        if (!itself && (this.op(k + 1, '+') || this.op(k - 1, '+') || this.op(k + 1, '.') || (this.member(k - 1) && !attribute) || this.op(k + 1, '%'))) continue;
        const key = attribute ? `.${bare(v)}` : bare(v);
        if (helper) {
          helperArgs.push([key, k]);
          continue;
        }
        note(key, k);
      }
      const grown = new Set<number[]>();
      for (const [key, k] of helperArgs) {
        if (this.helperMethod(this.inCall[k]!) === undefined || !this.helperUrlArgument(this.inCall[k]!, k)) continue;
        grown.add(note(key, k));
      }
      for (const list of grown) list.sort((a, b) => a - b);
    }
    const list = this.argUses.get(name);
    if (!list) return [];
    const lo = lowerBound(list, from);
    // Up to the name's next assignment: a use after it reads that value, not this one (two functions each
    // with their own `url`).
    const next = this.nextAssignment(name, from);
    let hiUse = lo;
    while (hiUse < list.length && hiUse - lo < MAX_USES && list[hiUse]! < next) hiUse++;
    return list.slice(lo, hiUse);
  }

  /**
   * Ruby: the method of a request called without parentheses whose first argument starts at token k
   * (`RestClient.post FB_ENDPOINT, body`, `HTTParty.get "https://graph…"`, `conn.delete url`): the verb after a
   * receiver's `.`, on the same line as the argument; undefined for anything else.
   */
  private rubyBareCall(k: number): HttpMethod | undefined {
    if (this.lang !== 'ruby' || k < 3 || !this.member(k - 2) || this.id(k - 3) === undefined || this.lineBreakAfter(k - 1)) return undefined;
    // An HTTP client's: `Rails.cache.delete url` is no request (hunt Z5-4), nor a `client` that is a cache's (a
    // lower-case receiver is one when the file makes it with an HTTP client's class: `conn = Faraday.new(…)`; Z6-3).
    const recv = this.id(k - 3)!;
    if (!RUBY_HTTP_CLASS.test(recv)) {
      const v = /^[a-z_@]\w*$/.test(recv) ? this.valueOf(recv, k - 3) : -1;
      if (v === -1 || !RUBY_HTTP_CLASS.test(this.id(v) ?? '')) return undefined;
    }
    const verb = this.id(k - 1);
    if (verb === undefined || !/^(?:get|post|put|patch|delete)$/.test(verb)) return undefined;
    // The argument after the verb with a space, not `x.get[...]` nor an operator.
    if (this.toks.start[k]! === this.toks.end[k - 1]! || (this.kind(k) !== STR && this.kind(k) !== ID)) return undefined;
    return methodOfName(verb);
  }

  /** The token of the first assignment of `name` at or after `from` (`name = …`), or Infinity. */
  protected nextAssignment(name: string, from: number): number {
    this.valueOf(name, 0);
    const list = this.assigns!.get(name);
    if (!list) return Number.POSITIVE_INFINITY;
    // The index holds where each value starts, two tokens after the name.
    const at = lowerBound(list, from + 2);
    return at < list.length ? list[at]! - 2 : Number.POSITIVE_INFINITY;
  }

  /**
   * The uses (usesOf) that see the value of `name` over tokens [a, b]: those after it, and where the name is
   * assigned again in another branch of the same `if` (`if c: url = A` / `else: url = B`, `if (c) { url = A }
   * else { url = B }`), those after the whole `if` too.
   */
  protected usesSeen(name: string, a: number, b: number): number[] {
    // A use in a function that takes a parameter of the name (`def post_json(url, payload)`, its own header
    // included) reads the caller's value, not this one (hunt Z2-3).
    const seen = (list: number[]) => list.filter((u) => !this.isParameterAt(name, name, u, a));
    const own = seen(this.usesOf(name, b + 1));
    const next = this.nextAssignment(name, b + 1);
    const end = Number.isFinite(next) ? (this.lang === 'python' ? this.pythonBranchesEnd(a, next) : this.braceBranchesEnd(a, next)) : -1;
    if (end === -1) return own;
    const after = seen(this.usesOf(name, end));
    return own.length === 0 ? after : [...new Set([...own, ...after])];
  }

  /**
   * Python: where the `if` (or `try`) ends whose branch holds the value at token a, when the name token
   * `next` is in a later branch of it (only `elif`/`else`/`except` headers stand between, less indented than
   * a's line); else -1. At most WINDOW * 4 tokens either way.
   */
  private pythonBranchesEnd(a: number, next: number): number {
    const own = this.indentAt(a);
    if (own < 0 || next - a > WINDOW * 4 || this.lineIndent(next) < 0) return -1;
    let header = -1;
    for (let t = a + 1; t < next; t++) {
      const d = this.lineIndent(t);
      if (d < 0 || d >= own) continue;
      if (!/^(?:elif|else|except)$/.test(this.id(t) ?? '') || (header !== -1 && d !== header)) return -1;
      header = d;
    }
    if (header === -1 || this.lineIndent(next) <= header) return -1;
    for (let t = next + 1; t < this.toks.length && t - next < WINDOW * 4; t++) {
      const d = this.lineIndent(t);
      if (d >= 0 && d <= header && !/^(?:elif|else|except|finally)$/.test(this.id(t) ?? '')) return t;
    }
    return next + WINDOW * 4 < this.toks.length ? -1 : this.toks.length;
  }

  /**
   * Braces: where the `if … else` chain ends whose block holds the value at token a, when the name token
   * `next` is in a later block of it (`} else {`, `} else if (…) {`); else -1. At most MAX_ELSE_LINKS links.
   */
  private braceBranchesEnd(a: number, next: number): number {
    const o = this.inBracket[a]!;
    let c = o !== -1 && this.op(o, '{') ? this.partner[o]! : -1;
    if (c <= a || c >= next) return -1;
    let inside = false;
    for (let links = 0; links < MAX_ELSE_LINKS && this.id(c + 1) === 'else'; links++) {
      let open = c + 2;
      if (this.id(open) === 'if' && this.op(open + 1, '(') && this.partner[open + 1]! > open + 1) open = this.partner[open + 1]! + 1;
      if (!this.op(open, '{') || this.partner[open]! <= open) return -1;
      c = this.partner[open]!;
      if (open < next && next < c) inside = true;
    }
    return inside ? c + 1 : -1;
  }

  /**
   * The HTTP method of a call whose URL or path spans tokens [a, b]: the enclosing call's name
   * (`requests.post`, `axios.delete`, `http.PostForm`), a method string among its arguments
   * (`fetch(url, { method: 'POST' })`, `http.NewRequest("POST", url)`), or a builder/curl option that
   * follows in the same statement (`.post(body)`, `CURLOPT_POST`); else `fallback` (from `?method=`) or GET.
   */
  protected methodAround(a: number, b: number, fallback?: HttpMethod): HttpMethod | 'unknown' {
    const p = this.inCall[a]!;
    // Ruby's call without parentheses: `RestClient.post URL, body`, `HTTParty.delete url` (hunt V2).
    const bare = this.rubyBareCall(a);
    if (bare !== undefined) return bare;
    if (p !== -1) {
      const c = this.calleeAt(p);
      let callee = this.id(c);
      if (callee === 'new' || callee === 'create') callee = this.id(c - 2) ?? callee; // Net::HTTP::Post.new(uri)
      // Retrofit's `@POST("https://graph.facebook.com/…")`.
      if (callee !== undefined && this.lang === 'java' && RETROFIT_ANNOTATION.test(callee)) callee = callee.slice(1);
      // Ktor's `submitForm(url, parameters)`: a POST, or a GET with `encodeInQuery = true`.
      if (callee === 'submitForm' && this.lang === 'java') return this.submitFormMethod(p);
      const byName = callee ? methodOfName(callee) : undefined;
      if (byName) return byName;
      // Spring's WebClient and RestClient: `web.post().uri(url)`, `web.method(HttpMethod.POST).uri(url)`: the
      // builder's method comes before the URL's call.
      if (callee === 'uri' && this.member(p - 2) && this.op(p - 3, ')')) {
        const open = this.partner[p - 3]!;
        const before = open > 0 ? this.id(open - 1) : undefined;
        if (before === 'method' && this.member(open - 2)) return this.args(open).length === 1 ? this.methodValue(open + 1, 0) : 'unknown';
        const m = before !== undefined && this.member(open - 2) ? builderMethod(before) : undefined;
        if (m) return m;
      }
      // Where the method is an argument of its own (Go's `http.NewRequest(method, url, body)`, Spring's
      // `rest.exchange(url, method, entity, T.class)`), a value not read there is no GET.
      const slot = this.methodSlot(p, callee);
      // Go's `http.NewRequest("", url, nil)` is a GET.
      if (slot !== undefined && !(slot[0] <= a && b < slot[1])) {
        const m = this.lang === 'go' && this.str(slot[0]) === '' && slot[1] === slot[0] + 1 ? 'GET' : this.methodValue(slot[0], 0);
        // `req.Method = http.MethodPost` after `req, err := http.NewRequest("GET", …)`: the request's method.
        return (this.lang === 'go' && this.goMethodSetLater(p, this.calleeAt(p))) || m;
      }
      const end = this.partner[p]! === -1 ? Math.min(this.toks.length, p + WINDOW) : Math.min(this.partner[p]!, p + WINDOW);
      for (let k = p + 1; k < end; k++) {
        if (k >= a && k <= b) continue;
        const s = this.str(k);
        if (s !== undefined && HTTP_WORDS[s.toUpperCase()] && s.length <= 6 && (/^[A-Z]+$/.test(s) || this.keyBefore(k))) return HTTP_WORDS[s.toUpperCase()]!;
        const symbol = this.rubySymbolVerb(k, p);
        if (symbol !== undefined) return symbol;
        // A method constant: Go's `http.MethodPost`, Spring's `HttpMethod.POST`.
        const named = this.id(k);
        if (named !== undefined && this.member(k - 1)) {
          // Ktor's `HttpMethod.Post`; Python's `HTTPMethod.POST` (the standard library's `http.HTTPMethod`).
          const m = /^Method([A-Z][a-z]+)$/.exec(named)?.[1]?.toUpperCase() ?? (this.id(k - 2) === 'HttpMethod' ? named.toUpperCase() : this.pythonMethodMember(k));
          if (m !== undefined && HTTP_WORDS[m]) return HTTP_WORDS[m]!;
        }
      }
      const given = this.methodOfArguments(p, a, b, callee);
      if (given !== undefined) return given;
      // Ktor: `client.request(url) { method = HttpMethod.Post }`, `client.request { url(…); method = … }`.
      const ktor = this.ktorMethod(p);
      if (ktor !== undefined) return ktor;
      // Builders and curl: `.post(body)` / `.POST(…)` later in the statement; for `$ch = curl_init(url)`,
      // `curl_setopt($ch, CURLOPT_POST, …)` before the next curl_init.
      const handle = callee === 'curl_init' && this.op(p - 2, '=') ? this.id(p - 3) : callee === 'curl_setopt' ? this.id(p + 1) : undefined;
      const curl = callee === 'curl_init' || callee === 'curl_setopt';
      // A helper of the code (`graphPost(url, body)`, `_post(url, payload)`): the method of the request it
      // sends, where it is defined in this file; else the method its name says (`fbDelete`, `post_to_graph`).
      if (!curl) return this.chainedMethod(p) ?? fallback ?? this.helperMethod(p) ?? this.methodOfOwnHelperName(p) ?? 'GET';
      const stop = Math.min(this.toks.length, (this.partner[p]! === -1 ? p : this.partner[p]!) + WINDOW);
      for (let k = this.partner[p]! === -1 ? b + 1 : this.partner[p]! + 1; k < stop; k++) {
        const tv = this.id(k);
        if (tv === undefined) continue;
        if (tv === 'curl_init') break;
        if (handle !== undefined && (tv === 'CURLOPT_POST' || tv === 'CURLOPT_POSTFIELDS' || tv === 'CURLOPT_CUSTOMREQUEST') && this.id(k - 2) !== handle) continue;
        if (tv === 'CURLOPT_POST' || tv === 'CURLOPT_POSTFIELDS') return 'POST';
        if (tv === 'CURLOPT_CUSTOMREQUEST') {
          const s = this.str(k + 2);
          if (s && HTTP_WORDS[s.toUpperCase()]) return HTTP_WORDS[s.toUpperCase()]!;
        }
      }
    }
    return fallback ?? 'GET';
  }

  /** Python's `HTTPMethod.POST` (`http.HTTPMethod`, 3.11) at member token k: its word; undefined for anything else. */
  private pythonMethodMember(k: number): string | undefined {
    const w = this.id(k);
    return this.lang === 'python' && this.id(k - 2) === 'HTTPMethod' && w !== undefined && /^[A-Z]+$/.test(w) ? w : undefined;
  }

  /**
   * Ruby's symbol verb given as an argument of its own, at token k of the call opening at p:
   * `graph_request(:post, url)`, `call(:delete, path)`, Faraday's `run_request(:post, url, body, headers)`,
   * `HTTParty.send(:post, url)`. Undefined when token k starts no such argument.
   */
  private rubySymbolVerb(k: number, p: number): HttpMethod | undefined {
    if (this.lang !== 'ruby' || !this.op(k, ':') || this.id(k + 1) === undefined) return undefined;
    if (!(k - 1 === p || (this.op(k - 1, ',') && this.inBracket[k - 1] === p))) return undefined;
    if (!(this.op(k + 2, ',') || this.op(k + 2, ')'))) return undefined;
    return HTTP_WORDS[this.id(k + 1)!.toUpperCase()];
  }

  /**
   * The method of the request that the file's own function called at `(` p sends with the value passed to
   * it: `function graphPost(url, body) { return fetch(url, { method: 'POST', … }) }`, `def _post(url,
   * payload): return requests.post(url, …)`. Read from the requests in its body that are given one of its
   * parameters (in their URL argument or any other); 'unknown' when they send with different methods, or
   * with one not read; undefined when the callee is no single function of this file, or its body sends
   * nothing with a parameter. The callee is a bare name or a method of the class (`this.x`, `self.x`).
   */
  private helperMethod(p: number): HttpMethod | 'unknown' | undefined {
    const c = this.calleeAt(p);
    const d = this.helperDepth >= HELPER_DEPTH ? undefined : this.ownFunction(p);
    if (d === undefined) return undefined;
    // A call inside the helper's own body (recursion, a retry) says nothing more; `this.send(…)` in another
    // class is that class's method.
    if (p > d.scope && p <= d.end) return undefined;
    if (!this.callsHelper(c, d.scope)) return undefined;
    if (this.helperMethods.has(d.scope)) return this.helperMethods.get(d.scope);
    this.helperMethods.set(d.scope, undefined);
    const params = this.parametersOf(d.scope);
    let found: HttpMethod | 'unknown' | undefined;
    this.helperDepth++;
    try {
      const stop = Math.min(d.end, d.body + HELPER_BODY_TOKENS);
      for (let q = d.body; q < stop; q++) {
        if (!this.op(q, '(') || this.partner[q]! <= q || !this.requestCallee(q)) continue;
        // The parameter in the request's URL (`requests.post(url, …)`, `fetch(`${url}?…`)`), not in its data.
        const arg = this.requestUrlArgs(q).find(([x, y]) => this.usesAny(x, y, params));
        if (!arg) continue;
        const m = this.methodAround(arg[0], arg[1] - 1);
        found = found === undefined || found === m ? m : 'unknown';
      }
    } finally {
      this.helperDepth--;
    }
    this.helperMethods.set(d.scope, found);
    return found;
  }

  /**
   * Go: the call sites of the name `name` by what each is called on (one pass over them, kept): GO_FUNCTION for a
   * bare call (a function's), the type of the value for a method's where it is told (the receiver of a method of
   * that type, `c.do(…)` in `func (c *Client) Refund(…)`, a parameter `c *Client`, `c := &Client{…}`, `c :=
   * NewClient()`, `NewClient().do(…)`) and the file defines the method on it; GO_UNTOLD where it is not told (a
   * field `c.a.do(…)`, an interface of the file, a value from elsewhere); none for a definition, a package's
   * function (`http.DefaultClient.Do(req)`) or a value of a type without the method. `methods`: how many types of
   * the file define it.
   */
  protected goSites(name: string): { sites: Map<string, number[]>; methods: number; untold: Set<number> } {
    this.goSiteIndex ??= new Map();
    const known = this.goSiteIndex.get(name);
    if (known) return known;
    const types = new Set<string>();
    for (const d of this.helperDefinitions().get(name) ?? []) {
      const r = this.goReceiver(d.scope);
      if (r) types.add(r.type);
    }
    const sites = new Map<string, number[]>();
    for (const p of this.callIndex().get(name) ?? []) {
      const key = this.goSiteKey(this.calleeAt(p), types);
      if (key === undefined) continue;
      const list = sites.get(key);
      if (list) list.push(p);
      else sites.set(key, [p]);
    }
    const out = { sites, methods: types.size, untold: new Set<number>() };
    this.goSiteIndex.set(name, out);
    return out;
  }

  /** Go: what the call at callee token t is made on (goSites), for a name the file's `types` define a method of. */
  private goSiteKey(t: number, types: Set<string>): string | undefined {
    // A definition, `func do(…)`, `func (b *B) do(…)`.
    if (this.id(t - 1) === 'func' || (this.op(t - 1, ')') && this.partner[t - 1]! > 0 && this.id(this.partner[t - 1]! - 1) === 'func')) return undefined;
    if (!this.member(t - 1)) return GO_FUNCTION;
    // The chain's root, through member and call links (`c.a.do(…)`, `client.R().Do(…)`; a bounded walk).
    let root = t - 2;
    for (let n = 0; n < 16; n++) {
      if (this.op(root, ')') && this.partner[root]! > 0 && this.id(this.partner[root]! - 1) !== undefined) root = this.partner[root]! - 1;
      if (this.id(root) === undefined || !this.member(root - 1)) break;
      root -= 2;
    }
    const first = this.id(root);
    if (first !== undefined) {
      // `http.DefaultClient.Do(req)`, `retry.Do(f, opts)`: a package's, not a value of the file's types; so is a
      // value a package made (`client := resty.New()`, `client.R().Do(…)`).
      if (this.goImports().has(first) && !this.goDeclared(first, t)) return undefined;
      const v = this.valueOf(first, t);
      if (v !== -1 && this.op(v + 1, '.') && this.goImports().has(this.id(v) ?? '') && !this.goDeclared(this.id(v)!, v)) return undefined;
    }
    let type: string | undefined;
    const o = this.op(t - 2, ')') ? this.partner[t - 2]! : -1;
    // `NewClient(…).do(…)`: a function of the file, by the type it returns; `c.do(…)`: the type of `c`.
    if (o > 0 && this.id(o - 1) !== undefined && !this.member(o - 2)) type = this.goResultType(this.id(o - 1)!);
    else if (this.id(t - 2) !== undefined && !this.member(t - 3)) type = this.goTypeOf(this.id(t - 2)!, t);
    if (type === undefined) return GO_UNTOLD;
    return types.has(type) ? type : this.goTypeDecls().interfaces.has(type) ? GO_UNTOLD : undefined;
  }

  /** Whether the last parameter of the Go function whose scope opens at s is variadic (`args ...string`). */
  protected goVariadic(s: number): boolean {
    const g = this.parameterGroup(s);
    if (g < 0) return false;
    for (let k = g - 1; k > this.partner[g]! + 2 && k > g - 8; k--) {
      if (this.op(k, ',')) return false;
      // (The tokenizer gives `...` as three `.`.)
      if (this.op(k, '.') && this.op(k - 1, '.') && this.op(k - 2, '.')) return true;
    }
    return false;
  }

  /** Go: whether `x` at token t is a variable the code declares: a parameter or receiver of a function around t, or assigned. */
  private goDeclared(x: string, t: number): boolean {
    if (this.parameterScope(x, t) !== -1 || this.valueOf(x, t) !== -1) return true;
    for (let s = this.scopeOf(t), n = 0; s !== -1 && n < 16; s = this.scopeOf(s), n++) if (this.goReceiver(s)?.name === x) return true;
    return false;
  }

  /**
   * Go: the names the file's imports may bind, read on first need: an alias (`f "github.com/x/fb"`), else the
   * path's last element and the package names it is commonly spelled for (`gopkg.in/yaml.v3` as `yaml`,
   * `github.com/avast/retry-go` as `retry`, `github.com/x/y/v2` as `y`, `go-resty` as `resty`).
   */
  private goImports(): Set<string> {
    if (this.goImportNames) return this.goImportNames;
    const out = new Set<string>();
    this.goImportNames = out;
    for (let k = 0; k + 1 < this.toks.length; k++) {
      if (this.id(k) !== 'import' || this.member(k - 1)) continue;
      const group = this.op(k + 1, '(') && this.partner[k + 1]! > k + 1;
      const stop = group ? this.partner[k + 1]! : k + 3;
      for (let m = group ? k + 2 : k + 1; m < stop && m < this.toks.length; m++) {
        const path = this.str(m);
        if (path === undefined) continue;
        const alias = this.id(m - 1);
        if (alias !== undefined && alias !== 'import') {
          out.add(alias);
          continue;
        }
        const elems = path.split('/');
        let last = elems.pop() ?? path;
        if (/^v\d+$/.test(last) && elems.length > 0) last = elems.pop()!;
        last = last.replace(/\.v\d+$/, '');
        out.add(last);
        const plain = last.replace(/^go-|[-.]go$/g, '');
        out.add(plain);
        out.add(plain.replace(/[^\w]/g, ''));
        out.add(plain.split(/[^\w]/).pop()!);
      }
      if (group) k = stop;
    }
    return out;
  }

  /**
   * Whether the value over tokens [a, b] is returned whole by its function (`return f"{GRAPH}/{path}"`): the
   * statement ends after it, and it is in no call.
   */
  protected returnedWhole(a: number, b: number): boolean {
    if (this.inCall[a] !== -1) return false;
    // Ruby returns a method's last expression: `def feed_url(id)` then the URL alone before its `end` (hunt V3).
    if (this.lang === 'ruby' && this.id(a - 1) !== 'return') {
      const scope = this.scopeOf(a);
      return scope !== -1 && this.lineBreakAfter(a - 1) && this.statementEndsAfter(b) && this.id(b + 1) === 'end' && (this.scopeEnds.get(scope) ?? -1) <= b + 1;
    }
    return this.id(a - 1) === 'return' && (this.statementEndsAfter(b) || this.continuedToEnd(b));
  }

  /** The last token of the term token k is in, past its members, calls and subscripts (`os.environ['X']`, `get(t)`). */
  private termEnd(k: number): number {
    for (let n = 0; n < WINDOW; n++) {
      if (this.member(k + 1) && this.id(k + 2) !== undefined) k += 2;
      else if ((this.op(k + 1, '(') || this.op(k + 1, '[')) && this.partner[k + 1]! > k + 1) k = this.partner[k + 1]!;
      else break;
    }
    return k;
  }

  /**
   * Whether the statement goes on after token b only with more terms joined to the URL (`… + os.environ['TOKEN']`,
   * `… + getToken('X')`: a token appended, a value not read) to its end: the URL is still what is returned (hunt V4).
   * Bounded: WINDOW tokens.
   */
  private continuedToEnd(b: number): boolean {
    // (An expression that stopped at a term it does not read ends on the `+` before it, or inside the term:
    // `os.environ` of `os.environ['TOKEN']`.)
    let k = b;
    if (!this.op(k, this.concat)) {
      k = this.termEnd(k);
      if (k !== b && this.statementEndsAfter(k)) return true;
      k++;
    }
    if (!this.op(k, this.concat)) return false;
    while (k < this.toks.length && k - b < WINDOW) {
      if (!this.op(k, this.concat)) return false;
      k++;
      // One term: a string, or a name with members, calls and subscripts.
      if (this.kind(k) === STR) {
        if (this.statementEndsAfter(k)) return true;
        k++;
        continue;
      }
      if (this.id(k) === undefined) return false;
      k = this.termEnd(k);
      if (this.statementEndsAfter(k)) return true;
      k++;
    }
    return false;
  }

  /**
   * Whether the local `name` assigned over [a, b] is returned whole (`url = f"…"` … `return url`) before it is
   * assigned again, and sent by no request of its function: a URL builder's local.
   */
  protected onlyReturned(name: string, a: number, b: number): boolean {
    if (this.usesSeen(name, a, b).length > 0) return false;
    const scope = this.scopeOf(a);
    if (scope === -1) return false;
    const end = Math.min(
      this.lang === 'python' || this.lang === 'ruby' ? (this.scopeEnds.get(scope) ?? this.toks.length) : this.partner[scope]!,
      this.nextAssignment(name, b + 1),
      b + WINDOW * 4,
    );
    // (`end` is the scope's last token.)
    for (let k = b + 1; k <= end && k < this.toks.length; k++) if (this.id(k) === name && this.id(k - 1) === 'return' && this.returnedWhole(k, k)) return true;
    return false;
  }

  /** Whether the statement ends after token k: the text's end, `;`, `}`, or a line break before a token that goes on no expression. */
  private statementEndsAfter(k: number): boolean {
    if (k + 1 >= this.toks.length || this.op(k + 1, ';') || this.op(k + 1, '}')) return true;
    if (this.kind(k + 1) === OP && /^(?:[.+\-*/%?[(:|&,]|\?\?|\|\||&&|==|!=)$/.test(this.toks.v[k + 1]!)) return false;
    return this.src.slice(this.toks.end[k]!, this.toks.start[k + 1]!).includes('\n');
  }

  /**
   * The call sites (their `(` tokens) of the file's own function `helper` whose scope opens at `scope`: outside its
   * own body, no definition, a bare call or `this.x(…)` / `self.x(…)` in its own class (callsHelper); in Go, bare
   * calls only (returnedUrl, clientHelperSites).
   */
  protected ownCallSites(scope: number, helper: string): number[] {
    const go = this.lang === 'go';
    const end = this.lang === 'python' || this.lang === 'ruby' ? (this.scopeEnds.get(scope) ?? this.toks.length) : this.partner[scope]!;
    const out: number[] = [];
    for (const p of this.callIndex().get(helper) ?? []) {
      const t = this.calleeAt(p);
      if (t > scope && t <= end) continue;
      if (this.member(t - 1) && (go || !/^(?:this|self|\$this|static|cls)$/.test(this.id(t - 2) ?? ''))) continue;
      if (/^(?:def|function|fun|func)$/.test(this.id(t - 1) ?? '') || p === this.parameterOpen(scope)) continue;
      if (!go && !this.callsHelper(t, scope)) continue;
      out.push(p);
    }
    return out;
  }

  /**
   * Whether the argument at token k of the call whose `(` is token p fills a parameter of the file's own function
   * called there that its body sends as a request's URL (`post_photo(PHOTOS_URL, AVATAR_URL)` over
   * `requests.post(endpoint, data={"url": image_url})`: PHOTOS_URL does, AVATAR_URL is data; hunt Z3-2). By
   * position, or by a Python keyword.
   */
  private helperUrlArgument(p: number, k: number): boolean {
    const c = this.calleeAt(p);
    const d = this.ownFunction(p);
    if (d === undefined) return false;
    const params = this.parameterList(d.scope);
    const args = this.args(p);
    const kw = this.lang === 'python' && this.op(k - 1, '=') && this.id(k - 2) !== undefined && this.inBracket[k - 2] === p ? this.id(k - 2) : undefined;
    let name = kw;
    if (name === undefined) {
      const n = args.findIndex(([x, y]) => x <= k && k < y);
      if (n === -1 || this.isKwarg(args[n]!)) return false;
      const selfFirst = this.lang === 'python' && this.member(c - 1) && (params[0] === 'self' || params[0] === 'cls');
      name = params[selfFirst ? n + 1 : n];
    }
    if (name === undefined) return false;
    let urls = this.helperUrls.get(d.scope);
    if (urls === undefined) {
      urls = new Set<string>();
      const names = new Set(params.map((x) => bare(x)));
      const stop = Math.min(d.end, d.body + HELPER_BODY_TOKENS);
      for (let q = d.body; q < stop; q++) {
        if (!this.op(q, '(') || this.partner[q]! <= q || !this.requestCallee(q)) continue;
        for (const [x, y] of this.requestUrlArgs(q)) for (const n of names) if (this.usesAny(x, y, new Set([n]))) urls.add(n);
      }
      this.helperUrls.set(d.scope, urls);
    }
    return urls.has(bare(name));
  }
  /** The parameters each helper of the file sends as a request's URL, by its scope's opening token (helperUrlArgument). */
  private helperUrls = new Map<number, Set<string>>();

  /**
   * The arguments of the request whose `(` is token q that may be its URL: not its data (`requests.post(AUDIT,
   * json={"url": url})` sends that value elsewhere; urlArgument), nor the method's own argument
   * (`requests.request(method, url)`: the method is that argument's value).
   */
  private requestUrlArgs(q: number): [number, number][] {
    const slot = this.methodSlot(q, this.id(this.calleeAt(q)));
    return this.args(q).filter(([x, y]) => x !== slot?.[0] && !(y === x + 1 && METHOD_KEY.test(bare(this.id(x) ?? ''))) && this.urlArgument([x, y]));
  }

  /** The method the name of a helper of the code's own says (methodOfHelperName): a bare call or `this.x(…)`, not another object's method. */
  private methodOfOwnHelperName(p: number): HttpMethod | undefined {
    const c = this.calleeAt(p);
    const name = this.id(c);
    if (name === undefined) return undefined;
    if (this.member(c - 1) && !/^(?:this|self|\$this|static|cls)$/.test(this.id(c - 2) ?? '')) return undefined;
    return methodOfHelperName(name);
  }

  /**
   * Whether an argument [x, y) of a request may be its URL: not an object, dict or list literal (a body, the
   * options), nor a keyword argument other than `url`, `uri`, `path` or `endpoint` (`json=`, `data=`).
   */
  protected urlArgument([x, y]: [number, number]): boolean {
    if (this.op(x, '{') || this.op(x, '[')) return false;
    if (y - x >= 3 && this.id(x) !== undefined && this.op(x + 1, '=')) return /^(?:url|uri|path|endpoint)$/.test(this.id(x)!);
    return true;
  }

  /**
   * Whether the call whose callee is token c calls the function whose scope opens at `scope`: a bare call of a
   * function (of a method only in Java, Kotlin and Ruby, from its own class: elsewhere a bare `request(…)` in a
   * file whose class has a `request` method is another function), or `this.x(…)` / `self.x(…)` in the method's
   * own class.
   */
  protected callsHelper(c: number, scope: number): boolean {
    const own = this.classOf(scope);
    // Java, Kotlin and Ruby call their own methods bare too.
    if (!this.member(c - 1)) return own === -1 || ((this.lang === 'java' || this.lang === 'ruby') && this.classOf(c) === own);
    return own !== -1 && this.classOf(c) === own;
  }

  /**
   * A method written among the arguments of the call whose `(` is token p, tokens [a, b] passed over: an HTTP
   * verb as a string (`'POST'`), a method constant (`http.MethodPost`, `HttpMethod.POST`); undefined when none is.
   */
  protected literalMethodIn(p: number, a: number, b: number): HttpMethod | undefined {
    const end = this.partner[p]! === -1 ? Math.min(this.toks.length, p + WINDOW) : Math.min(this.partner[p]!, p + WINDOW);
    for (let k = p + 1; k < end; k++) {
      if (k >= a && k <= b) continue;
      const s = this.str(k);
      if (s !== undefined && s.length <= 6 && HTTP_WORDS[s.toUpperCase()]) return HTTP_WORDS[s.toUpperCase()]!;
      // Ruby's `call(:post, path)`.
      const symbol = this.rubySymbolVerb(k, p);
      if (symbol !== undefined) return symbol;
      const named = this.id(k);
      if (named !== undefined && this.member(k - 1)) {
        const m = /^Method([A-Z][a-z]+)$/.exec(named)?.[1]?.toUpperCase() ?? (/^(?:HttpMethod|HTTPMethod)$/.test(this.id(k - 2) ?? '') ? named.toUpperCase() : undefined);
        if (m !== undefined && HTTP_WORDS[m]) return HTTP_WORDS[m]!;
      }
    }
    return undefined;
  }

  /**
   * Go: the method a request made by the call opening at p (callee token c) is given afterwards, `req.Method =
   * "POST"` (or `http.MethodPost`, or a value not read: 'unknown'), in the statements that follow, until the
   * variable is assigned again or the function ends (at most 4 × WINDOW tokens); undefined when none is.
   */
  private goMethodSetLater(p: number, c: number): HttpMethod | 'unknown' | undefined {
    let k = this.member(c - 1) ? c - 3 : c - 1;
    if (!(this.op(k, ':=') || this.op(k, '='))) return undefined;
    k--;
    while (this.id(k) !== undefined && this.op(k - 1, ',') && this.id(k - 2) !== undefined) k -= 2;
    const name = this.id(k);
    const close = this.partner[p]!;
    if (name === undefined || name === '_' || close === -1) return undefined;
    const stop = Math.min(this.toks.length, close + 4 * WINDOW);
    for (let j = close + 1; j < stop; j++) {
      const v = this.id(j);
      if (v === 'func') return undefined;
      if (v !== name || this.member(j - 1)) continue;
      if (this.op(j + 1, ':=') || this.op(j + 1, '=')) return undefined;
      if (this.member(j + 1) && this.id(j + 2) === 'Method' && this.op(j + 3, '=')) return this.methodValue(j + 4, 0) ?? 'unknown';
    }
    return undefined;
  }

  /**
   * The argument that is the request's method, for clients that take it by position: Go's
   * `http.NewRequest(method, url, body)` and `NewRequestWithContext(ctx, method, url, body)`, Spring
   * RestTemplate's `exchange(url, method, entity, T.class)` and `execute(url, method, callback, extractor)`.
   */
  protected methodSlot(p: number, callee: string | undefined): [number, number] | undefined {
    if (this.lang === 'go' && (callee === 'NewRequest' || callee === 'NewRequestWithContext')) return this.args(p)[callee === 'NewRequest' ? 0 : 1];
    if (this.lang === 'java' && (callee === 'exchange' || callee === 'execute')) {
      const args = this.args(p);
      return args.length >= 3 ? args[1] : undefined;
    }
    return undefined;
  }

  /** Ktor's `submitForm(…)` whose `(` is token p: a POST, a GET with `encodeInQuery = true`, unknown when that is not read. */
  protected submitFormMethod(p: number): HttpMethod | 'unknown' {
    const args = this.args(p);
    const v = this.kwargs(args).get('encodeInQuery') ?? args.filter((x) => !this.isKwarg(x))[2];
    if (!v) return 'POST';
    const word = v[1] === v[0] + 1 ? this.id(v[0]) : undefined;
    return word === 'false' ? 'POST' : word === 'true' ? 'GET' : 'unknown';
  }

  /**
   * Ktor's request builder, for the call whose `(` is token p: a `method = …` in the lambda that
   * configures the request — a trailing lambda (`client.request(url) { method = HttpMethod.Post }`), or,
   * for `url(…)` called in one, the lambda around it (`client.request { url(…); method = … }`,
   * `HttpRequestBuilder().apply { … }`, else the method of the call it configures: `client.post { url(…) }`)
   * — or `b.method = …` for `b.url(…)` on a builder variable. Bounded windows; undefined where none is set.
   */
  protected ktorMethod(p: number): HttpMethod | 'unknown' | undefined {
    const at = this.ktorBlock(p);
    if (at === undefined) return undefined;
    if (at.trailing) return this.assignedMethod(at.open + 1, undefined, this.partner[at.open]!);
    const set = at.before ?? this.assignedMethod(this.partner[p]! + 1, at.recv);
    if (set !== undefined || at.recv !== undefined || at.open === -1) return set;
    // The lambda is the request's own: `client.post { url(…) }`, `client.submitForm(params) { url(…) }`.
    const o = at.open;
    const q = this.op(o - 1, ')') && this.partner[o - 1]! >= 0 ? this.partner[o - 1]! : -1;
    const c = q !== -1 ? this.calleeAt(q) : o - 1;
    const callee = this.id(c);
    if (callee === undefined || !this.member(c - 1) || this.id(c - 3) === 'fun') return undefined;
    if (callee === 'submitForm') return q !== -1 ? this.submitFormMethod(q) : 'POST';
    return methodOfName(callee);
  }

  /**
   * Where a Ktor request builder lambda is for the call whose `(` is token p (ktorMethod): `trailing`, its
   * `{`; or, for `url(…)`, the lambda or block around it (`open`, -1 when not found within the window), the
   * builder variable it is called on (`recv`) and a method set before it there (`before`). The last answer
   * is kept (methodAround and callFields ask for the same call in turn).
   */
  protected ktorBlock(p: number): KtorBlock | undefined {
    if (this.ktorAt.p === p) return this.ktorAt.block;
    const block = this.findKtorBlock(p);
    this.ktorAt = { p, block };
    return block;
  }

  private findKtorBlock(p: number): KtorBlock | undefined {
    if (this.lang !== 'java' || this.partner[p]! <= p) return undefined;
    const close = this.partner[p]!;
    const c = this.calleeAt(p);
    if (this.id(c) === 'url' && c === p - 1) {
      // `url(…)` in a builder lambda, or `b.url(…)` on a builder variable; not a chain's (`Request.Builder().url(…)`).
      const recv = this.member(c - 1) ? this.id(c - 2) : undefined;
      if (this.member(c - 1) && (recv === undefined || this.member(c - 3))) return undefined;
      // Back to the block's `{` (nested groups passed over), bounded; the last `method = …` on the way is the method.
      let before: HttpMethod | 'unknown' | undefined;
      for (let k = recv !== undefined ? c - 3 : c - 1, steps = 0; k >= 0 && steps < WINDOW * 2; k--, steps++) {
        const v = this.kind(k) === OP ? this.toks.v[k] : undefined;
        if ((v === ')' || v === ']' || v === '}') && this.partner[k]! !== -1 && this.partner[k]! < k) k = this.partner[k]!;
        else if (v === '{') return { trailing: false, open: k, recv, ...(before !== undefined ? { before } : {}) };
        else if (v === '(' || v === '[') return undefined;
        else if (v === undefined && before === undefined) before = this.methodAssignedAt(k, recv);
      }
      return { trailing: false, open: -1, recv, ...(before !== undefined ? { before } : {}) };
    }
    if (this.op(close + 1, '{') && this.partner[close + 1]! > close + 1 && this.requestCallee(p)) return { trailing: true, open: close + 1 };
    return undefined;
  }

  /**
   * A `method = …` at the level of token `from` and after it (nested brackets passed over), to the end of
   * the block or `end`, at most WINDOW * 2 tokens: its method ('unknown' when not read), or undefined.
   */
  private assignedMethod(from: number, recv: string | undefined, end = this.toks.length): HttpMethod | 'unknown' | undefined {
    for (let k = from, steps = 0; k < end && steps < WINDOW * 2; k++, steps++) {
      const v = this.kind(k) === OP ? this.toks.v[k] : undefined;
      if (v === undefined) {
        const m = this.methodAssignedAt(k, recv);
        if (m !== undefined) return m;
      } else if ((v === '(' || v === '[' || v === '{') && this.partner[k]! > k) k = this.partner[k]!;
      else if (v === '}' || v === ')' || v === ']') return undefined;
    }
    return undefined;
  }

  /**
   * With token k `method` in `method = …` (with `recv`, `recv.method = …`; without, `method = …` or
   * `this.method = …`; never `a.b.method =` nor `x().method =`): the method assigned, else undefined.
   */
  private methodAssignedAt(k: number, recv: string | undefined): HttpMethod | 'unknown' | undefined {
    if (this.id(k) !== 'method' || !this.op(k + 1, '=')) return undefined;
    const owner = this.member(k - 1) ? (this.id(k - 2) ?? '') : undefined;
    if (this.member(k - 1) && this.member(k - 3)) return undefined;
    return (recv !== undefined ? owner === recv : owner === undefined || owner === 'this') ? this.methodValue(k + 2, 0) : undefined;
  }

  /**
   * A builder's method chained after the call whose `(` is token p, or after a call around it:
   * `.post(body)`, `.POST(…)` (`Request.Builder().url(url).post(body)`,
   * `HttpRequest.newBuilder(URI.create(url)).POST(…)`). Only the chain itself: the next statement's
   * `requests.post(…)` is another call.
   */
  private chainedMethod(p: number): HttpMethod | 'unknown' | undefined {
    for (let q = p, level = 0; q !== -1 && level < 3; q = this.inCall[q]!, level++) {
      let k = this.partner[q]!;
      if (k === -1) return undefined;
      for (let links = 0; links < 16 && this.member(k + 1) && this.id(k + 2) !== undefined; links++) {
        const m = builderMethod(this.id(k + 2)!);
        if (m) return m;
        // OkHttp's and java.net.http's `.method("POST", body)`; `.method(verb, body)` with a method not read here: unknown.
        if (this.id(k + 2) === 'method' && this.op(k + 3, '(') && !this.op(k + 4, ')')) return this.methodValue(k + 4, 0);
        if (!this.op(k + 3, '(') || this.partner[k + 3]! === -1) break;
        k = this.partner[k + 3]!;
      }
    }
    return undefined;
  }

  /** Whether token k is a URL variable a request is made with in place: `url.openConnection()`, `url.readText()` (Java/Kotlin). */
  private opensConnection(k: number): boolean {
    return this.lang === 'java' && !this.member(k - 1) && this.member(k + 1) && URL_OPENERS.test(this.id(k + 2) ?? '') && this.op(k + 3, '(');
  }

  /**
   * Whether token k is the URL wrapped for a request (Java, Kotlin, Go): the one argument of `URI.create(url)`,
   * `new URL(url)`, `URI(url)` given to a request (`.uri(URI.create(url))`, `HttpRequest.newBuilder(URI.create(url))`).
   */
  private wrappedForRequest(k: number): boolean {
    if (this.lang !== 'java' && this.lang !== 'go') return false;
    const p = this.inCall[k]!;
    if (p !== k - 1 || this.partner[p] !== k + 1) return false;
    let c = this.calleeAt(p);
    if (!URL_WRAPPERS.test(this.id(c) ?? '')) return false;
    while (this.member(c - 1) && this.id(c - 2) !== undefined) c -= 2;
    if (this.id(c - 1) === 'new') c--;
    const q = this.inCall[c]!;
    return q !== -1 && this.requestCallee(q);
  }

  /**
   * The method of a request made through `HttpURLConnection` from the URL over tokens [a, b] (`x.openConnection()`
   * right after b): `conn.setRequestMethod("DELETE")` or Kotlin's `requestMethod = "POST"` (on the variable the
   * connection is assigned to, or in an `.apply { … }` on it); with none, a connection given output
   * (`setDoOutput(true)`, `doOutput = true`, `getOutputStream()`) sends a POST (the JDK turns its GET into one).
   * Bounded windows; undefined when the URL opens no connection, or no method is set (a GET).
   */
  protected connectionMethod(a: number, b: number): HttpMethod | 'unknown' | undefined {
    if (this.lang !== 'java' || !this.member(b + 1) || this.id(b + 2) !== 'openConnection' || !this.op(b + 3, '(') || this.partner[b + 3] !== b + 4) return undefined;
    // The variable: `conn = (HttpURLConnection) url.openConnection()`, `val conn = (URL(…).openConnection() as HttpURLConnection)`.
    let name: string | undefined;
    for (let k = a - 1, n = 0; k >= 0 && n < 8; k--, n++) {
      if (this.op(k, '=')) {
        name = this.id(k - 1);
        break;
      }
      if (this.op(k, ')') && this.partner[k]! >= 0 && this.partner[k]! < k) k = this.partner[k]!;
      else if (!this.op(k, '(')) break;
    }
    let output = false;
    const read = (k: number, own: boolean): HttpMethod | 'unknown' | undefined => {
      const at = own ? k : k + 2;
      if (!own && !(this.id(k) === name && !this.member(k - 1) && this.member(k + 1))) return undefined;
      if (this.id(at) === 'setRequestMethod' && this.op(at + 1, '(')) return this.methodValue(at + 2, 0);
      if (this.id(at) === 'requestMethod' && this.op(at + 1, '=')) return this.methodValue(at + 2, 0);
      if ((this.id(at) === 'setDoOutput' && this.op(at + 1, '(') && this.id(at + 2) === 'true') || (this.id(at) === 'doOutput' && this.op(at + 1, '=') && this.id(at + 2) === 'true')) output = true;
      if (this.id(at) === 'getOutputStream' || this.id(at) === 'outputStream') output = true;
      return undefined;
    };
    // Kotlin's `(… as HttpURLConnection).apply { requestMethod = "POST" }` (also `also`, `run`, `with`-like scopes).
    let e = b + 4;
    for (let n = 0; n < 4 && (this.id(e + 1) === 'as' || this.op(e + 1, ')') || this.op(e + 1, '?')); n++) e += this.id(e + 1) === 'as' ? 2 : 1;
    if (this.member(e + 1) && /^(?:apply|also|run)$/.test(this.id(e + 2) ?? '') && this.op(e + 3, '{') && this.partner[e + 3]! > e + 3) {
      const close = this.partner[e + 3]!;
      for (let k = e + 4, n = 0; k < close && n < WINDOW * 2; k++, n++) {
        const own = !this.member(k - 1) || this.id(k - 2) === 'it' || this.id(k - 2) === 'this';
        const m = own ? read(k, true) : undefined;
        if (m !== undefined) return m;
      }
      e = close;
    }
    if (name !== undefined) {
      const stop = Math.min(this.toks.length, e + WINDOW * 4);
      for (let k = e + 1; k < stop; k++) {
        // The function ends (a block closes that opened before the URL), the variable is given another value.
        if (this.op(k, '}') && this.partner[k]! < a) break;
        if (this.id(k) === name && this.op(k + 1, '=') && !this.member(k - 1)) break;
        const m = read(k, false);
        if (m !== undefined) return m;
      }
    }
    return output ? 'POST' : undefined;
  }

  /**
   * The method the call's arguments give beyond the window methodAround reads: a `method` key anywhere at
   * the top level of an options object (`{ headers, body: …, method: 'POST' }`), an options object in a
   * variable of the file (`fetch(url, opts)`), a method in a variable (`{ method }`, `requests.request(method,
   * url)`, `method=verb`), and Python's urllib given data (`urlopen(url, data)`: a POST). 'unknown' where a
   * method is given in a value not read here (a parameter, a condition); undefined where none is given.
   */
  private methodOfArguments(p: number, a: number, b: number, callee: string | undefined): HttpMethod | 'unknown' | undefined {
    const urllib = this.lang === 'python' && (callee === 'urlopen' || callee === 'Request');
    let positional = 0;
    for (const [x, y] of this.args(p)) {
      const own = x <= a && b < y;
      if (this.isKwarg([x, y])) {
        const key = this.id(x)!;
        if (METHOD_KEY.test(key)) return this.methodValue(x + 2, 0);
        if (urllib && key === 'data' && !(y === x + 3 && this.id(x + 2) === 'None')) return 'POST';
        continue;
      }
      positional++;
      if (own) continue;
      // urllib: `urlopen(url, data)`, `Request(url, data)`: data given is a POST.
      if (urllib && positional === 2 && !(y === x + 1 && this.id(x) === 'None')) return 'POST';
      if ((this.op(x, '{') || (this.lang === 'php' && this.op(x, '['))) && this.partner[x] === y - 1) {
        const m = this.optionsMethod(x, 0);
        if (m !== undefined) return m;
        continue;
      }
      const name = y === x + 1 ? this.id(x) : undefined;
      if (name === undefined) continue;
      if (METHOD_KEY.test(bare(name))) return this.methodValue(x, 0);
      const v = this.valueOf(name, x);
      if (v !== -1 && (this.op(v, '{') || (this.lang === 'php' && this.op(v, '[')))) {
        const m = this.optionsMethod(v, 1);
        if (m !== undefined) return m;
      } else if (this.lang === 'js' && positional === 2 && callee !== undefined && OPTIONS_SECOND.test(callee) && !(v !== -1 && this.op(v, '['))) {
        // `fetch(url, init)` with `init` made elsewhere (a parameter, a call): its method is not known.
        return 'unknown';
      }
    }
    return undefined;
  }

  /**
   * The `method` of the options object (or PHP array) opening at token o: its top-level keys only (what a
   * value holds, a body's own `method`, is no option), with `{ method }` shorthand and `...spread` of an
   * object of the file. Bounded: a key past OPTION_TOKENS is not read.
   */
  protected optionsMethod(o: number, depth: number): HttpMethod | 'unknown' | undefined {
    for (const [entry, end] of this.objectEntries(o)) {
      const m = this.entryMethod(entry, end, depth);
      if (m !== undefined) return m;
    }
    return undefined;
  }

  /** The method an options entry [entry, end) gives: `key: value`, `'key' => value`, `method` (shorthand), `...spread`. */
  private entryMethod(entry: number, end: number, depth: number): HttpMethod | 'unknown' | undefined {
    const key = this.id(entry) ?? this.str(entry);
    if (key !== undefined && (this.op(entry + 1, ':') || this.op(entry + 1, '=>') || this.op(entry + 1, '=')) && entry + 2 < end) {
      if (METHOD_KEY.test(key)) return this.methodValue(entry + 2, depth);
      // jQuery's `type: 'POST'`: only an HTTP word (a body's `type: 'text'` is none).
      const s = key === 'type' ? this.str(entry + 2) : undefined;
      return s !== undefined && HTTP_WORDS[s.toUpperCase()] ? HTTP_WORDS[s.toUpperCase()]! : undefined;
    }
    if (end === entry + 1 && this.id(entry) !== undefined && METHOD_KEY.test(this.id(entry)!)) return this.methodValue(entry, depth);
    // `...opts` (the tokenizer gives three dots).
    if (this.op(entry, '.') && this.op(entry + 1, '.') && this.op(entry + 2, '.') && end === entry + 4 && this.id(entry + 3) !== undefined && depth < 2) {
      const v = this.valueOf(this.id(entry + 3)!, entry);
      if (v !== -1 && this.op(v, '{')) return this.optionsMethod(v, depth + 1);
    }
    return undefined;
  }

  /**
   * The HTTP method a value at token k names: a method string, a method constant (`http.MethodPost`,
   * `HttpMethod.POST`), or a variable of the file holding one; 'unknown' for anything else.
   */
  protected methodValue(k: number, depth: number): HttpMethod | 'unknown' {
    const s = this.str(k);
    if (s !== undefined) return HTTP_WORDS[s.toUpperCase()] ?? 'unknown';
    // Ruby's `method: :post`.
    if (this.op(k, ':') && this.id(k + 1) !== undefined) return HTTP_WORDS[this.id(k + 1)!.toUpperCase()] ?? 'unknown';
    const name = this.id(k);
    if (name === undefined) return 'unknown';
    let last = k;
    while (this.member(last + 1) && this.id(last + 2) !== undefined) last += 2;
    if (last > k) {
      // Go's `http.MethodPost`, Spring's `HttpMethod.POST`, Ktor's `HttpMethod.Post`.
      const word = this.id(last)!;
      // (PHP's `RequestInterface::METHOD_POST`.)
      const m = /^Method([A-Z][a-z]+)$/.exec(word)?.[1]?.toUpperCase() ?? (this.id(last - 2) === 'HttpMethod' && /^[A-Z][a-z]+$/.test(word) ? word.toUpperCase() : word.replace(/^METHOD_/, ''));
      return /^[A-Z]+$/.test(m) && HTTP_WORDS[m] ? HTTP_WORDS[m]! : 'unknown';
    }
    // A value that goes on (`isNew ? 'POST' : 'PUT'`, a call) is not one word.
    if (this.op(k + 1, '(') || this.op(k + 1, '?') || this.op(k + 1, '.')) return 'unknown';
    const v = depth < 2 ? this.valueOf(name, k) : -1;
    return v === -1 ? 'unknown' : this.methodValue(v, depth + 1);
  }

  /**
   * Ruby's Net::HTTP request classes, `Net::HTTP::Post.new(uri)` (`Get`, `Post`, `Put`, `Patch`, `Delete`, `Head`),
   * for the call whose `(` is token p: the request's method (its class), else undefined. The request is
   * sent later (`http.request(req)`); it is read where it is made, like Apache's `new HttpPost(url)`.
   */
  protected rubyRequestClass(p: number): HttpMethod | undefined {
    if (this.lang !== 'ruby' || this.id(p - 1) !== 'new' || !this.member(p - 2)) return undefined;
    const cls = this.id(p - 3);
    if (cls === undefined || !/^(?:Get|Post|Put|Patch|Delete|Head)$/.test(cls) || !this.op(p - 4, '::') || this.id(p - 5) !== 'HTTP') return undefined;
    return HTTP_WORDS[cls.toUpperCase()];
  }
}

/**
 * The method a helper's name says, for one not defined in the file (`graphPost`, `post_to_graph`,
 * `fbDelete`, `_post`): its words, split at case changes and `_`; a name that also says a read
 * (`getPost`, `fetch_post`) says nothing.
 */
function methodOfHelperName(callee: string): HttpMethod | undefined {
  const words = callee
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  if (words.some((w) => READ_WORDS.has(w))) return undefined;
  // The verb leads (`postToGraph`, `_post`, `delete_object`), or follows words for Graph (`graphPost`,
  // `fbDelete`, `metaApiPut`): `putInQueue`, `savePostLink` and `postEvent` are no such helpers.
  const verb = words.findIndex((w) => HELPER_VERBS[w] !== undefined);
  if (verb === -1 || !words.slice(0, verb).every((w) => GRAPH_WORDS.has(w))) return undefined;
  const rest = words.slice(verb + 1);
  if (rest.length > 0 && !rest.some((w) => GRAPH_WORDS.has(w) || w === 'to' || w === 'object' || w === 'node')) return undefined;
  return HELPER_VERBS[words[verb]!];
}

/** Verbs of a helper's name (methodOfHelperName). */
const HELPER_VERBS: Record<string, HttpMethod> = Object.assign(Object.create(null) as Record<string, HttpMethod>, { post: 'POST', put: 'POST', patch: 'POST', delete: 'DELETE', del: 'DELETE' });
/** Words that may stand beside a helper's verb (`graphPost`, `fb_delete`, `postToGraph`, `metaApiPut`). */
const GRAPH_WORDS = new Set(['graph', 'fb', 'facebook', 'meta', 'api', 'http', 'do', 'send', 'request', 'req', 'async', 'call']);

/** Words of a helper's name that say it reads (methodOfHelperName). */
const READ_WORDS = new Set(['get', 'fetch', 'read', 'load', 'list', 'find', 'query', 'retrieve', 'search', 'show', 'render', 'log', 'print', 'format', 'build', 'make', 'url', 'parse']);

function methodOfName(callee: string): HttpMethod | undefined {
  const c = callee.toLowerCase();
  // Spring's RestTemplate: postForObject, postForEntity, postForLocation.
  // Ktor's submitForm (a GET with `encodeInQuery = true`: methodAround reads it) and submitFormWithBinaryData.
  if (/^(?:post|postform|post_form|postjson|post_json|put|patch|post_async|postasync|putasync|patchasync|postforobject|postforentity|postforlocation|submitform|submitformwithbinarydata)$/.test(c)) return 'POST';
  // Apache HttpClient's `new HttpPost(url)`, `new HttpDelete(url)`, …
  if (/^http(?:post|put|patch)$/.test(c)) return 'POST';
  if (/^(?:delete|del|httpdelete|deleteasync)$/.test(c)) return 'DELETE';
  if (/^(?:get|head|getjson|get_json|urlopen|httpget|httphead|getasync)$/.test(c)) return c === 'urlopen' ? undefined : 'GET';
  return undefined;
}

function builderMethod(name: string): HttpMethod | undefined {
  if (name === 'post' || name === 'POST' || name === 'put' || name === 'PUT' || name === 'patch') return 'POST';
  if (name === 'delete' || name === 'DELETE') return 'DELETE';
  return undefined;
}

/** Where a Ktor request's builder lambda is (Scanner.ktorBlock). */
type KtorBlock = { trailing: true; open: number } | { trailing: false; open: number; recv: string | undefined; before?: HttpMethod | 'unknown' };
