/**
 * What the call reader's layers (src/calls/sites/*.ts) share: the call site's shape (`CallSite`), the types of a
 * string expression (`Expr`, `Segmented`), of a client (`BaseClient`) and of a field list (`FieldsRead`), the
 * Graph host patterns, and the small pure functions over them (`segmentize`, `stripVersion`, `parseFieldTree`).
 * Constants and functions used by one layer only are in that layer's file.
 */
import type { HttpMethod, Segment } from '../endpoints.js';
import type { Part } from '../lex.js';

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

export const HOST = /^(?:https?:)?(?:\/\/)?(graph(?:-video)?\.facebook\.com|graph\.instagram\.com)\.?(?::443)?(?=\/|$|\?)/i;
export const HOST_ANYWHERE = /graph(?:-video)?\.facebook\.com|graph\.instagram\.com/i;
const VERSION_LIT = /^v\d{1,3}\.\d{1,2}$/i;
/** Method names of the known Graph clients (clientCall looks at nothing else). */
export const CLIENT_METHODS = new Set([
  'api', 'call', 'get', 'post', 'delete', 'put', 'patch', 'Get', 'Post', 'Delete', 'Api', 'sendRequest', 'request', 'graph_call', 'method',
  'get_object', 'get_connections', 'put_object', 'put_connections', 'delete_object', 'delete_connections',
  'put_wall_post', 'put_comment', 'put_like', 'get_objects', 'put_photo', 'put_picture', 'put_video', 'fetchObject', 'fetchConnection', 'publish', 'deleteObject', 'fetchObjects',
  'submitForm', 'submitFormWithBinaryData', 'run_request', 'Execute',
]);

/** Calls that wrap a URL without using it. */
export const URL_WRAPPERS = /^(?:URI|URL|Uri|create|parse|Parse|urlparse|urljoin|new)$/;
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
export const HTTP_WORDS: Record<string, HttpMethod> = Object.assign(Object.create(null) as Record<string, HttpMethod>, {
  GET: 'GET',
  POST: 'POST',
  DELETE: 'DELETE',
  PUT: 'POST',
  PATCH: 'POST',
  HEAD: 'GET',
} as const);
/** The roots of Java URL builders given a URL (builtUrl): Spring's UriComponentsBuilder, OkHttp's HttpUrl. */
export const URL_BUILDER_ROOT = /^(?:(?:Servlet)?UriComponentsBuilder\.(?:fromHttpUrl|fromUriString)|HttpUrl\.(?:parse|get))$/;
/** What a Java/Kotlin URL object sends a request with (`url.openConnection()`, Kotlin's `URL(…).readText()`). */
export const URL_OPENERS = /^(?:openConnection|openStream|readText|readBytes|readLines)$/;
/** What makes a client that a base URL goes with: axios's, ky's and ofetch's `create`, got's `extend`, httpx's `Client`, aiohttp's `ClientSession`. */
export const CLIENT_MAKER = /^(?:create|extend|Client|AsyncClient|ClientSession|BaseUrlSession)$/;
/** Calls read through one URL constant at most (one per use as a call argument). */
export const MAX_USES = 32;
/** Tokens looked at on each side of a call for its method (bounded, so the pass stays linear). */
export const WINDOW = 80;
/** Tokens of a helper's body looked at for its requests (bounded, so the pass stays linear). */
export const HELPER_BODY_TOKENS = 2000;
/** Why a call whose HTTP method is in a value the reader cannot see is unresolved (a GET would pass a write). */
export const METHOD_NOT_READ = 'its HTTP method is in a value not read here';
/** Tokens of a type annotation or type arguments looked through (`: Record<string, string> =`, `post<T>(`). */
export const TYPE_ARGS_TOKENS = 32;
/** What a type is made of besides names (`Promise<Page | null>`, `&'static str`, `list[str]`, `String?`). */
export const TYPE_OPS = new Set(['.', '<', '>', '[', ']', '?', '&', '|', '*', ',', '::']);
/** Tokens of an options object read for its `method` (methodOfArguments). */
export const OPTION_TOKENS = 4096;
/** Keys and arguments that give a request's HTTP method. */
export const METHOD_KEY = /^(?:method|verb|http_?method|httpMethod|request_?method)$/i;
/** Assignments of a name in other functions passed over to find the one a use sees (valueOf). */
export const MAX_SHADOWED = 64;
/**
 * A hole no constant names, after a Graph URL that a Go struct field may hold: the field is set to different URLs
 * and which one the call reads is not told (segmentize: the call is *unresolved*).
 */
