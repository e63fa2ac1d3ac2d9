/** Fetch the live business once into a plain LiveSnapshot: system users, their asset grants, token debug info. */
import type { AssetType, Manifest } from '../manifest/types.js';
import { secretHash } from '../secrets/fingerprint.js';
import { Secret } from '../secrets/secret.js';
import { GraphClient, GraphError, isObject, nextLink, parseDebugToken, toId, type BatchItem } from './client.js';
import type { DeclaredTokenState, LiveAssetGrant, LiveSnapshot, LiveSystemUser, TokenInfo } from './types.js';

/** The system-user edges read live, per asset type. */
export const LIVE_EDGES = [
  { type: 'page', edge: 'assigned_pages', label: 'assigned pages' },
  { type: 'catalog', edge: 'assigned_product_catalogs', label: 'assigned catalogs' },
  { type: 'ad_account', edge: 'assigned_ad_accounts', label: 'assigned ad accounts' },
  {
    type: 'whatsapp_business_account',
    edge: 'assigned_whatsapp_business_accounts',
    label: 'assigned WhatsApp Business accounts',
  },
] as const satisfies readonly { type: AssetType; edge: string; label: string }[];

export type LiveAssetType = (typeof LIVE_EDGES)[number]['type'];

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
   * Asset types to read. Default: page, catalog, ad_account, plus whatsapp_business_account when the
   * manifest declares one (its edge may need WhatsApp permissions the audit token lacks).
   */
  assetTypes?: LiveAssetType[];
  /** Overrides `manifest.app.graphApiVersion` (default v26.0). */
  graphApiVersion?: string;
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  debug?: (line: string) => void;
}


type EdgeDef = (typeof LIVE_EDGES)[number];

interface EdgeJob {
  kind: 'edge';
  user: LiveSystemUser;
  edge: EdgeDef;
  grants: LiveAssetGrant[];
}

interface TokenJob {
  kind: 'token';
  secret: Secret;
  result?: TokenInfo | GraphError;
}

/**
 * Read the business behind `manifest.business.id` with GRAPHGUARD_GRAPH_TOKEN, in as few round trips
 * as the batch API allows. Parts that cannot be read after retries are named in `incomplete`. Throws
 * only when GRAPHGUARD_GRAPH_TOKEN is missing or refused (190), or the Graph URL/version is unusable.
 */
