/**
 * A fake Graph API on 127.0.0.1 (port 0) serving the documented shapes of reference/graph-api.md §1:
 * system_users (with role), assigned_* edges (tasks unpacked, ad accounts as act_…), debug_token
 * (app token only), the batch endpoint, cursor paging with absolute `paging.next`, Graph error
 * bodies, usage headers, appsecret_proof checks on every request and batch item, and switchable faults.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeAssetType = 'page' | 'catalog' | 'ad_account' | 'whatsapp_business_account' | 'pixel' | 'instagram_account';

export interface FakeAsset {
  /** Digits; ad accounts are served as `act_<id>` (an `act_` prefix here is kept as is). */
  id: string;
  type: FakeAssetType;
  name: string;
  tasks: string[];
}

export interface FakeSystemUser {
  id: string;
  name: string;
  role: string;
  assets: FakeAsset[];
}

export interface FakeTokenInfo {
  type: string;
  app_id: string;
  user_id?: string;
  scopes: string[];
  expires_at?: number;
  issued_at?: number;
  is_valid: boolean;
}

export interface FakeBusiness {
  id: string;
  appId: string;
  appSecret: string;
  systemUsers: FakeSystemUser[];
  /** Tokens debug_token knows, by value. */
  tokens: Record<string, FakeTokenInfo>;
  /** The token that reads the business (GRAPHGUARD_GRAPH_TOKEN). */
  graphToken: string;
  /** Tokens of other apps: debug_token answers "(#100) The App_id in the input_token did not match the Viewing App". */
  foreignTokens?: string[];
  /**
   * Ids the business owns per asset type (`owned_*` edges; ad accounts as digits), and `apps`
   * (owned_apps). Default: every asset some system user has a grant on, and the app.
   */
  owned?: Partial<Record<FakeAssetType | 'app', string[]>>;
  /** Ids shared with the business as a client (`client_*` edges). Default: none. */
  client?: Partial<Record<FakeAssetType | 'app', string[]>>;
}

export type ThrottleCode = 4 | 17 | 32 | 613 | 80001 | 80004;

export interface Faults {
  /** The first N matching HTTP requests are throttled (HTTP 400 with `throttleCode`). */
  throttleFirst: number;
  throttleCode: ThrottleCode;
  /** `estimated_time_to_regain_access` (minutes) in X-Business-Use-Case-Usage of throttled answers. */
  regainMinutes: number;
  /** The first N matching HTTP requests answer HTTP 500 with a code 2 body. */
  status500First: number;
  /** The first N matching HTTP requests are never answered. */
  hangFirst: number;
  /** The first N matching HTTP requests get half a JSON body. */
  truncateFirst: number;
  /** The first N matching HTTP requests get HTTP 403 with an HTML page (a proxy's or a firewall's). */
  proxyPageFirst: number;
  /** Every request with the graph token gets 190/463. */
  expiredGraphToken: boolean;
  /** Delay before every answer. */
  latencyMs: number;
  /** `paging.next` links point at another host. */
  foreignNextHost: boolean;
  /** `paging.next` links ask for the page they are on again (a cursor that never moves). */
  repeatNext: boolean;
  /**
   * The first N batch items (across batches) answer a throttle error (`throttleCode`) inside the batch,
   * with the item header X-Business-Use-Case-Usage (`regainMinutes`) unless the batch asked
   * `include_headers=false` (Graph then drops every item's headers).
   */
  throttleItemsFirst: number;
  /** The first N batch items (across batches) come back as null. */
  nullItemsFirst: number;
  /** Which HTTP requests the per-request faults above hit. */
  target: 'any' | 'get' | 'batch';
  /** The first N matching HTTP requests get a body that never ends (streamed until the client hangs up). */
  endlessBodyFirst: number;
  /**
   * Edge refusals (code 100) carry a hostile message: the first 40 characters of the caller's token,
   * an ESC sequence and a workflow command.
   */
  hostileErrors: boolean;
  /** The owned_* / client_* edges answer "Unknown path components" (a Graph without them). */
  noOwnershipEdges: boolean;
  /** X-App-Usage values sent on every answer. */
  appUsage: { call_count: number; total_time: number; total_cputime: number };
}

