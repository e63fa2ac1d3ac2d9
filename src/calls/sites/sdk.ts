/**
 * Business SDKs: the generated node classes' methods (`sdkCall`), with the bindings they read, a name's SDK class at
 * a token: `collectBindings` and its per-language `collect…Bindings`, `bindJavaLambda`, `bindPythonField`,
 * `bindRubyBlock`, `bindKotlinLambda` write them with `bind`; `boundAt` reads them (by function and, for members,
 * by class); `sdkClassNamed` says whether a name is the SDK's class or the code's own (the file's imports). Then the
 * Ruby and PHP SDKs' readers (`rubyCall`, `rubyBoundChain`, `phpFactory`…) and Meta's WhatsApp Node SDK
 * (`waSdkCall`). Start at `collectBindings`, then `sdkCall`. Builds on clients.ts.
 */
import { type HttpMethod, isSdkEdgeMethod, nodeMethod, sdkClasses, sdkHelperMethod, sdkOperation, type Segment } from '../endpoints.js';
import { ID, NUM, STR } from '../lex.js';
import { lowerBound } from '../../arrays.js';
import { bare, type FieldsRead, HELPER_BODY_TOKENS, HOST, isInstagramHost, MAX_CALL_FIELDS, MAX_SHADOWED, noFields, OPTION_TOKENS } from './common.js';
import { ClientReader } from './clients.js';

/** Node methods no other library spells so: Python's `api_*`/`remote_*`, PHP's `*Self` (business SDKs). */
const SDK_ONLY_NODE_METHOD = /^(?:api_(?:get|update|delete)|remote_(?:read|update|delete)|(?:get|update|delete)Self)$/;

/**
 * The WhatsApp Node SDK's calls, by API and method: the edge each POSTs to on the sender's phone number ('': the
 * node itself). Its source, src/api/*.ts of github.com/WhatsApp/WhatsApp-Nodejs-SDK: every message type is a
 * POST to `messages` (`status` marks a message read), `requestCode` to `request_code`, `verifyCode` to
 * `verify_code`, `setPin` to the phone number.
 */
const WA_SDK_CALLS = new Map<string, Map<string, string>>([
  ['messages', new Map(['audio', 'contacts', 'document', 'image', 'interactive', 'location', 'sticker', 'template', 'text', 'video', 'status'].map((m) => [m, 'messages']))],
  ['phoneNumbers', new Map([['requestCode', 'request_code'], ['verifyCode', 'verify_code']])],
  ['twoStepVerification', new Map([['setPin', '']])],
]);

export abstract class SdkReader extends ClientReader {
  /**
   * Variables bound to an SDK class (`const page = new Page(id)`): by bare name, then by the function the binding
   * holds in (-1: the file), each binding with the token where it starts to hold (the name's) and the class
   * (undefined: the name was given something else there). A binding holds only where boundAt says (hunt LP31-1: one
   * map for the whole file made `c.delete(k)` on another function's `new Map()` a Graph DELETE).
   */
  private bound = new Map<string, Map<number, Binding[]>>();
  /**
   * Members (`self.campaign = …`, `$this->campaign = …`, Ruby's `@campaign = …`) and fields declared with their class
   * (`private account: AdAccount`), by `class token:name` (-1: no class): a class's member is its own (hunt LP2-4).
   */
  private boundMembers = new Map<string, Binding[]>();
  /** Whether the binding lists are in token order (boundAt sorts them at its first need). */
  private boundSorted = false;
  /** The `class token:name` keys of boundMembers, by name (a base class's member: boundAt). */
  private memberClasses = new Map<string, string[]>();
  /** The members each class assigns, whatever the value (`class token:name`). */
  private memberAssigned = new Set<string>();
  /** How deep boundAt follows member aliases (`self.campaign = campaign`) at this moment. */
  private aliasDepth = 0;
  /** The functions each name is declared in (a local or a parameter of its own), by bare name (localScopes). */
  private locals: Map<string, Set<number>> | undefined;
  /** A Python function's `global` and `nonlocal` names, by its scope token (globalsOf). */
  private globals = new Map<number, Map<string, 'global' | 'nonlocal'>>();
  /** Python and Ruby: each token's line block (closedBefore: every line opens one), and where each ends. */
  private lineBlocks: Int32Array | undefined;
  private lineBlockEnds: Map<number, number> | undefined;
  /** The file's names for SDK classes ('' for a name of the code's own): fileClasses, at the first need. */
  private classNames: Map<string, string> | undefined;
  /** Ruby: each `do` token's block end (rubyDoEnds; made at the first need). */
  private doEnds: Map<number, number> | undefined;

  // ---- Meta's WhatsApp Node SDK ----
  /**
   * A call of Meta's WhatsApp Node SDK (npm `whatsapp`, archived in 2024) at callee token i, in a file that imports
   * it: `wa.messages.text(…)` and the other message types, `wa.phoneNumbers.requestCode(…)`, `verifyCode(…)`,
   * `wa.twoStepVerification.setPin(…)`. Each is a POST on the sender's phone number (`new WhatsApp(id)`, or the
   * SDK's `WA_PHONE_NUMBER_ID`), whatever the receiver is called (`this.client.messages.text`): the API's name
   * and the method's are the SDK's own, in a file that imports it.
   */
  protected waSdkCall(i: number): boolean {
    const api = this.member(i - 1) && this.member(i - 3) ? this.id(i - 2) : undefined;
    const edge = api === undefined ? undefined : WA_SDK_CALLS.get(api)?.get(this.id(i)!);
    if (edge === undefined || (this.id(i - 4) === undefined && !this.op(i - 4, ')') && !this.op(i - 4, ']'))) return false;
    const segments: Segment[] = edge === '' ? [{ ph: 'phone-number-id' }] : [{ ph: 'phone-number-id' }, { lit: edge }];
    this.push(this.toks.start[i - 2]!, this.toks.end[i]!, 'POST', { segments, empty: false }, 'sdk');
    return true;
  }

  // ---- business SDKs ----
  /** `x = new Page(id)`, `x = Page(id)` (Python), `Page x = new Page(id, ctx)` (Java), `$x = new Page($id)`, Ruby `x = FacebookAds::Page.get(id)`. */
  protected collectBindings(): void {
    // Python's loops and annotated parameters first: an assignment reads them (`job = account.get_insights(…,
    // is_async=True)` on a parameter `account: AdAccount`).
    if (this.lang === 'python') this.collectPythonBindings();
    const n = this.toks.length;
    for (let i = 0; i + 3 < n; i++) {
      const name = this.id(i);
      if (!name || !(this.op(i + 1, '=') || this.op(i + 1, ':='))) continue;
      let k = i + 2;
      if (this.id(k) === 'await') k++;
      if (this.id(k) === 'new') k++;
      while (this.id(k) && this.member(k + 1) && this.id(k + 2)) k += 2;
      // Ruby: `comment = with_retry { FacebookAds::Comment.get(id) }` (hunt Y32-3).
      if (this.lang === 'ruby' && this.id(k) !== undefined && !this.member(k + 1)) {
        const o = this.op(k + 1, '(') && this.partner[k + 1]! > k + 1 ? this.partner[k + 1]! + 1 : k + 1;
        if (this.op(o, '{') && this.id(o + 1) === 'FacebookAds' && this.id(o + 5) === 'get' && this.rubyAssignedGet(o + 5) === i) k = o + 5;
      }
      let cls = this.id(k);
      // Ruby: FacebookAds::AdAccount.get(id) — the class is before `.get`.
      if (this.lang === 'ruby' && (cls === 'get' || cls === 'new') && this.member(k - 1)) cls = this.rubySdkNamespace(k - 2) ? this.id(k - 2) : undefined;
      const sdkCls = cls === undefined ? undefined : this.sdkClassNamed(cls, k);
      // `$account = (new AdAccount($id))->read([…])` (PHP; JavaScript's `(new X(id)).get(…)`): what the method
      // returns, as for `X(id).method(…)` (the PHP SDK's `read()` and `getSelf()` return the node).
      const w = this.op(k, '(') && this.id(k + 1) === 'new' && this.id(k + 2) !== undefined && this.op(k + 3, '(') ? this.partner[k]! : -1;
      if (w > k && this.partner[k + 3] === w - 1 && this.member(w + 1) && this.id(w + 2) !== undefined) {
        const made = this.sdkClassNamed(this.id(k + 2)!, k + 2);
        if (made !== undefined) this.bindResult(i, made, w + 2);
      } else if (sdkCls !== undefined && (this.op(k + 1, '(') || this.op(k + 1, '.'))) {
        // `x = AdAccount(id).create_campaign(…)`: x holds what the chained method returns, not the object made.
        const made = this.op(k + 1, '(') ? this.partner[k + 1]! : -1;
        if (made > k + 1 && this.member(made + 1) && this.id(made + 2) !== undefined) this.bindResult(i, sdkCls, made + 2);
        else this.bind(i, sdkCls);
      } else if (cls && k > i + 2 && this.member(k - 1) && this.id(k - 2) !== undefined && !this.member(k - 3)) {
        // `campaign = account.create_campaign(…)` on a variable bound to an SDK class.
        const recv = this.boundAt(bare(this.id(k - 2)!), k - 2);
        if (recv !== undefined) this.bindResult(i, recv, k);
      } else if (cls && k === i + 2 && this.member(i - 1) && !this.isKeyword(cls) && !this.member(k + 1) && !this.op(k + 1, '(') && !this.op(k + 1, '[')) {
        // (Not a reset, `$this->campaign = null` in a tear-down: the methods run in any order.)
        // `self.campaign = campaign`: the member is what the variable holds there, read when the member is (hunt
        // LP4-1: the whole-file binding had read it by the bare name).
        this.bindAlias(i, bare(cls), k);
      }
      // Every assignment of a member, whatever its value: a class that assigns its own is not another's (boundAt).
      if ((this.member(i - 1) && /^(?:this|self|\$this)$/.test(this.id(i - 2) ?? '')) || (this.lang === 'ruby' && name.startsWith('@')))
        this.memberAssigned.add(`${this.classOf(i)}:${bare(name)}`);
      // Java: `AdAccount account = …`
      const typ = this.id(i - 1);
      const typed = typ !== undefined && this.lang === 'java' ? this.sdkClassNamed(typ, i - 1) : undefined;
      if (typed !== undefined) this.bind(i, typed);
    }
    if (this.lang === 'js') this.collectNodeBindings();
    if (this.lang === 'ruby') for (let i = 2; i + 1 < n; i++) if (this.kind(i) === ID) this.bindRubyBlock(i);
    this.collectTypedBindings();
  }

  /**
   * Python: a loop's variable over what an edge getter returns (`for campaign in account.get_campaigns(…):`, or in
   * a variable holding it), in the function around the loop (a loop over anything else gives the name something
   * else); a parameter annotated with an SDK class (`def f(account: AdAccount)`, `adaccount.AdAccount`), in its
   * function.
   */
  private collectPythonBindings(): void {
    for (let i = 1; i + 2 < this.toks.length; i++) {
      if (this.id(i) === undefined) continue;
      if (this.id(i - 1) === 'for' && this.id(i + 1) === 'in') {
        // A comprehension's variable is its own: over an edge getter it holds from the bracket's start (its
        // expression comes first: `[c.api_update() for c in account.get_campaigns()]`) to its end, and gives no
        // name of the function anything.
        const cls = this.edgeClassAt(i + 2, 0);
        const open = this.inBracket[i]!;
        if (open === -1) this.bind(i, cls, this.scopeOf(i));
        else if (cls !== undefined && this.partner[open]! > open) this.bind(open, cls, this.scopeOf(i), bare(this.id(i)!), this.partner[open]!);
        continue;
      }
      const p = this.inCall[i]!;
      if (this.op(i + 1, ':') && p === -1 && this.inBracket[i] === -1 && this.lineIndent(i) > 0) {
        this.bindPythonField(i);
        continue;
      }
      if (!this.op(i + 1, ':') || !(this.op(i - 1, '(') || this.op(i - 1, ',')) || p === -1 || this.id(p - 2) !== 'def') continue;
      let t = i + 2;
      while (this.id(t) !== undefined && this.member(t + 1) && this.id(t + 2) !== undefined) t += 2;
      const typ = this.id(t);
      const cls = typ !== undefined && (this.op(t + 1, ',') || this.op(t + 1, ')') || this.op(t + 1, '=')) ? this.sdkClassNamed(typ, t) : undefined;
      if (cls === undefined) continue;
      // The def's body: its scope is the line's first token (`async` of `async def`).
      this.scopeOf(0);
      const d = this.id(p - 3) === 'async' ? p - 3 : p - 2;
      this.bind(i, cls, this.scopeEnds.has(d) ? d : this.scopeOf(i));
    }
  }

