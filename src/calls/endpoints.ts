/** The endpoint table (data/endpoints.json) and the SDK method table (data/sdk-methods.json), and matching a call against them. */
import endpointsJson from '../../data/endpoints.json' with { type: 'json' };
import sdkJson from '../../data/sdk-methods.json' with { type: 'json' };
import type { AssetType } from '../manifest/types.js';
import type { Language } from './language.js';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/** One Graph API operation of data/endpoints.json (SPEC §7). */
export interface Endpoint {
  method: HttpMethod;
  path: string;
  node: string;
  permissions: { allOf: string[]; anyOf: string[] };
  task: TaskNeed | null;
  sources: string[];
  note?: string;
  /**
   * Fields of the node (or of the nodes an edge lists) whose reading needs more than the operation
   * itself (`GET /{page-id}?fields=instagram_business_account`), by name: what each adds.
   */
  fields?: Record<string, FieldNeed>;
}

/** What asking for one field adds to an operation's needs, from the reference page that says so. */
export interface FieldNeed {
  permissions: { allOf: string[]; anyOf: string[] };
  sources: string[];
  note?: string;
}

/**
 * The entry as a call that asks for `fields` needs it: its permissions joined with those of each field
 * the entry lists (all of every `allOf`; the entry's `anyOf`, or else the first field's), and of each field
 * that is an edge of the node (`GET /me?fields=accounts{instagram_business_account}` reads the edge
 * `/{user-id}/accounts` and, inside it, that edge's fields: `edgeOf` finds the edge's entry), with the fields
 * that added something, in the call's order. Undefined when none did.
 */
export function withFields(
  e: Endpoint,
  fields: readonly string[] | undefined,
  edgeOf?: (field: string) => Endpoint | undefined,
  nested?: Readonly<Record<string, readonly string[]>>,
): { endpoint: Endpoint; fields: string[] } | undefined {
  if (!fields || fields.length === 0) return undefined;
  const table = e.fields;
  const allOf = [...e.permissions.allOf];
  let anyOf = [...e.permissions.anyOf];
  const hits: string[] = [];
  const add = (need: { allOf: readonly string[]; anyOf: readonly string[] }): boolean => {
    let added = false;
    for (const p of need.allOf)
      if (!allOf.includes(p)) {
        allOf.push(p);
        added = true;
      }
    if (anyOf.length === 0 && need.anyOf.length > 0) {
      anyOf = [...need.anyOf];
      added = true;
    }
    return added;
  };
  for (const f of fields) {
    // Names come from the scanned code (`constructor`): only the table's own keys count.
    if (table && Object.hasOwn(table, f)) {
      add(table[f]!.permissions);
      hits.push(f);
      continue;
    }
    const edge = edgeOf?.(f);
    if (!edge?.path.endsWith(`/${f}`)) continue;
    // Inside the braces, an edge of the nodes the edge lists (`leadgen_forms{leads}`: each form's `/{form-id}/leads`),
    // where the edge's name says which node they are (hunt Y4-3).
    const innerEdge = (g: string) => (isEdgeName(g) && nodeWord(f) !== undefined ? matchEndpoint({ method: 'GET', segments: [{ ph: f }, { lit: g }] }) : undefined);
    const inside = nested && Object.hasOwn(nested, f) ? withFields(edge, nested[f], innerEdge) : undefined;
    const a = add((inside?.endpoint ?? edge).permissions);
    if (a) hits.push(inside ? `${f}{${inside.fields.join(',')}}` : f);
  }
  if (hits.length === 0) return undefined;
  // A choice that allOf already makes is made.
  if (anyOf.some((p) => allOf.includes(p))) anyOf = [];
  return { endpoint: { ...e, permissions: { allOf, anyOf } }, fields: hits };
}

let edges: Set<string> | undefined;
/** The last segment of every GET path of the table that is an edge (`feed`, `accounts`): what a field may read as one. */
export function isEdgeName(name: string): boolean {
  if (!edges) {
    edges = new Set();
    for (const e of endpoints) {
      const segs = e.path.split('/');
      const last = segs[segs.length - 1]!;
      if (e.method === 'GET' && segs.length > 2 && !last.startsWith('{')) edges.add(last);
    }
  }
  return edges.has(name);
}

