import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssetType } from '../src/manifest/types.js';
import {
  accessLevels,
  accessLevelAliases,
  quotaLevel,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isTaskBroader,
  knownPermission,
  latestVersion,
  permissions,
  roles,
  tasksByAssetType,
  useCases,
  type Endpoint,
} from '../src/data.js';
import { endpoints, getEndpoint, matchEndpoints, operationKey } from '../src/data-endpoints.js';
import { deriveUseCases, formatUseCases, type UseCaseSourceFile } from '../src/use-case-derive.js';
import useCaseOperationsJson from '../data/use-case-operations.json' with { type: 'json' };
import { levenshtein, suggest } from '../src/suggest.js';
import { sdkMethodsJson } from '../scripts/gen-sdk-methods.js';
import sdkMethodsFile from '../data/sdk-methods.json' with { type: 'json' };
import apiVersionsJson from '../data/api-versions.json' with { type: 'json' };
import accessLevelsJson from '../data/access-levels.json' with { type: 'json' };

/** The task names known for an asset type, in data order. */
const taskNames = (assetType: AssetType): string[] => Object.keys(tasksByAssetType[assetType].tasks);
/** Whether `task` is a known task of `assetType`. */
const isKnownTask = (assetType: AssetType, task: string): boolean => Object.hasOwn(tasksByAssetType[assetType].tasks, task);

const require = createRequire(import.meta.url);
const sdkObjects = join(dirname(require.resolve('facebook-nodejs-business-sdk/package.json')), 'src', 'objects');
const SDK_SOURCE = 'facebook-nodejs-business-sdk';

/** Values of `static get <getter> ()` in the SDK class `<Class>`, read from its Flow source. */
function sdkEnum(qualified: string): string[] {
  const [cls, getter] = qualified.split('.') as [string, string];
  const file = `${cls.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.js`;
  const text = readFileSync(join(sdkObjects, file), 'utf8');
  const start = text.indexOf(`static get ${getter} (): Object {`);
  if (start < 0) throw new Error(`${qualified} not found in ${file}`);
  const body = text.slice(start, text.indexOf('});', start));
  return [...body.matchAll(/:\s*'([A-Z0-9_]+)'/g)].map((m) => m[1] as string);
}

const ASSET_TYPES: AssetType[] = [
  'page',
  'catalog',
  'ad_account',
  'instagram_account',
  'commerce_account',
  'pixel',
  'whatsapp_business_account',
];

/** Further SDK enums whose values must be known tasks of an asset type. */
const EXTRA_SDK_ENUMS: Array<[AssetType, string]> = [
  ['page', 'Page.PermittedTasks'],
  ['page', 'Business.PagePermittedTasks'],
  ['page', 'BusinessAssetGroup.PageTasks'],
  ['ad_account', 'AdAccount.PermittedTasks'],
  ['ad_account', 'BusinessAssetGroup.AdaccountTasks'],
  ['catalog', 'ProductCatalog.PermittedTasks'],
  ['pixel', 'AdsPixel.PermittedTasks'],
  ['pixel', 'BusinessAssetGroup.PixelTasks'],
  ['instagram_account', 'InstagramBusinessAsset.PermittedTasks'],
];

function isHttpsUrl(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  try {
    return new URL(s).protocol === 'https:';
  } catch {
    return false;
  }
}

function entrySources(e: { source?: unknown; sources?: unknown }): unknown[] {
  const list: unknown[] = [];
  if (e.source !== undefined) list.push(e.source);
  if (Array.isArray(e.sources)) list.push(...e.sources);
  return list;
}

