/** Graph API client: read-only GETs, batches, debug_token; appsecret_proof, retries and one bounded budget. */
import { createHmac } from 'node:crypto';
import { Secret, redact } from '../secrets/secret.js';
import { redactSecretsInText } from '../secrets/redact.js';
import { clipRedacted } from '../secrets/sink.js';
import type { TokenInfo } from './types.js';
import { ConfigError } from '../types.js';
import { isRecord } from '../guards.js';
import { pushAll } from '../arrays.js';

export type GraphErrorKind =
  | 'token'
  | 'throttle'
  | 'permission'
  | 'server'
  | 'network'
  | 'timeout'
  | 'budget'
  | 'bad-response'
  | 'foreign-host'
  /** The answer was over the size cap (default 8 MiB): not read further, not retried. */
  | 'too-large'
  /** debug_token: the token was issued by another app ("The App_id in the input_token did not match the Viewing App"). */
  | 'foreign-app'
  /** Graph refused the appsecret_proof: the token and GRAPHGUARD_APP_SECRET belong to different apps. */
  | 'bad-proof';

/** A failed Graph call. Its message never holds a token, app secret or proof (they are scrubbed). */
export class GraphError extends Error {
  constructor(
    readonly kind: GraphErrorKind,
    /** Path without query, e.g. `4000/assigned_pages`. */
    readonly endpoint: string,
    /** What went wrong, without the endpoint: used to name incomplete parts. */
    readonly reason: string,
    readonly details: { code?: number; subcode?: number; status?: number; fbtraceId?: string; waitMs?: number; type?: string } = {},
  ) {
    super(`${endpoint}: ${reason}`);
    this.name = 'GraphError';
  }
  get code(): number | undefined {
    return this.details.code;
  }
  get subcode(): number | undefined {
    return this.details.subcode;
  }
  get status(): number | undefined {
    return this.details.status;
  }
  /**
   * Throttles, 5xx, network errors, timeouts and malformed bodies are retried; a redirect is not (the
   * same request gets the same answer, and each retry sends the token again), nor a 4xx answer with no
   * Graph error in it (a proxy's or a firewall's page, a wrong `--graph-url` path: the same again).
   */
  get retryable(): boolean {
    const status = this.details.status;
    return (
      this.kind === 'throttle' ||
      this.kind === 'server' ||
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'bad-response' && !(status !== undefined && status >= 300 && status < 500))
    );
  }
}

export interface GraphClientOptions {
  /** Base URL without version, e.g. `https://graph.facebook.com`. */
  baseUrl: string;
  /** e.g. `v26.0`. */
  version: string;
  token: Secret;
  appSecret?: Secret;
  appId?: string;
  /** Per HTTP request; default 15000. */
  requestTimeoutMs?: number;
  /** Largest answer read, in bytes; default 8 MiB. Bodies are streamed and cut off past it. */
  maxBodyBytes?: number;
  /**
   * The most bytes of answers read in all (pages, batches, retries); default 128 MiB. Past it, a
   * 'too-large' error: 1,000 pages of 8 MiB each would outgrow the heap (their parse is larger still).
   */
  maxTotalBytes?: number;
  /** Total budget for the client's whole life (requests, retries, backoff); default 60000. */
  budgetMs?: number;
  /** Retries per request / per batch item after the first attempt; default 5. */
  maxRetries?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** Receives one line per request, response and retry; secrets are redacted. */
  debug?: (line: string) => void;
  /**
   * Told every secret value the client handles, as it first does: each token and the app secret, the
   * app token, their URL-encoded forms and their appsecret_proofs. The output sink learns them here, so
   * that a proof or a token that Graph echoes anywhere (a system user's name, not only an error message,
   * which `sanitize` scrubs) is redacted in every output.
   */
  onSecrets?: (values: Secret[]) => void;
}

export type Params = Record<string, string | number | Secret | undefined>;

export interface BatchItem {
  /** Relative URL without version or leading slash, e.g. `4000/assigned_pages?fields=id`. No secrets. */
  relative_url: string;
  /** The item's own token (else the client's token, sent once at the top level). */
  accessToken?: Secret;
  /** Extra query parameters that are secrets (e.g. debug_token's `input_token`). */
  secretParams?: Record<string, Secret>;
}

export type BatchResult =
  | { ok: true; status: number; body: Record<string, unknown> }
  | { ok: false; error: GraphError };

/** HMAC-SHA256 hex of the exact access token sent, keyed by the app secret (Meta "Securing Requests"). */
export function appsecretProof(accessToken: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}

const THROTTLE_CODES = new Set([4, 17, 32, 341, 613]);
export function isThrottleCode(code: number | undefined): boolean {
  return code !== undefined && (THROTTLE_CODES.has(code) || (code >= 80000 && code <= 80014));
}

const BASE_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30000;
const MAX_BATCH = 50;
const MAX_PAGES = 1000;
/** Default cap of one Graph answer (issue 9: an endless body must not grow memory without bound). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Default cap of all the answers one client reads. */
export const MAX_TOTAL_BYTES = 128 * 1024 * 1024;
/** The shortest start of a known secret looked for in an answer (shorter ones are too common to tell). */
const ECHO_MIN = 5;
/** How much of a Graph error message is ever shown (after redaction). */
const MAX_MESSAGE_CHARS = 120;

