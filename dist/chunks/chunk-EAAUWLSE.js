import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  secretHash
} from "./chunk-7KRKC2EA.js";
import {
  isImplicitPermission
} from "./chunk-LDZBVBNS.js";
import {
  isRecord
} from "./chunk-6TAIEISW.js";
import {
  Secret,
  redact,
  redactSecretsInText
} from "./chunk-ADSVYBGC.js";
import {
  ConfigError
} from "./chunk-DGJHSL44.js";

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
var MAX_BODY_BYTES = 8 * 1024 * 1024;
var MAX_MESSAGE_CHARS = 120;
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
  maxBodyBytes;
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
      throw new ConfigError(`Graph URL is not a URL: ${opts.baseUrl}`);
    }
    if (base.protocol !== "https:" && base.protocol !== "http:") {
      throw new ConfigError(`Graph URL must be http(s): ${opts.baseUrl}`);
    }
    if (!/^v\d+\.\d+$/.test(opts.version)) throw new ConfigError(`Graph API version must look like v26.0: ${opts.version}`);
    base.search = "";
    base.hash = "";
    this.base = base;
    this.basePath = base.pathname.replace(/\/+$/, "");
    this.version = opts.version;
    this.token = opts.token;
    this.appSecret = opts.appSecret;
    this.appId = opts.appId;
    this.requestTimeoutMs = opts.requestTimeoutMs ?? 15e3;
    this.maxBodyBytes = opts.maxBodyBytes ?? MAX_BODY_BYTES;
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
  /** GET one object with another token than the client's (e.g. the app token for debug_token). */
  async getAs(token, path, params = {}) {
    const { url, endpoint } = this.buildUrl(path, params);
    return this.request({ method: "GET", url, endpoint, token }, expectObject);
  }
  /**
   * A write (POST or DELETE) with form fields; never retried (a write must not happen twice), except
   * when Graph says it did not run it (throttled before acting). Used only by `graphguard rotate`.
   */
  async write(method, path, form = {}) {
    const { url, endpoint } = this.buildUrl(path, {});
    const plain = {};
    for (const [k, v] of Object.entries(form)) {
      if (v instanceof Secret) this.remember(v);
      plain[k] = v instanceof Secret ? v.reveal() : v;
    }
    const debugBody = Object.keys(form).length ? `form: ${Object.keys(form).join(", ")}` : void 0;
    return this.request({ method, url, endpoint, token: this.token, form: plain, ...debugBody ? { debugBody } : {}, write: true }, (json, ep) => {
      if (json === true) return { success: true };
      return expectObject(json, ep);
    });
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
  /** The items of the pages after a first page: follows `next` (same origin only) until it is absent. */
  async getAllFrom(next, endpoint) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    let link = next;
    for (let page = 0; link !== void 0; page++) {
      if (page >= MAX_PAGES) throw new GraphError("bad-response", endpoint, `more than ${MAX_PAGES} pages`);
      const url = this.checkNext(link, endpoint);
      if (seen.has(url.href)) throw new GraphError("bad-response", endpoint, "paging.next repeats a page");
      seen.add(url.href);
      const body = await this.request({ method: "GET", url, endpoint, token: this.token }, expectPage);
      out.push(...body.data);
      link = nextLink(body);
    }
    return out;
  }
  /**
   * Turn a `paging.next` URL into a batch relative_url (version stripped, token parameters dropped).
   * Throws GraphError 'foreign-host' when it points anywhere but the configured Graph URL.
   */
  relativeFromNext(next, endpoint) {
    const url = this.checkNext(next, endpoint);
    let path = url.pathname;
    if (this.basePath && path.startsWith(`${this.basePath}/`)) path = path.slice(this.basePath.length);
    path = path.replace(/^\/v\d+\.\d+(?=\/)/, "").replace(/^\/+/, "");
    return path + url.search;
  }
  /**
   * Run GETs through the batch endpoint, ≤ 50 per HTTP request. Null entries and retryable
   * per-item errors go again in a later batch, within the budget. Results are in input order.
   * Throws only when the client's own token or its proof is refused (kind 'token' or 'bad-proof').
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
          if (err.kind === "token" || err.kind === "bad-proof") throw err;
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
    if (!app) throw new ConfigError("debug_token needs the app id and GRAPHGUARD_APP_SECRET (the app token)");
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
        if (info.error?.message) info.error.message = this.sanitize(info.error.message);
        out.set(t, info);
      } catch (e) {
        out.set(t, asGraphError(e, "debug_token"));
      }
    });
    return out;
  }
  /**
   * Text from a Graph server made safe to show: every secret this client knows and every credential
   * shape the scan knows redacted, control characters replaced, whitespace collapsed, length capped.
   * A server's message is untrusted (one echoed the first 40 characters of the token it was sent).
   */
  sanitize(text, max = MAX_MESSAGE_CHARS) {
    let out = this.scrub(text.slice(0, max * 4));
    out = redactSecretsInText(out);
    out = out.replace(/[A-Za-z0-9_\-|%]{40,}/g, (m) => redact(m));
    out = out.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, " ").replace(/\s+/g, " ").trim();
    return out.length > max ? `${out.slice(0, max - 1)}…` : out;
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
    return Math.max(over, 0);
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
    if (!isRecord(body)) return { ok: false, error: new GraphError("bad-response", endpoint, "batch entry body is not an object", { status }) };
    return { ok: true, status, body };
  }
  /** A GraphError for an error answer (status ≥ 400 or an `error` object), or undefined. */
  errorFrom(status, body, endpoint) {
    const e = isRecord(body) && isRecord(body.error) ? body.error : void 0;
    if (!e && status < 400) return void 0;
    if (!e) {
      if (status === 429) return new GraphError("throttle", endpoint, "throttled (HTTP 429)", { status });
      if (status >= 500) return new GraphError("server", endpoint, `server error (HTTP ${status})`, { status });
      return new GraphError("bad-response", endpoint, `HTTP ${status} without a Graph error body`, { status });
    }
    const code = toNumber(e.code);
    const subcode = toNumber(e.error_subcode);
    const fbtraceId = typeof e.fbtrace_id === "string" ? e.fbtrace_id : void 0;
    const raw = typeof e.message === "string" ? e.message : "";
    const message = this.sanitize(raw);
    const type = typeof e.type === "string" ? this.sanitize(e.type).slice(0, 40) : void 0;
    const details = { code, subcode, status, fbtraceId, ...type ? { type } : {} };
    const tag = `code ${code ?? "?"}${subcode !== void 0 ? `, subcode ${subcode}` : ""}`;
    if (code === 100 && /App_id in the input_token did not match the Viewing App/i.test(raw)) {
      return new GraphError("foreign-app", endpoint, `the token was issued for another app (${tag})`, details);
    }
    if (code === 100 && /invalid appsecret_proof/i.test(raw)) {
      return new GraphError("bad-proof", endpoint, `Invalid appsecret_proof: the token and GRAPHGUARD_APP_SECRET are of different apps (${tag})`, details);
    }
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
    if (isRecord(app)) {
      for (const v of Object.values(app)) if (typeof v === "number" && v >= 100) full = true;
    }
    const acct = parse("x-ad-account-usage");
    if (isRecord(acct)) {
      if (typeof acct.acc_id_util_pct === "number" && acct.acc_id_util_pct >= 100) full = true;
      if (typeof acct.reset_time_duration === "number" && full) regainMs = Math.max(regainMs, acct.reset_time_duration * 1e3);
    }
    const buc = parse("x-business-use-case-usage");
    if (isRecord(buc)) {
      for (const list of Object.values(buc)) {
        if (!Array.isArray(list)) continue;
        for (const entry of list) {
          if (!isRecord(entry)) continue;
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
      if (spec.write && error.kind !== "throttle") throw error;
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
    const init = { method: spec.method, redirect: "manual", signal: AbortSignal.timeout(Math.max(1, timeoutMs)) };
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
      const text = await readCapped(res, this.maxBodyBytes, spec.endpoint);
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
async function readCapped(res, cap, endpoint) {
  const tooLarge = () => new GraphError("too-large", endpoint, `the answer is larger than ${formatBytes(cap)}; not read`, { status: res.status });
  const declared = Number(res.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > cap) {
    await res.body?.cancel().catch(() => void 0);
    throw tooLarge();
  }
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => void 0);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString("utf8");
}
function formatBytes(n) {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024) * 10) / 10} MiB` : n >= 1024 ? `${Math.round(n / 1024)} KiB` : `${n} bytes`;
}
function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}
function endpointOf(relativeUrl) {
  return splitOnce(relativeUrl, "?")[0].replace(/^\/+/, "");
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
  if (!isRecord(json)) throw new GraphError("bad-response", endpoint, "answer is not a JSON object");
  return json;
}
function expectPage(json, endpoint) {
  const obj = expectObject(json, endpoint);
  if (!Array.isArray(obj.data) || !obj.data.every(isRecord)) {
    throw new GraphError("bad-response", endpoint, "answer has no data array");
  }
  return obj;
}
function nextLink(body) {
  const paging = body.paging;
  if (!isRecord(paging)) return void 0;
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
  if (!isRecord(d)) throw new GraphError("bad-response", "debug_token", "answer has no data object");
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
  if (isRecord(d.error)) {
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
  { type: "page", edge: "assigned_pages", label: "assigned pages", scopes: ["business_management"] },
  { type: "catalog", edge: "assigned_product_catalogs", label: "assigned catalogs", scopes: ["business_management"] },
  { type: "ad_account", edge: "assigned_ad_accounts", label: "assigned ad accounts", scopes: ["business_management"] },
  {
    type: "whatsapp_business_account",
    edge: "assigned_whatsapp_business_accounts",
    label: "assigned WhatsApp Business accounts",
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/
    scopes: ["business_management", "whatsapp_business_management"]
  },
  {
    type: "pixel",
    // https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_ads_pixels
    edge: "assigned_ads_pixels",
    label: "assigned pixels",
    scopes: ["business_management"]
  }
];
var INSTAGRAM_EDGE = { type: "instagram_account", edge: "assigned_users", label: "assigned users", scopes: ["business_management"] };
var READ_WHEN_DECLARED = ["whatsapp_business_account", "pixel", "instagram_account"];
var OWNERSHIP_EDGES = {
  page: { owned: "owned_pages", client: "client_pages" },
  catalog: { owned: "owned_product_catalogs", client: "client_product_catalogs" },
  ad_account: { owned: "owned_ad_accounts", client: "client_ad_accounts" },
  pixel: { owned: "owned_pixels", client: "client_pixels" },
  instagram_account: { owned: "owned_instagram_accounts" },
  whatsapp_business_account: { owned: "owned_whatsapp_business_accounts", client: "client_whatsapp_business_accounts" }
};
var DEFAULT_GRAPH_API_VERSION = "v26.0";
var PAGE_LIMIT = 100;
var MAX_PAGE_ROUNDS = 100;
var PreflightError = class extends Error {
  constructor(lines) {
    super(lines.join("\n"));
    this.lines = lines;
    this.name = "PreflightError";
  }
  lines;
};
function liveFailureText(e, prefix) {
  if (!(e instanceof GraphError || e instanceof PreflightError || e instanceof ConfigError)) throw e;
  if (e instanceof PreflightError) {
    return e.lines.length === 1 ? `${prefix}: ${e.lines[0]}` : `${prefix} (${e.lines.length} problems):
${e.lines.map((l) => `  - ${l}`).join("\n")}`;
  }
  return `${prefix}: ${e.message.split("\n")[0]}`;
}
function liveAssetTypes(manifest, override) {
  if (override) return new Set(override);
  const declared = new Set(manifest.assets?.map((a) => a.type) ?? []);
  const types = /* @__PURE__ */ new Set(["page", "catalog", "ad_account"]);
  for (const t of READ_WHEN_DECLARED) if (declared.has(t)) types.add(t);
  return types;
}
function scopesNeeded(types) {
  const need = /* @__PURE__ */ new Map([["business_management", "reading the business's system users"]]);
  const edges = [...LIVE_EDGES.filter((e) => types.has(e.type)), ...types.has("instagram_account") ? [INSTAGRAM_EDGE] : []];
  for (const e of edges) {
    for (const scope of e.scopes) {
      if (!need.has(scope)) need.set(scope, `reading ${e.type === "instagram_account" ? "the assigned users of Instagram accounts" : e.label} (the manifest declares a ${e.type})`);
    }
  }
  return need;
}
function judgeAuditToken(answer, appId, types, client) {
  if (!answer) return void 0;
  if (!answer.ok) {
    if (answer.error.kind === "foreign-app") throw new PreflightError([foreignAuditToken(appId)]);
    if (answer.error.kind === "token" || answer.error.kind === "bad-proof") throw new PreflightError([wrongAppSecret(appId, answer.error)]);
    return void 0;
  }
  const info = debugAnswer(client, answer.body);
  if (info instanceof GraphError || !info.isValid) return void 0;
  const lines = [];
  if (info.appId !== void 0 && info.appId !== appId) lines.push(foreignAuditToken(appId, info.appId));
  if (info.type !== void 0 && info.type !== "SYSTEM_USER" && info.type !== "USER") {
    lines.push(
      `GRAPHGUARD_GRAPH_TOKEN is a ${info.type} token; reading a business needs a system-user token. Generate one for the auditor system user (use case business_audit) through app ${appId}.`
    );
  }
  const missing = [...scopesNeeded(types)].filter(([scope]) => !info.scopes.includes(scope));
  if (missing.length > 0) {
    const all = [.../* @__PURE__ */ new Set([...info.scopes.filter((s) => !isImplicitPermission(s)), ...missing.map(([s]) => s)])].sort().join(",");
    for (const [scope, why] of missing) {
      lines.push(`GRAPHGUARD_GRAPH_TOKEN lacks the scope ${scope}, which ${why} needs. Generate the audit token with scope=${all} (use case business_audit allows it).`);
    }
  }
  if (lines.length > 0) throw new PreflightError(lines);
  return info;
}
async function explainRefusedProof(client, graphToken, appId) {
  const app = client.appToken();
  if (!app) return;
  try {
    const info = parseDebugToken(await client.getAs(app, "debug_token", { input_token: graphToken }));
    if (info.isValid && info.appId !== void 0 && info.appId !== appId) throw new PreflightError([foreignAuditToken(appId, info.appId)]);
  } catch (e) {
    if (e instanceof PreflightError) throw e;
    if (!(e instanceof GraphError)) throw e;
    if (e.kind === "foreign-app") throw new PreflightError([foreignAuditToken(appId)]);
    if (e.kind === "token" || e.kind === "bad-proof") throw new PreflightError([wrongAppSecret(appId, e)]);
  }
}
function wrongAppSecret(appId, e) {
  return `GRAPHGUARD_APP_SECRET is not the app secret of app ${appId} (manifest app.id): Graph refused the app token (${e.reason}). Set GRAPHGUARD_APP_SECRET to app ${appId}'s secret (App Dashboard > App settings > Basic), or fix app.id.`;
}
function foreignAuditToken(appId, tokenApp) {
  const of = tokenApp ? `app ${tokenApp}` : "another app";
  return `GRAPHGUARD_GRAPH_TOKEN was issued for ${of}, not app ${appId} (manifest app.id, whose secret is GRAPHGUARD_APP_SECRET): every call would fail "Invalid appsecret_proof". Generate the audit token through app ${appId}, or set app.id and GRAPHGUARD_APP_SECRET to the token's app.`;
}
async function fetchLiveSnapshot(input) {
  const { manifest, env } = input;
  const tokenValue = env.GRAPHGUARD_GRAPH_TOKEN;
  if (!tokenValue) {
    throw new ConfigError("GRAPHGUARD_GRAPH_TOKEN is not set: --live needs a token with business_management that reads the business.");
  }
  const appSecretValue = env.GRAPHGUARD_APP_SECRET || void 0;
  const appId = manifest.app?.id;
  const budgetMs = Math.max(0, input.timeoutSeconds) * 1e3;
  const graphToken = new Secret(tokenValue);
  const client = new GraphClient({
    baseUrl: input.graphUrl,
    version: input.graphApiVersion ?? manifest.app?.graphApiVersion ?? DEFAULT_GRAPH_API_VERSION,
    token: graphToken,
    appSecret: appSecretValue ? new Secret(appSecretValue) : void 0,
    appId,
    budgetMs,
    requestTimeoutMs: input.requestTimeoutMs,
    ...input.maxBodyBytes !== void 0 ? { maxBodyBytes: input.maxBodyBytes } : {},
    fetch: input.fetch,
    sleep: input.sleep,
    now: input.now,
    random: input.random,
    debug: input.debug
  });
  const businessId = manifest.business.id;
  const incomplete = [];
  const snapshot = { businessId, systemUsers: null, tokens: {}, leakedTokens: {}, incomplete };
  const types = liveAssetTypes(manifest, input.assetTypes);
  snapshot.assetTypesRead = [...types];
  const preflightOn = Boolean(appId) && input.preflight !== false && client.canDebugTokens;
  const [usersOutcome, auditOutcome] = await Promise.allSettled([
    client.getAll(`${businessId}/system_users`, { fields: "id,name,role", limit: PAGE_LIMIT }),
    preflightOn ? client.getAs(client.appToken(), "debug_token", { input_token: graphToken }) : Promise.resolve(void 0)
  ]);
  if (preflightOn) {
    const answer = auditOutcome.status === "fulfilled" ? { ok: true, status: 200, body: auditOutcome.value } : { ok: false, error: auditOutcome.reason instanceof GraphError ? auditOutcome.reason : rethrow(auditOutcome.reason) };
    const audit = judgeAuditToken(answer, appId, types, client);
    if (audit) snapshot.auditToken = audit;
  }
  try {
    if (usersOutcome.status === "rejected") throw usersOutcome.reason;
    snapshot.systemUsers = readSystemUsers(usersOutcome.value);
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    if (e.kind === "bad-proof" && appId && input.preflight !== false) await explainRefusedProof(client, graphToken, appId);
    if (e.kind === "token" || e.kind === "bad-proof") throw graphTokenRefused(e);
    incomplete.push(`system users of business ${businessId}: ${e.reason}`);
  }
  const edges = LIVE_EDGES.filter((e) => types.has(e.type));
  const jobs = [];
  const items = [];
  for (const user of snapshot.systemUsers ?? []) {
    for (const edge of edges) {
      jobs.push({ kind: "edge", user, edge, grants: [] });
      items.push({ relative_url: `${user.id}/${edge.edge}?fields=id,name,tasks&limit=${PAGE_LIMIT}` });
    }
  }
  const seenAssets = /* @__PURE__ */ new Set();
  if (types.has("instagram_account")) {
    for (const a of manifest.assets ?? []) {
      if (a.type !== "instagram_account" || seenAssets.has(a.id)) continue;
      seenAssets.add(a.id);
      jobs.push({ kind: "asset", type: "instagram_account", assetId: a.id, rows: [] });
      items.push({ relative_url: `${a.id}/assigned_users?business=${businessId}&fields=id,name,tasks&limit=${PAGE_LIMIT}` });
    }
  }
  const ownJobs = [];
  const addOwn = (edge, side, target) => {
    const job = { kind: "own", edge, side, target, ids: [] };
    ownJobs.push(job);
    jobs.push(job);
    items.push({ relative_url: `${businessId}/${edge}?fields=id&limit=${PAGE_LIMIT}` });
  };
  if (!input.skipOwnership) {
    const declaredTypes = /* @__PURE__ */ new Map();
    for (const a of manifest.assets ?? []) {
      const d = declaredTypes.get(a.type) ?? { owned: false, client: false };
      if (a.owner === "client") d.client = true;
      else d.owned = true;
      declaredTypes.set(a.type, d);
    }
    for (const [type, d] of declaredTypes) {
      const e = OWNERSHIP_EDGES[type];
      if (!e) continue;
      addOwn(e.owned, "owned", type);
      if (d.client && e.client) addOwn(e.client, "client", type);
    }
    if (appId) {
      addOwn("owned_apps", "owned", "app");
      addOwn("client_apps", "client", "app");
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
  let pending = jobs.map((job, i) => ({ job, item: items[i] }));
  for (let round = 0; pending.length > 0; round++) {
    if (round >= MAX_PAGE_ROUNDS) {
      for (const { job } of pending) if (job.kind !== "token") failed.set(job, `more than ${MAX_PAGE_ROUNDS} pages`);
      break;
    }
    let results;
    try {
      results = await client.batch(pending.map((p) => p.item));
    } catch (e) {
      if (e instanceof GraphError && (e.kind === "token" || e.kind === "bad-proof")) throw graphTokenRefused(e);
      throw e;
    }
    const next = [];
    pending.forEach(({ job }, i) => {
      const r = results[i];
      if (job.kind === "token") {
        job.result = r.ok ? debugAnswer(client, r.body) : r.error.kind === "foreign-app" ? foreignAppInfo() : r.error;
        return;
      }
      if (!r.ok) {
        if (r.error.kind === "token" || r.error.kind === "bad-proof") throw graphTokenRefused(r.error);
        failed.set(job, r.error.reason);
        return;
      }
      const read = readPage(job, r.body);
      if (read !== void 0) {
        failed.set(job, read);
        return;
      }
      const link = nextLink(r.body);
      if (link === void 0) return;
      try {
        next.push({ job, item: { relative_url: client.relativeFromNext(link, endpointOfJob(job, businessId)) } });
      } catch (e) {
        failed.set(job, e instanceof GraphError ? e.reason : "unusable paging.next");
      }
    });
    pending = next;
  }
  const liveById = new Map((snapshot.systemUsers ?? []).map((u) => [u.id, u]));
  const unreadAssets = [];
  for (const job of jobs) {
    if (job.kind === "edge") {
      const reason = failed.get(job);
      if (reason !== void 0) {
        incomplete.push(`${job.edge.label} of system user ${job.user.id} (${job.user.name}): ${reason}`);
        job.user.assets = null;
      } else if (job.user.assets !== null) {
        job.user.assets.push(...job.grants);
      }
    } else if (job.kind === "asset") {
      const reason = failed.get(job);
      if (reason !== void 0) {
        incomplete.push(`assigned users of instagram account ${job.assetId}: ${reason}`);
        unreadAssets.push(`${job.type}:${job.assetId}`);
        continue;
      }
      for (const row of job.rows) {
        const user = liveById.get(row.userId);
        if (!user || user.assets === null) continue;
        const grant = { id: job.assetId, type: job.type, tasks: row.tasks };
        const name = (manifest.assets ?? []).find((a) => a.type === job.type && a.id === job.assetId)?.name;
        if (name) grant.name = name;
        user.assets.push(grant);
      }
    }
  }
  if (unreadAssets.length > 0) snapshot.unreadAssets = unreadAssets;
  if (ownJobs.length > 0) {
    const ownership = { owned: {}, client: {}, unread: [] };
    for (const job of ownJobs) {
      const reason = failed.get(job);
      if (reason !== void 0) {
        ownership.unread.push({ what: `${businessId}/${job.edge}`, types: [job.target], reason });
        continue;
      }
      if (job.target === "app") {
        if (job.side === "owned") ownership.ownedApps = job.ids;
        else ownership.clientApps = job.ids;
      } else {
        const ids = job.target === "ad_account" ? job.ids.map((id) => id.replace(/^act_/, "")) : job.ids;
        (ownership[job.side][job.target] ??= []).push(...ids);
      }
    }
    snapshot.ownership = ownership;
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
function rethrow(e) {
  throw e;
}
function debugAnswer(client, body) {
  try {
    const info = parseDebugToken(body);
    if (info.error?.message) info.error.message = client.sanitize(info.error.message);
    return info;
  } catch (e) {
    return e instanceof GraphError ? e : new GraphError("bad-response", "debug_token", "unexpected answer");
  }
}
function foreignAppInfo() {
  return { isValid: false, scopes: [], foreignApp: true };
}
function endpointOfJob(job, businessId) {
  if (job.kind === "edge") return `${job.user.id}/${job.edge.edge}`;
  if (job.kind === "asset") return `${job.assetId}/assigned_users`;
  return `${businessId}/${job.edge}`;
}
function readPage(job, body) {
  if (job.kind === "edge") {
    const grants = readGrants(body, job.edge.type);
    if (typeof grants === "string") return grants;
    job.grants.push(...grants);
    return void 0;
  }
  if (!Array.isArray(body.data)) return "unexpected answer: no data array";
  for (const row of body.data) {
    if (!isRecord(row)) return "unexpected answer: an entry is not an object";
    const id = toId(row.id);
    if (id === void 0) return "unexpected answer: an entry without id";
    if (job.kind === "own") {
      job.ids.push(id);
      continue;
    }
    if (!Array.isArray(row.tasks) || !row.tasks.every((t) => typeof t === "string")) return `unexpected answer: user ${id} without a tasks list`;
    job.rows.push({ userId: id, tasks: [...row.tasks], ...typeof row.name === "string" ? { name: row.name } : {} });
  }
  return void 0;
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
    if (!isRecord(row)) return "unexpected answer: an entry is not an object";
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
  GraphError,
  GraphClient,
  parseDebugToken,
  LIVE_EDGES,
  INSTAGRAM_EDGE,
  READ_WHEN_DECLARED,
  OWNERSHIP_EDGES,
  DEFAULT_GRAPH_API_VERSION,
  PreflightError,
  liveFailureText,
  liveAssetTypes,
  scopesNeeded,
  fetchLiveSnapshot
};
