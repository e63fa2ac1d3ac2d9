import type { Needle } from '../scan/prefilter.js';
import { Secret } from './secret.js';
import { pushAll } from '../arrays.js';

/** What a detected secret is. */
export type SecretKind =
  /** `EA` + a letter: user, page and system-user tokens (Facebook Login, the Graph API). */
  | 'access-token'
  /** `IGAA…`: Instagram API with Instagram Login. */
  | 'instagram-token'
  /** `IGQV…`, `IGQW…`: Instagram Basic Display. */
  | 'instagram-basic-display-token'
  /** `THAA…`, `THQV…`, `THQW…`: the Threads API. */
  | 'threads-token'
  /** `{app-id}|{url-safe secret}`: an app access token as `/oauth/access_token` returns it. */
  | 'app-access-token'
  /** `{app-id}|{32 hex}`: an app access token (`{app-id}|{app-secret}`) or a client token (`{app-id}|{client-token}`). */
  | 'app-or-client-token'
  | 'app-secret'
  | 'declared-secret';

/** One secret found in a text. `start`/`end` are indices into the text given (end exclusive). */
export interface SecretMatch {
  kind: SecretKind;
  /** Id of the detector that found it (see `detectors`). */
  detector: string;
  start: number;
  end: number;
  value: Secret;
  /** The declared secret's name, or the name the value is assigned to (`app_secret`, `access_token`…). */
  name?: string;
}

/** What detection may know about the file and the manifest. */
export interface DetectContext {
  /** Path of the file, relative, `/` separators: its words count as Meta context for app secrets. */
  path: string;
  /** The manifest's `app.id`: Meta context for app secrets. */
  appId?: string;
  /** Declared token secrets present in the environment: their exact values are found anywhere. */
  declared?: { name: string; value: Secret }[];
}

// ---------------------------------------------------------------------------------------------
// Thresholds (documented in docs/scan.md)

/** Characters after `EAA` (the fourth character included). Real tokens are 100-300. */
export const MIN_ACCESS_TOKEN_BODY = 32;
/** `EAAA…` up to this total length is Square's access-token form, not Meta's. */
const SQUARE_TOKEN_MAX_LENGTH = 80;
/** Minimum Shannon entropy (bits per character) of a token body. Random base62 of 32+ chars: > 4.3. */
const MIN_TOKEN_ENTROPY = 3.5;
/** Minimum entropy of a 32-hex app secret (random: about 3.8) and of a url-safe app-token secret. */
const MIN_HEX_ENTROPY = 3.0;
/**
 * Share of characters in word-like runs (`Access`, `token`, `PROVIDER`) above which a run is an identifier:
 * random base62 exceeds 0.75 in under 0.1% of 32-char strings and 0.6 in under 0.001% of 100-char ones;
 * identifiers and spelled-out placeholders score 0.8-1.
 */
const MAX_WORDLIKE_SHARE = { short: 0.75, long: 0.6, longFrom: 100 };
/** A character repeated this many times in a row is a placeholder (`xxxxxx`). */
const MAX_REPEAT = 6;
/** Share of ascending/descending neighbour pairs (`abcdef`, `123456`) above which it is a placeholder. */
const MAX_SEQUENTIAL_SHARE = 0.3;
/** App ids are 15-16 digits today; up to 18 accepted, as trufflehog does. */
const APP_ID_DIGITS = { min: 15, max: 18 };
/** Url-safe app-token secrets (`{app-id}|AY-lRJ…`): lengths seen and accepted by gitleaks. */
const APP_TOKEN_SECRET_LENGTH = { min: 27, max: 40 };
/** Declared secret values shorter than this are not searched (too many accidental hits). */
export const MIN_DECLARED_LENGTH = 8;
/** How far (characters) a name may stretch around the word `secret`. */
const MAX_NAME = 80;
/** Lines above (siblings and parents) and below an app secret that make up its block. */
const BLOCK_LINES_UP = 30;
const BLOCK_LINES_DOWN = 10;
/** At most this many characters of one line are read for block context (minified files). */
const MAX_CONTEXT_LINE = 2000;

/**
 * `m4d` is "Meta for Developers": Meta's WhatsApp Node SDK reads the app secret as `M4D_APP_SECRET` (its .env.example:
 * "Your Meta for Developers Business app secret"). Name parts split at digits, so it is read as one part (META_PART).
 */
const META_WORDS = new Set(['facebook', 'fb', 'meta', 'graph', 'instagram', 'whatsapp', 'messenger', 'threads', 'm4d']);
/** Other vendors whose secrets are 32 hex too: a name with one of them (and no Meta word) is theirs. */
const VENDOR_WORDS = new Set(
  (
    'stripe github gitlab slack aws amazon azure google gcp firebase twilio sendgrid mailgun mailchimp mandrill ' +
    'shopify paypal braintree square twitter tiktok linkedin snapchat pinterest discord telegram dropbox box ' +
    'heroku netlify vercel cloudflare algolia pusher contentful sentry datadog newrelic segment mixpanel ' +
    'amplitude intercom zendesk hubspot salesforce okta auth0 jwt recaptcha hcaptcha openai anthropic spotify ' +
    'twitch youtube vimeo nexmo vonage plaid adyen mollie klarna razorpay paystack flutterwave ' +
    // LINE's channel secret, Kakao's, Yandex's and Mail.ru's OAuth secrets (`MAILRU`; `mail_ru`, `MailRu` are two
    // parts: hasVendorWord) are 32 hex, and sit beside Messenger settings in multi-channel bots (hunt H3).
    'line kakao yandex mailru'
  ).split(' '),
);
/** Vendors whose name is two parts (`MAIL_RU_SECRET`, `mailRuSecret`): the first part, then the second. */
const VENDOR_PAIRS = new Map([['mail', 'ru']]);
/** File-level context needs a stronger signal than a bare `meta` or `graph` (HTML meta tags, graph libraries). */
const FILE_CONTEXT =
  /facebook|instagram|whatsapp|\b(?:fb|meta|graph)[_.-]?(?:app|api|sdk|graph|token|access|business|login|pixel)/i;

const KIND_PRIORITY: Record<SecretKind, number> = {
  'declared-secret': 4,
  'app-access-token': 3,
  'app-or-client-token': 3,
  'access-token': 2,
  'instagram-token': 2,
  'instagram-basic-display-token': 2,
  'threads-token': 2,
  'app-secret': 1,
};

// ---------------------------------------------------------------------------------------------
// Entry points

/**
 * Find Meta secrets in a text: sorted by start, never overlapping (the longer match wins, then the more
 * specific kind). Linear in the text: each detector is driven by a plain `indexOf` of its anchor
 * (`EAA`, `cret`/`CRET`, a declared value) or a probe for its value (15+ digits before `|`, `%7C`, `&#124;`…, a
 * 32-hex run) and inspects only the neighbourhood of a hit.
 */
