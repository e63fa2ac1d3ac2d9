/**
 * Graph API call sites in a source file (SPEC §7), from its text alone: URL strings and templates
 * naming a Graph host (directly or through a constant of the same file), relative paths passed to known
 * Graph clients, and the business SDKs' generated methods. Pure and linear in the text: one tokenizer
 * pass, then passes over the tokens that look at most a bounded window around each token.
 */
import { isSdkEdgeMethod, nodeMethod, nodeWord, sdkClasses, sdkHelperMethod, sdkOperation, type HttpMethod, type Segment } from './endpoints.js';
import { exportedClientReason, markerInCode, WA_SDK_IMPORT } from './markers.js';
import { languageOf, type Language } from './language.js';
import { ID, lex, NUM, OP, STR, type Part, type Tokens } from './lex.js';
import { lowerBound, pushAll } from '../arrays.js';

/** One Graph API call found in a file. */
export interface CallSite {
  /** Offsets of the call's text (the URL expression, the client call or the SDK method name), end exclusive. */
  start: number;
  end: number;
  method: HttpMethod;
  /** Path segments below host and version; null when the path cannot be resolved from the file. */
  segments: Segment[] | null;
  /** The SDK class whose node the first segment is (SDK calls). */
  node?: string;
  via: 'url' | 'client' | 'sdk';
  /** Why the path could not be resolved (unresolved calls). */
  reason?: string;
  /**
   * The call may ask for fields that could not be read (a field list or parameters in a variable with no
   * literal value in the file, a computed query): what its fields need is unknown.
   */
  fieldsUnread?: true;
  /**
   * `graph.instagram.com` when the call goes there (the Instagram API with Instagram Login, whose tokens are
   * Instagram User tokens, never a system user's); absent for graph.facebook.com and relative paths.
   */
  host?: 'graph.instagram.com';
  /**
   * The fields the call asks for by name (`?fields=a,b{c}`, `{ fields: 'a,b' }`, `fields=['a']`, an SDK
   * read's field list): top-level names only, in order, each once. Absent when none is named.
   */
  fields?: string[];
  /** The fields asked for inside those (`accounts{instagram_business_account}`), by field. */
  fieldsNested?: Record<string, string[]>;
}

const HOST = /^(?:https?:)?(?:\/\/)?(graph(?:-video)?\.facebook\.com|graph\.instagram\.com)\.?(?::443)?(?=\/|$|\?)/i;
/** An absolute URL's scheme and the start of its host (or a scheme-relative `//host`). */
const OTHER_HOST = /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/\s]/i;
const HOST_ANYWHERE = /graph(?:-video)?\.facebook\.com|graph\.instagram\.com/i;
const VERSION_LIT = /^v\d{1,3}\.\d{1,2}$/i;
/** Method names of the known Graph clients (clientCall looks at nothing else). */
const CLIENT_METHODS = new Set([
  'api', 'call', 'get', 'post', 'delete', 'put', 'patch', 'Get', 'Post', 'Delete', 'Api', 'sendRequest', 'request', 'graph_call', 'method',
  'get_object', 'get_connections', 'put_object', 'put_connections', 'delete_object', 'delete_connections',
  'put_wall_post', 'put_comment', 'put_like', 'get_objects', 'put_photo', 'put_picture', 'put_video', 'fetchObject', 'fetchConnection', 'publish', 'deleteObject', 'fetchObjects',
  'submitForm', 'submitFormWithBinaryData', 'run_request', 'Execute',
]);

/** Calls that wrap a URL without using it. */
const URL_WRAPPERS = /^(?:URI|URL|Uri|create|parse|Parse|urlparse|urljoin|new)$/;
/** A name for the API version (`API_VERSION`, `graphVersion`, `v`, `apiV`): a word of it, not a piece of one (`conversionId`). */
function isVersionName(name: string): boolean {
  // `graphVersion`, and an acronym before a word: `APIVersion`, `WhatsAppCloudAPIVersion` (hunt Y2-5, Y3-8).
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  return words.some((w) => w === 'version' || w === 'ver' || w === 'v') || /^(?:api|graph)v\d*$/i.test(name);
}
// No prototype: words read from the scanned code are looked up here (`constructor` must find nothing).
const HTTP_WORDS: Record<string, HttpMethod> = Object.assign(Object.create(null) as Record<string, HttpMethod>, {
  GET: 'GET',
  POST: 'POST',
  DELETE: 'DELETE',
  PUT: 'POST',
  PATCH: 'POST',
  HEAD: 'GET',
} as const);
/** Node methods no other library spells so: Python's `api_*`/`remote_*`, PHP's `*Self` (business SDKs). */
const SDK_ONLY_NODE_METHOD = /^(?:api_(?:get|update|delete)|remote_(?:read|update|delete)|(?:get|update|delete)Self)$/;
/** Callees that send a request with a URL argument (besides those named for a method: get, post, …). */
const REQUEST_CALLEES = /^(?:fetch|ofetch|\$fetch|request|axios|got|ky|superagent|urlopen|Request|NewRequest|newRequest|curl_init|file_get_contents|exchange|getForObject|getForEntity|uri|URL|URI|Do|do|open|call|api|send|sendRequest|execute)$/;
/** Java/Kotlin request builders given the URL (OkHttp's `Request.Builder().url(u)`, java.net.http's `HttpRequest.newBuilder(uri)`). */
const JVM_REQUEST_CALLEES = /^(?:url|newBuilder)$/;
/** The roots of Java URL builders given a URL (builtUrl): Spring's UriComponentsBuilder, OkHttp's HttpUrl. */
const URL_BUILDER_ROOT = /^(?:(?:Servlet)?UriComponentsBuilder\.(?:fromHttpUrl|fromUriString)|HttpUrl\.(?:parse|get))$/;
/** What a Java/Kotlin URL object sends a request with (`url.openConnection()`, Kotlin's `URL(…).readText()`). */
const URL_OPENERS = /^(?:openConnection|openStream|readText|readBytes|readLines)$/;
/** The code's own request helpers (`_request_with_retry`, `makeApiCall`, `sendGraphRequest`): a Graph URL passed to one is sent. */
const REQUEST_WRAPPER = /request|api_?call|call_?api|graph_?call/i;
/** What makes a client that a base URL goes with: axios's, ky's and ofetch's `create`, got's `extend`, httpx's `Client`, aiohttp's `ClientSession`. */
const CLIENT_MAKER = /^(?:create|extend|Client|AsyncClient|ClientSession|BaseUrlSession)$/;
/** Words that are literal values (a constant of one makes no call). */
const LITERAL_WORDS = new Set(['true', 'false', 'null', 'undefined']);
/** Words before a class member's name (TypeScript's modifiers, accessors). */
const MODIFIERS = new Set(['public', 'private', 'protected', 'static', 'readonly', 'declare', 'override', 'abstract', 'async', 'get', 'set', 'accessor']);
/** Calls read through one URL constant at most (one per use as a call argument). */
const MAX_USES = 32;
/** Tokens looked at on each side of a call for its method (bounded, so the pass stays linear). */
const WINDOW = 80;
/** Links of an `if … else if … else` chain followed for the values of one variable (braceBranchesEnd). */
const MAX_ELSE_LINKS = 64;
/** A request helper's own requests are read through at most this many helpers (helperMethod). */
const HELPER_DEPTH = 2;
/** Tokens of a helper's body looked at for its requests (bounded, so the pass stays linear). */
const HELPER_BODY_TOKENS = 2000;
/** Why a call whose HTTP method is in a value the reader cannot see is unresolved (a GET would pass a write). */
const METHOD_NOT_READ = 'its HTTP method is in a value not read here';
/** Tokens of a type annotation or type arguments looked through (`: Record<string, string> =`, `post<T>(`). */
const TYPE_ARGS_TOKENS = 32;
/** What a type is made of besides names (`Promise<Page | null>`, `&'static str`, `list[str]`, `String?`). */
const TYPE_OPS = new Set(['.', '<', '>', '[', ']', '?', '&', '|', '*', ',', '::']);
/** Words that end in `:` without a type after them (`if ready: url = …`, `else:`). */
const STATEMENT_WORDS = new Set(['if', 'elif', 'else', 'while', 'for', 'with', 'try', 'except', 'finally', 'lambda', 'def', 'class', 'case', 'default', 'return', 'match']);
/** Tokens of an options object read for its `method` (methodOfArguments). */
const OPTION_TOKENS = 4096;
/** What a URL object gives as its text (`url.toString()`, `url.href`). */
const URL_ITSELF = /^(?:toString|href|toExternalForm|toURI|String)$/;
/** JavaScript clients whose second argument is the request's options, method included (`fetch(url, init)`). */
const OPTIONS_SECOND = /^(?:fetch|got|ky|axios|request|ofetch|\$fetch|undiciRequest)$/;
/** Keys and arguments that give a request's HTTP method. */
const METHOD_KEY = /^(?:method|verb|http_?method|httpMethod|request_?method)$/i;
/** Assignments of a name in other functions passed over to find the one a use sees (valueOf). */
const MAX_SHADOWED = 64;
/** Words whose `(…) {` opens a block that is no function body (functionHeader). */
const CONTROL_WORDS = new Set(['if', 'elif', 'elseif', 'for', 'foreach', 'while', 'switch', 'catch', 'try', 'with', 'synchronized', 'using', 'lock', 'when', 'until', 'unless', 'match']);
/** Words of a header that opens a block that is no function body: `else {`, `try {`, `class A {`, Kotlin's `init {`. */
const BLOCK_WORDS = new Set([...CONTROL_WORDS, 'else', 'do', 'case', 'default', 'try', 'finally', 'select', 'loop', 'class', 'interface', 'object', 'enum', 'struct', 'namespace', 'static', 'init', 'return']);
/** Words before a name that make no typed declaration of it (Java's `return x = …`). */
const NOT_A_TYPE = new Set(['return', 'else', 'new', 'case', 'throw', 'yield', 'this', 'await', 'not', 'and', 'or', 'in', 'is', 'as', 'do', 'then']);
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
/**
 * A hole no constant names, after a Graph URL that a Go struct field may hold: the field is set to different URLs
 * and which one the call reads is not told (segmentize: the call is *unresolved*).
 */