/** Every permission a field of the entry's table adds (empty when it lists none). */
export function fieldPermissions(e: Endpoint): string[] {
  const out = new Set<string>();
  for (const f of Object.values(e.fields ?? {})) for (const p of [...f.permissions.allOf, ...f.permissions.anyOf]) out.add(p);
  return [...out];
}

/** A task requirement: one of `anyOf` on an asset of `assetType`, or (`or`) one of the alternatives' instead. */
export interface TaskNeed {
  assetType: AssetType;
  anyOf: string[];
  or?: { assetType: AssetType; anyOf: string[] }[];
}

/** A segment of a path: literal text, or a placeholder (`{page-id}`, a variable, an id) with a name hint. */
export type Segment = { lit: string } | { ph: string; act?: boolean };

const raw = endpointsJson as unknown as { operations: Endpoint[] };
/** Every entry of data/endpoints.json. */
export const endpoints: readonly Endpoint[] = raw.operations;

/** The SDK method table: per generated class, its node's HTTP methods and its edge methods (`getInsights` → `GET /insights`). */
export interface SdkClass {
  node: string[];
  edges: Record<string, string>;
}
// No prototype: a name read from the scanned code (`constructor`, `toString`) is looked up here, and
// must find nothing rather than Object.prototype's function.
export const sdkClasses: Readonly<Record<string, SdkClass>> = Object.assign(
  Object.create(null) as Record<string, SdkClass>,
  (sdkJson as unknown as { classes: Record<string, SdkClass> }).classes,
);
export const sdkSource: string = (sdkJson as unknown as { source: string }).source;

/** Lower-case letters and digits only: `ProductCatalog`, `product_catalog` and `product-catalog` compare equal. */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Splits a table path (`/act_{ad-account-id}/insights`) into segments. */
export function parseTablePath(path: string): Segment[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      const m = /^(act_)?\{([^}]+)\}$/.exec(s);
      return m ? { ph: m[2]!, ...(m[1] ? { act: true } : {}) } : { lit: s };
    });
}

/** Renders segments as a path, placeholders as `{name}`. */
export function renderPath(segs: readonly Segment[]): string {
  return `/${segs.map((s) => ('lit' in s ? s.lit : `${s.act ? 'act_' : ''}{${s.ph}}`)).join('/')}`;
}

/** What a call site asks for: method, segments, and (SDK calls) the class of the node. */
export interface CallShape {
  method: HttpMethod;
  segments: Segment[];
  /** The SDK class or table node the call's first segment is an id of, when known. */
  node?: string;
}

interface Compiled {
  e: Endpoint;
  segs: Segment[];
  order: number;
  /** What the entry needs, as one string: entries alike for a call tie only when these differ. */
  needs: string;
}

let byKey: Map<string, Compiled[]> | undefined;
/** Table entries by `METHOD length`: a call is compared only with entries of its method and depth. */
function index(): Map<string, Compiled[]> {
  if (byKey) return byKey;
  byKey = new Map();
  endpoints.forEach((e, order) => {
    const segs = parseTablePath(e.path);
    const k = `${e.method} ${segs.length}`;
    const list = byKey!.get(k) ?? [];
    list.push({ e, segs, order, needs: JSON.stringify([e.permissions, e.task]) });
    byKey!.set(k, list);
  });
  return byKey;
}

