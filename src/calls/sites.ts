/**
 * Graph API call sites in a source file (SPEC §7), from its text alone: URL strings and templates
 * naming a Graph host (directly or through a constant of the same file), relative paths passed to known
 * Graph clients, and the business SDKs' generated methods. Pure and linear in the text: one tokenizer
 * pass, then passes over the tokens that look at most a bounded window around each token.
 *
 * The reader is one class, `Scanner` (below: `run()`, `collectConstants` and the Graph clients the file exports),
 * the last of a chain of abstract classes in ./sites/, each file one layer that builds on the one before:
 * tokens.ts (fields, constructor, token vocabulary) ← scopes.ts ← values.ts (`expr`, `resolve`) ← helpers.ts
 * (HTTP methods, request helpers) ← urls.ts (`urlSite`, `push`) ← clients.ts (`clientCall`) ← sdk.ts (`sdkCall`).
 * Start at `run()`, then read the layers in that order; common.ts holds what several of them share.
 */
import { ID, NUM, OP, type Part, STR } from './lex.js';
import { lowerBound } from '../arrays.js';
import { exportedClientReason, markerInCode } from './markers.js';
import { languageOf } from './language.js';
import { bare, type BaseClient, type CallSite, CLIENT_MAKER, HOST, HOST_ANYWHERE, isInstagramHost, parseFieldTree, RETROFIT_ANNOTATION } from './sites/common.js';
import { SdkReader } from './sites/sdk.js';
export { parseFieldTree } from './sites/common.js';
export type { CallSite } from './sites/common.js';

/** Words that are literal values (a constant of one makes no call). */
const LITERAL_WORDS = new Set(['true', 'false', 'null', 'undefined']);
/** Words before a class member's name (TypeScript's modifiers, accessors). */
const MODIFIERS = new Set(['public', 'private', 'protected', 'static', 'readonly', 'declare', 'override', 'abstract', 'async', 'get', 'set', 'accessor']);

/**
 * A Graph client, client factory, client config or Graph URL that a JavaScript/TypeScript file exports
 * (Scanner.exportedClients), as a file that imports it sees it: by its exported name (`default` for
 * `export default`, `export =` and `module.exports =`).
 */
export interface ExportedBinding {
  name: string;
  /**
   * `client`: an HTTP client with a Graph base URL; `factory`: a function that returns one; `config`: an object
   * with a Graph base URL; `url`: a string that is one; `opaque`: a module that holds one, passed on whole
   * (`export * as graph from './graph'`), whose uses are not followed; `chosen`: a client or factory whose host
   * its caller chooses (`instagram ? IG : GRAPH`), not followed either; `inert`: a name of the same module that
   * makes no call (a type, an interface, an enum, a string or number constant), which an import may take freely.
   */
  kind: 'client' | 'factory' | 'config' | 'url' | 'opaque' | 'chosen' | 'inert';
  /** The client's host is graph.instagram.com. */
  instagram: boolean;
  /** `url`: the string, holes written `${…}`. */
  url?: Part[];
  /** Passed on by re-exports: the files it comes through (the barrel's target first, the exporting file last). */
  from?: string[];
}

/**
 * The Graph clients a JavaScript/TypeScript file exports (none for other languages): what `findCallSites`
 * notes as one unresolved call each, for the files that import them (src/calls/imports.ts).
 */
export function findExportedBindings(text: string, path: string): ExportedBinding[] {
  if (languageOf(path) !== 'js' || !markerInCode(text) || isMinified(text)) return [];
  const scanner = new Scanner(text, 'js');
  scanner.wantBindings = true;
  scanner.run();
  return scanner.exportedBindings;
}

/**
 * The Graph clients a Python module holds at its top level, which another module may import by name
 * (`client = httpx.Client(base_url=GRAPH)`, a function `def graph(): return httpx.Client(…)`, a Graph URL
 * `GRAPH = "https://graph.facebook.com/v25.0"`): as `findExportedBindings` gives a JavaScript file's exports.
 * A name the module binds last to another host's client is not one.
 */
export function findModuleBindings(text: string, path: string): ExportedBinding[] {
  if (languageOf(path) !== 'python' || !markerInCode(text) || isMinified(text)) return [];
  const scanner = new Scanner(text, 'python');
  scanner.run();
  return scanner.moduleBindings();
}

/**
 * Go: the Graph URLs a file holds in package-level constants and variables (`const graphBaseURL =
 * "https://graph.facebook.com/v19.0"`), which every file of its package can use by name (src/scan/follow-imports.ts reads
 * those files with them declared ahead).
 */
export function findGoPackageUrls(text: string, path: string): ExportedBinding[] {
  if (languageOf(path) !== 'go' || !markerInCode(text) || isMinified(text)) return [];
  const scanner = new Scanner(text, 'go');
  scanner.run();
  return scanner.moduleBindings().filter((b) => b.kind === 'url');
}

/**
 * PHP, Java/Kotlin and Ruby: the Graph URLs a file keeps in constants other files name qualified (`Config::GRAPH_URL`,
 * `Graph.BASE_URL`, `Meta::GRAPH`), with the class or module that holds them (its first `class`/`module`; Java's
 * public class is its file's name). Shared-values.ts reads those files with them declared ahead.
 */
export function findSharedClassUrls(text: string, path: string): { owner: string; urls: ExportedBinding[] } | undefined {
  const lang = languageOf(path);
  if ((lang !== 'php' && lang !== 'java' && lang !== 'ruby') || !markerInCode(text) || isMinified(text)) return undefined;
  const owner = /^[ \t]*(?:(?:public|final|abstract|object|data)[ \t]+)*(?:class|module|object|interface)[ \t]+([A-Z]\w*)/m.exec(text)?.[1];
  if (owner === undefined) return undefined;
  const scanner = new Scanner(text, lang);
  scanner.run();
  const urls = scanner.sharedUrlBindings();
  return urls.length > 0 ? { owner, urls } : undefined;
}

/** Why a minified bundle's calls are not read (its one *unresolved* call: never a silent skip). */
export const MINIFIED_REASON = 'a minified bundle (lines of over 1,000 characters of code): its calls are not read; its source is';

/** The Graph API call sites of a file. `path` selects the language; other files have none. */
export function findCallSites(text: string, path: string): CallSite[] {
  const lang = languageOf(path);
  if (!lang || !markerInCode(text)) return [];
  // A bundle is not read, but says so: one unresolved call at its start (its user's unused permissions
  // cannot be told), never an empty list that would pass as a file without calls.
  if (isMinified(text)) return [{ start: 0, end: 0, method: 'GET', segments: null, via: 'url', reason: MINIFIED_REASON }];
  // A PHP page's inline `<script>` (HTML outside `<?php … ?>`) is JavaScript: read as such, not as PHP (hunt LP-6).
  const page = lang === 'php' ? phpInlineScripts(text) : undefined;
  if (page) {
    const php = new Scanner(page.php, 'php').run();
    const js = markerInCode(page.js) ? new Scanner(page.js, 'js').run() : [];
    return [...php, ...js].sort((x, y) => x.start - y.start);
  }
  const sites = new Scanner(text, lang).run();
  const f4j = lang === 'java' ? facebook4jSites(text) : [];
  return f4j.length === 0 ? sites : [...sites, ...f4j].sort((x, y) => x.start - y.start);
}

