import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphError, appsecretProof } from '../../src/graph/client.js';
import { fetchLiveSnapshot, type FetchLiveSnapshotInput } from '../../src/graph/snapshot.js';
import { secretHash } from '../../src/secrets/fingerprint.js';
import type { Manifest } from '../../src/manifest/types.js';
import { redact, Secret } from '../../src/secrets/secret.js';
import { exampleBusiness, fakeToken, startFakeGraph, type ExampleBusiness, type FakeGraph, type FakeOptions } from '../helpers/fake-graph.js';

function fakeClock() {
  let t = 1_700_000_000_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

const servers: FakeGraph[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const envVar = (name: string) => `META_${name.toUpperCase().replace(/-/g, '_')}_TOKEN`;

/** A manifest declaring every user of the example business, each with a token env var. */
function manifestFor(ex: ExampleBusiness): Manifest {
  return {
    version: 1,
    business: { id: ex.business.id },
    app: { id: ex.business.appId, graphApiVersion: 'v26.0' },
    systemUsers: ex.business.systemUsers.map((u) => ({
      name: u.name,
      id: u.id,
      role: u.role === 'ADMIN' ? 'admin' : 'system_user',
      token: { secret: envVar(u.name) },
    })),
  };
}

function envFor(ex: ExampleBusiness, withTokens = true): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    GRAPHGUARD_GRAPH_TOKEN: ex.business.graphToken,
    GRAPHGUARD_APP_SECRET: ex.business.appSecret,
  };
  if (withTokens) for (const [name, value] of Object.entries(ex.tokenOf)) env[envVar(name)] = value;
  return env;
}

async function run(
  opts: { users?: number; assetsPerType?: number; fake?: FakeOptions; ex?: ExampleBusiness } & Partial<FetchLiveSnapshotInput> = {},
) {
  const ex = opts.ex ?? exampleBusiness(opts.users ?? 4, opts.assetsPerType ?? 1);
  const fake = await startFakeGraph(ex.business, opts.fake);
  servers.push(fake);
  const clock = fakeClock();
  const lines: string[] = [];
  const input: FetchLiveSnapshotInput = {
    manifest: manifestFor(ex),
    env: envFor(ex),
    graphUrl: fake.url,
    timeoutSeconds: 60,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    debug: (l) => lines.push(l),
    // The preflight and the ownership edges have their own tests below; these count the reads alone.
    preflight: false,
    skipOwnership: true,
    ...opts,
  };
  const result = await fetchLiveSnapshot(input).then(
    (r) => ({ ...r, error: undefined }),
    (e: unknown) => ({ snapshot: undefined, roundTrips: -1, error: e }),
  );
  return { ex, fake, clock, lines, ...result };
}

