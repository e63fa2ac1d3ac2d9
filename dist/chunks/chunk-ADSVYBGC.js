import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);

// src/secrets/secret.ts
import { inspect } from "node:util";
function redact(value) {
  return `${value.slice(0, 4)}…(${value.length} chars)`;
}
var VALUE = /* @__PURE__ */ Symbol("secret-value");
var Secret = class {
  [VALUE];
  constructor(value) {
    this[VALUE] = value;
  }
  reveal() {
    return this[VALUE];
  }
  get length() {
    return this[VALUE].length;
  }
  toString() {
    return redact(this[VALUE]);
  }
  toJSON() {
    return redact(this[VALUE]);
  }
  [inspect.custom]() {
    return `Secret(${redact(this[VALUE])})`;
  }
};

// src/secrets/detect.ts
var MIN_ACCESS_TOKEN_BODY = 32;
var SQUARE_TOKEN_MAX_LENGTH = 80;
var MIN_TOKEN_ENTROPY = 3.5;
var MIN_HEX_ENTROPY = 3;
var MAX_WORDLIKE_SHARE = { short: 0.75, long: 0.6, longFrom: 100 };
var MAX_REPEAT = 6;
var MAX_SEQUENTIAL_SHARE = 0.3;
var APP_ID_DIGITS = { min: 15, max: 18 };
var APP_TOKEN_SECRET_LENGTH = { min: 27, max: 40 };
var MIN_DECLARED_LENGTH = 8;
var MAX_NAME = 80;
var BLOCK_LINES_UP = 30;
var BLOCK_LINES_DOWN = 10;
var MAX_CONTEXT_LINE = 2e3;
var META_WORDS = /* @__PURE__ */ new Set(["facebook", "fb", "meta", "graph", "instagram", "whatsapp", "messenger", "threads"]);
var VENDOR_WORDS = new Set(
  "stripe github gitlab slack aws amazon azure google gcp firebase twilio sendgrid mailgun mailchimp mandrill shopify paypal braintree square twitter tiktok linkedin snapchat pinterest discord telegram dropbox box heroku netlify vercel cloudflare algolia pusher contentful sentry datadog newrelic segment mixpanel amplitude intercom zendesk hubspot salesforce okta auth0 jwt recaptcha hcaptcha openai anthropic spotify twitch youtube vimeo nexmo vonage plaid adyen mollie klarna razorpay paystack flutterwave".split(" ")
);
var FILE_CONTEXT = /facebook|instagram|whatsapp|\b(?:fb|meta|graph)[_.-]?(?:app|api|sdk|graph|token|access|business|login|pixel)/i;
var KIND_PRIORITY = {
  "declared-secret": 4,
  "app-access-token": 3,
  "app-or-client-token": 3,
  "access-token": 2,
  "instagram-token": 2,
  "instagram-basic-display-token": 2,
  "threads-token": 2,
  "app-secret": 1
};
function detectSecrets(text, ctx) {
  const found = [];
  for (const d of DETECTORS) d.find(text, ctx, found);
  return resolveOverlaps(found);
}
function secretNeedles(ctx) {
  return DETECTORS.flatMap((d) => d.needles(ctx));
}
function metaCredentialShapes(text) {
  const out = [];
  for (const f of TOKEN_FAMILIES) findPrefixedTokens(f, text, out);
  findAppAccessTokens(text, out);
  findAppSecrets(text, { path: "" }, out, true);
  return out;
}
var ACCESS_TOKEN_ID = "meta-access-token";
var INSTAGRAM_TOKEN_ID = "instagram-access-token";
var THREADS_TOKEN_ID = "threads-access-token";
var EA_FAMILY = {
  id: ACCESS_TOKEN_ID,
  anchors: ["EA"],
  prefix: 3,
  body: isAlnum,
  kindOf: (text, i) => isUpper(text.charCodeAt(i + 2)) ? "access-token" : void 0
};
var IG_FAMILY = {
  id: INSTAGRAM_TOKEN_ID,
  anchors: ["IGAA", "IGQV", "IGQW"],
  prefix: 4,
  body: isUrlSafe,
  kindOf: (text, i) => text.startsWith("IGAA", i) ? "instagram-token" : "instagram-basic-display-token"
};
var TH_FAMILY = {
  id: THREADS_TOKEN_ID,
  anchors: ["THAA", "THQV", "THQW"],
  prefix: 4,
  body: isUrlSafe,
  kindOf: () => "threads-token"
};
function findPrefixedTokens(family, text, out) {
  for (const anchor of family.anchors) {
    let i = text.indexOf(anchor);
    while (i !== -1) {
      let j = i + anchor.length;
      while (j < text.length && family.body(text.charCodeAt(j))) j++;
      const kind = j - i - family.prefix >= MIN_ACCESS_TOKEN_BODY && boundaryBefore(text, i) ? family.kindOf(text, i) : void 0;
      if (kind && isPrefixedToken(text, i, j, family.prefix)) out.push(match(kind, family.id, text, i, j));
      i = text.indexOf(anchor, Math.max(j, i + 1));
    }
  }
}
function isPrefixedToken(text, start, end, prefix) {
  const next = text.charCodeAt(end);
  if (next === 43 || next === 47) return false;
  if (next === 61 && !isAlnum(text.charCodeAt(end + 1))) return false;
  const prev = text.charCodeAt(start - 1);
  if ((prev === 45 || prev === 95) && (next === 45 || next === 95 || !isAlnum(text.charCodeAt(start + 4)))) return false;
  if ((prev === 45 || prev === 95) && text.charCodeAt(start) !== 69) return false;
  const value = text.slice(start, end);
  if (value.startsWith("EAAA") && value.length <= SQUARE_TOKEN_MAX_LENGTH) return false;
  const body = value.slice(prefix).replace(/[-_]/g, "");
  if (!looksRandom(body, { entropy: MIN_TOKEN_ENTROPY, classes: 3 })) return false;
  if (isWordBuilt(body)) return false;
  return !inBase64Block(text, start, end);
}
var PLACEHOLDER_WORDS = new Set(
  "access token tokens test testing tests code your here insert replace paste placeholder example sample demo dummy fake mock facebook faceb00k instagram threads graph page user app secret long lived short valid real for the and with from this goes value key string default generated dev prod production staging local todo changeme change put enter get generate copy system business client".split(" ")
);
function isWordBuilt(body) {
  let words = 0;
  for (const m of body.matchAll(/[A-Z]?[a-z]+/g)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || !PLACEHOLDER_WORDS.has(w)) continue;
    if (w.length >= 5 || ++words >= 2) return true;
  }
  return false;
}
function inBase64Block(text, start, end) {
  const n = text.length;
  let ls = start;
  while (ls > 0 && isBlank(text.charCodeAt(ls - 1))) ls--;
  if (ls > 0 && text.charCodeAt(ls - 1) !== 10) return false;
  let le = end;
  while (le < n && isBlank(text.charCodeAt(le))) le++;
  if (le < n && text.charCodeAt(le) !== 10) return false;
  const prevLine = ls > 0 ? text.slice(Math.max(0, ls - 201), ls - 1).split("\n").pop().trim() : "";
  const nextLine = le < n ? text.slice(le + 1, le + 201).split("\n")[0].trim() : "";
  return isBase64Line(prevLine) || isBase64Line(nextLine);
}
function isBlank(c) {
  return c === 32 || c === 9 || c === 13;
}
function isBase64Line(line) {
  return line.length >= 40 && /^[A-Za-z0-9+/]+={0,2}$/.test(line) && /[+/]/.test(line);
}
var APP_TOKEN_ID = "meta-app-access-token";
function findAppAccessTokens(text, out) {
  const min = APP_ID_DIGITS.min;
  const n = text.length;
  for (let i = min - 1; i < n; i += min) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let s = i;
    while (s > 0 && isDigit(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < n && isDigit(text.charCodeAt(e))) e++;
    if (e - s >= min) {
      const c = text.charCodeAt(e);
      if (c === 124) tryAppToken(text, e, 1, out);
      else if (c === 37 && text.charCodeAt(e + 1) === 55) {
        const x = text.charCodeAt(e + 2);
        if (x === 67 || x === 99) tryAppToken(text, e, 3, out);
      }
    }
    while (i + min < e) i += min;
  }
}
function tryAppToken(text, sep, sepLength, out) {
  if (!isDigit(text.charCodeAt(sep - 1))) return;
  let k = sep - 1;
  while (k > 0 && isDigit(text.charCodeAt(k - 1)) && sep - k <= APP_ID_DIGITS.max) k--;
  const digits = sep - k;
  if (digits < APP_ID_DIGITS.min || digits > APP_ID_DIGITS.max || !boundaryBefore(text, k)) return;
  const s = sep + sepLength;
  let e = s;
  while (e < text.length && isUrlSafe(text.charCodeAt(e)) && e - s <= APP_TOKEN_SECRET_LENGTH.max) e++;
  const secret = text.slice(s, e);
  const after = text.charCodeAt(e);
  if (isUrlSafe(after) || after === 43 || after === 47) return;
  if (isHex32(secret)) {
    out.push(match("app-or-client-token", APP_TOKEN_ID, text, k, e));
    return;
  }
  if (secret.length < APP_TOKEN_SECRET_LENGTH.min || secret.length > APP_TOKEN_SECRET_LENGTH.max) return;
  if (!looksRandom(secret.replace(/[-_]/g, ""), { entropy: MIN_HEX_ENTROPY, classes: 2 })) return;
  out.push(match("app-access-token", APP_TOKEN_ID, text, k, e));
}
var APP_SECRET_ID = "meta-app-secret";
var ASSIGNED_HEX = /\\?["'`]?\]?[ \t]{0,20}(?:=>|:=|<-|[=:,(>]|[ \t])\s{0,20}(?:value\s*=\s*)?\\?["'`]?([0-9A-Fa-f]{32})(?![0-9A-Za-z_+/=-])/y;
function findAppSecrets(text, ctx, out, anyContext = false) {
  if (!hasHexRun32(text)) return;
  const hits = secretWords(text);
  const metaLines = new MetaLines(text, ctx.appId);
  let fileContext;
  let skipUntil = -1;
  for (const p of hits) {
    if (p < skipUntil) continue;
    let ns = p;
    while (ns > 0 && p - ns < MAX_NAME && isNameChar(text.charCodeAt(ns - 1))) ns--;
    let ne = p + 6;
    while (ne < text.length && ne - p < MAX_NAME && isNameChar(text.charCodeAt(ne))) ne++;
    while (ne > p + 6 && (text[ne - 1] === "." || text[ne - 1] === "-")) ne--;
    skipUntil = ne;
    ASSIGNED_HEX.lastIndex = ne;
    const a = ASSIGNED_HEX.exec(text);
    if (!a || a[1] === void 0) continue;
    const value = a[1];
    const vs = ASSIGNED_HEX.lastIndex - value.length;
    if (!isHex32(value)) continue;
    const name = text.slice(ns, ne);
    const meta = anyContext || hasMetaWord(name, ctx.appId) || // Another vendor's name (`STRIPE_WEBHOOK_SECRET`): its block or file being Meta's does not make it Meta's.
    !hasVendorWord(name) && (blockHasMeta(metaLines, p) || (fileContext ??= fileHasMeta(text, ctx)));
    if (!meta) continue;
    out.push({ ...match("app-secret", APP_SECRET_ID, text, vs, vs + 32), name });
    skipUntil = vs + 32;
  }
}
function secretWords(text) {
  const hits = [];
  for (let i = text.indexOf("cret"); i !== -1; i = text.indexOf("cret", i + 4)) {
    if (i >= 2 && text[i - 1] === "e" && (text[i - 2] === "s" || text[i - 2] === "S")) hits.push(i - 2);
  }
  const lower = hits.length;
  for (let i = text.indexOf("CRET"); i !== -1; i = text.indexOf("CRET", i + 4)) {
    if (i >= 2 && text[i - 1] === "E" && text[i - 2] === "S") hits.push(i - 2);
  }
  if (hits.length > lower && lower > 0) hits.sort((a, b) => a - b);
  return hits;
}
function hasHexRun32(text) {
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
function isHex32(s) {
  if (s.length !== 32 || !/^(?:[0-9a-f]{32}|[0-9A-F]{32})$/.test(s)) return false;
  return !isHexPlaceholder(s);
}
function isHexPlaceholder(s) {
  if (/^[0-9]+$/.test(s) || /^[a-fA-F]+$/.test(s)) return true;
  let run = 1;
  let seq = 1;
  let lastStep = 0;
  for (let i = 1; i < s.length; i++) {
    const step = s.charCodeAt(i) - s.charCodeAt(i - 1);
    run = step === 0 ? run + 1 : 1;
    if (run >= MAX_REPEAT) return true;
    seq = step === 1 || step === -1 ? step === lastStep ? seq + 1 : 2 : 1;
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
function fileHasMeta(text, ctx) {
  if (hasMetaWord(ctx.path, ctx.appId)) return true;
  const id = ctx.appId?.replace(/\D/g, "") ?? "";
  if (id.length >= 5 && new RegExp(`(?<![0-9])${id}(?![0-9])`).test(text)) return true;
  return FILE_CONTEXT.test(text);
}
var Lines = class {
  constructor(text) {
    this.text = text;
  }
  text;
  nl;
  index() {
    if (!this.nl) {
      const nl = [];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) nl.push(i);
      this.nl = nl;
    }
    return this.nl;
  }
  /** Number of lines (a text without newline has one). */
  get count() {
    return this.index().length + 1;
  }
  /** 0-based line of a position. */
  lineOf(pos) {
    const nl = this.index();
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (nl[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  start(line) {
    return line === 0 ? 0 : this.index()[line - 1] + 1;
  }
  end(line) {
    const nl = this.index();
    return line < nl.length ? nl[line] : this.text.length;
  }
  /** The line's first `max` characters. */
  head(line, max = MAX_CONTEXT_LINE) {
    const s = this.start(line);
    return this.text.slice(s, Math.min(this.end(line), s + max));
  }
};
var MetaLines = class {
  constructor(text, appId) {
    this.text = text;
    this.appId = appId;
    this.lines = new Lines(text);
  }
  text;
  appId;
  lines;
  memo = /* @__PURE__ */ new Map();
  has(line) {
    let v = this.memo.get(line);
    if (v === void 0) {
      v = hasMetaWord(this.text.slice(this.lines.start(line), this.lines.end(line)), this.appId);
      this.memo.set(line, v);
    }
    return v;
  }
};
function blockHasMeta(meta, pos) {
  const lines = meta.lines;
  const at = lines.lineOf(pos);
  if (meta.has(at)) return true;
  const base = indentOf(lines.head(at));
  let minIndent = base;
  let siblings = true;
  for (let n = 0, ln = at - 1; n < BLOCK_LINES_UP && ln >= 0; n++, ln--) {
    const l = lines.head(ln);
    if (l.trim() === "") {
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
    if (l.trim() === "") {
      if (base === 0) break;
      continue;
    }
    if (indentOf(l) < base || /^\s*\[[^\]]*\]\s*$/.test(l)) break;
    if (meta.has(ln)) return true;
  }
  return false;
}
function indentOf(line) {
  const m = /^[ \t]*/.exec(line);
  return m ? m[0].length : 0;
}
function hasMetaWord(s, appId) {
  for (const w of s.matchAll(/[A-Za-z0-9]+/g)) {
    const word = w[0];
    if (appId && word === appId) return true;
    if (word.length < 2 || isValueLike(word)) continue;
    for (const part of word.matchAll(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g)) {
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
function hasVendorWord(name) {
  for (const part of name.matchAll(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g)) if (VENDOR_WORDS.has(part[0].toLowerCase())) return true;
  return false;
}
function isValueLike(word) {
  if (word.length >= 8 && /^[0-9a-fA-F]+$/.test(word) && /\d/.test(word) && /[a-fA-F]/.test(word)) return true;
  return word.length >= 16 && /\d/.test(word) && wordlikeShare(word) < 0.5;
}
var DECLARED_ID = "declared-secret-value";
function findDeclared(text, ctx, out) {
  for (const d of ctx.declared ?? []) {
    const v = d.value.reveal();
    if (v.length < MIN_DECLARED_LENGTH) continue;
    for (let p = text.indexOf(v); p !== -1; p = text.indexOf(v, p + v.length)) {
      out.push({ kind: "declared-secret", detector: DECLARED_ID, start: p, end: p + v.length, value: new Secret(v), name: d.name });
    }
  }
}
var UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
var TOKEN_FAMILIES = [EA_FAMILY, IG_FAMILY, TH_FAMILY];
var DETECTORS = [
  {
    id: ACCESS_TOKEN_ID,
    kind: "access-token",
    description: `User, page and system-user access tokens: \`EA\` + an upper-case letter + ${MIN_ACCESS_TOKEN_BODY}+ random-looking alphanumerics at a word boundary, not built of words.`,
    find: (text, _ctx, out) => findPrefixedTokens(EA_FAMILY, text, out),
    // `EA`, then the upper-case letter and the body: EA_FAMILY's run of MIN_ACCESS_TOKEN_BODY after its
    // 3-character prefix. (`EACCES`, `EAGAIN`, `EADDRINUSE` fill a Node.js checkout; none is a token.)
    needles: () => [{ text: "EA", after: UPPER, alnumAfter: MIN_ACCESS_TOKEN_BODY + 1 }]
  },
  {
    id: INSTAGRAM_TOKEN_ID,
    kind: "instagram-token",
    description: `Instagram tokens: \`IGAA\` (Instagram Login), \`IGQV\`/\`IGQW\` (Basic Display) + ${MIN_ACCESS_TOKEN_BODY}+ random-looking url-safe characters.`,
    find: (text, _ctx, out) => findPrefixedTokens(IG_FAMILY, text, out),
    needles: () => IG_FAMILY.anchors.map((text) => ({ text }))
  },
  {
    id: THREADS_TOKEN_ID,
    kind: "threads-token",
    description: `Threads tokens: \`THAA\`, \`THQV\`, \`THQW\` + ${MIN_ACCESS_TOKEN_BODY}+ random-looking url-safe characters.`,
    find: (text, _ctx, out) => findPrefixedTokens(TH_FAMILY, text, out),
    needles: () => TH_FAMILY.anchors.map((text) => ({ text }))
  },
  {
    id: APP_TOKEN_ID,
    kind: "app-access-token",
    description: "App access tokens: a 15-18 digit app id, `|` or `%7C`, and a 32-hex app secret or a 27-40 character url-safe secret.",
    find: (text, _ctx, out) => findAppAccessTokens(text, out),
    // At least APP_ID_DIGITS.min digits right before the separator (tryAppToken).
    needles: () => [{ digitsBefore: APP_ID_DIGITS.min, separators: ["|", "%7C", "%7c"] }]
  },
  {
    id: APP_SECRET_ID,
    kind: "app-secret",
    description: "App secrets: 32 hex assigned to a name that says secret, with facebook/fb/meta/graph/instagram/whatsapp or the app id in the name, block or file.",
    find: findAppSecrets,
    // A word `secret`/`Secret` or `SECRET` (secretWords), and the 32-hex value (a maximal run:
    // ASSIGNED_HEX) after it: the rest of the name (under MAX_NAME) and ASSIGNED_HEX's quotes, operator
    // and `value =` are at most 87 bytes that are not whitespace.
    needles: () => [{ all: [{ any: [{ text: "ecret" }, { text: "ECRET" }] }, { hexRun: 32, near: { texts: ["ecret", "ECRET"], within: 128 } }] }]
  },
  {
    id: DECLARED_ID,
    kind: "declared-secret",
    description: `The exact value of a declared token secret present in the environment (values of ${MIN_DECLARED_LENGTH}+ characters), anywhere.`,
    find: findDeclared,
    needles: (ctx) => (ctx.declared ?? []).map((d) => d.value.reveal()).filter((v) => v.length >= MIN_DECLARED_LENGTH).map((v) => ({ text: v }))
  }
];
function boundaryBefore(text, i) {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c === 43 || c === 47) return false;
  if (!isAlnum(c)) return true;
  if (i >= 3 && text[i - 3] === "%" && isHexCode(text.charCodeAt(i - 2)) && isHexCode(c)) return true;
  if (i >= 2 && text[i - 2] === "\\" && (c === 110 || c === 114 || c === 116)) return true;
  return false;
}
function looksRandom(s, opts) {
  if (s.length === 0) return false;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let run = 1;
  let sequential = 0;
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digit++;
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
  for (const n of counts.values()) {
    const f = n / s.length;
    entropy -= f * Math.log2(f);
  }
  if (entropy < opts.entropy) return false;
  const maxWordlike = s.length >= MAX_WORDLIKE_SHARE.longFrom ? MAX_WORDLIKE_SHARE.long : MAX_WORDLIKE_SHARE.short;
  if (!opts.hex && wordlikeShare(s) > maxWordlike) return false;
  return true;
}
function wordlikeShare(s) {
  let n = 0;
  for (const m of s.matchAll(/[A-Z][a-z]{3,}|[a-z]{4,}|[A-Z]{5,}/g)) n += m[0].length;
  return n / s.length;
}
function match(kind, detector, text, start, end) {
  const m = { kind, detector, start, end, value: new Secret(text.slice(start, end)) };
  const name = assignedName(text, start);
  if (name) m.name = name;
  return m;
}
var ASSIGNMENT_BEFORE = /([A-Za-z_$][\w.$-]*)\\?["'`]?\]?[ \t]*(?:=>|:=|[=:(,>])[ \t]*(?:\\?["'`])?$/;
function assignedName(text, start) {
  const from = Math.max(0, start - 120);
  const before = text.slice(from, start);
  const nl = before.lastIndexOf("\n");
  if (nl !== -1) return ASSIGNMENT_BEFORE.exec(before.slice(nl + 1))?.[1];
  return ASSIGNMENT_BEFORE.exec(before)?.[1];
}
function resolveOverlaps(found) {
  if (found.length <= 1) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let cluster = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) {
      out.push(cluster[0]);
    } else if (cluster.length > 1) {
      const ranked = [...cluster].sort(
        (a, b) => b.end - b.start - (a.end - a.start) || KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind] || a.start - b.start
      );
      const kept = [];
      for (const m of ranked) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
      out.push(...kept.sort((a, b) => a.start - b.start));
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
function isAlnum(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isUpper(c) {
  return c >= 65 && c <= 90;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isHexCode(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function isUrlSafe(c) {
  return isAlnum(c) || c === 45 || c === 95;
}
function isNameChar(c) {
  return isAlnum(c) || c === 95 || c === 46 || c === 45;
}

// src/secrets/redact.ts
function redactSecretsInText(text, ctx = { path: "" }) {
  const matches = detectSecrets(text, ctx);
  if (matches.length === 0) return text;
  let out = "";
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + redact(m.value.reveal());
    at = m.end;
  }
  return out + text.slice(at);
}
function secretRedactor(text, ctx) {
  const values = [...new Set(detectSecrets(text, ctx).map((m) => m.value.reveal()))].sort((a, b) => b.length - a.length);
  const head = Math.min(8, ...values.map((v) => v.length));
  const byHead = /* @__PURE__ */ new Map();
  for (const v of values) {
    const k = v.slice(0, head);
    const list = byHead.get(k);
    if (list) list.push(v);
    else byHead.set(k, [v]);
  }
  return (line) => {
    let out = line;
    if (values.length > 0 && line.length >= head) {
      out = "";
      let at = 0;
      for (let i = 0; i + head <= line.length; ) {
        const hit = byHead.get(line.slice(i, i + head))?.find((v) => line.startsWith(v, i));
        if (hit) {
          out += line.slice(at, i) + redact(hit);
          i += hit.length;
          at = i;
        } else i++;
      }
      out += line.slice(at);
    }
    return redactSecretsInText(out, ctx.declared ? { path: ctx.path, declared: ctx.declared } : { path: ctx.path });
  };
}
var MIN_META_BODY = 20;
var MIN_DECLARED = 8;
var isB62 = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isUpperOrDigit = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90;
var isB62Dash = (c) => isB62(c) || c === 45;
var isUrlSafe2 = (c) => isB62(c) || c === 45 || c === 95;
var isB62Under = (c) => isB62(c) || c === 95;
var VENDORS = {
  sk_live_: { kind: "stripe-key", body: isB62, min: 10, max: 255 },
  sk_test_: { kind: "stripe-key", body: isB62, min: 10, max: 255 },
  rk_live_: { kind: "stripe-key", body: isB62, min: 10, max: 255 },
  rk_test_: { kind: "stripe-key", body: isB62, min: 10, max: 255 },
  whsec_: { kind: "stripe-webhook-secret", body: isB62, min: 24, max: 128 },
  ghp_: { kind: "github-token", body: isB62, min: 30, max: 255 },
  gho_: { kind: "github-token", body: isB62, min: 30, max: 255 },
  ghu_: { kind: "github-token", body: isB62, min: 30, max: 255 },
  ghs_: { kind: "github-token", body: isB62, min: 30, max: 255 },
  ghr_: { kind: "github-token", body: isB62, min: 30, max: 255 },
  github_pat_: { kind: "github-token", body: isB62Under, min: 22, max: 255 },
  "xoxa-": { kind: "slack-token", body: isB62Dash, min: 10, max: 255 },
  "xoxb-": { kind: "slack-token", body: isB62Dash, min: 10, max: 255 },
  "xoxp-": { kind: "slack-token", body: isB62Dash, min: 10, max: 255 },
  "xoxr-": { kind: "slack-token", body: isB62Dash, min: 10, max: 255 },
  "xoxs-": { kind: "slack-token", body: isB62Dash, min: 10, max: 255 },
  "xoxe-": { kind: "slack-token", body: isB62Dash, min: 10, max: 255 },
  AKIA: { kind: "aws-access-key", body: isUpperOrDigit, min: 16, max: 16 },
  ASIA: { kind: "aws-access-key", body: isUpperOrDigit, min: 16, max: 16 },
  AIza: { kind: "google-api-key", body: isUrlSafe2, min: 35, max: 35 }
};
var VENDOR_PREFIX = new RegExp(
  `${Object.keys(VENDORS).map((k) => k.replace(/[-_]/g, (c) => `\\${c}`)).join("|")}|-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----`,
  "g"
);
var KEY_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----/g;
function findCredentialSpans(text, declared) {
  const spans = [];
  for (const m of metaCredentialShapes(text)) spans.push({ start: m.start, end: m.end, kind: m.detector });
  metaRuns(text, spans);
  vendorShapes(text, spans);
  for (const v of declared ?? []) {
    if (v.length < MIN_DECLARED) continue;
    for (let p = text.indexOf(v); p !== -1; p = text.indexOf(v, p + v.length)) {
      spans.push({ start: p, end: p + v.length, kind: "declared-secret" });
    }
  }
  return mergeSpans(spans);
}
function metaRuns(text, out) {
  for (const m of text.matchAll(LONG_URL_SAFE_RUN)) metaInRun(text, m.index, m.index + m[0].length, out);
}
var LONG_URL_SAFE_RUN = new RegExp(`(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{${2 + MIN_META_BODY},}`, "g");
var UPPER_BIT = 1;
var LOWER_BIT = 2;
var DIGIT_BIT = 4;
var ALL_BITS = 7;
function classBit(c) {
  if (c >= 65 && c <= 90) return UPPER_BIT;
  if (c >= 97 && c <= 122) return LOWER_BIT;
  if (c >= 48 && c <= 57) return DIGIT_BIT;
  return 0;
}
function metaInRun(text, rs, re, out) {
  const suffix = new Uint8Array(re - rs + 1);
  for (let k = re - 1; k >= rs; k--) suffix[k - rs] = suffix[k - rs + 1] | classBit(text.charCodeAt(k));
  let covered = rs;
  const tryAt = (s) => {
    if (s < covered || re - s < 2 + MIN_META_BODY) return;
    const c0 = text.charCodeAt(s);
    const c1 = text.charCodeAt(s + 1);
    const c2 = text.charCodeAt(s + 2);
    if (c0 === 69 && c1 === 65 && c2 >= 65 && c2 <= 90) {
      let e = s + 3;
      let bits = 0;
      while (e < re && isB62(text.charCodeAt(e))) bits |= classBit(text.charCodeAt(e++));
      if (e - s - 3 >= MIN_META_BODY && bits === ALL_BITS) {
        out.push({ start: s, end: e, kind: "meta-access-token" });
        covered = e;
      }
      return;
    }
    const kind = c0 === 73 && c1 === 71 ? "instagram-access-token" : c0 === 84 && c1 === 72 ? "threads-access-token" : void 0;
    if (kind && re - s - 2 >= MIN_META_BODY && suffix[s + 2 - rs] === ALL_BITS) {
      out.push({ start: s, end: re, kind });
      covered = re;
    }
  };
  tryAt(rs);
  if (rs > 0 && text[rs - 1] === "%") tryAt(rs + 2);
  if (rs > 0 && text[rs - 1] === "\\") tryAt(rs + 1);
  for (let k = rs; k < re && covered < re; k++) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 95) tryAt(k + 1);
  }
}
function vendorShapes(text, out) {
  const n = text.length;
  let keyEnd = -2;
  let keyEndAt = -1;
  VENDOR_PREFIX.lastIndex = 0;
  for (let m = VENDOR_PREFIX.exec(text); m !== null; m = VENDOR_PREFIX.exec(text)) {
    const start = m.index;
    const after = start + m[0].length;
    if (m[0].startsWith("-----BEGIN")) {
      if (keyEnd !== -1 && keyEnd < after) {
        KEY_END.lastIndex = after;
        const k = KEY_END.exec(text);
        keyEnd = k ? k.index : -1;
        keyEndAt = k ? k.index + k[0].length : -1;
      }
      let end;
      if (keyEnd !== -1) end = keyEndAt;
      else {
        let le = text.indexOf("\n", after);
        end = le === -1 ? n : le;
        for (let pos = end + 1; pos < n; pos = le + 1) {
          le = text.indexOf("\n", pos);
          if (le === -1) le = n;
          const line = text.slice(pos, le).trim();
          if (line === "" || !/^[A-Za-z0-9+/=]+$/.test(line)) break;
          end = le;
        }
      }
      out.push({ start, end, kind: "private-key" });
      VENDOR_PREFIX.lastIndex = Math.max(end, after);
      continue;
    }
    const shape = VENDORS[m[0]];
    if (!shape) continue;
    let e = after;
    while (e < n && e - after < shape.max && shape.body(text.charCodeAt(e))) e++;
    if (e - after >= shape.min) {
      out.push({ start, end: e, kind: shape.kind });
      VENDOR_PREFIX.lastIndex = e;
    }
  }
}
function mergeSpans(spans) {
  if (spans.length <= 1) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}

export {
  redact,
  Secret,
  detectSecrets,
  secretNeedles,
  isHex32,
  looksRandom,
  redactSecretsInText,
  secretRedactor,
  findCredentialSpans
};
