import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  Secret,
  redact
} from "./chunk-DJ63XFNF.js";

// src/graph/snapshot.ts
import { createHash } from "node:crypto";

// src/graph/client.ts
import { createHmac } from "node:crypto";
var GraphError = class extends Error {
  constructor(kind, endpoint, reason, details = {}) {
    super(`${endpoint}: ${reason}`);
    this.kind = kind;
    this.endpoint = endpoint;
    this.reason = reason;
    this.details = details;
    this.name = "GraphError";
  }
  kind;
  endpoint;
  reason;
  details;
  get code() {
    return this.details.code;
  }
  get subcode() {
    return this.details.subcode;
  }
  get status() {
    return this.details.status;
  }
  /** Throttles, 5xx, network errors, timeouts and malformed bodies are retried. */
  get retryable() {
    return this.kind === "throttle" || this.kind === "server" || this.kind === "network" || this.kind === "timeout" || this.kind === "bad-response";
  }
};
function appsecretProof(accessToken, appSecret) {
  return createHmac("sha256", appSecret).update(accessToken).digest("hex");
}
var THROTTLE_CODES = /* @__PURE__ */ new Set([4, 17, 32, 341, 613]);
function isThrottleCode(code) {
  return code !== void 0 && (THROTTLE_CODES.has(code) || code >= 8e4 && code <= 80014);
}
var BASE_BACKOFF_MS = 1e3;
var MAX_BACKOFF_MS = 3e4;
var MAX_BATCH = 50;
var MAX_PAGES = 1e3;
var GraphClient = class {
  /** HTTP requests sent so far, retries included. */
  roundTrips = 0;
  budgetMs;
  base;
  /** Path of the base URL without a trailing slash ('' for an origin). */
  basePath;
  version;
  token;
  appSecret;
  appId;
  requestTimeoutMs;
  maxRetries;
  fetchImpl;
  sleepImpl;
  now;
  random;
  debugImpl;
  deadline;
  /** Every secret value this client has handled, for scrubbing text that Graph echoes back. */
  secrets = /* @__PURE__ */ new Set();
  pauseUntil = 0;
  usageStrikes = 0;
  lastRegainMs = 0;
  constructor(opts) {
    let base;
    try {
      base = new URL(opts.baseUrl);
    } catch {
      throw new Error(`Graph URL is not a URL: ${opts.baseUrl}`);
    }
    if (base.protocol !== "https:" && base.protocol !== "http:") {
      throw new Error(`Graph URL must be http(s): ${opts.baseUrl}`);
    }
    if (!/^v\d+\.\d+$/.test(opts.version)) throw new Error(`Graph API version must look like v26.0: ${opts.version}`);
    base.search = "";
    base.hash = "";
    this.base = base;
    this.basePath = base.pathname.replace(/\/+$/, "");
    this.version = opts.version;
    this.token = opts.token;
    this.appSecret = opts.appSecret;
    this.appId = opts.appId;
    this.requestTimeoutMs = opts.requestTimeoutMs ?? 15e3;
    this.budgetMs = opts.budgetMs ?? 6e4;
    this.maxRetries = opts.maxRetries ?? 5;
    this.fetchImpl = opts.fetch ?? globalThis.fetch;
    this.sleepImpl = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.debugImpl = opts.debug;
    this.deadline = this.now() + this.budgetMs;
    this.remember(opts.token);
    if (opts.appSecret) this.remember(opts.appSecret);
    const app = this.appToken();
    if (app) this.remember(app);
  }
  /** The app access token `{app-id}|{app-secret}`, when both are known. */
  appToken() {
    if (!this.appId || !this.appSecret) return void 0;
    return new Secret(`${this.appId}|${this.appSecret.reveal()}`);
  }
  /** Whether debug_token calls are possible (they need the app id and the app secret). */
  get canDebugTokens() {
    return this.appToken() !== void 0;
  }
  /** GET one object or page. */
  async get(path, params = {}) {
    const { url, endpoint } = this.buildUrl(path, params);
    return this.request({ method: "GET", url, endpoint, token: this.token }, expectObject);
  }
  /** GET every item of an edge, following `paging.next` until it is absent (same origin only). */
  async getAll(path, params = {}) {
    const first = this.buildUrl(path, params);
    const out = [];
    let url = first.url;
    const seen = /* @__PURE__ */ new Set();
    for (let page = 0; page < MAX_PAGES; page++) {
      const body = await this.request({ method: "GET", url, endpoint: first.endpoint, token: this.token }, expectPage);
      out.push(...body.data);
      const next = nextLink(body);
      if (next === void 0) return out;
      url = this.checkNext(next, first.endpoint);
      if (seen.has(url.href)) throw new GraphError("bad-response", first.endpoint, "paging.next repeats a page");
      seen.add(url.href);
    }
    throw new GraphError("bad-response", first.endpoint, `more than ${MAX_PAGES} pages`);
  }
  /**
   * Turn a `paging.next` URL into a batch relative_url (version stripped, token parameters dropped).
   * Throws GraphError 'foreign-host' when it points anywhere but the configured Graph URL.
   */
  relativeFromNext(next, endpoint) {
    const url = this.checkNext(next, endpoint);
    let path = url.pathname;
    if (this.basePath && path.startsWith(this.basePath + "/")) path = path.slice(this.basePath.length);
    path = path.replace(/^\/v\d+\.\d+(?=\/)/, "").replace(/^\/+/, "");
    return path + url.search;
  }
  /**
   * Run GETs through the batch endpoint, ≤ 50 per HTTP request. Null entries and retryable
   * per-item errors go again in a later batch, within the budget. Results are in input order.
   * Throws only when the client's own token is refused (kind 'token').
   */
  async batch(items) {
    const results = new Array(items.length);
    const lastError = new Array(items.length);
    let pending = items.map((_, i) => i);
    for (let round = 0; pending.length > 0; round++) {
      if (round > 0) {
        if (round > this.maxRetries) {
          for (const i of pending) results[i] = { ok: false, error: lastError[i] };
          break;
        }
        const wait = Math.max(this.backoff(round - 1), this.lastRegainMs);
        const over = this.overBudget(wait);
        if (over) {
          for (const i of pending) results[i] = { ok: false, error: budgetError(lastError[i], wait, this.budgetMs) };
          break;
        }
        this.log(`batch retry ${round} of ${pending.length} item(s) in ${Math.round(wait)} ms`);
        await this.sleepImpl(wait);
      }
      const again = [];
      for (let start = 0; start < pending.length; start += MAX_BATCH) {
        const chunk = pending.slice(start, start + MAX_BATCH);
        let answers;
        try {
          answers = await this.postBatch(chunk.map((i) => items[i]));
        } catch (e) {
          const err = asGraphError(e, "batch");
          if (err.kind === "token") throw err;
          for (const i of chunk) results[i] = { ok: false, error: err };
          continue;
        }
        chunk.forEach((i, j) => {
          const item = items[i];
          const endpoint = endpointOf(item.relative_url);
          const outcome = this.readBatchAnswer(answers[j], endpoint);
          if (outcome.ok) {
            results[i] = outcome;
          } else if (outcome.error.retryable) {
            lastError[i] = outcome.error;
            again.push(i);
          } else {
            results[i] = outcome;
          }
        });
      }
      pending = again;
    }
    return results.map((r) => r);
  }
  /** The batch item that asks debug_token about `token`, with the app token as access_token. */
  debugTokenItem(token) {
    const app = this.appToken();
    if (!app) throw new Error("debug_token needs the app id and GRAPHGUARD_APP_SECRET (the app token)");
    this.remember(token);
    return { relative_url: "debug_token", accessToken: app, secretParams: { input_token: token } };
  }
  /** debug_token for each token, batched; the app token is the access_token, never the token itself. */
  async debugTokens(tokens) {
    const results = await this.batch(tokens.map((t) => this.debugTokenItem(t)));
    const out = /* @__PURE__ */ new Map();
    tokens.forEach((t, i) => {
      const r = results[i];
      if (!r.ok) {
        out.set(t, r.error);
        return;
      }
      try {
        const info = parseDebugToken(r.body);
        if (info.error?.message) info.error.message = this.scrub(info.error.message);
        out.set(t, info);
      } catch (e) {
        out.set(t, asGraphError(e, "debug_token"));
      }
    });
    return out;
  }
  /** Replace every secret this client knows (and their proofs) with the redacted form. */
  scrub(text) {
    let out = text;
    for (const s of this.secrets) {
      if (s.length >= 4 && out.includes(s)) out = out.split(s).join(redact(s));
    }
    return out;
  }
  // ---- internals ----
  remember(secret) {
    const value = secret.reveal();
    if (!value) return;
    this.secrets.add(value);
    this.secrets.add(encodeURIComponent(value));
    if (this.appSecret) {
      const proof = appsecretProof(value, this.appSecret.reveal());
      this.secrets.add(proof);
    }
  }
  log(line) {
    if (this.debugImpl) this.debugImpl(`graph: ${this.scrub(line)}`);
  }
  buildUrl(path, params) {
    const clean = path.replace(/^\/+/, "").split("?")[0];
    const url = new URL(this.base.href);
    url.pathname = `${this.basePath}/${this.version}/${clean}`;
    for (const [k, v] of Object.entries(params)) {
      if (v === void 0) continue;
      if (v instanceof Secret) {
        this.remember(v);
        url.searchParams.set(k, v.reveal());
      } else url.searchParams.set(k, String(v));
    }
    return { url, endpoint: clean };
  }
  checkNext(next, endpoint) {
    let url;
    try {
      url = new URL(next);
    } catch {
      throw new GraphError("bad-response", endpoint, "paging.next is not a URL");
    }
    if (url.origin !== this.base.origin) {
      throw new GraphError("foreign-host", endpoint, `paging.next points at another host (${url.host}); not followed`);
    }
    url.searchParams.delete("access_token");
    url.searchParams.delete("appsecret_proof");
    return url;
  }
  /** Token parameters for a request: access_token plus appsecret_proof when the app secret is known. */
  tokenParams(token) {
    this.remember(token);
    const out = [["access_token", token.reveal()]];
    if (this.appSecret) out.push(["appsecret_proof", appsecretProof(token.reveal(), this.appSecret.reveal())]);
    return out;
  }
  backoff(attempt) {
    return this.random() * Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** attempt);
  }
  /** The ms a wait would overrun the budget by, or 0 when it fits. */
  overBudget(wait) {
    const over = this.now() + wait - this.deadline;
    return over > 0 ? over : 0;
  }
  async postBatch(chunk) {
    const shown = [];
    const batch = chunk.map((item) => {
      const [path, query = ""] = splitOnce(item.relative_url, "?");
      const sp = new URLSearchParams(query);
      const display = [...new URLSearchParams(query)].map(([k, v]) => `${k}=${v}`);
      for (const [k, v] of Object.entries(item.secretParams ?? {})) {
        this.remember(v);
        sp.set(k, v.reveal());
        display.push(`${k}=${String(v)}`);
      }
      if (item.accessToken) {
        for (const [k, v] of this.tokenParams(item.accessToken)) {
          sp.set(k, v);
          display.push(`${k}=${redact(v)}`);
        }
      }
      const qs = sp.toString();
      shown.push(display.length > 0 ? `${path}?${display.join("&")}` : path);
      return { method: "GET", relative_url: qs ? `${path}?${qs}` : path };
    });
    const url = new URL(this.base.href);
    url.pathname = `${this.basePath}/${this.version}/`;
    const debugBody = `batch[${chunk.length}]: ${shown.join(" , ")}`;
    return this.request(
      {
        method: "POST",
        url,
        endpoint: "batch",
        token: this.token,
        form: { batch: JSON.stringify(batch), include_headers: "false" },
        debugBody
      },
      (json, endpoint) => {
        if (!Array.isArray(json) || json.length !== chunk.length) {
          throw new GraphError("bad-response", endpoint, `batch answer is not an array of ${chunk.length}`);
        }
        return json;
      }
    );
  }
  readBatchAnswer(answer, endpoint) {
    if (answer === null || answer === void 0) {
      return { ok: false, error: new GraphError("server", endpoint, "the batch left this request unanswered (null entry)") };
    }
    if (typeof answer !== "object" || Array.isArray(answer)) {
      return { ok: false, error: new GraphError("bad-response", endpoint, "malformed batch entry") };
    }
    const a = answer;
    const status = typeof a.code === "number" ? a.code : Number(a.code);
    if (!Number.isFinite(status) || typeof a.body !== "string") {
      return { ok: false, error: new GraphError("bad-response", endpoint, "malformed batch entry") };
    }
    let body;
    try {
      body = JSON.parse(a.body);
    } catch {
      return { ok: false, error: new GraphError("bad-response", endpoint, "truncated or invalid JSON in batch entry", { status }) };
    }
    const err = this.errorFrom(status, body, endpoint);
    if (err) return { ok: false, error: err };
    if (!isObject(body)) return { ok: false, error: new GraphError("bad-response", endpoint, "batch entry body is not an object", { status }) };
    return { ok: true, status, body };
  }
  /** A GraphError for an error answer (status ≥ 400 or an `error` object), or undefined. */
  errorFrom(status, body, endpoint) {
    const e = isObject(body) && isObject(body.error) ? body.error : void 0;
    if (!e && status < 400) return void 0;
    if (!e) {
      if (status === 429) return new GraphError("throttle", endpoint, "throttled (HTTP 429)", { status });
      if (status >= 500) return new GraphError("server", endpoint, `server error (HTTP ${status})`, { status });
      return new GraphError("bad-response", endpoint, `HTTP ${status} without a Graph error body`, { status });
    }
    const code = toNumber(e.code);
    const subcode = toNumber(e.error_subcode);
    const fbtraceId = typeof e.fbtrace_id === "string" ? e.fbtrace_id : void 0;
    const message = typeof e.message === "string" ? this.scrub(e.message).slice(0, 200) : "";
    const details = { code, subcode, status, fbtraceId };
    const tag = `code ${code ?? "?"}${subcode !== void 0 ? `, subcode ${subcode}` : ""}`;
    if (code === 190 || code === 102) {
      return new GraphError("token", endpoint, `token invalid or expired (${tag})`, details);
    }
    if (isThrottleCode(code) || status === 429) return new GraphError("throttle", endpoint, `throttled (${tag})`, details);
    if (code === 1 || code === 2 || status >= 500) {
      return new GraphError("server", endpoint, `server error (HTTP ${status}, ${tag})`, details);
    }
    return new GraphError("permission", endpoint, `refused (${tag}${message ? `: ${message}` : ""})`, details);
  }
  readUsage(headers) {
    let full = false;
    let regainMs = 0;
    const parse = (name) => {
      const raw = headers.get(name);
      if (!raw) return void 0;
      try {
        return JSON.parse(raw);
      } catch {
        return void 0;
      }
    };
    const app = parse("x-app-usage");
    if (isObject(app)) {
      for (const v of Object.values(app)) if (typeof v === "number" && v >= 100) full = true;
    }
    const acct = parse("x-ad-account-usage");
    if (isObject(acct)) {
      if (typeof acct.acc_id_util_pct === "number" && acct.acc_id_util_pct >= 100) full = true;
      if (typeof acct.reset_time_duration === "number" && full) regainMs = Math.max(regainMs, acct.reset_time_duration * 1e3);
    }
    const buc = parse("x-business-use-case-usage");
    if (isObject(buc)) {
      for (const list of Object.values(buc)) {
        if (!Array.isArray(list)) continue;
        for (const entry of list) {
          if (!isObject(entry)) continue;
          for (const k of ["call_count", "total_cputime", "total_time"]) {
            const v = entry[k];
            if (typeof v === "number" && v >= 100) full = true;
          }
          const minutes = toNumber(entry.estimated_time_to_regain_access);
          if (minutes !== void 0 && minutes > 0) regainMs = Math.max(regainMs, minutes * 6e4);
        }
      }
    }
    return { full, regainMs };
  }
  /** One logical request: retries throttles, 5xx, network errors, timeouts and bad bodies within the budget. */
  async request(spec, parse) {
    let lastError;
    for (let attempt = 0; ; attempt++) {
      if (this.pauseUntil > this.now()) {
        const wait2 = this.pauseUntil - this.now();
        if (this.overBudget(wait2)) {
          throw budgetError(
            lastError ?? new GraphError("throttle", spec.endpoint, "usage headers at 100 %"),
            wait2,
            this.budgetMs
          );
        }
        this.log(`pausing ${Math.round(wait2)} ms: usage at its limit`);
        await this.sleepImpl(wait2);
      }
      const remaining = this.deadline - this.now();
      if (remaining <= 0) {
        throw budgetError(lastError ?? new GraphError("timeout", spec.endpoint, "no time left"), 0, this.budgetMs);
      }
      let error;
      let usage = { full: false, regainMs: 0 };
      try {
        const { status, text, headers } = await this.send(spec, Math.min(this.requestTimeoutMs, remaining));
        usage = this.readUsage(headers);
        this.lastRegainMs = usage.regainMs;
        let json;
        let parsed = true;
        try {
          json = JSON.parse(text);
        } catch {
          parsed = false;
        }
        if (!parsed) {
          error = status >= 500 ? new GraphError("server", spec.endpoint, `server error (HTTP ${status})`, { status }) : new GraphError("bad-response", spec.endpoint, "truncated or invalid JSON", { status });
        } else {
          const graphError = this.errorFrom(status, json, spec.endpoint);
          if (!graphError) {
            if (usage.full) this.notePressure(usage);
            else this.usageStrikes = 0;
            return parse(json, spec.endpoint);
          }
          error = graphError;
        }
      } catch (e) {
        error = asGraphError(e, spec.endpoint);
      }
      if (!error.retryable) throw error;
      lastError = error;
      if (attempt >= this.maxRetries) throw error;
      const wait = Math.max(this.backoff(attempt), error.kind === "throttle" ? usage.regainMs : 0);
      if (this.overBudget(wait)) throw budgetError(error, wait, this.budgetMs);
      this.log(`retry ${attempt + 1} of ${spec.method} ${spec.endpoint} in ${Math.round(wait)} ms: ${error.reason}`);
      await this.sleepImpl(wait);
    }
  }
  /** Usage at 100 % on a successful answer: hold the next request back (Meta: stop calling). */
  notePressure(usage) {
    const wait = Math.max(usage.regainMs, this.backoff(this.usageStrikes));
    this.usageStrikes++;
    this.pauseUntil = Math.max(this.pauseUntil, this.now() + wait);
  }
  async send(spec, timeoutMs) {
    const url = new URL(spec.url.href);
    const init = { method: spec.method, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) };
    const tokenParams = this.tokenParams(spec.token);
    if (spec.method === "GET") {
      for (const [k, v] of tokenParams) url.searchParams.set(k, v);
    } else {
      const form = new URLSearchParams(spec.form ?? {});
      for (const [k, v] of tokenParams) form.set(k, v);
      init.body = form.toString();
      init.headers = { "content-type": "application/x-www-form-urlencoded" };
    }
    this.roundTrips++;
    const started = this.now();
    this.log(`${spec.method} ${this.scrub(displayUrl(url))}${spec.debugBody ? ` ${spec.debugBody}` : ""}`);
    try {
      const res = await this.fetchImpl(url, init);
      const text = await res.text();
      this.log(`${res.status} ${spec.method} ${spec.endpoint} (${text.length} bytes, ${this.now() - started} ms)`);
      if (res.status >= 300 && res.status < 400) {
        throw new GraphError("bad-response", spec.endpoint, `unexpected redirect (HTTP ${res.status})`, { status: res.status });
      }
      return { status: res.status, text, headers: res.headers };
    } catch (e) {
      if (e instanceof GraphError) throw e;
      const name = e instanceof Error ? e.name : "";
      if (name === "TimeoutError" || name === "AbortError") {
        const within = timeoutMs < 1e3 ? `${Math.round(timeoutMs)} ms` : `${Math.round(timeoutMs / 1e3)} s`;
        throw new GraphError("timeout", spec.endpoint, `no answer within ${within}`);
      }
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause : void 0;
      const code = cause && "code" in cause ? String(cause.code) : "";
      throw new GraphError("network", spec.endpoint, `network error${code ? ` (${code})` : ""}`);
    }
  }
};
function displayUrl(url) {
  const parts = [];
  for (const [k, v] of url.searchParams) {
    parts.push(`${k}=${k === "access_token" || k === "appsecret_proof" || k === "input_token" ? redact(v) : v}`);
  }
  return `${url.origin}${url.pathname}${parts.length > 0 ? `?${parts.join("&")}` : ""}`;
}
function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}
function endpointOf(relativeUrl) {
  return splitOnce(relativeUrl, "?")[0].replace(/^\/+/, "");
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function toNumber(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return void 0;
}
function toId(v) {
  if (typeof v === "string" && v !== "") return v;
  if (typeof v === "number" && Number.isSafeInteger(v)) return String(v);
  return void 0;
}
function expectObject(json, endpoint) {
  if (!isObject(json)) throw new GraphError("bad-response", endpoint, "answer is not a JSON object");
  return json;
}
function expectPage(json, endpoint) {
  const obj = expectObject(json, endpoint);
  if (!Array.isArray(obj.data) || !obj.data.every(isObject)) {
    throw new GraphError("bad-response", endpoint, "answer has no data array");
  }
  return obj;
}
function nextLink(body) {
  const paging = body.paging;
  if (!isObject(paging)) return void 0;
  return typeof paging.next === "string" && paging.next !== "" ? paging.next : void 0;
}
function asGraphError(e, endpoint) {
  if (e instanceof GraphError) return e;
  return new GraphError("bad-response", endpoint, "unexpected failure while reading the answer");
}
function budgetError(cause, waitMs, budgetMs) {
  const budget = `${Math.round(budgetMs / 1e3)} s budget`;
  const ask = waitMs > 0 ? ` (the next try would wait ${Math.ceil(waitMs / 1e3)} s)` : "";
  const what = cause.kind === "throttle" ? cause.reason : `${cause.reason}, retried`;
  return new GraphError("budget", cause.endpoint, `${what} past the ${budget}${ask}`, {
    code: cause.code,
    subcode: cause.subcode,
    status: cause.status,
    waitMs
  });
}
function parseDebugToken(body) {
  const d = body.data;
  if (!isObject(d)) throw new GraphError("bad-response", "debug_token", "answer has no data object");
  const info = {
    isValid: d.is_valid === true,
    scopes: Array.isArray(d.scopes) ? d.scopes.filter((s) => typeof s === "string") : []
  };
  if (typeof d.type === "string") info.type = d.type;
  const appId = toId(d.app_id);
  if (appId) info.appId = appId;
  const userId = toId(d.user_id);
  if (userId) info.userId = userId;
  const expiresAt = toNumber(d.expires_at);
  if (expiresAt !== void 0) info.expiresAt = expiresAt;
  const issuedAt = toNumber(d.issued_at);
  if (issuedAt !== void 0) info.issuedAt = issuedAt;
  if (isObject(d.error)) {
    const err = {};
    const code = toNumber(d.error.code);
    const subcode = toNumber(d.error.subcode ?? d.error.error_subcode);
    if (code !== void 0) err.code = code;
    if (subcode !== void 0) err.subcode = subcode;
    if (typeof d.error.message === "string") err.message = d.error.message.slice(0, 200);
    info.error = err;
  }
  return info;
}

// src/graph/snapshot.ts
var LIVE_EDGES = [
  { type: "page", edge: "assigned_pages", label: "assigned pages" },
  { type: "catalog", edge: "assigned_product_catalogs", label: "assigned catalogs" },
  { type: "ad_account", edge: "assigned_ad_accounts", label: "assigned ad accounts" },
  {
    type: "whatsapp_business_account",
    edge: "assigned_whatsapp_business_accounts",
    label: "assigned WhatsApp Business accounts"
  }
];
var NOT_LIVE_CHECKED = ["instagram_account", "commerce_account", "pixel"];
var DEFAULT_GRAPH_API_VERSION = "v26.0";
var PAGE_LIMIT = 100;
var MAX_PAGE_ROUNDS = 100;
function secretHash(secret) {
  return createHash("sha256").update(secret.reveal()).digest("hex");
}
async function fetchLiveSnapshot(input) {
  const { manifest, env } = input;
  const tokenValue = env.GRAPHGUARD_GRAPH_TOKEN;
  if (!tokenValue) {
    throw new Error("GRAPHGUARD_GRAPH_TOKEN is not set: --live needs a token with business_management that reads the business.");
  }
  const appSecretValue = env.GRAPHGUARD_APP_SECRET || void 0;
  const appId = manifest.app?.id;
  const budgetMs = Math.max(0, input.timeoutSeconds) * 1e3;
  const client = new GraphClient({
    baseUrl: input.graphUrl,
    version: input.graphApiVersion ?? manifest.app?.graphApiVersion ?? DEFAULT_GRAPH_API_VERSION,
    token: new Secret(tokenValue),
    appSecret: appSecretValue ? new Secret(appSecretValue) : void 0,
    appId,
    budgetMs,
    requestTimeoutMs: input.requestTimeoutMs,
    fetch: input.fetch,
    sleep: input.sleep,
    now: input.now,
    random: input.random,
    debug: input.debug
  });
  const businessId = manifest.business.id;
  const incomplete = [];
  const snapshot = { businessId, systemUsers: null, tokens: {}, leakedTokens: {}, incomplete };
  try {
    const rows = await client.getAll(`${businessId}/system_users`, { fields: "id,name,role", limit: PAGE_LIMIT });
    snapshot.systemUsers = readSystemUsers(rows);
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    if (e.kind === "token") throw graphTokenRefused(e);
    incomplete.push(`system users of business ${businessId}: ${e.reason}`);
  }
  const declared = new Set(manifest.assets?.map((a) => a.type) ?? []);
  const types = new Set(
    input.assetTypes ?? ["page", "catalog", "ad_account", ...declared.has("whatsapp_business_account") ? ["whatsapp_business_account"] : []]
  );
  const edges = LIVE_EDGES.filter((e) => types.has(e.type));
  const jobs = [];
  const items = [];
  for (const user of snapshot.systemUsers ?? []) {
    for (const edge of edges) {
      jobs.push({ kind: "edge", user, edge, grants: [] });
      items.push({ relative_url: `${user.id}/${edge.edge}?fields=id,name,tasks&limit=${PAGE_LIMIT}` });
    }
  }
  const noDebug = !appId ? "manifest app.id is not set; debug_token needs the app token {app-id}|{app-secret}" : !appSecretValue ? "GRAPHGUARD_APP_SECRET is not set; debug_token needs the app token {app-id}|{app-secret}" : void 0;
  const tokenJobs = /* @__PURE__ */ new Map();
  const tokenJob = (secret) => {
    const hash = secretHash(secret);
    let job = tokenJobs.get(hash);
    if (!job) {
      job = { kind: "token", secret };
      tokenJobs.set(hash, job);
      jobs.push(job);
      items.push(client.debugTokenItem(secret));
    }
    return job;
  };
  const declaredJobs = [];
  for (const su of manifest.systemUsers) {
    if (!su.token) continue;
    const envVar = su.token.secret;
    const value = env[envVar];
    if (!value) {
      snapshot.tokens[su.name] = { state: "unset", envVar };
    } else if (noDebug) {
      snapshot.tokens[su.name] = { state: "error", envVar, reason: noDebug };
      incomplete.push(`declared token of ${su.name} (${envVar}): ${noDebug}`);
    } else {
      declaredJobs.push({ name: su.name, envVar, job: tokenJob(new Secret(value)) });
    }
  }
  const leakedJobs = [];
  const leakedSeen = /* @__PURE__ */ new Set();
  for (const secret of input.leaked ?? []) {
    const hash = secretHash(secret);
    if (leakedSeen.has(hash)) continue;
    leakedSeen.add(hash);
    if (noDebug) {
      snapshot.leakedTokens[hash] = { error: noDebug };
      incomplete.push(`leaked token sha256:${hash.slice(0, 12)}: ${noDebug}`);
    } else {
      leakedJobs.push({ hash, job: tokenJob(secret) });
    }
  }
  const failed = /* @__PURE__ */ new Map();
  const jobKey = (j) => `${j.user.id}\0${j.edge.edge}`;
  let pending = jobs.map((job, i) => ({ job, item: items[i] }));
  for (let round = 0; pending.length > 0; round++) {
    if (round >= MAX_PAGE_ROUNDS) {
      for (const { job } of pending) if (job.kind === "edge") failed.set(jobKey(job), `more than ${MAX_PAGE_ROUNDS} pages`);
      break;
    }
    let results;
    try {
      results = await client.batch(pending.map((p) => p.item));
    } catch (e) {
      if (e instanceof GraphError && e.kind === "token") throw graphTokenRefused(e);
      throw e;
    }
    const next = [];
    pending.forEach(({ job }, i) => {
      const r = results[i];
      if (job.kind === "token") {
        if (!r.ok) {
          job.result = r.error;
          return;
        }
        try {
          const info = parseDebugToken(r.body);
          if (info.error?.message) info.error.message = client.scrub(info.error.message);
          job.result = info;
        } catch (e) {
          job.result = e instanceof GraphError ? e : new GraphError("bad-response", "debug_token", "unexpected answer");
        }
        return;
      }
      if (!r.ok) {
        if (r.error.kind === "token") throw graphTokenRefused(r.error);
        failed.set(jobKey(job), r.error.reason);
        return;
      }
      const grants = readGrants(r.body, job.edge.type);
      if (typeof grants === "string") {
        failed.set(jobKey(job), grants);
        return;
      }
      job.grants.push(...grants);
      const link = nextLink(r.body);
      if (link === void 0) return;
      try {
        next.push({ job, item: { relative_url: client.relativeFromNext(link, `${job.user.id}/${job.edge.edge}`) } });
      } catch (e) {
        failed.set(jobKey(job), e instanceof GraphError ? e.reason : "unusable paging.next");
      }
    });
    pending = next;
  }
  for (const job of jobs) {
    if (job.kind !== "edge") continue;
    const reason = failed.get(jobKey(job));
    if (reason !== void 0) {
      incomplete.push(`${job.edge.label} of system user ${job.user.id} (${job.user.name}): ${reason}`);
      job.user.assets = null;
    } else if (job.user.assets !== null) {
      job.user.assets.push(...job.grants);
    }
  }
  for (const { name, envVar, job } of declaredJobs) {
    const state = tokenState(envVar, job.result);
    snapshot.tokens[name] = state;
    if (state.state === "error") incomplete.push(`declared token of ${name} (${envVar}): ${state.reason}`);
  }
  for (const { hash, job } of leakedJobs) {
    const result = job.result;
    if (result === void 0 || result instanceof GraphError) {
      const reason = debugFailure(result);
      snapshot.leakedTokens[hash] = { error: reason };
      incomplete.push(`leaked token sha256:${hash.slice(0, 12)}: ${reason}`);
    } else {
      snapshot.leakedTokens[hash] = result;
    }
  }
  return { snapshot, roundTrips: client.roundTrips };
}
function graphTokenRefused(e) {
  const reason = `GRAPHGUARD_GRAPH_TOKEN was refused by the Graph API: ${e.reason}`;
  return new GraphError("token", e.endpoint, reason, e.details);
}
function debugFailure(result) {
  if (result === void 0) return "debug_token gave no answer";
  if (result.kind === "token") return `debug_token refused the app token (check app.id and GRAPHGUARD_APP_SECRET): ${result.reason}`;
  return `debug_token: ${result.reason}`;
}
function tokenState(envVar, result) {
  if (result === void 0 || result instanceof GraphError) return { state: "error", envVar, reason: debugFailure(result) };
  return { state: "checked", envVar, info: result };
}
function readSystemUsers(rows) {
  return rows.map((row) => {
    const id = toId(row.id);
    if (id === void 0 || typeof row.role !== "string") {
      throw new GraphError("bad-response", "system_users", "unexpected answer: a system user without id or role");
    }
    return { id, name: typeof row.name === "string" ? row.name : "", role: row.role, assets: [] };
  });
}
function readGrants(body, type) {
  if (!Array.isArray(body.data)) return "unexpected answer: no data array";
  const out = [];
  for (const row of body.data) {
    if (!isObject(row)) return "unexpected answer: an entry is not an object";
    let id = toId(row.id);
    if (id === void 0) return "unexpected answer: an asset without id";
    if (!Array.isArray(row.tasks) || !row.tasks.every((t) => typeof t === "string")) {
      return `unexpected answer: asset ${id} without a tasks list`;
    }
    if (type === "ad_account") id = id.replace(/^act_/, "");
    const grant = { id, type, tasks: [...row.tasks] };
    if (typeof row.name === "string") grant.name = row.name;
    out.push(grant);
  }
  return out;
}

export {
  LIVE_EDGES,
  NOT_LIVE_CHECKED,
  DEFAULT_GRAPH_API_VERSION,
  secretHash,
  fetchLiveSnapshot
};
