/** `graphguard init`: a commented starter manifest, or one written from the live business. */
import type { YAMLMap } from 'yaml';
import { isMap, isNode, isScalar, isSeq, parseDocument } from './yaml.js';
import { isTaskBroader, useCases } from './data.js';
import type { LiveSnapshot } from './graph/types.js';
import { normalizeAssetId } from './manifest/model.js';
import type { AssetType, Manifest } from './manifest/types.js';
import { ConfigError } from './types.js';
import type { Secret } from './secrets/secret.js';

const STARTER_MANIFEST = `# yaml-language-server: $schema=./node_modules/graphguard/schema/manifest.schema.json
# graphguard manifest: the system users of your Meta business, what their tokens may do, and where.
# Docs: https://github.com/graphguard/graphguard#the-manifest
version: 1
business:
  id: "100000000000001"          # your business portfolio id, quoted
  name: My Business
app:
  id: "200000000000002"          # the app that issues the system-user tokens
  accessLevel: standard          # development | basic | standard (sets the system-user quota)
  graphApiVersion: v26.0         # the version your code calls
assets:
  - id: "300000000000003"
    type: page                   # page | catalog | ad_account | instagram_account | commerce_account | pixel | whatsapp_business_account
    name: My Shop
    environment: production
  - id: "300000000000004"
    type: page
    name: My Shop (test)
    environment: test
systemUsers:
  - name: shop-prod
    role: system_user            # system_user | admin
    environment: production
    useCases: [page_content]     # what the token is for: see \`graphguard explain least-privilege-permissions\`
    permissions: [pages_manage_posts, pages_read_engagement, pages_show_list, business_management]
    token:
      secret: META_SHOP_PROD_TOKEN   # the NAME of the CI secret holding the token, never the token
      expires: 60d
    # code: ["services/shop/**"]   # optional: the code that runs with this token (\`graphguard infer\`)
    assets:
      - asset: My Shop
        tasks: [CREATE_CONTENT]
  - name: shop-test
    role: system_user
    environment: test
    useCases: [page_content]
    permissions: [pages_manage_posts, pages_read_engagement, pages_show_list, business_management]
    token:
      secret: META_SHOP_TEST_TOKEN
      expires: 60d
    assets:
      - asset: My Shop (test)
        tasks: [CREATE_CONTENT]
`;

/** The starter manifest, with `app.graphApiVersion` set to `version` (the one the code calls) when given. */
export function starterManifest(version?: string): string {
  return version ? STARTER_MANIFEST.replace(/graphApiVersion: v\d+\.\d+/, `graphApiVersion: ${version}`) : STARTER_MANIFEST;
}

export interface InitFromLiveOptions {
  env: Record<string, string | undefined>;
  businessId?: string;
  appId?: string;
  graphApiVersion?: string;
  graphUrl: string;
  timeoutSeconds: number;
  today: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Told the secrets the Graph client handles (tokens, the app secret and token, their proofs), for the output sink. */
  onSecrets?: (values: Secret[]) => void;
}

/** Key under which the GRAPHGUARD_GRAPH_TOKEN's own debug_token answer is fetched (never a live name). */
const AUDITOR = '\u0000graphguard-auditor';