  /**
   * Python: a class-level annotation at the start of a line, `campaign: Campaign` (a `@dataclass`'s, pydantic's or
   * attrs' field; a plain class's declared attribute), with or without a value: the class's member `self.campaign`
   * (hunt LP4-6b), as a TypeScript or Java field is.
   */
  private bindPythonField(i: number): void {
    const home = this.classOf(i);
    // (Not `else:` with a line after it.)
    if (home === -1 || this.scopeOf(i) !== this.scopeOf(home) || this.lineIndent(i + 2) !== -1) return;
    let t = i + 2;
    while (this.id(t) !== undefined && this.member(t + 1) && this.id(t + 2) !== undefined) t += 2;
    const typ = this.id(t);
    // (`Optional[Campaign]`, `list[Campaign]`: not read; a `Campaign | None` is.)
    const end = this.lineIndent(t + 1) !== -1 || t + 1 >= this.toks.length || this.op(t + 1, '=') || this.op(t + 1, '|');
    const cls = typ !== undefined && end ? this.sdkClassNamed(typ, t) : undefined;
    if (cls !== undefined) this.pushMember(home, bare(this.id(i)!), { at: i, scope: -1, cls, member: false });
  }

  /**
   * Binds `name` to the class of what the SDK method at token m, called on an object of class `recv`, returns:
   * a create the object it makes (`create_campaign` → `Campaign`), an insights read made asynchronous
   * (`get_insights(…, is_async=True)`, `getInsightsAsync`) the job, an `AdReportRun`, and a read or update of
   * the node itself (`api_get(…)`, Node's `get(…)`, Java's `get()…execute()`, Ruby's `tap { … }`) the same object,
   * when what follows in the chain keeps it (keepsObject); otherwise `name` holds nothing known (a list an edge
   * read returns, what another method returns): a call on it is not read as the class's.
   */
  private bindResult(at: number, recv: string, m: number): void {
    const method = this.id(m)!;
    const camel = method.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    const p = this.op(m + 1, '(') ? m + 1 : -1;
    const op = sdkOperation(recv, method, this.lang);
    let cls: string | undefined;
    if (camel === 'getInsightsAsync' || (camel === 'getInsights' && p !== -1 && this.asyncKwarg(p))) cls = 'AdReportRun';
    else if (/^create[A-Z]/.test(camel) && op?.http === 'POST' && op.edge !== undefined) cls = /^create([A-Z]\w*)$/.exec(camel)![1];
    else if ((op !== undefined && op.edge === undefined && op.node === undefined && op.http !== 'DELETE') || (method === 'tap' && this.lang === 'ruby')) cls = recv;
    this.bind(at, cls !== undefined && sdkClasses[cls] && this.keepsObject(m) ? cls : undefined);
  }

  /**
   * Binds the name at token `at` to `cls` (undefined: to something else) from there on, in `scope`: by default the
   * function the name is declared in (declares), or the file for an assignment that declares nothing (`x = …` of
   * a variable declared elsewhere, `self.x = …`).
   */
  private bind(at: number, cls: string | undefined, scope = this.bindingScope(at), name = bare(this.id(at)!), until?: number): void {
    const member = this.member(at - 1) || (this.lang === 'ruby' && this.id(at)!.startsWith('@'));
    const b: Binding = { at, scope, cls, member, ...(until !== undefined ? { until } : {}) };
    // A field of a class (declared with its class, at the class's level) is also its member.
    const home = this.classOf(at);
    if (member || (scope === -1 && home !== -1 && this.scopeOf(at) === -1)) this.pushMember(home, name, b);
    if (!member) {
      const scopes = this.bound.get(name) ?? this.bound.set(name, new Map()).get(name)!;
      (scopes.get(scope) ?? scopes.set(scope, []).get(scope)!).push(b);
    }
    this.boundSorted = false;
  }

  /** `self.campaign = campaign` at token `at`: the member holds what `from` holds at token `fromAt` (read lazily). */
  private bindAlias(at: number, from: string, fromAt: number): void {
    this.pushMember(this.classOf(at), bare(this.id(at)!), { at, scope: -1, cls: undefined, member: true, alias: { name: from, at: fromAt } });
  }

  /** A member binding of class `home` (its token; -1: none) under `home:name`, the key listed under the member's name. */
  private pushMember(home: number, name: string, b: Binding): void {
    const key = `${home}:${name}`;
    this.boundSorted = false;
    const list = this.boundMembers.get(key);
    if (list) list.push(b);
    else {
      this.boundMembers.set(key, [b]);
      (this.memberClasses.get(name) ?? this.memberClasses.set(name, []).get(name)!).push(key);
    }
  }

  /**
   * The function a name assigned at token `at` holds in: the one it is declared in (declares), else the file; a
   * Python function's name that it declares `global` is the module's (`global account` in `init()`: hunt LP2-2).
   */
  private bindingScope(at: number): number {
    if (!this.declares(at)) return -1;
    const s = this.scopeOf(at);
    if (s === -1 || this.lang !== 'python') return s;
    const declared = this.globalsOf(s).get(this.id(at)!);
    // `nonlocal account` in a nested `init()`: the enclosing function's (hunt LP3-1).
    return declared === 'global' ? -1 : declared === 'nonlocal' ? this.scopeOf(s) : s;
  }

  /** The names a Python function declares `global` or `nonlocal` in its own body (read once per function: linear). */
  private globalsOf(s: number): Map<string, 'global' | 'nonlocal'> {
    let names = this.globals.get(s);
    if (names) return names;
    names = new Map();
    this.globals.set(s, names);
    const end = this.scopeEnds.get(s) ?? this.toks.length - 1;
    for (let k = s; k <= end; k++) {
      const w = this.id(k);
      if ((w === 'global' || w === 'nonlocal') && this.scopeOf(k) === s && this.lineIndent(k) !== -1)
        for (let g = k + 1; this.id(g) !== undefined; g += 2) {
          names.set(this.id(g)!, w);
          if (!this.op(g + 1, ',')) break;
        }
    }
    return names;
  }