/** Words of a placeholder or variable name that say which node an id is of. */
const NODE_WORDS: [RegExp, string][] = [
  // Before `media` and `ig`: an Instagram media container (`creation_id`, the name Meta's `media_publish` gives the
  // container's id; hunt LP-8), and a report run's id.
  [/container|creationid$/, 'container'],
  [/reportrun/, 'reportrun'],
  [/media/, 'media'],
  // Before `ig`: an Instagram comment is a comment (`{ig-comment-id}` is no Instagram user).
  [/comment/, 'comment'],
  // An Instagram post, photo, reel or story is an Instagram media (`instagram_post_id`, `igPostId`).
  [/(?:instagram|^ig)(?:post|photo|video|reel|story)/, 'media'],
  // Before `page`: a Page post (`pagePostId`, Meta's `{page-post-id}`) is a post, not the Page.
  [/pagepost/, 'post'],
  // Before the ad account's `…accountid`: an Instagram, WhatsApp Business or commerce account.
  [/igu?ser|instagram|^ig/, 'ig'],
  // Before `whatsapp`: a WhatsApp phone number or message template (`WHATSAPP_PHONE_NUMBER_ID`).
  [/phone/, 'phone'],
  [/messagetemplate|^template|whatsapptemplate/, 'template'],
  [/whatsapp|waba/, 'waba'],
  // Before `commerce`: a commerce order is an order (`commerceOrderId`).
  [/(?:commerce|cms)order/, 'order'],
  [/commerce|^cms/, 'cms'],
  // An Instagram business account (`businessAccountId`, `igBusinessAccountId`) is an Instagram user.
  [/businessaccount/, 'ig'],
  // `accountId` alone is the Marketing API's ad account; `threadsAccountId` and the like are not.
  [/adaccount|^act|^account_?ids?$|adacct/, 'adaccount'],
  [/catalog/, 'catalog'],
  [/adset/, 'adset'],
  [/campaign/, 'campaign'],
  [/creative/, 'creative'],
  [/business|^biz|^bm/, 'business'],
  [/systemuser/, 'systemuser'],
  [/page/, 'page'],
  [/order/, 'order'],
  // A product group is no product item (a node the table has no entry of: below).
  [/productgroup/, 'productgroup'],
  [/productset/, 'productset'],
  [/productfeed|^feedid$/, 'productfeed'],
  [/product/, 'product'],
  [/pixel|dataset/, 'pixel'],
  // Nodes the table has no entry of: named so, an id fills none of its placeholders but a generic one, and the
  // call is unknown, never another node's (`/{group_id}/feed` is no Page feed; hunt Y1-4). After `pixel`:
  // `EVENTS_PIXEL_ID` is a pixel (hunt Z-6).
  [/group/, 'group'],
  [/event/, 'event'],
  [/album/, 'album'],
  [/form/, 'form'],
  [/lead/, 'lead'],
  [/post|photo|video/, 'post'],
  [/audience/, 'audience'],
  [/^ads?id$|^ad$/, 'ad'],
  // The app (`app_id`, `FB_APP_ID`, Meta's `{app-id}`): `POST /{app-id}/uploads` is the Resumable Upload API's
  // session, no product feed's uploads (hunt LP-2). After `whatsapp`, which holds `app`.
  [/^(?:fb|facebook|meta)?app(?:lication)?ids?$/, 'app'],
  [/user|^me$/, 'user'],
];

/** The product a name says (`whatsapp_media_id` → `whatsapp`, `igMediaId` → `ig_`), as the table's nodes begin. */
export function productOf(name: string): string | undefined {
  const s = squash(name);
  if (/whatsapp|^wa(?:media|phone|template|business)/.test(s)) return 'whatsapp';
  if (/instagram|^ig/.test(s)) return 'ig_';
  return undefined;
}

/** Placeholders that stand for any node (`/{object-id}/comments`). */
const GENERIC = /^(?:object|id|node|parent)(?:-id)?$/;

/** The node word of a name (`pageId` → `page`, `{ad-account-id}` → `adaccount`), if any. */
export function nodeWord(name: string): string | undefined {
  let w = nodeWords.get(name);
  if (w === undefined) {
    const s = squash(name);
    w = NODE_WORDS.find(([re]) => re.test(s))?.[1] ?? '';
    if (nodeWords.size >= MAX_MATCHES) nodeWords.clear();
    nodeWords.set(name, w);
  }
  return w === '' ? undefined : w;
}
/** Node words by name ('' for none): the table's placeholders and a file's variable names repeat. */
const nodeWords = new Map<string, string>();