interface RequestSpec {
  method: 'GET' | 'POST' | 'DELETE';
  /** Absolute URL without token parameters. */
  url: URL;
  endpoint: string;
  token: Secret;
  /** POST form fields (non-secret). */
  form?: Record<string, string>;
  /** Short text for the debug line in place of the form body. */
  debugBody?: string;
  /** A write: never retried after it may have run. */
  write?: boolean;
}

interface Usage {
  full: boolean;
  regainMs: number;
  /** The answer's `Retry-After` (seconds or an HTTP date), in ms; 0 without one. */
  retryAfterMs: number;
}

/** A `Retry-After` header's wait in ms (delay-seconds or an HTTP date); 0 when absent or unreadable. */
export function retryAfterMs(value: string | null, nowMs: number): number {
  if (!value) return 0;
  const v = value.trim();
  if (/^\d{1,9}$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? 0 : Math.max(0, at - nowMs);
}

/** Read-only Graph API client over Node's fetch. */
export class GraphClient {
  /** HTTP requests sent so far, retries included. */
  roundTrips = 0;
  readonly budgetMs: number;
  private readonly base: URL;
  /** Path of the base URL without a trailing slash ('' for an origin). */
  private readonly basePath: string;
  private readonly version: string;
  private readonly token: Secret;
  private readonly appSecret?: Secret;
  private readonly appId?: string;
  private readonly requestTimeoutMs: number;
  private readonly maxBodyBytes: number;
  private readonly maxTotalBytes: number;
  /** What is left of maxTotalBytes. */
  private bytesLeft: number;
  private readonly maxRetries: number;
  private readonly fetchImpl: typeof fetch;
  private readonly sleepImpl: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly debugImpl?: (line: string) => void;
  private readonly deadline: number;
  /** Every secret value this client has handled, for scrubbing text that Graph echoes back. */
  private readonly secrets = new Set<string>();
  private readonly onSecrets?: (values: Secret[]) => void;
  private pauseUntil = 0;
  private usageStrikes = 0;
  private lastRegainMs = 0;

  constructor(opts: GraphClientOptions) {
    let base: URL;
    try {
      base = new URL(opts.baseUrl);
    } catch {
      throw new ConfigError(`Graph URL is not a URL: ${opts.baseUrl}`);
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:') {
      throw new ConfigError(`Graph URL must be http(s): ${opts.baseUrl}`);
    }
    if (!/^v\d+\.\d+$/.test(opts.version)) throw new ConfigError(`Graph API version must look like v26.0: ${opts.version}`);
    base.search = '';
    base.hash = '';
    this.base = base;
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.version = opts.version;
    this.token = opts.token;
    this.appSecret = opts.appSecret;
    this.appId = opts.appId;
    this.requestTimeoutMs = opts.requestTimeoutMs ?? 15000;
    this.maxBodyBytes = opts.maxBodyBytes ?? MAX_BODY_BYTES;
    this.maxTotalBytes = opts.maxTotalBytes ?? MAX_TOTAL_BYTES;
    this.bytesLeft = this.maxTotalBytes;
    this.budgetMs = opts.budgetMs ?? 60000;
    this.maxRetries = opts.maxRetries ?? 5;
    this.fetchImpl = opts.fetch ?? globalThis.fetch;
    this.sleepImpl = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.debugImpl = opts.debug;
    this.deadline = this.now() + this.budgetMs;
    this.onSecrets = opts.onSecrets;
    this.remember(opts.token);
    if (opts.appSecret) this.remember(opts.appSecret);
    const app = this.appToken();
    if (app) this.remember(app);
  }

  /** The app access token `{app-id}|{app-secret}`, when both are known. */
  appToken(): Secret | undefined {
    if (!this.appId || !this.appSecret) return undefined;
    return new Secret(`${this.appId}|${this.appSecret.reveal()}`);
  }

  /** Whether debug_token calls are possible (they need the app id and the app secret). */
  get canDebugTokens(): boolean {
    return this.appToken() !== undefined;
  }

  /** GET one object or page. */
  async get(path: string, params: Params = {}): Promise<Record<string, unknown>> {
    const { url, endpoint } = this.buildUrl(path, params);
    return this.request({ method: 'GET', url, endpoint, token: this.token }, expectObject);
  }

  /** GET one object with another token than the client's (e.g. the app token for debug_token). */
  async getAs(token: Secret, path: string, params: Params = {}): Promise<Record<string, unknown>> {
    const { url, endpoint } = this.buildUrl(path, params);
    return this.request({ method: 'GET', url, endpoint, token }, expectObject);
  }

  /**
   * A write (POST or DELETE) with form fields; never retried (a write must not happen twice), except
   * when Graph says it did not run it (throttled before acting). Used only by `graphguard rotate`.
   */
  async write(method: 'POST' | 'DELETE', path: string, form: Record<string, string | Secret> = {}): Promise<Record<string, unknown>> {
    const { url, endpoint } = this.buildUrl(path, {});
    const plain: Record<string, string> = {};
    for (const [k, v] of Object.entries(form)) {
      if (v instanceof Secret) this.remember(v);
      plain[k] = v instanceof Secret ? v.reveal() : v;
    }
    const debugBody = Object.keys(form).length ? `form: ${Object.keys(form).join(', ')}` : undefined;
    return this.request({ method, url, endpoint, token: this.token, form: plain, ...(debugBody ? { debugBody } : {}), write: true }, (json, ep) => {
      if (json === true) return { success: true };
      return expectObject(json, ep);
    });
  }

  /** GET every item of an edge, following `paging.next` until it is absent (same origin only). */
  async getAll(path: string, params: Params = {}): Promise<Record<string, unknown>[]> {
    const first = this.buildUrl(path, params);
    const out: Record<string, unknown>[] = [];
    let url = first.url;
    const seen = new Set<string>();
    for (let page = 0; page < MAX_PAGES; page++) {
      const body = await this.request({ method: 'GET', url, endpoint: first.endpoint, token: this.token }, expectPage);
      pushAll(out, body.data as Record<string, unknown>[]);
      const next = nextLink(body);
      if (next === undefined) return out;
      url = this.checkNext(next, first.endpoint);
      if (seen.has(url.href)) throw new GraphError('bad-response', first.endpoint, 'paging.next repeats a page');
      seen.add(url.href);
    }
    throw new GraphError('bad-response', first.endpoint, `more than ${MAX_PAGES} pages`);
  }

  /** The items of the pages after a first page: follows `next` (same origin only) until it is absent. */
  async getAllFrom(next: string, endpoint: string): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    let link: string | undefined = next;
    for (let page = 0; link !== undefined; page++) {
      if (page >= MAX_PAGES) throw new GraphError('bad-response', endpoint, `more than ${MAX_PAGES} pages`);
      const url = this.checkNext(link, endpoint);
      if (seen.has(url.href)) throw new GraphError('bad-response', endpoint, 'paging.next repeats a page');
      seen.add(url.href);
      const body = await this.request({ method: 'GET', url, endpoint, token: this.token }, expectPage);
      pushAll(out, body.data as Record<string, unknown>[]);
      link = nextLink(body);
    }
    return out;
  }

  /**
   * Turn a `paging.next` URL into a batch relative_url (version stripped, token parameters dropped).
   * Throws GraphError 'foreign-host' when it points anywhere but the configured Graph URL.
   */
  relativeFromNext(next: string, endpoint: string): string {
    const url = this.checkNext(next, endpoint);
    let path = url.pathname;
    if (this.basePath && path.startsWith(`${this.basePath}/`)) path = path.slice(this.basePath.length);
    path = path.replace(/^\/v\d+\.\d+(?=\/)/, '').replace(/^\/+/, '');
    return path + url.search;
  }

  /**
   * Run GETs through the batch endpoint, ≤ 50 per HTTP request. Null entries and retryable
   * per-item errors go again in a later batch (at most `maxRetries` times), within the budget. Each
   * item's own headers are read as a top-level answer's are: a throttled item whose regain time or
   * `Retry-After` would end past the budget is not sent again (that part ends at once), else the
   * next batch waits at least that long. Results are in input order.
   * Throws only when the client's own token or its proof is refused (kind 'token' or 'bad-proof').
   */
  async batch(items: BatchItem[]): Promise<BatchResult[]> {
    const results: (BatchResult | undefined)[] = new Array(items.length);
    const lastError: (GraphError | undefined)[] = new Array(items.length);
    let pending = items.map((_, i) => i);
    /** The longest wait a throttled item of the last round asked for (its headers). */
    let itemWaitMs = 0;
    for (let round = 0; pending.length > 0; round++) {
      if (round > 0) {
        if (round > this.maxRetries) {
          for (const i of pending) results[i] = { ok: false, error: lastError[i]! };
          break;
        }
        const wait = Math.max(this.backoff(round - 1), this.lastRegainMs, itemWaitMs);
        const over = this.overBudget(wait);
        if (over) {
          for (const i of pending) results[i] = { ok: false, error: budgetError(lastError[i]!, wait, this.budgetMs) };
          break;
        }
        this.log(`batch retry ${round} of ${pending.length} item(s) in ${Math.round(wait)} ms`);
        await this.sleepImpl(wait);
      }
      const again: number[] = [];
      itemWaitMs = 0;
      for (let start = 0; start < pending.length; start += MAX_BATCH) {
        const chunk = pending.slice(start, start + MAX_BATCH);
        let answers: unknown[];
        try {
          answers = await this.postBatch(chunk.map((i) => items[i]!));
        } catch (e) {
          const err = asGraphError(e, 'batch');
          if (err.kind === 'token' || err.kind === 'bad-proof') throw err;
          for (const i of chunk) results[i] = { ok: false, error: err };
          continue;
        }
        chunk.forEach((i, j) => {
          const item = items[i]!;
          const endpoint = endpointOf(item.relative_url);
          const { outcome, usage } = this.readBatchAnswer(answers[j], endpoint);
          if (outcome.ok) {
            // Usage at 100 % on an item's answer holds the next request back, as on a top-level one.
            if (usage?.full) this.notePressure(usage);
            results[i] = outcome;
          } else if (outcome.error.retryable) {
            // What the item's own headers ask (Meta: wait estimated_time_to_regain_access): past the
            // budget, the item ends now instead of being sent again to a business that said to stop.
            const asked = usage ? Math.max(outcome.error.kind === 'throttle' ? usage.regainMs : 0, usage.retryAfterMs) : 0;
            if (asked > 0 && this.overBudget(asked)) {
              results[i] = { ok: false, error: budgetError(outcome.error, asked, this.budgetMs) };
              return;
            }
            itemWaitMs = Math.max(itemWaitMs, asked);
            lastError[i] = outcome.error;
            again.push(i);
          } else {
            results[i] = outcome;
          }
        });
      }
      pending = again;
    }
    return results.map((r) => r!);
  }

  /** The batch item that asks debug_token about `token`, with the app token as access_token. */
  debugTokenItem(token: Secret): BatchItem {
    const app = this.appToken();
    if (!app) throw new ConfigError('debug_token needs the app id and GRAPHGUARD_APP_SECRET (the app token)');
    this.remember(token);
    return { relative_url: 'debug_token', accessToken: app, secretParams: { input_token: token } };
  }

  /** debug_token for each token, batched; the app token is the access_token, never the token itself. */
  async debugTokens(tokens: Secret[]): Promise<Map<Secret, TokenInfo | GraphError>> {
    const results = await this.batch(tokens.map((t) => this.debugTokenItem(t)));
    const out = new Map<Secret, TokenInfo | GraphError>();
    tokens.forEach((t, i) => {
      const r = results[i]!;
      if (!r.ok) {
        out.set(t, r.error);
        return;
      }
      try {
        const info = parseDebugToken(r.body);
        if (info.error?.message) info.error.message = this.sanitize(info.error.message);
        out.set(t, info);
      } catch (e) {
        out.set(t, asGraphError(e, 'debug_token'));
      }
    });
    return out;
  }

  /**
   * Text from a Graph server made safe to show: every secret this client knows and every credential
   * shape the scan knows redacted, control characters replaced, whitespace collapsed, length capped.
   * A server's message is untrusted (one echoed the first 40 characters of the token it was sent).
   */
  sanitize(text: string, max = MAX_MESSAGE_CHARS): string {
    // Cap before the (linear) detectors run, with room for a token cut at the edge to still be seen.
    // Control characters go first: one inside a token (`EAAJ\x01ZC…`) would split it past the detectors.
    let out = this.scrub(text.slice(0, max * 4).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ''));
    out = redactSecretsInText(out);
    // Anything left that looks like a long credential-ish run (another vendor's key) is cut too.
    out = out.replace(/[A-Za-z0-9_\-|%]{40,}/g, (m) => redact(m));
    out = out.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
    return out.length > max ? `${out.slice(0, max - 1)}…` : out;
  }

  /**
   * Replace every secret this client knows (and their proofs) with the redacted form, and the start
   * of one that an answer echoes cut short (`Cannot parse access token: EAAJZCsecr`): more than its
   * first 4 characters is never shown, and the output sink's pieces are 12 characters long.
   */
  scrub(text: string): string {
    let out = text;
    for (const s of this.secrets) {
      if (s.length < ECHO_MIN) {
        if (s.length >= 4 && out.includes(s)) out = out.split(s).join(redact(s));
        continue;
      }
      // Each place the secret's first ECHO_MIN characters appear, extended as far as the text goes on
      // agreeing with the secret: the whole secret, or a start of any length an answer cut it to, is
      // one redacted run (a start cut at 65 of 200 characters leaves no tail to show).
      const head = s.slice(0, ECHO_MIN);
      let i = out.indexOf(head);
      if (i === -1) continue;
      let done = '';
      let at = 0;
      while (i !== -1) {
        let n = ECHO_MIN;
        while (n < s.length && i + n < out.length && out.charCodeAt(i + n) === s.charCodeAt(n)) n++;
        done += out.slice(at, i) + redact(s.slice(0, n));
        at = i + n;
        i = out.indexOf(head, at);
      }
      out = done + out.slice(at);
    }
    // A piece from anywhere in a secret (`wDdQGnMo6sF SYnvCeqmkfC …`: an answer can hand out a token in pieces
    // shorter than the output sink's, one per failing edge): every run of token characters that shares ECHO_MIN
    // characters with a secret is cut whole, its length shown and none of its characters (hunt S3).
    const grams = this.secretGrams();
    if (grams.size === 0) return out;
    return out.replace(/[A-Za-z0-9_\-|%+/=]{5,}/g, (run) => {
      for (let i = 0; i + ECHO_MIN <= run.length; i++) if (grams.has(run.slice(i, i + ECHO_MIN))) return `…(${run.length} chars)`;
      return run;
    });
  }

  /** Every ECHO_MIN characters of every secret this client knows (rebuilt when it learns one). */
  private secretGrams(): Set<string> {
    if (this.grams?.size === this.secrets.size) return this.grams.grams;
    const grams = new Set<string>();
    for (const s of this.secrets) for (let i = 0; i + ECHO_MIN <= s.length; i++) grams.add(s.slice(i, i + ECHO_MIN));
    this.grams = { size: this.secrets.size, grams };
    return grams;
  }
  private grams: { size: number; grams: Set<string> } | undefined;

  // ---- internals ----

  private remember(secret: Secret): void {
    const value = secret.reveal();
    if (!value || this.secrets.has(value)) return;
    const known = [value, encodeURIComponent(value)];
    if (this.appSecret) known.push(appsecretProof(value, this.appSecret.reveal()));
    const added = known.filter((v) => !this.secrets.has(v));
    for (const v of added) this.secrets.add(v);
    if (added.length > 0) this.onSecrets?.(added.map((v) => new Secret(v)));
  }

  private log(line: string): void {
    if (this.debugImpl) this.debugImpl(`graph: ${this.scrub(line)}`);
  }

  private buildUrl(path: string, params: Params): { url: URL; endpoint: string } {
    const clean = path.replace(/^\/+/, '').split('?')[0]!;
    const url = new URL(this.base.href);
    url.pathname = `${this.basePath}/${this.version}/${clean}`;
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      if (v instanceof Secret) {
        this.remember(v);
        url.searchParams.set(k, v.reveal());
      } else url.searchParams.set(k, String(v));
    }
    return { url, endpoint: clean };
  }

  private checkNext(next: string, endpoint: string): URL {
    let url: URL;
    try {
      url = new URL(next);
    } catch {
      throw new GraphError('bad-response', endpoint, 'paging.next is not a URL');
    }
    if (url.origin !== this.base.origin) {
      throw new GraphError('foreign-host', endpoint, `paging.next points at another host (${url.host}); not followed`);
    }
    // Graph puts the caller's token in paging.next; the client adds its own (with the proof) instead.
    url.searchParams.delete('access_token');
    url.searchParams.delete('appsecret_proof');
    return url;
  }

  /** Token parameters for a request: access_token plus appsecret_proof when the app secret is known. */
  private tokenParams(token: Secret): [string, string][] {
    this.remember(token);
    const out: [string, string][] = [['access_token', token.reveal()]];
    if (this.appSecret) out.push(['appsecret_proof', appsecretProof(token.reveal(), this.appSecret.reveal())]);
    return out;
  }

  private backoff(attempt: number): number {
    return this.random() * Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** attempt);
  }

  /** The ms a wait would overrun the budget by, or 0 when it fits. */
  private overBudget(wait: number): number {
    const over = this.now() + wait - this.deadline;
    return Math.max(over , 0);
  }

  private async postBatch(chunk: BatchItem[]): Promise<unknown[]> {
    const shown: string[] = [];
    const batch = chunk.map((item) => {
      const [path, query = ''] = splitOnce(item.relative_url, '?');
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
      shown.push(display.length > 0 ? `${path}?${display.join('&')}` : path);
      return { method: 'GET', relative_url: qs ? `${path}?${qs}` : path };
    });
    const url = new URL(this.base.href);
    url.pathname = `${this.basePath}/${this.version}/`;
    const debugBody = `batch[${chunk.length}]: ${shown.join(' , ')}`;
    return this.request(
      {
        method: 'POST',
        url,
        endpoint: 'batch',
        token: this.token,
        // Each item's headers are kept (Graph's default): a throttled item's X-Business-Use-Case-Usage
        // (its estimated_time_to_regain_access) or Retry-After is there and nowhere else.
        form: { batch: JSON.stringify(batch) },
        debugBody,
      },
      (json, endpoint) => {
        if (!Array.isArray(json) || json.length !== chunk.length) {
          throw new GraphError('bad-response', endpoint, `batch answer is not an array of ${chunk.length}`);
        }
        return json as unknown[];
      },
    );
  }

  /** One entry of a batch answer, and the usage its own headers report (absent without headers). */
  private readBatchAnswer(answer: unknown, endpoint: string): { outcome: BatchResult; usage?: Usage } {
    const fail = (error: GraphError, usage?: Usage) => ({ outcome: { ok: false as const, error }, ...(usage ? { usage } : {}) });
    if (answer === null || answer === undefined) {
      return fail(new GraphError('server', endpoint, 'the batch left this request unanswered (null entry)'));
    }
    if (typeof answer !== 'object' || Array.isArray(answer)) {
      return fail(new GraphError('bad-response', endpoint, 'malformed batch entry'));
    }
    const a = answer as Record<string, unknown>;
    const usage = Array.isArray(a.headers) ? this.readUsage(itemHeaders(a.headers)) : undefined;
    const status = typeof a.code === 'number' ? a.code : Number(a.code);
    if (!Number.isFinite(status) || typeof a.body !== 'string') {
      return fail(new GraphError('bad-response', endpoint, 'malformed batch entry'), usage);
    }
    let body: unknown;
    try {
      body = parseGraphJson(a.body);
    } catch {
      return fail(new GraphError('bad-response', endpoint, 'truncated or invalid JSON in batch entry', { status }), usage);
    }
    const err = this.errorFrom(status, body, endpoint);
    if (err) return fail(err, usage);
    if (!isRecord(body)) return fail(new GraphError('bad-response', endpoint, 'batch entry body is not an object', { status }), usage);
    return { outcome: { ok: true, status, body }, ...(usage ? { usage } : {}) };
  }

  /** A GraphError for an error answer (status ≥ 400 or an `error` object), or undefined. */
  private errorFrom(status: number, body: unknown, endpoint: string): GraphError | undefined {
    const e = isRecord(body) && isRecord(body.error) ? body.error : undefined;
    if (!e && status < 400) return undefined;
    if (!e) {
      if (status === 429) return new GraphError('throttle', endpoint, 'throttled (HTTP 429)', { status });
      if (status >= 500) return new GraphError('server', endpoint, `server error (HTTP ${status})`, { status });
      return new GraphError('bad-response', endpoint, `HTTP ${status} without a Graph error body`, { status });
    }
    const code = toNumber(e.code);
    const subcode = toNumber(e.error_subcode);
    const fbtraceId = typeof e.fbtrace_id === 'string' ? e.fbtrace_id : undefined;
    const raw = typeof e.message === 'string' ? e.message : '';
    const message = this.sanitize(raw);
    const type = typeof e.type === 'string' ? this.sanitize(e.type).slice(0, 40) : undefined;
    const details = { code, subcode, status, fbtraceId, ...(type ? { type } : {}) };
    const tag = `code ${code ?? '?'}${subcode !== undefined ? `, subcode ${subcode}` : ''}`;
    // Two code-100 answers that mean something precise; matched on Graph's text, never echoed raw.
    if (code === 100 && /App_id in the input_token did not match the Viewing App/i.test(raw)) {
      return new GraphError('foreign-app', endpoint, `the token was issued for another app (${tag})`, details);
    }
    if (code === 100 && /invalid appsecret_proof/i.test(raw)) {
      return new GraphError('bad-proof', endpoint, `Invalid appsecret_proof: the token and GRAPHGUARD_APP_SECRET are of different apps (${tag})`, details);
    }
    if (code === 190 || code === 102) {
      return new GraphError('token', endpoint, `token invalid or expired (${tag})`, details);
    }
    if (isThrottleCode(code) || status === 429) return new GraphError('throttle', endpoint, `throttled (${tag})`, details);
    if (code === 1 || code === 2 || status >= 500) {
      return new GraphError('server', endpoint, `server error (HTTP ${status}, ${tag})`, details);
    }
    // 10, 200–299 and every other refusal (e.g. 100 "does not exist or missing permissions") are not retried.
    return new GraphError('permission', endpoint, `refused (${tag}${message ? `: ${message}` : ''})`, details);
  }

  private readUsage(headers: Pick<Headers, 'get'>): Usage {
    let full = false;
    let regainMs = 0;
    const parse = (name: string): unknown => {
      const raw = headers.get(name);
      if (!raw) return undefined;
      try {
        return JSON.parse(raw);
      } catch {
        return undefined;
      }
    };
    const app = parse('x-app-usage');
    if (isRecord(app)) for (const v of Object.values(app)) if (typeof v === 'number' && v >= 100) full = true;
    const acct = parse('x-ad-account-usage');
    if (isRecord(acct)) {
      if (typeof acct.acc_id_util_pct === 'number' && acct.acc_id_util_pct >= 100) full = true;
      if (typeof acct.reset_time_duration === 'number' && full) regainMs = Math.max(regainMs, acct.reset_time_duration * 1000);
    }
    const buc = parse('x-business-use-case-usage');
    if (isRecord(buc)) {
      for (const list of Object.values(buc)) {
        if (!Array.isArray(list)) continue;
        for (const entry of list) {
          if (!isRecord(entry)) continue;
          for (const k of ['call_count', 'total_cputime', 'total_time']) {
            const v = entry[k];
            if (typeof v === 'number' && v >= 100) full = true;
          }
          const minutes = toNumber(entry.estimated_time_to_regain_access);
          if (minutes !== undefined && minutes > 0) regainMs = Math.max(regainMs, minutes * 60000);
        }
      }
    }
    return { full, regainMs, retryAfterMs: retryAfterMs(headers.get('retry-after'), this.now()) };
  }

  /** One logical request: retries throttles, 5xx, network errors, timeouts and bad bodies within the budget. */
  private async request<T>(spec: RequestSpec, parse: (json: unknown, endpoint: string) => T): Promise<T> {
    let lastError: GraphError | undefined;
    for (let attempt = 0; ; attempt++) {
      if (this.pauseUntil > this.now()) {
        const wait = this.pauseUntil - this.now();
        if (this.overBudget(wait)) {
          throw budgetError(
            lastError ?? new GraphError('throttle', spec.endpoint, 'usage headers at 100 %'),
            wait,
            this.budgetMs,
          );
        }
        this.log(`pausing ${Math.round(wait)} ms: usage at its limit`);
        await this.sleepImpl(wait);
      }
      const remaining = this.deadline - this.now();
      if (remaining <= 0) {
        throw budgetError(lastError ?? new GraphError('timeout', spec.endpoint, 'no time left'), 0, this.budgetMs);
      }
      let error: GraphError;
      let usage: Usage = { full: false, regainMs: 0, retryAfterMs: 0 };
      try {
        const { status, text, headers } = await this.send(spec, Math.min(this.requestTimeoutMs, remaining));
        usage = this.readUsage(headers);
        this.lastRegainMs = usage.regainMs;
        let json: unknown;
        let parsed = true;
        try {
          json = parseGraphJson(text);
        } catch {
          parsed = false;
        }
        if (!parsed) {
          // By status first: a 429 with a proxy's text body is a throttle (so a write is retried too).
          error =
            status === 429
              ? new GraphError('throttle', spec.endpoint, 'throttled (HTTP 429)', { status })
              : status >= 500
                ? new GraphError('server', spec.endpoint, `server error (HTTP ${status})`, { status })
                : status >= 400
                  ? new GraphError('bad-response', spec.endpoint, `HTTP ${status} with an answer that is not JSON (a proxy's or a firewall's page?)`, { status })
                  : new GraphError('bad-response', spec.endpoint, 'truncated or invalid JSON', { status });
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
      // A write is retried only when Graph certainly did not run it (a throttle answer).
      if (spec.write && error.kind !== 'throttle') throw error;
      lastError = error;
      if (attempt >= this.maxRetries) throw error;
      // At least what the answer asked for: a throttle's regain time, and any `Retry-After` (a 429, a 503).
      const wait = Math.max(this.backoff(attempt), error.kind === 'throttle' ? usage.regainMs : 0, usage.retryAfterMs);
      if (this.overBudget(wait)) throw budgetError(error, wait, this.budgetMs);
      this.log(`retry ${attempt + 1} of ${spec.method} ${spec.endpoint} in ${Math.round(wait)} ms: ${error.reason}`);
      await this.sleepImpl(wait);
    }
  }

  /** Usage at 100 % on a successful answer: hold the next request back (Meta: stop calling). */
  private notePressure(usage: Usage): void {
    const wait = Math.max(usage.regainMs, this.backoff(this.usageStrikes));
    this.usageStrikes++;
    this.pauseUntil = Math.max(this.pauseUntil, this.now() + wait);
  }

  private async send(spec: RequestSpec, timeoutMs: number): Promise<{ status: number; text: string; headers: Headers }> {
    const url = new URL(spec.url.href);
    const init: RequestInit = { method: spec.method, redirect: 'manual', signal: AbortSignal.timeout(Math.max(1, timeoutMs)) };
    const tokenParams = this.tokenParams(spec.token);
    if (spec.method === 'GET') {
      for (const [k, v] of tokenParams) url.searchParams.set(k, v);
    } else {
      const form = new URLSearchParams(spec.form ?? {});
      for (const [k, v] of tokenParams) form.set(k, v);
      init.body = form.toString();
      init.headers = { 'content-type': 'application/x-www-form-urlencoded' };
    }
    this.roundTrips++;
    const started = this.now();
    this.log(`${spec.method} ${this.scrub(displayUrl(url))}${spec.debugBody ? ` ${spec.debugBody}` : ''}`);
    try {
      const res = await this.fetchImpl(url, init);
      const whole = this.bytesLeft < this.maxBodyBytes;
      const text = await readCapped(res, Math.min(this.maxBodyBytes, this.bytesLeft), spec.endpoint, whole ? `the answers of this check passed ${formatBytes(this.maxTotalBytes)} in all; not read further` : undefined);
      this.bytesLeft -= Buffer.byteLength(text, 'utf8');
      this.log(`${res.status} ${spec.method} ${spec.endpoint} (${text.length} bytes, ${this.now() - started} ms)`);
      if (res.status >= 300 && res.status < 400) {
        // Never follow a redirect with a token in the URL.
        throw new GraphError('bad-response', spec.endpoint, `unexpected redirect (HTTP ${res.status})`, { status: res.status });
      }
      return { status: res.status, text, headers: res.headers };
    } catch (e) {
      if (e instanceof GraphError) throw e;
      const name = e instanceof Error ? e.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        const within = timeoutMs < 1000 ? `${Math.round(timeoutMs)} ms` : `${Math.round(timeoutMs / 1000)} s`;
        throw new GraphError('timeout', spec.endpoint, `no answer within ${within}`);
      }
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause : undefined;
      const code = cause && 'code' in cause ? String((cause as { code?: unknown }).code) : '';
      throw new GraphError('network', spec.endpoint, `network error${code ? ` (${code})` : ''}`);
    }
  }
}