  /**
   * The SDK class `name` holds at token r: the last binding before r whose function r is in, unless the name is
   * assigned something else between them (`const c = new Map()` after a loop's `c` of campaigns) or r is in a
   * function with a parameter of that name that the binding is outside of. Linear: a search, then at most
   * MAX_SHADOWED bindings looked at.
   */
  private boundAt(name: string, r: number): string | undefined {
    if (!this.boundSorted) {
      for (const scopes of this.bound.values()) for (const l of scopes.values()) l.sort((x, y) => x.at - y.at);
      for (const l of this.boundMembers.values()) l.sort((x, y) => x.at - y.at);
      this.boundSorted = true;
    }
    // A member of the object itself (`this.campaign`, `self.campaign`, `$this->campaign`, Ruby's `@campaign`): what its
    // class assigns it, in any method, before or after (the methods run in any order), the last assignment read;
    // another class's member of the name is not it (hunt LP2-4, LP3-4), nor is a member of another object
    // (`ad.campaign.update(…)`: an ORM row's foreign key, hunt LP3-3). A field declared with its class
    // (TypeScript's `private account: AdAccount`, Java's `private AdAccount account = …`) is the member's too, when
    // no method assigns the member.
    const ivar = this.lang === 'ruby' && (this.id(r) ?? '').startsWith('@');
    if (this.member(r - 1) || ivar) {
      if (!ivar && !/^(?:this|self|\$this|cls|static)$/.test(this.id(r - 2) ?? '')) return undefined;
      const home = this.classOf(r);
      const found = this.memberIn(`${home}:${name}`);
      if (found !== undefined || this.memberAssigned.has(`${home}:${name}`)) return found;
      // A class that assigns no member of the name uses one a base class or the class it is mixed into assigns
      // (hunt LP4-2): another class's, when only one class assigns it an SDK object.
      let only: string | undefined;
      const keys = this.memberClasses.get(name) ?? [];
      for (let k = 0; k < keys.length && k < MAX_SHADOWED; k++) {
        const key = keys[k]!;
        if (key === `${home}:${name}`) continue;
        const cls = this.memberIn(key);
        if (cls === undefined) continue;
        if (only !== undefined && only !== cls) return undefined;
        only = cls;
      }
      return only;
    }
    const scopes = this.bound.get(name);
    // Ruby: a bare name no local holds is the object's own reader (`attr_accessor :object` of `@object`).
    const reader = () => (this.lang === 'ruby' ? this.memberIn(`${this.classOf(r)}:${name}`) : undefined);
    if (scopes === undefined) return reader();
    // The functions around r, innermost first (at most 16 out), then the file.
    const chain: number[] = [];
    for (let sc = this.scopeOf(r), n = 0; n < 16; sc = this.scopeOf(sc), n++) {
      chain.push(sc);
      if (sc === -1) break;
    }
    // The last binding before r in one of them. A loop that gives the name something else, in a block that ended
    // before r (an `else:`, an `except:`), may not have run: it does not end the binding (hunt LP2-3).
    let best: Binding | undefined;
    for (const sc of chain) {
      const list = scopes.get(sc);
      if (list === undefined) continue;
      let lo = 0;
      for (let hi = list.length; lo < hi; ) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]!.at < r) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo - 1, n = 0; k >= 0 && n < MAX_SHADOWED; k--, n++) {
        const b = list[k]!;
        if (best !== undefined && b.at < best.at) break;
        if (b.until !== undefined && r > b.until) continue;
        if (b.cls === undefined && this.closedBefore(b.at, r)) continue;
        best = b;
        break;
      }
    }
    if (best === undefined) return this.boundLater(name, r, chain, scopes) ?? reader();
    if (best.cls === undefined) return undefined;
    if (this.reassigned(name, best.at, r)) return undefined;
    // A parameter of the name, of a function around r, hides a binding made outside that function.
    const floor = this.parameterScope(name, r);
    if (floor !== -1 && best.at < floor && best.scope !== floor) return undefined;
    return best.cls;
  }

  /** The SDK class a class's member holds (`class token:name`): its last assignment read, else its declared field. */
  private memberIn(key: string): string | undefined {
    const list = this.boundMembers.get(key) ?? [];
    let field: Binding | undefined;
    for (let k = list.length - 1, n = 0; k >= 0 && n < MAX_SHADOWED; k--, n++) {
      const b = list[k]!;
      if (!b.member) {
        field ??= b;
        continue;
      }
      if (b.alias === undefined) return b.cls;
      if (this.aliasDepth >= 4) return undefined;
      this.aliasDepth++;
      try {
        return this.boundAt(b.alias.name, b.alias.at);
      } finally {
        this.aliasDepth--;
      }
    }
    return field?.cls;
  }

  /**
   * A binding made after r in a function around r's own, for a call in a function that runs later: a nested `def`
   * or an arrow written before `account = AdAccount(…)` and called after it (hunt LP3-1), a module's binding below
   * the function (`if __name__ == "__main__":`, `global account` set in `init()`: hunt LP2-2). Not where r's own
   * function, or one between, has its own variable or parameter of the name (a Django row's `campaign.delete()`
   * in a function above a module's `campaign = Campaign(…)`: hunt LP3-2).
   */
  private boundLater(name: string, r: number, chain: readonly number[], scopes: Map<number, Binding[]>): string | undefined {
    const own = chain[0]!;
    // An arrow or a lambda with an expression body is a function of its own, in the one around it (LP3-1), unless
    // it takes the name as a parameter (`rows.map((campaign) => campaign.update(…))`: hunt LP4-4).
    const at = this.inLambdaExpression(r);
    if (at !== -1 && this.lambdaParameters(at).has(name)) return undefined;
    const lambda = at !== -1;
    if (own === -1 && !lambda) return undefined;
    const locals = this.localScopes(name);
    if (lambda) {
      const list = scopes.get(own);
      for (let k = (list?.length ?? 0) - 1, n = 0; k >= 0 && n < MAX_SHADOWED; k--, n++) {
        const b = list![k]!;
        if (b.at > r && b.cls !== undefined && b.until === undefined) return b.cls;
      }
    }
    for (let c = 1; c < chain.length; c++) {
      const inner = chain[c - 1]!;
      if (locals.has(inner) || this.parametersOf(inner).has(name)) return undefined;
      const list = scopes.get(chain[c]!);
      if (list === undefined) continue;
      for (let k = list.length - 1, n = 0; k >= 0 && n < MAX_SHADOWED; k--, n++) {
        const b = list[k]!;
        if (b.cls !== undefined && b.until === undefined) return b.cls;
      }
    }
    return undefined;
  }

  /**
   * Whether token r is in the expression body of an arrow function or a Python lambda (`(n) => account.x(n)`,
   * `lambda n: account.x(n)`): one of them before it in its statement. Bounded: 64 tokens back.
   */
  private inLambdaExpression(r: number): number {
    for (let k = r - 1, n = 0; k >= 0 && n < 64; k--, n++) {
      if (this.op(k, '=>') || this.id(k) === 'lambda') return this.lambdaHolds(k, r) ? k : -1;
      if (this.op(k, ';') || this.op(k, '{') || this.op(k, '}')) return -1;
      if ((this.lang === 'python' || this.lang === 'ruby') && this.lineIndent(k) !== -1 && this.inBracket[k] === -1) return -1;
    }
    return -1;
  }

  /**
   * Whether the body of the arrow or lambda at token k reaches token r: its bracket is still open at r, and no `,`
   * of that bracket ends the body before r (`sorted(rows, key=lambda r: r.id), campaign.delete()`: hunt LP4-5).
   */
  private lambdaHolds(k: number, r: number): boolean {
    const level = this.inBracket[k]!;
    if (level !== -1 && this.partner[level]! < r) return false;
    for (let t = k + 1; t < r; t++) if (this.op(t, ',') && this.inBracket[t] === level) return false;
    return true;
  }

  /** The names an arrow (its `=>` at token k) or a Python lambda (`lambda` at k) takes as parameters. */
  private lambdaParameters(k: number): Set<string> {
    const out = new Set<string>();
    if (this.id(k) === 'lambda') {
      for (let t = k + 1, n = 0; t < this.toks.length && n < 64 && !this.op(t, ':'); t++, n++) if (this.id(t) !== undefined && !this.op(t - 1, '=')) out.add(bare(this.id(t)!));
      return out;
    }
    if (this.id(k - 1) !== undefined) out.add(bare(this.id(k - 1)!));
    else if (this.op(k - 1, ')') && this.partner[k - 1]! < k - 1)
      for (let t = this.partner[k - 1]! + 1; t < k - 1; t++) if (this.id(t) !== undefined && !this.member(t - 1)) out.add(bare(this.id(t)!));
    return out;
  }

  /** The functions (scope tokens) that declare a variable `name` of their own (declares), read once per file. */
  private localScopes(name: string): Set<number> {
    if (!this.locals) {
      const locals = new Map<string, Set<number>>();
      this.locals = locals;
      const add = (t: number) => {
        const sc = this.scopeOf(t);
        if (sc === -1) return;
        const n = bare(this.id(t)!);
        (locals.get(n) ?? locals.set(n, new Set()).get(n)!).add(sc);
      };
      if (!this.assigns) this.reaching(name, 0);
      for (const names of this.assignNames!.values()) for (const t of names) if (this.declares(t) && this.bindingScope(t) === this.scopeOf(t)) add(t);
      // What `assigns` does not hold (hunt LP4-3): Python's `with … as x`, `except E as x` and tuple targets
      // (`campaign, ad = pair`); JavaScript's destructuring (`const { campaign } = …`) and `catch (campaign)`.
      const n = this.toks.length;
      for (let t = 1; t < n; t++) {
        if (this.id(t) === undefined) continue;
        if (this.lang === 'python' && this.id(t - 1) === 'as') add(t);
        else if (this.lang === 'js' && this.op(t - 1, '(') && this.id(t - 2) === 'catch') add(t);
      }
      for (let t = 0; t < n; t++) {
        if (this.lang === 'js' && /^(?:const|let|var)$/.test(this.id(t) ?? '') && (this.op(t + 1, '{') || this.op(t + 1, '[')) && this.partner[t + 1]! > t + 1) {
          for (let k = t + 2; k < this.partner[t + 1]! && k - t < 256; k++) if (this.id(k) !== undefined && !this.op(k + 1, ':')) add(k);
        } else if (this.lang === 'python' && this.id(t) !== undefined && this.op(t + 1, ',') && this.lineIndent(t) !== -1 && this.inBracket[t] === -1) {
          // A line `a, b = …` (its targets before one `=`, 32 tokens at most).
          let k = t;
          while (k < n && k - t < 32 && (this.id(k) !== undefined || this.op(k, ',') || this.op(k, '*'))) k++;
          if (this.op(k, '=')) for (let m = t; m < k; m++) if (this.id(m) !== undefined) add(m);
        }
      }
    }
    return this.locals.get(name) ?? new Set();
  }

  /**
   * Whether the block token t is in ended before token r: a `{…}` closed before it, or in Python and Ruby a line's
   * block (the lines indented deeper than the line before them that is indented less) that ended before it. An
   * assignment there ran only on that branch (`except: campaign = None`).
   */
  private closedBefore(t: number, r: number): boolean {
    if (this.lang === 'python' || this.lang === 'ruby') {
      if (!this.lineBlocks) {
        this.lineBlockEnds = new Map();
        this.lineBlocks = this.indentBlocks(() => true, this.lineBlockEnds);
      }
      const b = this.lineBlocks[t]!;
      return b !== -1 && (this.lineBlockEnds!.get(b) ?? this.toks.length) < r;
    }
    let b = this.inBracket[t]!;
    while (b !== -1 && !this.op(b, '{')) b = this.inBracket[b]!;
    return b !== -1 && this.partner[b]! < r;
  }

  /**
   * Whether `name` is assigned something else after its binding at token `at` and before r, where r sees it: not a
   * member of the name (`self.account = account`: hunt LP2-1), not another function's own variable, not in a block
   * that ended before r (a branch that may not have run: hunt LP2-3). Bounded: MAX_SHADOWED assignments.
   */
  private reassigned(name: string, at: number, r: number): boolean {
    // (reaching indexes the file's assignments at its first call.)
    if (!this.assigns) this.reaching(name, r);
    const list = this.assigns!.get(name);
    if (list === undefined) return false;
    const names = this.assignNames!.get(name)!;
    for (let k = lowerBound(list, r) - 1, n = 0; k >= 0 && n < MAX_SHADOWED; k--, n++) {
      const t = names[k]!;
      if (t <= at) return false;
      if (this.member(t - 1)) continue;
      const s = this.scopeOf(t);
      if (s !== -1 && !this.inScope(s, r) && this.declares(t)) continue;
      if (this.closedBefore(t, r)) continue;
      return true;
    }
    return false;
  }

  /**
   * The function body whose parameter list holds token i (`(c: Campaign) => {`, `void pause(Campaign c) {`): its
   * `{`, else the function around i (an arrow with an expression body, a header not read).
   */
  private parameterBody(i: number): number {
    const p = this.inCall[i]!;
    const close = p === -1 ? -1 : this.partner[p]!;
    if (close > i)
      for (let k = close + 1; k < this.toks.length && k - close <= 32; k++)
        if (this.op(k, '{')) {
          if (this.partner[k]! > k && this.functionHeader(k) === close) return k;
          break;
        }
    return this.scopeOf(i);
  }

  /**
   * Whether the file makes `name` a class of its own or of another library (a PHP `use`, a Java or Kotlin import, a
   * declaration: sdkClassNamed's map), so that it is not the SDK's `APIRequest` or `Api` (hunt Y32A-4).
   */
  protected override notSdkClass(name: string): boolean {
    return this.fileClasses()?.get(name) === '';
  }

  /** What the file's imports and class declarations make of class names (Python, PHP, Java and Kotlin; else undefined). */
  private fileClasses(): Map<string, string> | undefined {
    if (this.lang !== 'python' && this.lang !== 'php' && this.lang !== 'java') return undefined;
    this.classNames ??= this.lang === 'python' ? pythonSdkClasses(this.src) : this.lang === 'php' ? phpSdkClasses(this.src) : jvmSdkClasses(this.src);
    return this.classNames;
  }

  /**
   * The SDK class the name `cls` at token k names, or undefined: in Python, PHP, Java and Kotlin, a name imported
   * from the SDK under another (`from facebook_business.adobjects.adset import AdSet as FbAdSet`: hunt LP31-5;
   * `use FacebookAds\Object\Campaign as FbCampaign;`), and not a class of the code's own of an SDK class's name
   * (`from .models import Campaign`, `class Campaign(Model)`: hunt LP31-3; `use App\Models\Campaign;`, `import
   * com.acme.model.Campaign;`: hunt Y32-1).
   */
  private sdkClassNamed(cls: string, k: number): string | undefined {
    const named = this.member(k - 1) ? undefined : this.fileClasses()?.get(cls);
    return named !== undefined ? (named === '' ? undefined : named) : sdkClasses[cls] ? cls : undefined;
  }

  /**
   * Whether the chain from the method at token m on keeps the object its first link returns: links after it
   * only build and send the same request (Java's `requestNameField()`, `setName(…)`, `execute()`) or hand the
   * object on (Ruby's `tap { … }`). Bounded: 32 links.
   */
  private keepsObject(m: number): boolean {
    let e = m;
    for (let links = 0; links < 32; links++) {
      if (this.op(e + 1, '(') && this.partner[e + 1]! > e + 1) e = this.partner[e + 1]!;
      else if (this.lang === 'ruby' && this.op(e + 1, '{') && this.partner[e + 1]! > e + 1) e = this.partner[e + 1]!;
      else return false;
      if (!this.member(e + 1)) return true;
      const next = this.id(e + 2);
      if (next === undefined || !/^(?:execute|executeAsync|request\w*Fields?|set[A-Z]\w*|tap)$/.test(next)) return false;
      e += 2;
    }
    return false;
  }

  /**
   * Java and Kotlin variables typed with an SDK class where they are declared without a value: a parameter
   * (`void pause(Campaign campaign)`, Kotlin's `fun pause(campaign: Campaign)`) or a for-each variable
   * (`for (AdSet s : sets)`).
   */
  private collectTypedBindings(): void {
    if (this.lang === 'php') return this.collectPhpTypedBindings();
    if (this.lang !== 'java') return;
    for (let i = 1; i + 2 < this.toks.length; i++) {
      this.bindJavaLambda(i);
      this.bindKotlinLambda(i);
      const typ = this.id(i);
      // (`com.facebook.ads.sdk.Campaign c`: the SDK's, written out.)
      const cls = typ === undefined ? undefined : this.member(i - 1) ? (this.sdkQualified(i) ? typ : undefined) : this.sdkClassNamed(typ, i);
      if (cls === undefined) continue;
      const name = this.id(i + 1);
      const t = this.member(i - 1) ? i - 8 : i;
      if (name !== undefined && (this.op(t - 1, '(') || this.op(t - 1, ',') || this.id(t - 1) === 'final') && (this.op(i + 2, ')') || this.op(i + 2, ',') || this.op(i + 2, ':')))
        this.bind(i + 1, cls, this.op(i + 2, ':') ? this.scopeOf(i + 1) : this.parameterBody(i + 1));
      else if (this.op(i - 1, ':') && this.id(i - 2) !== undefined && (this.op(i + 1, ')') || this.op(i + 1, ',') || this.op(i + 1, '=') || this.op(i + 1, '?')))
        this.bind(i - 2, cls, this.op(i + 1, '=') || this.op(i + 1, '?') ? this.scopeOf(i - 2) : this.parameterBody(i - 2));
    }
  }

  /**
   * Kotlin: the SDK class of the object a bare call at token i is made on inside a scope function's block,
   * `X(id, ctx).apply { update()…execute() }`, `.run { … }`, `with(X(id, ctx)) { delete().execute() }` (hunt KT-2):
   * the innermost such block around the call (at most 4 blocks out), else undefined.
   */
  private kotlinScopeReceiver(i: number): string | undefined {
    if (!this.op(i + 1, '(') || this.id(i - 1) === 'fun' || this.id(i - 1) === 'new') return undefined;
    for (let o = this.inBracket[i]!, n = 0; o !== -1 && n < 8; o = this.inBracket[o]!, n++) {
      if (!this.op(o, '{')) continue;
      if ((this.id(o - 1) === 'apply' || this.id(o - 1) === 'run') && this.member(o - 2)) return this.receiverClass(o - 3);
      if (this.op(o - 1, ')') && this.partner[o - 1]! < o - 1 && this.id(this.partner[o - 1]! - 1) === 'with') {
        const [arg] = this.args(this.partner[o - 1]!);
        return arg === undefined ? undefined : this.receiverClass(arg[1] - 1);
      }
      // (Another block, a lambda's or a function's, is passed through: the receiver is still the scope's.)
      if (n >= 3) return undefined;
    }
    return undefined;
  }

  /**
   * Kotlin: a lambda's parameter over an edge read's items, `account.getCampaigns().execute().forEach { c -> … }`,
   * and its implicit `it` (`forEach { it.update()… }`), in the lambda; a `for (c in account.getCampaigns().execute())`
   * loop's variable in the function (hunt KT-3). At token i: the lambda's `{` or the loop's variable.
   */
  private bindKotlinLambda(i: number): void {
    if (this.op(i, '{') && this.partner[i]! > i && /^(?:forEach|map|filter|onEach|forEachIndexed|let|also)$/.test(this.id(i - 1) ?? '') && this.member(i - 2)) {
      const each = this.id(i - 1) !== 'let' && this.id(i - 1) !== 'also';
      const cls = each ? this.chainEdgeClass(i - 3) : this.receiverClass(i - 3);
      if (cls === undefined) return;
      // `{ c -> … }` names it; else `it`.
      const named = this.id(i + 1) !== undefined && this.op(i + 2, '->');
      if (named) this.bind(i + 1, cls, this.scopeOf(i + 1), undefined, this.partner[i]!);
      else this.bind(i, cls, this.scopeOf(i + 1), 'it', this.partner[i]!);
      return;
    }
    if (this.id(i + 1) === 'in' && this.op(i - 1, '(') && this.id(i - 2) === 'for') {
      const close = this.partner[i - 1]!;
      const cls = close > i ? this.chainEdgeClass(close - 1) : undefined;
      if (cls !== undefined) this.bind(i, cls, this.scopeOf(i));
    }
  }

  /**
   * The edge's class of the items a chain ending at token r yields (`account.getCampaigns().execute()`, `.stream()`,
   * a variable holding the list): walked back to its start (32 links; not through a `.map(…)`), as bindJavaLambda does.
   */
  private chainEdgeClass(r: number): string | undefined {
    for (let n = 0; n < 32; n++) {
      if (this.op(r, ')') && this.partner[r]! < r && this.id(this.partner[r]! - 1) !== undefined && this.member(this.partner[r]! - 2)) {
        if (/^(?:map|flatMap|mapTo\w+|mapMulti|boxed|mapNotNull|associate\w*|groupBy)$/.test(this.id(this.partner[r]! - 1)!)) return undefined;
        r = this.partner[r]! - 3;
      } else if (this.id(r) !== undefined && this.member(r - 1) && (this.id(r - 2) !== undefined || this.op(r - 2, ')'))) r -= 2;
      else break;
    }
    // `AdAccount(id, ctx).getCampaigns()` (Kotlin makes objects without `new`): the chain starts at the callee.
    if (this.op(r, ')') && this.partner[r]! < r && this.id(this.partner[r]! - 1) !== undefined && !this.member(this.partner[r]! - 2)) r = this.partner[r]! - 1;
    if (this.id(r) === undefined || this.member(r - 1)) return undefined;
    let cls = this.edgeClassAt(r, 0);
    if (cls === undefined && !this.op(r + 1, '(') && this.id(r) !== 'new') {
      const v = this.valueOf(this.id(r)!, r);
      if (v !== -1) cls = this.edgeClassAt(v, 1);
    }
    return cls;
  }

  /**
   * Java: a lambda's parameter at token i over an edge read's items, `account.getCampaigns().execute().forEach(c ->
   * …)` (also `(c) ->`, `.stream().map(…)`, a variable holding the list): the edge's class, in the lambda (hunt
   * LP2-5b). A typed parameter (`(Campaign c) ->`) is read as any typed parameter is.
   */
  private bindJavaLambda(i: number): void {
    let open = -1;
    if (this.op(i - 1, '(') && this.op(i + 1, '->')) open = i - 1;
    else if (this.op(i - 1, '(') && this.op(i + 1, ')') && this.op(i + 2, '->') && this.op(i - 2, '(')) open = i - 2;
    const arrow = open === i - 1 ? i + 1 : i + 2;
    if (open === -1 || !/^(?:forEach|map|filter|peek|anyMatch|allMatch|noneMatch|flatMap)$/.test(this.id(open - 1) ?? '') || !this.member(open - 2)) return;
    // The start of the receiver's chain: calls and members walked back (at most 32 links).
    let r = open - 3;
    for (let n = 0; n < 32; n++) {
      if (this.op(r, ')') && this.partner[r]! < r && this.id(this.partner[r]! - 1) !== undefined && this.member(this.partner[r]! - 2)) {
        // A link that makes other items of them (`.map(c -> c.getId())`, `flatMap`, `mapToObj`): not the edge's.
        if (/^(?:map|flatMap|mapTo\w+|mapMulti|boxed)$/.test(this.id(this.partner[r]! - 1)!)) return;
        r = this.partner[r]! - 3;
      } else if (this.id(r) !== undefined && this.member(r - 1) && (this.id(r - 2) !== undefined || this.op(r - 2, ')'))) r -= 2;
      else break;
    }
    if (this.id(r) === undefined || this.member(r - 1)) return;
    // The chain itself (`account.getCampaigns()…`, `new AdAccount(id, context).getCampaigns()…`), else what the
    // variable it starts from was given (`campaigns.forEach(…)`, `campaigns.stream()…`).
    let cls = this.edgeClassAt(r, 0);
    if (cls === undefined && !this.op(r + 1, '(') && this.id(r) !== 'new') {
      const v = this.valueOf(this.id(r)!, r);
      if (v !== -1) cls = this.edgeClassAt(v, 1);
    }
    if (cls === undefined) return;
    const block = this.op(arrow + 1, '{') && this.partner[arrow + 1]! > arrow + 1;
    this.bind(i, cls, block ? arrow + 1 : this.scopeOf(i), undefined, block || !(this.partner[open]! > open) ? undefined : this.partner[open]!);
  }

  /** Java: whether the class name at token i is written with the SDK's package, `com.facebook.ads.sdk.Campaign`. */
  private sdkQualified(i: number): boolean {
    const want = ['sdk', 'ads', 'facebook', 'com'];
    for (let k = 0; k < 4; k++) if (!this.member(i - 1 - 2 * k) || this.id(i - 2 - 2 * k) !== want[k]) return false;
    return sdkClasses[this.id(i)!] !== undefined && !this.member(i - 9);
  }

  /**
   * PHP parameters typed with an SDK class (`function pause(AdAccount $a)`, nullable `?AdAccount $a`), in their
   * function; a constructor's promoted one (`__construct(private AdAccount $account)`) is its class's member
   * `$this->account` (hunt LP2-6).
   */
  private collectPhpTypedBindings(): void {
    for (let i = 1; i + 1 < this.toks.length; i++) {
      const typ = this.id(i);
      const cls = typ === undefined || this.member(i - 1) || this.inCall[i] === -1 ? undefined : this.sdkClassNamed(typ, i);
      if (cls === undefined) continue;
      const name = this.id(i + 1);
      if (name === undefined || !name.startsWith('$') || !(this.op(i + 2, ')') || this.op(i + 2, ',') || this.op(i + 2, '='))) continue;
      let k = i - 1;
      if (this.op(k, '?')) k--;
      let promoted = false;
      while (/^(?:private|public|protected|readonly)$/.test(this.id(k) ?? '')) {
        promoted = true;
        k--;
      }
      if (!this.op(k, '(') && !this.op(k, ',')) continue;
      this.bind(i + 1, cls, promoted ? -1 : this.parameterBody(i + 1));
    }
  }

  /** The Java SDK's static `Campaign.fetchById(id, context)` at callee token i: its class. */
  private staticSdkClass(i: number): string | undefined {
    const cls = this.id(i - 2);
    return this.lang === 'java' && this.id(i) === 'fetchById' && cls !== undefined && !this.member(i - 3) ? this.sdkClassNamed(cls, i - 2) : undefined;
  }

  /**
   * The Java SDK's node methods on an object whose class is not read here (`x.update()…execute()`,
   * `x.delete().execute()`, `x.get()…execute()`, at callee token i): a call, unresolved, never dropped.
   */
  private javaUnknownNode(i: number, method: string): boolean {
    const m = method === 'update' || method === 'delete' || method === 'get' ? nodeMethod(method) : undefined;
    const p = this.parenAfter(i);
    if (this.lang !== 'java' || m === undefined || p === -1 || this.partner[p]! <= p) return false;
    let executes = false;
    for (let k = this.partner[p]!, links = 0; links < 32 && this.member(k + 1) && this.id(k + 2) !== undefined && this.op(k + 3, '(') && this.partner[k + 3]! > k + 3; links++) {
      if (this.id(k + 2) === 'execute' || this.id(k + 2) === 'executeAsync') executes = true;
      k = this.partner[k + 3]!;
    }
    if (!executes) return false;
    this.push(this.toks.start[i]!, this.toks.end[i]!, m, { segments: [], unresolved: 'SDK method on an object of unknown class', empty: false }, 'sdk');
    return true;
  }

  /**
   * Node: objects whose SDK class is read from how they are declared: a TypeScript annotation naming a class
   * the file imports from the SDK (`campaign: Campaign`, `c: bizSdk.Campaign`), and a loop over what an edge
   * getter returns (`for (const c of await account.getCampaigns(…))`, or of a variable holding it; also
   * `campaigns.forEach((c) => …)`): the edge's class, `getCampaigns` → `Campaign`.
   */
  private collectNodeBindings(): void {
    const imported = this.sdkImports();
    for (let i = 1; i + 2 < this.toks.length; i++) {
      const name = this.id(i);
      if (name === undefined) continue;
      if (this.op(i + 1, ':') && (this.op(i - 1, '(') || this.op(i - 1, ',') || /^(?:const|let|var|readonly|private|public|protected)$/.test(this.id(i - 1) ?? ''))) {
        let t = i + 2;
        if (this.member(t + 1) && this.id(t) !== undefined && imported.namespaces.has(this.id(t)!)) t += 2;
        const typ = this.id(t);
        const cls = typ === undefined ? undefined : t > i + 2 ? typ : imported.classes.get(typ);
        if (cls !== undefined && sdkClasses[cls] && !this.member(t + 1) && !this.op(t + 1, '<') && !this.op(t + 1, '['))
          this.bind(i, cls, this.op(i - 1, '(') || this.op(i - 1, ',') ? this.parameterBody(i) : /^(?:const|let|var)$/.test(this.id(i - 1)!) ? this.scopeOf(i) : -1);
        // `user: User` (a type of the code's own): no SDK object.
        else if (typ !== undefined && /^[A-Z]/.test(typ)) this.typedOther.add(name);
        continue;
      }
      // `for (const c of xs)`, `xs.forEach((c) =>`, `xs.forEach(c =>`, `xs.map(async (c) =>`; and the object a
      // read resolves to, `account.read([…]).then((account) => …)` (the SDK's `read`/`get` resolve to the node).
      let list = -1;
      let cls: string | undefined;
      // The `(` of the call a callback is given to: an expression-bodied arrow's parameter holds within it only.
      let callOpen = -1;
      if (this.id(i + 1) === 'of' && /^(?:const|let|var)$/.test(this.id(i - 1) ?? '') && this.op(i - 2, '(')) list = this.id(i + 2) === 'await' ? i + 3 : i + 2;
      else if (this.op(i + 1, '=>') || (this.op(i + 1, ')') && this.op(i + 2, '=>') && this.op(i - 1, '('))) {
        // (`(c) =>`: the parameters' own brackets passed over; `c =>` has none.)
        let q = this.op(i + 1, ')') ? i - 2 : i - 1;
        if (this.id(q) === 'async') q--;
        const m = this.op(q, '(') ? this.id(q - 1) : undefined;
        if (m !== undefined) callOpen = q;
        // (The list's value: `xs` itself is followed by `.forEach`.)
        if (m !== undefined && /^(?:forEach|map|filter)$/.test(m) && this.member(q - 2) && this.id(q - 3) !== undefined && !this.member(q - 4)) {
          list = this.valueOf(this.id(q - 3)!, q - 3);
          // A list a callback was given (`.getCampaigns(…).then((cs) => cs.forEach((c) => …))`: hunt LP2-5a).
          if (list === -1) cls = this.boundAt(`[]${bare(this.id(q - 3)!)}`, q - 3);
        } else if (m === 'then' && this.member(q - 2) && this.op(q - 3, ')') && this.partner[q - 3]! > 2) {
          const o = this.partner[q - 3]!;
          if ((this.id(o - 1) === 'read' || this.id(o - 1) === 'get') && this.member(o - 2)) cls = this.receiverClass(o - 3);
          else if (this.member(o - 2)) {
            // What an edge getter resolves to: a list of its class, held by the callback's parameter under `[]name`.
            const of = edgeGetterClass(this.id(o - 1) ?? '');
            // (Within the `.then(…)` it is given to.)
            if (of !== undefined && this.partner[q]! > q) this.bind(i, of, this.scopeOf(i), `[]${bare(this.id(i)!)}`, this.partner[q]!);
          }
        }
      }
      if (list !== -1) cls = this.edgeClassAt(list, 0);
      // A loop's variable holds in the function around the loop; a callback's parameter in the callback. A loop
      // over anything else gives the name something else (an earlier loop's campaigns no longer).
      if (this.id(i + 1) === 'of') this.bind(i, cls, this.scopeOf(i));
      else if (cls !== undefined) {
        const body = this.op(i + 1, '=>') && this.op(i + 2, '{') ? i + 2 : this.parameterBody(i);
        const until = callOpen !== -1 && this.partner[callOpen]! > callOpen ? this.partner[callOpen]! : undefined;
        this.bind(i, cls, body, undefined, body === this.scopeOf(i) ? until : undefined);
      }
    }
  }

  /**
   * The class of what the value at token v holds, as an edge getter's result: `recv.getCampaigns(…)` (or
   * `await` it) → `Campaign`, when the SDK has that class; a variable of the file holding one. Else undefined.
   */
  private edgeClassAt(v: number, depth: number): string | undefined {
    let c = v;
    if (this.id(c) === 'await') c++;
    if (this.id(c) === undefined) return undefined;
    // `new AdAccount(id).getCampaigns(…)`, Python's `AdAccount(id).get_campaigns(…)`: the chain goes on after the
    // object made.
    if (this.id(c) === 'new' && this.id(c + 1) !== undefined && this.op(c + 2, '(') && this.partner[c + 2]! > c + 2 && this.member(this.partner[c + 2]! + 1)) c = this.partner[c + 2]!;
    else if (this.op(c + 1, '(') && this.partner[c + 1]! > c + 1 && this.member(this.partner[c + 1]! + 1)) c = this.partner[c + 1]!;
    else if (!this.member(c + 1) && !this.op(c + 1, '(')) {
      const w = depth < 2 ? this.valueOf(this.id(c)!, c) : -1;
      return w === -1 ? undefined : this.edgeClassAt(w, depth + 1);
    }
    while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
    // (Python's `get_ad_sets` as `getAdSets`.)
    if (!this.member(c - 1) || !this.op(c + 1, '(')) return undefined;
    return edgeGetterClass(this.id(c) ?? '');
  }

  /** Names annotated with a type of the code's own, no SDK class (`user: User`): no SDK objects (mayBeSdkNode). */
  private typedOther = new Set<string>();

  /** The names the file imports from the Node SDK: its classes by local name (`{ Campaign, AdAccount as Account }`) and namespaces (`bizSdk`). */
  private sdkImports(): { classes: Map<string, string>; namespaces: Set<string> } {
    const out = { classes: new Map<string, string>(), namespaces: new Set<string>() };
    const re = /\bimport\s+(?:([\w$]+)\s*,?\s*)?(?:\*\s+as\s+([\w$]+)|\{([^}]{0,2000})\})?\s*from\s+['"]facebook-nodejs-business-sdk['"]|(?:const|let|var)\s+(?:([\w$]+)|\{([^}]{0,2000})\})\s*=\s*require\(\s*['"]facebook-nodejs-business-sdk['"]\s*\)/g;
    for (const m of this.src.matchAll(re)) {
      for (const ns of [m[1], m[2], m[4]]) if (ns) out.namespaces.add(ns);
      for (const list of [m[3], m[5]]) if (list) for (const part of list.split(',')) {
        const [cls, local] = part.trim().split(/\s+as\s+|\s*:\s*/);
        if (cls) out.classes.set(local ?? cls, cls);
      }
    }
    return out;
  }

  /** An SDK method call at callee token i (`recv.createProduct(`, `$page->getFeed(`, `account.get_insights(`). */
  protected sdkCall(i: number): boolean {
    // Kotlin's scope functions: a bare `update()` in `Campaign(id, ctx).apply { … }` is the object's (hunt KT-2).
    const implicit = this.member(i - 1) || this.lang !== 'java' ? undefined : this.kotlinScopeReceiver(i);
    if (!this.member(i - 1) && implicit === undefined) return false;
    const method = this.id(i)!;
    const cls = implicit ?? this.receiverClass(i - 2) ?? this.staticSdkClass(i);
    const p = this.parenAfter(i);
    // Python's older `obj.remote_create()` / `obj.api_create(parent_id)`: a POST to the parent's edge for
    // the object's class, which is not read here: a call, unresolved, never dropped.
    if (this.lang === 'python' && (method === 'remote_create' || method === 'api_create')) {
      this.push(this.toks.start[i]!, this.toks.end[i]!, 'POST', { segments: [], unresolved: 'SDK create through the object (api_create): the parent edge is not read', empty: false }, 'sdk');
      return true;
    }
    if (cls === undefined) {
      // The code's own method on its own object (`$this->createInstance()` where its class defines
      // `createInstance`): no SDK call, whatever the SDK names its methods (hunt W6).
      if (/^(?:this|self|\$this|static|cls)$/.test(this.id(i - 2) ?? '') && !this.member(i - 3) && this.helperDefinitions().has(bare(method))) return false;
      // A node method only the business SDKs have (`api_update`, `updateSelf`, …) on an object of unknown
      // class (`for c in account.get_campaigns(): c.api_update(…)`): a call, unresolved, never dropped.
      if (SDK_ONLY_NODE_METHOD.test(method)) {
        this.push(this.toks.start[i]!, this.toks.end[i]!, nodeMethod(method)!, { segments: [], unresolved: 'SDK method on an object of unknown class', empty: false }, 'sdk');
        return true;
      }
      // An SDK's hand-written helper (`audience.add_users(…)` on a parameter): the same.
      const helper = sdkHelperMethod(method);
      if (helper !== undefined) {
        this.push(this.toks.start[i]!, this.toks.end[i]!, helper, { segments: [], unresolved: 'SDK method on an object of unknown class', empty: false }, 'sdk');
        return true;
      }
      // Node's `update(fields, params)` / `delete(fields, params)` on an object of unknown class (a parameter,
      // what a call returned): a call, unresolved; not on what is clearly no SDK object (`cache.delete(key)`,
      // `hash.update(data)`, a `new Map()`).
      // PHP's deprecated `$node->update()` (AbstractCrudObject's POST of the changed fields): with no argument only,
      // as Eloquent's `update([...])` takes one.
      if (((this.lang === 'js' && (method === 'update' || method === 'delete')) || (this.php && method === 'update' && this.op(p + 1, ')'))) && this.mayBeSdkNode(i, p)) {
        this.push(this.toks.start[i]!, this.toks.end[i]!, nodeMethod(method)!, { segments: [], unresolved: 'SDK method on an object of unknown class', empty: false }, 'sdk');
        return true;
      }
      if (!/^(?:create|get|delete)(?:[A-Z]|_[a-z])/.test(method) || !isSdkEdgeMethod(method)) {
        if (this.javaUnknownNode(i, method)) return true;
        return this.rubyCall(i);
      }
      this.push(this.toks.start[i]!, this.toks.end[i]!, methodOfSdkName(method), { segments: [], unresolved: 'SDK method on an object of unknown class', empty: false }, 'sdk');
      return true;
    }
    // A Python SDK object is a mapping: `obj.update({...})` sets fields on it (the request is `api_update`) and
    // `obj.get('id')` reads one already fetched (hunt LP31-4); Node's send, and so does the form of Meta's own
    // Python examples, `update(fields=…, params=…)`, `get(…)`, `delete(…)` with keyword arguments.
    if (this.lang === 'python' && (method === 'update' || method === 'get' || method === 'delete') && p !== -1 && !this.op(p + 1, ')') && !this.isKwarg(this.args(p)[0] ?? [0, 0])) return false;
    // The Java SDK's `new Campaign(id, ctx).fetch()` and `Campaign.fetchById(id, ctx)`: the node's GET of all its fields.
    if (this.lang === 'java' && (method === 'fetch' || method === 'fetchById') && sdkOperation(cls, 'get')?.http === 'GET') {
      this.push(this.toks.start[i]!, this.toks.end[i]!, 'GET', { segments: [{ ph: cls }], empty: false, fieldsUnread: true }, 'sdk', cls);
      return true;
    }
    let op = sdkOperation(cls, method, this.lang);
    if (!op && this.lang === 'php' && method === 'create') return this.phpLegacyCreate(i, cls);
    // A create or delete the SDK's definitions do not hold (a hand-written helper, a method gone from the SDK:
    // PHP's `$page->createLabel(…)`) sends a request all the same: a call, unresolved, never dropped (hunt LP-4).
    if (!op && /^(?:create|delete)(?:[A-Z]|_[a-z])/.test(method)) {
      this.push(this.toks.start[i]!, this.toks.end[i]!, methodOfSdkName(method), { segments: [], unresolved: "SDK method not in the SDK's definitions", empty: false }, 'sdk');
      return true;
    }
    if (!op) return false;
    // A helper that sends to another node (`catalog.update_product(retailer_id, …)`: the product item).
    if (op.node !== undefined) {
      this.push(this.toks.start[i]!, this.toks.end[i]!, op.http, { segments: [{ ph: op.node }], empty: false }, 'sdk', op.node);
      return true;
    }
    // Python's `get_insights(is_async=True)` posts a report run.
    if (op.http === 'GET' && op.edge === 'insights' && p !== -1 && this.asyncKwarg(p)) op = { http: 'POST', edge: 'insights' };
    const segments: Segment[] = [{ ph: cls }];
    if (op.edge) segments.push({ lit: op.edge });
    // The SDKs' reads take the fields first: `page.get(['a'])`, `$page->getSelf(['a'])`, `page.api_get(fields=['a'])`,
    // `account.getCampaigns(['name'], params)`.
    const fields = noFields();
    if (op.http === 'GET' && this.op(p, '(')) {
      // The field list as the first argument (`page.get(['a'])`, `$page->getSelf($fields)`), unless it is
      // a keyword argument (`api_get(fields=[…])`, read with the rest of the arguments).
      const positional = !this.op(p + 1, ')') && !(this.id(p + 1) !== undefined && (this.op(p + 2, '=') || this.op(p + 2, ':')));
      if (positional) {
        fields.found++;
        this.readFields(p + 1, fields, 0);
      }
      this.fieldsInCall(p, positional ? p + 1 : -1, positional ? (this.args(p)[0]?.[1] ?? -1) : -1, fields);
      // Java: `page.get().requestInstagramBusinessAccountField().execute()`.
      if (this.lang === 'java' && this.partner[p]! > p) this.javaRequestedFields(this.partner[p]! + 1, fields);
    }
    this.push(this.toks.start[i]!, this.toks.end[i]!, op.http, { segments, empty: false }, 'sdk', cls, fields);
    return true;
  }

  /**
   * Whether `recv.update(…)` / `recv.delete(…)` at callee token i (its `(` at p) may be the Node SDK's: called
   * as the SDK's are (no argument, or a field list first: `update([], { status })`), on a receiver not known to
   * hold something else (a `new` of another class, a literal).
   */
  private mayBeSdkNode(i: number, p: number): boolean {
    if (p === -1 || this.partner[p]! <= p) return false;
    if (!this.op(p + 1, ')') && !this.op(p + 1, '[')) return false;
    const recv = this.id(i - 2);
    if (recv === undefined) return !this.op(i - 2, ']');
    if (this.typedOther.has(recv)) return false;
    const v = this.valueOf(recv, i);
    if (v === -1) return true;
    const c = this.id(v) === 'await' ? v + 1 : v;
    return !(this.id(c) === 'new' || this.op(c, '[') || this.op(c, '{') || this.kind(c) === STR || this.kind(c) === NUM);
  }

  /** Whether the call whose `(` is token p passes `is_async=True` (Python) or `isAsync: true`. */
  private asyncKwarg(p: number): boolean {
    for (const [a, b] of this.args(p)) {
      const key = this.id(a);
      // (`async=True`: the older facebookads SDK's name, from before `async` was Python's keyword.)
      if ((key === 'is_async' || key === 'isAsync' || (key === 'async' && this.lang === 'python')) && (this.op(a + 1, '=') || this.op(a + 1, ':')) && b === a + 3 && /^(?:True|true)$/.test(this.id(a + 2) ?? '')) return true;
    }
    return false;
  }

  /** The Java SDK's field requests chained after a read (`.requestNameField()`, `.requestInstagramBusinessAccountField()`). */
  private javaRequestedFields(k: number, acc: FieldsRead): void {
    for (let n = 0; n < 64 && this.member(k) && this.id(k + 1) !== undefined && this.op(k + 2, '('); n++) {
      const m = /^request(\w+?)Fields?$/.exec(this.id(k + 1)!);
      if (m && m[1] === 'All') acc.unread++;
      else if (m && acc.names.length < MAX_CALL_FIELDS) acc.names.push(m[1]!.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
      if (this.partner[k + 2]! <= k + 2) return;
      k = this.partner[k + 2]! + 1;
    }
  }

  /** Ruby business SDK: `account.campaigns.create(…)`, `account.insights(…)`, `FacebookAds::AdAccount.get(id)`. */
  private rubyCall(i: number): boolean {
    if (this.lang !== 'ruby') return false;
    const name = this.id(i)!;
    // FacebookAds::Page.get(id)
    if (name === 'get' && this.member(i - 1) && sdkClasses[this.id(i - 2) ?? ''] && this.op(i - 3, '::') && this.rubySdkNamespace(i - 2)) {
      const cls = this.id(i - 2)!;
      // `get` sends nothing (the SDK loads the node when a field is read): what is chained on it is the call,
      // `FacebookAds::Ad.get(id).destroy`, `FacebookAds::AdAccount.get(id).campaigns.create(…)`.
      if (this.op(i + 1, '(') && this.partner[i + 1]! > i + 1 && this.rubyChain(cls, this.partner[i + 1]! + 1) !== -1) return true;
      // `FacebookAds::Page.get(id, 'instagram_business_account,name')`: the fields are the second argument, a
      // string or a list (the SDK takes anything else there, `get(id, session)`, `get(id, access_token: t)`,
      // for the session: hunt Y32-8).
      const fields = noFields();
      const arg = this.op(i + 1, '(') ? this.args(i + 1)[1] : undefined;
      const second = arg !== undefined && this.rubyFieldsArgument(arg) ? arg : undefined;
      // `campaign = FacebookAds::Campaign.get(id)` (also given its fields: they are loaded when one is read) only
      // written and saved, destroyed or used for its edges: no GET; nor `get(id) do |campaign| … end` whose
      // block only does that (hunt Y32-2, Meta's create_complete_campaign.rb).
      if (this.op(i + 1, '(') && this.rubyOnlyWritten(i)) return true;
      if (second) {
        fields.found++;
        this.readFields(second[0], fields, 0);
      }
      this.push(this.toks.start[i - 2]!, this.toks.end[i]!, 'GET', { segments: [{ ph: cls }], empty: false }, 'sdk', cls, fields);
      return true;
    }
    return false;
  }

  /**
   * Ruby clients at name token i (collectConstants), true when one is noted: HTTParty's `base_uri '…'` in a class
   * (`include HTTParty`), whose requests are `self.class.get(…)`, `Klass.post(…)` and, in its class methods,
   * `get(…)`; and a memoized client, `def connection; @connection ||= Faraday.new(…); end`, an instance
   * variable seen by every method, and the accessor's name (`connection.post(…)`).
   */
  protected rubyClient(i: number): boolean {
    const name = this.id(i)!;
    if (name === 'base_uri' && !this.member(i - 1) && this.inBracket[i] === -1) {
      const v = this.op(i + 1, '(') ? i + 2 : i + 1;
      if (this.kind(v) !== STR && this.kind(v) !== ID) return false;
      const names = ['class', 'self'];
      // The class it is written in: the nearest `class Name` before it (bounded).
      for (let k = i - 1; k >= 0 && k >= i - OPTION_TOKENS; k--) {
        if (this.id(k) === 'class' && !this.member(k - 1) && this.id(k + 1) !== undefined) {
          names.push(this.id(k + 1)!);
          break;
        }
      }
      for (const n of names) this.noteBase(n, i, v);
      return true;
    }
    if (name === 'def' && this.rubyFactory(i)) return true;
    // `@connection ||= Faraday.new(…)` (`||=` is three tokens).
    if (/^@\w/.test(name) && this.op(i + 1, '|') && this.op(i + 2, '|') && this.op(i + 3, '=') && this.kind(i + 4) === ID) {
      const s = this.scopeOf(i);
      const def = s !== -1 && this.id(s) === 'def' ? s : -1;
      // Noted at the `def` (whose scope is the class's), so every method sees it.
      const where = def !== -1 ? def : i + 4;
      if (def !== -1) this.classScoped.add(def);
      this.noteBaseClient(bare(name), i + 4, where);
      const accessor = def !== -1 && !this.member(def + 2) ? this.id(def + 1) : undefined;
      if (accessor !== undefined && accessor !== bare(name)) this.noteBaseClient(accessor, i + 4, where);
      return true;
    }
    return false;
  }

  /**
   * Ruby's `def conn` (no parameters) whose body is a client made with a Graph base URL, `Faraday.new(url: GRAPH)`
   * (also `def conn = Faraday.new(…)`), at the `def` token i: the method's name is that client (`conn.post(…)`),
   * noted at the `def` as the memoized accessor is. True when one is noted.
   */
  private rubyFactory(i: number): boolean {
    const accessor = this.id(i + 1);
    if (accessor === undefined || this.member(i + 2)) return false;
    let b = i + 2;
    if (this.op(b, '(') && this.op(b + 1, ')')) b += 2;
    else if (!this.lineBreakAfter(i + 1) && !this.op(b, ';') && !this.op(b, '=')) return false;
    if (this.op(b, ';') || this.op(b, '=')) b++;
    if (!/^[A-Z]/.test(this.id(b) ?? '')) return false;
    const before = this.baseClients.get(accessor)?.length ?? 0;
    this.noteBaseClient(accessor, b, i);
    this.classScoped.add(i);
    return (this.baseClients.get(accessor)?.length ?? 0) > before;
  }

  /**
   * PHP's `private function client()` (no parameters) whose body returns a client made with a Graph base URL
   * (`return new Client(['base_uri' => …])`, `return Http::baseUrl(…)->withToken(…)`), at the `function` token
   * i: noted as `client()`, the client of `$this->client()->post(…)` (factoryClient). True when one is noted.
   */
  protected phpFactory(i: number): boolean {
    const fn = this.id(i + 1);
    if (fn === undefined || !this.op(i + 2, '(') || !this.op(i + 3, ')')) return false;
    let o = i + 4;
    while (o < i + 16 && o < this.toks.length && !this.op(o, '{') && !this.op(o, ';')) o++;
    if (!this.op(o, '{') || this.partner[o]! <= o) return false;
    const close = Math.min(this.partner[o]!, o + HELPER_BODY_TOKENS);
    let r = o + 1;
    while (r < close && !(this.id(r) === 'return' && this.inBracket[r] === o)) r++;
    if (r >= close || this.kind(r + 1) !== ID) return false;
    const key = `${fn}()`;
    const before = this.baseClients.get(key)?.length ?? 0;
    this.noteBaseClient(key, r + 1, i);
    return (this.baseClients.get(key)?.length ?? 0) > before;
  }

  /**
   * PHP: the Graph client that the callee at token i is called on through a chain: the one returned by the
   * method called just before it (`$this->client()->post(…)`), or Laravel's fluent
   * `Http::withToken(…)->baseUrl(GRAPH)->post(…)` (phpChainBase).
   */
  protected override phpFactoryClient(i: number): { at: number; instagram: boolean } | undefined {
    if (this.lang !== 'php' || !this.member(i - 1) || !this.op(i - 2, ')')) return undefined;
    const fn = this.op(i - 3, '(') ? this.id(i - 4) : undefined;
    if (fn !== undefined && !(this.member(i - 5) && !/^(?:\$this|self|static)$/.test(this.id(i - 6) ?? ''))) {
      // `$this->client()`: the method of the call's own class (a same-named one of another class is another client).
      const cls = this.member(i - 5) ? this.classOf(i) : -1;
      const made = this.baseClients.get(`${fn}()`)?.find((c) => this.classOf(c.at) === cls);
      if (made?.graph) return made;
    }
    return this.phpChainBase(i);
  }

  /** Laravel's `…->baseUrl(GRAPH)->…->post(…)`: a Graph base URL set earlier in the chain of the callee at token i (at most 8 links back). */
  private phpChainBase(i: number): { at: number; instagram: boolean } | undefined {
    let c = i - 2;
    for (let n = 0; n < 8 && this.op(c, ')') && this.partner[c]! > 0; n++) {
      const o = this.partner[c]!;
      const m = this.id(o - 1);
      if (m === undefined) return undefined;
      if (m === 'baseUrl') return this.graphBaseArg(o + 1);
      if (!this.member(o - 2)) return undefined;
      c = o - 3;
    }
    return undefined;
  }

  /** The base URL at token v (a string, a constant of the file, `self::GRAPH`) when it is a Graph one. */
  private graphBaseArg(v: number): { at: number; instagram: boolean } | undefined {
    while (this.kind(v) === ID && this.op(v + 1, '::') && this.id(v + 2) !== undefined) v += 2;
    const parts = this.kind(v) === ID && !this.member(v + 1) ? [{ hole: this.id(v)! }] : this.strParts(v);
    const first = parts ? this.resolve(parts)[0] : undefined;
    const host = first && 'lit' in first ? HOST.exec(first.lit) : null;
    return host ? { at: v, instagram: isInstagramHost(host[1]!) } : undefined;
  }

  /**
   * Laravel's `->baseUrl(GRAPH)` at token i followed in its chain by a request (`->post(path)`, read by
   * clientCall with the path): the base URL is no request of its own (a POST to the Graph root), so taken.
   */
  protected takeChainBase(i: number): void {
    const p = i + 1;
    if (!this.op(p, '(') || this.partner[p]! <= p || !this.graphBaseArg(p + 1)) return;
    let q = this.partner[p]!;
    for (let n = 0; n < 8 && this.member(q + 1) && this.id(q + 2) !== undefined && this.op(q + 3, '(') && this.partner[q + 3]! > q + 3; n++) {
      if (/^(?:get|post|put|patch|delete)$/i.test(this.id(q + 2)!)) {
        this.markTaken([p + 1, this.partner[p]!]);
        return;
      }
      q = this.partner[q + 3]!;
    }
  }

  /** HTTParty's `get(…)` with no receiver in a class method (`def self.leads`) of a class with a Graph `base_uri`. */
  protected override rubySelfClient(i: number): { at: number; instagram: boolean } | undefined {
    if (this.lang !== 'ruby' || this.member(i - 1)) return undefined;
    const s = this.scopeOf(i);
    if (s === -1 || this.id(s) !== 'def' || this.id(s + 1) !== 'self' || !this.member(s + 2)) return undefined;
    return this.baseClientAt('self', i);
  }

  /**
   * The PHP business SDK's `create()` on an object of the SDK class `cls` (deprecated, still in
   * AbstractCrudObject.php): `POST /{parent-id}/{endpoint}`, the endpoint the class's own `getEndpoint()`; the
   * parent is the one class with that POST edge. A class not listed here is *unresolved*, never dropped.
   */
  private phpLegacyCreate(i: number, cls: string): true {
    const endpoint = Object.hasOwn(SdkReader.PHP_ENDPOINTS, cls) ? SdkReader.PHP_ENDPOINTS[cls]! : undefined;
    if (!SdkReader.postParents) {
      SdkReader.postParents = new Map();
      for (const p of Object.keys(sdkClasses))
        for (const e of new Set(Object.values(sdkClasses[p]!.edges))) if (e.startsWith('POST /')) (SdkReader.postParents.get(e.slice(6)) ?? SdkReader.postParents.set(e.slice(6), []).get(e.slice(6))!).push(p);
    }
    const parents = endpoint === undefined ? [] : (SdkReader.postParents.get(endpoint) ?? []);
    if (endpoint === undefined || parents.length !== 1) {
      this.push(this.toks.start[i]!, this.toks.end[i]!, 'POST', { segments: [], unresolved: 'SDK create through the object (create): the parent edge is not read', empty: false }, 'sdk');
      return true;
    }
    const parent = parents[0]!;
    this.push(this.toks.start[i]!, this.toks.end[i]!, 'POST', { segments: [{ ph: parent }, { lit: endpoint }], empty: false }, 'sdk', parent);
    return true;
  }

  /** `getEndpoint()` of the PHP business SDK's classes (src/FacebookAds/Object/*.php), for `create()`. */
  private static readonly PHP_ENDPOINTS: Readonly<Record<string, string>> = {
    Campaign: 'campaigns',
    AdSet: 'adsets',
    Ad: 'ads',
    AdCreative: 'adcreatives',
    AdImage: 'adimages',
    AdVideo: 'advideos',
    CustomAudience: 'customaudiences',
    ProductCatalog: 'owned_product_catalogs',
    ProductFeed: 'product_feeds',
    ProductSet: 'product_sets',
  };

  /** A variable bound to a Ruby SDK node at token i, then a chain read by rubyChain: the chain's last token, else -1. */
  protected rubyBoundChain(i: number): number {
    if (this.member(i - 1) || !this.member(i + 1)) return -1;
    const cls = this.boundAt(bare(this.id(i)!), i);
    return cls === undefined ? -1 : this.rubyChain(cls, i + 1);
  }

  /**
   * What the Ruby business SDK sends for the chain on a node of class `cls` starting at token k (a `.`), pushed:
   * `.save` (POST of the node), `.destroy` (DELETE), an edge's `.campaigns.create(…)` (POST /{id}/campaigns),
   * `.campaigns.destroy(…)` (DELETE), else the edge itself, `.campaigns(fields: …)`, a GET when it is
   * enumerated (lib/facebook_ads/ad_object.rb, edge.rb). The chain's last token read, or -1 when it is none of those.
   */
  private rubyChain(cls: string, k: number): number {
    const c = sdkClasses[cls];
    const m = this.member(k) ? this.id(k + 1) : undefined;
    if (!c || m === undefined) return -1;
    const close = (n: number) => (this.op(n + 1, '(') && this.partner[n + 1]! > n + 1 ? this.partner[n + 1]! : n);
    if (m === 'save' || m === 'destroy') {
      const http: HttpMethod = m === 'save' ? 'POST' : 'DELETE';
      if (!c.node.includes(http)) return -1;
      this.push(this.toks.start[k + 1]!, this.toks.end[k + 1]!, http, { segments: [{ ph: cls }], empty: false }, 'sdk', cls);
      return close(k + 1);
    }
    const after = close(k + 1);
    const next = this.member(after + 1) ? this.id(after + 2) : undefined;
    const http: HttpMethod = next === 'create' ? 'POST' : next === 'destroy' ? 'DELETE' : 'GET';
    if (!this.sdkHasEdge(c, m, http)) {
      // A write to an edge the SDK's definitions do not hold (`business.offline_conversion_data_sets.create(…)`,
      // an edge newer or older than them): a call, unresolved, never dropped (hunt Y32-4), as in PHP and Java.
      if (http === 'GET') return -1;
      this.push(this.toks.start[k + 1]!, this.toks.end[after + 2]!, http, { segments: [], unresolved: "SDK method not in the SDK's definitions", empty: false }, 'sdk');
      return close(after + 2);
    }
    const last = http === 'GET' ? after : after + 2;
    if (http === 'GET' && this.rubyEdgeVariable(cls, c, m, k, after)) return close(last);
    const fields = http === 'GET' && after > k + 1 ? this.fieldsInCall(k + 2) : noFields();
    this.push(this.toks.start[k + 1]!, this.toks.end[last]!, http, { segments: [{ ph: cls }, { lit: m }], empty: false }, 'sdk', cls, fields);
    return close(last);
  }

  /**
   * Ruby: an edge of a bound node kept in a variable, `edge = account.campaigns` (the chain's `.` at token k, its
   * last token `after`), whose later uses in its function (bounded) are read: `edge.create(…)` is the POST of
   * the edge and `edge.destroy(…)` its DELETE, each pushed at its use. True when every use is one of those (the
   * edge, lazy, is never enumerated: no GET); false, the GET read at the assignment as before, when any use may
   * enumerate it (`edge.each`, `edge.all`, an argument), there is none, or it is no such assignment.
   */
  private rubyEdgeVariable(cls: string, c: { edges: Record<string, string> }, edge: string, k: number, after: number): boolean {
    if (this.member(after + 1) || !this.op(k - 2, '=') || this.id(k - 3) === undefined || this.member(k - 4)) return false;
    const name = bare(this.id(k - 3)!);
    const s = this.scopeOf(k);
    let writes = 0;
    let read = false;
    for (let t = after + 1, steps = 0; t < this.toks.length && steps < OPTION_TOKENS && this.inScope(s, t); t++, steps++) {
      if (this.id(t) === undefined || bare(this.id(t)!) !== name || this.member(t - 1)) continue;
      // Assigned again: what follows is another value's.
      if (this.op(t + 1, '=')) break;
      const m = this.member(t + 1) ? this.id(t + 2) : undefined;
      const http: HttpMethod | undefined = m === 'create' ? 'POST' : m === 'destroy' ? 'DELETE' : undefined;
      if (http === undefined || !this.sdkHasEdge(c, edge, http)) {
        read = true;
        continue;
      }
      this.push(this.toks.start[t]!, this.toks.end[t + 2]!, http, { segments: [{ ph: cls }, { lit: edge }], empty: false }, 'sdk', cls);
      writes++;
    }
    return writes > 0 && !read;
  }

  /** Whether the SDK class has the edge `name` (the Ruby SDK names an edge by its path) with that HTTP method. */
  private sdkHasEdge(c: { edges: Record<string, string> }, name: string, http: HttpMethod): boolean {
    let set = SdkReader.EDGE_SETS.get(c);
    if (!set) SdkReader.EDGE_SETS.set(c, (set = new Set(Object.values(c.edges))));
    return set.has(`${http} /${name}`);
  }

  /** Each SDK class's edges as `METHOD /path` (sdkHasEdge), made at the first need. */
  private static readonly EDGE_SETS = new WeakMap<object, Set<string>>();
  /** The classes with each `POST /path` edge (phpLegacyCreate), made at the first need. */
  private static postParents: Map<string, string[]> | undefined;

  /**
   * For `name = FacebookAds::X.get(id)` (`get` at token i): whether every later use of `name` in its function
   * (bounded) only writes the node (`name.status = …`, `name.save`, `name.destroy`), asks for its `id` or an
   * edge: then no field is read and the lazy `get` sends no GET. Any other use (a field read, an argument, a
   * return) may read a field.
   */
  private rubyOnlyWritten(i: number): boolean {
    if (!this.op(i - 3, '::')) return false;
    const cls = this.id(i - 2)!;
    const c = sdkClasses[cls]!;
    const close = this.partner[i + 1]!;
    // The node's name: its block's parameter, or the variable assigned it (also through a block that wraps the
    // `get`, `comment = with_retry { FacebookAds::Comment.get(id) }`: hunt Y32-3).
    const block = this.rubyBlockAfter(close);
    const assigned = this.rubyAssignedGet(i);
    const at = block !== undefined && block.param !== -1 ? block.param : assigned;
    if (at === -1) return false;
    const name = bare(this.id(at)!);
    const s = this.scopeOf(i);
    const last = block !== undefined && block.param !== -1 ? block.end : this.toks.length - 1;
    let used = false;
    for (let k = at + 1, steps = 0; k <= last && steps < OPTION_TOKENS && this.inScope(s, k); k++, steps++) {
      if (this.id(k) === undefined || bare(this.id(k)!) !== name || this.member(k - 1)) continue;
      if (this.op(k + 1, '=')) break;
      const m = this.member(k + 1) ? this.id(k + 2) : undefined;
      if (m === undefined) return false;
      // (An edge the SDK's definitions do not hold, written: `business.offline_conversion_data_sets.create(…)`.)
      const edgeWrite = this.member(k + 3) && /^(?:create|destroy)$/.test(this.id(k + 4) ?? '');
      const write = this.op(k + 3, '=') || m === 'save' || m === 'destroy' || m === 'id' || edgeWrite || this.sdkHasEdge(c, m, 'GET') || this.sdkHasEdge(c, m, 'POST') || this.sdkHasEdge(c, m, 'DELETE');
      if (!write) return false;
      used = true;
    }
    return used;
  }

  /**
   * Ruby: whether `get`'s second argument [a, b] is its fields (the SDK takes a String or an Array there, anything
   * else for the session): a string or a list; a name holding one (`PAGE_FIELDS`: hunt Y32A-1) or whose value is
   * not read here (kept as fields: what they may need is kept). Not a hash (`access_token: t`), a `…Session.new(…)`
   * or a name holding something else, nor a name that says session (`session`, `ad_account.session`).
   */
  private rubyFieldsArgument([a, b]: [number, number]): boolean {
    if (this.kind(a) === STR || this.op(a, '[')) return true;
    if (this.op(a, '{') || this.op(a, ':') || this.op(a + 1, ':') || this.id(a) === undefined) return false;
    let last = a;
    while (this.member(last + 1) && this.id(last + 2) !== undefined && last + 2 < b) last += 2;
    if (/session/i.test(this.id(last)!)) return false;
    if (last > a || b !== a + 1) return false;
    const v = this.valueOf(this.id(a)!, a);
    return v === -1 || this.kind(v) === STR || this.op(v, '[');
  }

  /**
   * Ruby: the token of the variable a `FacebookAds::X.get(…)` (`get` at token i) is assigned to, `name = …get(…)`
   * or `name = wrapper { …get(…) }` (the block holding the `get` alone), else -1.
   */
  private rubyAssignedGet(i: number): number {
    if (this.op(i - 5, '=') && this.id(i - 6) !== undefined && !this.member(i - 7)) return i - 6;
    const o = this.inBracket[i]!;
    const close = this.op(i + 1, '(') ? this.partner[i + 1]! : i;
    if (o === -1 || !this.op(o, '{') || this.partner[o] !== close + 1 || this.id(o + 1) !== 'FacebookAds' || o + 3 !== i - 2) return -1;
    let w = o - 1;
    if (this.op(w, ')') && this.partner[w]! < w) w = this.partner[w]! - 1;
    return this.id(w) !== undefined && this.op(w - 1, '=') && this.id(w - 2) !== undefined && !this.member(w - 3) ? w - 2 : -1;
  }

  /**
   * Ruby: the block given after token t (`do |x| … end`, `{ |x| … }`): its parameter's token (-1: none) and its
   * last token; undefined when no block follows. A `do` block ends at the `end` on a line indented as its own.
   */
  private rubyBlockAfter(t: number): { param: number; end: number } | undefined {
    const k = t + 1;
    let end = -1;
    if (this.op(k, '{')) end = this.partner[k]! > k ? this.partner[k]! : -1;
    else if (this.id(k) === 'do') end = this.rubyDoEnds().get(k) ?? -1;
    if (end === -1) return undefined;
    const param = this.op(k + 1, '|') && this.id(k + 2) !== undefined && this.op(k + 3, '|') ? k + 2 : -1;
    return { param, end };
  }

  /**
   * Ruby: whether the class name at token k may be the SDK's by its namespace: `FacebookAds::Campaign` (also
   * `::FacebookAds::Campaign`) or a bare `Campaign`; not `Acme::Campaign`, a class of the code's own that a file
   * using the SDK may hold too.
   */
  private rubySdkNamespace(k: number): boolean {
    return !this.op(k - 1, '::') || this.id(k - 2) === 'FacebookAds';
  }

  /**
   * Ruby: each `do` token's block end, the `end` that starts the first line after it indented no deeper than the
   * `do`'s own line (a `do` whose first such line starts otherwise has none), or for a block on one line the first
   * `end` after the `do` on that line. One walk of the file with a stack
   * (hunt Y32A-3: a walk per `do` made a file of long `do` lines quadratic).
   */
  private rubyDoEnds(): Map<number, number> {
    if (this.doEnds) return this.doEnds;
    const ends = new Map<number, number>();
    this.doEnds = ends;
    const open: { at: number; indent: number; line: number }[] = [];
    let indent = 0;
    let line = 0;
    for (let t = 0; t < this.toks.length; t++) {
      const at = this.lineIndent(t);
      if (at !== -1) {
        indent = at;
        line++;
        while (open.length > 0 && open[open.length - 1]!.indent >= at) {
          const d = open.pop()!;
          if (this.id(t) === 'end') ends.set(d.at, t);
        }
      } else if (this.id(t) === 'end' && !this.member(t - 1) && open.length > 0 && open[open.length - 1]!.line === line) {
        // A block on one line, `campaigns.each do |c| c.destroy end`: the first `end` after its `do` there.
        ends.set(open.pop()!.at, t);
      }
      if (this.id(t) === 'do') open.push({ at: t, indent, line });
    }
    return ends;
  }

  /**
   * Ruby (collectBindings): a block's parameter that holds an SDK node in the block: `FacebookAds::AdAccount.get(id)
   * do |account| … end` (hunt Y32-2), and an edge's items, `account.campaigns(…).each do |campaign| … end` (also
   * `each_with_index`, `map`, `find_each`, braces: hunt Y32-7).
   */
  private bindRubyBlock(i: number): void {
    const name = this.id(i);
    if (!this.member(i - 1) || !(this.op(i + 1, '(') || this.op(i + 1, '{') || this.id(i + 1) === 'do')) return;
    const close = this.op(i + 1, '(') && this.partner[i + 1]! > i + 1 ? this.partner[i + 1]! : i;
    let cls: string | undefined;
    if (name === 'get' && this.op(i - 3, '::') && sdkClasses[this.id(i - 2) ?? ''] && this.rubySdkNamespace(i - 2)) cls = this.id(i - 2);
    else if (name !== undefined && /^(?:each|each_with_index|map|find_each|select|flat_map)$/.test(name)) {
      // The edge: `recv.campaigns` or `recv.campaigns(fields: …)`, on a node bound before.
      let e = i - 2;
      if (this.op(e, ')') && this.partner[e]! < e) e = this.partner[e]! - 1;
      const edge = this.id(e);
      if (edge === undefined || !this.member(e - 1) || this.id(e - 2) === undefined || this.member(e - 3)) return;
      const recv = this.boundAt(bare(this.id(e - 2)!), e - 2);
      cls = recv === undefined ? undefined : rubyEdgeClass(recv, edge);
    }
    if (cls === undefined) return;
    const block = this.rubyBlockAfter(close);
    if (block === undefined || block.param === -1) return;
    this.bind(block.param, cls, this.scopeOf(block.param), undefined, block.end);
  }

  /** The SDK class of the receiver ending at token r: a bound variable, `new X(…)`, `X(…)` (Python), `(new X(…))`. */
  private receiverClass(r: number): string | undefined {
    const v = this.id(r);
    if (v !== undefined) return this.boundAt(bare(v), r);
    if (!this.op(r, ')')) return undefined;
    const o = this.partner[r]!;
    if (o === -1) return undefined;
    const callee = this.id(o - 1);
    // Python's, by what the file imports: `FbCampaign(id).get_ad_sets()`, not its own `Campaign(…).save()`.
    if (callee && this.lang === 'python') return this.sdkClassNamed(callee, o - 1);
    // Kotlin makes objects without `new`: `AdAccount(id, context).createCampaign()`.
    if (callee && (this.id(o - 2) === 'new' || (this.lang === 'java' && !this.member(o - 2)))) return this.sdkClassNamed(callee, o - 1);
    // `new bizSdk.Campaign(id)` (the SDK's namespace).
    if (callee && sdkClasses[callee] && this.member(o - 2) && this.id(o - 3) !== undefined && this.id(o - 4) === 'new') return callee;
    // (new X(…))
    if (this.id(o + 1) === 'new' && this.id(o + 2) !== undefined && this.op(o + 3, '(') && this.partner[o + 3] === r - 1) return this.sdkClassNamed(this.id(o + 2)!, o + 2);
    return undefined;
  }
}

