/** Fetch the live business once into a plain LiveSnapshot: system users, their asset grants, token debug info. */
import type { AssetType, Manifest } from '../manifest/types.js';
import { isImplicitPermission } from '../data.js';
import { appTokenParts } from '../secrets/detect.js';
import { secretHash } from '../secrets/fingerprint.js';
import { Secret } from '../secrets/secret.js';
import { GraphClient, GraphError, nextLink, parseDebugToken, toId, type BatchItem, type BatchResult } from './client.js';
import { ConfigError } from '../types.js';
import { isRecord } from '../guards.js';
import type { DeclaredTokenState, LiveAssetGrant, LiveOwnership, LiveSnapshot, LiveSystemUser, TokenInfo } from './types.js';
import { pushAll } from '../arrays.js';

/**
 * The system-user edges read live, per asset type, with the scopes the audit token needs for each
 * (checked by the preflight). Pages, catalogs, ad accounts and pixels are read for every user (their
 * edges need business_management only, which reading the business needs anyway), so that a grant on
 * an asset the manifest does not declare is seen. WhatsApp accounts are read only when the manifest
 * declares one: their edge needs whatsapp_business_management, which an audit token may not hold.
 */
export const LIVE_EDGES = [
  { type: 'page', edge: 'assigned_pages', label: 'assigned pages', scopes: ['business_management'] },
  { type: 'catalog', edge: 'assigned_product_catalogs', label: 'assigned catalogs', scopes: ['business_management'] },
  { type: 'ad_account', edge: 'assigned_ad_accounts', label: 'assigned ad accounts', scopes: ['business_management'] },
  {
    type: 'whatsapp_business_account',
    edge: 'assigned_whatsapp_business_accounts',
    label: 'assigned WhatsApp Business accounts',
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/
    scopes: ['business_management', 'whatsapp_business_management'],
  },
  {
    type: 'pixel',
    // https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_ads_pixels
    edge: 'assigned_ads_pixels',
    label: 'assigned pixels',
    scopes: ['business_management'],
  },
] as const satisfies readonly { type: AssetType; edge: string; label: string; scopes: readonly string[] }[];

/**
 * Instagram accounts have no system-user edge; each declared one is read per asset with
 * `GET /{instagram-business-asset-id}/assigned_users?business=`, documented at
 * https://developers.facebook.com/docs/graph-api/reference/instagram-business-asset/assigned_users/ (and in
 * Meta's codegen spec InstagramBusinessAsset). That page names no permission; `business_management` is decided
 * from the system-user permissions guide (reading a system user's permissions over assets takes a token with
 * business_management: https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions).
 * No page ties instagram_basic or another Instagram permission to this Business Manager edge.
 */
export const INSTAGRAM_EDGE = { type: 'instagram_account', edge: 'assigned_users', label: 'assigned users', scopes: ['business_management'] } as const;

export type LiveAssetType = (typeof LIVE_EDGES)[number]['type'] | 'instagram_account';

/**
 * Asset types read only when the manifest declares an asset of that type: WhatsApp accounts (their edge
 * needs a scope of its own) and Instagram accounts (read per declared account: no system-user edge).
 */
export const READ_WHEN_DECLARED: readonly LiveAssetType[] = ['whatsapp_business_account', 'instagram_account'];

/**
 * The business edges that list what it owns and what it was given as a client, per asset type
 * (Meta's codegen spec Business: owned_* and client_*). Commerce accounts have neither; Instagram
 * accounts have no client edge.
 */
export const OWNERSHIP_EDGES: Partial<Record<AssetType, { owned: string; client?: string }>> = {
  page: { owned: 'owned_pages', client: 'client_pages' },
  catalog: { owned: 'owned_product_catalogs', client: 'client_product_catalogs' },
  ad_account: { owned: 'owned_ad_accounts', client: 'client_ad_accounts' },
  pixel: { owned: 'owned_pixels', client: 'client_pixels' },
  instagram_account: { owned: 'owned_instagram_accounts' },
  whatsapp_business_account: { owned: 'owned_whatsapp_business_accounts', client: 'client_whatsapp_business_accounts' },
};