export function detectSecrets(text: string, ctx: DetectContext): SecretMatch[] {
  const found: SecretMatch[] = [];
  for (const d of DETECTORS) d.find(text, ctx, found);
  return resolveOverlaps(found);
}

/**
 * The scan prefilter's needles for `detectSecrets` with this context (see prefilter.ts): a file whose
 * bytes match none of them holds no secret any detector finds. Each detector declares its own next to
 * its code (`DETECTORS`), so a new detector cannot be left out.
 */
export function secretNeedles(ctx: Pick<DetectContext, 'declared'>): Needle[] {
  return DETECTORS.flatMap((d) => d.needles(ctx));
}

/**
 * Every Meta credential shape in a text without the context detection needs: access tokens, app access
 * tokens (glued to a word or a longer number too: `x123…|…`), and 32-hex values assigned to a name that
 * says secret whatever the file (for output redaction, which errs toward hiding). Unsorted, may overlap.
 */
export function metaCredentialShapes(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const f of TOKEN_FAMILIES) findPrefixedTokens(f, text, out);
  findAppAccessTokens(text, out, true);
  findAppSecrets(text, { path: '' }, out, true);
  return out;
}

// ---------------------------------------------------------------------------------------------
// User, page, system-user, Instagram and Threads tokens: a prefix family and a long random body

const ACCESS_TOKEN_ID = 'meta-access-token';
const INSTAGRAM_TOKEN_ID = 'instagram-access-token';
const THREADS_TOKEN_ID = 'threads-access-token';

/**
 * One family of prefixed tokens. A candidate is a maximal run of `body` characters that starts with
 * an anchor at a word boundary; `kindOf` reads the prefix and says which form it is (or none).
 */
interface TokenFamily {
  id: string;
  /** Literal anchors, searched with indexOf. */
  anchors: readonly string[];
  /** Length of the prefix the body follows (the run's first `prefix` characters). */
  prefix: number;
  body: (c: number) => boolean;
  kindOf(text: string, start: number): SecretKind | undefined;
}

/**
 * `EA` + an upper-case letter + a base62 body: every Graph token form (`EAA…` with any fourth character,
 * `EAB…`, `EAC…`, …), recognised by structure, not by a list of prefixes.
 */
const EA_FAMILY: TokenFamily = {
  id: ACCESS_TOKEN_ID,
  anchors: ['EA'],
  prefix: 3,
  body: isAlnum,
  kindOf: (text, i) => (isUpper(text.charCodeAt(i + 2)) ? 'access-token' : undefined),
};

/**
 * Instagram (`IGAA…` Instagram Login, `IGQV…`/`IGQW…` Basic Display) and Threads (`THAA…`, `THQV…`,
 * `THQW…`) tokens: their bodies are url-safe base64 (`-` and `_` occur).
 */
const IG_FAMILY: TokenFamily = {
  id: INSTAGRAM_TOKEN_ID,
  anchors: ['IGAA', 'IGQV', 'IGQW'],
  prefix: 4,
  body: isUrlSafe,
  kindOf: (text, i) => (text.startsWith('IGAA', i) ? 'instagram-token' : 'instagram-basic-display-token'),
};
const TH_FAMILY: TokenFamily = {
  id: THREADS_TOKEN_ID,
  anchors: ['THAA', 'THQV', 'THQW'],
  prefix: 4,
  body: isUrlSafe,
  kindOf: () => 'threads-token',
};

/**
 * A token in a URL's path (`https://proxy.example/graph/EAAG…/me`) is taken only in this form: `EAA` and this
 * many characters after `/` (real tokens are 100-300): CDN and storage URLs hold random path segments, and
 * a shorter `EA…` one would be no token but a false error.
 */
const URL_PATH_TOKEN = 100;

function findPrefixedTokens(family: TokenFamily, text: string, out: SecretMatch[]): void {
  for (const anchor of family.anchors) {
    let i = text.indexOf(anchor);
    while (i !== -1) {
      let j = i + anchor.length;
      while (j < text.length && family.body(text.charCodeAt(j))) j++;
      const path = family === EA_FAMILY && j - i >= URL_PATH_TOKEN && text.startsWith('EAA', i) && inUrlPath(text, i);
      const kind = j - i - family.prefix >= MIN_ACCESS_TOKEN_BODY && (boundaryBefore(text, i) || path) ? family.kindOf(text, i) : undefined;
      if (kind && isPrefixedToken(text, i, j, family.prefix, path)) out.push(match(kind, family.id, text, i, j));
      // Every other anchor inside this run is preceded by a body character: skip the run.
      i = text.indexOf(anchor, Math.max(j, i + 1));
    }
  }
}

/**
 * Whether the run at `i` is a whole segment of a URL's path: a `/` before it, and before that a quote or
 * a template hole's `}`, or on its line within 256 characters `://` with only URL characters between (no
 * space, quote, `+` or bracket: base64 data holds `/` but no `://`).
 */
function inUrlPath(text: string, i: number): boolean {
  if (i < 2 || text.charCodeAt(i - 1) !== 0x2f) return false;
  // A path that starts a string or follows a template's hole: a base URL held in a variable (`${PROXY}/EAAG…`,
  // `PROXY + "/EAAG…"`, f"{PROXY}/EAAG…"; hunt T2).
  const before = text.charCodeAt(i - 2);
  if (before === 0x22 || before === 0x27 || before === 0x60 || before === 0x7d) return true;
  for (let k = i - 2; k >= 2 && i - k <= 256; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x2f && text.charCodeAt(k - 1) === 0x2f && text.charCodeAt(k - 2) === 0x3a) return true;
    if (c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x2b || c === 0x3c || c === 0x3e || c === 0x28 || c === 0x29 || c > 0x7e) return false;
  }
  return false;
}

function isPrefixedToken(text: string, start: number, end: number, prefix: number, urlPath = false): boolean {
  const next = text.charCodeAt(end);
  // `+`, `/` or `=` padding right after the run: the run is part of base64 data (in a URL's path, a `/`
  // ends its segment).
  if (next === 0x2b || (next === 0x2f && !urlPath)) return false;
  if (next === 0x3d && !isAlnum(text.charCodeAt(end + 1))) return false;
  // Inside url-safe base64 (`-`/`_` on both sides, or before a url-safe token).
  const prev = text.charCodeAt(start - 1);
  if ((prev === 0x2d || prev === 0x5f) && (next === 0x2d || next === 0x5f || !isAlnum(text.charCodeAt(start + 4)))) return false;
  if ((prev === 0x2d || prev === 0x5f) && text.charCodeAt(start) !== 0x45) return false;
  const value = text.slice(start, end);
  if (value.startsWith('EAAA') && value.length <= SQUARE_TOKEN_MAX_LENGTH) return false;
  const body = value.slice(prefix).replace(/[-_]/g, '');
  if (!looksRandom(body, { entropy: MIN_TOKEN_ENTROPY, classes: 3 })) return false;
  if (isWordBuilt(body)) return false;
  return !inBase64Block(text, start, end);
}