export interface FakeOptions {
  /** Items per page on every edge (the smaller of this and `limit`); default 25. */
  pageSize?: number;
  /** Reject requests without a valid appsecret_proof; default true. */
  requireProof?: boolean;
  faults?: Partial<Faults>;
  rotation?: Partial<Pick<FakeRotation, 'unverifiable' | 'deleteSparesNewest' | 'deleteFails' | 'deleteRefused' | 'deleteAnswers' | 'deleteDropsAnswer' | 'outageAfterDelete' | 'extraScopes' | 'neverExpires' | 'noExpiry'>>;
}

export type TokenKind = 'graph' | 'app' | 'known' | 'unknown' | 'none';

export interface RecordedBatchItem {
  method: string;
  relativeUrl: string;
  path: string;
  query: Record<string, string>;
  /** Where its token came from: its own relative_url or the batch's top level. */
  tokenFrom: 'item' | 'top' | 'none';
  tokenKind: TokenKind;
  proofPresent: boolean;
  proofValid: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Form fields of a POST. */
  form?: Record<string, string>;
  batch?: RecordedBatchItem[];
  tokenKind: TokenKind;
  proofPresent: boolean;
  proofValid: boolean;
  /** The HTTP status answered, or 0 when the request was left hanging. */
  status: number;
}

/** Token creation and revocation (`graphguard rotate`) as the fake saw them. */
export interface FakeRotation {
  /** Every POST/DELETE on /{user}/access_tokens, token values replaced. */
  calls: { method: string; userId: string; form: Record<string, string> }[];
  /** Token values created, in order. */
  issued: string[];
  /** New tokens are not registered: debug_token says they are invalid. */
  unverifiable: boolean;
  /** DELETE spares the token created last (the other reading of "revokes every token"). */
  deleteSparesNewest: boolean;
  /** DELETE answers HTTP 500 with code 2 ("retry later") and revokes nothing. */
  deleteFails: boolean;
  /** DELETE answers a Graph refusal (code 200) and revokes nothing. */
  deleteRefused?: boolean;
  /** DELETE answers HTTP 200 with this body and revokes nothing (`{"success": false}`, `{}`). */
  deleteAnswers?: unknown;
  /** DELETE revokes (as usual), then drops the connection without an answer. */
  deleteDropsAnswer: boolean;
  /** After a DELETE that revoked, every request answers HTTP 503 with an HTML page (a short outage). */
  outageAfterDelete: boolean;
  /** Whether a DELETE has revoked tokens. */
  revoked: boolean;
  /** Scopes a new token gets beyond the ones asked for. */
  extraScopes?: string[];
  /** New tokens never expire, whatever was asked. */
  neverExpires?: boolean;
  /** debug_token gives no `expires_at` for new tokens. */
  noExpiry?: boolean;
}

export interface FakeGraph {
  url: string;
  requests: RecordedRequest[];
  rotation: FakeRotation;
  roundTrips(): number;
  setFaults(f: Partial<Faults>): void;
  close(): Promise<void>;
}

const DEFAULT_FAULTS: Faults = {
  throttleFirst: 0,
  throttleCode: 4,
  regainMinutes: 0,
  status500First: 0,
  hangFirst: 0,
  truncateFirst: 0,
  proxyPageFirst: 0,
  expiredGraphToken: false,
  latencyMs: 0,
  foreignNextHost: false,
  repeatNext: false,
  throttleItemsFirst: 0,
  nullItemsFirst: 0,
  endlessBodyFirst: 0,
  hostileErrors: false,
  noOwnershipEdges: false,
  target: 'any',
  appUsage: { call_count: 5, total_time: 3, total_cputime: 2 },
};

const EDGES: Record<string, FakeAssetType> = {
  assigned_pages: 'page',
  assigned_product_catalogs: 'catalog',
  assigned_ad_accounts: 'ad_account',
  assigned_whatsapp_business_accounts: 'whatsapp_business_account',
  assigned_ads_pixels: 'pixel',
};

