import { describe, expect, it } from 'vitest';
import { diffManifests, formatDiffText, type TaskExpander } from '../src/diff.js';
import type { Manifest, ManifestSystemUser } from '../src/manifest/types.js';

/** A tiny implication table: MANAGE ⇒ CREATE_CONTENT, MODERATE; CREATE_CONTENT ⇒ ANALYZE. */
const IMPLIES: Record<string, string[]> = { MANAGE: ['CREATE_CONTENT', 'MODERATE'], CREATE_CONTENT: ['ANALYZE'] };
const expand: TaskExpander = (_type, tasks) => {
  const out = new Set<string>();
  const stack = [...tasks];
  while (stack.length > 0) {
    const t = stack.pop() as string;
    if (out.has(t)) continue;
    out.add(t);
    stack.push(...(IMPLIES[t] ?? []));
  }
  return out;
};

function manifest(systemUsers: ManifestSystemUser[]): Manifest {
  return {
    version: 1,
    business: { id: '100000000000001' },
    assets: [
      { id: '300000000000003', type: 'page', name: 'Acme Shop', environment: 'production' },
      { id: '300000000000004', type: 'page', name: 'Acme Shop (test)', environment: 'test' },
      { id: 'act_500000000000005', type: 'ad_account', name: 'Acme Ads', environment: 'production' },
    ],
    systemUsers,
  };
}

const shopProd = (over: Partial<ManifestSystemUser> = {}): ManifestSystemUser => ({
  name: 'shop-prod',
  role: 'system_user',
  environment: 'production',
  permissions: ['catalog_management'],
  token: { secret: 'META_SHOP_PROD_TOKEN', expires: '60d' },
  assets: [{ asset: '300000000000003', tasks: ['CREATE_CONTENT'] }],
  ...over,
});