/**
 * Words placeholders are built of (`EAACEdEose0cBATestAccessCodeForFaceb00k`, `IGAAYourLongLivedToken…`),
 * as camelCase segments. A random body holds a given 3-letter segment with probability about 1e-6 per
 * position, a 5-letter one about 1e-9.
 */
const PLACEHOLDER_WORDS = new Set(
  (
    'access token tokens test testing tests code your here insert replace paste placeholder example sample demo ' +
    'dummy fake mock facebook faceb00k instagram threads graph page user app secret long lived short valid real ' +
    'for the and with from this goes value key string default generated dev prod production staging local todo ' +
    'changeme change put enter get generate copy system business client'
  ).split(' '),
);

/** Whether a token body is made of placeholder words: two of them (3+ letters), or one of 5+ letters. */
export function isWordBuilt(body: string): boolean {
  let words = 0;
  for (const m of body.matchAll(/[A-Z]?[a-z]+/g)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || !PLACEHOLDER_WORDS.has(w)) continue;
    if (w.length >= 5 || ++words >= 2) return true;
  }
  return false;
}

/** A token alone on a line between lines of base64 (PEM, MIME, wrapped data URIs) is base64. */
function inBase64Block(text: string, start: number, end: number): boolean {
  const n = text.length;
  let ls = start;
  while (ls > 0 && isBlank(text.charCodeAt(ls - 1))) ls--;
  if (ls > 0 && text.charCodeAt(ls - 1) !== 0x0a) return false;
  let le = end;
  while (le < n && isBlank(text.charCodeAt(le))) le++;
  if (le < n && text.charCodeAt(le) !== 0x0a) return false;
  // The neighbour lines' last (above) and first (below) 200 characters: bounded work per token.
  const prevLine = ls > 0 ? text.slice(Math.max(0, ls - 201), ls - 1).split('\n').pop()!.trim() : '';
  const nextLine = le < n ? text.slice(le + 1, le + 201).split('\n')[0]!.trim() : '';
  // A line of a wrapped block is as long as the lines around it, or shorter (the last); a PEM line is at most
  // 76 characters. A token's line longer than its neighbour (a path above it) is no line of a block (hunt T1).
  // (The token's own length: an indented block's lines are compared without their indentation.)
  const len = end - start;
  return (isBase64Line(prevLine) && len <= prevLine.length) || (isBase64Line(nextLine) && len <= nextLine.length) || (len <= 76 && inPemBody(text, ls));
}

/** PEM bodies are at most this many lines of base64 above a token's line (a 16 KiB certificate's 64-column lines). */
const PEM_LINES = 300;

/**
 * Whether the line starting at offset `ls` is in the body of a PEM block (`-----BEGIN CERTIFICATE-----`, then
 * lines of base64 of at most 76 characters): above it, only such lines up to the BEGIN line. A certificate's
 * line may hold no `+` or `/` and neither may its neighbours (isBase64Line asks for one), as
 * `EAYDVQQFEwlB…` in certifi's cacert.pem. Bounded: PEM_LINES lines of at most 160 characters (an indented body: a YAML block).
 */
function inPemBody(text: string, ls: number): boolean {
  let end = ls - 1;
  for (let lines = 0; end > 0 && lines < PEM_LINES; lines++) {
    let start = end;
    while (start > 0 && text.charCodeAt(start - 1) !== 0x0a && end - start <= 160) start--;
    if (start > 0 && text.charCodeAt(start - 1) !== 0x0a) return false;
    const line = text.slice(start, end).trim();
    if (/^-----BEGIN [A-Z0-9 ]{1,40}-----$/.test(line)) return true;
    if (line.length === 0 || line.length > 76 || !/^[A-Za-z0-9+/]+={0,2}$/.test(line)) return false;
    end = start - 1;
  }
  return false;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

function isBase64Line(line: string): boolean {
  return line.length >= 40 && /^[A-Za-z0-9+/]+={0,2}$/.test(line) && /[+/]/.test(line);
}

// ---------------------------------------------------------------------------------------------
// App access tokens: {app-id}|{secret}, the `|` perhaps encoded or escaped

const APP_TOKEN_ID = 'meta-app-access-token';

/**
 * How the `|` of an app access token may be written: itself, URL-encoded (`%7C`, and twice: `%257C`), as an
 * HTML character reference (`&#124;`, `&#x7c;`, either with one to three leading zeros: `&#0124;`,
 * `&#x007c;`, and the three names HTML gives it: `&vert;`, `&verbar;`, `&VerticalLine;`) or as an escape
 * (`\u007c`, `\u{7c}`, `\x7c`, and `\|` in a Markdown table's cell). None is a prefix of another; each starts
 * with `|`, `%`, `&` or `\`.
 */
export const APP_TOKEN_SEPARATORS: readonly string[] = [
  '|',
  '%7C',
  '%7c',
  '%257C',
  '%257c',
  // HTML allows any number of leading zeros in a numeric reference; a few are read (a bounded list).
  ...['', '0', '00', '000'].flatMap((z) => [`&#${z}124;`, `&#x${z}7c;`, `&#x${z}7C;`, `&#X${z}7c;`, `&#X${z}7C;`]),
  '&vert;',
  '&verbar;',
  '&VerticalLine;',
  '\\u007c',
  '\\u007C',
  '\\u{7c}',
  '\\u{7C}',
  '\\x7c',
  '\\x7C',
  '\\|',
];

/** Length of the app-token separator (APP_TOKEN_SEPARATORS) at `at`, or 0. */
function separatorAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x7c) return 1;
  if (c !== 0x25 && c !== 0x26 && c !== 0x5c) return 0;
  for (const sep of APP_TOKEN_SEPARATORS) if (text.startsWith(sep, at)) return sep.length;
  return 0;
}

/**
 * An app access token's value (15-18 digits, a separator of APP_TOKEN_SEPARATORS, the secret) split at its
 * separator, else undefined: what the sink indexes (the secret only) and what debug_token is asked about
 * (`{app-id}|{secret}`, whatever the file wrote).
 */
export function appTokenParts(value: string): { appId: string; secret: string } | undefined {
  let k = 0;
  while (k < value.length && isDigit(value.charCodeAt(k))) k++;
  if (k < APP_ID_DIGITS.min || k > APP_ID_DIGITS.max) return undefined;
  const sep = separatorAt(value, k);
  if (sep === 0 || k + sep === value.length) return undefined;
  return { appId: value.slice(0, k), secret: value.slice(k + sep) };
}

/**
 * Driven by the app id rather than the separator: `|` is everywhere in minified code, a run of 15+ digits
 * is rare. Probing every 15th character finds every such run (each contains a probe); a digit probe is
 * widened to its run, and a run that ends at a separator (`|`, `%7C`, `&#124;`…) is tried. `tryAppToken`
 * decides as before.
 */
