/**
 * The call reader (SPEC §7): a file's Graph API call sites, located and matched against the endpoint
 * table. The scan loads it (and with it the endpoint and SDK tables) when a file first holds a call
 * marker (markers.ts); `infer` and the PR comment use it directly.
 */
import type { FileCalls, LocatedCall } from './analyze.js';
import { fieldPermissions, isEdgeName, matchEndpoint, nodeWord, productOf, renderPath, squash, withFields, type Segment } from './endpoints.js';
import { readFileCallsWith, type CallSource, type SiteReader } from './markers.js';
import { languageOf } from './language.js';
import { ID, lex, STR } from './lex.js';
import { findCallSites, type CallSite } from './sites.js';
import { detached, lineEndNear, lineStartNear } from '../text.js';

export type { CallSource, FileCalls };

/** The call sites of `text` that start where `owns` says, located and matched against the table. */
export const readSites: SiteReader = (text, path, owns, pos) => {
  const sites = findCallSites(text, path);
  let product: MediaProduct | undefined;
  let businessOf: BusinessAccountProduct | undefined;
  let commentOf: CommentProduct | undefined;
  return sites
    .filter((s) => owns(s.start))
    .map((site): LocatedCall => {
      const a = pos(site.start);
      const b = pos(site.end);
      const base = {
        file: path,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        method: site.method,
        via: site.via,
        ...sourceOf(lineAt(text, site.start)),
        ...(site.host ? { host: site.host } : {}),
      };
      if (!site.segments) return { ...base, status: 'unresolved', reason: site.reason ?? 'computed path' };
      let s = site as CallSite & { segments: Segment[] };
      // `businessAccountId` alone is an Instagram business account, or the WhatsApp Business account in a file with
      // the WhatsApp Cloud API's own marks (hunt LP-3); in a file of both, or one that only says "WhatsApp" (a
      // Twilio sender, `channel: 'whatsapp'`: review R-3), it cannot be told: unknown.
      if (s.node === undefined && s.segments.some(bareBusinessAccount)) {
        const of = (businessOf ??= businessAccountProduct(text, path, sites));
        if (of === 'unknown') return { ...base, path: displayPath(s.segments, s.node), status: 'unknown' };
        if (of === 'whatsapp') s = { ...s, segments: s.segments.map((g) => ('ph' in g && bareBusinessAccount(g) ? { ph: 'whatsapp_business_account_id' } : g)) };
      }
      // `/{mediaId}` alone is an Instagram media or a WhatsApp one: the file's product says which, else unknown.
      // `/{commentId}` alone is a Facebook object's comment, or an Instagram one in a file that is Instagram's (hunt X1).
      const comment = bareComment(s) ? (commentOf ??= commentProduct(sites)) : undefined;
      const endpoint = bareMedia(s)
        ? mediaEndpoint(s.method, (product ??= mediaProduct(text, path, sites)))
        : comment !== undefined && comment !== 'facebook'
          ? commentEndpoint(s.method, comment)
          : matchEndpoint({ method: s.method, segments: s.segments, ...(s.node ? { node: s.node } : {}) });
      if (endpoint) {
        // Fields that need more than the operation (`?fields=instagram_business_account`): the call needs that too.
        // A field that is an edge of the node (field expansion: `?fields=accounts{…}`) reads that edge.
        const segments = s.segments;
        // Only a name that is an edge somewhere in the table is looked up (a call may name a hundred fields).
        const edgeOf = (f: string) =>
          s.method === 'GET' && isEdgeName(f) ? matchEndpoint({ method: 'GET', segments: [...segments, { lit: f }], ...(s.node ? { node: s.node } : {}) }) : undefined;
        // A field that is neither the table's nor a known edge, where it can only be an edge (a field expansion
        // `adaccounts{…}`, or anything but the few plain fields of a user: `/me?fields=adaccounts`), or fields
        // that cannot be read on a user (`/me?fields=${f}`): the call reads what the table does not know.
        const isUser = endpoint.node === 'user' && endpoint.path === '/{user-id}';
        const unknownField = (s.method === 'GET' ? (s.fields ?? []) : []).find(
          (f) => !(endpoint.fields && Object.hasOwn(endpoint.fields, f)) && !edgeOf(f) && ((s.fieldsNested && Object.hasOwn(s.fieldsNested, f)) || (isUser && !PLAIN_USER_FIELDS.has(f))),
        );
        // An edge the table does not know expanded on a node's edge (`/{page-id}/conversations?fields=messages{…}`):
        // the operation's own needs are known (`missing-permission` holds them), what the expansion reads is not, so
        // its user is not judged by `unused-permission` (hunt Y4-2). On a user (`/me?fields=adaccounts{…}`) the
        // fields are the edges: the call is unknown.
        const expandsUnknown = unknownField !== undefined && !isUser;
        if (isUser && (unknownField !== undefined || (s.method === 'GET' && s.fieldsUnread))) return { ...base, path: `${endpoint.path}?fields=${unknownField ?? '…'}`, status: 'unknown' };
        const read = withFields(endpoint, s.fields, edgeOf, s.fieldsNested);
        const mayNeed = s.fieldsUnread ? fieldPermissions(endpoint) : [];
        const maybe = { ...(mayNeed.length > 0 ? { mayNeed } : {}), ...(expandsUnknown ? { expandsUnknown: true } : {}) };
        if (read) return { ...base, path: endpoint.path, status: 'mapped', endpoint: read.endpoint, fields: read.fields, ...maybe };
        return { ...base, path: endpoint.path, status: 'mapped', endpoint, ...maybe };
      }
      return { ...base, path: displayPath(s.segments, s.node), status: 'unknown' };
    });
};