/** Graph API version used when the manifest declares none. */
export const DEFAULT_GRAPH_API_VERSION = 'v26.0';

const PAGE_LIMIT = 100;
const MAX_PAGE_ROUNDS = 100;

export interface FetchLiveSnapshotInput {
  manifest: Manifest;
  env: Record<string, string | undefined>;
  /** Base URL without version. */
  graphUrl: string;
  /** The whole live budget: requests, retries and backoff. */
  timeoutSeconds: number;
  /** Secrets found by the scan, to analyse with debug_token. */
  leaked?: Secret[];
  /**
   * Asset types to read. Default: page, catalog, ad_account and pixel, plus whatsapp_business_account and
   * instagram_account when the manifest declares one (READ_WHEN_DECLARED).
   */
  assetTypes?: LiveAssetType[];
  /** Overrides `manifest.app.graphApiVersion` (default v26.0). */
  graphApiVersion?: string;
  requestTimeoutMs?: number;
  /** Largest Graph answer read (default 8 MiB). */
  maxBodyBytes?: number;
  /** Do not read the owned_* / client_* edges (init --from-live has no declared assets). */
  skipOwnership?: boolean;
  /** Run the preflight (default true; init --from-live without --app has no app to check against). */
  preflight?: boolean;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  debug?: (line: string) => void;
  /** Told every secret value the Graph client handles (tokens, the app secret and token, proofs): see GraphClientOptions. */
  onSecrets?: (values: Secret[]) => void;
}


type EdgeDef = (typeof LIVE_EDGES)[number];

interface EdgeJob {
  kind: 'edge';
  user: LiveSystemUser;
  edge: EdgeDef;
  grants: LiveAssetGrant[];
  /** The asset ids in `grants` (made at the first page that needs it). */
  seen?: Set<string>;
}

/** `/{instagram-business-asset-id}/assigned_users?business=`: grants of one declared asset, per user. */
interface AssetJob {
  kind: 'asset';
  type: 'instagram_account';
  assetId: string;
  rows: { userId: string; name?: string; tasks: string[] }[];
}

/** One owned_* / client_* edge of the business: ids only. */
interface OwnJob {
  kind: 'own';
  edge: string;
  side: 'owned' | 'client';
  target: AssetType | 'app';
  ids: string[];
}

interface TokenJob {
  kind: 'token';
  secret: Secret;
  result?: TokenInfo | GraphError;
}

type Job = EdgeJob | AssetJob | OwnJob | TokenJob;

/** A preflight mismatch: every line says what is wrong and how to fix it (exit 2 before any read). */
export class PreflightError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'PreflightError';
  }
}

/**
 * The message of a failed live run as lines to print after `live check failed: `: every preflight
 * mismatch on its own line, else the first line of the error.
 */
export function liveFailureText(e: unknown, prefix: string): string {
  // Anything but the Graph's answers and the user's settings is a bug: an internal error, not exit-2 text.
  if (!(e instanceof GraphError || e instanceof PreflightError || e instanceof ConfigError)) throw e;
  if (e instanceof PreflightError) {
    return e.lines.length === 1 ? `${prefix}: ${e.lines[0]}` : `${prefix} (${e.lines.length} problems):\n${e.lines.map((l) => `  - ${l}`).join('\n')}`;
  }
  return `${prefix}: ${(e as Error).message.split('\n')[0]}`;
}

/** The asset types a live run reads: page, catalog, ad_account and pixel, plus the READ_WHEN_DECLARED types declared. */
export function liveAssetTypes(manifest: Manifest, override?: LiveAssetType[]): Set<LiveAssetType> {
  if (override) return new Set(override);
  const declared = new Set(manifest.assets?.map((a) => a.type) ?? []);
  const types = new Set<LiveAssetType>(['page', 'catalog', 'ad_account', 'pixel']);
  for (const t of READ_WHEN_DECLARED) if (declared.has(t)) types.add(t);
  return types;
}