/**
 * The table entry a call matches: same method and depth; each literal segment equal; a placeholder of
 * the table matched by any placeholder, id or `me` of the call. When several entries match, the one whose
 * node (SDK class) or placeholder names agree with the call's hints wins, then the first in the table.
 */
export function matchEndpoint(call: CallShape): Endpoint | undefined {
  const key = matchKey(call);
  if (matches.has(key)) return matches.get(key);
  const hit = scoreEndpoints(call);
  if (matches.size >= MAX_MATCHES) matches.clear();
  matches.set(key, hit);
  return hit;
}

/**
 * The matches made, by call shape (`matchKey`): the table does not change, and the calls of a file
 * repeat (90,000 `fetch(`${G}/${id}/feed`, …)` are one shape), so each shape is scored against the
 * table once. Bounded: emptied when full.
 */
const matches = new Map<string, Endpoint | undefined>();
const MAX_MATCHES = 20_000;

/**
 * Everything `matchEndpoint`'s answer depends on, exactly: the method, the node, and each segment's
 * literal or placeholder name and `act_` mark (JSON: no two shapes share a key).
 */
export function matchKey(call: CallShape): string {
  return JSON.stringify([call.method, call.node ?? null, call.segments.map((s) => ('lit' in s ? [s.lit] : [s.ph, s.act === true]))]);
}

function scoreEndpoints(call: CallShape): Endpoint | undefined {
  const candidates = index().get(`${call.method} ${call.segments.length}`);
  if (!candidates) return undefined;
  // A call whose ids are named for their nodes (`mediaId`, `igUserId`) or whose SDK class is known: a
  // tie between entries of that node is broken by the table's order (its preference: Instagram media
  // before WhatsApp media). Only ids that name no node (`targetId`, `id`) leave a tie unknown.
  const named = call.node !== undefined || call.segments.some((s) => 'ph' in s && nodeWord(s.ph) !== undefined);
  let best: Compiled | undefined;
  let bestScore = -1;
  let tied = false;
  for (const c of candidates) {
    const s = score(c, call);
    if (s > bestScore) {
      best = c;
      bestScore = s;
      tied = false;
    } else if (s === bestScore && best && best.needs !== c.needs) tied = true;
  }
  // Entries alike for the call (`POST /${adId}`, an id whose name says no node, fits a Page, an ad and a
  // campaign) that need different things: the table's first would be a guess that demands the wrong
  // permissions and calls the right ones unused. Unknown instead (it demands nothing, and the user's
  // permissions are not judged unused).
  if (tied && !named) return undefined;
  return best?.e;
}


function score(c: Compiled, call: CallShape): number {
  let s = 0;
  for (let i = 0; i < c.segs.length; i++) {
    const t = c.segs[i]!;
    const a = call.segments[i]!;
    if ('lit' in t) {
      if (!('lit' in a) || a.lit !== t.lit) return -1;
      s += 4;
      continue;
    }
    if ('lit' in a) {
      // `me` stands for the token's own node: a user, or a Page with a Page token (`POST /me/messages`,
      // Messenger's Send API); never a phone number or an Instagram account.
      if (a.lit !== 'me') return -1;
      const word = nodeWord(t.ph);
      s += word === 'user' ? 2 : word === 'page' ? 1 : 0;
      continue;
    }
    if (a.act && !t.act && nodeWord(t.ph) !== 'adaccount') return -1;
    if (a.act && t.act) s += 3;
    // A variable named for a node (`orderId`) only fills a placeholder of that node or a generic one.
    const want = i === 0 && call.node !== undefined ? undefined : nodeWord(a.ph);
    const have = nodeWord(t.ph);
    if (want !== undefined) {
      // A name that also says its product (`whatsapp_media_id`, `igMediaId`) picks that product's node
      // where two share a word (`{ig-media-id}` and WhatsApp's `{media-id}` are both media).
      if (have === want) s += 3 + (productOf(a.ph) !== undefined && c.e.node.startsWith(productOf(a.ph)!) ? 2 : 0);
      // A generic placeholder (`/{object-id}/comments`) is a Facebook object's: an Instagram id fills none.
      else if (have !== undefined || !GENERIC.test(t.ph) || want === 'ig') return -1;
    }
  }
  if (call.node !== undefined) {
    const first = c.segs[0];
    if (squash(c.e.node) === squash(call.node)) s += 8;
    else if (!(first && 'ph' in first && GENERIC.test(first.ph))) s -= 8;
  }
  return s;
}