/**
 * A PHP file's inline scripts: each `<script>` element in its HTML (outside `<?php … ?>`, `<?= … ?>`), whose body is
 * JavaScript. Undefined when it has none; else the file twice, at the same offsets: `php` with those bodies blanked
 * (the PHP tags inside them kept), `js` with all but those bodies blanked (a PHP tag inside one, `'<?= $pageId ?>'`,
 * turned into zeros: a value the server writes, read as an id). Newlines are kept, so lines and columns stay.
 */
// (An opening tag is looked for within 512 characters: linear.)
const SCRIPT_OPEN = /<script\b[^>]{0,500}>/iy;
const SCRIPT_CLOSE = /<\/script\s*>/gi;

function phpInlineScripts(text: string): { php: string; js: string } | undefined {
  if (!/<script/i.test(text)) return undefined;
  const bodies: [number, number][] = [];
  const tags: [number, number][] = [];
  const n = text.length;
  let i = 0;
  let html = true;
  let noClose = false;
  while (i < n) {
    if (html) {
      const open = text.indexOf('<', i);
      if (open === -1) break;
      if (text.startsWith('<?', open)) {
        html = false;
        i = open + 2;
        continue;
      }
      SCRIPT_OPEN.lastIndex = open;
      const m = SCRIPT_OPEN.exec(text);
      if (!m) {
        i = open + 1;
        continue;
      }
      // The body, to `</script>`; a PHP tag inside it stays PHP. Without a `</script>` after it, the tag is not read
      // as one (review R-4: a `<script` in PHP the scanner misread as HTML swallowed the rest of the file), and once
      // none is found, none is looked for again (linear).
      const start = open + m[0].length;
      SCRIPT_CLOSE.lastIndex = start;
      const end = noClose ? -1 : (SCRIPT_CLOSE.exec(text)?.index ?? -1);
      if (end === -1) {
        noClose = true;
        i = open + 1;
        continue;
      }
      bodies.push([start, end]);
      for (let k = text.indexOf('<?', start); k !== -1 && k < end; k = text.indexOf('<?', k + 2)) {
        const q = text.indexOf('?>', k + 2);
        const e = q === -1 || q + 2 > end ? end : q + 2;
        tags.push([k, e]);
        k = e - 2;
      }
      i = end;
      continue;
    }
    // PHP: to `?>` outside a string, a heredoc or nowdoc, or a block comment (a line comment ends there too, as PHP's does).
    const c = text[i]!;
    if (c === '<' && text.startsWith('<<<', i)) {
      i = heredocEnd(text, i);
    } else if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < n && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e === -1 ? n : e + 2;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < n && text[i] !== '\n' && !(text[i] === '?' && text[i + 1] === '>')) i++;
    } else if (c === '?' && text[i + 1] === '>') {
      html = true;
      i += 2;
    } else i++;
  }
  if (bodies.length === 0) return undefined;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let php = '';
  let js = '';
  let at = 0;
  let t = 0;
  for (const [a, b] of bodies) {
    php += text.slice(at, a);
    js += blank(text.slice(at, a));
    let k = a;
    for (; t < tags.length && tags[t]![0] < b; t++) {
      const [x, y] = tags[t]!;
      php += blank(text.slice(k, x)) + text.slice(x, y);
      js += text.slice(k, x) + text.slice(x, y).replace(/[^\n]/g, '0');
      k = y;
    }
    php += blank(text.slice(k, b));
    js += text.slice(k, b);
    at = b;
  }
  php += text.slice(at);
  js += blank(text.slice(at));
  return { php, js };
}

/** A heredoc's or nowdoc's opening: `<<<EOT`, `<<< "EOT"`, `<<<'EOT'`, then the line's end. */
const HEREDOC_OPEN = /<<<[ \t]*(?:([A-Za-z_\x80-\uffff][\w\x80-\uffff]*)|"([A-Za-z_\x80-\uffff][\w\x80-\uffff]*)"|'([A-Za-z_\x80-\uffff][\w\x80-\uffff]*)')\r?\n/y;

/**
 * Where the PHP heredoc or nowdoc at `at` (`<<<`) ends: after its closing identifier, the first line that starts
 * with it (after spaces or tabs, PHP 7.3's indented closing) and goes on with no identifier character; the end of
 * the text when none does. Not one (`<<<` and no identifier and newline): just past `<<<`. Linear: each line's
 * start is compared once, and no further than that line (review R-4: a `?>` inside one ended PHP).
 */
function heredocEnd(text: string, at: number): number {
  HEREDOC_OPEN.lastIndex = at;
  const m = HEREDOC_OPEN.exec(text);
  if (!m) return at + 3;
  const id = m[1] ?? m[2] ?? m[3]!;
  for (let line = HEREDOC_OPEN.lastIndex; line < text.length; ) {
    let k = line;
    while (text[k] === ' ' || text[k] === '\t') k++;
    if (text.startsWith(id, k) && !/[\w\x80-\uffff]/.test(text[k + id.length] ?? '')) return k + id.length;
    const nl = text.indexOf('\n', k);
    if (nl === -1) break;
    line = nl + 1;
  }
  return text.length;
}

/**
 * Facebook4J (Java and Kotlin: `facebook.commentPost(id, msg)` on a `facebook4j.Facebook`): a Graph client whose
 * methods this reader does not map, so each call is one whose path is not read, never a silent skip (hunt X3).
 * Each method called on a value the file types `Facebook` (Kotlin's `facebook: Facebook`, Java's `Facebook facebook
 * =`) is one such call where it is; where no value is typed so, the client's import is.
 */
function facebook4jSites(text: string): CallSite[] {
  if (!FACEBOOK4J_IMPORT.test(text)) return [];
  const out: CallSite[] = [];
  const names = new Set([...text.matchAll(FACEBOOK4J_VALUE)].map((m) => m[1] ?? m[2]!));
  if (names.size > 0)
    for (const m of text.matchAll(new RegExp(`(?<![\\w.$])(?:${[...names].join('|')})\\s*\\.\\s*[A-Za-z_]\\w*\\s*\\(`, 'g'))) {
      // (Not in a comment: `// facebook.commentPost(…)` calls nothing.)
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (/\/\/|^\s*(?:\*|\/\*)/.test(text.slice(lineStart, m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length - 1, method: 'GET', segments: null, via: 'client', reason: FACEBOOK4J_REASON });
    }
  // Without a value typed so, the import of the client itself (not of a data type, `facebook4j.Post`: hunt Z7-6).
  const client = names.size === 0 ? [...text.matchAll(FACEBOOK4J_CLIENT_IMPORT)][0] : undefined;
  if (client) {
    const start = client.index + client[0].indexOf('facebook4j');
    out.push({ start, end: start + client[1]!.length, method: 'GET', segments: null, via: 'client', reason: FACEBOOK4J_REASON });
  }
  return out;
}

/** A Facebook4J import (`import facebook4j.Facebook`, `import facebook4j.*`). */
const FACEBOOK4J_IMPORT = /^[ \t]*import[ \t]+facebook4j\./m;
/** An import of Facebook4J's client itself (not of a data type, `facebook4j.Post`: hunt Z7-6). */
const FACEBOOK4J_CLIENT_IMPORT = /^[ \t]*import[ \t]+(facebook4j\.(?:Facebook|FacebookFactory|\*))(?!\w)/gm;
/** A value the file types as Facebook4J's client: Kotlin's `facebook: Facebook`, Java's `Facebook facebook =`. */
const FACEBOOK4J_VALUE = /\b([A-Za-z_]\w*)\s*:\s*Facebook\b(?![\w.])|\bFacebook\s+([A-Za-z_]\w*)\s*[=;,)]/g;
/** Why a file that imports Facebook4J holds a call not read. */
export const FACEBOOK4J_REASON = 'Facebook4J, a Graph API client whose methods are not mapped: its calls in this file are not read';