/** Business edges listing owned and client assets (Meta's codegen spec Business). */
const OWN_EDGES: Record<string, [FakeAssetType | 'app', 'owned' | 'client']> = {
  owned_pages: ['page', 'owned'],
  client_pages: ['page', 'client'],
  owned_product_catalogs: ['catalog', 'owned'],
  client_product_catalogs: ['catalog', 'client'],
  owned_ad_accounts: ['ad_account', 'owned'],
  client_ad_accounts: ['ad_account', 'client'],
  owned_pixels: ['pixel', 'owned'],
  client_pixels: ['pixel', 'client'],
  owned_instagram_accounts: ['instagram_account', 'owned'],
  owned_whatsapp_business_accounts: ['whatsapp_business_account', 'owned'],
  client_whatsapp_business_accounts: ['whatsapp_business_account', 'client'],
  owned_apps: ['app', 'owned'],
  client_apps: ['app', 'client'],
};

const THROTTLE_MESSAGES: Record<number, [string, number | undefined]> = {
  4: ['(#4) Application request limit reached', undefined],
  17: ['(#17) User request limit reached', 2446079],
  32: ['(#32) Page request limit reached', undefined],
  613: ['(#613) Calls to this api have exceeded the rate limit.', 1487742],
  80001: ['(#80001) There have been too many calls to this Page account. Wait a bit and try again.', 2446079],
  80004: ['(#80004) There have been too many calls to this ad-account. Wait a bit and try again.', 2446079],
};

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

let traceCounter = 0;
function fbtrace(): string {
  traceCounter++;
  return `AFake${traceCounter.toString(36).padStart(6, '0')}`;
}

export function graphError(status: number, code: number, message: string, type: string, subcode?: number): Answer {
  const error: Record<string, unknown> = { message, type, code };
  if (subcode !== undefined) error.error_subcode = subcode;
  error.fbtrace_id = fbtrace();
  return { status, body: { error } };
}