function isDate(s: unknown): boolean {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

describe('SDK parser', () => {
  it('reads the exact enums it checks against', () => {
    expect(sdkEnum('AdAccount.Tasks')).toEqual(['AA_ANALYZE', 'ADVERTISE', 'ANALYZE', 'DRAFT', 'MANAGE']);
    expect(sdkEnum('Page.Tasks')).toHaveLength(27);
    expect(sdkEnum('SystemUser.Role')).toHaveLength(15);
    expect(() => sdkEnum('Page.NoSuchEnum')).toThrow(/not found/);
  });
});

describe('data/tasks.json against the SDK', () => {
  it('names the SDK enum of every asset type that has one', () => {
    expect(Object.fromEntries(ASSET_TYPES.map((t) => [t, tasksByAssetType[t].sdkEnum ?? null]))).toEqual({
      page: 'Page.Tasks',
      catalog: 'ProductCatalog.Tasks',
      ad_account: 'AdAccount.Tasks',
      instagram_account: 'InstagramBusinessAsset.Tasks',
      commerce_account: null,
      pixel: 'AdsPixel.Tasks',
      whatsapp_business_account: 'WhatsAppBusinessAccount.Tasks',
    });
  });

  it('has exactly the manifest asset types', () => {
    expect(Object.keys(tasksByAssetType).sort()).toEqual([...ASSET_TYPES].sort());
  });

  for (const type of ASSET_TYPES) {
    const enumName = tasksByAssetType[type].sdkEnum;
    if (!enumName) continue;
    it(`knows every ${enumName} value for ${type}`, () => {
      const missing = sdkEnum(enumName).filter((v) => !isKnownTask(type, v));
      expect(missing).toEqual([]);
    });
  }

  for (const [type, enumName] of EXTRA_SDK_ENUMS) {
    it(`knows every ${enumName} value for ${type}`, () => {
      const values = sdkEnum(enumName);
      expect(values.length).toBeGreaterThan(0);
      expect(values.filter((v) => !isKnownTask(type, v))).toEqual([]);
    });
  }

  it('sources every task outside the SDK enum somewhere other than the SDK', () => {
    const bad: string[] = [];
    for (const type of ASSET_TYPES) {
      const { sdkEnum: enumName, tasks } = tasksByAssetType[type];
      const inSdk = new Set(enumName ? sdkEnum(enumName) : []);
      for (const [name, entry] of Object.entries(tasks)) {
        if (inSdk.has(name)) continue;
        const nonSdk = entrySources(entry).filter((s) => isHttpsUrl(s) && !String(s).includes(SDK_SOURCE));
        if (nonSdk.length === 0) bad.push(`${type}.${name}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('lists the tasks known beyond SDK 24.0.1', () => {
    const extra = ASSET_TYPES.flatMap((type) => {
      const enumName = tasksByAssetType[type].sdkEnum;
      const inSdk = new Set(enumName ? sdkEnum(enumName) : []);
      return taskNames(type)
        .filter((n) => !inSdk.has(n))
        .map((n) => `${type}.${n}`);
    });
    expect(extra.sort()).toEqual([
      'commerce_account.MANAGE',
      'whatsapp_business_account.FULL_CONTROL',
      'whatsapp_business_account.MANAGE_BILLING',
      'whatsapp_business_account.MANAGE_USERS',
      'whatsapp_business_account.VIEW_INSIGHTS',
    ]);
  });

  it('knows every SystemUser.Role value and maps the two base roles to manifest roles', () => {
    expect(Object.keys(roles).sort()).toEqual(sdkEnum('SystemUser.Role').sort());
    const mapped = Object.entries(roles)
      .filter(([, r]) => r.manifestRole !== undefined)
      .map(([name, r]) => [name, r.manifestRole]);
    expect(mapped).toEqual([
      ['ADMIN', 'admin'],
      ['EMPLOYEE', 'system_user'],
    ]);
  });
});

describe('sources', () => {
  it('every permission has an https source', () => {
    const bad = Object.entries(permissions)
      .filter(([, e]) => !isHttpsUrl(e.source) || !entrySources(e).every(isHttpsUrl))
      .map(([n]) => n);
    expect(bad).toEqual([]);
  });

  it('every task and role has an https source', () => {
    const bad: string[] = [];
    for (const type of ASSET_TYPES) {
      for (const [name, e] of Object.entries(tasksByAssetType[type].tasks)) {
        if (!isHttpsUrl(e.source) || !entrySources(e).every(isHttpsUrl)) bad.push(`${type}.${name}`);
      }
    }
    for (const [name, e] of Object.entries(roles)) {
      if (!isHttpsUrl(e.source) || !entrySources(e).every(isHttpsUrl)) bad.push(`roles.${name}`);
    }
    expect(bad).toEqual([]);
  });

  it('every API version and versioning rule has an https source', () => {
    const bad = apiVersions.filter((v) => !isHttpsUrl(v.source) || !entrySources(v).every(isHttpsUrl));
    expect(bad.map((v) => v.version)).toEqual([]);
    for (const rule of Object.values(apiVersionsJson.rules)) {
      expect(entrySources(rule).length).toBeGreaterThan(0);
      expect(entrySources(rule).every(isHttpsUrl)).toBe(true);
    }
  });

  it('every use case has at least one https source', () => {
    const bad = Object.entries(useCases)
      .filter(([, u]) => u.sources.length === 0 || !u.sources.every(isHttpsUrl))
      .map(([n]) => n);
    expect(bad).toEqual([]);
  });

  it('every access level has an https source', () => {
    for (const level of Object.values(accessLevelsJson.levels)) {
      expect(isHttpsUrl(level.source)).toBe(true);
      expect(entrySources(level).every(isHttpsUrl)).toBe(true);
    }
  });

  it('the source checker rejects what it must', () => {
    expect(isHttpsUrl('http://developers.facebook.com/docs/permissions')).toBe(false);
    expect(isHttpsUrl('developers.facebook.com/docs')).toBe(false);
    expect(isHttpsUrl(undefined)).toBe(false);
    expect(isHttpsUrl('https://developers.facebook.com/docs/permissions')).toBe(true);
  });
});

describe('implication graph', () => {
  it('implies only known tasks of the same asset type, never itself', () => {
    const bad: string[] = [];
    for (const type of ASSET_TYPES) {
      for (const [name, e] of Object.entries(tasksByAssetType[type].tasks)) {
        for (const implied of e.implies) {
          if (!isKnownTask(type, implied) || implied === name) bad.push(`${type}.${name} -> ${implied}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('is acyclic, so no two task names are equivalent', () => {
    const cycles: string[] = [];
    for (const type of ASSET_TYPES) {
      for (const [name, e] of Object.entries(tasksByAssetType[type].tasks)) {
        if (expandTasks(type, e.implies).has(name)) cycles.push(`${type}.${name}`);
      }
    }
    expect(cycles).toEqual([]);
  });
});

describe('data/api-versions.json', () => {
  it('runs from v27.0 down to v1.0 without gaps in the sequence Meta shipped', () => {
    const names = apiVersions.map((v) => v.version);
    expect(names[0]).toBe('v27.0');
    expect(names.at(-1)).toBe('v1.0');
    expect(names).toHaveLength(42);
    expect(findVersion('v2.0')?.graphUntil).toBe('2016-08-08');
    expect(findVersion('v1.0')?.graphUntil).toBe('2015-04-30');
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^v\d+\.\d+$/);
  });

  it('is sorted newest first by version number and by release date', () => {
    const num = (v: string) => v.slice(1).split('.').map(Number) as [number, number];
    for (let i = 1; i < apiVersions.length; i++) {
      const [a, b] = [apiVersions[i - 1]!, apiVersions[i]!];
      const [am, an] = num(a.version);
      const [bm, bn] = num(b.version);
      expect(am > bm || (am === bm && an > bn), `${a.version} before ${b.version}`).toBe(true);
      expect(a.released > b.released, `${a.version} released after ${b.version}`).toBe(true);
    }
  });

  it('has valid dates in a consistent order', () => {
    for (const v of apiVersions) {
      expect(isDate(v.released), `${v.version} released`).toBe(true);
      if (v.graphUntil !== null) {
        expect(isDate(v.graphUntil), `${v.version} graphUntil`).toBe(true);
        expect(v.graphUntil >= v.released, `${v.version} graphUntil >= released`).toBe(true);
      }
      if (v.marketingUntil !== null) {
        expect(isDate(v.marketingUntil), `${v.version} marketingUntil`).toBe(true);
        expect(v.marketingUntil >= v.released, `${v.version} marketingUntil >= released`).toBe(true);
      }
      if (v.graphUntil !== null && v.marketingUntil !== null) {
        expect(v.marketingUntil <= v.graphUntil, `${v.version} marketingUntil <= graphUntil`).toBe(true);
      }
    }
  });

  it('only the newest version lacks a Graph end date, and a derived one says so', () => {
    expect(apiVersions.filter((v) => v.graphUntil === null).map((v) => v.version)).toEqual(['v27.0']);
    expect(findVersion('v26.0')?.note).toMatch(/derived/);
  });

  it('the date checker rejects what it must', () => {
    expect(isDate('2026-02-30')).toBe(false);
    expect(isDate('2026-2-3')).toBe(false);
    expect(isDate('2026-02-28')).toBe(true);
  });
});

describe('permissions', () => {
  it('gives replacements only to retired permissions, and only current ones', () => {
    const bad: string[] = [];
    for (const [name, e] of Object.entries(permissions)) {
      if (e.status === 'current' && (e.replacements ?? []).length > 0) bad.push(`${name}: current with replacements`);
      for (const r of e.replacements ?? []) {
        if (getPermission(r)?.status !== 'current') bad.push(`${name} -> ${r}`);
      }
      if (e.deprecatedSince !== undefined && !isDate(e.deprecatedSince)) bad.push(`${name}: deprecatedSince`);
    }
    expect(bad).toEqual([]);
  });

  it('names the documented replacements', () => {
    expect(permissions.manage_pages?.replacements).toEqual([
      'pages_read_engagement',
      'pages_read_user_content',
      'pages_manage_metadata',
      'pages_manage_posts',
      'pages_manage_engagement',
      'pages_manage_ads',
    ]);
    expect(permissions.publish_pages?.replacements).toEqual(permissions.manage_pages?.replacements);
    expect(permissions.read_page_mailboxes?.replacements).toEqual(['pages_messaging']);
    expect(permissions.read_stream?.replacements).toEqual(['user_posts']);
    expect(permissions.business_basic?.replacements).toEqual(['instagram_business_basic']);
    expect(permissions.business_manage_messages?.replacements).toEqual(['instagram_business_manage_messages']);
  });

  it('marks exactly the ads_* Marketing API permissions as marketing', () => {
    const marketing = Object.entries(permissions)
      .filter(([, e]) => e.marketing === true)
      .map(([n]) => n)
      .sort();
    expect(marketing).toEqual(['ads_management', 'ads_read']);
  });

  it('knows the retired permissions SPEC names and the system-user scopes Meta lists', () => {
    for (const n of ['manage_pages', 'publish_pages', 'manage_notifications', 'read_mailbox', 'publish_actions']) {
      expect(permissions[n]?.status, n).not.toBe('current');
    }
    for (const n of [
      'ads_management',
      'ads_read',
      'attribution_read',
      'business_management',
      'catalog_management',
      'commerce_account_manage_orders',
      'commerce_account_read_orders',
      'commerce_account_read_settings',
      'instagram_basic',
      'whatsapp_business_management',
      'whatsapp_business_messaging',
    ]) {
      expect(permissions[n]?.status, n).toBe('current');
      expect(permissions[n]?.systemUser, n).toBe(true);
    }
  });
});

describe('data/use-cases.json', () => {
  it('holds the SPEC catalogue', () => {
    for (const id of [
      'instagram_shopping',
      'order_management',
      'catalog_management',
      'marketing',
      'page_content',
      'messaging',
      'business_audit',
      'business_admin',
    ]) {
      expect(useCases[id], id).toBeDefined();
    }
  });

  it('uses only known current permissions, each listed once', () => {
    const bad: string[] = [];
    for (const [id, u] of Object.entries(useCases)) {
      const all = [...u.permissions.required, ...u.permissions.optional];
      if (new Set(all).size !== all.length) bad.push(`${id}: duplicate`);
      for (const p of all) if (getPermission(p)?.status !== 'current') bad.push(`${id}: ${p}`);
    }
    expect(bad).toEqual([]);
  });

  it('uses only valid tasks for their asset types', () => {
    const bad: string[] = [];
    for (const [id, u] of Object.entries(useCases)) {
      for (const [type, tasks] of Object.entries(u.maxTasks)) {
        if (!ASSET_TYPES.includes(type as AssetType)) {
          bad.push(`${id}: ${type}`);
          continue;
        }
        for (const t of tasks ?? []) if (!isKnownTask(type as AssetType, t)) bad.push(`${id}.${type}: ${t}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps business_admin admin-only with no asset tasks, and the auditor read-only', () => {
    expect(Object.entries(useCases).filter(([, u]) => u.adminOnly).map(([id]) => id)).toEqual(['business_admin']);
    expect(useCases.business_admin?.maxTasks).toEqual({});
    // What Meta's admin operations need: assigning Page, WhatsApp and catalog users, claiming Pages.
    expect(useCases.business_admin?.permissions).toEqual({
      required: ['business_management'],
      optional: ['whatsapp_business_management', 'pages_manage_metadata', 'catalog_management', 'pages_show_list'],
    });
    expect(useCases.business_admin?.permissions.optional).not.toContain('ads_management');
    // The auditor makes exactly graphguard --live's reads: WhatsApp accounts need whatsapp_business_management;
    // none needs an asset task.
    expect(useCases.business_audit?.permissions).toEqual({ required: ['business_management'], optional: ['whatsapp_business_management'] });
    expect(useCases.business_audit?.maxTasks).toEqual({});
  });

  it('restricts instagram_shopping to CREATE_CONTENT on the page', () => {
    const u = useCases.instagram_shopping!;
    expect(u.maxTasks.page).toEqual(['CREATE_CONTENT']);
    expect(u.permissions.required).toEqual(['catalog_management', 'commerce_account_manage_orders']);
    expect(isTaskBroader('page', ['MANAGE'], u.maxTasks.page!)).toEqual(['ADVERTISE', 'ANALYZE', 'MANAGE', 'MESSAGING', 'MODERATE']);
  });

  /** What least-privilege-permissions and -tasks would report for one system user. */
  function leastPrivilege(user: {
    useCases: string[];
    permissions: string[];
    grants: Array<[AssetType, string[]]>;
  }): string[] {
    const cases = user.useCases.map((id) => useCases[id]!);
    const allowedPerms = new Set(cases.flatMap((u) => [...u.permissions.required, ...u.permissions.optional]));
    const out = user.permissions.filter((p) => !allowedPerms.has(p)).map((p) => `permission ${p}`);
    for (const [type, tasks] of user.grants) {
      const allowed = cases.flatMap((u) => u.maxTasks[type] ?? []);
      for (const t of isTaskBroader(type, tasks, allowed)) out.push(`${type} ${t}`);
    }
    return out;
  }

  it('lets a clean real-world shop pass least privilege', () => {
    // The SPEC manifest example.
    expect(
      leastPrivilege({
        useCases: ['instagram_shopping'],
        permissions: ['catalog_management', 'commerce_account_manage_orders'],
        grants: [['page', ['CREATE_CONTENT']]],
      }),
    ).toEqual([]);
    // A full shop: tagging, catalog feed, orders, ads, reporting, messaging, auditor.
    const shop = [
      {
        useCases: ['instagram_shopping'],
        permissions: ['catalog_management', 'commerce_account_manage_orders', 'instagram_basic', 'instagram_shopping_tag_products', 'pages_show_list', 'pages_read_engagement', 'business_management'],
        grants: [['page', ['CREATE_CONTENT']], ['catalog', ['MANAGE']], ['commerce_account', ['MANAGE']], ['instagram_account', ['CONTENT']]] as Array<[AssetType, string[]]>,
      },
      {
        useCases: ['catalog_management'],
        permissions: ['catalog_management', 'business_management'],
        grants: [['catalog', ['MANAGE']]] as Array<[AssetType, string[]]>,
      },
      {
        useCases: ['order_management'],
        permissions: ['commerce_account_manage_orders', 'commerce_account_read_settings', 'commerce_account_read_reports'],
        grants: [['commerce_account', ['MANAGE']]] as Array<[AssetType, string[]]>,
      },
      {
        useCases: ['marketing'],
        permissions: ['ads_management', 'pages_read_engagement', 'pages_show_list', 'business_management'],
        grants: [['ad_account', ['ADVERTISE', 'ANALYZE']], ['page', ['ADVERTISE']], ['pixel', ['ADVERTISE']], ['catalog', ['ADVERTISE']]] as Array<[AssetType, string[]]>,
      },
      {
        useCases: ['ads_reporting'],
        permissions: ['ads_read'],
        grants: [['ad_account', ['ANALYZE']]] as Array<[AssetType, string[]]>,
      },
      {
        useCases: ['messaging', 'whatsapp_messaging'],
        permissions: ['pages_messaging', 'pages_manage_metadata', 'pages_show_list', 'instagram_basic', 'instagram_manage_messages', 'whatsapp_business_messaging', 'whatsapp_business_management'],
        grants: [['page', ['MESSAGING', 'MODERATE']], ['instagram_account', ['MESSAGES']], ['whatsapp_business_account', ['MESSAGING', 'MANAGE_TEMPLATES']]] as Array<[AssetType, string[]]>,
      },
      {
        useCases: ['business_audit'],
        permissions: ['business_management'],
        grants: [] as Array<[AssetType, string[]]>,
      },
    ];
    expect(shop.map(leastPrivilege)).toEqual(shop.map(() => []));
  });

  it('flags what a sloppy shop over-grants', () => {
    expect(
      leastPrivilege({
        useCases: ['instagram_shopping'],
        permissions: ['catalog_management', 'commerce_account_manage_orders', 'pages_manage_posts'],
        grants: [['page', ['MANAGE']], ['ad_account', ['ANALYZE']]],
      }),
    ).toEqual([
      'permission pages_manage_posts',
      'page ADVERTISE',
      'page ANALYZE',
      'page MANAGE',
      'page MESSAGING',
      'page MODERATE',
      'ad_account ANALYZE',
    ]);
    expect(
      leastPrivilege({
        useCases: ['marketing'],
        permissions: ['ads_management'],
        grants: [['ad_account', ['MANAGE']]],
      }),
    ).toEqual(['ad_account MANAGE']);
  });
});

describe('data/README.md', () => {
  it('describes every data file in its table', () => {
    const readme = readFileSync(join(dirname(require.resolve('../data/endpoints.json')), 'README.md'), 'utf8');
    const files = readdirSync(dirname(require.resolve('../data/endpoints.json'))).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => !readme.includes(`| \`${f}\` |`))).toEqual([]);
  });

  it('states the counts of data/endpoints.json as they are', () => {
    const readme = readFileSync(join(dirname(require.resolve('../data/endpoints.json')), 'README.md'), 'utf8');
    const ops = endpoints as Endpoint[];
    const n = (re: RegExp) => Number(re.exec(readme.replace(/\s+/g, ' '))?.[1]);
    expect(n(/Each operation \((\d+)\) has/)).toBe(ops.length);
    expect(n(/`null` \((\d+) operations need no asset task/)).toBe(ops.filter((e) => e.task === null).length);
    expect(n(/`or` \((\d+) operations\)/)).toBe(ops.filter((e) => e.task?.or !== undefined).length);
    expect(n(/on (\d+) entries, \d+ fields/)).toBe(ops.filter((e) => e.fields !== undefined).length);
    expect(n(/on \d+ entries, (\d+) fields/)).toBe(ops.reduce((s, e) => s + Object.keys(e.fields ?? {}).length, 0));
    // The Marketing, Catalog and Commerce share, by node, and what the checks found on it.
    const nodes = ['ad_account', 'campaign', 'ad_set', 'ad', 'ad_creative', 'ad_report_run', 'custom_audience', 'ads_pixel', 'product_catalog', 'product_feed', 'product_set', 'product_item', 'commerce_merchant_settings', 'commerce_order'];
    const share = ops.filter((e) => nodes.includes(e.node));
    const states = (s: string) => share.filter((e) => [...(e.checked?.states ?? [])].sort().join() === s).length;
    const m = /What the checks found for the (\d+) Marketing[^:]*: (\d+) both, (\d+) permissions only, (\d+) task only, (\d+) neither\)/.exec(readme.replace(/\s+/g, ' '));
    expect(m?.slice(1).map(Number)).toEqual([share.length, states('permissions,task'), states('permissions'), states('task'), states('')]);
  });
});

describe('data/access-levels.json', () => {
  it('has the quotas of Meta\'s "Plan your integration" table, sourced to it', () => {
    expect(
      Object.fromEntries(Object.entries(accessLevels).map(([k, v]) => [k, [v.systemUsers, v.adminSystemUsers]])),
    ).toEqual({ development: [1, 1], basic: [3, 1], standard: [10, 1] });
    for (const v of Object.values(accessLevels)) {
      expect(v.source).toBe('https://developers.facebook.com/documentation/ads-commerce/commerce-platform/best-practices/integration');
      expect(v.note).not.toMatch(/UNCONFIRMED/);
    }
  });

  it('names the Marketing API Access Tier labels as aliases of the quota levels', () => {
    expect(Object.fromEntries(Object.entries(accessLevelAliases).map(([k, v]) => [k, v.level]))).toEqual({ limited: 'development', full: 'standard' });
    expect(Object.values(accessLevelAliases).every((a) => isHttpsUrl(a.source))).toBe(true);
    expect(quotaLevel('full')).toBe('standard');
    expect(quotaLevel('limited')).toBe('development');
    expect(quotaLevel('basic')).toBe('basic');
  });
});

describe('expandTasks', () => {
  it('expands page tasks by Meta\'s per-switch model: only full control implies the switches', () => {
    // Decision: Content, Community activity, Messages, Ads and Insights are independent switches, so
    // CREATE_CONTENT no longer implies ADVERTISE or ANALYZE (nor MODERATE).
    expect([...expandTasks('page', ['CREATE_CONTENT'])]).toEqual(['CREATE_CONTENT']);
    expect(expandTasks('page', ['CREATE_CONTENT']).has('ADVERTISE')).toBe(false);
    expect(expandTasks('page', ['CREATE_CONTENT']).has('ANALYZE')).toBe(false);
    expect([...expandTasks('page', ['ADVERTISE'])]).toEqual(['ADVERTISE']);
    expect([...expandTasks('page', ['PROFILE_PLUS_CREATE_CONTENT'])].sort()).toEqual(['CREATE_CONTENT', 'PROFILE_PLUS_CREATE_CONTENT']);
    expect([...expandTasks('page', ['MANAGE'])].sort()).toEqual([
      'ADVERTISE',
      'ANALYZE',
      'CREATE_CONTENT',
      'MANAGE',
      'MESSAGING',
      'MODERATE',
    ]);
    expect([...expandTasks('page', ['MODERATE'])]).toEqual(['MODERATE']);
    expect([...expandTasks('page', ['ANALYZE'])]).toEqual(['ANALYZE']);
    expect([...expandTasks('page', ['MESSAGING'])]).toEqual(['MESSAGING']);
  });

  it('makes a declared grant equal to the unpacked live tasks', () => {
    // Meta's /me/accounts example: a legacy editor comes back as these four, which are four switches now.
    const live = expandTasks('page', ['ANALYZE', 'ADVERTISE', 'MODERATE', 'CREATE_CONTENT']);
    expect(live).not.toEqual(expandTasks('page', ['CREATE_CONTENT']));
    expect(live).toEqual(expandTasks('page', ['CREATE_CONTENT', 'MODERATE', 'ADVERTISE', 'ANALYZE']));
    expect([...expandTasks('page', ['MANAGE'])].filter((t) => !live.has(t)).sort()).toEqual(['MANAGE', 'MESSAGING']);
    const liveAdmin = expandTasks('ad_account', ['MANAGE', 'ADVERTISE', 'ANALYZE']);
    expect(liveAdmin).toEqual(expandTasks('ad_account', ['MANAGE']));
  });

  it('expands ad account, catalog, pixel and WhatsApp chains', () => {
    expect([...expandTasks('ad_account', ['MANAGE'])].sort()).toEqual(['ADVERTISE', 'ANALYZE', 'DRAFT', 'MANAGE']);
    expect([...expandTasks('ad_account', ['AA_ANALYZE'])]).toEqual(['AA_ANALYZE']);
    expect([...expandTasks('catalog', ['MANAGE'])].sort()).toEqual(['ADVERTISE', 'MANAGE']);
    expect([...expandTasks('pixel', ['EDIT'])].sort()).toEqual(['ADVERTISE', 'ANALYZE', 'EDIT', 'UPLOAD']);
    expect([...expandTasks('whatsapp_business_account', ['MANAGE_TEMPLATES'])].sort()).toEqual([
      'MANAGE_TEMPLATES',
      'VIEW_TEMPLATES',
    ]);
    const full = expandTasks('whatsapp_business_account', ['FULL_CONTROL']);
    expect(full.has('MANAGE') && full.has('MESSAGING') && full.has('VIEW_TEMPLATES')).toBe(true);
    expect(full.size).toBe(14);
  });

  it('keeps unknown names and is per asset type', () => {
    expect([...expandTasks('page', ['NOT_A_TASK'])]).toEqual(['NOT_A_TASK']);
    expect([...expandTasks('commerce_account', ['MANAGE'])]).toEqual(['MANAGE']);
    expect([...expandTasks('page', [])]).toEqual([]);
  });
});

describe('isTaskBroader', () => {
  it('compares page grants after expansion', () => {
    expect(isTaskBroader('page', ['MANAGE'], ['CREATE_CONTENT'])).toEqual(['ADVERTISE', 'ANALYZE', 'MANAGE', 'MESSAGING', 'MODERATE']);
    expect(isTaskBroader('page', ['CREATE_CONTENT'], ['CREATE_CONTENT'])).toEqual([]);
    expect(isTaskBroader('page', ['CREATE_CONTENT'], ['MANAGE'])).toEqual([]);
    expect(isTaskBroader('page', ['ANALYZE', 'ADVERTISE', 'MODERATE', 'CREATE_CONTENT'], ['CREATE_CONTENT'])).toEqual(['ADVERTISE', 'ANALYZE', 'MODERATE']);
    expect(isTaskBroader('page', ['CREATE_CONTENT'], ['MODERATE'])).toEqual(['CREATE_CONTENT']);
    expect(isTaskBroader('page', ['MODERATE'], ['CREATE_CONTENT'])).toEqual(['MODERATE']);
    expect(isTaskBroader('page', ['MESSAGING'], ['CREATE_CONTENT'])).toEqual(['MESSAGING']);
    expect(isTaskBroader('page', ['ANALYZE'], [])).toEqual(['ANALYZE']);
  });

  it('compares ad account and catalog grants', () => {
    expect(isTaskBroader('ad_account', ['MANAGE'], ['ADVERTISE'])).toEqual(['MANAGE']);
    expect(isTaskBroader('ad_account', ['MANAGE'], ['ANALYZE'])).toEqual(['ADVERTISE', 'DRAFT', 'MANAGE']);
    expect(isTaskBroader('ad_account', ['ADVERTISE', 'ANALYZE'], ['ADVERTISE'])).toEqual([]);
    expect(isTaskBroader('ad_account', ['AA_ANALYZE'], ['MANAGE'])).toEqual(['AA_ANALYZE']);
    expect(isTaskBroader('catalog', ['ADVERTISE'], ['MANAGE'])).toEqual([]);
    expect(isTaskBroader('catalog', ['MANAGE'], ['ADVERTISE'])).toEqual(['MANAGE']);
  });

  it('treats an unknown task as broader than anything', () => {
    expect(isTaskBroader('page', ['FOO'], ['MANAGE'])).toEqual(['FOO']);
  });
});

describe('versions', () => {
  it('finds versions with or without the v', () => {
    expect(findVersion('v26.0')?.graphUntil).toBe('2028-11-04');
    expect(findVersion('25.0')?.marketingUntil).toBe('2027-02-23');
    expect(findVersion('v2.0')?.released).toBe('2014-04-30');
    expect(findVersion('v99.0')).toBeUndefined();
    expect(findVersion('v26')).toBeUndefined();
    expect(latestVersion().version).toBe('v27.0');
  });
});

describe('knownPermission and suggest', () => {
  it('knows current and retired permissions only', () => {
    expect(knownPermission('catalog_management')).toBe(true);
    expect(knownPermission('manage_pages')).toBe(true);
    expect(knownPermission('manage_page')).toBe(false);
    expect(knownPermission('toString')).toBe(false);
    expect(getPermission('constructor')).toBeUndefined();
  });

  it('suggests the closest name', () => {
    const names = Object.keys(permissions);
    expect(suggest('manage_page', names)).toBe('manage_pages');
    expect(suggest('catalog_managment', names)).toBe('catalog_management');
    expect(suggest('commerce_account_manage_order', names)).toBe('commerce_account_manage_orders');
    expect(suggest('MANGE', taskNames('page'))).toBe('MANAGE');
    expect(suggest('create_content', taskNames('page'))).toBe('CREATE_CONTENT');
    expect(suggest('xyz', ['catalog_management'])).toBeUndefined();
    expect(suggest('anything', [])).toBeUndefined();
    expect(suggest('ab', ['ac', 'ad'])).toBe('ac');
  });

  it('measures edit distance', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });
});

describe('permission names of issue 10', () => {
  it('knows manage_app_solution (the real name), keeps the plural alias, and instagram_business_manage_insights', () => {
    expect(getPermission('manage_app_solution')?.status).toBe('current');
    expect(getPermission('manage_app_solutions')?.note).toMatch(/Alias of manage_app_solution/);
    expect(getPermission('instagram_business_manage_insights')?.status).toBe('current');
  });
});

describe('data/sdk-methods.json', () => {
  it('is exactly what `npm run gen` derives from the installed Node SDK (no network)', () => {
    const committed = readFileSync(new URL('../data/sdk-methods.json', import.meta.url), 'utf8');
    expect(committed).toBe(sdkMethodsJson(join(dirname(require.resolve('facebook-nodejs-business-sdk/package.json')), '..', '..')));
  });

  it('holds AdVideo, whose Node file is hand-written, as the Java, PHP and Python SDKs 24.0.1 generate it', () => {
    const file = sdkMethodsFile as unknown as { handWritten: Record<string, string>; classes: Record<string, { node: string[]; edges: Record<string, string> }> };
    expect(Object.keys(file.handWritten)).toEqual(['AdVideo']);
    expect(file.handWritten.AdVideo).toMatch(/facebook-java-business-sdk@24\.0\.1 .*facebook-php-business-sdk@24\.0\.1 .*api_specs\/specs\/AdVideo\.json/);
    // The Node SDK's own file is not generated: it names its one edge without the leading slash.
    expect(readFileSync(join(sdkObjects, 'ad-video.js'), 'utf8')).toContain("this.getEdge(VideoThumbnail, fields, params, true, 'thumbnails')");
    expect(file.classes.AdVideo).toEqual({
      node: ['GET', 'POST', 'DELETE'],
      edges: {
        createCapTIOn: 'POST /captions',
        createCollaborator: 'POST /collaborators',
        createComment: 'POST /comments',
        createGamingClipCreate: 'POST /gaming_clip_create',
        createLike: 'POST /likes',
        createPoll: 'POST /polls',
        createThumbnail: 'POST /thumbnails',
        create_cap_t_i_on: 'POST /captions',
        getBoostAdsList: 'GET /boost_ads_list',
        getCaptions: 'GET /captions',
        getCollaborators: 'GET /collaborators',
        getComments: 'GET /comments',
        getCrosspostSharedPages: 'GET /crosspost_shared_pages',
        getLikes: 'GET /likes',
        getPollSettings: 'GET /poll_settings',
        getPolls: 'GET /polls',
        getSponsorTags: 'GET /sponsor_tags',
        getTags: 'GET /tags',
        getThumbnails: 'GET /thumbnails',
        getVideoInsights: 'GET /video_insights',
      },
    });
  });
});

describe('data/endpoints.json', () => {
  const METHODS = ['GET', 'POST', 'DELETE'];
  /** The only operations at the Graph root, which need no permission: a token's metadata, the token exchange. */
  const TOKEN_ENDPOINTS = ['GET /debug_token', 'GET /oauth/access_token'];
  /** The operations on the app itself, made with the app's access token, which need no permission either: its Webhooks subscriptions. */
  const APP_TOKEN_ENDPOINTS = ['GET /{app-id}/subscriptions', 'POST /{app-id}/subscriptions', 'DELETE /{app-id}/subscriptions'];
  const PLACEHOLDER = /^\{[a-z0-9-]+\}$/;

  it("lists a permission's read form before its manage form in anyOf (the first is the one suggested as the narrowest)", () => {
    const bad = (endpoints as Endpoint[])
      .filter((e) => {
        const any = e.permissions.anyOf;
        const read = any.findIndex((p) => /(^|_)read(_|$)/.test(p));
        return read > 0;
      })
      .map(operationKey);
    expect(bad).toEqual([]);
  });

  it('lets only the token endpoints start at the root and need nothing (no permission, no task), and the app-token operations need nothing', () => {
    // debug_token and the OAuth token endpoint take the app's token or the app's id and secret (hunt G, G14).
    const rootOrFree = (endpoints as Endpoint[]).filter((e) => !PLACEHOLDER.test(e.path.split('/')[1]!) || e.permissions.allOf.length + e.permissions.anyOf.length === 0);
    expect(rootOrFree.map((e) => [operationKey(e), e.node, e.permissions, e.task])).toEqual([
      ['GET /debug_token', 'debug_token', { allOf: [], anyOf: [] }, null],
      ['GET /oauth/access_token', 'oauth', { allOf: [], anyOf: [] }, null],
      ['GET /{app-id}/subscriptions', 'application', { allOf: [], anyOf: [] }, null],
      ['POST /{app-id}/subscriptions', 'application', { allOf: [], anyOf: [] }, null],
      ['DELETE /{app-id}/subscriptions', 'application', { allOf: [], anyOf: [] }, null],
    ]);
    expect([...TOKEN_ENDPOINTS, ...APP_TOKEN_ENDPOINTS]).toEqual(rootOrFree.map(operationKey));
    // Each says in its note that the app's token makes it.
    for (const e of (endpoints as Endpoint[]).filter((x) => APP_TOKEN_ENDPOINTS.includes(operationKey(x)))) expect(e.note).toMatch(/app access token/);
  });

  it('has 150 operations or more, each once', () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(150);
    const keys = endpoints.map(operationKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every entry exactly the SPEC shape', () => {
    const bad: string[] = [];
    for (const e of endpoints as Endpoint[]) {
      const k = operationKey(e);
      const keys = Object.keys(e).sort();
      const allowed = ['checked', 'fields', 'method', 'node', 'note', 'path', 'permissions', 'sources', 'task'];
      // Every entry was checked against its pages: `checked` is required, `note` and `fields` optional (`note` required when `checked.states` is empty).
      if (keys.some((x) => !allowed.includes(x)) || allowed.filter((x) => x !== 'note' && x !== 'fields').some((x) => !keys.includes(x))) bad.push(`${k}: keys ${keys}`);
      if (e.checked !== undefined) {
        const c = e.checked as unknown as Record<string, unknown>;
        const states = c.states as unknown[];
        if (Object.keys(c).sort().join() !== 'on,states') bad.push(`${k}: checked keys`);
        if (typeof c.on !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(c.on) || Number.isNaN(Date.parse(c.on))) bad.push(`${k}: checked.on`);
        if (!Array.isArray(states) || states.some((x) => x !== 'permissions' && x !== 'task') || new Set(states).size !== states.length) bad.push(`${k}: checked.states`);
        else if (states.length === 0 && e.note === undefined) bad.push(`${k}: checked states nothing, so note must say what decided the values`);
      }
      if (!METHODS.includes(e.method)) bad.push(`${k}: method`);
      const segs = e.path.split('/');
      const root = TOKEN_ENDPOINTS.includes(k);
      if (segs[0] !== '' || segs.length < 2 || (!root && !PLACEHOLDER.test(segs[1] as string))) bad.push(`${k}: path must start with a placeholder`);
      if (segs.slice(root ? 1 : 2).some((s) => !/^[a-z_]+$/.test(s))) bad.push(`${k}: edge segments are lower-case names`);
      if (!/^[a-z_]+$/.test(e.node)) bad.push(`${k}: node`);
      if (!Array.isArray(e.permissions.allOf) || !Array.isArray(e.permissions.anyOf) || Object.keys(e.permissions).length !== 2) bad.push(`${k}: permissions`);
      if (e.permissions.allOf.length + e.permissions.anyOf.length === 0 && !root && !APP_TOKEN_ENDPOINTS.includes(k)) bad.push(`${k}: needs no permission`);
      if (e.permissions.anyOf.length === 1) bad.push(`${k}: an anyOf of one belongs in allOf`);
      if (e.permissions.anyOf.some((p) => e.permissions.allOf.includes(p))) bad.push(`${k}: anyOf repeats allOf`);
      if (e.sources.length === 0 || !e.sources.every(isHttpsUrl)) bad.push(`${k}: sources`);
      if (e.note !== undefined && (typeof e.note !== 'string' || e.note.length === 0)) bad.push(`${k}: note`);
    }
    expect(bad).toEqual([]);
  });

  it('names only current permissions of data/permissions.json', () => {
    const bad = endpoints.flatMap((e) =>
      [...e.permissions.allOf, ...e.permissions.anyOf, ...Object.values((e as Endpoint).fields ?? {}).flatMap((f) => [...f.permissions.allOf, ...f.permissions.anyOf])]
        .filter((p) => getPermission(p)?.status !== 'current')
        .map((p) => `${operationKey(e)}: ${p}`),
    );
    expect(bad).toEqual([]);
  });

  it('gives each field requirement its shape: a field name, permissions that add to the operation, https sources, a note', () => {
    const bad: string[] = [];
    const withFields = (endpoints as Endpoint[]).filter((e) => e.fields !== undefined);
    expect(withFields.map(operationKey).sort()).toEqual([
      'GET /{business-id}/client_pages',
      'GET /{business-id}/owned_pages',
      'GET /{ig-user-id}',
      'GET /{page-id}',
      'GET /{user-id}/accounts',
    ]);
    for (const e of withFields) {
      for (const [name, f] of Object.entries(e.fields!)) {
        const k = `${operationKey(e)} ${name}`;
        if (!/^[a-z_]+$/.test(name)) bad.push(`${k}: name`);
        if (Object.keys(f).sort().join() !== 'note,permissions,sources') bad.push(`${k}: keys`);
        const { allOf, anyOf } = f.permissions;
        if (Object.keys(f.permissions).sort().join() !== 'allOf,anyOf') bad.push(`${k}: permissions`);
        if (allOf.length + anyOf.length === 0) bad.push(`${k}: adds nothing`);
        if (anyOf.length === 1) bad.push(`${k}: an anyOf of one belongs in allOf`);
        if (anyOf.findIndex((p) => /(^|_)read(_|$)/.test(p)) > 0) bad.push(`${k}: read form first`);
        if (allOf.every((p) => e.permissions.allOf.includes(p)) && anyOf.length === 0) bad.push(`${k}: adds nothing to the operation`);
        if (f.sources.length === 0 || !f.sources.every(isHttpsUrl)) bad.push(`${k}: sources`);
        if (typeof f.note !== 'string' || f.note.length === 0) bad.push(`${k}: note`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('names only tasks of data/tasks.json, the narrowest ones (no task implied by another listed)', () => {
    const bad: string[] = [];
    for (const e of endpoints) {
      if (!e.task) continue;
      for (const t of [e.task, ...(e.task.or ?? [])]) {
        if (!ASSET_TYPES.includes(t.assetType)) bad.push(`${operationKey(e)}: ${t.assetType}`);
        else {
          if (t.anyOf.length === 0) bad.push(`${operationKey(e)}: empty anyOf`);
          for (const name of t.anyOf) {
            if (!isKnownTask(t.assetType, name)) bad.push(`${operationKey(e)}: ${t.assetType}.${name}`);
            const others = t.anyOf.filter((o) => o !== name);
            if (others.some((o) => expandTasks(t.assetType, [o]).has(name))) bad.push(`${operationKey(e)}: ${name} is implied by another`);
          }
        }
      }
      if (e.task.or?.some((o) => o.assetType === e.task!.assetType)) bad.push(`${operationKey(e)}: or on the same asset type`);
    }
    expect(bad).toEqual([]);
  });

  it('covers every area the issue names', () => {
    const have = (k: string) => expect(getEndpoint(k.split(' ')[0]!, k.split(' ')[1]!), k).toBeDefined();
    for (const k of [
      'GET /{page-id}/feed',
      'POST /{page-id}/feed',
      'POST /{ig-user-id}/media',
      'POST /{ig-user-id}/media_publish',
      'GET /{ig-media-id}/comments',
      'GET /{ig-user-id}/insights',
      'POST /{ig-media-id}/product_tags',
      'GET /{cms-id}/commerce_orders',
      'GET /{cms-id}/shops',
      'GET /{cms-id}',
      'POST /{product-catalog-id}/products',
      'POST /{product-catalog-id}/items_batch',
      'POST /{product-catalog-id}/product_feeds',
      'POST /{product-catalog-id}/product_sets',
      'POST /{ad-account-id}/campaigns',
      'POST /{ad-account-id}/ads',
      'POST /{ad-account-id}/adsets',
      'GET /{ad-account-id}/insights',
      'POST /{custom-audience-id}/users',
      'GET /{form-id}/leads',
      'POST /{phone-number-id}/messages',
      'POST /{whatsapp-business-account-id}/message_templates',
      'GET /{whatsapp-business-account-id}/phone_numbers',
      'POST /{business-id}/system_users',
      'POST /{page-id}/assigned_users',
      'GET /{business-id}/owned_pages',
      'POST /{business-id}/client_pages',
    ])
      have(k);
  });

  /** The SDK file of a node (`product_catalog` → product-catalog.js) and what it has for an operation. */
  function sdkHas(e: Endpoint): boolean | undefined {
    let text: string;
    try {
      text = readFileSync(join(sdkObjects, `${e.node.replace(/_/g, '-')}.js`), 'utf8');
    } catch {
      return undefined;
    }
    const segs = e.path.split('/').slice(1);
    if (segs.length === 1) return text.includes({ GET: '  get (', POST: '  update (', DELETE: '  delete (' }[e.method]);
    const fn = { GET: 'getEdge', POST: 'createEdge', DELETE: 'deleteEdge' }[e.method];
    return new RegExp(`(?:this|super)\\.${fn}\\([^;]*?'/${segs[1]}'`, 's').test(text);
  }

  it('matches the SDK\'s own method-to-endpoint definitions where the node is an SDK class', () => {
    const outside = new Set<string>();
    const missing: string[] = [];
    for (const e of endpoints) {
      const has = sdkHas(e);
      if (has === undefined) outside.add(e.node);
      else if (!has) missing.push(operationKey(e));
    }
    // Nodes that are not SDK classes: the WhatsApp Cloud API, IG containers, Graph comments targets, the token endpoints.
    expect([...outside].sort()).toEqual(['debug_token', 'ig_container', 'oauth', 'object', 'whatsapp_business_phone_number', 'whatsapp_media', 'whatsapp_message_template']);
    // Operations Meta documents that SDK 24.0.1 does not generate (each sourced to Meta's page).
    expect(missing.sort()).toEqual([
      'DELETE /{ig-media-id}/product_tags',
      'GET /{system-user-id}/assigned_ads_pixels',
      'POST /{business-id}/client_ad_accounts',
      'POST /{cms-id}',
      'POST /{cms-id}/order_management_apps',
      'POST /{ig-user-id}/messages',
    ]);
  });

  it('holds one task rule for the whole Marketing API insights family, sync and async (data/README.md)', () => {
    const family = (endpoints as Endpoint[]).filter((e) => /^\/\{(ad-account|campaign|adset|ad)-id\}\/insights$|^\/\{report-run-id\}/.test(e.path));
    expect(family.map(operationKey)).toEqual([
      'GET /{ad-account-id}/insights',
      'POST /{ad-account-id}/insights',
      'GET /{campaign-id}/insights',
      'GET /{adset-id}/insights',
      'GET /{ad-id}/insights',
      'POST /{campaign-id}/insights',
      'POST /{adset-id}/insights',
      'POST /{ad-id}/insights',
      'GET /{report-run-id}',
      'GET /{report-run-id}/insights',
    ]);
    for (const e of family) {
      expect(e.permissions).toEqual({ allOf: [], anyOf: ['ads_read', 'ads_management'] });
      expect(e.task).toEqual({ assetType: 'ad_account', anyOf: ['ANALYZE', 'AA_ANALYZE'] });
      // The Ads Insights API page states ads_read, the access page the choice; no page states the task.
      expect(e.sources.slice(0, 2)).toEqual(['https://developers.facebook.com/documentation/ads-commerce/marketing-api/insights', 'https://developers.facebook.com/docs/marketing-api/access']);
      expect(e.checked).toEqual({ on: '2026-12-06', states: ['permissions'] });
      expect(e.note).toContain('One rule for the whole insights family');
    }
    expect(getEndpoint('POST', '/{campaign-id}/insights')).toMatchObject({ node: 'campaign', sources: expect.arrayContaining(['https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group/insights/']) });
    expect(getEndpoint('POST', '/{adset-id}/insights')).toMatchObject({ node: 'ad_set', sources: expect.arrayContaining(['https://developers.facebook.com/docs/marketing-api/reference/ad-campaign/insights/']) });
    expect(getEndpoint('POST', '/{ad-id}/insights')).toMatchObject({ node: 'ad', sources: expect.arrayContaining(['https://developers.facebook.com/docs/marketing-api/reference/adgroup/insights/']) });
    // The stored copy of the authorization page is the documentation/ one; the docs/ path is cited nowhere.
    expect((endpoints as Endpoint[]).filter((e) => e.sources.includes('https://developers.facebook.com/docs/marketing-api/get-started/authorization')).map(operationKey)).toEqual([]);
  });

  it('marks GET /{user-id}/adaccounts as decided, not documented', () => {
    expect(getEndpoint('GET', '/{user-id}/adaccounts')).toMatchObject({
      node: 'user',
      permissions: { allOf: [], anyOf: ['ads_read', 'ads_management'] },
      task: null,
      sources: [
        'https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference',
        'https://developers.facebook.com/docs/marketing-api/access',
        'https://developers.facebook.com/docs/permissions',
      ],
      checked: { on: '2026-12-06', states: [] },
    });
    expect(getEndpoint('GET', '/{user-id}/adaccounts')?.note).toMatch(/Decided, not documented: no Meta page read states a permission or a task/);
    expect(matchEndpoints('GET', '/me/adaccounts').map(operationKey)).toEqual(['GET /{user-id}/adaccounts']);
    // The current reference copy of owned_ad_accounts documents the read; the older docs/ copy says it cannot be read.
    expect(getEndpoint('GET', '/{business-id}/owned_ad_accounts')?.sources[0]).toBe('https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/owned_ad_accounts');
  });

  it('matches concrete paths to operations, placeholders to any id', () => {
    expect(matchEndpoints('post', '/123/feed').map(operationKey)).toEqual(['POST /{page-id}/feed']);
    expect(matchEndpoints('GET', 'act_42/insights').map(operationKey)).toEqual(['GET /{ad-account-id}/insights']);
    expect(matchEndpoints('GET', '/{id}/insights').map(operationKey).sort()).toEqual([
      'GET /{ad-account-id}/insights',
      'GET /{ad-id}/insights',
      'GET /{adset-id}/insights',
      'GET /{campaign-id}/insights',
      'GET /{ig-media-id}/insights',
      'GET /{ig-user-id}/insights',
      'GET /{page-id}/insights',
      'GET /{post-id}/insights',
      'GET /{report-run-id}/insights',
    ]);
    expect(matchEndpoints('GET', '/me/accounts').map(operationKey)).toEqual(['GET /{user-id}/accounts']);
    expect(matchEndpoints('POST', '/{id}/insights').map(operationKey).sort()).toEqual([
      'POST /{ad-account-id}/insights',
      'POST /{ad-id}/insights',
      'POST /{adset-id}/insights',
      'POST /{campaign-id}/insights',
    ]);
    expect(matchEndpoints('GET', '/123/campaigns')).toEqual([]);
    expect(matchEndpoints('GET', '/{ad-account-id}/campaigns').map(operationKey)).toEqual(['GET /{ad-account-id}/campaigns']);
    expect(matchEndpoints('GET', '/123/no_such_edge')).toEqual([]);
    expect(matchEndpoints('GET', '/123/feed/extra')).toEqual([]);
    expect(getEndpoint('get', '/{page-id}/feed')?.permissions.allOf).toEqual(['pages_read_engagement', 'business_management']);
    expect(getEndpoint('GET', '/123/feed')).toBeUndefined();
  });

  it('states what Meta\'s pages state for the operations the issue names', () => {
    expect(getEndpoint('GET', '/{form-id}/leads')?.permissions).toEqual({
      allOf: ['leads_retrieval', 'ads_management', 'pages_show_list', 'pages_read_engagement', 'pages_manage_ads'],
      anyOf: [],
    });
    expect(getEndpoint('POST', '/{page-id}/subscribed_apps')?.task).toEqual({ assetType: 'page', anyOf: ['MODERATE', 'CREATE_CONTENT'] });
    expect(getEndpoint('POST', '/{product-catalog-id}/products')).toMatchObject({
      node: 'product_catalog',
      permissions: { allOf: ['catalog_management'], anyOf: [] },
      task: { assetType: 'catalog', anyOf: ['MANAGE'] },
    });
    expect(getEndpoint('GET', '/{cms-id}/commerce_orders')?.task).toEqual({ assetType: 'page', anyOf: ['CREATE_CONTENT'] });
    expect(getEndpoint('POST', '/{ig-user-id}/media')?.permissions.anyOf).toEqual(['ads_read', 'ads_management']);
    expect(getEndpoint('POST', '/{phone-number-id}/messages')?.permissions.allOf).toEqual(['whatsapp_business_messaging']);
    expect(getEndpoint('GET', '/{business-id}/system_users')).toMatchObject({ permissions: { allOf: ['business_management'] }, task: null });
    // Every Pages API endpoint a system user calls carries business_management (manage-pages guide).
    const pages = endpoints.filter((e) => e.path.startsWith('/{page-id}') && !/leadgen_forms|commerce_/.test(e.path));
    expect(pages.filter((e) => !e.permissions.allOf.includes('business_management')).map(operationKey)).toEqual([]);
  });
});

describe('use-case catalogue derived from the endpoint table', () => {
  const source = useCaseOperationsJson as unknown as UseCaseSourceFile;
  const derive = (s: UseCaseSourceFile) => deriveUseCases(s, endpoints, { names: taskNames, expand: expandTasks });

  it('is exactly what `npm run gen` derives (data/use-cases.json is generated)', () => {
    const committed = readFileSync(new URL('../data/use-cases.json', import.meta.url), 'utf8');
    expect(committed).toBe(formatUseCases(derive(source)));
    expect(Object.keys(useCases)).toEqual(Object.keys(source.useCases));
  });

  it('derives required from the required operations, optional from the rest, ceilings from the first task', () => {
    const one = (ops: UseCaseSourceFile['useCases'][string]['operations']): UseCaseSourceFile => ({
      useCases: { t: { description: 'd', operations: ops, sources: ['https://example.com'] } },
    });
    const got = derive(one({ required: ['POST /{page-id}/feed'], optional: ['GET /{page-id}/insights', { op: 'GET /{ig-user-id}/media', anyOf: ['ads_read'] }] })).t!;
    expect(got.permissions.required).toEqual(['pages_manage_posts', 'pages_read_engagement', 'business_management']);
    expect(got.permissions.optional).toEqual(['read_insights', 'instagram_basic', 'pages_show_list', 'ads_read']);
    expect(got.maxTasks).toEqual({ page: ['CREATE_CONTENT', 'ANALYZE'], instagram_account: ['CONTENT'] });
    // A required operation whose anyOf is narrowed to one makes that one required.
    expect(derive(one({ required: [{ op: 'GET /{ad-account-id}/insights', anyOf: ['ads_read'] }], optional: [] })).t!.permissions.required).toEqual(['ads_read']);
    // A picked task must be one the operation lists; MANAGE covers what it implies.
    expect(derive(one({ required: ['POST /{page-id}'], optional: ['POST /{page-id}/feed'] })).t!.maxTasks).toEqual({ page: ['MANAGE'] });
    expect(() => derive(one({ required: [{ op: 'POST /{page-id}/feed', task: { page: ['ANALYZE'] } }], optional: [] }))).toThrow(/do not all suffice/);
    // A broader pick that implies a listed task suffices (pixel ADVERTISE implies ANALYZE).
    expect(derive(one({ required: [{ op: 'GET /{pixel-id}', task: { pixel: ['ADVERTISE'] } }], optional: [] })).t!.maxTasks).toEqual({ pixel: ['ADVERTISE'] });
    expect(() => derive(one({ required: [{ op: 'POST /{page-id}/feed', anyOf: ['ads_read'] }], optional: [] }))).toThrow(/not a non-empty subset/);
    expect(() => derive(one({ required: ['GET /{page-id}/nope'], optional: [] }))).toThrow(/no such operation/);
    expect(() => derive(one({ required: ['GET /{page-id}/feed'], optional: ['GET /{page-id}/feed'] }))).toThrow(/listed twice/);
  });

  it('instagram_content allows ads_read and ads_management (Page role through Business Manager)', () => {
    const all = [...useCases.instagram_content!.permissions.required, ...useCases.instagram_content!.permissions.optional];
    expect(all).toEqual(expect.arrayContaining(['ads_read', 'ads_management', 'business_management']));
  });

  it('lead_retrieval requires what Retrieving Leads requires and allows ADVERTISE on the ad account', () => {
    const u = useCases.lead_retrieval!;
    expect(u.permissions.required).toEqual(['leads_retrieval', 'ads_management', 'pages_show_list', 'pages_read_engagement', 'pages_manage_ads']);
    expect(u.permissions.optional).toContain('pages_manage_metadata');
    expect(u.maxTasks.ad_account).toEqual(['ADVERTISE']);
    expect(u.maxTasks.page).toEqual(['MODERATE', 'ADVERTISE', 'MANAGE_LEADS']);
  });

  it('order_management allows the Page CREATE_CONTENT grant and the pages_* a Page token needs', () => {
    const u = useCases.order_management!;
    expect(u.maxTasks).toEqual({ page: ['CREATE_CONTENT'], commerce_account: ['MANAGE'] });
    expect(u.permissions.optional).toEqual(expect.arrayContaining(['pages_show_list', 'pages_read_engagement', 'business_management']));
  });

  it('page_content requires business_management (system users calling Pages endpoints)', () => {
    expect(useCases.page_content!.permissions.required).toEqual(['pages_manage_posts', 'pages_read_engagement', 'business_management']);
    expect(useCases.page_content!.maxTasks).toEqual({ page: ['CREATE_CONTENT', 'MODERATE', 'ANALYZE'] });
  });

  it('instagram_shopping allows ads_read for available_catalogs, and ads_management only because product tags need it', () => {
    const u = useCases.instagram_shopping!;
    expect(u.permissions.optional).toContain('ads_read');
    // Meta's current IG Media product_tags reference: ads_management when the Page role comes through
    // Business Manager (always, for a system user); an optional permission, never a required one.
    expect(getEndpoint('POST', '/{ig-media-id}/product_tags')!.permissions.allOf).toContain('ads_management');
    expect(u.permissions.optional).toContain('ads_management');
    expect(u.permissions.required).not.toContain('ads_management');
    expect(u.maxTasks.page).toEqual(['CREATE_CONTENT']);
  });

  it('ads_reporting is read-only', () => {
    const u = useCases.ads_reporting!;
    expect([...u.permissions.required, ...u.permissions.optional]).not.toContain('ads_management');
    expect(u.maxTasks.ad_account).toEqual(['ANALYZE', 'AA_ANALYZE']);
  });
});