// ---- helpers ----

function displayUrl(url: URL): string {
  const parts: string[] = [];
  for (const [k, v] of url.searchParams) {
    parts.push(`${k}=${k === 'access_token' || k === 'appsecret_proof' || k === 'input_token' ? redact(v) : v}`);
  }
  return `${url.origin}${url.pathname}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
}

/** The body as text, streamed and cut off (kind 'too-large') past `cap` bytes (`note`: what to say then). */
async function readCapped(res: Response, cap: number, endpoint: string, note?: string): Promise<string> {
  const tooLarge = () => new GraphError('too-large', endpoint, note ?? `the answer is larger than ${formatBytes(cap)}; not read`, { status: res.status });
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / (1024 * 1024)) * 10) / 10} MiB` : n >= 1024 ? `${Math.round(n / 1024)} KiB` : `${n} bytes`;
}

function splitOnce(s: string, sep: string): [string, string?] {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}

/** The most headers of one batch item read (Graph sends a dozen). */
const MAX_ITEM_HEADERS = 100;

/**
 * A batch item's `headers` (`[{"name": …, "value": …}]`) for `readUsage`: names matched without case,
 * anything else in the list skipped. Not a `Headers` object: that refuses values a server may send.
 */
function itemHeaders(list: unknown[]): Pick<Headers, 'get'> {
  const byName = new Map<string, string>();
  for (const h of list.slice(0, MAX_ITEM_HEADERS)) {
    if (!isRecord(h) || typeof h.name !== 'string' || typeof h.value !== 'string') continue;
    const name = h.name.toLowerCase();
    if (!byName.has(name)) byName.set(name, h.value);
  }
  return { get: (name: string) => byName.get(name.toLowerCase()) ?? null };
}