function findAppAccessTokens(text: string, out: SecretMatch[], loose = false): void {
  const min = APP_ID_DIGITS.min;
  const n = text.length;
  for (let i = min - 1; i < n; i += min) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let s = i;
    while (s > 0 && isDigit(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < n && isDigit(text.charCodeAt(e))) e++;
    if (e - s >= min) {
      const sep = separatorAt(text, e);
      if (sep > 0) tryAppToken(text, e, sep, out, loose);
    }
    while (i + min < e) i += min;
  }
}

/**
 * The app access token whose separator (`|`, `%7C`, `&#124;`…: APP_TOKEN_SEPARATORS) is at `sep`, if any. The app id is 15-18 digits at a
 * word boundary or after a `/` (a URL path: `/v19.0/{app-id}|{secret}/subscriptions`; base64 has no `|`,
 * so the form cannot be the middle of base64 data). `loose` (output redaction) takes the id glued to a
 * word or as the last 18 digits of a longer number too.
 */
function tryAppToken(text: string, sep: number, sepLength: number, out: SecretMatch[], loose: boolean): void {
  if (!isDigit(text.charCodeAt(sep - 1))) return;
  let k = sep - 1;
  while (k > 0 && isDigit(text.charCodeAt(k - 1)) && sep - k <= APP_ID_DIGITS.max) k--;
  const digits = sep - k;
  if (digits < APP_ID_DIGITS.min) return;
  if (!loose && (digits > APP_ID_DIGITS.max || !(boundaryBefore(text, k) || text.charCodeAt(k - 1) === 0x2f))) return;
  if (digits > APP_ID_DIGITS.max) k = sep - APP_ID_DIGITS.max;
  const s = sep + sepLength;
  let e = s;
  while (e < text.length && isUrlSafe(text.charCodeAt(e)) && e - s <= APP_TOKEN_SECRET_LENGTH.max) e++;
  const secret = text.slice(s, e);
  const after = text.charCodeAt(e);
  if (isUrlSafe(after)) return;
  // `{app-id}|{32 hex}` is unambiguous: no entropy bar, only placeholders are refused. A `/` may follow (a
  // URL path goes on); a `+` (base64's, or a URL's space) only when redacting output, which errs toward hiding.
  if (isHex32(secret)) {
    if (after !== 0x2b || loose) out.push(match('app-or-client-token', APP_TOKEN_ID, text, k, e));
    return;
  }
  // A url-safe secret followed by `+` or `/` is a piece of longer base64 data.
  if (after === 0x2b || after === 0x2f) return;
  if (secret.length < APP_TOKEN_SECRET_LENGTH.min || secret.length > APP_TOKEN_SECRET_LENGTH.max) return;
  if (!looksRandom(secret.replace(/[-_]/g, ''), { entropy: MIN_HEX_ENTROPY, classes: 2 })) return;
  out.push(match('app-access-token', APP_TOKEN_ID, text, k, e));
}

// ---------------------------------------------------------------------------------------------
// App secrets: 32 hex assigned to a name that says secret, in a Meta context

const APP_SECRET_ID = 'meta-app-secret';
/**
 * A type written between a name and its `=` (`const FB_APP_SECRET: string =`, Kotlin/Swift `String?`, Rust
 * `&str` and `&'static str`, Python `Final[str]`, Go `var FbAppSecret string =` and `[]byte =`). At most 62 bytes.
 */
const TYPE = String.raw`&?(?:'static[ \t]{1,4})?(?:\[\])?[A-Za-z_][\w.]{0,24}(?:[<[][\w&' ,.]{1,24}[>\]])?[?!]?`;
/**
 * After the name: a C array's size (`kFbAppSecret[33]`), a closing quote or bracket, then what joins the
 * name to its value, one of:
 * - a typed declaration: `: string =`, `?: string =`, `: &str =`, `: str =` (Python), `string =` (Go);
 * - a fallback default: `|| `, `?? `, `?:` (Kotlin, PHP), `) or ` (`process.env.FB_APP_SECRET || "…"`), its assignment
 *   form `||=`, `??=` (Ruby, JavaScript: `ENV['FB_APP_SECRET'] ||= '…'`), shell `:-`
 *   (`${FB_APP_SECRET:-…}`) and `-` (`${FB_APP_SECRET-…}`: only right after `${` and a shell name), a Ruby
 *   block's (`ENV.fetch('FB_APP_SECRET') { '…' }`, `{ |k| '…' }`, `do '…' end`), a keyword default (`, default=`), a
 *   Terraform variable's `{ … default =`;
 * - a property list's `</key>` and `<string>` (Info.plist);
 * - a name/value pair's `value` key, after a comma or on the next line (Kubernetes `env:`, ECS task
 *   definitions, Postman environments: `"name":"FB_APP_SECRET","value":"…"`);
 * - an assignment-like operator (`=`, `:`, `=>`, `:=`, make's `?=`, `::=`, `:::=`, `<-`, `,`, `(`, `>`, a space);
 * then an XML attribute's `value=`, a YAML tag (`!!str`) or block scalar (`|`, `>-`, the value on the next
 * line), a parenthesis (a long value wrapped, on the next line; Go's `[]byte(` and Node's `Buffer.from(` around
 * a literal), a string prefix (Python `b"`, `u"`, `r"`, `rb"`, `f"`; C# `@"`) or an opening quote, 32 hex, and the
 * end of the value. Every repetition is bounded (the sticky match starts at the name's end), so a match
 * attempt reads a bounded stretch whatever the text: at most 121 bytes that are not whitespace (see the
 * detector's needle), four attribute lines of a Terraform block, and some hundreds of whitespace.
 */