describe('diffManifests', () => {
  it('finds no change between equal manifests', () => {
    expect(diffManifests(manifest([shopProd()]), manifest([shopProd()]), { expand })).toEqual([]);
  });

  it('treats every head user as new when the base has no manifest', () => {
    const head = manifest([
      shopProd(),
      { name: 'bm-admin', role: 'admin', permissions: ['business_management'], token: { secret: 'X', expires: 'never' } },
    ]);
    const changes = diffManifests(null, head, { expand });
    expect(changes).toEqual([
      {
        kind: 'user-added',
        user: 'bm-admin',
        newAccess: true,
        path: ['systemUsers', 1],
        side: 'head',
        text: 'new system user bm-admin (admin) with permission business_management; a token that never expires',
      },
      {
        kind: 'user-added',
        user: 'shop-prod',
        newAccess: true,
        path: ['systemUsers', 0],
        side: 'head',
        text: 'new system user shop-prod (system_user, production) with permission catalog_management; CREATE_CONTENT on page Acme Shop',
      },
    ]);
  });

  it('reports permissions added and removed at their own nodes', () => {
    const base = manifest([shopProd({ permissions: ['catalog_management', 'pages_read_engagement'] })]);
    const head = manifest([shopProd({ permissions: ['ads_management', 'catalog_management'] })]);
    expect(diffManifests(base, head, { expand })).toEqual([
      {
        kind: 'permission-added',
        user: 'shop-prod',
        newAccess: true,
        path: ['systemUsers', 0, 'permissions', 0],
        side: 'head',
        text: 'shop-prod gains permission ads_management',
      },
      {
        kind: 'permission-removed',
        user: 'shop-prod',
        newAccess: false,
        path: ['systemUsers', 0, 'permissions', 1],
        side: 'base',
        text: 'shop-prod loses permission pages_read_engagement',
      },
    ]);
  });

  it('matches grants by resolved asset id, whether named by id or by name', () => {
    const base = manifest([shopProd({ assets: [{ asset: '300000000000003', tasks: ['CREATE_CONTENT'] }] })]);
    const head = manifest([shopProd({ assets: [{ asset: 'Acme Shop', tasks: ['CREATE_CONTENT'] }] })]);
    expect(diffManifests(base, head, { expand })).toEqual([]);
    // ad accounts: act_ prefix or not, the same asset
    const b2 = manifest([shopProd({ assets: [{ asset: 'act_500000000000005', tasks: ['ANALYZE'] }] })]);
    const h2 = manifest([shopProd({ assets: [{ asset: '500000000000005', tasks: ['ANALYZE'] }] })]);
    expect(diffManifests(b2, h2, { expand })).toEqual([]);
  });

  it('reports a task broadened after expansion, naming the declared task', () => {
    const base = manifest([shopProd()]);
    const head = manifest([shopProd({ assets: [{ asset: 'Acme Shop', tasks: ['MANAGE'] }] })]);
    expect(diffManifests(base, head, { expand })).toEqual([
      {
        kind: 'tasks-broadened',
        user: 'shop-prod',
        newAccess: true,
        path: ['systemUsers', 0, 'assets', 0, 'tasks'],
        side: 'head',
        text: 'shop-prod gains MANAGE on page Acme Shop (was CREATE_CONTENT)',
      },
    ]);
  });

  it('sees no broadening when the head only spells out implied tasks', () => {
    const base = manifest([shopProd({ assets: [{ asset: 'Acme Shop', tasks: ['MANAGE'] }] })]);
    const head = manifest([shopProd({ assets: [{ asset: 'Acme Shop', tasks: ['MANAGE', 'MODERATE', 'ANALYZE'] }] })]);
    expect(diffManifests(base, head, { expand })).toEqual([]);
  });

  it('reports narrowing without new access', () => {
    const base = manifest([shopProd({ assets: [{ asset: 'Acme Shop', tasks: ['MANAGE'] }] })]);
    const head = manifest([shopProd()]);
    const changes = diffManifests(base, head, { expand });
    expect(changes.map((c) => [c.kind, c.newAccess, c.text])).toEqual([
      ['tasks-narrowed', false, 'shop-prod loses MANAGE on page Acme Shop (now CREATE_CONTENT)'],
    ]);
  });

  it('reports grants added (head path) and removed (base path)', () => {
    const base = manifest([shopProd({ assets: [{ asset: 'Acme Shop', tasks: ['CREATE_CONTENT'] }] })]);
    const head = manifest([shopProd({ assets: [{ asset: 'act_500000000000005', tasks: ['ADVERTISE', 'ANALYZE'] }] })]);
    expect(diffManifests(base, head, { expand })).toEqual([
      {
        kind: 'grant-added',
        user: 'shop-prod',
        newAccess: true,
        path: ['systemUsers', 0, 'assets', 0],
        side: 'head',
        text: 'shop-prod gains ADVERTISE, ANALYZE on ad_account Acme Ads',
      },
      {
        kind: 'grant-removed',
        user: 'shop-prod',
        newAccess: false,
        path: ['systemUsers', 0, 'assets', 0],
        side: 'base',
        text: 'shop-prod loses access to page Acme Shop',
      },
    ]);
  });

  it('reports role, environment and token lifetime changes', () => {
    const base = manifest([
      shopProd(),
      { name: 'bm-ops', role: 'system_user', environment: 'test', token: { secret: 'OPS', expires: '60d' } },
      { name: 'old-admin', role: 'admin', token: { secret: 'OLD', expires: 'never' } },
    ]);
    const head = manifest([
      shopProd({ environment: 'test', token: { secret: 'META_SHOP_PROD_TOKEN', expires: 'never', rotateEveryDays: 90 } }),
      { name: 'bm-ops', role: 'admin', token: { secret: 'OPS', expires: '60d' } },
      { name: 'old-admin', role: 'system_user', environment: 'production', token: { secret: 'OLD', expires: '60d' } },
    ]);
    const changes = diffManifests(base, head, { expand });
    expect(changes.map((c) => [c.user, c.kind, c.newAccess, c.path.join('.'), c.text])).toEqual([
      ['bm-ops', 'role-raised', true, 'systemUsers.1.role', 'bm-ops is raised to admin'],
      ['bm-ops', 'environment-changed', false, 'systemUsers.1', 'bm-ops moves from test to no environment'],
      ['old-admin', 'role-lowered', false, 'systemUsers.2.role', 'old-admin is lowered to system_user'],
      ['old-admin', 'environment-changed', false, 'systemUsers.2.environment', 'old-admin moves from no environment to production'],
      ['old-admin', 'token-expiring', false, 'systemUsers.2.token.expires', "old-admin's token now expires (60d)"],
      ['shop-prod', 'environment-changed', false, 'systemUsers.0.environment', 'shop-prod moves from production to test'],
      ['shop-prod', 'token-never-expires', true, 'systemUsers.0.token.expires', "shop-prod's token no longer expires"],
    ]);
  });

  it('reports removed users at their base node', () => {
    const base = manifest([shopProd(), { name: 'legacy', role: 'system_user', environment: 'test' }]);
    const head = manifest([shopProd()]);
    expect(diffManifests(base, head, { expand })).toEqual([
      { kind: 'user-removed', user: 'legacy', newAccess: false, path: ['systemUsers', 1], side: 'base', text: 'system user legacy is removed' },
    ]);
  });

  it('is ordered by user, then kind, whatever the manifest order', () => {
    const base = manifest([shopProd(), { name: 'a-user', role: 'system_user', environment: 'test' }]);
    const head = manifest([
      shopProd({ permissions: ['catalog_management', 'ads_management'], assets: [{ asset: 'Acme Shop', tasks: ['MANAGE'] }] }),
      { name: 'z-new', role: 'system_user', environment: 'test' },
      { name: 'a-user', role: 'system_user', environment: 'test', permissions: ['pages_messaging'] },
    ]);
    expect(diffManifests(base, head, { expand }).map((c) => `${c.user}:${c.kind}`)).toEqual([
      'a-user:permission-added',
      'shop-prod:permission-added',
      'shop-prod:tasks-broadened',
      'z-new:user-added',
    ]);
  });

  it('uses the real task table by default (page MANAGE implies CREATE_CONTENT)', () => {
    const base = manifest([shopProd({ assets: [{ asset: 'Acme Shop', tasks: ['MANAGE'] }] })]);
    const head = manifest([shopProd({ assets: [{ asset: 'Acme Shop', tasks: ['MANAGE', 'CREATE_CONTENT'] }] })]);
    expect(diffManifests(base, head)).toEqual([]);
    expect(diffManifests(head, base)).toEqual([]);
    expect(diffManifests(manifest([shopProd()]), base).map((c) => c.kind)).toEqual(['tasks-broadened']);
  });

  it('a token whose `expires` is deleted never expires, as the rules read it: new access; the reverse is no "now expires" (hunt IO-3)', () => {
    const never = { secret: 'META_SHOP_PROD_TOKEN' };
    const rows = (b: ManifestSystemUser['token'], h: ManifestSystemUser['token']) =>
      diffManifests(manifest([shopProd({ token: b })]), manifest([shopProd({ token: h })]), { expand }).map((c) => [c.kind, c.newAccess, c.path.join('.')]);
    expect(rows({ secret: 'META_SHOP_PROD_TOKEN', expires: '60d' }, never)).toEqual([['token-never-expires', true, 'systemUsers.0.token']]);
    expect(rows({ secret: 'META_SHOP_PROD_TOKEN', expires: 'never' }, never)).toEqual([]);
    expect(rows(never, { secret: 'META_SHOP_PROD_TOKEN', expires: 'never' })).toEqual([]);
    expect(rows(never, { secret: 'META_SHOP_PROD_TOKEN', expires: '60d' })).toEqual([['token-expiring', false, 'systemUsers.0.token.expires']]);
    // A new user's token without `expires` is said to never expire.
    expect(diffManifests(null, manifest([shopProd({ token: never })]), { expand })[0]!.text).toContain('a token that never expires');
  });

  it('a second entry of a name is diffed too: its admin role and grants are new access, not passed over (hunt IO-4)', () => {
    const base = manifest([shopProd()]);
    const head = manifest([
      shopProd(),
      shopProd({ role: 'admin', permissions: ['catalog_management', 'business_management'], token: { secret: 'OTHER', expires: 'never' } }),
    ]);
    // A second entry the base did not have is a system user of its own: new, all of it (hunt FIN31-1: each base
    // user is matched once).
    expect(diffManifests(base, head, { expand }).map((c) => [c.kind, c.newAccess, c.path.join('.')])).toEqual([['user-added', true, 'systemUsers.1']]);
    expect(diffManifests(base, manifest([shopProd(), shopProd()]), { expand }).map((c) => c.kind)).toEqual(['user-added']);
  });

  it('each base user is matched once, ids first: an entry without id takes no user another entry claims by id; an id added is another user (hunts FIN31-1, FIN31-2)', () => {
    const base = manifest([shopProd({ id: '5' })]);
    const head = manifest([shopProd({ role: 'admin', permissions: ['business_management'] }), shopProd({ id: '5' })]);
    expect(diffManifests(base, head, { expand }).map((c) => [c.kind, c.newAccess, c.path.join('.')])).toEqual([['user-added', true, 'systemUsers.0']]);
    // Ids deleted from a name declared twice: no longer paired by name (the live check takes the first of the
    // name: hunt Z31-1).
    const two = manifest([shopProd({ id: '5', role: 'admin', permissions: ['business_management'] }), shopProd({ id: '6' })]);
    const noIds = manifest([shopProd({ role: 'admin', permissions: ['business_management'] }), shopProd()]);
    expect(diffManifests(two, noIds, { expand }).filter((c) => c.newAccess).map((c) => c.kind)).toEqual(['user-added', 'user-added']);
    // The base declared no id: one now names a system user, which may be any.
    expect(diffManifests(manifest([shopProd()]), manifest([shopProd({ id: '5' })]), { expand }).map((c) => [c.kind, c.newAccess])).toEqual([
      ['user-added', true],
      ['user-removed', false],
    ]);
  });

  it('matches users by id first: two users that swap ids, or a name pointed at another id, are changes (hunt ATK-3)', () => {
    const reader = (over: Partial<ManifestSystemUser> = {}): ManifestSystemUser => ({ name: 'reader', role: 'system_user', permissions: ['ads_read'], ...over });
    const base = manifest([shopProd({ id: '1' }), reader({ id: '2' })]);
    const swapped = manifest([shopProd({ id: '2' }), reader({ id: '1' })]);
    const rows = (h: Manifest) => diffManifests(base, h, { expand }).map((c) => [c.user, c.kind, c.newAccess]);
    // reader (id 1 now) is base's shop-prod: it loses shop-prod's access and gains ads_read; shop-prod (id 2) is
    // base's reader: it gains catalog_management and the page.
    expect(rows(swapped).filter((r) => r[2] === true)).toEqual([
      ['reader', 'permission-added', true],
      ['shop-prod', 'permission-added', true],
      ['shop-prod', 'grant-added', true],
    ]);
    // A user renamed, same id: no access change.
    expect(rows(manifest([shopProd({ id: '1', name: 'shop-main' }), reader({ id: '2' })]))).toEqual([]);
    // A name pointed at another system user: a new user, the old one removed.
    expect(rows(manifest([shopProd({ id: '9' }), reader({ id: '2' })]))).toEqual([
      ['shop-prod', 'user-added', true],
      ['shop-prod', 'user-removed', false],
    ]);
  });

  it('a name declared twice: each entry is compared with its own base entry (hunt ATK-4)', () => {
    const admin = shopProd({ id: '5', role: 'admin', permissions: ['business_management'] });
    const base = manifest([admin, shopProd({ id: '6' })]);
    const head = manifest([admin, shopProd({ id: '6', role: 'admin', permissions: ['catalog_management', 'business_management'] })]);
    expect(diffManifests(base, head, { expand }).map((c) => [c.kind, c.path.join('.')])).toEqual([
      ['permission-added', 'systemUsers.1.permissions.1'],
      ['role-raised', 'systemUsers.1.role'],
    ]);
    // Without ids, by position among the entries of the name.
    const noIds = (m: Manifest) => ({ ...m, systemUsers: m.systemUsers.map(({ id: _id, ...u }) => u) }) as Manifest;
    expect(diffManifests(noIds(base), noIds(head), { expand }).map((c) => c.kind)).toEqual(['permission-added', 'role-raised']);
  });

  it('another business or app id: every user of head is new (hunt FIN31-3)', () => {
    const base = manifest([shopProd()]);
    const moved = { ...manifest([shopProd()]), business: { id: '100000000000009' } } as Manifest;
    expect(diffManifests(base, moved, { expand }).map((c) => [c.kind, c.newAccess])).toEqual([['user-added', true]]);
    const app = { ...manifest([shopProd()]), app: { id: '200000000000009' } } as Manifest;
    expect(diffManifests({ ...base, app: { id: '200000000000002' } } as Manifest, app, { expand }).map((c) => c.kind)).toEqual(['user-added']);
  });
});