/** Reads the live business and writes a manifest of what exists, with TODOs for what a human decides. */
export async function initFromLive(o: InitFromLiveOptions): Promise<string> {
  if (!o.businessId || !/^\d+$/.test(o.businessId))
    throw new ConfigError('init --from-live needs the business id: --business ID or GRAPHGUARD_BUSINESS_ID');
  if (o.appId !== undefined && !/^\d+$/.test(o.appId)) throw new ConfigError('--app must be the app id (digits)');
  const { latestVersion } = await import('./data.js');
  const version = o.graphApiVersion ?? latestVersion().version;
  const { fetchLiveSnapshot } = await import('./graph/snapshot.js');
  const { manifestFromLive } = await import('./graph/init-from-live.js');
  // With the app id and secret, debug_token also tells which system user GRAPHGUARD_GRAPH_TOKEN is:
  // that user is written with its token and the business_audit use case (SPEC: declare it).
  const auditor = Boolean(o.appId && o.env.GRAPHGUARD_APP_SECRET);
  const manifest: Manifest = {
    version: 1 as const,
    business: { id: o.businessId },
    app: { id: o.appId ?? '0', graphApiVersion: version },
    systemUsers: auditor ? [{ name: AUDITOR, role: 'system_user', token: { secret: 'GRAPHGUARD_GRAPH_TOKEN' } }] : [],
  };
  let snapshot: LiveSnapshot;
  try {
    ({ snapshot } = await fetchLiveSnapshot({
      manifest,
      env: o.env,
      graphUrl: o.graphUrl,
      timeoutSeconds: o.timeoutSeconds,
      skipOwnership: true,
      preflight: o.appId !== undefined,
      ...(o.fetch ? { fetch: o.fetch } : {}),
      ...(o.sleep ? { sleep: o.sleep } : {}),
      ...(o.onSecrets ? { onSecrets: o.onSecrets } : {}),
    }));
  } catch (e) {
    const { liveFailureText } = await import('./graph/snapshot.js');
    throw new ConfigError(liveFailureText(e, 'live read failed'));
  }
  // The auditor's own token is a bonus: when it could not be checked, the manifest is still written.
  snapshot.incomplete = snapshot.incomplete.filter((part) => !part.includes(AUDITOR));
  const own = snapshot.tokens[AUDITOR];
  const auditorInfo = own?.state === 'checked' && own.info.isValid && own.info.type === 'SYSTEM_USER' ? own.info : undefined;
  // manifestFromLive gives a checked token to the live user it belongs to (by user_id).
  if (!auditorInfo) delete snapshot.tokens[AUDITOR];
  if (snapshot.incomplete.length) throw new ConfigError(`live read incomplete: ${snapshot.incomplete.join('; ')}`);
  const text = manifestFromLive(snapshot, { businessId: o.businessId, ...(o.appId ? { appId: o.appId } : {}), graphApiVersion: version, today: o.today });
  return completeFromLive(text, auditorInfo?.userId);
}

/**
 * Fills in what the live state implies, so the written manifest passes `check --live` as it is:
 * each non-admin user's use cases (the fewest built-in ones whose task limits cover its live grants;
 * `business_audit` for the GRAPHGUARD_GRAPH_TOKEN user) and each asset's environment (that of the
 * system users that reach it, when they agree). The TODO comments become "check" notes.
 */