/**
 * A minified or generated bundle: over 64 KiB, with lines of over 1,000 characters on average, and code
 * on them (one `;`, `(`, `)`, `{` or `}` in 100 characters at least). Build output, not the code whose
 * calls a token makes; the scan reads its source instead. A file made long by data (a base64 image or a
 * JSON blob of one string on one line) is no bundle: it is read.
 */
function isMinified(text: string): boolean {
  if (text.length < 64 * 1024) return false;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && lines * 1000 < text.length; i = text.indexOf('\n', i + 1)) lines++;
  if (lines * 1000 >= text.length) return false;
  const needed = text.length / 100;
  let code = 0;
  for (let i = 0; i < text.length && code < needed; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3b || c === 0x28 || c === 0x29 || c === 0x7b || c === 0x7d) code++;
  }
  return code >= needed;
}

class Scanner extends SdkReader {
  run(): CallSite[] {
    this.collectConstants();
    if (this.sdk) this.collectBindings();
    const n = this.toks.length;
    for (let i = 0; i < n; i++) {
      const k = this.toks.kind[i];
      // The Conversions API through the business SDKs: `new EventRequest(token, pixelId).setEvents(…).execute()`
      // (Node, PHP, Java), `EventRequest(events=…, pixel_id=…)` (Python) sends `POST /{pixel-id}/events`.
      // Ruby's `FacebookAds::ServerSide::EventRequest.new(pixel_id: …, events: […])` (then `.execute`) too (hunt V1).
      const rubyNew = this.lang === 'ruby' && this.member(i + 1) && this.id(i + 2) === 'new' && this.id(i - 2) === 'ServerSide';
      if (this.sdk && k === ID && this.toks.v[i] === 'EventRequest' && ((this.op(i + 1, '(') && !this.member(i - 1)) || rubyNew)) {
        this.push(this.toks.start[i]!, this.toks.end[i]!, 'POST', { segments: [{ ph: 'pixel-id' }, { lit: 'events' }], empty: false }, 'sdk');
        continue;
      }
      // The Python SDK's raw request, `FacebookRequest(node_id, method, endpoint, api=…)` (then `.execute()`): the
      // method on the node's endpoint (hunt LP-5).
      if (this.sdk && this.lang === 'python' && k === ID && this.op(i + 1, '(') && this.partner[i + 1]! > i + 1 && this.sdkFacebookRequest(i)) {
        this.facebookRequest(i);
        i = this.partner[i + 1]!;
        continue;
      }
      // `new URL(`${id}/insights`, GRAPH)`: the relative part resolved against the base.
      if (k === ID && this.toks.v[i] === 'URL' && this.id(i - 1) === 'new' && this.op(i + 1, '(') && this.partner[i + 1]! > i) {
        const args = this.args(i + 1);
        const rel = args.length === 2 ? this.argParts(args[0]!) : undefined;
        const base = rel ? this.argParts(args[1]!) : undefined;
        if (rel && base) {
          this.urlSite({ parts: [...base, { lit: '/' }, ...rel], first: i - 1, last: this.partner[i + 1]! });
          i = this.partner[i + 1]!;
          continue;
        }
      }
      // `[GRAPH, pageId, 'feed'].join('/')` (JavaScript, Ruby): the elements joined by the string, and what
      // the expression goes on with (`[GRAPH, id].join('/') + '/feed'`).
      if (k === OP && this.toks.v[i] === '[') {
        const end = this.listJoin(i);
        if (end !== -1) {
          const e = this.expr(i);
          if (e && !this.taken.has(i)) this.urlSite(e);
          i = Math.max(end, e?.last ?? end);
          continue;
        }
      }
      // The Ruby business SDK on a variable bound to a node: `campaign.save`, `account.campaigns.create(…)`.
      if (k === ID && this.sdk && this.lang === 'ruby') {
        const end = this.rubyBoundChain(i);
        if (end !== -1) {
          i = end;
          continue;
        }
      }
      const literal = k === ID && this.lang === 'go' ? this.goUrlLiteral(i) : -1;
      if (literal !== -1) {
        i = literal;
        continue;
      }
      if (k === ID && this.parenAfter(i) !== -1) {
        if (this.lang === 'java' && RETROFIT_ANNOTATION.test(this.toks.v[i]!) && this.retrofitCall(i)) continue;
        if (this.lang === 'java' && this.sdk && this.toks.v[i] === 'APIRequest' && !this.notSdkClass('APIRequest') && this.javaAdhocRequest(i)) continue;
        if (this.lang === 'java' && this.builderOfConstant(i)) continue;
        if (this.lang === 'java' && this.restTemplateCall(i)) continue;
        if (this.lang === 'php' && this.toks.v[i] === 'baseUrl') this.takeChainBase(i);
        if (this.lang === 'java' && this.toks.v[i] === 'url' && this.ktorRelativeUrl(i)) continue;
        if ((this.lang === 'go' || this.lang === 'java') && this.batchCall(i)) continue;
        if (this.clientCall(i)) continue;
        if (this.packageClientCall(i)) continue;
        if (this.sdk && this.sdkCall(i)) continue;
        if (this.waSdk && this.waSdkCall(i)) continue;
      }
      if (k === STR || k === ID) {
        const e = this.expr(i);
        if (!e) {
          // What expr walked and found no string in (a member chain `a.b.b…`, variables joined `a + b + …`)
          // holds none from any later start either: passed over, so the pass stays linear. Its last token
          // is looked at again (a callee: `graph.post<T>(…)`).
          if (this.exprEnd - 1 > i) i = this.exprEnd - 1;
          continue;
        }
        if (!this.taken.has(e.first)) this.urlSite(e);
        if (e.last > i) i = e.last;
      }
    }
    this.exportedClients();
    this.sharedGraphUrls();
    this.out.sort((a, b) => a.start - b.start);
    // The calls read through a request helper's path (helperPathCalls), unless another reading already holds
    // them (a helper named like a Graph client's method, `call('POST', path)`, read as that client's call).
    if (this.later.length > 0) {
      const reach = new Int32Array(this.out.length);
      let max = -1;
      this.out.forEach((c, k) => {
        max = Math.max(max, c.end);
        reach[k] = max;
      });
      const starts = this.out.map((c) => c.start);
      const held = (c: CallSite) => {
        const k = lowerBound(starts, c.start + 1) - 1;
        return k >= 0 && reach[k]! >= c.end;
      };
      const extra = this.later.filter((c) => !held(c));
      if (extra.length > 0) this.out = [...this.out, ...extra].sort((a, b) => a.start - b.start);
    }
    // The same call read twice at one place (two branches of a condition with one value): once.
    const seen = new Set<string>();
    return this.out.filter((c) => {
      const key = JSON.stringify(c);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  // ---- Graph clients the file exports ----
  /**
   * Go, PHP, Java/Kotlin and Ruby: a Graph URL held in a constant other files can use (Go's exported package-level
   * `const GraphBaseURL = "https://graph.facebook.com/v19.0"`, a PHP class constant or `define`, Java's `public static
   * final`, a Ruby constant) and not used in its own file (a base every client of a service shares, in a file of its
   * own) is one *unresolved* call at its value: the calls other files build on it are not read
   * (this reader follows no import in these languages), so the user's unused permissions are not judged from the
   * calls read alone, as for a JavaScript or Python export (hunt V7).
   */
  private sharedGraphUrls(): void {
    if (this.lang !== 'go' && this.lang !== 'php' && this.lang !== 'java' && this.lang !== 'ruby') return;
    for (const [name, e] of this.consts) {
      // (PHP's `define('GRAPH', …)` names it in a string: each identifier `GRAPH` is a use.)
      const defined = this.lang === 'php' && this.op(e.first - 1, ',') && this.id(e.first - 4) === 'define';
      if (this.nameCount(name) > (defined ? 0 : 1) || !this.sharedConstant(name, e.first)) continue;
      const url = this.resolve([{ hole: name }]);
      const first = url[0];
      const host = first !== undefined && 'lit' in first ? HOST.exec(first.lit) : null;
      // Used here too (in code or in a string's hole, `"#{GRAPH}/…"`): the file makes its own calls on it (read
      // here), and is no base other files share.
      if (!host || this.usedInText(name)) continue;
      this.out.push({ start: this.toks.start[e.first]!, end: this.toks.end[e.last]!, method: 'GET', segments: null, via: 'url', reason: `a Graph API URL other files may build their calls on (${name}): the calls made on it there are not read` });
    }
  }

  /**
   * PHP, Java/Kotlin and Ruby: the Graph URLs the file keeps in constants other files can use (a public class
   * constant, `define`, a Ruby constant: as sharedGraphUrls judges them), used here or not (findSharedClassUrls).
   */
  sharedUrlBindings(): ExportedBinding[] {
    if (this.lang !== 'php' && this.lang !== 'java' && this.lang !== 'ruby') return [];
    const out: ExportedBinding[] = [];
    for (const [name, e] of this.consts) {
      if (!/^[A-Za-z_]\w*$/.test(name) || !this.sharedConstant(name, e.first)) continue;
      const url = this.resolve([{ hole: name }]);
      const first = url[0];
      const host = first !== undefined && 'lit' in first ? HOST.exec(first.lit) : null;
      if (host) out.push({ name, kind: 'url', instagram: isInstagramHost(host[1]!), url });
    }
    return out;
  }

  /** Whether a string of the file uses `name` in a hole (`"#{GRAPH}/…"`, `` `${GRAPH}/…` ``); comments do not count. */
  private usedInText(name: string): boolean {
    const word = new RegExp(`(?:^|[^\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`);
    for (let k = 0; k < this.toks.length; k++) {
      if (this.kind(k) !== STR || !this.src.slice(this.toks.start[k]!, this.toks.end[k]!).includes(name)) continue;
      if (this.strParts(k)?.some((p) => 'hole' in p && word.test(p.hole))) return true;
    }
    return false;
  }

  /** Whether the constant `name`, its value at token v, is one other files can use (sharedGraphUrls). */
  private sharedConstant(name: string, v: number): boolean {
    if (this.kind(v) !== STR && !(this.kind(v) === ID && this.op(v + 1, this.concat))) return false;
    // The name token: before the `=` (Go's typed `const X string = …` too), or PHP's `define('X', …)`.
    let n = v - 2;
    if (this.lang === 'go' && this.id(v - 2) !== name) n = v - 3;
    if (this.lang === 'php' && this.op(v - 1, ',') && this.id(v - 4) === 'define') return true;
    if (this.id(n) === undefined || bare(this.id(n)!) !== name || !(this.op(n + 1, '=') || this.op(n + 2, '='))) return false;
    if (this.lang === 'go') return /^[A-Z]/.test(name) && this.scopeOf(v) === -1;
    if (this.lang === 'ruby') return /^[A-Z][A-Z0-9_]*$/.test(name) && this.scopeOf(v) === -1;
    // PHP: a class constant not private or protected; Java: a `public` field.
    for (let k = n - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const w = this.id(k);
      if (w === undefined) return false;
      if (this.lang === 'php' && w === 'const') return !/^(?:private|protected)$/.test(this.id(k - 1) ?? '');
      if (this.lang === 'java' && w === 'public') return true;
    }
    return false;
  }

  /**
   * JavaScript/TypeScript: a Graph client the file exports (`export const graph = axios.create({ baseURL })`,
   * `export default graph`, `export { graph }`, `module.exports = { graph }`, `exports.graph = graph`, a
   * factory `export function graph() { return axios.create(…) }`, or `export default axios.create(…)`) is
   * called in the files that import it. This reader reads one file at a time; the scan's second look
   * (src/calls/imports.ts) reads the importers with the client declared. One *unresolved* call at the export
   * stays, for the importers no look reaches (a bundler's alias, `import * as`): the user's unused permissions are
   * then not judged from the calls read alone. One pass over the tokens, a bounded look at each export.
   */
  private exportedClients(): void {
    if (this.lang !== 'js' || !this.src.includes('export')) return;
    // What each name exported stands for, looked up once per name (a file may export one name a thousand times).
    const kinds = new Map<string, Omit<ExportedBinding, 'name'> | undefined>();
    const kindOf = (name: string): Omit<ExportedBinding, 'name'> | undefined => {
      if (kinds.has(name)) return kinds.get(name);
      let kind: Omit<ExportedBinding, 'name'> | undefined;
      const made = this.baseClients.get(name)?.filter((c) => c.graph || c.chosen !== undefined) ?? [];
      const factory = this.factoryClients.get(`-1 ${name}`) ?? this.getterClients.get(`-1 ${name}`);
      // A host chosen by an argument (`instagram ? IG : GRAPH`) is the caller's: not declared for an importer.
      if (made.length > 0) kind = { kind: made.some((c) => !c.graph) ? 'chosen' : 'client', instagram: made.every((c) => c.instagram) };
      else if (factory) kind = { kind: factory.chosen !== undefined && !factory.graph ? 'chosen' : 'factory', instagram: factory.instagram };
      else if (this.consts.has(name)) {
        // `export const GRAPH = 'https://graph.facebook.com/v19.0'`: the files that import it build their URLs on it.
        const url = this.resolve([{ hole: name }]);
        const first = url[0];
        const host = first !== undefined && 'lit' in first ? HOST.exec(first.lit) : null;
        if (host) kind = { kind: 'url', instagram: isInstagramHost(host[1]!), url };
      }
      kinds.set(name, kind);
      return kind;
    };
    const noted = new Set<string>();
    const pseudo = (t: number, name: string | undefined, binding: ExportedBinding | undefined): void => {
      noted.add(name ?? '');
      if (binding) this.bindExport(binding);
      const what = binding?.kind === 'url' ? 'url' : binding?.kind === 'opaque' ? 'class' : 'client';
      this.out.push({ start: this.toks.start[t]!, end: this.toks.end[t]!, method: 'GET', segments: null, via: 'client', reason: exportedClientReason(name, what) });
    };
    // A name the file exports (as `exported`: `export { graph as api }`); `exported` undefined: under no name an import can take.
    // The file's types, interfaces and enums, and its constants of a string or a number: names an importing
    // file may take with a client (`import { graph, GraphPage }`), which make no call (`inert`).
    let inertNames: Set<string> | undefined;
    // The token after a literal value at k (a string, a number, `-1`, `true`, `null`, a list of those, each
    // maybe `as const`), or -1.
    const literalEnd = (k: number): number => {
      let e = -1;
      if (this.kind(k) === STR || this.kind(k) === NUM || LITERAL_WORDS.has(this.id(k) ?? '')) e = k + 1;
      else if (this.op(k, '-') && this.kind(k + 1) === NUM) e = k + 2;
      else if (this.op(k, '[') && this.partner[k]! > k && this.partner[k]! - k < 1024) {
        const close = this.partner[k]!;
        let ok = true;
        for (let q = k + 1; q < close && ok; q++) ok = this.kind(q) === STR || this.kind(q) === NUM || this.op(q, ',') || this.op(q, '-') || LITERAL_WORDS.has(this.id(q) ?? '');
        if (ok) e = close + 1;
      }
      if (e !== -1 && this.id(e) === 'as' && this.id(e + 1) === 'const') e += 2;
      return e;
    };
    const inert = (name: string): boolean => {
      if (!inertNames) {
        inertNames = new Set();
        // Names the file also gives a value that may call (`const Catalog = { add: … }` beside `interface Catalog`),
        // anywhere: never inert.
        const valued = new Set<string>();
        const maybe = new Set<string>();
        for (let q = 0; q + 1 < n; q++) {
          const w = this.id(q);
          const next = this.id(q + 1);
          if (next === undefined || this.member(q - 1)) continue;
          if (w === 'interface' || w === 'enum' || (w === 'type' && (this.op(q + 2, '=') || this.op(q + 2, '<')))) maybe.add(next);
          else if (w === 'function' || w === 'class') valued.add(next);
          else if (w === 'const' || w === 'let' || w === 'var') {
            if (next === 'enum') {
              if (this.id(q + 2) !== undefined) maybe.add(this.id(q + 2)!);
              continue;
            }
            const e = this.op(q + 2, '=') && this.inBracket[q] === -1 && w === 'const' ? literalEnd(q + 3) : -1;
            if (e !== -1 && (this.kind(e) !== OP || this.op(e, ';') || this.op(e, ',')) && !this.consts.has(next)) maybe.add(next);
            else if (e !== -1 && (this.kind(e) !== OP || this.op(e, ';') || this.op(e, ',')) && kindOf(next) === undefined) maybe.add(next);
            else valued.add(next);
          }
        }
        for (const m of maybe) if (!valued.has(m)) inertNames.add(m);
      }
      return inertNames.has(name);
    };
    // The file's top-level functions, classes and constants, by name: where each is declared (its keyword's token).
    let topLevel: Map<string, number> | undefined;
    const declaredAt = (name: string): number | undefined => {
      if (!topLevel) {
        topLevel = new Map();
        for (let q = 0; q + 1 < n; q++) {
          const w = this.id(q);
          if ((w === 'function' || w === 'class' || w === 'const' || w === 'let' || w === 'var') && this.inBracket[q] === -1 && this.id(q + 1) !== undefined && !topLevel.has(this.id(q + 1)!))
            topLevel.set(this.id(q + 1)!, q);
        }
      }
      return topLevel.get(name);
    };
    // Whether what `name` is declared as (a function, a class, a constant's value) can make no Graph call: it names
    // none of the file's Graph clients, URLs or other top-level functions, and no Graph host (`isRateLimited`,
    // `class GraphError`, `GRAPH_VERSION = process.env.V ?? 'v25.0'`). A bounded look; in doubt, it can.
    const callsNothing = (name: string): boolean => {
      const d = declaredAt(name);
      if (d === undefined || this.sdk) return false;
      let end = -1;
      if (this.id(d) === 'function' || this.id(d) === 'class') {
        let o = d + 2;
        while (o < d + 64 && o < n && !(this.op(o, '{') && (this.id(d) === 'class' || this.op(o - 1, ')') || this.op(o - 1, ':') || this.kind(o - 1) === ID || this.op(o - 1, '>')))) o++;
        end = this.op(o, '{') ? this.partner[o]! : -1;
      } else {
        for (let k = d + 2; k < n && k < d + 4096; k++) {
          if (this.op(k, ';') && this.inBracket[k] === -1) {
            end = k;
            break;
          }
          if (k > d + 3 && this.inBracket[k] === -1 && /^(?:export|const|let|var|function|class|import)$/.test(this.id(k) ?? '')) {
            end = k - 1;
            break;
          }
          if (k === n - 1) end = k;
        }
      }
      if (end <= d || end - d > 4096) return false;
      for (let k = d + 2; k <= end; k++) {
        const w = this.id(k);
        if (w !== undefined && w !== name && !this.member(k - 1) && (kindOf(w) !== undefined || (declaredAt(w) !== undefined && w !== name))) return false;
        if (this.kind(k) === STR && HOST_ANYWHERE.test((this.toks.parts[k] ?? []).map((p) => ('lit' in p ? p.lit : '')).join('') || (this.toks.v[k] ?? ''))) return false;
      }
      return true;
    };
    const note = (t: number, name: string | undefined, exported: string | undefined = name): void => {
      if (name === undefined) return;
      const kind = kindOf(name);
      if (kind === undefined) {
        const c = classNamed(name);
        const held = c === undefined || noted.has(name) ? undefined : classClients(c);
        if (held) pseudo(t, name, exported === undefined ? undefined : { name: exported, kind: 'opaque', instagram: held.every((b) => b.instagram) });
        else if (exported !== undefined && this.wantBindings && (inert(name) || callsNothing(name))) this.bindExport({ name: exported, kind: 'inert', instagram: false });
        return;
      }
      if (noted.has(name)) {
        if (exported !== undefined) this.bindExport({ name: exported, ...kind });
        return;
      }
      pseudo(t, name, exported === undefined ? undefined : { name: exported, ...kind });
    };
    // A client made where it is exported (`export default axios.create({ baseURL: GRAPH })`, `module.exports =
    // ky.create({ prefixUrl })`, an object's value `{ graph: axios.create(…) }`), or a config object with a Graph
    // base URL (`export const graphConfig = { baseURL: GRAPH }`, given to `axios.create` in another file). Not a
    // function whose body passes a base URL with its own request (`exports.publish = () => axios.post(…, { baseURL })`).
    // One such call says what there is to say: a file of many is not many findings' worth.
    const made = (t: number, name: string | undefined, exported: string | undefined, factory = false): void => {
      const v = this.id(t) === 'await' || this.id(t) === 'new' ? t + 1 : t;
      let k = v;
      while (this.member(k + 1) && this.id(k + 2) !== undefined && k < v + 16) k += 2;
      const maker = this.op(k + 1, '(') && CLIENT_MAKER.test(this.id(k) ?? '');
      if (!maker && !this.op(v, '{')) return;
      // `export default axios.create(…).get(…)`: a request's promise, not the client (its call is read where it is).
      if (maker && this.requestOnMade(k + 1)) return;
      if (noted.has(name ?? '') && (exported === undefined || this.exportedNames.has(exported))) return;
      const key = '\u0000exported';
      this.noteBaseClient(key, v);
      const list = this.baseClients.get(key)?.filter((c) => c.graph || c.chosen !== undefined) ?? [];
      this.baseClients.delete(key);
      if (list.length === 0) return;
      const binding: ExportedBinding | undefined = exported === undefined ? undefined : { name: exported, kind: factory ? 'factory' : maker ? 'client' : 'config', instagram: list.every((c) => c.instagram) };
      if (noted.has(name ?? '')) {
        if (binding) this.bindExport(binding);
      } else pseudo(v, name, binding);
    };
    // A class that holds a Graph client (`export class Graph { static http = axios.create(…) }`, a field, a
    // constructor's `this.http = …`): its users elsewhere reach the client through the class (`Graph.http.get(…)`),
    // which is not followed (`opaque`). The class's own calls are read here. A bounded look at its body.
    // The Graph clients a class at token c (`class`) lets its users reach, or undefined.
    const classClients = (c: number): BaseClient[] | undefined => {
      let open = c + 1;
      while (open < c + 48 && open < n && !this.op(open, '{')) open++;
      const close = this.op(open, '{') ? this.partner[open]! : -1;
      if (close <= open || close - open > 4096) return undefined;
      // The class's members: each from its first token to its `;` or its body's `}` (brackets jumped over).
      const members: [number, number][] = [];
      for (let k = open + 1; k < close; ) {
        const from = k;
        while (k < close && !this.op(k, ';')) {
          const p = this.partner[k]!;
          if (this.op(k, '{') && p > k) {
            k = p;
            // A method's or an accessor's body ends the member; an object value (`x = { … }`) does not.
            if (!this.op(from, '=') && !(k + 1 < close && (this.op(k + 1, ',') || this.op(k + 1, ')') || this.op(k + 1, '.')))) break;
          } else if ((this.op(k, '(') || this.op(k, '[')) && p > k) k = p;
          k++;
        }
        if (this.op(k, '}') && this.partner[k]! < from) k--;
        members.push([from, k]);
        k++;
      }
      // A member is hidden when TypeScript says so (`private`, `protected`) or its name is `#private`.
      const hidden = (from: number, to: number): boolean => {
        for (let q = from; q <= to && q < from + 6; q++) {
          const w = this.id(q);
          if (w === 'private' || w === 'protected' || w?.startsWith('#') || this.op(q, '#')) return true;
          if (this.op(q, '(') || this.op(q, '=') || this.op(q, ':')) return false;
        }
        return false;
      };
      // A member's name: its first name that is no modifier.
      const nameOf = (from: number, to: number): string | undefined => {
        for (let q = from; q <= to && q < from + 6; q++) {
          const w = this.id(q);
          if (w !== undefined && !MODIFIERS.has(w)) return w;
        }
        return undefined;
      };
      // A field set in the constructor (`this.http = …`) is hidden when its declaration is.
      const fieldHidden = (field: string): boolean => field.startsWith('#') || members.some(([a, b]) => hidden(a, b) && nameOf(a, b) === field);
      const graphAt = (v: number): BaseClient[] => {
        const key = '\u0000exported';
        this.noteBaseClient(key, v);
        const list = this.baseClients.get(key)?.filter((b) => b.graph || b.chosen !== undefined) ?? [];
        this.baseClients.delete(key);
        return list;
      };
      // Fields of the class that hold a Graph client, hidden or not (a public getter may return one: `return this.http`).
      const heldIn = new Map<string, BaseClient[]>();
      for (const [from, to] of members) {
        const ctor = this.id(from) === 'constructor';
        for (let k = from; k <= to; k++) {
          if (!CLIENT_MAKER.test(this.id(k) ?? '') || !this.op(k + 1, '(') || !(this.member(k - 1) || this.id(k - 1) === 'new')) continue;
          let v = this.member(k - 1) ? k - 2 : k;
          while (this.member(v - 1) && this.id(v - 2) !== undefined && v > k - 16) v -= 2;
          if (this.id(v - 1) === 'new') v--;
          // What reaches the class's users: a field's value (`http = axios.create(…)`, `static http = …`), what a
          // getter or method returns, and in the constructor a client kept in a field that is not hidden
          // (`this.http = axios.create(…)`). A client a method makes for its own calls does not.
          const field = !ctor && this.op(v - 1, '=') && v - 1 - from < 8 && this.inBracket[v - 1] === open;
          const returned = !ctor && this.id(v - 1) === 'return';
          const set = ctor && this.op(v - 1, '=') && this.member(v - 3) && this.id(v - 4) === 'this' ? this.id(v - 2) : undefined;
          if (!field && !returned && set === undefined) continue;
          const list = graphAt(v);
          if (list.length === 0) continue;
          const fieldName = field ? nameOf(from, to) : set;
          if (fieldName !== undefined) heldIn.set(fieldName, list);
          if ((field && !hidden(from, to)) || (returned && !hidden(from, to)) || (set !== undefined && !fieldHidden(set))) return list;
        }
      }
      // A public member that returns a field holding a client (`get client() { return this.http; }`).
      if (heldIn.size > 0)
        for (const [from, to] of members) {
          if (hidden(from, to)) continue;
          for (let k = from; k + 3 <= to; k++)
            if (this.id(k) === 'return' && this.id(k + 1) === 'this' && this.member(k + 2) && heldIn.has(this.id(k + 3) ?? '')) return heldIn.get(this.id(k + 3)!);
        }
      return undefined;
    };
    const classAt = (c: number, exported: string): void => {
      const name = this.id(c + 1) !== undefined && this.id(c + 1) !== 'extends' && this.id(c + 1) !== 'implements' ? this.id(c + 1) : undefined;
      if (noted.has(name ?? '')) return;
      const list = classClients(c);
      if (list) pseudo(name !== undefined ? c + 1 : c, name, { name: exported === '' ? (name ?? 'default') : exported, kind: 'opaque', instagram: list.every((b) => b.instagram) });
      else if (name !== undefined && this.wantBindings && callsNothing(name)) this.bindExport({ name: exported === '' ? name : exported, kind: 'inert', instagram: false });
    };
    // A class of the file by name (`class Graph { … }` exported later: `export { Graph }`, `export default Graph`).
    let classTokens: Map<string, number> | undefined;
    const classNamed = (name: string): number | undefined => {
      if (!classTokens) {
        classTokens = new Map();
        for (let q = 0; q + 1 < n; q++) if (this.id(q) === 'class' && this.id(q + 1) !== undefined && !this.member(q - 1) && !classTokens.has(this.id(q + 1)!)) classTokens.set(this.id(q + 1)!, q);
      }
      return classTokens.get(name);
    };
    // `{ a, b as c }` (an export list: the local names, exported as written after `as`) or `{ a, key: b, c:
    // axios.create(…) }` (an object: its values, by their keys; the object itself is `exported`). An object
    // inside one already read is not read again.
    let readUntil = -1;
    const names = (open: number, exportList: boolean, exported?: string): void => {
      const close = this.partner[open]!;
      if (open < readUntil || close <= open || close - open > 4096) return;
      readUntil = close;
      if (!exportList) made(open, undefined, exported);
      for (let q = open + 1; q < close; q++) {
        const name = this.id(q);
        // The object's own keys and values only: a name inside a function it holds (Sails.js's `fn: async
        // function () { … { url: page_url } … }`) is that function's (hunt Y4-1).
        if (name === undefined || this.inBracket[q] !== open) continue;
        const before = this.op(q - 1, '{') || this.op(q - 1, ',');
        if (exportList) {
          if (before) note(q, name, this.id(q + 1) === 'as' ? this.id(q + 2) : name);
          continue;
        }
        // An object's shorthand `{ graph }` or a value `{ key: graph }`; a value made there, `{ key: axios.create(…) }`.
        const keyed = this.op(q - 1, ':');
        const key = keyed ? (this.id(q - 2) ?? this.str(q - 2)) : name;
        if ((before || keyed) && (this.op(q + 1, ',') || this.op(q + 1, '}'))) note(q, name, key);
        else if (keyed) made(q, undefined, key);
      }
    };
    // The value exported (as `exported`) at token v: a name, an object, or a client made there.
    const value = (v: number, exported: string | undefined): void => {
      if (this.op(v, '{')) names(v, false, exported);
      else if (this.id(v) !== undefined && !this.member(v + 1) && !this.op(v + 1, '(') && !this.op(v + 1, '=>')) note(v, this.id(v), exported);
      else made(v, exported === 'default' ? undefined : exported, exported);
    };
    const n = this.toks.length;
    for (let t = 0; t < n; t++) {
      const w = this.id(t);
      if (w === 'export' && !this.member(t - 1)) {
        let q = t + 1;
        if (this.id(q) === 'declare') q++;
        const k = this.id(q);
        // `export declare const X: T`: a declaration of something made elsewhere, no value here (no call).
        if (q > t + 1 && (k === 'const' || k === 'let' || k === 'var' || k === 'function') && this.id(q + 1) !== undefined && !this.op(q + 2, '=')) {
          if (this.wantBindings) this.bindExport({ name: this.id(q + 1)!, kind: 'inert', instagram: false });
          continue;
        }
        if (k === 'const' && this.id(q + 1) === 'enum' && this.id(q + 2) !== undefined) {
          if (this.wantBindings && inert(this.id(q + 2)!)) this.bindExport({ name: this.id(q + 2)!, kind: 'inert', instagram: false });
          continue;
        }
        if (k === 'const' || k === 'let' || k === 'var') {
          const name = this.id(q + 1);
          note(q + 1, name);
          // `export const graphConfig = { baseURL: GRAPH }` (a type between: `: AxiosRequestConfig =`).
          let e = q + 2;
          if (this.op(e, ':')) while (e < q + 18 && e < n && !this.op(e, '=')) e++;
          if (name !== undefined && !noted.has(name) && this.op(e, '=') && this.op(e + 1, '{')) made(e + 1, name, name);
        } else if (k === 'function' || (k === 'async' && this.id(q + 1) === 'function')) note(q + (k === 'async' ? 2 : 1), this.id(q + (k === 'async' ? 2 : 1)));
        else if (k === 'class' || (k === 'abstract' && this.id(q + 1) === 'class')) classAt(k === 'class' ? q : q + 1, '');
        else if ((k === 'interface' || k === 'type' || k === 'enum') && this.wantBindings && this.id(q + 1) !== undefined && inert(this.id(q + 1)!)) this.bindExport({ name: this.id(q + 1)!, kind: 'inert', instagram: false });
        else if (this.op(q, '{')) names(q, true);
        else if (k === 'default' || this.op(q, '=')) {
          // `export default …`; TypeScript's `export = graph`.
          const v = q + 1;
          const after = this.id(v);
          if (after === 'function' || (after === 'async' && this.id(v + 1) === 'function')) {
            // An anonymous factory, `export default function () { return axios.create({ baseURL }) }`: what it returns.
            let o = v + 1;
            while (o < v + 8 && o < n && !this.op(o, '(')) o++;
            let b = this.op(o, '(') ? this.partner[o]! + 1 : -1;
            while (b > 0 && b < o + 48 && b < n && !this.op(b, '{')) b++;
            const end = b > 0 && this.op(b, '{') ? this.partner[b]! : -1;
            if (end > b && end - b <= 4096) for (let r = b + 1; r < end && !noted.has(''); r++) if (this.id(r) === 'return') made(r + 1, undefined, 'default', true);
            continue;
          }
          if (after === 'class' || (after === 'abstract' && this.id(v + 1) === 'class')) classAt(after === 'class' ? v : v + 1, 'default');
          if (after === 'async' || after === 'class' || after === 'abstract') continue;
          value(v, 'default');
        }
      } else if (w === 'Object' && this.member(t + 1) && this.id(t + 2) === 'assign' && this.op(t + 3, '(')) {
        // `Object.assign(module.exports, { graph })`, `Object.assign(exports, { graph })`.
        const m = this.id(t + 4) === 'module' && this.member(t + 5) && this.id(t + 6) === 'exports' ? t + 6 : this.id(t + 4) === 'exports' ? t + 4 : -1;
        if (m !== -1 && this.op(m + 1, ',') && this.op(m + 2, '{')) names(m + 2, false);
      } else if ((w === 'module' && this.member(t + 1) && this.id(t + 2) === 'exports') || (w === 'exports' && !this.member(t - 1))) {
        const e = w === 'module' ? t + 2 : t;
        // `module.exports.graph = graph`, `exports.graph = graph`, `exports['graph'] = graph`.
        if (this.member(e + 1) && this.id(e + 2) !== undefined && this.op(e + 3, '=') && !this.op(e + 4, '=')) value(e + 4, this.id(e + 2));
        else if (this.op(e + 1, '[') && this.str(e + 2) !== undefined && this.op(e + 3, ']') && this.op(e + 4, '=') && !this.op(e + 5, '=')) value(e + 5, this.str(e + 2));
        else if (this.op(e + 1, '=') && !this.op(e + 2, '=')) value(e + 2, 'default');
      }
    }
  }

  /** The Graph clients the file exports, by exported name (exportedClients; findExportedBindings). */
  readonly exportedBindings: ExportedBinding[] = [];

  /** Python: the module's top-level Graph clients, client factories and Graph URLs (findModuleBindings); Go: its package-level Graph URLs (findGoPackageUrls). */
  moduleBindings(): ExportedBinding[] {
    const out: ExportedBinding[] = [];
    const top = (t: number) => this.scopeOf(t) === -1 && this.classOf(t) === -1;
    for (const [name, list] of this.baseClients) {
      if (!/^[A-Za-z_]\w*$/.test(name)) continue;
      // The last top-level binding of the name is what an importer gets.
      const last = list.filter((c) => top(c.at)).pop();
      if (!last || (!last.graph && last.chosen === undefined)) continue;
      out.push({ name, kind: last.graph && last.chosen === undefined ? 'client' : 'chosen', instagram: last.instagram });
    }
    for (const [key, c] of this.factoryClients) {
      if (!key.startsWith('-1 ')) continue;
      const name = key.slice(3);
      out.push({ name, kind: c.graph && c.chosen === undefined && c.byCaller === undefined ? 'factory' : 'chosen', instagram: c.instagram });
    }
    for (const [name, e] of this.consts) {
      if (!/^[A-Za-z_]\w*$/.test(name) || !top(e.first) || out.some((b) => b.name === name)) continue;
      const url = this.resolve([{ hole: name }]);
      const first = url[0];
      const host = first !== undefined && 'lit' in first ? HOST.exec(first.lit) : null;
      if (host) out.push({ name, kind: 'url', instagram: isInstagramHost(host[1]!), url });
    }
    return out;
  }
  /**
   * Whether exportedClients also works out the names that make no call (`inert`): only for a file read for
   * what it exports (findExportedBindings), never in the scan's pass over every file with a call marker.
   */
  wantBindings = false;
  private exportedNames = new Set<string>();
  private bindExport(b: ExportedBinding): void {
    if (this.exportedNames.has(b.name)) return;
    this.exportedNames.add(b.name);
    this.exportedBindings.push(b);
  }

  // ---- the file's constants and the clients it makes, read before the pass ----
  /** `name = <string expression>` (any language's spelling): remembered for resolving holes. */
  private collectConstants(): void {
    const n = this.toks.length;
    const setters = new Set<string>();
    if (this.lang === 'go') this.collectGoFields();
    for (let i = 0; i + 2 < n; i++) {
      const name = this.id(i);
      if (!name) continue;
      // Python's `with httpx.Client(base_url=…) as client:` (and `async with`): a client bound by `as`.
      if (name === 'as' && this.lang === 'python' && this.id(i + 1) !== undefined && this.op(i - 1, ')') && this.partner[i - 1]! > 0) {
        let c = this.partner[i - 1]! - 1;
        while (this.member(c - 1) && this.id(c - 2) !== undefined) c -= 2;
        if (this.id(c) !== undefined) this.noteBaseClient(bare(this.id(i + 1)!), c);
        continue;
      }
      if (this.lang === 'ruby' && this.rubyClient(i)) continue;
      this.baseSetter(i, setters);
      if (this.lang === 'php' && name === 'function' && this.phpFactory(i)) continue;
      if (this.lang === 'java' && name === 'setUriTemplateHandler' && this.uriTemplateHandler(i)) continue;
      const at = this.valueStart(i, true);
      // `GRAPH: string = …`, Go's `var graphURL string = …`: `string` is the type, not the name assigned.
      if (at !== -1 && (this.op(at - 1, '=') || this.op(at - 1, ':=')) && this.definedName(at) !== bare(name)) continue;
      if (at === -1 && name === 'define' && this.op(i + 1, '(') && this.str(i + 2) && this.op(i + 3, ',')) {
        const e = this.expr(i + 4);
        if (e && !this.consts.has(this.str(i + 2)!)) this.consts.set(this.str(i + 2)!, e);
        continue;
      }
      if (at === -1) continue;
      if (this.kind(at) === ID) this.noteBaseClient(bare(name), at);
      // `base_url = _get_meta_graph_base_url(db)`, `graphUrl = config.graphApiBaseUrl()`: a function of this
      // code named for the Graph base URL; its calls are Graph calls (the version, unknown, is dropped).
      if (this.kind(at) === ID && !this.consts.has(bare(name))) {
        let c = at;
        while (this.member(c + 1) && this.id(c + 2) !== undefined) c += 2;
        if (this.op(c + 1, '(') && GRAPH_BASE_FUNCTION.test(this.id(c)!.toLowerCase().replace(/[_-]/g, ''))) {
          this.consts.set(bare(name), { parts: [{ lit: 'https://graph.facebook.com' }], first: at, last: c });
          continue;
        }
      }
      // `const BASE = GRAPH;`, `baseURL: defaultBaseURL` (Go), a class field `baseUrl = GRAPH`: another name
      // for a constant of the file.
      const alias = this.kind(at) === ID ? bare(this.id(at)!) : undefined;
      if (alias !== undefined && this.consts.has(alias) && !this.member(at + 1) && !this.op(at + 1, '(') && !this.op(at + 1, this.concat)) {
        if (!this.consts.has(bare(name))) this.consts.set(bare(name), { parts: [{ hole: alias }], first: at, last: at });
        continue;
      }
      // A Graph URL that is the default of a configured value: the value is Graph's unless configured otherwise.
      const fallback = this.graphDefault(at);
      if (fallback) {
        if (!this.consts.has(bare(name))) this.consts.set(bare(name), fallback);
        continue;
      }
      // A string, `GRAPH + …`, or a join (`[GRAPH, id].join('/')`, `strings.Join(…)`, `String.join(…)`, `implode(…)`).
      if (this.kind(at) !== STR && !(this.kind(at) === ID && this.op(at + 1, this.concat)) && !this.startsJoin(at)) continue;
      const e = this.expr(at);
      if (e && !this.consts.has(bare(name))) this.consts.set(bare(name), e);
    }
    // baseClientAt searches each name's list in token order; a setter notes the client where it was made.
    for (const name of setters) this.baseClients.get(name)?.sort((a, b) => a.at - b.at);
    // A field a positional literal sets, to one value (`&A{graphBase}`): that value, as a keyed one's is.
    for (const { field, at } of this.goPositional) {
      if (this.consts.has(field) || this.goTypedFields.has(field)) continue;
      const v = this.goFieldValue(at);
      if (v) this.consts.set(field, v);
    }
    if (this.goTypedFields.size > 0) this.typedFieldValues();
    this.collectFactoryClients();
  }
}
/** A function named for the Graph API's base URL (squashed: lower case, no `_` or `-`). */
const GRAPH_BASE_FUNCTION = /^(?:get|build|make|resolve)?(?:meta|facebook|fb)?graph(?:api)?(?:base)?(?:url|uri|host|root|endpoint)$/;

/**
 * The top-level names of a Graph field list (`id,instagram_business_account{id,username},posts.limit(5)`,
 * percent-encoded or not): nested lists and modifiers are not fields of the node itself.
 */
export function parseFields(text: string): string[] {
  return parseFieldTree(text).names;
}