/** Scopes the audit token needs to read `types`, each with what needs it. */
export function scopesNeeded(types: Set<LiveAssetType>): Map<string, string> {
  const need = new Map<string, string>([['business_management', 'reading the business\'s system users']]);
  const edges = [...LIVE_EDGES.filter((e) => types.has(e.type)), ...(types.has('instagram_account') ? [INSTAGRAM_EDGE] : [])];
  for (const e of edges) {
    for (const scope of e.scopes) {
      if (!need.has(scope)) need.set(scope, `reading ${e.type === 'instagram_account' ? 'the assigned users of Instagram accounts' : e.label} (the manifest declares a ${e.type})`);
    }
  }
  return need;
}

/**
 * The preflight's verdict on debug_token of GRAPHGUARD_GRAPH_TOKEN itself (asked with the app token):
 * is it of the app whose secret signs the proofs, of a usable type, with the scopes reading needs?
 * Throws PreflightError with one line per mismatch. An answer that says nothing (invalid or unknown
 * token, network, budget) lets the reads go ahead, and they say what fails.
 */
function judgeAuditToken(answer: BatchResult | undefined, appId: string, types: Set<LiveAssetType>, client: GraphClient): TokenInfo | undefined {
  if (!answer) return undefined;
  if (!answer.ok) {
    if (answer.error.kind === 'foreign-app') throw new PreflightError([foreignAuditToken(appId)]);
    if (answer.error.kind === 'token' || answer.error.kind === 'bad-proof') throw new PreflightError([wrongAppSecret(appId, answer.error)]);
    return undefined;
  }
  const info = debugAnswer(client, answer.body);
  if (info instanceof GraphError || !info.isValid) return undefined;
  const lines: string[] = [];
  if (info.appId !== undefined && info.appId !== appId) lines.push(foreignAuditToken(appId, info.appId));
  if (info.type !== undefined && info.type !== 'SYSTEM_USER' && info.type !== 'USER') {
    lines.push(
      `GRAPHGUARD_GRAPH_TOKEN is a ${info.type} token; reading a business needs a system-user token. Generate one for the auditor system user (use case business_audit) through app ${appId}.`,
    );
  }
  const missing = [...scopesNeeded(types)].filter(([scope]) => !info.scopes.includes(scope));
  if (missing.length > 0) {
    const all = [...new Set([...info.scopes.filter((s) => !isImplicitPermission(s)), ...missing.map(([s]) => s)])].sort().join(',');
    for (const [scope, why] of missing) {
      lines.push(`GRAPHGUARD_GRAPH_TOKEN lacks the scope ${scope}, which ${why} needs. Generate the audit token with scope=${all} (use case business_audit allows it).`);
    }
  }
  if (lines.length > 0) throw new PreflightError(lines);
  return info;
}

/**
 * Graph refused the proof of GRAPHGUARD_GRAPH_TOKEN: ask debug_token with the app token alone (its
 * own proof) which side is wrong, and throw the PreflightError that says so; else return.
 */
async function explainRefusedProof(client: GraphClient, graphToken: Secret, appId: string): Promise<void> {
  const app = client.appToken();
  if (!app) return;
  try {
    const info = parseDebugToken(await client.getAs(app, 'debug_token', { input_token: graphToken }));
    if (info.isValid && info.appId !== undefined && info.appId !== appId) throw new PreflightError([foreignAuditToken(appId, info.appId)]);
  } catch (e) {
    if (e instanceof PreflightError) throw e;
    if (!(e instanceof GraphError)) throw e;
    if (e.kind === 'foreign-app') throw new PreflightError([foreignAuditToken(appId)]);
    if (e.kind === 'token' || e.kind === 'bad-proof') throw new PreflightError([wrongAppSecret(appId, e)]);
  }
}