export function completeFromLive(text: string, auditorUserId?: string): string {
  const doc = parseDocument(text);
  const assets = doc.get('assets');
  const users = doc.get('systemUsers');
  if (!isSeq(users)) return text;
  const assetType = new Map<string, AssetType>();
  if (isSeq(assets))
    for (const a of assets.items) if (isMap(a)) assetType.set(normalizeAssetId(String(a.get('id'))), a.get('type') as AssetType);

  const envOfAsset = new Map<string, Set<string>>();
  for (const u of users.items) {
    if (!isMap(u) || u.get('role') !== 'system_user') continue;
    const grants = u.get('assets');
    const list: { type: AssetType; tasks: string[] }[] = [];
    if (isSeq(grants))
      for (const g of grants.items) {
        if (!isMap(g)) continue;
        const id = normalizeAssetId(String(g.get('asset')));
        const type = assetType.get(id);
        const tasks = g.get('tasks');
        if (!type || !isSeq(tasks)) continue;
        list.push({ type, tasks: tasks.items.map((t) => String(isScalar(t) ? t.value : t)) });
        const env = u.get('environment');
        if (typeof env === 'string') envOfAsset.set(id, (envOfAsset.get(id) ?? new Set()).add(env));
      }
    if (u.has('useCases')) continue;
    const inferred = list.length > 0 ? inferUseCases(list) : String(u.get('id')) === auditorUserId ? ['business_audit'] : undefined;
    if (!inferred) continue;
    const node = doc.createNode(inferred, { flow: true });
    node.comment = list.length > 0 ? ' TODO: check useCases (the fewest built-in use cases that allow the live tasks)' : ' GRAPHGUARD_GRAPH_TOKEN reads the business as this user';
    const at = u.items.findIndex((p) => isScalar(p.key) && p.key.value === 'environment');
    const pairs = [doc.createPair('useCases', node)];
    if (!u.has('permissions')) {
      // No token was checked for this user: declare what its use cases require.
      const required = [...new Set(inferred.flatMap((id) => useCases[id]!.permissions.required))];
      const perms = doc.createNode(required, { flow: true });
      perms.comment = ' TODO: check permissions (required by the use cases; no token was checked)';
      pairs.push(doc.createPair('permissions', perms));
    }
    u.items.splice(at === -1 ? u.items.length : at + 1, 0, ...pairs);
    rewriteComment(u, 'TODO: decide useCases');
    rewriteComment(u, 'TODO: decide permissions and token', 'TODO: decide token (secret: ENV_VAR_NAME, expires: never | 60d, rotateEveryDays)');
  }
  if (isSeq(assets))
    for (const a of assets.items) {
      if (!isMap(a) || a.has('environment')) continue;
      const envs = envOfAsset.get(normalizeAssetId(String(a.get('id'))));
      if (envs?.size !== 1) continue;
      a.set('environment', [...envs][0]);
      if (a.comment?.includes('TODO: decide environment')) a.comment = ' TODO: check environment (that of the system users that reach it)';
    }
  return doc.toString({ flowCollectionPadding: false, lineWidth: 0 });
}

/**
 * The built-in, non-admin use cases (at most 3) whose task limits cover every grant, preferring the
 * fewest asset types allowed beyond those granted, then the fewest use cases, then catalogue order.
 */
export function inferUseCases(grants: { type: AssetType; tasks: string[] }[]): string[] | undefined {
  const ids = Object.keys(useCases).filter((id) => !useCases[id]!.adminOnly);
  const granted = new Set(grants.map((g) => g.type));
  let best: { combo: string[]; score: [number, number] } | undefined;
  const consider = (combo: string[]) => {
    const covers = grants.every((g) => {
      const allowed = combo.flatMap((id) => useCases[id]!.maxTasks[g.type] ?? []);
      return allowed.length > 0 && isTaskBroader(g.type, g.tasks, allowed).length === 0;
    });
    if (!covers) return;
    const types = new Set(combo.flatMap((id) => Object.keys(useCases[id]!.maxTasks)));
    const score: [number, number] = [[...types].filter((t) => !granted.has(t as AssetType)).length, combo.length];
    if (!best || score[0] < best.score[0] || (score[0] === best.score[0] && score[1] < best.score[1])) best = { combo, score };
  };
  const walk = (from: number, combo: string[]) => {
    if (combo.length > 0) consider(combo);
    if (combo.length === 3) return;
    for (let i = from; i < ids.length; i++) walk(i + 1, [...combo, ids[i]!]);
  };
  walk(0, []);
  return best?.combo;
}

/** Replaces (or, without `by`, removes) the comment lines starting with `prefix` in a map's key comments and trailing comment. */
function rewriteComment(map: YAMLMap, prefix: string, by?: string): void {
  const edit = (c: string | null | undefined) => {
    if (!c) return c;
    const kept = c.split('\n').flatMap((l) => (l.trim().startsWith(prefix) ? (by === undefined ? [] : [` ${by}`]) : [l]));
    return kept.length ? kept.join('\n') : undefined;
  };
  for (const p of map.items) if (isNode(p.key)) p.key.commentBefore = edit(p.key.commentBefore);
  map.comment = edit(map.comment);
}