export const AMBIGUOUS_FIELD: Part = Object.freeze({ hole: '' });

export type Expr = { parts: Part[]; first: number; last: number };

/** `$name` → `name`, `@name` → `name`. */
export function bare(name: string): string {
  return name.replace(/^[$@]+/, '');
}

/** An environment variable read by its name (`os.environ['PHONE_NUMBER_ID']`, `os.getenv("PAGE_ID")`, `ENV["X"]`, `System.getenv("X")`, `process.env.X`): that name. */
export function envReadName(text: string): string | undefined {
  const m =
    /^(?:(?:os\.environ|ENV|\$_ENV|\$_SERVER)\[\s*['"](\w+)['"]\s*\]|(?:os\.getenv|os\.Getenv|os\.environ\.get|getenv|System\.getenv|env)\(\s*['"](\w+)['"]\s*\)|process\.env\.(\w+)|process\.env\[\s*['"](\w+)['"]\s*\])$/.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
}

/** Object names whose `.id` is that node's id (holeName): each says one node of the table. */
// (Not `post`, `video`, `photo`: an Instagram media object is named so as often as a Page's (hunt Z8-1, Z8-2); `media`
// and `comment` are told by the file's product.)
const MEMBER_ID_NODE = /^(?:business|page|catalog|pixel|campaign|adset|adSet|ad_set|creative|leadgenForm|form|lead|comment|media|order)$/;

/** The identifier an interpolation names (`page_id`, `self.page_id` → `page_id`); undefined when computed. */
export function holeName(hole: string): string | undefined {
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

/** Retrofit's request annotations (the tokenizer keeps the `@`). */
export const RETROFIT_ANNOTATION = /^@(?:GET|POST|PUT|PATCH|DELETE|HEAD|HTTP)$/;

/**
 * The parts after the host, without a leading version (`/v19.0`, a `${API_VERSION}` hole) and without
 * the query string. Null when a hole takes the place of the whole path (`${GRAPH}/${path}` with `path`
 * unknown is reported as unresolved by segmentize instead).
 */
export function stripVersion(parts: Part[], relative = false): Part[] | null {
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
export function versionHole(hole: string): boolean {
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

/** A client made with a base URL (`axios.create({ baseURL })`, `resty.New().SetBaseURL(…)`): where, and whether it is Graph's. */
export interface BaseClient {
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

export interface Segmented {
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
export interface FieldsRead {
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

export function noFields(): FieldsRead {
  return { names: [], nested: Object.create(null) as Record<string, string[]>, found: 0, unread: 0, budget: FIELDS_BUDGET };
}

/** What reading one call's fields may visit (tokens and field lists), and the most names it keeps. */
const FIELDS_BUDGET = 4096;
export const MAX_CALL_FIELDS = 128;

/** Takes one step of the call's budget; false (and the fields unread) once it is spent. */
export function step(acc: FieldsRead, cost = 1): boolean {
  acc.budget -= cost;
  if (acc.budget >= 0) return true;
  acc.unread++;
  return false;
}

/** A field list's text into `acc` (names and nested lists), up to MAX_CALL_FIELDS names. */
export function addFields(acc: FieldsRead, text: string): void {
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
/** Calls whose arguments are a list (`array('a')`, `List.of("a")`, `Arrays.asList`, `listOf`, `tuple`, `list`, `set`). */
export const LIST_MAKERS = /^(?:array|of|asList|listOf|arrayOf|setOf|tuple|list|set|Array|compact)$/;

export function isInstagramHost(host: string): boolean {
  return host.toLowerCase() === 'graph.instagram.com';
}

/** The longest query string read for `method=` and `fields=` (a bound, as MAX_FIELDS_TEXT). */
const MAX_QUERY_TEXT = 8192;

/** The longest field list read (a bound: a field list is a line, not a file). */
const MAX_FIELDS_TEXT = 4096;

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
export function segmentize(parts: Part[]): Segmented {
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
export const GO_FUNCTION = '(function)';
export const GO_UNTOLD = '(untold)';

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