function endpointOf(relativeUrl: string): string {
  return splitOnce(relativeUrl, '?')[0]!.replace(/^\/+/, '');
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** An id as Graph sends it (string or number) as a string, or undefined. */
/**
 * JSON from Graph, with integers of 16 digits or more read as strings: ids may come as JSON numbers
 * (older answers of debug_token, `"user_id": 10215241773831025`), and past 2^53 a number is another
 * id. One linear pass over the text, outside strings only (Node 20's JSON.parse shows no source text).
 */
export function parseGraphJson(text: string): unknown {
  return JSON.parse(BIG_INT.test(text) ? quoteBigIntegers(text) : text);
}

const BIG_INT = /\d{16}/;

function quoteBigIntegers(text: string): string {
  let out = '';
  let at = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      continue;
    }
    if (c < 0x30 || c > 0x39) continue;
    // A number starts here (after `:`, `[`, `,`, `-` or blanks): read whole, fraction and exponent
    // included (`0.30000000000000004` is one number), and quoted only when it is a long integer.
    const digits = (from: number) => {
      let k = from;
      while (k < text.length && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
      return k;
    };
    const intEnd = digits(i);
    let j = intEnd;
    if (text[j] === '.') j = digits(j + 1);
    if (text[j] === 'e' || text[j] === 'E') j = digits(text[j + 1] === '+' || text[j + 1] === '-' ? j + 2 : j + 1);
    const neg = i > 0 && text[i - 1] === '-';
    if (j === intEnd && intEnd - i >= 16 && !neg) {
      out += `${text.slice(at, i)}"${text.slice(i, j)}"`;
      at = j;
    }
    i = j - 1;
  }
  return at === 0 ? text : out + text.slice(at);
}