describe('formatDiffText', () => {
  it('keeps each change on one line: a name holding a line break cannot print a change of its own', () => {
    const text = formatDiffText([
      { kind: 'grant-added', user: 'u\n+ evil', text: 'u gains MANAGE on page a\nb\n  + u gains EVERYTHING', newAccess: true } as never,
    ]);
    expect(text.split('\n')).toEqual(['u\\n+ evil', '  + u gains MANAGE on page a\\nb\\n  + u gains EVERYTHING', '', '1 access change, 1 granting new access.', '']);
  });

  it('groups changes per system user with +/-/~ signs and a count', () => {
    const base = manifest([shopProd(), { name: 'legacy', role: 'system_user', environment: 'test' }]);
    const head = manifest([
      shopProd({ environment: 'test', assets: [{ asset: 'Acme Shop', tasks: ['MANAGE'] }] }),
      { name: 'ads-bot', role: 'system_user', environment: 'production' },
    ]);
    expect(formatDiffText(diffManifests(base, head, { expand }))).toBe(
      [
        'ads-bot',
        '  + new system user ads-bot (system_user, production)',
        'legacy',
        '  - system user legacy is removed',
        'shop-prod',
        '  + shop-prod gains MANAGE on page Acme Shop (was CREATE_CONTENT)',
        '  ~ shop-prod moves from production to test',
        '',
        '4 access changes, 2 granting new access.',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing changed', () => {
    expect(formatDiffText([])).toBe('No access changes.\n');
  });
});
