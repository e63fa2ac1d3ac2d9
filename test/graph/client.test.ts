import { afterEach, describe, expect, it } from 'vitest';
import { GraphClient, GraphError, appsecretProof, type GraphClientOptions } from '../../src/graph/client.js';
import { Secret } from '../../src/secrets/secret.js';
import { exampleBusiness, fakeToken, startFakeGraph, type FakeGraph, type Faults } from '../helpers/fake-graph.js';
import { graphBaseUrl } from '../../src/graph/base-url.js';

/** An injected clock: sleep() returns at once and moves time forward by what was asked. */
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

async function setup(opts: { users?: number; assetsPerType?: number; pageSize?: number; faults?: Partial<Faults> } = {}) {
  const ex = exampleBusiness(opts.users ?? 4, opts.assetsPerType ?? 1);
  const fake = await startFakeGraph(ex.business, { pageSize: opts.pageSize, faults: opts.faults });
  servers.push(fake);
  const clock = fakeClock();
  const lines: string[] = [];
  const make = (over: Partial<GraphClientOptions> = {}) =>
    new GraphClient({
      baseUrl: fake.url,
      version: 'v26.0',
      token: new Secret(ex.business.graphToken),
      appSecret: new Secret(ex.business.appSecret),
      appId: ex.business.appId,
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
      debug: (l) => lines.push(l),
      ...over,
    });
  return { ex, fake, clock, lines, make };
}


/** The error of a `system_users` read answered with a 400 whose message is `message` (a server echoing what it was sent). */
async function refusedWith(make: (o: Partial<GraphClientOptions>) => GraphClient, businessId: string, message: string): Promise<GraphError> {
  const client = make({
    fetch: async () => new Response(JSON.stringify({ error: { message, type: 'OAuthException', code: 100 } }), { status: 400, headers: { 'content-type': 'application/json' } }),
  });
  return (await client.get(`${businessId}/system_users`).then(
    () => undefined,
    (e: unknown) => e,
  )) as GraphError;
}

describe('appsecretProof', () => {
  it('matches the reference test vector (§5.4)', () => {
    expect(appsecretProof('EAAtesttokenNOTREAL', '0123456789abcdef0123456789abcdef')).toBe(
      '4562c01833bff19a0518c6f0fae233589bd251b97d8e9f87da5bd62a0387eee1',
    );
  });
});