function wrongAppSecret(appId: string, e: GraphError): string {
  return `GRAPHGUARD_APP_SECRET is not the app secret of app ${appId} (manifest app.id): Graph refused the app token (${e.reason}). Set GRAPHGUARD_APP_SECRET to app ${appId}'s secret (App Dashboard > App settings > Basic), or fix app.id.`;
}

function foreignAuditToken(appId: string, tokenApp?: string): string {
  const of = tokenApp ? `app ${tokenApp}` : 'another app';
  return `GRAPHGUARD_GRAPH_TOKEN was issued for ${of}, not app ${appId} (manifest app.id, whose secret is GRAPHGUARD_APP_SECRET): every call would fail "Invalid appsecret_proof". Generate the audit token through app ${appId}, or set app.id and GRAPHGUARD_APP_SECRET to the token's app.`;
}

/**
 * Read the business behind `manifest.business.id` with GRAPHGUARD_GRAPH_TOKEN, in as few round trips
 * as the batch API allows. Parts that cannot be read after retries are named in `incomplete`. Throws
 * when GRAPHGUARD_GRAPH_TOKEN is missing or refused (190), when the preflight finds a mismatch
 * (PreflightError), or when the Graph URL/version is unusable.
 */
export async function fetchLiveSnapshot(input: FetchLiveSnapshotInput): Promise<{ snapshot: LiveSnapshot; roundTrips: number }> {
  const { manifest, env } = input;
  const tokenValue = env.GRAPHGUARD_GRAPH_TOKEN;
  if (!tokenValue) {
    throw new ConfigError('GRAPHGUARD_GRAPH_TOKEN is not set: --live needs a token with business_management that reads the business.');
  }
  const appSecretValue = env.GRAPHGUARD_APP_SECRET || undefined;
  const appId = manifest.app?.id;
  const budgetMs = Math.max(0, input.timeoutSeconds) * 1000;
  const graphToken = new Secret(tokenValue);
  const client = new GraphClient({
    baseUrl: input.graphUrl,
    version: input.graphApiVersion ?? manifest.app?.graphApiVersion ?? DEFAULT_GRAPH_API_VERSION,
    token: graphToken,
    appSecret: appSecretValue ? new Secret(appSecretValue) : undefined,
    appId,
    budgetMs,
    requestTimeoutMs: input.requestTimeoutMs,
    ...(input.maxBodyBytes !== undefined ? { maxBodyBytes: input.maxBodyBytes } : {}),
    fetch: input.fetch,
    sleep: input.sleep,
    now: input.now,
    random: input.random,
    debug: input.debug,
    ...(input.onSecrets ? { onSecrets: input.onSecrets } : {}),
  });
  const businessId = manifest.business.id;
  const incomplete: string[] = [];
  const snapshot: LiveSnapshot = { businessId, systemUsers: null, tokens: {}, leakedTokens: {}, incomplete };
  const types = liveAssetTypes(manifest, input.assetTypes);
  snapshot.assetTypesRead = [...types];

  // 1. The business's system users (every page) and, at the same time, the preflight: debug_token of
  //    the audit token itself. Is it of the app whose secret signs every proof, of a usable type, with
  //    the scopes reading the declared asset types needs? Both finish before the first batch.
  const preflightOn = Boolean(appId) && input.preflight !== false && client.canDebugTokens;
  const [usersOutcome, auditOutcome] = await Promise.allSettled([
    client.getAll(`${businessId}/system_users`, { fields: 'id,name,role', limit: PAGE_LIMIT }),
    preflightOn ? client.getAs(client.appToken()!, 'debug_token', { input_token: graphToken }) : Promise.resolve(undefined),
  ]);
  if (preflightOn) {
    const answer: BatchResult =
      auditOutcome.status === 'fulfilled'
        ? { ok: true, status: 200, body: auditOutcome.value! }
        : { ok: false, error: auditOutcome.reason instanceof GraphError ? auditOutcome.reason : rethrow(auditOutcome.reason) };
    const audit = judgeAuditToken(answer, appId!, types, client);
    if (audit) snapshot.auditToken = audit;
  }
  try {
    if (usersOutcome.status === 'rejected') throw usersOutcome.reason;
    snapshot.systemUsers = readSystemUsers(usersOutcome.value);
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    // A refused proof the preflight could not explain: ask debug_token which side is wrong, and say so.
    if (e.kind === 'bad-proof' && appId && input.preflight !== false) await explainRefusedProof(client, graphToken, appId);
    if (e.kind === 'token' || e.kind === 'bad-proof') throw graphTokenRefused(e);
    incomplete.push(`system users of business ${businessId}: ${e.reason}`);
  }

  // 2. One batch: every user's asset edges, each declared Instagram account's assigned users, the
  //    business's owned/client edges for the declared asset types and the app, and debug_token for
  //    every token to check.
  const edges = LIVE_EDGES.filter((e) => types.has(e.type));
  const jobs: Job[] = [];
  const items: BatchItem[] = [];
  for (const user of snapshot.systemUsers ?? []) {
    for (const edge of edges) {
      jobs.push({ kind: 'edge', user, edge, grants: [] });
      items.push({ relative_url: `${user.id}/${edge.edge}?fields=id,name,tasks&limit=${PAGE_LIMIT}` });
    }
  }
  const seenAssets = new Set<string>();
  if (types.has('instagram_account')) {
    for (const a of manifest.assets ?? []) {
      if (a.type !== 'instagram_account' || seenAssets.has(a.id)) continue;
      seenAssets.add(a.id);
      jobs.push({ kind: 'asset', type: 'instagram_account', assetId: a.id, rows: [] });
      items.push({ relative_url: `${a.id}/assigned_users?business=${businessId}&fields=id,name,tasks&limit=${PAGE_LIMIT}` });
    }
  }
  const ownJobs: OwnJob[] = [];
  const addOwn = (edge: string, side: 'owned' | 'client', target: AssetType | 'app'): void => {
    const job: OwnJob = { kind: 'own', edge, side, target, ids: [] };
    ownJobs.push(job);
    jobs.push(job);
    items.push({ relative_url: `${businessId}/${edge}?fields=id&limit=${PAGE_LIMIT}` });
  };
  if (!input.skipOwnership) {
    const declaredTypes = new Set<AssetType>();
    for (const a of manifest.assets ?? []) declaredTypes.add(a.type);
    for (const type of declaredTypes) {
      const e = OWNERSHIP_EDGES[type];
      if (!e) continue;
      // An asset declared as owned may be a client asset by mistake, and the other way round: read both sides,
      // whichever the manifest declares (review L33-1: a page the business has only as a client's, with no asset
      // of its type declared `owner: client`, was said not to be owned, not that another business owns it). The
      // two are items of the same batch: no round trip more.
      addOwn(e.owned, 'owned', type);
      if (e.client) addOwn(e.client, 'client', type);
    }
    if (appId) {
      addOwn('owned_apps', 'owned', 'app');
      addOwn('client_apps', 'client', 'app');
    }
  }

  const noDebug = !appId
    ? 'manifest app.id is not set; debug_token needs the app token {app-id}|{app-secret}'
    : !appSecretValue
      ? 'GRAPHGUARD_APP_SECRET is not set; debug_token needs the app token {app-id}|{app-secret}'
      : undefined;
  const tokenJobs = new Map<string, TokenJob>();
  const tokenJob = (secret: Secret): TokenJob => {
    const hash = secretHash(secret);
    let job = tokenJobs.get(hash);
    if (!job) {
      job = { kind: 'token', secret };
      tokenJobs.set(hash, job);
      jobs.push(job);
      items.push(client.debugTokenItem(secret));
    }
    return job;
  };
  const declaredJobs: { name: string; envVar: string; job: TokenJob }[] = [];
  for (const su of manifest.systemUsers) {
    if (!su.token) continue;
    const envVar = su.token.secret;
    const value = env[envVar];
    if (!value) {
      snapshot.tokens[su.name] = { state: 'unset', envVar };
    } else if (noDebug) {
      snapshot.tokens[su.name] = { state: 'error', envVar, reason: noDebug };
      incomplete.push(`declared token of ${su.name} (${envVar}): ${noDebug}`);
    } else {
      declaredJobs.push({ name: su.name, envVar, job: tokenJob(new Secret(value)) });
    }
  }
  // A leaked token is named in the notes by its redacted form, never by its hash: a declared value of 8
  // characters that starts `EA` + a capital is sent here too, and its hash next to its first 4 characters
  // would give the rest away (hunt U3). (`hash` keys the snapshot's map, which no output shows.)
  const leakedJobs: { hash: string; job: TokenJob }[] = [];
  const leakedSeen = new Set<string>();
  for (const secret of input.leaked ?? []) {
    const hash = secretHash(secret);
    if (leakedSeen.has(hash)) continue;
    leakedSeen.add(hash);
    if (noDebug) {
      snapshot.leakedTokens[hash] = { error: noDebug };
      incomplete.push(`leaked token ${String(secret)}: ${noDebug}`);
    } else {
      // An app token as a URL or a page holds it (`{app-id}%7C{secret}`, `{app-id}&#124;{secret}`) is asked
      // about as the token it is.
      const parts = appTokenParts(secret.reveal());
      const asToken = parts ? new Secret(`${parts.appId}|${parts.secret}`) : secret;
      leakedJobs.push({ hash, job: tokenJob(asToken) });
    }
  }

  const failed = new Map<Job, string>();
  // The pages each job asked for: a `paging.next` that repeats one is an error at once (as getAll's).
  const asked = new Map<Job, Set<string>>();
  let pending: { job: Job; item: BatchItem }[] = jobs.map((job, i) => ({ job, item: items[i]! }));
  for (const { job, item } of pending) asked.set(job, new Set([item.relative_url]));
  for (let round = 0; pending.length > 0; round++) {
    if (round >= MAX_PAGE_ROUNDS) {
      for (const { job } of pending) if (job.kind !== 'token') failed.set(job, `more than ${MAX_PAGE_ROUNDS} pages`);
      break;
    }
    let results: Awaited<ReturnType<GraphClient['batch']>>;
    try {
      results = await client.batch(pending.map((p) => p.item));
    } catch (e) {
      if (e instanceof GraphError && (e.kind === 'token' || e.kind === 'bad-proof')) throw graphTokenRefused(e);
      throw e;
    }
    const next: typeof pending = [];
    pending.forEach(({ job }, i) => {
      const r = results[i]!;
      if (job.kind === 'token') {
        job.result = r.ok ? debugAnswer(client, r.body) : r.error.kind === 'foreign-app' ? foreignAppInfo() : r.error;
        return;
      }
      if (!r.ok) {
        if (r.error.kind === 'token' || r.error.kind === 'bad-proof') throw graphTokenRefused(r.error);
        failed.set(job, r.error.reason);
        return;
      }
      const read = readPage(job, r.body);
      if (read !== undefined) {
        failed.set(job, read);
        return;
      }
      const link = nextLink(r.body);
      if (link === undefined) return;
      try {
        const url = client.relativeFromNext(link, endpointOfJob(job, businessId));
        const seen = asked.get(job) ?? asked.set(job, new Set()).get(job)!;
        if (seen.has(url)) {
          failed.set(job, 'paging.next repeats a page');
          return;
        }
        seen.add(url);
        next.push({ job, item: { relative_url: url } });
      } catch (e) {
        failed.set(job, e instanceof GraphError ? e.reason : 'unusable paging.next');
      }
    });
    pending = next;
  }

  // Assemble: a user's assets are null when any of its edges could not be read.
  const liveById = new Map((snapshot.systemUsers ?? []).map((u) => [u.id, u]));
  const unreadAssets: string[] = [];
  for (const job of jobs) {
    if (job.kind === 'edge') {
      const reason = failed.get(job);
      if (reason !== undefined) {
        incomplete.push(`${job.edge.label} of system user ${job.user.id} (${job.user.name}): ${reason}`);
        job.user.assets = null;
      } else if (job.user.assets !== null) {
        pushAll(job.user.assets, job.grants);
      }
    } else if (job.kind === 'asset') {
      const reason = failed.get(job);
      if (reason !== undefined) {
        incomplete.push(`assigned users of instagram account ${job.assetId}: ${reason}`);
        unreadAssets.push(`${job.type}:${job.assetId}`);
        continue;
      }
      for (const row of job.rows) {
        // Business users (people) are listed too; only system users are in the snapshot.
        const user = liveById.get(row.userId);
        if (!user || user.assets === null) continue;
        const grant: LiveAssetGrant = { id: job.assetId, type: job.type, tasks: row.tasks };
        const name = (manifest.assets ?? []).find((a) => a.type === job.type && a.id === job.assetId)?.name;
        if (name) grant.name = name;
        user.assets.push(grant);
      }
    }
  }
  if (unreadAssets.length > 0) snapshot.unreadAssets = unreadAssets;
  if (ownJobs.length > 0) {
    const ownership: LiveOwnership = { owned: {}, client: {}, unread: [] };
    for (const job of ownJobs) {
      const reason = failed.get(job);
      if (reason !== undefined) {
        ownership.unread.push({ what: `${businessId}/${job.edge}`, types: [job.target], reason });
        continue;
      }
      if (job.target === 'app') {
        if (job.side === 'owned') ownership.ownedApps = job.ids;
        else ownership.clientApps = job.ids;
      } else {
        const ids = job.target === 'ad_account' ? job.ids.map((id) => id.replace(/^act_/, '')) : job.ids;
        pushAll((ownership[job.side][job.target] ??= []), ids);
      }
    }
    snapshot.ownership = ownership;
  }
  for (const { name, envVar, job } of declaredJobs) {
    const state = tokenState(envVar, job.result);
    snapshot.tokens[name] = state;
    if (state.state === 'error') incomplete.push(`declared token of ${name} (${envVar}): ${state.reason}`);
  }
  for (const { hash, job } of leakedJobs) {
    const result = job.result;
    if (result === undefined || result instanceof GraphError) {
      const reason = debugFailure(result);
      snapshot.leakedTokens[hash] = { error: reason };
      incomplete.push(`leaked token ${String(job.secret)}: ${reason}`);
    } else {
      snapshot.leakedTokens[hash] = result;
    }
  }
  // Names are the server's text: pieces of a secret it echoes in them are cut, as in its messages (hunt S3).
  for (const u of snapshot.systemUsers ?? []) {
    u.name = client.scrub(u.name);
    for (const g of u.assets ?? []) if (g.name !== undefined) g.name = client.scrub(g.name);
  }
  return { snapshot, roundTrips: client.roundTrips };
}