const AMBIGUOUS_FIELD: Part = Object.freeze({ hole: '' });
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

/** Ruby's HTTP client classes, whose verbs are called without parentheses (`RestClient.post url, body`), or make the client that is. */
const RUBY_HTTP_CLASS = /^(?:RestClient|HTTParty|HTTP|HTTPX|Faraday|Typhoeus|Excon)$/;

const SDK_IMPORT: Record<Language, RegExp> = {
  js: /facebook-nodejs-business-sdk/,
  python: /facebook_business|facebookads/,
  php: /FacebookAds\\/,
  java: /com\.facebook\.ads\.sdk/,
  ruby: /FacebookAds|facebookbusiness/,
  go: /(?!)/,
};

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

type Expr = { parts: Part[]; first: number; last: number };

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

class Scanner {
  private toks: Tokens;
  /** For each bracket token, the index of its partner; -1 otherwise. */
  private partner: Int32Array;
  /** For each token, the index of the innermost `(` it is inside, or -1. */
  private inCall: Int32Array;
  /** For each token, the index of the innermost bracket (`(`, `[`, `{`) it is inside, or -1. */
  private inBracket: Int32Array;
  private consts = new Map<string, Expr>();
  /**
   * Go: the struct fields the file sets (a composite literal's key, `T{base: graphBase}`, and `x.base = …`), by
   * field name: each setting's type ('' when it is not told) and value token (collectGoFields).
   */
  private goFieldSets = new Map<string, GoFieldSet[]>();
  /**
   * Go: those fields set to values written differently (two types' `base`, one Graph's and one another host's):
   * read on the type of the value they are read on (goFieldHole), never one for all.
   */
  private goTypedFields = new Set<string>();
  /** Go: the types each field read by type is set in (goFieldTypeSet). */
  private goFieldTypes = new Map<string, Set<string>>();
  /** Go: the fields set by a positional composite literal (`&A{graphBase}`), by the token of each value (collectGoFields). */
  private goPositional: { field: string; at: number }[] = [];
  /** Go: the file's struct and interface types (goTypeDecls), read on first need. */
  private goTypes: { structs: Map<string, string[] | null>; interfaces: Set<string> } | undefined;
  /** Go: the names the file's imports may bind (goImports), read on first need. */
  private goImportNames: Set<string> | undefined;
  /** Go: each method name's call sites by the type they are called on (goSites), built on first need. */
  private goSiteIndex: Map<string, { sites: Map<string, number[]>; methods: number; untold: Set<number> }> | undefined;
  /** HTTP clients made with a Graph base URL (`axios.create({ baseURL })`, Guzzle's `base_uri`): by name. */
  private baseClients = new Map<string, BaseClient[]>();
  /** Those clients by the token where each is made (the value assigned to its name). */
  private clientMade = new Map<number, BaseClient>();
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
  /** Where each name's assigned values start (valueOf; made at the first need). */
  private assigns: Map<string, number[]> | undefined;
  /** The name token of each of those assignments, in the same order. */
  private assignNames: Map<string, number[]> | undefined;
  /** For each token, the innermost function body around it (scopeOf; made at the first need). */
  private scopes: Int32Array | undefined;
  /** Where each Python or Ruby `def` scope ends (its last token). */
  private scopeEnds = new Map<number, number>();
  /** The parameter names of each function scope (parametersOf). */
  private params = new Map<number, Set<string>>();
  /** The file's named functions (helperDefinitions), built on first need. */
  private defs: Map<string, HelperDefinition[]> | undefined;
  /** Methods of the file's request helpers, by their scope's opening token (helperMethod). */
  private helperMethods = new Map<number, HttpMethod | 'unknown' | undefined>();
  /** Request helpers that send to the Graph base URL and a path passed to them, by scope (helperPathCalls). */
  private helperPaths = new Map<number, 'private' | 'public' | undefined>();
  /** Calls read through request helpers' paths, added at the end where no other reading holds them (run). */
  private later: CallSite[] = [];
  /** The name of each function that is the only one of its name, by its scope (definitionAt). */
  private defScopes: Map<number, string> | undefined;
  /** How many times the file assigns each instance attribute (attributeSetOnce). */
  private attributeSets: Map<string, number> | undefined;
  /** Classes by token, Python and Ruby (classOf). */
  private classes: Int32Array | undefined;
  /** Whether each `{` looked at opens a class body (classOf). */
  private classBodies = new Map<number, boolean>();
  /** How many times each name occurs in the file (nameCount). */
  private names: Map<string, number> | undefined;
  /** Whether the file names Spring's RestTemplate (looked up once). */
  private restTemplate: boolean | undefined;
  /** The file's calls by callee name (callIndex). */
  private calls: Map<string, number[]> | undefined;
  /** How deep helperMethod is: a helper's request read through another helper, at most HELPER_DEPTH. */
  private helperDepth = 0;
  private src: string;
  /** The method of each request config holding a URL (`{ url: …, method: 'post' }`), by its `{` (configAround). */
  private configMethods = new Map<number, HttpMethod | 'unknown' | undefined>();
  /** Whether each `{` looked at is a request config held in a variable and sent (heldConfig). */
  private heldConfigs = new Map<number, boolean>();
  /** Where variables have fields set after they are made (mutationIndex; made at the first need). */
  private mutations: Map<string, { at: number[]; value: number[]; merge: boolean[] }> | undefined;
  /** Every identifier used as a call argument, by name: its tokens (usesOf; made at the first need). */
  private argUses: Map<string, number[]> | undefined;
  private out: CallSite[] = [];
  /** The last token the latest `expr` walked when it found no string expression (see run()). */
  private exprEnd = -1;
  /** How many `expr` calls are under way (one inside another's operand: a join's element, urljoin's argument). */
  private nesting = 0;
  private taken = new Set<number>();
  /** The file's Retrofit clients and the interfaces they create (retrofitFor; made at the first need). */
  private retrofit: RetrofitIndex | undefined;
  /** The last ktorBlock answer, by the call's `(`. */
  private ktorAt: { p: number; block: KtorBlock | undefined } = { p: -1, block: undefined };
  private concat: string;
  private php: boolean;
  private sdk: boolean;
  /** Whether the bare name `FacebookRequest` is the Python SDK's (sdkFacebookRequest; told at the first need). */
  private fbRequest: boolean | undefined;
  /** The names `as` gives the SDK's raw request and its module in a Python file (fbRequestAliases; at the first need). */
  private fbAliases: { requests: Set<string>; modules: Set<string> } | undefined;
  /** Whether the file imports Meta's WhatsApp Node SDK (`import WhatsApp from 'whatsapp'`): waSdkCall. */
  private waSdk: boolean;