/**
 * Ruby: the SDK class of an edge's items on a node of class `cls`, by the edge's path (`campaigns` → `Campaign`):
 * the class the edge's getter names (edgeGetterClass), when the class has that edge.
 */
function rubyEdgeClass(cls: string, edge: string): string | undefined {
  const c = sdkClasses[cls];
  if (!c) return undefined;
  for (const [method, op] of Object.entries(c.edges)) if (op === `GET /${edge}` && method.startsWith('get')) return edgeGetterClass(method);
  return undefined;
}

/**
 * The SDK class an edge getter's items are, by its name (`getCampaigns`, Python's `get_ad_sets`: `Campaign`,
 * `AdSet`; `getAdStudies`: `AdStudy`), when the SDK has that method and that class.
 */
function edgeGetterClass(method: string): string | undefined {
  const m = /^get([A-Z]\w*?)(?:ies|s)$/.exec(method.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase()));
  if (!m || !isSdkEdgeMethod(method)) return undefined;
  const cls = method.endsWith('ies') ? `${m[1]}y` : m[1]!;
  return sdkClasses[cls] ? cls : undefined;
}

/** A variable's SDK class from a token on, in a function (Scanner.bound). */
interface Binding {
  at: number;
  scope: number;
  cls: string | undefined;
  /** A member's (`self.campaign = …`, `$this->campaign = …`): read on a member, wherever the file assigns it. */
  member: boolean;
  /** The last token it holds at (a comprehension's variable: its bracket's end). */
  until?: number;
  /** A member assigned a variable (`self.campaign = campaign`): what that name holds at that token. */
  alias?: { name: string; at: number };
}