const ASSIGNED_HEX = new RegExp(
  String.raw`(?:\[\d{0,4}\])?\\?["'\`]?\]?` +
    '(?:' +
    [
      String.raw`[?!]?[ \t]{0,200}:[ \t]{0,200}${TYPE}[ \t]{0,200}:?=(?!=)`,
      String.raw`[ \t]{1,200}${TYPE}[ \t]{1,200}=(?!=)`,
      // (`||=` and `??=`, Ruby's and JavaScript's assignment of the same default: `ENV['FB_APP_SECRET'] ||= '…'`,
      // `config.fbAppSecret ??= '…'`; the `=` cannot be read as the whitespace or quote that follows, so no
      // input gives two ways through.)
      String.raw`\)?[ \t]{0,200}(?:\|\|=?|\?\?=?|\?:|or(?=[ \t]))`,
      ':-',
      // Shell's default without the colon, `${FB_APP_SECRET-…}`: only after `${` and a shell name (findAppSecrets
      // ends such a name at its last letter, digit or `_` when the whole name assigns nothing), so no `-` inside
      // another name reads as one.
      String.raw`(?<=\$\{\w{1,80})-`,
      // A Ruby block's value: `ENV.fetch('FB_APP_SECRET') { '…' }`, `settings.fetch(:fb_app_secret) { |k| '…' }`,
      // and the same as `do … end` (`ENV.fetch("FB_APP_SECRET") do` / `"…"` / `end`).
      String.raw`\)[ \t]{0,200}(?:\{|do(?=[\s|]))[ \t]{0,20}(?:\|[ \t]{0,4}\w{1,20}[ \t]{0,4}\|[ \t]{0,20})?`,
      String.raw`<\/key>\s{0,40}<string>`,
      String.raw`[ \t]{0,20}(?:,|\r?\n)\s{0,80}["']?value["']?[ \t]{0,20}[:=]`,
      // A keyword default after the name's argument: `os.getenv("FB_APP_SECRET", default="…")`, decouple's `config(…, default='…')`.
      String.raw`[ \t]{0,20},[ \t]{0,20}default[ \t]{0,4}[=:]`,
      // A Terraform variable's default: `variable "facebook_app_secret" {` then (up to four attribute lines) `default = "…"`.
      String.raw`[ \t]{0,20}\{[ \t]{0,20}(?:\r?\n(?:[^\n{}]{0,120}\r?\n){0,4})?[ \t]{0,200}default[ \t]{0,20}=`,
      // (Aligned: an operator after many spaces. A space alone as the operator is one character, so that the
      // whitespace before the value is read by one quantifier only: no input makes two of them split a run.)
      // make's `?=`, `::=` and `:::=` (`FB_APP_SECRET ?= …`) assign the value as `=` and `:=` do; `+=` (appends)
      // and `!=` (a shell command's output) do not, and are not read.
      String.raw`[ \t]{0,200}(?:=>|:=|::=|:::=|\?=|<-|[=:,(>])`,
      String.raw`[ \t]`,
    ].join('|') +
    ')' +
    // A value wrapped in parentheses, perhaps on the next line (`NAME = (` / `"…"` / `)`, as black writes a long
    // one), or in Go's `[]byte("…")` or Node's `Buffer.from('…')` (webhook HMAC code).
    String.raw`\s{0,200}(?:(?:\[\]byte|Buffer\.from)?\(\s{0,200})?(?:value\s*=\s*)?(?:!!?[A-Za-z]{1,20}[ \t]{1,10})?(?:[|>][-+1-9]{0,2}[ \t]{0,20}\r?\n\s{0,80})?` +
    String.raw`(?:[bBuUrRfF]{1,2}["']|@["']|\\?["'\`]?)([0-9A-Fa-f]{32})(?![0-9A-Za-z_+/=-])`,
  'y',
);

function findAppSecrets(text: string, ctx: DetectContext, out: SecretMatch[], anyContext = false): void {
  // The value is a run of exactly 32 hex digits between non-hex characters (see ASSIGNED_HEX): without
  // one, no name needs looking at.
  if (!hasHexRun32(text)) return;
  const hits = secretWords(text);
  const metaLines = new MetaLines(text, ctx.appId);
  let fileContext: boolean | undefined;
  let skipUntil = -1;
  for (const p of hits) {
    if (p < skipUntil) continue;
    let ns = p;
    while (ns > 0 && p - ns < MAX_NAME && isNameChar(text.charCodeAt(ns - 1))) ns--;
    let ne = p + 6;
    while (ne < text.length && ne - p < MAX_NAME && isNameChar(text.charCodeAt(ne))) ne++;
    while (ne > p + 6 && (text[ne - 1] === '.' || text[ne - 1] === '-')) ne--;
    skipUntil = ne;
    ASSIGNED_HEX.lastIndex = ne;
    let a = ASSIGNED_HEX.exec(text);
    // A shell parameter expansion's name (`${FB_APP_SECRET-…}`) ends at its last letter, digit or `_`: a `-`
    // there starts the default value. Only where the name read whole assigns nothing (a Spring placeholder's
    // `${facebook.app-secret-key:…}` does) and is a shell name from `${` to `secret` (the lookbehind of
    // ASSIGNED_HEX's `-` reads at most 80 of its characters).
    if (!a && ns >= 2 && text.charCodeAt(ns - 1) === 0x7b && text.charCodeAt(ns - 2) === 0x24 && isWordRun(text, ns, p)) {
      ne = p + 6;
      while (ne < text.length && ne - p < MAX_NAME && isWordChar(text.charCodeAt(ne))) ne++;
      ASSIGNED_HEX.lastIndex = ne;
      a = ASSIGNED_HEX.exec(text);
    }
    if (!a || a[1] === undefined) continue;
    const value = a[1];
    const vs = ASSIGNED_HEX.lastIndex - value.length;
    if (!isHex32(value)) continue;
    const name = text.slice(ns, ne);
    // A name that says what it holds is not the secret: `secretHash`, `FB_APP_SECRET_VERSION`,
    // `secret_digest`, `secretKeyId`, `FacebookAppSecretRotation`.
    if (notTheSecret(name)) continue;
    const meta =
      anyContext ||
      hasMetaWord(name, ctx.appId) ||
      // Another vendor's name (`STRIPE_WEBHOOK_SECRET`): its block or file being Meta's does not make it Meta's.
      (!hasVendorWord(name) &&
        (blockHasMeta(metaLines, p) || (fileContext ??= fileHasMeta(text, ctx))));
    if (!meta) continue;
    out.push({ ...match('app-secret', APP_SECRET_ID, text, vs, vs + 32), name });
    skipUntil = vs + 32;
  }
}

/** Words of a name that say its value is something about the secret, not the secret (a hash, an id, a version). */
const NOT_THE_SECRET = new Set(['hash', 'hashed', 'digest', 'checksum', 'sha', 'sha1', 'sha256', 'sha512', 'md5', 'version', 'rotation', 'fingerprint', 'manager', 'id', 'keyid', 'name', 'path', 'file', 'url', 'length', 'len', 'size']);

/** Whether a secret-named name holds something other than the secret (its words, camelCase split). */
function notTheSecret(name: string): boolean {
  for (const w of name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)) if (NOT_THE_SECRET.has(w)) return true;
  return false;
}

/** Start offsets of `secret`, `Secret` and `SECRET`, ascending (two plain searches beat one /secret/i). */
function secretWords(text: string): number[] {
  const hits: number[] = [];
  for (let i = text.indexOf('cret'); i !== -1; i = text.indexOf('cret', i + 4)) {
    if (i >= 2 && text[i - 1] === 'e' && (text[i - 2] === 's' || text[i - 2] === 'S')) hits.push(i - 2);
  }
  const lower = hits.length;
  for (let i = text.indexOf('CRET'); i !== -1; i = text.indexOf('CRET', i + 4)) {
    if (i >= 2 && text[i - 1] === 'E' && text[i - 2] === 'S') hits.push(i - 2);
  }
  if (hits.length > lower && lower > 0) hits.sort((a, b) => a - b);
  return hits;
}