/** The code's words read for its product's marks, at most (a bound: the marks are in a file's first lines or its calls). */
const MAX_PRODUCT_TEXT = 1 << 20;

/** Which product a file's media ids are of: WhatsApp's, Instagram's, or neither can be told (`none`, `both`). */
type MediaProduct = 'whatsapp' | 'ig_' | 'none' | 'both';

/**
 * A call to a media id alone (`DELETE /${mediaId}`, `GET /{media_id}`) whose name says no product
 * (`waMediaId`, `igMediaId` say theirs) and no SDK class: Instagram's `/{ig-media-id}` and the WhatsApp Cloud
 * API's `/{media-id}` both fit, and need nothing alike.
 */
function bareMedia(s: CallSite): boolean {
  const seg = s.segments?.length === 1 ? s.segments[0]! : undefined;
  return s.node === undefined && seg !== undefined && 'ph' in seg && nodeWord(seg.ph) === 'media' && productOf(seg.ph) === undefined;
}

/** The entry of the file's product for a media id alone (`{media-id}`, `{ig-media-id}`); none when the product cannot be told or has no such operation. */
function mediaEndpoint(method: LocatedCall['method'], product: MediaProduct) {
  if (product !== 'whatsapp' && product !== 'ig_') return undefined;
  const hit = matchEndpoint({ method, segments: [{ ph: `${product}_media_id` }] });
  return hit?.node.startsWith(product) ? hit : undefined;
}

/**
 * The product of a file's media ids, from what the file says of itself: the WhatsApp Cloud API's marks (a
 * message's or upload's `messaging_product`, the word WhatsApp, as in `WHATSAPP_TOKEN`, a call to a phone
 * number or a WhatsApp Business account: `/{phone-number-id}/messages`, `/{phone-number-id}/media`) or
 * Instagram's (the word Instagram, a call to an Instagram account: `/{ig-user-id}/media`, `media_publish`).
 * Both, or neither: `both`, `none`, and the call is unknown (a guess would demand the other product's
 * permissions and call the right ones unused).
 */
function mediaProduct(text: string, path: string, sites: readonly CallSite[]): MediaProduct {
  const words = codeWords(text, path);
  let wa = /whatsapp|messaging_product/i.test(words);
  let ig = /instagram/i.test(words);
  for (const s of sites) {
    // A call of the file the table reads as Instagram's (`GET /{media_id}/comments` is `/{ig-media-id}/comments`).
    if (s.segments && !bareMedia(s)) {
      const hit = matchEndpoint({ method: s.method, segments: s.segments, ...(s.node ? { node: s.node } : {}) });
      if (hit?.node.startsWith('ig_')) ig = true;
      if (hit && /^whats_?app/.test(hit.node)) wa = true;
    }
    for (const seg of s.segments ?? []) {
      if ('lit' in seg) continue;
      if (WABA_NAME.test(seg.ph) || WABA_WORD.test(seg.ph)) wa = true;
      const word = nodeWord(seg.ph);
      const of = productOf(seg.ph);
      if (word === 'phone' || word === 'waba' || of === 'whatsapp') wa = true;
      if (word === 'ig' || of === 'ig_') ig = true;
    }
  }
  return wa && ig ? 'both' : wa ? 'whatsapp' : ig ? 'ig_' : 'none';
}

/** What a file's bare business account ids are: the WhatsApp Business account's, an Instagram account's, or it cannot be told. */
type BusinessAccountProduct = 'whatsapp' | 'ig_' | 'unknown';