describe('GraphClient: what it reads in all, and redirects', () => {
  it('stops with too-large once its answers pass maxTotalBytes in all, before the next page is read whole', async () => {
    const { ex, fake, make } = await setup({ users: 7, pageSize: 2 });
    const client = make({ maxTotalBytes: 600 });
    const err = await client.getAll(`${ex.business.id}/system_users`, { fields: 'id,name,role' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).kind).toBe('too-large');
    expect((err as GraphError).message).toContain('the answers of this check passed 600 bytes in all; not read further');
    expect(fake.requests.length).toBeLessThan(4);
  });

  it.each([5, 8, 10, 11, 31, 65, 89])('an error that echoes the first %i characters of the token or app secret shows 4 at most', async (n) => {
    const { ex, make } = await setup();
    const token = ex.business.graphToken;
    const secret = ex.business.appSecret;
    expect(token.length).toBeGreaterThan(n);
    const split = `${token.slice(0, 6)}\x01${token.slice(6, 30)}`;
    const err = await refusedWith(make, ex.business.id, `Cannot parse access token: ${token.slice(0, n)} proof for ${secret.slice(0, n)}; also ${split}`);
    expect(err).toBeInstanceOf(GraphError);
    expect(err.message).toContain(`Cannot parse access token: ${token.slice(0, 4)}…(${n} chars)`);
    expect(err.message).not.toContain(token.slice(0, 5));
    expect(err.message).not.toContain(secret.slice(0, 5));
    // One redacted run, whatever the length echoed: no second run shows the characters after it.
    expect(err.message.match(/…\(\d+ chars\)/g)!.length).toBeLessThanOrEqual(3);
  });

  it('an error that hands out the token in pieces from its middle (11, 7, 5 characters) shows none of them (hunt S3)', async () => {
    const { ex, make } = await setup();
    const token = ex.business.graphToken;
    const pieces = [token.slice(11, 22), token.slice(22, 29), token.slice(40, 45), `x${token.slice(50, 61)}y`];
    const err = await refusedWith(make, ex.business.id, `Malformed access token ${pieces.join(' ')} code 190`);
    expect(err).toBeInstanceOf(GraphError);
    expect(err.message).toContain('Malformed access token …(11 chars) …(7 chars) …(5 chars) …(13 chars) code 190');
    for (let i = 0; i + 5 <= token.length; i++) expect(err.message).not.toContain(token.slice(i, i + 5));
  });

  it('does not retry a redirect (the same request gets the same answer, and the token would go again)', async () => {
    const { ex, make } = await setup();
    let calls = 0;
    const client = make({
      fetch: async () => {
        calls++;
        return new Response('', { status: 302, headers: { location: 'https://elsewhere.example/' } });
      },
    });
    const err = await client.get(`${ex.business.id}/system_users`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((err as GraphError).kind).toBe('bad-response');
    expect((err as GraphError).message).toContain('unexpected redirect (HTTP 302)');
    expect(calls).toBe(1);
  });
});

describe('GraphClient.get / getAll', () => {
  it('follows paging.next across several pages, with a proof on every request', async () => {
    const { ex, fake, make } = await setup({ users: 7, pageSize: 2 });
    const client = make();
    const rows = await client.getAll(`${ex.business.id}/system_users`, { fields: 'id,name,role' });
    expect(rows.map((r) => r.id)).toEqual(ex.business.systemUsers.map((u) => u.id));
    expect(rows[0]).toEqual({ id: '400000000000000', name: 'bm-admin', role: 'ADMIN' });
    expect(fake.requests).toHaveLength(4);
    expect(client.roundTrips).toBe(4);
    for (const r of fake.requests) {
      expect(r.method).toBe('GET');
      expect(r.path).toBe(`/v26.0/${ex.business.id}/system_users`);
      expect(r.tokenKind).toBe('graph');
      expect(r.proofValid).toBe(true);
    }
    // Pages after the first carry the cursor from paging.next, and our own proof (not one from the link).
    expect(fake.requests.slice(1).every((r) => typeof r.query.after === 'string')).toBe(true);
  });

  it('follows an empty page that still carries next', async () => {
    const { ex, make } = await setup({ users: 2 });
    const calls: string[] = [];
    const pages = [
      { data: [], paging: { next: 'NEXT' } },
      { data: [{ id: 7, name: 'x', role: 'EMPLOYEE' }], paging: {} },
    ];
    let base = '';
    const fetchImpl: typeof fetch = async (input) => {
      const url = String(input);
      calls.push(url);
      const page = pages[calls.length - 1]!;
      const body = JSON.stringify(page).replace('NEXT', `${base}/v26.0/1/system_users?after=abc&access_token=leaked`);
      return new Response(body, { status: 200 });
    };
    const client = make({ fetch: fetchImpl, baseUrl: 'https://graph.example.test' });
    base = 'https://graph.example.test';
    const rows = await client.getAll(`${ex.business.id}/system_users`);
    expect(rows).toEqual([{ id: 7, name: 'x', role: 'EMPLOYEE' }]);
    expect(calls).toHaveLength(2);
    const second = new URL(calls[1]!);
    expect(second.searchParams.get('after')).toBe('abc');
    // The link's own access_token is replaced by the client's token.
    expect(second.searchParams.get('access_token')).toBe(ex.business.graphToken);
  });

  it('does not follow a paging.next on another host', async () => {
    const { ex, fake, make } = await setup({ users: 5, pageSize: 2, faults: { foreignNextHost: true } });
    const client = make();
    const err = await client.getAll(`${ex.business.id}/system_users`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).kind).toBe('foreign-host');
    expect((err as GraphError).message).toContain('graph.evil.invalid');
    expect(fake.requests).toHaveLength(1);
  });

  it('maps 190 to kind token, naming the subcode and no secret', async () => {
    const { ex, make } = await setup({ faults: { expiredGraphToken: true } });
    const err = (await make().get(`${ex.business.id}/system_users`).catch((e: unknown) => e)) as GraphError;
    expect(err).toBeInstanceOf(GraphError);
    expect(err.kind).toBe('token');
    expect(err.code).toBe(190);
    expect(err.subcode).toBe(463);
    expect(err.status).toBe(400);
    expect(err.endpoint).toBe(`${ex.business.id}/system_users`);
    expect(err.message).toBe(`${ex.business.id}/system_users: token invalid or expired (code 190, subcode 463)`);
    expect(err.message).not.toContain(ex.business.graphToken);
  });

  it('maps 10 / 200-299 to kind permission without retrying', async () => {
    const { ex, make } = await setup();
    // A known system-user token that is not the graph token gets (#200) from the fake.
    const client = make({ token: new Secret(ex.tokenOf['su-01']!) });
    const err = (await client.get(`${ex.business.id}/system_users`).catch((e: unknown) => e)) as GraphError;
    expect(err.kind).toBe('permission');
    expect(err.code).toBe(200);
    expect(client.roundTrips).toBe(1);
  });

  it('rejects a wrong app secret with the invalid-proof error (code 100), not retried', async () => {
    const { ex, fake, make } = await setup();
    const client = make({ appSecret: new Secret('ffffffffffffffffffffffffffffffff') });
    const err = (await client.get(`${ex.business.id}/system_users`).catch((e: unknown) => e)) as GraphError;
    expect(err.kind).toBe('bad-proof');
    expect(err.code).toBe(100);
    expect(err.message).toContain('Invalid appsecret_proof');
    expect(fake.requests[0]!.proofValid).toBe(false);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('GraphClient retries', () => {
  it.each([4, 17, 613, 80004] as const)('retries throttle code %s and honours estimated_time_to_regain_access', async (code) => {
    const { ex, fake, clock, make } = await setup({ faults: { throttleFirst: 2, throttleCode: code, regainMinutes: 1 } });
    const client = make({ budgetMs: 300_000 });
    const rows = await client.getAll(`${ex.business.id}/system_users`);
    expect(rows).toHaveLength(4);
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests.map((r) => r.status)).toEqual([400, 400, 200]);
    expect(clock.sleeps).toHaveLength(2);
    // 1 minute asked; never less.
    for (const s of clock.sleeps) expect(s).toBeGreaterThanOrEqual(60_000);
  });

  it('waits at least what a Retry-After asks (seconds or an HTTP date), on a 429 or a 503', async () => {
    const { ex, clock, make } = await setup();
    let calls = 0;
    const answers = [
      () => new Response('{"error":{"message":"slow down","code":4}}', { status: 429, headers: { 'retry-after': '3' } }),
      () => new Response('<html>busy</html>', { status: 503, headers: { 'retry-after': new Date(clock.now() + 7_000).toUTCString() } }),
      () => new Response(JSON.stringify({ data: [] }), { status: 200, headers: { 'content-type': 'application/json' } }),
    ];
    const client = make({ random: () => 0, fetch: async () => answers[calls++]!() });
    await client.get(`${ex.business.id}/system_users`);
    expect(calls).toBe(3);
    expect(clock.sleeps).toHaveLength(2);
    expect(clock.sleeps[0]).toBe(3000);
    // An HTTP date has whole seconds: 6 to 7 s from now.
    expect(clock.sleeps[1]).toBeGreaterThan(6000);
    expect(clock.sleeps[1]).toBeLessThanOrEqual(7000);
  });

  it('says a regain time past a day as such, not as Infinity s', async () => {
    for (const regainMinutes of [1e308, 2 * 24 * 60]) {
      const { ex, make } = await setup({ faults: { throttleFirst: 5, regainMinutes } });
      const err = (await make({ budgetMs: 60_000 }).get(`${ex.business.id}/system_users`).catch((e: unknown) => e)) as GraphError;
      expect(err.reason).toBe('throttled (code 4) past the 60 s budget (the next try would wait more than a day)');
    }
  });

  it('uses exponential backoff with full jitter when no regain time is given', async () => {
    const { ex, clock, make } = await setup({ faults: { status500First: 3 } });
    const client = make({ random: () => 1 });
    await client.get(`${ex.business.id}/system_users`);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    const { ex: ex2, clock: clock2, make: make2 } = await setup({ faults: { status500First: 3 } });
    await make2({ random: () => 0.25 }).get(`${ex2.business.id}/system_users`);
    expect(clock2.sleeps).toEqual([250, 500, 1000]);
  });

  it('throws kind budget at once when the throttle asks to wait past the budget', async () => {
    const { ex, fake, clock, make } = await setup({ faults: { throttleFirst: 5, regainMinutes: 5 } });
    const err = (await make({ budgetMs: 60_000 }).get(`${ex.business.id}/system_users`).catch((e: unknown) => e)) as GraphError;
    expect(err.kind).toBe('budget');
    expect(err.reason).toBe('throttled (code 4) past the 60 s budget (the next try would wait 300 s)');
    expect(clock.sleeps).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries 500s and gives up after maxRetries with kind server', async () => {
    const { ex, fake, make } = await setup({ faults: { status500First: 100 } });
    const err = (await make({ maxRetries: 3 }).get(`${ex.business.id}/system_users`).catch((e: unknown) => e)) as GraphError;
    expect(err.kind).toBe('server');
    expect(err.status).toBe(500);
    expect(fake.requests).toHaveLength(4);
  });

  it('times out a hanging request and retries it', async () => {
    const { ex, fake, make } = await setup({ faults: { hangFirst: 1 } });
    const rows = await make({ requestTimeoutMs: 50 }).getAll(`${ex.business.id}/system_users`);
    expect(rows).toHaveLength(4);
    // The first is left hanging and timed out; a retry gets the answer (on a loaded machine a retry may
    // itself exceed 50 ms and be retried once more).
    expect(fake.requests[0]!.status).toBe(0);
    expect(fake.requests.at(-1)!.status).toBe(200);
  });

  it('ends a request that keeps hanging with kind timeout', async () => {
    const { ex, make } = await setup({ faults: { hangFirst: 100 } });
    const err = (await make({ requestTimeoutMs: 30, maxRetries: 2 }).get(`${ex.business.id}/system_users`).catch((e: unknown) => e)) as GraphError;
    expect(err.kind).toBe('timeout');
  });

  it('retries a truncated JSON body (bad-response)', async () => {
    const { ex, fake, make } = await setup({ faults: { truncateFirst: 2 } });
    const rows = await make().getAll(`${ex.business.id}/system_users`);
    expect(rows).toHaveLength(4);
    expect(fake.requests).toHaveLength(3);
  });

  it("does not retry a 4xx answer that is not JSON (a proxy's or a firewall's page): the token is sent once", async () => {
    const { ex, fake, make } = await setup({ faults: { proxyPageFirst: 5 } });
    const err = (await make().get(`${ex.business.id}/system_users`).catch((e: unknown) => e)) as GraphError;
    expect([err.kind, err.reason, err.retryable]).toEqual(['bad-response', "HTTP 403 with an answer that is not JSON (a proxy's or a firewall's page?)", false]);
    expect(fake.requests).toHaveLength(1);
  });

  it('takes an empty GRAPHGUARD_GRAPH_URL for unset (a workflow variable not defined)', () => {
    expect(graphBaseUrl(undefined, { GRAPHGUARD_GRAPH_URL: '' })).toBe('https://graph.facebook.com');
    expect(graphBaseUrl(undefined, {})).toBe('https://graph.facebook.com');
    expect(graphBaseUrl(undefined, { GRAPHGUARD_GRAPH_URL: 'http://127.0.0.1:9' })).toBe('http://127.0.0.1:9');
    expect(graphBaseUrl('http://127.0.0.1:8', { GRAPHGUARD_GRAPH_URL: 'http://127.0.0.1:9' })).toBe('http://127.0.0.1:8');
  });

  it('reports a network error as kind network', async () => {
    const { ex, make } = await setup();
    const fake2 = await startFakeGraph(exampleBusiness(1).business);
    const url = fake2.url;
    await fake2.close();
    const err = (await make({ baseUrl: url, maxRetries: 1 }).get(`${ex.business.id}/system_users`).catch((e: unknown) => e)) as GraphError;
    expect(err.kind).toBe('network');
  });

  it('pauses before the next request when X-App-Usage reaches 100', async () => {
    const { ex, clock, make } = await setup({ faults: { appUsage: { call_count: 100, total_time: 10, total_cputime: 10 } } });
    const client = make({ random: () => 1 });
    await client.get(`${ex.business.id}/system_users`);
    expect(clock.sleeps).toEqual([]);
    await client.get(`${ex.business.id}/system_users`);
    expect(clock.sleeps).toEqual([1000]);
  });
});

describe('GraphClient.batch', () => {
  it('splits more than 50 items into several POSTs, each item with its proof', async () => {
    const { ex, fake, make } = await setup({ users: 26 });
    const client = make();
    const items = ex.business.systemUsers.flatMap((u) => [
      { relative_url: `${u.id}/assigned_pages?fields=id,name,tasks` },
      { relative_url: `${u.id}/assigned_product_catalogs?fields=id,name,tasks` },
    ]);
    expect(items).toHaveLength(52);
    const results = await client.batch(items);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(fake.requests.map((r) => r.batch?.length)).toEqual([50, 2]);
    for (const r of fake.requests) {
      expect(r.method).toBe('POST');
      expect(r.path).toBe('/v26.0/');
      // Item headers kept (Graph's default): a throttled item's usage header is only there.
      expect(r.form?.include_headers).toBeUndefined();
      expect(r.proofValid).toBe(true);
      for (const item of r.batch!) expect(item.proofValid).toBe(true);
    }
    const first = results[0]!;
    expect(first.ok && first.body.data).toEqual([
      { id: '300000000000000', name: 'Page 0', tasks: ['CREATE_CONTENT', 'ANALYZE'] },
    ]);
  });

  it('retries null entries and per-item throttles in a later batch', async () => {
    const { ex, fake, make } = await setup({ faults: { nullItemsFirst: 1, throttleItemsFirst: 1 } });
    const items = ex.business.systemUsers.map((u) => ({ relative_url: `${u.id}/assigned_pages` }));
    const results = await make().batch(items);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(fake.requests.map((r) => r.batch?.length)).toEqual([4, 2]);
    expect(fake.requests[1]!.batch!.map((b) => b.path)).toEqual([
      `${ex.business.systemUsers[0]!.id}/assigned_pages`,
      `${ex.business.systemUsers[1]!.id}/assigned_pages`,
    ]);
  });

  it('a throttled item whose own X-Business-Use-Case-Usage asks to wait past the budget ends at once, never sent again', async () => {
    // Pages under Business Use Case limits (system-user tokens): 80001, an hour to regain access.
    const { ex, fake, clock, make } = await setup({ faults: { throttleItemsFirst: 2, throttleCode: 80001, regainMinutes: 60 } });
    const items = ex.business.systemUsers.map((u) => ({ relative_url: `${u.id}/assigned_pages` }));
    const results = await make({ budgetMs: 60_000 }).batch(items);
    expect(results.map((r) => (r.ok ? 'ok' : `${r.error.kind}: ${r.error.reason}`))).toEqual([
      'budget: throttled (code 80001, subcode 2446079) past the 60 s budget (the next try would wait 3600 s)',
      'budget: throttled (code 80001, subcode 2446079) past the 60 s budget (the next try would wait 3600 s)',
      'ok',
      'ok',
    ]);
    expect(fake.requests.map((r) => r.batch?.length)).toEqual([4]);
    expect(clock.sleeps).toEqual([]);
  });

  it('a throttled item whose regain time fits the budget is sent again after that wait, not sooner', async () => {
    const { ex, fake, clock, make } = await setup({ faults: { throttleItemsFirst: 1, throttleCode: 80001, regainMinutes: 2 } });
    const items = ex.business.systemUsers.map((u) => ({ relative_url: `${u.id}/assigned_pages` }));
    const results = await make({ budgetMs: 600_000 }).batch(items);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(fake.requests.map((r) => r.batch?.length)).toEqual([4, 1]);
    expect(clock.sleeps).toEqual([120_000]);
  });

  it('a throttled item that names no regain time backs off with jitter, at most maxRetries more times', async () => {
    const { ex, fake, clock, make } = await setup({ faults: { throttleItemsFirst: 100, throttleCode: 4 } });
    const results = await make({ maxRetries: 3 }).batch([{ relative_url: `${ex.business.systemUsers[1]!.id}/assigned_pages` }]);
    expect(results[0]!.ok).toBe(false);
    expect(!results[0]!.ok && results[0]!.error.reason).toBe('throttled (code 4)');
    expect(fake.requests).toHaveLength(4);
    // random() is 0.5: half of 1 s, 2 s, 4 s.
    expect(clock.sleeps).toEqual([500, 1000, 2000]);
  });

  it('gives non-retryable item errors back without retrying them', async () => {
    const { fake, make } = await setup();
    const results = await make().batch([{ relative_url: '999/assigned_pages' }]);
    expect(results[0]!.ok).toBe(false);
    const err = !results[0]!.ok ? results[0]!.error : undefined;
    expect(err?.kind).toBe('permission');
    expect(err?.code).toBe(100);
    expect(err?.subcode).toBe(33);
    expect(err?.endpoint).toBe('999/assigned_pages');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('GraphClient.debugTokens', () => {
  it('asks debug_token with the app token (never the token itself) and normalises the answer', async () => {
    const { ex, fake, make } = await setup();
    const client = make();
    const good = new Secret(ex.tokenOf['su-01']!);
    const unknown = new Secret(fakeToken('nobody'));
    const map = await client.debugTokens([good, unknown]);
    expect(map.get(good)).toEqual({
      isValid: true,
      type: 'SYSTEM_USER',
      appId: ex.business.appId,
      userId: '400000000000001',
      scopes: ['catalog_management', 'business_management'],
      expiresAt: 0,
      issuedAt: 1780000001,
    });
    expect(map.get(unknown)).toMatchObject({ isValid: false, scopes: [], error: { code: 190 } });
    const items = fake.requests[0]!.batch!;
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.path).toBe('debug_token');
      expect(item.tokenFrom).toBe('item');
      expect(item.tokenKind).toBe('app');
      expect(item.proofValid).toBe(true);
    }
    expect(items[0]!.query.input_token).toBe(ex.tokenOf['su-01']);
  });

  it('the fake refuses debug_token with a system-user token as access_token (#100)', async () => {
    const { ex, make } = await setup();
    const client = make({ token: new Secret(ex.tokenOf['su-01']!) });
    const err = (await client.get('debug_token', { input_token: new Secret(ex.tokenOf['su-01']!) }).catch((e: unknown) => e)) as GraphError;
    expect(err.kind).toBe('permission');
    expect(err.code).toBe(100);
    expect(err.message).toContain('You must provide an app access token');
    expect(err.message).not.toContain(ex.tokenOf['su-01']);
  });

  it('accepts ids and timestamps sent as numbers', async () => {
    const { make } = await setup();
    const fetchImpl: typeof fetch = async () =>
      new Response(
        JSON.stringify([
          {
            code: 200,
            body: JSON.stringify({ data: { app_id: 200000000000002, user_id: 1207059, is_valid: true, expires_at: '0', issued_at: 1712099387, scopes: ['ads_read'] } }),
          },
        ]),
        { status: 200 },
      );
    const t = new Secret(fakeToken('numbers'));
    const map = await make({ fetch: fetchImpl }).debugTokens([t]);
    expect(map.get(t)).toEqual({ isValid: true, appId: '200000000000002', userId: '1207059', expiresAt: 0, issuedAt: 1712099387, scopes: ['ads_read'] });
  });
});

describe('answers as Meta really sends them', () => {
  it('an id past 2^53 sent as a JSON number is read exactly (10215241773831025 is not 10215241773831024)', async () => {
    const { make } = await setup();
    // The batch answer as text: a number literal beyond 2^53, which JSON.stringify of a JS number cannot write.
    const body = '{"data":{"app_id":200000000000002,"user_id":10215241773831025,"is_valid":true,"expires_at":0,"scopes":["ads_read"],"note":"x 12345678901234567890 y"}}';
    const fetchImpl: typeof fetch = async () => new Response(JSON.stringify([{ code: 200, body }]), { status: 200 });
    const t = new Secret(fakeToken('bignum'));
    const map = await make({ fetch: fetchImpl }).debugTokens([t]);
    expect(map.get(t)).toMatchObject({ isValid: true, appId: '200000000000002', userId: '10215241773831025' });
    const { parseGraphJson } = await import('../../src/graph/client.js');
    expect(parseGraphJson('{"a":0.30000000000000004,"b":[1e21,12345678901234567e2],"c":10215241773831025}')).toEqual({ a: 0.30000000000000004, b: [1e21, Number('12345678901234567e2')], c: '10215241773831025' });
    expect(parseGraphJson('{"id":10215241773831025,"n":-12345678901234567890,"f":1234567890123456.5,"s":"a\\"12345678901234567"}')).toEqual({
      id: '10215241773831025',
      n: Number("-12345678901234567890"),
      f: 1234567890123456.5,
      s: 'a"12345678901234567',
    });
  });

  it('a 429 whose body is a proxy’s text is a throttle: waited for as it asks, and a write is retried', async () => {
    const { ex, clock, make } = await setup();
    let calls = 0;
    const answers = [
      () => new Response('Too Many Requests', { status: 429, headers: { 'retry-after': '3' } }),
      () => new Response(JSON.stringify({ data: [] }), { status: 200, headers: { 'content-type': 'application/json' } }),
    ];
    const lines: string[] = [];
    const client = make({ random: () => 0, fetch: async () => answers[calls++]!(), debug: (l) => lines.push(l) });
    await client.get(`${ex.business.id}/system_users`);
    expect(calls).toBe(2);
    expect(clock.sleeps).toEqual([3000]);
    expect(lines.join('\n')).toContain('throttled (HTTP 429)');
    calls = 0;
    await client.write('POST', `${ex.business.id}/anything`, { a: '1' });
    expect(calls).toBe(2);
  });
});

describe('redaction', () => {
  it('debug lines and errors hold no token, app secret or proof value', async () => {
    const { ex, lines, make } = await setup({ users: 3, pageSize: 1, faults: { throttleFirst: 1, status500First: 1 } });
    const client = make();
    await client.getAll(`${ex.business.id}/system_users`);
    const t = new Secret(ex.tokenOf['su-01']!);
    await client.debugTokens([t]);
    await client.batch([{ relative_url: `${ex.business.systemUsers[1]!.id}/assigned_pages` }]);
    expect(lines.length).toBeGreaterThan(5);
    const log = lines.join('\n');
    const appToken = `${ex.business.appId}|${ex.business.appSecret}`;
    const forbidden = [
      ex.business.graphToken,
      ex.business.appSecret,
      ex.tokenOf['su-01']!,
      appToken,
      encodeURIComponent(appToken),
      appsecretProof(ex.business.graphToken, ex.business.appSecret),
      appsecretProof(appToken, ex.business.appSecret),
    ];
    for (const f of forbidden) expect(log).not.toContain(f);
    expect(log).toContain('access_token=EAAG…');
  });
});
