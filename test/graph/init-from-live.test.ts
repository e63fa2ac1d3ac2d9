import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { manifestFromLive, sanitizeName } from '../../src/graph/init-from-live.js';
import type { LiveSnapshot } from '../../src/graph/types.js';

const snapshot: LiveSnapshot = {
  businessId: '100000000000001',
  systemUsers: [
    {
      id: '400000000000005',
      name: 'Shop Prod',
      role: 'EMPLOYEE',
      assets: [
        { id: '300000000000003', type: 'page', name: 'Acme Shop', tasks: ['CREATE_CONTENT', 'ANALYZE'] },
        { id: '320000000000001', type: 'ad_account', name: 'Acme Ads', tasks: ['ADVERTISE', 'ANALYZE'] },
      ],
    },
    { id: '400000000000006', name: 'shop prod', role: 'EMPLOYEE', assets: [{ id: '300000000000003', type: 'page', tasks: ['ANALYZE'] }] },
    { id: '400000000000007', name: 'BM Admin', role: 'ADMIN', assets: [{ id: '310000000000001', type: 'catalog', name: 'Feed', tasks: ['MANAGE'] }] },
    { id: '400000000000008', name: 'shop-test', role: 'EMPLOYEE', assets: null },
  ],
  tokens: {
    whatever: {
      state: 'checked',
      envVar: 'META_SHOP_PROD_TOKEN',
      info: { isValid: true, type: 'SYSTEM_USER', userId: '400000000000005', scopes: ['catalog_management', 'business_management'], expiresAt: 0, issuedAt: 1790000000 },
    },
  },
  leakedTokens: {},
  incomplete: ['assigned pages of system user 400000000000008 (shop-test): throttled (code 4) past the 60 s budget'],
};

const opts = { businessId: '100000000000001', appId: '200000000000002', graphApiVersion: 'v26.0', today: '2026-11-20' };

// biome-ignore lint/suspicious/noExplicitAny: the generated YAML, read back untyped to assert its shape
type Doc = Record<string, any>;

describe('manifestFromLive', () => {
  const text = manifestFromLive(snapshot, opts);
  const doc = parse(text) as Doc;

  it('writes YAML that parses into a v1 manifest with the business and app', () => {
    expect(doc.version).toBe(1);
    expect(doc.business).toEqual({ id: '100000000000001' });
    expect(doc.app).toEqual({ id: '200000000000002', graphApiVersion: 'v26.0' });
  });

  it('holds every live user with sanitised unique names, ids and mapped roles', () => {
    expect(doc.systemUsers.map((u: Doc) => [u.name, u.id, u.role])).toEqual([
      ['bm-admin', '400000000000007', 'admin'],
      ['shop-prod', '400000000000005', 'system_user'],
      ['shop-prod-2', '400000000000006', 'system_user'],
      ['shop-test', '400000000000008', 'system_user'],
    ]);
    expect(doc.systemUsers[1].environment).toBe('production');
    expect(doc.systemUsers[3].environment).toBe('test');
    expect(doc.systemUsers[0].environment).toBeUndefined();
    expect(doc.systemUsers[0].useCases).toEqual(['business_admin']);
  });

  it('collects assets from every grant (ad accounts as act_) and keeps the live tasks', () => {
    expect(doc.assets).toEqual([
      { id: 'act_320000000000001', type: 'ad_account', name: 'Acme Ads' },
      { id: '310000000000001', type: 'catalog', name: 'Feed' },
      { id: '300000000000003', type: 'page', name: 'Acme Shop' },
    ]);
    expect(doc.systemUsers[1].assets).toEqual([
      { asset: 'act_320000000000001', tasks: ['ADVERTISE', 'ANALYZE'] },
      { asset: '300000000000003', tasks: ['CREATE_CONTENT', 'ANALYZE'] },
    ]);
    expect(doc.systemUsers[2].assets).toEqual([{ asset: '300000000000003', tasks: ['ANALYZE'] }]);
    expect(doc.systemUsers[0].assets).toBeUndefined(); // admin grants are not declared
    expect(doc.systemUsers[3].assets).toBeUndefined(); // could not be read
  });

  it('turns a checked token into permissions and a token block', () => {
    expect(doc.systemUsers[1].permissions).toEqual(['catalog_management', 'business_management']);
    expect(doc.systemUsers[1].token).toEqual({ secret: 'META_SHOP_PROD_TOKEN', expires: 'never', rotateEveryDays: 90, lastRotated: '2026-09-21' });
    expect(doc.systemUsers[2].permissions).toBeUndefined();
    expect(doc.systemUsers[2].token).toBeUndefined();
  });

  it('marks what a human must decide and what could not be read', () => {
    expect(text).toContain('# TODO: decide useCases');
    expect(text).toContain('# TODO: decide environment');
    expect(text).toContain('# TODO: decide token.secret name');
    expect(text).toContain('# TODO: decide rotation');
    expect(text).toContain('# TODO: the live grants of this user could not be read');
    expect(text).toContain('#   - assigned pages of system user 400000000000008 (shop-test): throttled');
    expect(text).toContain('# live name: Shop Prod');
  });

  it("gives a token to the user it belongs to (debug_token's user_id), never to a live user named like its key", () => {
    const spoof = manifestFromLive({ ...snapshot, tokens: { 'shop-test': snapshot.tokens.whatever! } }, opts);
    const users = (parse(spoof) as Doc).systemUsers as Doc[];
    expect(users.filter((u) => u.token).map((u) => u.name)).toEqual(['shop-prod']);
  });

  it('numbers thousands of live users named alike in order', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: String(500000000000000 + i), name: 'Bot', role: 'EMPLOYEE' as const, assets: [] }));
    const users = (parse(manifestFromLive({ ...snapshot, systemUsers: many, tokens: {}, incomplete: [] }, opts)) as Doc).systemUsers as Doc[];
    expect(users.map((u) => u.name).slice(0, 3)).toEqual(['bot', 'bot-2', 'bot-3']);
    expect(users.at(-1)!.name).toBe('bot-3000');
    expect(new Set(users.map((u) => u.name)).size).toBe(3000);
  });

  it('refuses a snapshot without a system-user list', () => {
    expect(() => manifestFromLive({ ...snapshot, systemUsers: null }, opts)).toThrow(/could not be read/);
  });

  it('quotes hostile names safely', () => {
    const t = manifestFromLive(
      { ...snapshot, systemUsers: [{ id: '1', name: 'x\n: y # z', role: 'EMPLOYEE', assets: [{ id: '2', type: 'page', name: 'a"b\n#c', tasks: ['ANALYZE'] }] }], tokens: {}, incomplete: [] },
      opts,
    );
    const d = parse(t) as Doc;
    expect(d.systemUsers[0].name).toBe('x-y-z');
    expect(d.assets[0].name).toBe('a"b\n#c');
  });
});