/**
 * Hand-written helpers of the business SDKs, by class and method (Python's and PHP's spelling): the
 * request each sends (`POST /edge` on the object's node; `POST {Class}`, the node of another class). CustomAudience's
 * `add_users`/`remove_users` (facebook_business/adobjects/customaudience.py, FacebookAds\Object\CustomAudience::addUsers)
 * post and delete `/{id}/users`; `get_insights_async` posts `/{id}/insights` (a report run). The Python SDK's mixins
 * (github.com/facebook/facebook-python-business-sdk, facebook_business/adobjects/helpers/, hunt LP-4):
 * customaudiencemixin.py's `share_audience`/`unshare_audience` post and delete `/{id}/adaccounts`;
 * adaccountmixin.py's `opt_out_user_from_targeting` deletes `/{id}/usersofanyaudience`; productcatalogmixin.py's
 * `add_user`/`remove_user` post and delete `/{id}/userpermissions`, `add_external_event_sources`/
 * `remove_external_event_sources` post and delete `/{id}/external_event_sources`, and `update_product(retailer_id, …)`
 * posts to the product item `catalog:{id}:{base64(retailer_id)}`. PHP's AdVideo::getVideoThumbnails
 * (FacebookAds\Object\AdVideo, an extra of the codegen's PHP template) reads `/{id}/thumbnails`.
 */
const SDK_HELPERS: Record<string, Record<string, string>> = {
  CustomAudience: {
    add_users: 'POST /users',
    addUsers: 'POST /users',
    remove_users: 'DELETE /users',
    removeUsers: 'DELETE /users',
    share_audience: 'POST /adaccounts',
    unshare_audience: 'DELETE /adaccounts',
  },
  AdAccount: { get_insights_async: 'POST /insights', getInsightsAsync: 'POST /insights', opt_out_user_from_targeting: 'DELETE /usersofanyaudience' },
  ProductCatalog: {
    add_user: 'POST /userpermissions',
    remove_user: 'DELETE /userpermissions',
    add_external_event_sources: 'POST /external_event_sources',
    remove_external_event_sources: 'DELETE /external_event_sources',
    update_product: 'POST {ProductItem}',
  },
  Campaign: { get_insights_async: 'POST /insights', getInsightsAsync: 'POST /insights' },
  AdSet: { get_insights_async: 'POST /insights', getInsightsAsync: 'POST /insights' },
  Ad: { get_insights_async: 'POST /insights', getInsightsAsync: 'POST /insights' },
  // Python's AdReportRun.get_result(): the job's results, `self.get_insights(…)` (facebook_business/adobjects/adreportrun.py).
  AdReportRun: { get_result: 'GET /insights' },
  AdVideo: { getVideoThumbnails: 'GET /thumbnails' },
};

/**
 * The HTTP method of an SDK's hand-written helper of that name on any class (`add_users`: POST), when every class
 * that has one agrees; undefined otherwise (and for `add_user`/`remove_user`, names any code has). For a helper
 * called on an object whose class is not read.
 */
export function sdkHelperMethod(method: string): HttpMethod | undefined {
  // Names too common to be the SDK's on an object of unknown class (`group.add_user(u)`).
  if (method === 'add_user' || method === 'remove_user') return undefined;
  let http: HttpMethod | undefined;
  for (const helpers of Object.values(SDK_HELPERS)) {
    if (!Object.hasOwn(helpers, method)) continue;
    const h = helpers[method]!.split(' ')[0] as HttpMethod;
    if (http !== undefined && http !== h) return undefined;
    http = h;
  }
  return http;
}