/** Whether the text has a maximal run of exactly 32 hex digits; probes every 32nd character. */
function hasHexRun32(text: string): boolean {
  const n = text.length;
  for (let i = 31; i < n; i += 32) {
    if (!isHexCode(text.charCodeAt(i))) continue;
    let s = i;
    while (s > 0 && isHexCode(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < n && isHexCode(text.charCodeAt(e))) e++;
    if (e - s === 32) return true;
    while (i + 32 < e) i += 32;
  }
  return false;
}

/**
 * 32 hex digits of one case that are not a placeholder. No entropy bar (random 32-hex values fall under
 * 3.0 bits/char now and then): a placeholder is told by structure — no letter or no digit, a character
 * repeated MAX_REPEAT times, a period of 8 or less (`0123456789abcdef` twice), or an ascending or
 * descending run of 8 (`01234567`, `abcdef01` is not one). A random value has any of these with a
 * probability of about 2e-5 (the repeat: 27 places × 16^-5; measured 2 in 100,000), the rest far less:
 * about one real secret in 50,000 is taken for a placeholder.
 */
export function isHex32(s: string): boolean {
  if (s.length !== 32 || !/^(?:[0-9a-f]{32}|[0-9A-F]{32})$/.test(s)) return false;
  return !isHexPlaceholder(s);
}

function isHexPlaceholder(s: string): boolean {
  if (/^[0-9]+$/.test(s) || /^[a-fA-F]+$/.test(s)) return true;
  let run = 1;
  let seq = 1;
  let lastStep = 0;
  for (let i = 1; i < s.length; i++) {
    const step = s.charCodeAt(i) - s.charCodeAt(i - 1);
    run = step === 0 ? run + 1 : 1;
    if (run >= MAX_REPEAT) return true;
    seq = step === 1 || step === -1 ? (step === lastStep ? seq + 1 : 2) : 1;
    lastStep = step;
    if (seq >= 8) return true;
  }
  for (let period = 1; period <= 8; period++) {
    let periodic = true;
    for (let i = period; i < s.length && periodic; i++) if (s[i] !== s[i - period]) periodic = false;
    if (periodic) return true;
  }
  return false;
}

function fileHasMeta(text: string, ctx: DetectContext): boolean {
  if (hasMetaWord(ctx.path, ctx.appId)) return true;
  const id = ctx.appId?.replace(/\D/g, '') ?? '';
  if (id.length >= 5 && new RegExp(`(?<![0-9])${id}(?![0-9])`).test(text)) return true;
  return FILE_CONTEXT.test(text);
}

/**
 * Line starts of a text, built on first use (one pass), so that finding the line of any position costs
 * a binary search: a long line never gets scanned once per hit.
 */
class Lines {
  private nl: number[] | undefined;
  constructor(private readonly text: string) {}
  private index(): number[] {
    if (!this.nl) {
      const nl: number[] = [];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) nl.push(i);
      this.nl = nl;
    }
    return this.nl;
  }
  /** Number of lines (a text without newline has one). */
  get count(): number {
    return this.index().length + 1;
  }
  /** 0-based line of a position. */
  lineOf(pos: number): number {
    const nl = this.index();
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((nl[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  start(line: number): number {
    return line === 0 ? 0 : (this.index()[line - 1] as number) + 1;
  }
  end(line: number): number {
    const nl = this.index();
    return line < nl.length ? (nl[line] as number) : this.text.length;
  }
  /** The line's first `max` characters. */
  head(line: number, max = MAX_CONTEXT_LINE): string {
    const s = this.start(line);
    return this.text.slice(s, Math.min(this.end(line), s + max));
  }
}

/** Per text: its lines and, per line, whether its names hold a Meta word (each line read once). */
class MetaLines {
  readonly lines: Lines;
  private readonly memo = new Map<number, boolean>();
  constructor(
    private readonly text: string,
    private readonly appId: string | undefined,
  ) {
    this.lines = new Lines(text);
  }
  has(line: number): boolean {
    let v = this.memo.get(line);
    if (v === undefined) {
      v = hasMetaWord(this.text.slice(this.lines.start(line), this.lines.end(line)), this.appId);
      this.memo.set(line, v);
    }
    return v;
  }
}

/**
 * The block of an assignment: its line, the lines above it at the same or deeper indentation (up to a
 * blank line in flat files, or an INI/TOML `[section]`, which counts), each shallower parent line up to
 * the top level (YAML/JSON/HCL keys), and the lines below at the same or deeper indentation. At most
 * BLOCK_LINES_UP + BLOCK_LINES_DOWN lines, each judged once per text (`MetaLines`).
 */
function blockHasMeta(meta: MetaLines, pos: number): boolean {
  const lines = meta.lines;
  const at = lines.lineOf(pos);
  if (meta.has(at)) return true;
  const base = indentOf(lines.head(at));

  let minIndent = base;
  let siblings = true;
  for (let n = 0, ln = at - 1; n < BLOCK_LINES_UP && ln >= 0; n++, ln--) {
    const l = lines.head(ln);
    if (l.trim() === '') {
      if (minIndent === 0) break;
      siblings = false;
      continue;
    }
    const ind = indentOf(l);
    if (/^\s*\[[^\]]*\]\s*$/.test(l)) return meta.has(ln);
    if (ind < minIndent) {
      if (meta.has(ln)) return true;
      minIndent = ind;
      siblings = false;
      continue;
    }
    if (siblings && ind >= base && meta.has(ln)) return true;
    if (minIndent === 0 && !siblings) break;
  }

  for (let n = 0, ln = at + 1; n < BLOCK_LINES_DOWN && ln < lines.count; n++, ln++) {
    const l = lines.head(ln);
    if (l.trim() === '') {
      if (base === 0) break;
      continue;
    }
    if (indentOf(l) < base || /^\s*\[[^\]]*\]\s*$/.test(l)) break;
    if (meta.has(ln)) return true;
  }
  return false;
}

function indentOf(line: string): number {
  const m = /^[ \t]*/.exec(line);
  return m ? m[0].length : 0;
}

/** A name's parts for Meta words: upper-case runs, capitalised or lower-case words, digit runs, and `M4D` whole. */
const META_PART = /[Mm]4[Dd](?![a-z\d])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;

/**
 * Whether a text has a Meta word as an identifier part (`FB_APP_ID`, `facebookAppId`, `[facebook]`) or
 * the app id. Values never count: a hex run (`9a3fb7c2…` holds `fb`) or a random-looking run is skipped,
 * and a part between two digits (`3fb7`) is not a word.
 */
function hasMetaWord(s: string, appId: string | undefined): boolean {
  for (const w of s.matchAll(/[A-Za-z0-9]+/g)) {
    const word = w[0];
    if (appId && word === appId) return true;
    if (word.length < 2 || isValueLike(word)) continue;
    for (const part of word.matchAll(META_PART)) {
      const p = part[0];
      if (appId && p === appId) return true;
      if (!META_WORDS.has(p.toLowerCase())) continue;
      const before = word.charCodeAt(part.index - 1);
      const after = word.charCodeAt(part.index + p.length);
      if (isDigit(before) && isDigit(after)) continue;
      return true;
    }
  }
  return false;
}

/** Whether a name has another vendor's word as an identifier part (`STRIPE_WEBHOOK_SECRET`, `githubClientSecret`). */
function hasVendorWord(name: string): boolean {
  let previous = '';
  for (const part of name.matchAll(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g)) {
    const p = part[0].toLowerCase();
    if (VENDOR_WORDS.has(p) || VENDOR_PAIRS.get(previous) === p) return true;
    previous = p;
  }
  return false;
}

/** A run of letters and digits that is a value, not a name: 8+ hex with digits, or 16+ random-looking. */
function isValueLike(word: string): boolean {
  if (word.length >= 8 && /^[0-9a-fA-F]+$/.test(word) && /\d/.test(word) && /[a-fA-F]/.test(word)) return true;
  return word.length >= 16 && /\d/.test(word) && wordlikeShare(word) < 0.5;
}

// ---------------------------------------------------------------------------------------------
// Declared secret values

const DECLARED_ID = 'declared-secret-value';

function findDeclared(text: string, ctx: DetectContext, out: SecretMatch[]): void {
  for (const d of ctx.declared ?? []) {
    const v = d.value.reveal();
    if (v.length < MIN_DECLARED_LENGTH) continue;
    for (let p = text.indexOf(v); p !== -1; p = text.indexOf(v, p + v.length)) {
      out.push({ kind: 'declared-secret', detector: DECLARED_ID, start: p, end: p + v.length, value: new Secret(v), name: d.name });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The detectors `detectSecrets` runs, each with the prefilter needles it needs (see prefilter.ts): a
// needle must hold in every text in which the detector can find something.

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const TOKEN_FAMILIES = [EA_FAMILY, IG_FAMILY, TH_FAMILY] as const;

export interface Detector {
  id: string;
  /** The main kind it reports (a detector may report related kinds: see SecretKind). */
  kind: SecretKind;
  /** One line for docs/scan.md. */
  description: string;
  find(text: string, ctx: DetectContext, out: SecretMatch[]): void;
  needles(ctx: Pick<DetectContext, 'declared'>): Needle[];
}

export const DETECTORS: readonly Detector[] = [
  {
    id: ACCESS_TOKEN_ID,
    kind: 'access-token',
    description: `User, page and system-user access tokens: \`EA\` + an upper-case letter + ${MIN_ACCESS_TOKEN_BODY}+ random-looking alphanumerics at a word boundary, not built of words.`,
    find: (text, _ctx, out) => findPrefixedTokens(EA_FAMILY, text, out),
    // `EA`, then the upper-case letter and the body: EA_FAMILY's run of MIN_ACCESS_TOKEN_BODY after its
    // 3-character prefix. (`EACCES`, `EAGAIN`, `EADDRINUSE` fill a Node.js checkout; none is a token.)
    // Only at the start of a word (boundaryBefore): `EA` inside base64 data (an SSH key's `c2EAAAADAQAB`) is none.
    // And a long `EAA…` run that a `/` starts: in a URL's path (URL_PATH_TOKEN).
    needles: () => [
      { text: 'EA', after: UPPER, alnumAfter: MIN_ACCESS_TOKEN_BODY + 1, wordStart: true },
      { text: 'EAA', before: '/', alnumAfter: URL_PATH_TOKEN - 3 },
    ],
  },
  {
    id: INSTAGRAM_TOKEN_ID,
    kind: 'instagram-token',
    description: `Instagram tokens: \`IGAA\` (Instagram Login), \`IGQV\`/\`IGQW\` (Basic Display) + ${MIN_ACCESS_TOKEN_BODY}+ random-looking url-safe characters.`,
    find: (text, _ctx, out) => findPrefixedTokens(IG_FAMILY, text, out),
    needles: () => IG_FAMILY.anchors.map((text) => ({ text, wordStart: true as const })),
  },
  {
    id: THREADS_TOKEN_ID,
    kind: 'threads-token',
    description: `Threads tokens: \`THAA\`, \`THQV\`, \`THQW\` + ${MIN_ACCESS_TOKEN_BODY}+ random-looking url-safe characters.`,
    find: (text, _ctx, out) => findPrefixedTokens(TH_FAMILY, text, out),
    needles: () => TH_FAMILY.anchors.map((text) => ({ text, wordStart: true as const })),
  },
  {
    id: APP_TOKEN_ID,
    kind: 'app-access-token',
    description:
      'App access tokens: a 15-18 digit app id, `|` (or `%7C`, `%257C`, `&#124;`, `&#x7c;`, `&vert;`, `\\u007c`, `\\x7c`, `\\|`…), and a 32-hex app secret or a 27-40 character url-safe secret.',
    find: (text, _ctx, out) => findAppAccessTokens(text, out),
    // At least APP_ID_DIGITS.min digits right before one of the separators (tryAppToken).
    needles: () => [{ digitsBefore: APP_ID_DIGITS.min, separators: [...APP_TOKEN_SEPARATORS] }],
  },
  {
    id: APP_SECRET_ID,
    kind: 'app-secret',
    description:
      'App secrets: 32 hex assigned to a name that says secret, with facebook/fb/meta/graph/instagram/whatsapp or the app id in the name, block or file.',
    find: findAppSecrets,
    // A word `secret`/`Secret` or `SECRET` (secretWords), and the 32-hex value (a maximal run:
    // ASSIGNED_HEX) after it: the rest of the name (at most MAX_NAME - 6 = 74 bytes after `secret`) and
    // what ASSIGNED_HEX reads between the name and the value (an array size, quotes, a type, an
    // operator, `value =`, `[]byte(` or `Buffer.from(`, a YAML tag or block indicator, a string prefix:
    // at most 121) are at most 195 bytes that are not whitespace. A Terraform variable's default is the
    // exception: its name may stand four attribute lines (of up to 120 bytes) above `default`, so there the
    // value is near `default` instead: its `=` and what may stand before the value (`[]byte(`, `value =`, a
    // YAML tag or block indicator, a string prefix) are at most 47 bytes that are not whitespace. One
    // needle, so that a file is searched for its runs of hex once (the prefilter fuses the two `near`s).
    needles: () => [
      {
        all: [
          { any: [{ text: 'ecret' }, { text: 'ECRET' }] },
          { any: [{ hexRun: 32, near: { texts: ['ecret', 'ECRET'], within: 200 } }, { hexRun: 32, near: { texts: ['default'], within: 47 } }] },
        ],
      },
    ],
  },
  {
    id: DECLARED_ID,
    kind: 'declared-secret',
    description: `The exact value of a declared token secret present in the environment (values of ${MIN_DECLARED_LENGTH}+ characters), anywhere.`,
    find: findDeclared,
    needles: (ctx) =>
      (ctx.declared ?? []).map((d) => d.value.reveal()).filter((v) => v.length >= MIN_DECLARED_LENGTH).map((v) => ({ text: v })),
  },
];

// ---------------------------------------------------------------------------------------------
// Shared checks

/**
 * Not preceded by a letter, digit, `+` or `/`. An escape also ends a word: a `%XX` URL escape (and one
 * encoded twice, `%25XX`: `access_token%253D` in a redirect URL inside another URL's query, as the app-token
 * separator `%257C` is; hunt Y6-1), a `\n`-style escape, a `\xXX` or `\uXXXX` escape (a quote written `\u0022`
 * in escaped JSON) and a quoted-printable `=XX` (upper-case hex: `=3D`, the `=` of `access_token=` in a saved
 * e-mail). Each test looks at a fixed number of characters: constant time per position.
 */
function boundaryBefore(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c === 0x2b || c === 0x2f) return false;
  if (!isAlnum(c)) return true;
  if (i >= 3 && text[i - 3] === '%' && isHexCode(text.charCodeAt(i - 2)) && isHexCode(c)) return true;
  if (i >= 5 && text[i - 5] === '%' && text[i - 4] === '2' && text[i - 3] === '5' && isHexCode(text.charCodeAt(i - 2)) && isHexCode(c)) return true;
  if (i >= 3 && text[i - 3] === '=' && isUpperHexCode(text.charCodeAt(i - 2)) && isUpperHexCode(c)) return true;
  if (i >= 2 && text[i - 2] === '\\' && (c === 0x6e || c === 0x72 || c === 0x74)) return true;
  if (i >= 4 && text[i - 4] === '\\' && text[i - 3] === 'x' && isHexCode(text.charCodeAt(i - 2)) && isHexCode(c)) return true;
  if (i >= 6 && text[i - 6] === '\\' && text[i - 5] === 'u' && isHexRun(text, i - 4, i)) return true;
  return false;
}

function isUpperHexCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46);
}

function isHexRun(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isHexCode(text.charCodeAt(k))) return false;
  return true;
}

interface RandomOptions {
  entropy: number;
  /** How many of upper case, lower case and digits must occur. */
  classes: number;
  hex?: boolean;
}

/** Placeholders, identifiers and patterns are not secrets: see the thresholds above. */
export function looksRandom(s: string, opts: RandomOptions): boolean {
  if (s.length === 0) return false;
  try {
    return randomByCounts(s, opts);
  } finally {
    // Left as found: zero counts for the next text.
    for (let k = 0; k < seenCount; k++) charCounts[seenOrder[k]!] = 0;
    seenCount = 0;
  }
}

/**
 * Character counts, by UTF-16 code unit, of the text `looksRandom` is looking at, and the units in the
 * order they first occur (the entropy is summed in that order, as it was over a Map's entries). Typed
 * arrays made once: a Map per candidate token cost more than the rest of the test.
 */
const charCounts = new Int32Array(0x10000);
const seenOrder = new Uint16Array(0x10000);
let seenCount = 0;

function randomByCounts(s: string, opts: RandomOptions): boolean {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let run = 1;
  let sequential = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const had = charCounts[c]!;
    charCounts[c] = had + 1;
    if (had === 0) seenOrder[seenCount++] = c;
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x30 && c <= 0x39) digit++;
    if (i > 0) {
      const prev = s.charCodeAt(i - 1);
      run = c === prev ? run + 1 : 1;
      if (run >= MAX_REPEAT) return false;
      if (c === prev + 1 || c === prev - 1) sequential++;
    }
  }
  if (opts.hex) {
    if (digit === 0 || digit === s.length) return false;
  } else if ((upper > 0 ? 1 : 0) + (lower > 0 ? 1 : 0) + (digit > 0 ? 1 : 0) < opts.classes) {
    return false;
  }
  if (s.length > 1 && sequential / (s.length - 1) > MAX_SEQUENTIAL_SHARE) return false;
  let entropy = 0;
  for (let k = 0; k < seenCount; k++) {
    const f = charCounts[seenOrder[k]!]! / s.length;
    entropy -= f * Math.log2(f);
  }
  if (entropy < opts.entropy) return false;
  const maxWordlike = s.length >= MAX_WORDLIKE_SHARE.longFrom ? MAX_WORDLIKE_SHARE.long : MAX_WORDLIKE_SHARE.short;
  if (!opts.hex && wordlikeShare(s) > maxWordlike) return false;
  return true;
}