/** The edges only a WhatsApp Business account has: `/{businessAccountId}/message_templates` is a WABA's. */
const WABA_EDGES = new Set(['message_templates', 'phone_numbers', 'whatsapp_business_profile', 'message_template_previews']);

/** A WhatsApp Business account id's name in the code's words: `wabaId`, `WABA_ID`, `whatsapp_business_account_id`, `WhatsAppBusinessAccountId`. */
const WABA_NAME = /whats_?app_?business_?account/i;
/** `waba` as a name's own part (`wabaId`, `WABA_ID`, `my_waba`), not inside a word. */
const WABA_WORD = /(?<![A-Za-z])(?:waba|Waba|WABA)(?![a-z])/;

/**
 * The product of a file's bare business account ids (`businessAccountId`, hunt LP-3): the WhatsApp Business
 * account only where the file has the WhatsApp Cloud API's own marks (review R-3: the word alone, as in a Twilio
 * sender `whatsapp:+1…` or `channel: 'whatsapp'`, is not one): `messaging_product`, a WABA id's name, a Graph
 * call to a phone number id or one the table reads as WhatsApp's (`/{phone-number-id}/messages`), an edge only a
 * WABA has (`/message_templates`, `/phone_numbers`, on the business account id too). With those and an Instagram
 * mark, or with the word WhatsApp and none of them: unknown. Else an Instagram account, as the name says.
 */
function businessAccountProduct(text: string, path: string, sites: readonly CallSite[]): BusinessAccountProduct {
  const words = codeWords(text, path);
  // A WhatsApp Business account id's name counts where a Graph call's path holds it (below), not anywhere in the
  // file: `wabaId` sent in another API's body says nothing of Meta's (hunt R2-2).
  let wa = /messaging_product/i.test(words);
  let ig = /instagram/i.test(words);
  for (const s of sites) {
    // An edge only one product has says which, on the business account id itself too (`…/media_publish` is an
    // Instagram account's, `…/message_templates` a WhatsApp Business account's: hunt R2-1).
    for (const seg of s.segments ?? []) {
      if (!('lit' in seg)) continue;
      if (WABA_EDGES.has(seg.lit)) wa = true;
      if (seg.lit === 'media_publish') ig = true;
    }
    // The product of a business account id is told by the file's other marks, not by itself.
    if (s.node === undefined && s.segments?.some(bareBusinessAccount)) continue;
    if (s.segments && !bareMedia(s)) {
      const hit = matchEndpoint({ method: s.method, segments: s.segments, ...(s.node ? { node: s.node } : {}) });
      if (hit?.node.startsWith('ig_')) ig = true;
      if (hit && /^whats_?app/.test(hit.node)) wa = true;
    }
    for (const seg of s.segments ?? []) {
      if ('lit' in seg) {
        if (seg.lit === 'media_publish') ig = true;
        continue;
      }
      const word = nodeWord(seg.ph);
      const of = productOf(seg.ph);
      if (word === 'phone' || word === 'waba' || of === 'whatsapp') wa = true;
      if (word === 'ig' || of === 'ig_') ig = true;
    }
  }
  if (wa) return ig ? 'unknown' : 'whatsapp';
  // WhatsApp named, or a WhatsApp Business account id's name outside a Graph path: neither product for sure.
  return /whatsapp/i.test(words) || WABA_NAME.test(words) || WABA_WORD.test(words) ? 'unknown' : 'ig_';
}

/** A business account id whose name says no product (`businessAccountId`, `business_account_id`; not `igBusinessAccountId`). */
function bareBusinessAccount(seg: Segment): boolean {
  return 'ph' in seg && /businessaccount/.test(squash(seg.ph)) && nodeWord(seg.ph) === 'ig' && productOf(seg.ph) === undefined;
}

/** The code's own words (names and strings), not its comments (`# TODO: WhatsApp support later`), up to MAX_PRODUCT_TEXT. */
function codeWords(text: string, path: string): string {
  const lang = languageOf(path);
  let words = '';
  if (lang) {
    const t = lex(text, lang);
    for (let i = 0; i < t.length && words.length < MAX_PRODUCT_TEXT; i++) {
      const k = t.kind[i];
      if (k === ID) words += ` ${t.v[i]}`;
      else if (k === STR) words += ` ${t.v[i] ?? (t.parts[i] ?? []).map((p) => ('lit' in p ? p.lit : p.hole)).join(' ')}`;
    }
  }
  return words;
}

/** Which product a file's comment ids are of: a Facebook object's (the table's first), Instagram's, or it cannot be told (`both`). */
type CommentProduct = 'facebook' | 'ig_' | 'both';