/** An SDK method name resolved on a class: the HTTP method and the path segments below the node, or (`node`) the class of another node it sends to. */
export function sdkOperation(cls: string, method: string, lang?: Language): { http: HttpMethod; edge?: string; node?: string } | undefined {
  const c = sdkClasses[cls];
  if (!c) return undefined;
  // The SDKs' hand-written helpers (not in the generated definitions): what they send.
  const helper = Object.hasOwn(SDK_HELPERS, cls) && Object.hasOwn(SDK_HELPERS[cls]!, method) ? SDK_HELPERS[cls]![method]! : undefined;
  if (helper) {
    const [http, path] = helper.split(' ') as [HttpMethod, string];
    const other = /^\{(\w+)\}$/.exec(path);
    return other ? { http, node: other[1]! } : { http, edge: path.replace(/^\//, '') };
  }
  // Own keys only: a method named `constructor` or `toString` in the code is no edge.
  const edge = (name: string | undefined) => (name !== undefined && Object.hasOwn(c.edges, name) ? c.edges[name] : undefined);
  const e = edge(method) ?? edge(snakeIndex(cls).get(method));
  if (e) {
    const [http, path] = e.split(' ') as [HttpMethod, string];
    return { http, edge: path.replace(/^\//, '') };
  }
  const m = nodeMethod(method, lang);
  if (m === 'GET' && c.node.includes('GET')) return { http: 'GET' };
  if (m === 'POST' && c.node.includes('POST')) return { http: 'POST' };
  if (m === 'DELETE' && c.node.includes('DELETE')) return { http: 'DELETE' };
  return undefined;
}

/**
 * The HTTP method of a business SDK's method on the node itself, in the SDK of `lang` (any of them when not
 * given): Node's `get`/`read`/`update`/`delete`; Python's `api_get`/`api_update`/`api_delete`, the older `remote_*`
 * and `save` (and `get`/`update`/`delete`, which sdkCall reads only in the form Meta's examples write them,
 * `get(fields=…, params=…)`: a Python SDK object is a mapping, whose `get(key)` reads a field already fetched:
 * hunt LP31-4); PHP's `getSelf`/`updateSelf`/`deleteSelf`; Ruby's `save`/`destroy`. The Node SDK has no `save`
 * (hunt LP31-1).
 */
export function nodeMethod(method: string, lang?: Language): HttpMethod | undefined {
  const m = method.toLowerCase();
  if (lang === 'python') {
    if (m === 'api_get' || m === 'remote_read' || m === 'get') return 'GET';
    if (m === 'api_update' || m === 'remote_update' || m === 'update' || m === 'save' || m === 'remote_save') return 'POST';
    if (m === 'api_delete' || m === 'remote_delete' || m === 'delete') return 'DELETE';
    return undefined;
  }
  if (lang === 'js') return m === 'get' || m === 'read' ? 'GET' : m === 'update' ? 'POST' : m === 'delete' ? 'DELETE' : undefined;
  if (m === 'get' || m === 'read' || m === 'api_get' || m === 'getself' || m === 'remote_read') return 'GET';
  if (m === 'update' || m === 'api_update' || m === 'save' || m === 'updateself' || m === 'remote_update') return 'POST';
  if (m === 'delete' || m === 'api_delete' || m === 'destroy' || m === 'deleteself' || m === 'remote_delete') return 'DELETE';
  return undefined;
}

const snakeCache = new Map<string, Map<string, string>>();
/** Python's business SDK names the same methods in snake_case: `get_insights` → `getInsights`. */
function snakeIndex(cls: string): Map<string, string> {
  let m = snakeCache.get(cls);
  if (!m) {
    m = new Map();
    for (const name of Object.keys(sdkClasses[cls]?.edges ?? {})) m.set(toSnake(name), name);
    snakeCache.set(cls, m);
  }
  return m;
}

export function toSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

let methodNames: Set<string> | undefined;
/** Every edge method name of every SDK class, in both spellings (to spot SDK calls on receivers of unknown class). */
export function isSdkEdgeMethod(name: string): boolean {
  if (!methodNames) {
    methodNames = new Set();
    for (const c of Object.values(sdkClasses))
      for (const m of Object.keys(c.edges)) {
        methodNames.add(m);
        methodNames.add(toSnake(m));
      }
  }
  return methodNames.has(name);
}