describe('sanitizeName', () => {
  it.each([
    ['Shop Prod', 'shop-prod'],
    ['__x__', 'x'],
    ['!!!', 'system-user'],
    ['a_b-c9', 'a_b-c9'],
  ])('%s -> %s', (input, out) => {
    expect(sanitizeName(input)).toBe(out);
  });
});

describe('init --from-live over the fake Graph API', () => {
  it('writes a manifest whose declared users and grants equal the live ones', async () => {
    const { exampleBusiness, startFakeGraph } = await import('../helpers/fake-graph.js');
    const { fetchLiveSnapshot } = await import('../../src/graph/snapshot.js');
    const ex = exampleBusiness(4, 2);
    const fake = await startFakeGraph(ex.business, { pageSize: 3 });
    try {
      const env = { GRAPHGUARD_GRAPH_TOKEN: ex.business.graphToken, GRAPHGUARD_APP_SECRET: ex.business.appSecret };
      const stub = { version: 1 as const, business: { id: ex.business.id }, app: { id: ex.business.appId }, systemUsers: [] };
      const first = await fetchLiveSnapshot({ manifest: stub, env, graphUrl: fake.url, timeoutSeconds: 60 });
      expect(first.snapshot.incomplete).toEqual([]);
      const text = manifestFromLive(first.snapshot, { businessId: ex.business.id, appId: ex.business.appId, graphApiVersion: 'v26.0', today: '2026-11-20' });
      const written = parse(text) as import('../../src/manifest/types.js').Manifest;
      expect(written.systemUsers.map((u) => u.id)).toEqual(ex.business.systemUsers.map((u) => u.id));

      const second = await fetchLiveSnapshot({ manifest: written, env, graphUrl: fake.url, timeoutSeconds: 60 });
      const norm = (id: string) => id.replace(/^act_/, '');
      for (const live of second.snapshot.systemUsers!) {
        const declared = written.systemUsers.find((u) => u.id === live.id)!;
        expect(declared.role).toBe(live.role === 'ADMIN' ? 'admin' : 'system_user');
        if (declared.role === 'admin') continue;
        const declaredGrants = (declared.assets ?? []).map((g) => `${norm(g.asset)}:${g.tasks.join(',')}`).sort();
        const liveGrants = live.assets!.map((g) => `${g.id}:${g.tasks.join(',')}`).sort();
        expect(declaredGrants).toEqual(liveGrants);
        expect(liveGrants).toHaveLength(6);
      }
      const declaredAssets = new Set((written.assets ?? []).map((a) => `${a.type}:${norm(a.id)}`));
      for (const u of second.snapshot.systemUsers!) for (const g of u.assets!) expect(declaredAssets.has(`${g.type}:${g.id}`)).toBe(true);
    } finally {
      await fake.close();
    }
  });
});