export function toId(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  return undefined;
}

function expectObject(json: unknown, endpoint: string): Record<string, unknown> {
  if (!isRecord(json)) throw new GraphError('bad-response', endpoint, 'answer is not a JSON object');
  return json;
}

function expectPage(json: unknown, endpoint: string): Record<string, unknown> {
  const obj = expectObject(json, endpoint);
  if (!Array.isArray(obj.data) || !obj.data.every(isRecord)) {
    throw new GraphError('bad-response', endpoint, 'answer has no data array');
  }
  return obj;
}

/** `paging.next` of a page, when present. */
export function nextLink(body: Record<string, unknown>): string | undefined {
  const paging = body.paging;
  if (!isRecord(paging)) return undefined;
  return typeof paging.next === 'string' && paging.next !== '' ? paging.next : undefined;
}

function asGraphError(e: unknown, endpoint: string): GraphError {
  if (e instanceof GraphError) return e;
  return new GraphError('bad-response', endpoint, 'unexpected failure while reading the answer');
}

function budgetError(cause: GraphError, waitMs: number, budgetMs: number): GraphError {
  const budget = `${Math.round(budgetMs / 1000)} s budget`;
  // A regain time Graph gives past a day (or one that is no number) is said as such, not as `Infinity s`.
  const ask = waitMs > 0 ? ` (the next try would wait ${Number.isFinite(waitMs) && waitMs < 86_400_000 ? `${Math.ceil(waitMs / 1000)} s` : 'more than a day'})` : '';
  const what = cause.kind === 'throttle' ? cause.reason : `${cause.reason}, retried`;
  return new GraphError('budget', cause.endpoint, `${what} past the ${budget}${ask}`, {
    code: cause.code,
    subcode: cause.subcode,
    status: cause.status,
    waitMs,
  });
}