function rethrow(e: unknown): never {
  throw e;
}

/** A debug_token answer, its error message made safe; a malformed one is a GraphError. */
function debugAnswer(client: GraphClient, body: Record<string, unknown>): TokenInfo | GraphError {
  try {
    const info = parseDebugToken(body);
    if (info.error?.message) info.error.message = client.sanitize(info.error.message);
    return info;
  } catch (e) {
    return e instanceof GraphError ? e : new GraphError('bad-response', 'debug_token', 'unexpected answer');
  }
}

/** What is known of a token debug_token refused as another app's: it is real, and not this app's. */
function foreignAppInfo(): TokenInfo {
  return { isValid: false, scopes: [], foreignApp: true };
}

function endpointOfJob(job: EdgeJob | AssetJob | OwnJob, businessId: string): string {
  if (job.kind === 'edge') return `${job.user.id}/${job.edge.edge}`;
  if (job.kind === 'asset') return `${job.assetId}/assigned_users`;
  return `${businessId}/${job.edge}`;
}

/** Read one page into its job; a reason string when the answer has the wrong shape. */
function readPage(job: EdgeJob | AssetJob | OwnJob, body: Record<string, unknown>): string | undefined {
  if (job.kind === 'edge') {
    const grants = readGrants(body, job.edge.type);
    if (typeof grants === 'string') return grants;
    // A page repeated by the cursor repeats its grants: one per asset (the first seen).
    const seen = (job.seen ??= new Set(job.grants.map((g) => g.id)));
    for (const g of grants) {
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      job.grants.push(g);
    }
    return undefined;
  }
  if (!Array.isArray(body.data)) return 'unexpected answer: no data array';
  for (const row of body.data) {
    if (!isRecord(row)) return 'unexpected answer: an entry is not an object';
    const id = toId(row.id);
    if (id === undefined) return 'unexpected answer: an entry without id';
    if (job.kind === 'own') {
      job.ids.push(id);
      continue;
    }
    if (!Array.isArray(row.tasks) || !row.tasks.every((t) => typeof t === 'string')) return `unexpected answer: user ${id} without a tasks list`;
    job.rows.push({ userId: id, tasks: [...(row.tasks as string[])], ...(typeof row.name === 'string' ? { name: row.name } : {}) });
  }
  return undefined;
}