export async function fetchLiveSnapshot(input: FetchLiveSnapshotInput): Promise<{ snapshot: LiveSnapshot; roundTrips: number }> {
  const { manifest, env } = input;
  const tokenValue = env.GRAPHGUARD_GRAPH_TOKEN;
  if (!tokenValue) {
    throw new Error('GRAPHGUARD_GRAPH_TOKEN is not set: --live needs a token with business_management that reads the business.');
  }
  const appSecretValue = env.GRAPHGUARD_APP_SECRET || undefined;
  const appId = manifest.app?.id;
  const budgetMs = Math.max(0, input.timeoutSeconds) * 1000;
  const client = new GraphClient({
    baseUrl: input.graphUrl,
    version: input.graphApiVersion ?? manifest.app?.graphApiVersion ?? DEFAULT_GRAPH_API_VERSION,
    token: new Secret(tokenValue),
    appSecret: appSecretValue ? new Secret(appSecretValue) : undefined,
    appId,
    budgetMs,
    requestTimeoutMs: input.requestTimeoutMs,
    fetch: input.fetch,
    sleep: input.sleep,
    now: input.now,
    random: input.random,
    debug: input.debug,
  });
  const businessId = manifest.business.id;
  const incomplete: string[] = [];
  const snapshot: LiveSnapshot = { businessId, systemUsers: null, tokens: {}, leakedTokens: {}, incomplete };

  // 1. The business's system users (every page).
  try {
    const rows = await client.getAll(`${businessId}/system_users`, { fields: 'id,name,role', limit: PAGE_LIMIT });
    snapshot.systemUsers = readSystemUsers(rows);
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    if (e.kind === 'token') throw graphTokenRefused(e);
    incomplete.push(`system users of business ${businessId}: ${e.reason}`);
  }

  // 2. One batch: every user's asset edges and debug_token for every token to check.
  const declared = new Set(manifest.assets?.map((a) => a.type) ?? []);
  const types = new Set<AssetType>(
    input.assetTypes ?? ['page', 'catalog', 'ad_account', ...(declared.has('whatsapp_business_account') ? ['whatsapp_business_account' as const] : [])],
  );
  const edges = LIVE_EDGES.filter((e) => types.has(e.type));
  const jobs: (EdgeJob | TokenJob)[] = [];
  const items: BatchItem[] = [];
  for (const user of snapshot.systemUsers ?? []) {
    for (const edge of edges) {
      jobs.push({ kind: 'edge', user, edge, grants: [] });
      items.push({ relative_url: `${user.id}/${edge.edge}?fields=id,name,tasks&limit=${PAGE_LIMIT}` });
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
  const leakedJobs: { hash: string; job: TokenJob }[] = [];
  const leakedSeen = new Set<string>();
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

  const failed = new Map<string, string>(); // edge job key -> reason
  const jobKey = (j: EdgeJob): string => `${j.user.id}\u0000${j.edge.edge}`;
  let pending: { job: EdgeJob | TokenJob; item: BatchItem }[] = jobs.map((job, i) => ({ job, item: items[i]! }));
  for (let round = 0; pending.length > 0; round++) {
    if (round >= MAX_PAGE_ROUNDS) {
      for (const { job } of pending) if (job.kind === 'edge') failed.set(jobKey(job), `more than ${MAX_PAGE_ROUNDS} pages`);
      break;
    }
    let results;
    try {
      results = await client.batch(pending.map((p) => p.item));
    } catch (e) {
      if (e instanceof GraphError && e.kind === 'token') throw graphTokenRefused(e);
      throw e;
    }
    const next: typeof pending = [];
    pending.forEach(({ job }, i) => {
      const r = results[i]!;
      if (job.kind === 'token') {
        if (!r.ok) {
          job.result = r.error;
          return;
        }
        try {
          const info = parseDebugToken(r.body);
          if (info.error?.message) info.error.message = client.scrub(info.error.message);
          job.result = info;
        } catch (e) {
          job.result = e instanceof GraphError ? e : new GraphError('bad-response', 'debug_token', 'unexpected answer');
        }
        return;
      }
      if (!r.ok) {
        if (r.error.kind === 'token') throw graphTokenRefused(r.error);
        failed.set(jobKey(job), r.error.reason);
        return;
      }
      const grants = readGrants(r.body, job.edge.type);
      if (typeof grants === 'string') {
        failed.set(jobKey(job), grants);
        return;
      }
      job.grants.push(...grants);
      const link = nextLink(r.body);
      if (link === undefined) return;
      try {
        next.push({ job, item: { relative_url: client.relativeFromNext(link, `${job.user.id}/${job.edge.edge}`) } });
      } catch (e) {
        failed.set(jobKey(job), e instanceof GraphError ? e.reason : 'unusable paging.next');
      }
    });
    pending = next;
  }

  // Assemble: a user's assets are null when any of its edges could not be read.
  for (const job of jobs) {
    if (job.kind !== 'edge') continue;
    const reason = failed.get(jobKey(job));
    if (reason !== undefined) {
      incomplete.push(`${job.edge.label} of system user ${job.user.id} (${job.user.name}): ${reason}`);
      job.user.assets = null;
    } else if (job.user.assets !== null) {
      job.user.assets.push(...job.grants);
    }
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
      incomplete.push(`leaked token sha256:${hash.slice(0, 12)}: ${reason}`);
    } else {
      snapshot.leakedTokens[hash] = result;
    }
  }
  return { snapshot, roundTrips: client.roundTrips };
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
  return rows.map((row) => {
    const id = toId(row.id);
    if (id === undefined || typeof row.role !== 'string') {
      throw new GraphError('bad-response', 'system_users', 'unexpected answer: a system user without id or role');
    }
    return { id, name: typeof row.name === 'string' ? row.name : '', role: row.role, assets: [] };
  });
}

/** Grants of one page of an assigned_* edge, or a reason string when the answer has the wrong shape. */
function readGrants(body: Record<string, unknown>, type: LiveAssetType): LiveAssetGrant[] | string {
  if (!Array.isArray(body.data)) return 'unexpected answer: no data array';
  const out: LiveAssetGrant[] = [];
  for (const row of body.data) {
    if (!isObject(row)) return 'unexpected answer: an entry is not an object';
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