/** Normalise a `debug_token` answer (`{data: {...}}`): ids as strings, times as unix seconds. */
export function parseDebugToken(body: Record<string, unknown>): TokenInfo {
  const d = body.data;
  if (!isRecord(d)) throw new GraphError('bad-response', 'debug_token', 'answer has no data object');
  const info: TokenInfo = {
    isValid: d.is_valid === true,
    scopes: Array.isArray(d.scopes) ? d.scopes.filter((s): s is string => typeof s === 'string') : [],
  };
  if (typeof d.type === 'string') info.type = d.type;
  const appId = toId(d.app_id);
  if (appId) info.appId = appId;
  const userId = toId(d.user_id);
  if (userId) info.userId = userId;
  const expiresAt = toNumber(d.expires_at);
  if (expiresAt !== undefined) info.expiresAt = expiresAt;
  const issuedAt = toNumber(d.issued_at);
  if (issuedAt !== undefined) info.issuedAt = issuedAt;
  if (isRecord(d.error)) {
    const err: NonNullable<TokenInfo['error']> = {};
    const code = toNumber(d.error.code);
    const subcode = toNumber(d.error.subcode ?? d.error.error_subcode);
    if (code !== undefined) err.code = code;
    if (subcode !== undefined) err.subcode = subcode;
    if (typeof d.error.message === 'string') err.message = clipRedacted(d.error.message, 200);
    info.error = err;
  }
  return info;
}