/** A call to a comment id alone (`DELETE /${commentId}`, `POST /{comment_id}` to hide it) whose name and SDK class say no product. */
function bareComment(s: CallSite): boolean {
  const seg = s.segments?.length === 1 ? s.segments[0]! : undefined;
  return s.node === undefined && seg !== undefined && 'ph' in seg && nodeWord(seg.ph) === 'comment' && productOf(seg.ph) === undefined;
}

/** The nodes of Facebook objects whose comments a Page moderates: a file that calls one is a Facebook file. */
const FACEBOOK_OBJECT_NODES = new Set(['page', 'page_post', 'comment', 'object']);

/**
 * The product of a file's comment ids: Instagram's (`/{ig-comment-id}`) where the file calls Instagram (an Instagram
 * account or media: `/{ig-user-id}/media`, `media_publish`, an `igUserId`; the word alone is not enough) and makes
 * no call the table reads as a Facebook Page's, post's or object's; `both` when it does both (the call is
 * unknown: a guess would demand the other product's permissions and call the right ones unused); else a Facebook
 * object's, the table's first (hunt X1: an Instagram handler's `DELETE /${commentId}` demanded
 * `pages_manage_engagement` and called `instagram_manage_comments` unused).
 */
function commentProduct(sites: readonly CallSite[]): CommentProduct {
  // Calls only: a word is not enough (a Page webhook's `if (body.object === 'instagram') return;`, hunt Z7-1).
  let ig = false;
  let fb = false;
  for (const s of sites) {
    if (!s.segments || bareComment(s) || bareMedia(s)) continue;
    const hit = matchEndpoint({ method: s.method, segments: s.segments, ...(s.node ? { node: s.node } : {}) });
    if (hit?.node.startsWith('ig_')) ig = true;
    else if (hit && FACEBOOK_OBJECT_NODES.has(hit.node)) fb = true;
    for (const seg of s.segments) {
      if ('lit' in seg) {
        if (seg.lit === 'media_publish') ig = true;
      } else if (nodeWord(seg.ph) === 'ig' || productOf(seg.ph) === 'ig_') ig = true;
    }
  }
  return !ig ? 'facebook' : fb ? 'both' : 'ig_';
}

/** The Instagram entry for a comment id alone; none when the product cannot be told or has no such operation. */
function commentEndpoint(method: LocatedCall['method'], product: CommentProduct) {
  if (product !== 'ig_') return undefined;
  const hit = matchEndpoint({ method, segments: [{ ph: 'ig_comment_id' }] });
  return hit?.node === 'ig_comment' ? hit : undefined;
}

/**
 * The calls and token reads of one file (or chunk). `tokenNames` are the manifest's declared token
 * secrets; with `discover`, a file with calls also reports the env vars named `*TOKEN*` it reads
 * (`infer` without a manifest).
 */
export function readFileCalls(src: CallSource, tokenNames: readonly string[], opts: { discover?: boolean } = {}): FileCalls {
  return readFileCallsWith(src, tokenNames, opts, readSites);
}

/**
 * The fields of a user node (`GET /me`) that are its own, not edges: what `public_profile` gives. Any other
 * field asked of `/me` is an edge the table may not know (`adaccounts`) or a Page's (a Page token's `/me`).
 */
const PLAIN_USER_FIELDS = new Set(['id', 'name', 'first_name', 'last_name', 'middle_name', 'short_name', 'name_format', 'picture']);

/** A call's own path for display: ids as `{id}`, an SDK node as `{ad-account-id}`. */
function displayPath(segs: Segment[], node?: string): string {
  return renderPath(
    segs.map((s, i) => {
      if ('lit' in s) return s;
      if (i === 0 && node) return { ph: `${node.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}-id` };
      return { ph: /^[a-z][a-z0-9-]*-id$/.test(s.ph) ? s.ph : 'id', ...(s.act ? { act: true } : {}) };
    }),
  );
}

// A copy of the line: a view would keep the whole file alive with the call (see `detached`).
const sourceOf = (l: string | undefined) => (l === undefined ? {} : { source: detached(l) });

/** The line of offset `o`, for a code frame; undefined for a line too long to keep (frameLine clips what it shows). */
function lineAt(text: string, o: number): string | undefined {
  // Looked for within MAX_LINE of the offset only: a longer line is not one.
  const s = lineStartNear(text, o, MAX_LINE);
  const e = lineEndNear(text, o, MAX_LINE);
  return s !== -1 && e !== -1 && e - s <= MAX_LINE ? text.slice(s, e) : undefined;
}

/** The longest line `lineAt` gives. */
const MAX_LINE = 4096;