/**
 * A Python file's names for the SDK's classes, from its imports in order (a later import of a name wins): a name
 * imported from the SDK (`facebook_business.adobjects.*`, `facebookads.*`) maps to the SDK class it imports, under
 * `as` too; a name imported from another module, or a class the file defines, maps to '' (the code's own: hunt
 * LP31-3). Names not there are not in the map (then the name is taken as the SDK's when the SDK has that class).
 * (Bounded: a bracketed list is read for 2,000 characters.)
 */
function pythonSdkClasses(src: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]*(\([^)]{0,2000}\)?|[^\n#]*)|class[ \t]+([A-Za-z_]\w*))/gm;
  for (const m of src.matchAll(re)) {
    if (m[3] !== undefined) {
      out.set(m[3], '');
      continue;
    }
    const sdk = /^(?:facebook_business|facebookads)(?:\.|$)/.test(m[1]!);
    for (const part of m[2]!.replace(/#[^\n]*/g, '').replace(/^\(|\)$/g, '').split(',')) {
      const [name, local = name] = part.trim().split(/[ \t\r\n]+as[ \t\r\n]+/).map((w) => w.trim());
      if (!name || !local || !/^[A-Za-z_]\w*$/.test(name) || !/^[A-Za-z_]\w*$/.test(local)) continue;
      // The SDK's other names (`FacebookAdsApi`) are no class of its nodes: left out.
      if (!sdk) out.set(local, '');
      else if (sdkClasses[name]) out.set(local, name);
    }
  }
  return out;
}

/**
 * PHP: what the file's `use` statements and class declarations make of SDK class names (Scanner.sdkClassNamed): a
 * name the file imports from the SDK's `FacebookAds\` namespace is that class (under its alias, `use
 * FacebookAds\Object\AdSet as FbAdSet;`); one imported from anywhere else (`use App\Models\Campaign;`, grouped
 * `use App\Models\{Campaign, AdSet};`) or declared by the file (`class Campaign extends Model`) is the code's own.
 */
function phpSdkClasses(src: string): Map<string, string> {
  const out = new Map<string, string>();
  const add = (path: string, local: string | undefined) => {
    const name = path.slice(path.lastIndexOf('\\') + 1);
    const as = local ?? name;
    if (!/^\w+$/.test(name) || !/^\w+$/.test(as)) return;
    if (!/^\\?FacebookAds\\/.test(path)) out.set(as, '');
    else if (sdkClasses[name]) out.set(as, name);
  };
  const re = /^[ \t]*use[ \t]+([\w\\]+)(?:\\\{([^}]{0,2000})\}|[ \t]+as[ \t]+(\w+))?[ \t]*;|^[ \t]*(?:(?:abstract|final|readonly)[ \t]+)*(?:class|interface|trait|enum)[ \t]+(\w+)/gm;
  for (const m of src.matchAll(re)) {
    if (m[4] !== undefined) out.set(m[4], '');
    else if (m[2] !== undefined) {
      for (const part of m[2].split(',')) {
        const [name, local] = part.trim().split(/\s+as\s+/i);
        if (name) add(`${m[1]}\\${name.trim()}`, local?.trim());
      }
    } else add(m[1]!, m[3]);
  }
  return out;
}