function proofOf(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

/** Start the fake Graph API. */
export async function startFakeGraph(business: FakeBusiness, opts: FakeOptions = {}): Promise<FakeGraph> {
  const faults: Faults = { ...DEFAULT_FAULTS, ...opts.faults };
  const pageSize = opts.pageSize ?? 25;
  const requireProof = opts.requireProof ?? true;
  const requests: RecordedRequest[] = [];
  const rotation: FakeRotation = { calls: [], issued: [], unverifiable: false, deleteSparesNewest: false, deleteFails: false, deleteDropsAnswer: false, outageAfterDelete: false, revoked: false, ...opts.rotation };
  const appToken = `${business.appId}|${business.appSecret}`;
  let origin = '';

  const kindOf = (token: string | undefined): TokenKind => {
    if (token === undefined || token === '') return 'none';
    if (token === business.graphToken) return 'graph';
    if (token === appToken) return 'app';
    if (token in business.tokens) return 'known';
    return 'unknown';
  };

  const proofCheck = (token: string | undefined, proof: string | undefined): { present: boolean; valid: boolean } => {
    if (!token) return { present: proof !== undefined, valid: false };
    return { present: proof !== undefined && proof !== '', valid: proof === proofOf(token, business.appSecret) };
  };

  const authFail = (token: string | undefined, proof: { present: boolean; valid: boolean }): Answer | undefined => {
    const kind = kindOf(token);
    if (kind === 'none') return graphError(400, 2500, 'An active access token must be used to query information about the current user.', 'OAuthException');
    // A token of another app: its proof was made with this app's secret, so Graph refuses it.
    if (token !== undefined && business.foreignTokens?.includes(token)) {
      return graphError(400, 100, 'Invalid appsecret_proof provided in the API argument', 'GraphMethodException');
    }
    if (kind === 'unknown') return graphError(400, 190, 'Invalid OAuth access token - Cannot parse access token', 'OAuthException');
    if (kind === 'graph' && faults.expiredGraphToken) {
      return graphError(400, 190, 'Error validating access token: Session has expired on Tuesday, 01-Sep-26 10:00:00 PDT.', 'OAuthException', 463);
    }
    if (requireProof && !proof.present) return graphError(400, 100, 'API calls from the server require an appsecret_proof argument', 'GraphMethodException');
    if (requireProof && !proof.valid) return graphError(400, 100, 'Invalid appsecret_proof provided in the API argument', 'GraphMethodException');
    return undefined;
  };

  /** One page; like Graph, `paging.next` repeats the caller's access_token (never the proof). */
  const paged = (path: string, query: Record<string, string>, all: Record<string, unknown>[], version: string, token: string): Answer => {
    const limit = Math.max(1, Math.min(pageSize, Number(query.limit ?? pageSize) || pageSize));
    const start = query.after ? Number(Buffer.from(query.after, 'base64').toString('utf8')) || 0 : 0;
    const data = all.slice(start, start + limit);
    const body: Record<string, unknown> = { data };
    const paging: Record<string, unknown> = {};
    if (all.length > 0) {
      paging.cursors = {
        before: Buffer.from(String(start)).toString('base64'),
        after: Buffer.from(String(start + data.length)).toString('base64'),
      };
    }
    if (start + limit < all.length) {
      const host = faults.foreignNextHost ? 'http://graph.evil.invalid:8443' : origin;
      const next = new URL(`${host}/${version}/${path}`);
      for (const [k, v] of Object.entries(query)) if (k !== 'after' && k !== 'appsecret_proof') next.searchParams.set(k, v);
      next.searchParams.set('access_token', token);
      next.searchParams.set('limit', String(limit));
      next.searchParams.set('after', Buffer.from(String(faults.repeatNext ? start : start + limit)).toString('base64'));
      paging.next = next.href;
    }
    body.paging = paging;
    return { status: 200, body };
  };

  const pick = (obj: Record<string, unknown>, fields: string | undefined, defaults: string[]): Record<string, unknown> => {
    const want = fields ? fields.split(',').map((f) => f.trim()) : defaults;
    const out: Record<string, unknown> = {};
    for (const f of want) if (f in obj) out[f] = obj[f];
    return out;
  };

  /** Answer one GET (top-level or a batch item) after authentication. */
  const route = (version: string, path: string, query: Record<string, string>, token: string): Answer => {
    const parts = path.split('/').filter(Boolean);
    if (parts.length === 1 && parts[0] === 'debug_token') {
      const kind = kindOf(token);
      if (kind !== 'app') {
        return graphError(400, 100, '(#100) You must provide an app access token, or a user access token that is an owner or developer of the app', 'OAuthException');
      }
      const input = query.input_token;
      if (!input) return graphError(400, 100, '(#100) The parameter input_token is required', 'OAuthException');
      if (business.foreignTokens?.includes(input)) {
        return graphError(400, 100, '(#100) The App_id in the input_token did not match the Viewing App', 'OAuthException');
      }
      const info = business.tokens[input];
      if (!info) {
        return {
          status: 200,
          body: { data: { is_valid: false, scopes: [], error: { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' } } },
        };
      }
      const data: Record<string, unknown> = {
        app_id: info.app_id,
        type: info.type,
        application: 'Fake App',
        data_access_expires_at: 0,
        expires_at: info.expires_at,
        is_valid: info.is_valid,
        scopes: info.scopes,
        granular_scopes: info.scopes.map((scope) => ({ scope })),
      };
      if (info.issued_at !== undefined) data.issued_at = info.issued_at;
      if (info.user_id !== undefined) data.user_id = info.user_id;
      if (!info.is_valid) data.error = { code: 190, subcode: 463, message: 'Session has expired.' };
      return { status: 200, body: { data } };
    }
    if (kindOf(token) !== 'graph') {
      return graphError(400, 200, '(#200) Requires business_management permission to manage the object', 'OAuthException');
    }
    if (parts.length === 2 && parts[0] === business.id && parts[1] === 'system_users') {
      const all = business.systemUsers.map((u) => pick({ id: u.id, name: u.name, role: u.role }, query.fields, ['id', 'name']));
      return paged(path, query, all, version, token);
    }
    const missing = (id: string): Answer =>
      graphError(
        400,
        100,
        faults.hostileErrors
          ? `Invalid parameter: access_token=${token.slice(0, 40)} \u001b[31m\n::error::owned ${id}`
          : `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
        'GraphMethodException',
        33,
      );
    if (parts.length === 2 && parts[0] === business.id && parts[1]! in OWN_EDGES) {
      if (faults.noOwnershipEdges) return graphError(400, 2500, `Unknown path components: /${parts[1]}`, 'OAuthException');
      const [type, side] = OWN_EDGES[parts[1]!]!;
      const ids = (side === 'owned' ? ownedIds(type) : (business.client?.[type] ?? [])).map((id) =>
        type === 'ad_account' && !id.startsWith('act_') ? `act_${id}` : id,
      );
      return paged(path, query, ids.map((id) => ({ id })), version, token);
    }
    if (parts.length === 2 && parts[1] === 'assigned_users') {
      const igId = parts[0]!;
      const holders = business.systemUsers.filter((u) => u.assets.some((a) => a.type === 'instagram_account' && a.id === igId));
      const known = holders.length > 0 || ownedIds('instagram_account').includes(igId) || (business.client?.instagram_account ?? []).includes(igId);
      if (!known) return missing(igId);
      if (query.business !== business.id) return graphError(400, 100, '(#100) The parameter business is required', 'OAuthException');
      const all = holders.map((u) => {
        const a = u.assets.find((x) => x.type === 'instagram_account' && x.id === igId)!;
        return pick({ id: u.id, name: u.name, user_type: 'SYSTEM_USER', tasks: a.tasks }, query.fields, ['id', 'name', 'tasks']);
      });
      return paged(path, query, all, version, token);
    }
    if (parts.length === 2 && parts[1]! in EDGES) {
      const user = business.systemUsers.find((u) => u.id === parts[0]);
      if (!user) return missing(parts[0]!);
      const type = EDGES[parts[1]!]!;
      const all = user.assets
        .filter((a) => a.type === type)
        .map((a) => {
          const id = a.type === 'ad_account' && !a.id.startsWith('act_') ? `act_${a.id}` : a.id;
          return pick({ id, name: a.name, tasks: a.tasks }, query.fields, ['id', 'tasks']);
        });
      return paged(path, query, all, version, token);
    }
    return graphError(400, 100, `Unknown path components: /${parts.join('/')}`, 'OAuthException', 2500);
  };

  /** Owned ids of a type: the configured list, else every granted asset of that type (and the app). */
  function ownedIds(type: FakeAssetType | 'app'): string[] {
    const configured = business.owned?.[type];
    if (configured) return configured;
    if (type === 'app') return [business.appId];
    return [...new Set(business.systemUsers.flatMap((u) => u.assets.filter((a) => a.type === type).map((a) => a.id.replace(/^act_/, ''))))];
  }

  /** X-Business-Use-Case-Usage of a throttled answer: the business at 100 %, `regainMinutes` to wait. */
  const bucHeader = (): Record<string, string> => ({
    'X-Business-Use-Case-Usage': JSON.stringify({
      [business.id]: [
        {
          type: faults.throttleCode === 80004 ? 'ads_management' : 'pages',
          call_count: 100,
          total_cputime: 40,
          total_time: 40,
          estimated_time_to_regain_access: faults.regainMinutes,
        },
      ],
    }),
  });

  const matches = (method: string): boolean =>
    faults.target === 'any' || (faults.target === 'batch' ? method === 'POST' : method === 'GET');

  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  const send = (res: ServerResponse, rec: RecordedRequest, answer: Answer, truncate = false): void => {
    rec.status = answer.status;
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=UTF-8',
      'x-app-usage': JSON.stringify(faults.appUsage),
      'x-fb-trace-id': fbtrace(),
      ...answer.headers,
    };
    let text = JSON.stringify(answer.body);
    if (truncate) text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    res.writeHead(answer.status, headers);
    res.end(text);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(origin + (req.url ?? '/'));
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const query = Object.fromEntries(url.searchParams);
    const form = method === 'POST' || method === 'DELETE' ? Object.fromEntries(new URLSearchParams(raw)) : undefined;
    const params = { ...query, ...form };
    const token = params.access_token;
    const proof = proofCheck(token, params.appsecret_proof);
    const rec: RecordedRequest = {
      method,
      path: url.pathname,
      query,
      form,
      tokenKind: kindOf(token),
      proofPresent: proof.present,
      proofValid: proof.valid,
      status: 0,
    };
    requests.push(rec);

    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    if (rotation.outageAfterDelete && rotation.revoked) {
      rec.status = 503;
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html><body>503 Service Unavailable</body></html>');
      return;
    }
    if (matches(method)) {
      if (faults.endlessBodyFirst > 0) {
        faults.endlessBodyFirst--;
        rec.status = 200;
        res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
        res.write('{"data":[{"id":"');
        const chunk = 'A'.repeat(64 * 1024);
        const pump = (): void => {
          while (!res.destroyed && res.write(chunk)) {
            /* keep the pipe full */
          }
          if (!res.destroyed) res.once('drain', pump);
        };
        res.on('error', () => undefined);
        pump();
        return;
      }
      if (faults.hangFirst > 0) {
        faults.hangFirst--;
        return; // never answered; close() destroys the socket
      }
      if (faults.status500First > 0) {
        faults.status500First--;
        return send(res, rec, graphError(500, 2, 'An unexpected error has occurred. Please retry your request later.', 'OAuthException'));
      }
      if (faults.proxyPageFirst > 0) {
        faults.proxyPageFirst--;
        rec.status = 403;
        res.writeHead(403, { 'content-type': 'text/html' });
        res.end('<html><body><h1>403 Forbidden</h1>Request blocked by policy.</body></html>');
        return;
      }
      if (faults.truncateFirst > 0) {
        faults.truncateFirst--;
        const answer = method === 'POST' ? batchAnswerStub() : { status: 200, body: { data: [{ id: '1', name: 'x' }], paging: {} } };
        return send(res, rec, answer, true);
      }
      if (faults.throttleFirst > 0) {
        faults.throttleFirst--;
        const [message, subcode] = THROTTLE_MESSAGES[faults.throttleCode] ?? ['Rate limited', undefined];
        const answer = graphError(400, faults.throttleCode, message, 'OAuthException', subcode);
        answer.headers = bucHeader();
        return send(res, rec, answer);
      }
    }

    const m = /^\/(v\d+\.\d+)(\/.*)?$/.exec(url.pathname);
    if (!m) return send(res, rec, graphError(400, 2500, 'Unknown path components', 'OAuthException'));
    const version = m[1]!;
    const path = (m[2] ?? '/').replace(/^\/+/, '');

    const fail = authFail(token, proof);
    if (fail) return send(res, rec, fail);

    if (method === 'GET') {
      if (path === '') return send(res, rec, graphError(400, 100, 'Unsupported get request.', 'GraphMethodException'));
      return send(res, rec, route(version, path, query, token!));
    }
    const tokensOf = /^(\d+)\/access_tokens$/.exec(path);
    if (tokensOf && (method === 'POST' || method === 'DELETE')) {
      const answer = accessTokens(method, tokensOf[1]!, form ?? {}, token!);
      if (method === 'DELETE' && rotation.deleteDropsAnswer && answer.status === 200) {
        // It ran (every token revoked), but the connection drops before any answer.
        rec.status = 0;
        res.socket?.destroy();
        return;
      }
      return send(res, rec, answer);
    }
    if (method !== 'POST' || path !== '') {
      return send(res, rec, graphError(400, 100, 'Unsupported post request.', 'GraphMethodException', 33));
    }
    let items: unknown;
    try {
      items = JSON.parse(form?.batch ?? '');
    } catch {
      return send(res, rec, graphError(400, 100, '(#100) The parameter batch is required', 'OAuthException'));
    }
    if (!Array.isArray(items)) return send(res, rec, graphError(400, 100, '(#100) param batch must be an array.', 'OAuthException'));
    if (items.length > 50) {
      return send(res, rec, graphError(400, 1, 'Too many requests in batch message. Maximum batch size is 50', 'GraphBatchException'));
    }
    rec.batch = [];
    const out: unknown[] = [];
    for (const item of items) {
      const it = (item ?? {}) as { method?: string; relative_url?: string };
      const rel = String(it.relative_url ?? '');
      const relUrl = new URL(rel.replace(/^\/+/, ''), `${origin}/${version}/`);
      const relPath = relUrl.pathname.replace(/^\/v\d+\.\d+\//, '').replace(/^v\d+\.\d+\//, '');
      const relQuery = Object.fromEntries(relUrl.searchParams);
      const own = relQuery.access_token;
      const itemToken = own ?? token;
      const itemProofValue = relQuery.appsecret_proof ?? (own === undefined ? params.appsecret_proof : undefined);
      const itemProof = proofCheck(itemToken, itemProofValue);
      const itemMethod = (it.method ?? 'GET').toUpperCase();
      rec.batch.push({
        method: itemMethod,
        relativeUrl: rel,
        path: relPath,
        query: relQuery,
        tokenFrom: own !== undefined ? 'item' : token ? 'top' : 'none',
        tokenKind: kindOf(itemToken),
        proofPresent: itemProof.present,
        proofValid: itemProof.valid,
      });
      if (faults.nullItemsFirst > 0) {
        faults.nullItemsFirst--;
        out.push(null);
        continue;
      }
      let answer: Answer;
      if (faults.throttleItemsFirst > 0) {
        faults.throttleItemsFirst--;
        const [message, subcode] = THROTTLE_MESSAGES[faults.throttleCode] ?? ['Rate limited', undefined];
        answer = graphError(400, faults.throttleCode, message, 'OAuthException', subcode);
        answer.headers = bucHeader();
      } else if (itemMethod !== 'GET') {
        answer = graphError(400, 100, 'Unsupported post request.', 'GraphMethodException', 33);
      } else {
        answer = authFail(itemToken, itemProof) ?? route(version, relPath, relQuery, itemToken!);
      }
      const entry: Record<string, unknown> = { code: answer.status, body: JSON.stringify(answer.body) };
      if (form?.include_headers !== 'false') {
        entry.headers = [{ name: 'Content-Type', value: 'text/javascript; charset=UTF-8' }, ...Object.entries(answer.headers ?? {}).map(([name, value]) => ({ name, value }))];
      }
      out.push(entry);
    }
    return send(res, rec, { status: 200, body: out });
  }

  /**
   * `POST /{system-user-id}/access_tokens` (business_app, scope, set_token_expires_in_60_days) creates a
   * token debug_token knows; `DELETE` revokes every token of that user, the newest included
   * (`rotation.deleteSparesNewest` keeps the last one created). The acting token must be an admin's.
   */
  function accessTokens(method: string, userId: string, form: Record<string, string>, token: string): Answer {
    rotation.calls.push({ method, userId, form: { ...form, access_token: '(redacted)', appsecret_proof: form.appsecret_proof ? '(present)' : '(absent)' } });
    const acting = business.tokens[token];
    const actingUser = business.systemUsers.find((u) => u.id === acting?.user_id);
    if (!acting?.is_valid || actingUser?.role !== 'ADMIN') {
      return graphError(400, 200, '(#200) Requires an admin of the business to manage system user tokens', 'OAuthException');
    }
    const user = business.systemUsers.find((u) => u.id === userId);
    if (!user) return graphError(400, 100, `Unsupported ${method.toLowerCase()} request. Object with ID '${userId}' does not exist`, 'GraphMethodException', 33);
    if (method === 'DELETE') {
      if (rotation.deleteRefused) return graphError(403, 200, '(#200) Requires business_management permission to manage the object', 'OAuthException');
      if (rotation.deleteFails) return graphError(500, 2, 'An unexpected error has occurred. Please retry your request later.', 'OAuthException');
      if (rotation.deleteAnswers !== undefined) return { status: 200, body: rotation.deleteAnswers };
      rotation.revoked = true;
      for (const [value, info] of Object.entries(business.tokens)) {
        if (info.user_id !== userId) continue;
        if (rotation.deleteSparesNewest && value === rotation.issued.at(-1)) continue;
        info.is_valid = false;
      }
      return { status: 200, body: { success: true } };
    }
    if (form.business_app !== business.appId) return graphError(400, 100, '(#100) business_app must be an app of the business', 'OAuthException');
    const value = fakeToken(`rotated-${userId}-${rotation.issued.length}`);
    rotation.issued.push(value);
    if (!rotation.unverifiable) {
      const now = Math.floor(Date.now() / 1000);
      business.tokens[value] = {
        type: 'SYSTEM_USER',
        app_id: business.appId,
        user_id: userId,
        scopes: [...(form.scope ?? '').split(',').filter(Boolean), ...(rotation.extraScopes ?? [])],
        expires_at: rotation.noExpiry ? undefined : form.set_token_expires_in_60_days === 'true' && !rotation.neverExpires ? now + 60 * 86_400 : 0,
        issued_at: now,
        is_valid: true,
      };
    }
    return { status: 200, body: { access_token: value } };
  }

  function batchAnswerStub(): Answer {
    return { status: 200, body: [{ code: 200, body: JSON.stringify({ data: [] }) }] };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    requests,
    rotation,
    roundTrips: () => requests.length,
    setFaults: (f) => Object.assign(faults, f),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A token-like value for tests: `EAAG` + a long alphanumeric run derived from `seed`. */
export function fakeToken(seed: string): string {
  const hex = createHmac('sha256', 'graphguard-test').update(seed).digest('base64').replace(/[^A-Za-z0-9]/g, '');
  return `EAAG${hex}${hex.split('').reverse().join('')}`;
}

export interface ExampleBusiness {
  business: FakeBusiness;
  /** Token value per system-user name (every user has one; `tokens` in the business knows them all). */
  tokenOf: Record<string, string>;
}

/**
 * A business with `users` system users (the first is the ADMIN `bm-admin`, the rest EMPLOYEE
 * `su-01`…), each with `assetsPerType` page, catalog and ad-account grants and a known token.
 */
export function exampleBusiness(users = 4, assetsPerType = 1): ExampleBusiness {
  const appId = '200000000000002';
  const businessId = '100000000000001';
  const systemUsers: FakeSystemUser[] = [];
  const tokens: Record<string, FakeTokenInfo> = {};
  const tokenOf: Record<string, string> = {};
  for (let i = 0; i < users; i++) {
    const admin = i === 0;
    const name = admin ? 'bm-admin' : `su-${String(i).padStart(2, '0')}`;
    const id = String(400000000000000 + i);
    const assets: FakeAsset[] = [];
    for (let k = 0; k < assetsPerType; k++) {
      const n = i * 100 + k;
      assets.push({ id: String(300000000000000 + n), type: 'page', name: `Page ${n}`, tasks: ['CREATE_CONTENT', 'ANALYZE'] });
      assets.push({ id: String(310000000000000 + n), type: 'catalog', name: `Catalog ${n}`, tasks: ['MANAGE', 'ADVERTISE'] });
      assets.push({ id: String(320000000000000 + n), type: 'ad_account', name: `Ads ${n}`, tasks: ['ADVERTISE', 'ANALYZE'] });
    }
    systemUsers.push({ id, name, role: admin ? 'ADMIN' : 'EMPLOYEE', assets });
    const value = fakeToken(`token-${name}`);
    tokenOf[name] = value;
    tokens[value] = {
      type: 'SYSTEM_USER',
      app_id: appId,
      user_id: id,
      scopes: admin ? ['business_management'] : ['catalog_management', 'business_management'],
      expires_at: 0,
      issued_at: 1780000000 + i,
      is_valid: true,
    };
  }
  const graphToken = fakeToken('graph-auditor');
  return {
    business: {
      id: businessId,
      appId,
      appSecret: '0123456789abcdef0123456789abcdef',
      systemUsers,
      tokens,
      graphToken,
    },
    tokenOf,
  };
}