/** Share of characters in word-like runs: `Access`, `token`, `PROVIDER` (capitalised or lower case 4+, upper case 5+). */
function wordlikeShare(s: string): number {
  let n = 0;
  for (const m of s.matchAll(/[A-Z][a-z]{3,}|[a-z]{4,}|[A-Z]{5,}/g)) n += m[0].length;
  return n / s.length;
}

function match(kind: SecretKind, detector: string, text: string, start: number, end: number): SecretMatch {
  const m: SecretMatch = { kind, detector, start, end, value: new Secret(text.slice(start, end)) };
  const name = assignedName(text, start);
  if (name) m.name = name;
  return m;
}

const ASSIGNMENT_BEFORE = /([A-Za-z_$][\w.$-]*)\\?["'`]?\]?[ \t]*(?:=>|:=|[=:(,>])[ \t]*(?:\\?["'`])?$/;

/** The name a value is assigned to on its own line (`access_token=`, `"app_secret": "`), if any. */
function assignedName(text: string, start: number): string | undefined {
  const from = Math.max(0, start - 120);
  const before = text.slice(from, start);
  const nl = before.lastIndexOf('\n');
  if (nl !== -1) return ASSIGNMENT_BEFORE.exec(before.slice(nl + 1))?.[1];
  return ASSIGNMENT_BEFORE.exec(before)?.[1];
}

function resolveOverlaps(found: SecretMatch[]): SecretMatch[] {
  if (found.length <= 1) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SecretMatch[] = [];
  let cluster: SecretMatch[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) {
      out.push(cluster[0] as SecretMatch);
    } else if (cluster.length > 1) {
      const ranked = [...cluster].sort(
        (a, b) => b.end - b.start - (a.end - a.start) || KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind] || a.start - b.start,
      );
      const kept: SecretMatch[] = [];
      for (const m of ranked) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
      pushAll(out, kept.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const m of found) {
    if (m.start >= clusterEnd) flush();
    cluster.push(m);
    clusterEnd = Math.max(clusterEnd, m.end);
  }
  flush();
  return out;
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHexCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function isUrlSafe(c: number): boolean {
  return isAlnum(c) || c === 0x2d || c === 0x5f;
}
function isWordChar(c: number): boolean {
  return isAlnum(c) || c === 0x5f;
}
/** Whether text[from, to) is letters, digits and `_` only. */
function isWordRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWordChar(text.charCodeAt(i))) return false;
  return true;
}
function isNameChar(c: number): boolean {
  return isAlnum(c) || c === 0x5f || c === 0x2e || c === 0x2d;
}