/**
 * Java and Kotlin: the same of the file's single-type imports and declarations: `import
 * com.facebook.ads.sdk.Campaign;` (Kotlin's `… as FbCampaign`) is the SDK's class; `import com.acme.model.Campaign;`
 * or a `class Campaign` (`data class`, `record`, `enum`, `interface`, Kotlin's `object`) of the file is the code's own.
 * A wildcard import tells nothing.
 */
function jvmSdkClasses(src: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /^[ \t]*import[ \t]+([\w.]+)(?:[ \t]+as[ \t]+(\w+))?[ \t]*;?|\b(?:class|interface|enum|record|object)[ \t]+([A-Za-z_]\w*)/gm;
  for (const m of src.matchAll(re)) {
    if (m[3] !== undefined) {
      out.set(m[3], '');
      continue;
    }
    const path = m[1]!;
    const name = path.slice(path.lastIndexOf('.') + 1);
    const local = m[2] ?? name;
    if (!/^[A-Za-z_]\w*$/.test(name)) continue;
    if (!path.startsWith('com.facebook.ads.sdk.')) out.set(local, '');
    else if (sdkClasses[name]) out.set(local, name);
  }
  return out;
}

function methodOfSdkName(name: string): HttpMethod {
  return /^create/.test(name) ? 'POST' : /^delete/.test(name) ? 'DELETE' : 'GET';
}