describe('fetchLiveSnapshot', () => {
  it('reads 10 system users × 4 edges and 10 tokens in 4 round trips (two batch POSTs), the preflight and ownership included', async () => {
    const ex0 = exampleBusiness(10, 1);
    ex0.business.tokens[ex0.business.graphToken] = { type: 'SYSTEM_USER', app_id: ex0.business.appId, user_id: '400000000000999', scopes: ['business_management'], expires_at: 0, is_valid: true };
    const { ex, fake, snapshot, roundTrips, error } = await run({ ex: ex0, preflight: true, skipOwnership: false });
    expect(error).toBeUndefined();
    expect(roundTrips).toBe(4);
    expect(fake.roundTrips()).toBe(4);
    // The system-user list and, at the same time, the preflight: debug_token of the audit token itself,
    // with the app token. Both before the first batch.
    const [a, b] = [fake.requests[0]!, fake.requests[1]!].sort((x, y) => x.path.localeCompare(y.path)) as [typeof fake.requests[0], typeof fake.requests[0]];
    expect(a.method).toBe('GET');
    expect(a.query.fields).toBe('id,name,role');
    expect(b.path).toBe('/v26.0/debug_token');
    expect(b.tokenKind).toBe('app');
    expect(b.proofValid).toBe(true);
    expect(b.query.input_token).toBe(ex.business.graphToken);
    // 10 × 4 edges (pages, catalogs, ad accounts, pixels) + 10 debug_token + owned_apps + client_apps (the
    // manifest declares no asset): 52 items, past the 50 of one batch.
    expect(fake.requests.slice(2).map((r) => r.batch?.length)).toEqual([50, 2]);
    expect(fake.requests.flatMap((r) => r.batch ?? []).filter((i) => i.path.endsWith('/assigned_ads_pixels'))).toHaveLength(10);
    expect(snapshot!.auditToken).toMatchObject({ isValid: true, appId: ex.business.appId, scopes: ['business_management'] });
    expect(snapshot!.ownership).toEqual({ owned: {}, client: {}, ownedApps: [ex.business.appId], clientApps: [], unread: [] });
    expect(snapshot!.incomplete).toEqual([]);
    expect(snapshot!.businessId).toBe(ex.business.id);
    expect(snapshot!.systemUsers).toHaveLength(10);
    const su1 = snapshot!.systemUsers![1]!;
    expect(su1).toEqual({
      id: '400000000000001',
      name: 'su-01',
      role: 'EMPLOYEE',
      assets: [
        { id: '300000000000100', type: 'page', name: 'Page 100', tasks: ['CREATE_CONTENT', 'ANALYZE'] },
        { id: '310000000000100', type: 'catalog', name: 'Catalog 100', tasks: ['MANAGE', 'ADVERTISE'] },
        // act_ stripped
        { id: '320000000000100', type: 'ad_account', name: 'Ads 100', tasks: ['ADVERTISE', 'ANALYZE'] },
      ],
    });
    expect(snapshot!.systemUsers![0]!.role).toBe('ADMIN');
    expect(snapshot!.tokens['su-01']).toEqual({
      state: 'checked',
      envVar: 'META_SU_01_TOKEN',
      info: {
        isValid: true,
        type: 'SYSTEM_USER',
        appId: ex.business.appId,
        userId: '400000000000001',
        scopes: ['catalog_management', 'business_management'],
        expiresAt: 0,
        issuedAt: 1780000001,
      },
    });
    expect(Object.keys(snapshot!.tokens)).toHaveLength(10);
  });

  it('sends a valid appsecret_proof on every request and every batch item (app token included)', async () => {
    const { fake, error } = await run({ users: 5, assetsPerType: 2, fake: { pageSize: 1 } });
    expect(error).toBeUndefined();
    expect(fake.requests.length).toBeGreaterThan(3);
    let items = 0;
    for (const r of fake.requests) {
      expect(r.proofValid).toBe(true);
      for (const item of r.batch ?? []) {
        items++;
        expect(item.proofValid).toBe(true);
        expect(item.method).toBe('GET');
        if (item.path === 'debug_token') {
          expect(item.tokenKind).toBe('app');
          expect(item.tokenFrom).toBe('item');
        } else {
          expect(item.tokenKind).toBe('graph');
        }
      }
    }
    // 5 users × 3 edges × 2 pages + 5 users × 1 page of pixels (none granted) + 5 debug_token
    expect(items).toBe(40);
  });

  it('follows paging on system_users and on assigned_* edges (follow-up batches)', async () => {
    const { ex, fake, snapshot, roundTrips } = await run({ users: 5, assetsPerType: 3, fake: { pageSize: 2 } });
    // system_users: 3 pages; edges: 15 items need a 2nd page each (the 5 pixel edges, empty, do not) ->
    // 1 initial batch + 1 follow-up batch.
    expect(roundTrips).toBe(5);
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
    const batches = fake.requests.filter((r) => r.method === 'POST');
    expect(batches.map((b) => b.batch!.length)).toEqual([5 * 4 + 5, 15]);
    expect(batches[1]!.batch!.every((i) => i.query.after !== undefined && i.query.access_token === undefined)).toBe(true);
    expect(snapshot!.incomplete).toEqual([]);
    expect(snapshot!.systemUsers!.map((u) => u.id)).toEqual(ex.business.systemUsers.map((u) => u.id));
    for (const u of snapshot!.systemUsers!) expect(u.assets).toHaveLength(9);
  });

  it('records unset token env vars as unset and makes no debug_token call for them', async () => {
    const ex = exampleBusiness(3);
    const { fake, snapshot } = await run({ ex, env: envFor(ex, false) });
    expect(snapshot!.tokens).toEqual({
      'bm-admin': { state: 'unset', envVar: 'META_BM_ADMIN_TOKEN' },
      'su-01': { state: 'unset', envVar: 'META_SU_01_TOKEN' },
      'su-02': { state: 'unset', envVar: 'META_SU_02_TOKEN' },
    });
    expect(fake.requests.flatMap((r) => r.batch ?? []).some((i) => i.path === 'debug_token')).toBe(false);
    expect(snapshot!.incomplete).toEqual([]);
  });

  it('analyses leaked secrets with debug_token, keyed by sha256, deduplicated with declared tokens', async () => {
    const ex = exampleBusiness(3);
    const known = new Secret(ex.tokenOf['su-02']!);
    const stranger = new Secret(fakeToken('not-ours'));
    const { fake, snapshot } = await run({ ex, leaked: [known, stranger, new Secret(fakeToken('not-ours'))] });
    const debugItems = fake.requests.flatMap((r) => r.batch ?? []).filter((i) => i.path === 'debug_token');
    expect(debugItems).toHaveLength(4); // 3 declared + 1 stranger
    const hash = createHash('sha256').update(ex.tokenOf['su-02']!).digest('hex');
    expect(secretHash(known)).toBe(hash);
    expect(snapshot!.leakedTokens[hash]).toMatchObject({ isValid: true, userId: '400000000000002', type: 'SYSTEM_USER' });
    expect(snapshot!.leakedTokens[secretHash(stranger)]).toMatchObject({ isValid: false, error: { code: 190 } });
    expect(Object.keys(snapshot!.leakedTokens)).toHaveLength(2);
  });

  it('ends verified after throttle-first-N, waiting as long as Graph asks', async () => {
    const { fake, clock, snapshot } = await run({
      timeoutSeconds: 600,
      fake: { faults: { throttleFirst: 2, throttleCode: 80004, regainMinutes: 2 } },
    });
    expect(snapshot!.incomplete).toEqual([]);
    expect(fake.requests.map((r) => r.status)).toEqual([400, 400, 200, 200]);
    expect(clock.sleeps).toEqual([120_000, 120_000]);
  });

  it('throttle past the budget ends incomplete with named parts, without sleeping past it', async () => {
    const { snapshot, clock, error } = await run({
      users: 2,
      fake: { faults: { throttleFirst: 10, throttleCode: 4, regainMinutes: 5, target: 'batch' } },
    });
    expect(error).toBeUndefined();
    expect(clock.sleeps).toEqual([]);
    expect(snapshot!.systemUsers!.map((u) => u.assets)).toEqual([null, null]);
    const why = 'throttled (code 4) past the 60 s budget (the next try would wait 300 s)';
    expect(snapshot!.incomplete).toEqual([
      `assigned pages of system user 400000000000000 (bm-admin): ${why}`,
      `assigned catalogs of system user 400000000000000 (bm-admin): ${why}`,
      `assigned ad accounts of system user 400000000000000 (bm-admin): ${why}`,
      `assigned pixels of system user 400000000000000 (bm-admin): ${why}`,
      `assigned pages of system user 400000000000001 (su-01): ${why}`,
      `assigned catalogs of system user 400000000000001 (su-01): ${why}`,
      `assigned ad accounts of system user 400000000000001 (su-01): ${why}`,
      `assigned pixels of system user 400000000000001 (su-01): ${why}`,
      `declared token of bm-admin (META_BM_ADMIN_TOKEN): debug_token: ${why}`,
      `declared token of su-01 (META_SU_01_TOKEN): debug_token: ${why}`,
    ]);
    expect(snapshot!.tokens['su-01']).toEqual({ state: 'error', envVar: 'META_SU_01_TOKEN', reason: `debug_token: ${why}` });
  });

  it('a throttled system_users list past the budget leaves systemUsers null and names it', async () => {
    const { ex, snapshot } = await run({ fake: { faults: { throttleFirst: 1, regainMinutes: 10, target: 'get' } } });
    expect(snapshot!.systemUsers).toBeNull();
    expect(snapshot!.incomplete[0]).toBe(
      `system users of business ${ex.business.id}: throttled (code 4) past the 60 s budget (the next try would wait 600 s)`,
    );
    // Tokens are still checked.
    expect(snapshot!.tokens['su-01']!.state).toBe('checked');
  });

  it('per-item throttles and null entries are retried and end verified', async () => {
    const { snapshot, fake } = await run({ fake: { faults: { throttleItemsFirst: 3, nullItemsFirst: 2 } } });
    expect(snapshot!.incomplete).toEqual([]);
    // 4 users × 4 edges + 4 debug_token, then the 3 throttled and 2 null entries again.
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.batch!.length)).toEqual([20, 5]);
    for (const u of snapshot!.systemUsers!) expect(u.assets).toHaveLength(3);
  });

  it('retries 500s and truncated JSON, then ends verified', async () => {
    const { snapshot, fake } = await run({ fake: { faults: { status500First: 2, truncateFirst: 2 } } });
    expect(snapshot!.incomplete).toEqual([]);
    expect(fake.requests.map((r) => r.status)).toEqual([500, 500, 200, 200, 200, 200]);
  });

  it('a hanging batch times out, is retried, then ends incomplete', async () => {
    const { snapshot, fake } = await run({
      users: 1,
      requestTimeoutMs: 40,
      fake: { faults: { hangFirst: 100, target: 'batch' } },
    });
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(6); // 1 + 5 retries
    expect(snapshot!.systemUsers![0]!.assets).toBeNull();
    expect(snapshot!.incomplete).toContain('assigned pages of system user 400000000000000 (bm-admin): no answer within 40 ms');
  });

  it('a hang once is retried and ends verified', async () => {
    const { snapshot } = await run({ requestTimeoutMs: 40, fake: { faults: { hangFirst: 1 } } });
    expect(snapshot!.incomplete).toEqual([]);
  });

  it('does not follow a foreign paging.next on an edge; that edge is incomplete', async () => {
    const { snapshot, fake } = await run({
      users: 2,
      assetsPerType: 2,
      fake: { pageSize: 1, faults: { foreignNextHost: true } },
    });
    // system_users itself pages (2 users, page size 1): its foreign next is not followed either.
    expect(snapshot!.systemUsers).toBeNull();
    expect(snapshot!.incomplete[0]).toMatch(/^system users of business \d+: paging\.next points at another host \(graph\.evil\.invalid:8443\); not followed$/);
    expect(fake.requests.every((r) => r.path.startsWith('/v26.0/'))).toBe(true);
  });

  it('a paging.next inside a batch answer that repeats a page is an error at once, not 100 more requests', async () => {
    const ex = exampleBusiness(1, 2);
    const fake = await startFakeGraph(ex.business, { pageSize: 1 });
    servers.push(fake);
    fake.setFaults({ repeatNext: true });
    const clock = fakeClock();
    const { snapshot } = await fetchLiveSnapshot({ manifest: manifestFor(ex), env: envFor(ex), graphUrl: fake.url, timeoutSeconds: 60, now: clock.now, sleep: clock.sleep });
    expect(snapshot.incomplete).toEqual([
      'assigned pages of system user 400000000000000 (bm-admin): paging.next repeats a page',
      'assigned catalogs of system user 400000000000000 (bm-admin): paging.next repeats a page',
      'assigned ad accounts of system user 400000000000000 (bm-admin): paging.next repeats a page',
    ]);
    // system_users, the preflight's debug_token, the first batch and one follow-up (whose next repeats it).
    expect(fake.requests).toHaveLength(4);
  });

  it('foreign paging.next inside a batch answer marks only that edge', async () => {
    const ex = exampleBusiness(1, 2);
    const fake = await startFakeGraph(ex.business, { pageSize: 1 });
    servers.push(fake);
    fake.setFaults({ foreignNextHost: true });
    const clock = fakeClock();
    // One user fits on one page of system_users, so only the edges page.
    const { snapshot } = await fetchLiveSnapshot({
      manifest: manifestFor(ex),
      env: envFor(ex),
      graphUrl: fake.url,
      timeoutSeconds: 60,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(snapshot.systemUsers![0]!.assets).toBeNull();
    expect(snapshot.incomplete).toEqual([
      'assigned pages of system user 400000000000000 (bm-admin): paging.next points at another host (graph.evil.invalid:8443); not followed',
      'assigned catalogs of system user 400000000000000 (bm-admin): paging.next points at another host (graph.evil.invalid:8443); not followed',
      'assigned ad accounts of system user 400000000000000 (bm-admin): paging.next points at another host (graph.evil.invalid:8443); not followed',
    ]);
    // system_users, the preflight's debug_token (the fake does not know the audit token: inconclusive), the batch.
    expect(fake.requests).toHaveLength(3);
    // The business's ownership edges are read too; their answers are not paged past one item here.
    expect(snapshot.ownership?.unread).toEqual([]);
  });

  it('throws GraphError token on an expired GRAPHGUARD_GRAPH_TOKEN, naming no secret', async () => {
    const { ex, error } = await run({ fake: { faults: { expiredGraphToken: true } } });
    expect(error).toBeInstanceOf(GraphError);
    const e = error as GraphError;
    expect(e.kind).toBe('token');
    expect(e.subcode).toBe(463);
    expect(e.message).toBe(
      `${ex.business.id}/system_users: GRAPHGUARD_GRAPH_TOKEN was refused by the Graph API: token invalid or expired (code 190, subcode 463)`,
    );
    for (const v of [ex.business.graphToken, ex.business.appSecret, appsecretProof(ex.business.graphToken, ex.business.appSecret)]) {
      expect(e.message).not.toContain(v);
      expect(String(e.stack)).not.toContain(v);
    }
  });

  it('throws a one-line error when GRAPHGUARD_GRAPH_TOKEN is missing', async () => {
    const ex = exampleBusiness(1);
    const { error, fake } = await run({ ex, env: { GRAPHGUARD_APP_SECRET: ex.business.appSecret } });
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      'GRAPHGUARD_GRAPH_TOKEN is not set: --live needs a token with business_management that reads the business.',
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('without GRAPHGUARD_APP_SECRET: no debug_token, tokens in error, named as incomplete', async () => {
    const ex = exampleBusiness(2);
    const env = envFor(ex);
    delete env.GRAPHGUARD_APP_SECRET;
    const { fake, snapshot } = await run({ ex, env, fake: { requireProof: false }, leaked: [new Secret(fakeToken('x'))] });
    expect(fake.requests.flatMap((r) => r.batch ?? []).some((i) => i.path === 'debug_token')).toBe(false);
    expect(fake.requests.every((r) => !r.proofPresent)).toBe(true);
    const reason = 'GRAPHGUARD_APP_SECRET is not set; debug_token needs the app token {app-id}|{app-secret}';
    expect(snapshot!.tokens['su-01']).toEqual({ state: 'error', envVar: 'META_SU_01_TOKEN', reason });
    expect(snapshot!.incomplete).toContain(`declared token of su-01 (META_SU_01_TOKEN): ${reason}`);
    expect(snapshot!.leakedTokens[secretHash(new Secret(fakeToken('x')))]).toEqual({ error: reason });
    expect(snapshot!.systemUsers!.every((u) => u.assets !== null)).toBe(true);
  });

  it('names a leaked token in its note by its redacted form, never by a hash of it (hunt U3: a short declared value)', async () => {
    const ex = exampleBusiness(2);
    const env = envFor(ex);
    delete env.GRAPHGUARD_APP_SECRET;
    // A declared value of 8 characters that starts like a token is sent to debug_token too.
    const short = new Secret('EAAGq7Zx');
    const { snapshot } = await run({ ex, env, fake: { requireProof: false }, leaked: [short] });
    const reason = 'GRAPHGUARD_APP_SECRET is not set; debug_token needs the app token {app-id}|{app-secret}';
    expect(snapshot!.incomplete).toContain(`leaked token ${redact('EAAGq7Zx')}: ${reason}`);
    expect(snapshot!.incomplete.join('\n')).not.toContain(secretHash(short).slice(0, 8));
  });

  it('reads WhatsApp Business accounts when the manifest declares one', async () => {
    const ex = exampleBusiness(2);
    ex.business.systemUsers[1]!.assets.push({ id: '330000000000001', type: 'whatsapp_business_account', name: 'WABA', tasks: ['MANAGE', 'DEVELOP'] });
    const manifest = manifestFor(ex);
    manifest.assets = [{ id: '330000000000001', type: 'whatsapp_business_account' }];
    const { snapshot, fake } = await run({ ex, manifest });
    expect(fake.requests[1]!.batch!.filter((i) => i.path.endsWith('/assigned_whatsapp_business_accounts'))).toHaveLength(2);
    expect(snapshot!.systemUsers![1]!.assets).toContainEqual({ id: '330000000000001', type: 'whatsapp_business_account', name: 'WABA', tasks: ['MANAGE', 'DEVELOP'] });
    const { fake: fake2 } = await run({ ex });
    expect(fake2.requests[1]!.batch!.some((i) => i.path.endsWith('/assigned_whatsapp_business_accounts'))).toBe(false);
  });

  it('a debug log of a whole run (retries, paging, batches, leaks) holds no token, app secret or proof', async () => {
    const ex = exampleBusiness(4, 2);
    const leaked = new Secret(fakeToken('leaked-one'));
    const { lines, snapshot } = await run({
      ex,
      leaked: [leaked],
      fake: { pageSize: 1, faults: { throttleFirst: 1, status500First: 1, throttleItemsFirst: 2 } },
    });
    expect(snapshot!.incomplete).toEqual([]);
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(10);
    const appToken = `${ex.business.appId}|${ex.business.appSecret}`;
    const secrets = [ex.business.graphToken, ex.business.appSecret, appToken, leaked.reveal(), ...Object.values(ex.tokenOf)];
    for (const s of secrets) {
      expect(log).not.toContain(s);
      expect(log).not.toContain(encodeURIComponent(s));
      expect(log).not.toContain(appsecretProof(s, ex.business.appSecret));
    }
    expect(JSON.stringify(snapshot)).not.toContain(ex.business.graphToken);
  });
});