  constructor(text: string,
    private lang: Language,
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

  // ---- tokens (out of range: none) ----
  /** Token i's kind, or 0 past either end. */
  private kind(i: number): number {
    return i >= 0 && i < this.toks.length ? this.toks.kind[i]! : 0;
  }
  private op(i: number, v: string): boolean {
    return this.kind(i) === OP && this.toks.v[i] === v;
  }
  private id(i: number): string | undefined {
    return this.kind(i) === ID ? this.toks.v[i] : undefined;
  }
  /** A string token's literal text (undefined when it has holes, or is no string). */
  private str(i: number): string | undefined {
    return this.kind(i) === STR ? this.toks.v[i] : undefined;
  }
  /** A string token's parts, or undefined. */
  private strParts(i: number): Part[] | undefined {
    return this.kind(i) === STR ? this.toks.parts[i] : undefined;
  }
  /** A member access at token i: `.`, `?.`, `::`; `->` in PHP only (Java's and Kotlin's lambda arrow, Python's return annotation). */
  private member(i: number): boolean {
    return this.op(i, '.') || this.op(i, '?.') || this.op(i, '::') || (this.php && this.op(i, '->'));
  }

  /**
   * The `(` of a call whose callee is token i: right after it, or after TypeScript/Kotlin type arguments
   * (`axios.post<Page>(…)`, `graph.get<{ id: string }>(…)`); -1 when none.
   */
  private parenAfter(i: number): number {
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
  private calleeAt(p: number): number {
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
  private valueStart(i: number, colon: boolean): number {
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
  private typedValue(i: number): number {
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
  private lineBreakAfter(k: number): boolean {
    if (k + 1 >= this.toks.length) return true;
    // Only the gap is looked at (a search to the line's end would be quadratic on a long line).
    for (let c = this.toks.end[k]!, to = this.toks.start[k + 1]!; c < to; c++) if (this.src.charCodeAt(c) === 10) return true;
    return false;
  }

  /**
   * A value starting at token `at` that is a Graph URL given as the default of something configured (hunt Y2-4,
   * Y3-1, Y3-7): `baseUrl ?? GRAPH`, `process.env.GRAPH_URL || 'https://graph.facebook.com'`, Kotlin's and PHP's
   * `getenv("X") ?: "https://…"`, Python's `os.environ.get("X") or GRAPH`, a getter's default argument
   * (`os.environ.get("X", GRAPH)`, `os.getenv("X", …)`, Ruby's `ENV.fetch('X', …)`, Laravel's `env('X', …)` and
   * `config('x', …)`, Java's `getOrDefault("X", …)`, `getProperty("x", …)`), also inside PHP's `rtrim(…, '/')`:
   * that URL (a string of the file, or a constant of it that names a Graph host). Undefined otherwise.
   */
  private graphDefault(at: number): Expr | undefined {
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

  /** Whether token k is an operator that carries a statement over a line break (`??`, `||`, `?:`, `or`, `+`, `.`). */
  private carriesOver(k: number): boolean {
    return this.op(k, '?') || this.op(k, '|') || this.op(k, ':') || this.op(k, '+') || this.op(k, '.') || this.op(k, '\\') || (this.lang === 'python' && this.id(k) === 'or');
  }

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

  /**
   * Go: the struct fields the file sets, a composite literal's key (`&A{base: graphBase}`, `pkg.A{…}`; an elided
   * type, `[]A{{base: …}}`, is not told) and an assignment `x.base = …` (the type of `x`, read when needed: goFieldType), with their
   * values; a field set to values written differently is read by type (goTypedFields). One pass; each value's
   * text is read to its end, at most 32 tokens.
   */
  private collectGoFields(): void {
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
  private goTypeDecls(): { structs: Map<string, string[] | null>; interfaces: Set<string> } {
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
  private goTypeOf(x: string, t: number): string | undefined {
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
  private goResultType(name: string): string | undefined {
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
  private typedFieldValues(): void {
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
  private goFieldValue(at: number): Expr | undefined {
    if (this.kind(at) === ID && !this.op(at + 1, this.concat) && !this.startsJoin(at)) {
      const alias = bare(this.id(at)!);
      return this.consts.has(alias) && !this.member(at + 1) && !this.op(at + 1, '(') ? { parts: [{ hole: alias }], first: at, last: at } : undefined;
    }
    if (this.kind(at) !== STR && this.kind(at) !== ID) return undefined;
    return this.expr(at);
  }

  /**
   * A later statement that sets the base URL of a named client: Go resty's `client.SetBaseURL(…)` and
   * `SetHostURL(…)`, axios's `graph.defaults.baseURL = …` (and the global `axios.defaults.baseURL = …`),
   * Python's `self.client.base_url = …`, Faraday's `conn.url_prefix = …` (also in `Faraday.new do |f| f.url_prefix
   * = … end`). The client is the one the name was given (where it was made), else
   * the name at the setter. Only these forms: `app.locals.graph = axios.create(…)` sets no base URL of `app`.
   */
  private baseSetter(i: number, setters: Set<string>): void {
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
  private noteBaseClient(name: string, at: number, where = at): void {
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
  private noteBase(name: string, at: number, v: number): void {
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

  // ---- clients made by a function of the file, and other names for the file's clients ----
  /**
   * Functions of the file that return a client made with a base URL (`function graph() { return axios.create(…) }`):
   * by `${class} ${name}` (classOf the function, -1 outside a class), so that a same-named method of another class
   * (`StripeClient._client()`) is not taken for the Graph class's.
   */
  private factoryClients = new Map<string, BaseClient>();
  /** Those that are getters (`get http()`, Python's `@property`): read without a call (`this.http.post(…)`); keyed as factoryClients. */
  private getterClients = new Map<string, BaseClient>();
  /** Ruby clients noted at a `def` (`def conn`, a memoized `@conn ||=`): seen only in their own class (baseClientAt). */
  private classScoped = new Set<number>();
  /** `state.graph` / `locals.graph` for each `….state.graph = …` / `….locals.graph = …` of the file (boundClient), lazily. */
  private sharedClients: Set<string> | undefined;
  /** The keys of the state a lifespan of the file yields with a client (lifespanState). */
  private stateSlots = new Set<string>();

  /**
   * After collectConstants: the functions, methods, getters and arrow functions of the file whose body returns
   * (or, a FastAPI dependency, yields) a client made with a base URL or a client of the file; then the names
   * bound to one of those clients: `c = self._client()`, `with self._client() as c:`, a FastAPI parameter
   * `graph = Depends(get_graph)`, and an alias of the file's client (`client = graph`, `client =
   * request.app.state.graph`). One forward pass each, a bounded look at each candidate: linear.
   */
  private collectFactoryClients(): void {
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
  private requestOnMade(p: number): boolean {
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

  /**
   * A string expression starting at token i: operands joined by the language's concatenation, where an
   * operand is a string literal, a variable or member chain (a hole named by its last identifier), or a
   * format call (`fmt.Sprintf`, `String.format`, `sprintf`, `'…'.format(…)`). Undefined when token i
   * starts none, or a lone variable.
   */
  private expr(i: number): Expr | undefined {
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
  private startsJoin(at: number): boolean {
    if (this.listJoin(at) !== -1) return true;
    if (this.kind(at) !== ID) return false;
    let k = at;
    while (this.member(k + 1) && this.id(k + 2) !== undefined) k += 2;
    return this.op(k + 1, '(') && this.joinerAt(at, k) !== undefined;
  }

  /** For a `[` at token j, `[…].join('…')` (JavaScript, Ruby): the join's `)`; else -1. */
  private listJoin(j: number): number {
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
  private argParts([a, b]: [number, number]): Part[] | undefined {
    if (b === a + 1 && this.kind(a) === ID) return [{ hole: this.id(a)! }];
    const e = this.expr(a);
    return e && e.last === b - 1 ? e.parts : undefined;
  }

  /** Argument token ranges [from, to) of the call whose `(` is at p. */
  private args(p: number): [number, number][] {
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
  private argName([a, b]: [number, number]): string | undefined {
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
  private resolve(parts: Part[], at = -1, depth = 0, seen = new Set<string>(), out: Part[] = []): Part[] {
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
  private isParameterAt(hole: string, name: string, at: number, def: number): boolean {
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

  // ---- URL strings ----
  private urlSite(url: Expr): void {
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

  /**
   * JavaScript: whether the `{` at token o opens a request config held in a variable: the value of `const cfg =`
   * (`let`, `var`, a typed `cfg: AxiosRequestConfig =`) outside any call, with a `url`/`uri` key.
   */
  private heldConfig(o: number): boolean {
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
  private heldConfigUrl(k: number): number {
    if (this.lang !== 'js' || !(this.op(k + 1, ',') || this.op(k + 1, '}'))) return -1;
    const key = this.op(k - 1, ':') ? (this.id(k - 2) ?? this.str(k - 2)) : this.id(k);
    const entry = this.op(k - 1, ':') ? k - 2 : k;
    if (key === undefined || !/^(?:url|uri|baseURL|baseUrl|prefixUrl)$/.test(key) || !(this.op(entry - 1, '{') || this.op(entry - 1, ','))) return -1;
    const o = this.inBracket[k]!;
    return o !== -1 && this.heldConfig(o) ? o : -1;
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
  private baseClientAt(name: string, at: number): { at: number; instagram: boolean; prefix?: Segmented } | undefined {
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
  private retrofitCall(i: number): boolean {
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

  /** Go: whether the bracket opening at p holds a grouped declaration (`const (`, `var (`). */
  private goGroup(p: number): boolean {
    return this.lang === 'go' && this.op(p, '(') && (this.id(p - 1) === 'const' || this.id(p - 1) === 'var');
  }

  private isConstantDefinition(first: number): boolean {
    return this.definedName(first) !== undefined;
  }

  /** The name a value starting at token `first` is assigned to (`url = …`, `const url: string = …`), if any. */
  private definedName(first: number): string | undefined {
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

  /** The next use of a variable as a call argument, within a bounded window; -1 if none. */
  /** Whether the call whose `(` is token p sends a request: an HTTP client's name or a method-named one. */
  private requestCallee(p: number): boolean {
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
  private usesOf(name: string, from: number): number[] {
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

  /** Whether the name at token k is an attribute of the instance: `self.x`, `this.x`, `$this->x` (nothing before). */
  private instanceAttribute(k: number): boolean {
    return (this.op(k - 1, '.') || this.op(k - 1, '->')) && /^(?:self|this|\$this)$/.test(this.id(k - 2) ?? '') && !this.member(k - 3);
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

  /** The token of the first assignment of `name` at or after `from` (`name = …`), or Infinity. */
  private nextAssignment(name: string, from: number): number {
    this.valueOf(name, 0);
    const list = this.assigns!.get(name);
    if (!list) return Number.POSITIVE_INFINITY;
    // The index holds where each value starts, two tokens after the name.
    const at = lowerBound(list, from + 2);
    return at < list.length ? list[at]! - 2 : Number.POSITIVE_INFINITY;
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
   * The uses (usesOf) that see the value of `name` over tokens [a, b]: those after it, and where the name is
   * assigned again in another branch of the same `if` (`if c: url = A` / `else: url = B`, `if (c) { url = A }
   * else { url = B }`), those after the whole `if` too.
   */
  private usesSeen(name: string, a: number, b: number): number[] {
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

  /** Python: the indentation of the line token t starts (its column), or -1 when t is not its line's first token. */
  private lineIndent(t: number): number {
    const start = this.toks.start[t]!;
    const from = t > 0 ? this.toks.end[t - 1]! : 0;
    // The break is in the gap since the token before (only that is read).
    let nl = start - 1;
    while (nl >= from && this.src[nl] !== '\n') nl--;
    return nl >= from || t === 0 ? start - nl - 1 : -1;
  }

  /** Python: the indentation of the line token t is on (bounded: a line's first 256 characters), or -1. */
  private indentAt(t: number): number {
    const start = this.toks.start[t]!;
    let nl = start - 1;
    while (nl >= 0 && start - nl < 256 && this.src[nl] !== '\n') nl--;
    if (nl >= 0 && this.src[nl] !== '\n') return -1;
    let s = nl + 1;
    while (s < start && (this.src[s] === ' ' || this.src[s] === '\t')) s++;
    return s - nl - 1;
  }

  /**
   * Whether `FacebookRequest` at token i (before its `(`) is the Python SDK's (review R-5): never at `class`/`def`;
   * `api.FacebookRequest` (the SDK's module, `facebook_business.api`); the bare name where the file imports it from
   * `facebook_business.api` (`facebookads.api`) and does not make its own (a class, a function, an assignment, an
   * import from elsewhere: `class FacebookRequest(dict)` is a webhook body's).
   */
  private sdkFacebookRequest(i: number): boolean {
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
  private facebookRequest(i: number): void {
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
  private unresolvedCall(i: number, end: number, method: HttpMethod, why: string): true {
    this.push(this.toks.start[i]!, end, method, { segments: [], unresolved: why, empty: false }, 'client');
    return true;
  }

  private push(start: number, end: number, method: HttpMethod, seg: Segmented, via: CallSite['via'], node?: string, more: FieldsRead = noFields()): void {
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
  private fieldsInCall(p: number, skipA = -1, skipB = -1, acc: FieldsRead = noFields(), depth = 0): FieldsRead {
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
  private callFields(p: number, skipA: number, skipB: number): FieldsRead {
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

  /** Whether token k starts a positional argument of the call opened at p (after its `(` or a `,`). */
  private argStart(k: number, p: number): boolean {
    return k - 1 === p || this.op(k - 1, ',');
  }

  /** Whether token k ends an argument (a `,`, or the closing bracket at `close`). */
  private argEnd(k: number, close: number): boolean {
    return k === close || this.op(k, ',') || this.op(k, ')') || this.op(k, '}') || this.op(k, ']');
  }

  private isKeyword(t: string): boolean {
    return /^(?:true|false|null|nil|None|True|False|undefined|this|self|new|function|lambda|async|await|return)$/.test(t);
  }

  /**
   * Where the literal value of `name` last assigned before token `before` starts (`name = …`,
   * `name := …`, `const name = …`), or -1. The assignments are indexed at the first need.
   */
  private valueOf(name: string, before: number): number {
    const at = this.reaching(name, before);
    return at === -1 ? -1 : this.assigns!.get(bare(name))![at]!;
  }

  /** The assignment of `name` that valueOf reads at token `before`: its index in the name's lists, or -1. */
  private reaching(name: string, before: number): number {
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
  private declaresValue(name: string, v: number): boolean {
    const key = bare(name);
    const list = this.assigns?.get(key);
    const at = list ? lowerBound(list, v) : -1;
    return list !== undefined && list[at] === v && this.declares(this.assignNames!.get(key)![at]!);
  }

  // ---- scopes: which function a token is in ----
  /** The innermost function body around token t (its opening token: a `{`, Python's or Ruby's `def`), or -1 at the top level. */
  private scopeOf(t: number): number {
    if (!this.scopes) this.scopes = this.lang === 'python' || this.lang === 'ruby' ? this.indentScopes() : this.braceScopes();
    return t >= 0 && t < this.toks.length ? this.scopes[t]! : -1;
  }

  /** Whether token t is inside the function body that scope `s` opens. */
  private inScope(s: number, t: number): boolean {
    if (s === -1) return true;
    const end = this.lang === 'python' || this.lang === 'ruby' ? (this.scopeEnds.get(s) ?? this.toks.length) : this.partner[s]!;
    return s < t && t <= end;
  }

  /**
   * Whether the assignment whose name is token i declares a variable of its own function (one that another
   * function cannot see): any assignment in Python, PHP and Ruby; `const`/`let`/`var` in JavaScript; a typed
   * declaration, `val` or `var` in Java and Kotlin; `:=` or `var` in Go.
   */
  private declares(i: number): boolean {
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
  private parameterScope(name: string, before: number): number {
    for (let s = this.scopeOf(before), n = 0; s !== -1 && n < 16; s = this.scopeOf(s), n++) if (this.parametersOf(s).has(name)) return s;
    return -1;
  }

  /** The names of the parameters of the function whose scope opens at token s (bare; defaults passed over). */
  private parametersOf(s: number): Set<string> {
    const known = this.params.get(s);
    if (known) return known;
    const out = new Set<string>();
    this.params.set(s, out);
    let open = -1;
    let close = -1;
    if (this.lang === 'python' || this.lang === 'ruby') {
      const k = this.id(s) === 'async' ? s + 1 : s;
      if (this.op(k + 2, '(') && this.partner[k + 2]! > k + 2) [open, close] = [k + 2, this.partner[k + 2]!];
    } else {
      const g = this.parameterGroup(s);
      if (g === -2) return out;
      // `x => {`, `x -> {`: one parameter, unparenthesised.
      if (g === -1) {
        const one = this.id(s - 2);
        if (one !== undefined) out.add(bare(one));
        return out;
      }
      [open, close] = [this.partner[g]!, g];
    }
    if (open === -1) return out;
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
   * The `)` of the parameter list of the function whose body opens at the `{` at token o: -1 for an arrow
   * with one bare parameter (`x => {`), -2 when none is found.
   */
  private parameterGroup(o: number): number {
    if (this.op(o - 1, '=>') || this.op(o - 1, '->')) return this.op(o - 2, ')') ? o - 2 : this.id(o - 2) !== undefined ? -1 : -2;
    const h = this.functionHeader(o);
    return h === undefined || h === -1 ? -2 : h;
  }

  /**
   * Whether the `{` at token o opens a function body, and then the `)` of its parameters (-1 when it has
   * none: `function* g {`, `fun f = run {`); undefined for any other block (`if (…) {`, `else {`, an object
   * or struct literal, a class body). Read from the header before it: at most 32 tokens back at its level.
   */
  private functionHeader(o: number): number | undefined {
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
  private indentBlocks(opens: (t: number) => boolean, ends?: Map<number, number>): Int32Array {
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

  /**
   * A field list at token k into `acc`: a string (`'a,b{c}'`, `'a,' + 'b'`, `"a," "b"`, `",".join([…])`),
   * a list (`['a', 'b']`, `('a',)`, `array('a')`, `List.of("a")`, `[]string{"a"}`, `new String[]{"a"}`),
   * the SDKs' field names (`Page.Fields.instagram_business_account`, `Page.Field.x`, `PageFields::X`) or a
   * variable of the file holding one of those. What cannot be read counts as unread.
   */
  private readFields(k: number, acc: FieldsRead, depth: number): void {
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

  /**
   * The HTTP method of a call whose URL or path spans tokens [a, b]: the enclosing call's name
   * (`requests.post`, `axios.delete`, `http.PostForm`), a method string among its arguments
   * (`fetch(url, { method: 'POST' })`, `http.NewRequest("POST", url)`), or a builder/curl option that
   * follows in the same statement (`.post(body)`, `CURLOPT_POST`); else `fallback` (from `?method=`) or GET.
   */
  private methodAround(a: number, b: number, fallback?: HttpMethod): HttpMethod | 'unknown' {
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
   * Go: the call sites of the name `name` by what each is called on (one pass over them, kept): GO_FUNCTION for a
   * bare call (a function's), the type of the value for a method's where it is told (the receiver of a method of
   * that type, `c.do(…)` in `func (c *Client) Refund(…)`, a parameter `c *Client`, `c := &Client{…}`, `c :=
   * NewClient()`, `NewClient().do(…)`) and the file defines the method on it; GO_UNTOLD where it is not told (a
   * field `c.a.do(…)`, an interface of the file, a value from elsewhere); none for a definition, a package's
   * function (`http.DefaultClient.Do(req)`) or a value of a type without the method. `methods`: how many types of
   * the file define it.
   */
  private goSites(name: string): { sites: Map<string, number[]>; methods: number; untold: Set<number> } {
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

  /** Whether the last parameter of the Go function whose scope opens at s is variadic (`args ...string`). */
  private goVariadic(s: number): boolean {
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

  /** Go: the receiver's name and type of the method whose body opens at token s (`func (c *Client) do(…) {`). */
  private goReceiver(s: number): { name: string; type: string } | undefined {
    const g = s >= 0 ? this.parameterGroup(s) : -1;
    if (g < 0 || this.partner[g]! < 0) return undefined;
    const k = this.partner[g]! - 1;
    if (this.id(k) === undefined || !this.op(k - 1, ')') || this.partner[k - 1]! < 0) return undefined;
    const r = this.partner[k - 1]!;
    const name = this.id(r + 1);
    const type = this.id(k - 2);
    return this.id(r - 1) === 'func' && name !== undefined && type !== undefined ? { name, type } : undefined;
  }

  /**
   * Whether the value over tokens [a, b] is returned whole by its function (`return f"{GRAPH}/{path}"`): the
   * statement ends after it, and it is in no call.
   */
  private returnedWhole(a: number, b: number): boolean {
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
  private onlyReturned(name: string, a: number, b: number): boolean {
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
   * The call sites (their `(` tokens) of the file's own function `helper` whose scope opens at `scope`: outside its
   * own body, no definition, a bare call or `this.x(…)` / `self.x(…)` in its own class (callsHelper); in Go, bare
   * calls only (returnedUrl, clientHelperSites).
   */
  private ownCallSites(scope: number, helper: string): number[] {
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

  /** The name of the function whose scope opens at token `scope`, if it is one of helperDefinitions. */
  private definitionAt(scope: number): string | undefined {
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
  private privateDefinition(scope: number, name: string): boolean {
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
  private callIndex(): Map<string, number[]> {
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
  private parameterOpen(s: number): number {
    if (this.lang === 'python' || this.lang === 'ruby') {
      const k = this.id(s) === 'async' ? s + 1 : s;
      return this.op(k + 2, '(') ? k + 2 : -1;
    }
    const g = this.parameterGroup(s);
    return g < 0 ? -1 : this.partner[g]!;
  }

  /** The names of the parameters of the function whose scope opens at token s, in order (bare). */
  private parameterList(s: number): string[] {
    let open = -1;
    let close = -1;
    if (this.lang === 'python' || this.lang === 'ruby') {
      const k = this.id(s) === 'async' ? s + 1 : s;
      if (this.op(k + 2, '(') && this.partner[k + 2]! > k + 2) [open, close] = [k + 2, this.partner[k + 2]!];
    } else {
      const g = this.parameterGroup(s);
      if (g < 0) return [];
      [open, close] = [this.partner[g]!, g];
    }
    if (open === -1) return [];
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
   * The one function of the file's own that the call whose `(` is token p calls, a bare name or `this.x(…)` /
   * `self.x(…)`; undefined when the name is another object's method, or the file defines none or several.
   */
  private ownFunction(p: number): HelperDefinition | undefined {
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
  private urlArgument([x, y]: [number, number]): boolean {
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
  private callsHelper(c: number, scope: number): boolean {
    const own = this.classOf(scope);
    // Java, Kotlin and Ruby call their own methods bare too.
    if (!this.member(c - 1)) return own === -1 || ((this.lang === 'java' || this.lang === 'ruby') && this.classOf(c) === own);
    return own !== -1 && this.classOf(c) === own;
  }

  /**
   * The class around token t (its opening token: a `{` after `class X …`, Python's or Ruby's `class` line), or
   * -1. Brace languages look out through at most 16 brackets; Python and Ruby by indentation.
   */
  private classOf(t: number): number {
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

  /**
   * A method written among the arguments of the call whose `(` is token p, tokens [a, b] passed over: an HTTP
   * verb as a string (`'POST'`), a method constant (`http.MethodPost`, `HttpMethod.POST`); undefined when none is.
   */
  private literalMethodIn(p: number, a: number, b: number): HttpMethod | undefined {
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

  /** How many times the name occurs in the file as an identifier (one pass, built on first need). */
  private nameCount(name: string): number {
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
  private usesAny(x: number, y: number, names: Set<string>): boolean {
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
  private helperDefinitions(): Map<string, HelperDefinition[]> {
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
  private methodSlot(p: number, callee: string | undefined): [number, number] | undefined {
    if (this.lang === 'go' && (callee === 'NewRequest' || callee === 'NewRequestWithContext')) return this.args(p)[callee === 'NewRequest' ? 0 : 1];
    if (this.lang === 'java' && (callee === 'exchange' || callee === 'execute')) {
      const args = this.args(p);
      return args.length >= 3 ? args[1] : undefined;
    }
    return undefined;
  }

  /** Ktor's `submitForm(…)` whose `(` is token p: a POST, a GET with `encodeInQuery = true`, unknown when that is not read. */
  private submitFormMethod(p: number): HttpMethod | 'unknown' {
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
  private ktorMethod(p: number): HttpMethod | 'unknown' | undefined {
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
   * Ktor's `client.post { url("$id/replies") }` (also `get`, `delete`, `request { method = …; url(…) }`) at the
   * `url` token i, on a client made with a Graph `defaultRequest { url(GRAPH) }`: the relative path is a Graph
   * path. False when the URL is a full one (the URL pass reads it) or the client is no Graph client.
   */
  private ktorRelativeUrl(i: number): boolean {
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

  /**
   * Where a Ktor request builder lambda is for the call whose `(` is token p (ktorMethod): `trailing`, its
   * `{`; or, for `url(…)`, the lambda or block around it (`open`, -1 when not found within the window), the
   * builder variable it is called on (`recv`) and a method set before it there (`before`). The last answer
   * is kept (methodAround and callFields ask for the same call in turn).
   */
  private ktorBlock(p: number): KtorBlock | undefined {
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

  // ---- Java/Kotlin and Go URL objects (hunt E) ----
  /** Whether token k is a URL variable a request is made with in place: `url.openConnection()`, `url.readText()` (Java/Kotlin). */
  private opensConnection(k: number): boolean {
    return this.lang === 'java' && !this.member(k - 1) && this.member(k + 1) && URL_OPENERS.test(this.id(k + 2) ?? '') && this.op(k + 3, '(');
  }

  /** Whether the URL expression ending at token b is sent where it stands (`URL(…).readText()`, `new URL(…).openConnection()`): no variable's value. */
  private usedInPlace(b: number): boolean {
    return this.lang === 'java' && this.member(b + 1) && URL_OPENERS.test(this.id(b + 2) ?? '') && this.op(b + 3, '(');
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
  private connectionMethod(a: number, b: number): HttpMethod | 'unknown' | undefined {
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

  /** `UriComponentsBuilder.fromHttpUrl(GRAPH_API)…`, `HttpUrl.parse(BASE)…` (callee token i): a URL constant given alone to a builder, read with its chain. */
  private builderOfConstant(i: number): boolean {
    const p = i + 1;
    if (!this.member(i - 1) || !URL_BUILDER_ROOT.test(`${this.id(i - 2) ?? ''}.${this.id(i)!}`) || this.partner[p] !== p + 2 || this.id(p + 1) === undefined || !this.consts.has(bare(this.id(p + 1)!))) return false;
    this.urlSite({ parts: [{ hole: bare(this.id(p + 1)!) }], first: p + 1, last: p + 1 });
    return true;
  }

  /**
   * Go's `url.URL{Scheme: "https", Host: "graph.facebook.com", Path: "/v19.0/" + id + "/feed"}` at token i (its
   * `URL`): read as the URL it makes, at the literal; the `}` it ends at, or -1 when it is none.
   */
  private goUrlLiteral(i: number): number {
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
  private batchCall(i: number): boolean {
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
  private optionsMethod(o: number, depth: number): HttpMethod | 'unknown' | undefined {
    for (const [entry, end] of this.objectEntries(o)) {
      const m = this.entryMethod(entry, end, depth);
      if (m !== undefined) return m;
    }
    return undefined;
  }

  /**
   * The token range [from, to) of the value of `key` at the top level of the object opening at token o; with
   * `shorthand`, JavaScript's `{ key }` gives the variable.
   */
  private keyValue(o: number, key: string, shorthand = false): [number, number] | undefined {
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
  private objectEntries(o: number): [number, number][] {
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
  private methodValue(k: number, depth: number): HttpMethod | 'unknown' {
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

  /** Whether the string at k is the value of a `method`/`verb` key or argument. */
  private keyBefore(k: number): boolean {
    const sep = this.kind(k - 1) === OP ? this.toks.v[k - 1] : undefined;
    if (sep === undefined || !(sep === ':' || sep === '=' || sep === '=>' || sep === ',')) return sep === '(' || sep === ',';
    if (sep === ',') return true;
    const name = this.id(k - 2) ?? this.str(k - 2);
    return name !== undefined && /^(?:method|verb|http_method|httpMethod|type)$/i.test(name);
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
  private javaAdhocRequest(i: number): boolean {
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
  private clientCall(i: number): boolean {
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
  private packageClientCall(i: number): boolean {
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
  private uriTemplateHandler(i: number): boolean {
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
  private restTemplateCall(i: number): boolean {
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

  /** A keyword argument's value (`urlString = "…"`), else the argument itself. */
  private kwargValue(arg: [number, number]): [number, number] {
    return this.isKwarg(arg) ? [arg[0] + 2, arg[1]] : arg;
  }

  private isKwarg([a, b]: [number, number]): boolean {
    return b - a >= 2 && this.id(a) !== undefined && (this.op(a + 1, '=') || this.op(a + 1, ':'));
  }

  private kwargs(args: [number, number][]): Map<string, [number, number]> {
    const m = new Map<string, [number, number]>();
    for (const [a, b] of args) if (this.isKwarg([a, b])) m.set(this.id(a)!, [a + 2, b]);
    return m;
  }

  private markTaken([a, b]: [number, number]): void {
    for (let k = a; k < b; k++) this.taken.add(k);
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

  /** A path argument (string expression or variable) as segments; undefined when it is not a string at all. */
  private pathOf([a, b]: [number, number], vars?: (string | undefined)[]): (Segmented & { host?: boolean }) | undefined {
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

  // ---- Meta's WhatsApp Node SDK ----
  /**
   * A call of Meta's WhatsApp Node SDK (npm `whatsapp`, archived in 2024) at callee token i, in a file that imports
   * it: `wa.messages.text(…)` and the other message types, `wa.phoneNumbers.requestCode(…)`, `verifyCode(…)`,
   * `wa.twoStepVerification.setPin(…)`. Each is a POST on the sender's phone number (`new WhatsApp(id)`, or the
   * SDK's `WA_PHONE_NUMBER_ID`), whatever the receiver is called (`this.client.messages.text`): the API's name
   * and the method's are the SDK's own, in a file that imports it.
   */
  private waSdkCall(i: number): boolean {
    const api = this.member(i - 1) && this.member(i - 3) ? this.id(i - 2) : undefined;
    const edge = api === undefined ? undefined : WA_SDK_CALLS.get(api)?.get(this.id(i)!);
    if (edge === undefined || (this.id(i - 4) === undefined && !this.op(i - 4, ')') && !this.op(i - 4, ']'))) return false;
    const segments: Segment[] = edge === '' ? [{ ph: 'phone-number-id' }] : [{ ph: 'phone-number-id' }, { lit: edge }];
    this.push(this.toks.start[i - 2]!, this.toks.end[i]!, 'POST', { segments, empty: false }, 'sdk');
    return true;
  }

  // ---- business SDKs ----
  /** `x = new Page(id)`, `x = Page(id)` (Python), `Page x = new Page(id, ctx)` (Java), `$x = new Page($id)`, Ruby `x = FacebookAds::Page.get(id)`. */
  private collectBindings(): void {
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
      if (this.lang === 'ruby' && (cls === 'get' || cls === 'new') && this.member(k - 1)) cls = this.id(k - 2);
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
  private notSdkClass(name: string): boolean {
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
  private sdkCall(i: number): boolean {
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
    if (name === 'get' && this.member(i - 1) && sdkClasses[this.id(i - 2) ?? ''] && this.op(i - 3, '::')) {
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
  private rubyClient(i: number): boolean {
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
  private phpFactory(i: number): boolean {
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
  private phpFactoryClient(i: number): { at: number; instagram: boolean } | undefined {
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
  private takeChainBase(i: number): void {
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
  private rubySelfClient(i: number): { at: number; instagram: boolean } | undefined {
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
    const endpoint = Object.hasOwn(Scanner.PHP_ENDPOINTS, cls) ? Scanner.PHP_ENDPOINTS[cls]! : undefined;
    if (!Scanner.postParents) {
      Scanner.postParents = new Map();
      for (const p of Object.keys(sdkClasses))
        for (const e of new Set(Object.values(sdkClasses[p]!.edges))) if (e.startsWith('POST /')) (Scanner.postParents.get(e.slice(6)) ?? Scanner.postParents.set(e.slice(6), []).get(e.slice(6))!).push(p);
    }
    const parents = endpoint === undefined ? [] : (Scanner.postParents.get(endpoint) ?? []);
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
  private rubyBoundChain(i: number): number {
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
    let set = Scanner.EDGE_SETS.get(c);
    if (!set) Scanner.EDGE_SETS.set(c, (set = new Set(Object.values(c.edges))));
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
   * Ruby: each `do` token's block end, the `end` that starts the first line after it indented no deeper than the
   * `do`'s own line (a `do` whose first such line starts otherwise has none). One walk of the file with a stack
   * (hunt Y32A-3: a walk per `do` made a file of long `do` lines quadratic).
   */
  private rubyDoEnds(): Map<number, number> {
    if (this.doEnds) return this.doEnds;
    const ends = new Map<number, number>();
    this.doEnds = ends;
    const open: { at: number; indent: number }[] = [];
    let indent = 0;
    for (let t = 0; t < this.toks.length; t++) {
      const at = this.lineIndent(t);
      if (at !== -1) {
        indent = at;
        while (open.length > 0 && open[open.length - 1]!.indent >= at) {
          const d = open.pop()!;
          if (this.id(t) === 'end') ends.set(d.at, t);
        }
      }
      if (this.id(t) === 'do') open.push({ at: t, indent });
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
    if (name === 'get' && this.op(i - 3, '::') && sdkClasses[this.id(i - 2) ?? '']) cls = this.id(i - 2);
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

  /**
   * Ruby's Net::HTTP request classes, `Net::HTTP::Post.new(uri)` (`Get`, `Post`, `Put`, `Patch`, `Delete`, `Head`),
   * for the call whose `(` is token p: the request's method (its class), else undefined. The request is
   * sent later (`http.request(req)`); it is read where it is made, like Apache's `new HttpPost(url)`.
   */
  private rubyRequestClass(p: number): HttpMethod | undefined {
    if (this.lang !== 'ruby' || this.id(p - 1) !== 'new' || !this.member(p - 2)) return undefined;
    const cls = this.id(p - 3);
    if (cls === undefined || !/^(?:Get|Post|Put|Patch|Delete|Head)$/.test(cls) || !this.op(p - 4, '::') || this.id(p - 5) !== 'HTTP') return undefined;
    return HTTP_WORDS[cls.toUpperCase()];
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

// ---- helpers ----

/** `$name` → `name`, `@name` → `name`. */
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

function bare(name: string): string {
  return name.replace(/^[$@]+/, '');
}

/**
 * A variable initialised to the empty string (`private pageId = ''` set later, a module's `let pageId = ''` set
 * by `init()`, PHP's promoted `private string $pageId = ''`, a class's `edge = ""`): see resolve.
 */
function emptyValue(e: Expr): boolean {
  return e.parts.every((p) => 'lit' in p && p.lit === '');
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

/** An environment variable read by its name (`os.environ['PHONE_NUMBER_ID']`, `os.getenv("PAGE_ID")`, `ENV["X"]`, `System.getenv("X")`, `process.env.X`): that name. */
function envReadName(text: string): string | undefined {
  const m =
    /^(?:(?:os\.environ|ENV|\$_ENV|\$_SERVER)\[\s*['"](\w+)['"]\s*\]|(?:os\.getenv|os\.Getenv|os\.environ\.get|getenv|System\.getenv|env)\(\s*['"](\w+)['"]\s*\)|process\.env\.(\w+)|process\.env\[\s*['"](\w+)['"]\s*\])$/.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
}

/** Object names whose `.id` is that node's id (holeName): each says one node of the table. */
// (Not `post`, `video`, `photo`: an Instagram media object is named so as often as a Page's (hunt Z8-1, Z8-2); `media`
// and `comment` are told by the file's product.)
const MEMBER_ID_NODE = /^(?:business|page|catalog|pixel|campaign|adset|adSet|ad_set|creative|leadgenForm|form|lead|comment|media|order)$/;

/** The identifier an interpolation names (`page_id`, `self.page_id` → `page_id`); undefined when computed. */
function holeName(hole: string): string | undefined {
  let h = hole.trim();
  // A base URL trimmed of its slash (`base_url.rstrip('/')`, `base.replace(/\/$/, '')`) is that base URL.
  const trimmed = /^([\w$@.]+?)\.(?:rstrip|strip|trimEnd|trim|removeSuffix|replace)\([^()]{0,40}\)$/.exec(h);
  if (trimmed) h = trimmed[1]!;
  const env = envReadName(h);
  if (env !== undefined) return env;
  // The id of an object named for its node (`business.id` in a loop over `/me/businesses`, `$page->id`): that
  // node's id (hunt X6). Only names that say one node (`account.id` may be a Page's, from `/me/accounts`).
  const member = /^\$?([A-Za-z_]\w*)(?:\.|->|\?\.)id$/.exec(h);
  if (member && MEMBER_ID_NODE.test(member[1]!)) return `${member[1]}Id`;
  if (/^[\w$@]+(?:(?:\.|->|\?\.|::)[\w$@]+)*$/.test(h)) return bare(h.split(/\.|->|\?\.|::/).pop()!);
  return undefined;
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
/** Words of a declaration that opens a class's body (classOf). */
const CLASS_WORDS = new Set(['class', 'interface', 'object', 'struct', 'trait', 'enum']);

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

/** Retrofit's request annotations (the tokenizer keeps the `@`). */
const RETROFIT_ANNOTATION = /^@(?:GET|POST|PUT|PATCH|DELETE|HEAD|HTTP)$/;

/** Spring's WebClient and RestClient: the methods that start a request of that method (`client.post()`). */
const SPRING_VERBS: Record<string, HttpMethod> = Object.assign(Object.create(null) as Record<string, HttpMethod>, {
  get: 'GET',
  post: 'POST',
  put: 'POST',
  patch: 'POST',
  delete: 'DELETE',
} as const);

function builderMethod(name: string): HttpMethod | undefined {
  if (name === 'post' || name === 'POST' || name === 'put' || name === 'PUT' || name === 'patch') return 'POST';
  if (name === 'delete' || name === 'DELETE') return 'DELETE';
  return undefined;
}

function methodOfSdkName(name: string): HttpMethod {
  return /^create/.test(name) ? 'POST' : /^delete/.test(name) ? 'DELETE' : 'GET';
}

/**
 * The parts after the host, without a leading version (`/v19.0`, a `${API_VERSION}` hole) and without
 * the query string. Null when a hole takes the place of the whole path (`${GRAPH}/${path}` with `path`
 * unknown is reported as unresolved by segmentize instead).
 */
function stripVersion(parts: Part[], relative = false): Part[] | null {
  const out: Part[] = [];
  let i = 0;
  // Skip the slash and the version, if any. Literal parts side by side are one text first: a version
  // held in a constant (`${GRAPH}` = `https://graph.facebook.com/${API_VERSION}`) arrives as its own part.
  let head: Part[] = [];
  for (const p of parts) {
    const last = head[head.length - 1];
    if ('lit' in p && last && 'lit' in last) head[head.length - 1] = { lit: last.lit + p.lit };
    else head.push(p);
  }
  void relative;
  const first = head[0];
  if (first && 'lit' in first) {
    const m = /^\/?(v\d{1,3}\.\d{1,2})(?=\/|$|\?)/i.exec(first.lit);
    if (m && VERSION_LIT.test(m[1]!)) head = [{ lit: first.lit.slice(m[0].length) }, ...head.slice(1)];
    else if (/^\/?$/.test(first.lit) && head[1] && 'hole' in head[1] && versionHole(head[1].hole)) head = head.slice(2);
    // `/v{GRAPH_API_VERSION}/…`: the number held in a name that says version, after a literal `v` (hunt Y1-5).
    else if (/^\/?v$/i.test(first.lit) && head[1] && 'hole' in head[1] && versionHole(head[1].hole) && (!head[2] || ('lit' in head[2] && /^(?:\/|\?|$)/.test(head[2].lit)))) head = head.slice(2);
  } else if (first && 'hole' in first && versionHole(first.hole)) head = head.slice(1);
  for (; i < head.length; i++) {
    const p = head[i]!;
    if ('lit' in p) {
      const q = p.lit.search(/[?#]/);
      if (q !== -1) {
        out.push({ lit: p.lit.slice(0, q) });
        // The query, to its end: its literal text, each hole a character no value holds (`?access_token=${t}&fields=…`).
        let query = p.lit.slice(q);
        for (let k = i + 1; k < head.length && query.length < MAX_QUERY_TEXT; k++) {
          const x = head[k]!;
          query += 'lit' in x ? x.lit : '\u0002';
        }
        const mm = /[?&]method=(post|delete|get)\b/i.exec(query);
        if (mm) out.push({ lit: `\u0000${mm[1]!.toUpperCase()}` });
        const ff = /[?&]fields=([^&#]*)/.exec(query);
        if (ff?.[1]) out.push({ lit: `\u0001${ff[1]}` });
        // `?${params}`, `&${query}`: a whole parameter string not read here may ask for any field; the names of
        // the variables that hold them, for the scanner to read (withQuery), '' for a computed one.
        else if (/[?&]\u0002/.test(query)) out.push({ lit: `\u0003${queryHoles(head.slice(i + 1), p.lit.slice(q)).join(',')}` });
        break;
      }
    }
    out.push(p);
  }
  return out;
}

/**
 * Whether a hole right after the host is the API version: a name for one (`${API_VERSION}`,
 * `{self.graph_version}`), or an expression with a version's literal or name in it
 * (`${process.env.GRAPH_VERSION ?? 'v20.0'}`, `{os.getenv('GRAPH_VERSION', 'v20.0')}`).
 */
function versionHole(hole: string): boolean {
  const name = holeName(hole);
  if (name !== undefined) return isVersionName(name);
  // A version's literal given as the value or its default (`?? 'v20.0'`, `getenv('X', 'v20.0')`).
  if (/['"`]v\d{1,3}\.\d{1,2}['"`]/.test(hole)) return true;
  // A lookup (`ids[version]`, `pages_by_version['v2']`) or a call of another name is a node, not the version:
  // only an expression of names for the version (`process.env.GRAPH_VERSION || DEFAULT_VERSION`).
  if (/[[(]/.test(hole)) return false;
  const names = hole.match(/[A-Za-z_$][\w$]*/g) ?? [];
  return names.length > 0 && names.some(isVersionName) && names.every((n) => isVersionName(n) || /^(?:process|env|os|environ|settings|config|self|this)$/.test(n));
}

/**
 * The holes of a query (from `parts` after the literal `query` text that starts it) that stand for whole
 * parameter strings (right after `?` or `&`), by the variable they name: `params`, `urlencode(params)`,
 * `params.toString()`; '' for one computed otherwise.
 */
function queryHoles(parts: Part[], query: string): string[] {
  const out: string[] = [];
  let last = query;
  for (const x of parts) {
    if ('lit' in x) {
      last = x.lit;
      continue;
    }
    if (/[?&]$/.test(last)) {
      const h = x.hole.trim();
      const wrapped = /^(?:[\w$.]+\.)?(?:urlencode|stringify|http_build_query)\(\s*([\w$]+)\s*\)$/.exec(h) ?? /^([\w$]+)\.toString\(\)$/.exec(h);
      out.push(wrapped ? bare(wrapped[1]!) : /^[\w$]+$/.test(h) ? bare(h) : '');
    }
    last = '';
  }
  return out;
}

/** A named function of the file: its scope's opening token (scopeOf), where its body starts, and its last token. */
interface HelperDefinition {
  scope: number;
  body: number;
  end: number;
  /** The `(` of its parameter list (`function executeGet(url) {`: a definition, not a call of it). */
  params: number;
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

/** A client made with a base URL (`axios.create({ baseURL })`, `resty.New().SetBaseURL(…)`): where, and whether it is Graph's. */
interface BaseClient {
  at: number;
  instagram: boolean;
  graph: boolean;
  /**
   * A base URL chosen by a parameter of the function that makes the client, one branch a Graph URL (`baseURL:
   * host === 'fb' ? GRAPH : STRIPE`): the name tested, the literal it is compared with, and which branch is Graph.
   */
  chosen?: { name: string; lit: string | undefined; eq: boolean; then: boolean; else: boolean };
  /**
   * Python: a factory's client whose base URL its caller gives (`def make(**opts): return httpx.Client(**opts)`,
   * `def make(base, **kw): return httpx.Client(base_url=base, **kw)`): the keyword the call gives it by, and
   * its position among the call's arguments (-1: by keyword only).
   */
  byCaller?: { key: string; index: number };
  /**
   * A base URL that goes on past the version to a node (`…/v20.0/${PHONE_NUMBER_ID}`, WhatsApp's usual client): its
   * path, put before each path the client is given (`client.post("/messages")`, `client.get("")`; hunt Y2-3).
   */
  prefix?: Segmented;
}

/** Where a Ktor request's builder lambda is (Scanner.ktorBlock). */
type KtorBlock = { trailing: true; open: number } | { trailing: false; open: number; recv: string | undefined; before?: HttpMethod | 'unknown' };

interface Segmented {
  segments: Segment[];
  /** Why the path cannot be resolved. */
  unresolved?: string | undefined;
  /** No path at all (a base URL). */
  empty: boolean;
  /** `?method=POST` in the URL. */
  method?: HttpMethod;
  /** `?fields=…` in the URL (parseFields), and the fields asked for inside them. */
  fields?: string[];
  fieldsNested?: Record<string, string[]>;
  /** The URL's host is graph.instagram.com. */
  instagram?: boolean;
  /** `?fields=` in the URL holds a value that is not literal (`?fields=${f}`). */
  fieldsUnread?: boolean;
  /** The variables whose values are whole parameter strings of the query (`?${params}`), '' for a computed one. */
  queryVars?: string[];
}

/** The fields found for one call: the names read, and how many field sources could not be read whole. */
interface FieldsRead {
  names: string[];
  /** The fields asked for inside a field (`accounts{instagram_business_account}`), by its name. */
  nested: Record<string, string[]>;
  found: number;
  unread: number;
  /**
   * Tokens and field lists the reading of one call may still visit: variables followed into lists of
   * variables multiply (a 1 KB file could ask for gigabytes); past it, the rest is unread.
   */
  budget: number;
}

function noFields(): FieldsRead {
  return { names: [], nested: Object.create(null) as Record<string, string[]>, found: 0, unread: 0, budget: FIELDS_BUDGET };
}

/** What reading one call's fields may visit (tokens and field lists), and the most names it keeps. */
const FIELDS_BUDGET = 4096;
const MAX_CALL_FIELDS = 128;

/** Takes one step of the call's budget; false (and the fields unread) once it is spent. */
function step(acc: FieldsRead, cost = 1): boolean {
  acc.budget -= cost;
  if (acc.budget >= 0) return true;
  acc.unread++;
  return false;
}

/** A field list's text into `acc` (names and nested lists), up to MAX_CALL_FIELDS names. */
function addFields(acc: FieldsRead, text: string): void {
  if (!step(acc, 1 + (text.length >> 6))) return;
  const tree = parseFieldTree(text);
  for (const n of tree.names) {
    if (acc.names.length >= MAX_CALL_FIELDS) {
      acc.unread++;
      break;
    }
    acc.names.push(n);
  }
  for (const [k, v] of Object.entries(tree.nested)) if (!Object.hasOwn(acc.nested, k)) acc.nested[k] = v;
}

/**
 * Names of a value passed whole that may hold a call's parameters (`opts`, `params`, `buildQuery()`): one
 * with no literal value in the file makes the call's fields unread. Any other name (`handleResponse`,
 * `$accessToken`) is not.
 */
const PARAMS_NAME = /param|option|opts|quer|args|field|config|conf|settings|data|body|request|req$/i;
/** A function named for the Graph API's base URL (squashed: lower case, no `_` or `-`). */
const GRAPH_BASE_FUNCTION = /^(?:get|build|make|resolve)?(?:meta|facebook|fb)?graph(?:api)?(?:base)?(?:url|uri|host|root|endpoint)$/;
/** Keys whose value is a call's parameters (where a `fields` list may be). */
const PARAMS_KEY = /^(?:params|parameters|query|qs|searchParams|data|options|opts|args|kwargs|body|form|request)$/i;
/** Calls among a call's arguments that build its parameters (read for fields, not passed over). */
const PARAM_BUILDERS = /^(?:dict|array|Params|with|withFields|URLSearchParams|http_build_query|of|mapOf|hashMapOf|Map|ImmutableMap|urlencode|merge|assign|queryParam|parameter)$/;
/** Calls whose arguments are a list (`array('a')`, `List.of("a")`, `Arrays.asList`, `listOf`, `tuple`, `list`, `set`). */
const LIST_MAKERS = /^(?:array|of|asList|listOf|arrayOf|setOf|tuple|list|set|Array|compact)$/;

function isInstagramHost(host: string): boolean {
  return host.toLowerCase() === 'graph.instagram.com';
}

/** The longest query string read for `method=` and `fields=` (a bound, as MAX_FIELDS_TEXT). */
const MAX_QUERY_TEXT = 8192;

/** The longest field list read (a bound: a field list is a line, not a file). */
const MAX_FIELDS_TEXT = 4096;

/**
 * The top-level names of a Graph field list (`id,instagram_business_account{id,username},posts.limit(5)`,
 * percent-encoded or not): nested lists and modifiers are not fields of the node itself.
 */
export function parseFields(text: string): string[] {
  return parseFieldTree(text).names;
}

/**
 * `parseFields`, with the fields asked for inside each top-level one (`accounts{instagram_business_account}`:
 * an edge's field expansion), one level down, by name.
 */
export function parseFieldTree(text: string, deep = true): { names: string[]; nested: Record<string, string[]> } {
  let t = text.length > MAX_FIELDS_TEXT ? text.slice(0, MAX_FIELDS_TEXT) : text;
  if (t.includes('%')) {
    try {
      t = decodeURIComponent(t);
    } catch {
      // not percent-encoded after all: read as written
    }
  }
  const names: string[] = [];
  const nested: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const seen = new Set<string>();
  let depth = 0;
  let name = '';
  let inName = true;
  /** Where the `{…}` of the current top-level name starts (its first character), or -1. */
  let inner = -1;
  let current = '';
  const end = () => {
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
    current = name;
    name = '';
    inName = true;
  };
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '{' || ch === '(') {
      if (depth === 0 && ch === '{') {
        if (inName) end();
        inner = i + 1;
      }
      if (depth === 0 && inName && name) end();
      depth++;
      inName = false;
    } else if (ch === '}' || ch === ')') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && ch === '}' && inner !== -1) {
        // The nested list (one level down: its own nesting is its fields' business).
        if (deep && seen.has(current) && !(current in nested)) nested[current] = parseFieldTree(t.slice(inner, i), false).names;
        inner = -1;
      }
    } else if (depth === 0 && ch === ',') {
      if (inName) end();
      name = '';
      inName = true;
    } else if (depth === 0 && inName) {
      if (ch === '.') {
        end();
        inName = false;
      }
      else if (!/\s/.test(ch) && ch !== '+') name += ch;
    }
  }
  if (inName) end();
  return { names, nested };
}

const ID_HINT = /(?:^|[^a-z])id$|Id$|ID$|_id$|^id$|ids?$/;
/** A class's upper-case constant (`Endpoints::CREATE_CATALOG`, `Paths.FEED`), or an upper-case one named for an operation (`CREATE_CATALOG`). */
const OPERATION_CONSTANT = /^(?:[A-Z][\w$]*(?:::|\.))+[A-Z][A-Z0-9_]*$|^(?:CREATE|GET|UPDATE|DELETE|LIST|SEND|POST|PUBLISH|UPLOAD|FETCH|READ)_[A-Z0-9_]+$/;

/** Splits parts into path segments and classifies each: literal edge, placeholder, or unresolvable. */
function segmentize(parts: Part[]): Segmented {
  const segs: Part[][] = [[]];
  let method: HttpMethod | undefined;
  let fields: string[] | undefined;
  let fieldsNested: Record<string, string[]> | undefined;
  let fieldsUnread = false;
  let queryVars: string[] | undefined;
  for (const p of parts) {
    if ('lit' in p) {
      if (p.lit.startsWith('\u0000')) {
        method = p.lit.slice(1) as HttpMethod;
        continue;
      }
      if (p.lit.startsWith('\u0003')) {
        fieldsUnread = true;
        queryVars = p.lit.slice(1).split(',');
        continue;
      }
      if (p.lit.startsWith('\u0001')) {
        const tree = parseFieldTree(p.lit.slice(1));
        fields = tree.names;
        fieldsNested = tree.nested;
        if (p.lit.includes('\u0002')) fieldsUnread = true;
        continue;
      }
      const pieces = p.lit.split('/');
      pieces.forEach((piece, k) => {
        if (k > 0) segs.push([]);
        if (piece) segs[segs.length - 1]!.push({ lit: piece });
      });
    } else segs[segs.length - 1]!.push(p);
  }
  const nonEmpty = segs.filter((s) => s.length > 0);
  const extra = {
    ...(method ? { method } : {}),
    ...(fields?.length ? { fields } : {}),
    ...(fieldsNested && Object.keys(fieldsNested).length > 0 ? { fieldsNested } : {}),
    ...(fieldsUnread ? { fieldsUnread } : {}),
    ...(queryVars ? { queryVars } : {}),
  };
  if (nonEmpty.length === 0) return { segments: [], empty: true, ...extra };
  const out: Segment[] = [];
  let unresolved: string | undefined;
  nonEmpty.forEach((s, k) => {
    const seg = classify(s, k, k === nonEmpty.length - 1);
    if (typeof seg === 'string') unresolved ??= seg;
    else out.push(seg);
  });
  return { segments: out, empty: false, ...(unresolved ? { unresolved } : {}), ...extra };
}

/** Go: goSites's keys for a bare call (a function's) and a call on a value whose type is not told (no Go type is named so). */
const GO_FUNCTION = '(function)';
const GO_UNTOLD = '(untold)';

const GO_AMBIGUOUS_METHOD_REASON = 'a method that types of the file each define, called on a value whose type is not told';

const AMBIGUOUS_FIELD_REASON = 'a struct field that types of the file set to different URLs: which one is not told';

const PATHISH = /path|url|uri|endpoint|edge|route|resource|query|target/i;

function classify(s: Part[], index: number, last: boolean): Segment | string {
  if (s.includes(AMBIGUOUS_FIELD)) return AMBIGUOUS_FIELD_REASON;
  if (s.every((p) => 'lit' in p)) {
    const lit = s.map((p) => (p as { lit: string }).lit).join('');
    if (/^\d+$/.test(lit)) return { ph: 'id' };
    if (/^act_\d+$/.test(lit) || /^act_[{<]/.test(lit)) return { ph: lit.replace(/^act_[{<]?|[}>]$/g, '') || 'ad-account-id', act: true };
    const m = /^[{<:]([\w .-]*)[}>]?$/.exec(lit);
    if (m && (lit.startsWith('{') || lit.startsWith('<') || lit.startsWith(':'))) return { ph: m[1] || 'id' };
    if (/^%[sdv]$/.test(lit)) return { ph: 'id' };
    // Python's named %-formatting: `%(page_id)s` names its node as a variable would.
    const named = /^%\((\w{1,64})\)[sd]$/.exec(lit);
    if (named) return { ph: named[1]! };
    // Page-scoped ids such as `<PAGE_ID>_<POST_ID>`.
    if (/^\d+_\d+$/.test(lit)) return { ph: 'post-id' };
    // A long run with digits (a hash, a token, `{app-id}|{secret}`) is no edge name: an id, never shown.
    if (lit.length >= 16 && /\d/.test(lit) && /^[\w|%.=+-]+$/.test(lit)) return { ph: 'id' };
    return { lit };
  }
  const holes = s.filter((p): p is { hole: string } => 'hole' in p);
  const lits = s.filter((p): p is { lit: string } => 'lit' in p).map((p) => p.lit).join('');
  const name = holeName(holes[holes.length - 1]!.hole);
  if (lits === 'act_' && 'lit' in s[0]!) return { ph: name ?? 'ad-account-id', act: true };
  if (holes.length === 1 && s.length === 1) {
    if (name === undefined) return index === 0 && !last ? { ph: 'id' } : 'computed path';
    // A class's constant that names an operation (`Endpoints::CREATE_CATALOG`, `Paths.GET_FEED`) as the whole path
    // holds a path of its own, kept in another file: no id of a node named after it (hunt V8). Before an edge
    // (`${Config.PAGE}/feed`) it is the node's id, as any name (hunt Z4-1).
    if (OPERATION_CONSTANT.test(holes[0]!.hole.trim()) && !ID_HINT.test(name)) {
      if (index === 0 && last) return 'computed path';
      // After a node (`${igUserId}/${Edges.MEDIA}`): an edge not read (hunt Z5-5).
      if (index > 0) return 'variable edge';
    }
    if (ID_HINT.test(name) || looksLikeNode(name)) return { ph: name };
    // `${path}`, `${endpoint}`: the whole path is computed; `${x}/feed`: x is a node id.
    if (index === 0) return last || PATHISH.test(name) ? 'computed path' : { ph: name };
    return 'variable edge';
  }
  // Mixed: `${pageId}_${postId}`, `{id}?fields=…` — an id.
  if (name !== undefined && (ID_HINT.test(name) || looksLikeNode(name) || index === 0)) return { ph: name };
  return index === 0 ? { ph: 'id' } : 'variable edge';
}

function looksLikeNode(name: string): boolean {
  // `me` alone: a name that ends in the letters (`edge_name`, `frame`) is no node.
  return /(?:page|catalog|account|user|post|media|business|campaign|adset|order|phone|waba|product|pixel|form|lead|comment|node|object|parent)$|^me$/i.test(
    name.replace(/[_-]/g, ''),
  );
}

/** A path segment passed as a node id (`graph.get_object(page_id)`): a literal id or placeholder stays so. */
function asNode(s: Segment): Segment {
  if ('ph' in s) return s;
  if (/^(?:me|[\d_]+|act_\d+)$/.test(s.lit)) return s;
  return s;
}