function graphTokenRefused(e: GraphError): GraphError {
  const reason = `GRAPHGUARD_GRAPH_TOKEN was refused by the Graph API: ${e.reason}`;
  return new GraphError('token', e.endpoint, reason, e.details);
}

function debugFailure(result: GraphError | undefined): string {
  if (result === undefined) return 'debug_token gave no answer';
  if (result.kind === 'token') return `debug_token refused the app token (check app.id and GRAPHGUARD_APP_SECRET): ${result.reason}`;
  return `debug_token: ${result.reason}`;
}

function tokenState(envVar: string, result: TokenInfo | GraphError | undefined): DeclaredTokenState {
  if (result === undefined || result instanceof GraphError) return { state: 'error', envVar, reason: debugFailure(result) };
  return { state: 'checked', envVar, info: result };
}

function readSystemUsers(rows: Record<string, unknown>[]): LiveSystemUser[] {
  // Cursor pages read while the list changes may repeat an entry: one user per id (the first seen),
  // else the copy the manifest's id does not claim would be "undeclared".
  const byId = new Map<string, LiveSystemUser>();
  for (const row of rows) {
    const id = toId(row.id);
    if (id === undefined || typeof row.role !== 'string') {
      throw new GraphError('bad-response', 'system_users', 'unexpected answer: a system user without id or role');
    }
    if (!byId.has(id)) byId.set(id, { id, name: typeof row.name === 'string' ? row.name : '', role: row.role, assets: [] });
  }
  return [...byId.values()];
}

/** Grants of one page of an assigned_* edge, or a reason string when the answer has the wrong shape. */
function readGrants(body: Record<string, unknown>, type: LiveAssetType): LiveAssetGrant[] | string {
  if (!Array.isArray(body.data)) return 'unexpected answer: no data array';
  const out: LiveAssetGrant[] = [];
  for (const row of body.data) {
    if (!isRecord(row)) return 'unexpected answer: an entry is not an object';
    let id = toId(row.id);
    if (id === undefined) return 'unexpected answer: an asset without id';
    if (!Array.isArray(row.tasks) || !row.tasks.every((t) => typeof t === 'string')) {
      return `unexpected answer: asset ${id} without a tasks list`;
    }
    // Graph sends ad accounts as act_<digits>; the snapshot keeps the digits only.
    if (type === 'ad_account') id = id.replace(/^act_/, '');
    const grant: LiveAssetGrant = { id, type, tasks: [...(row.tasks as string[])] };
    if (typeof row.name === 'string') grant.name = row.name;
    out.push(grant);
  }
  return out;
}
