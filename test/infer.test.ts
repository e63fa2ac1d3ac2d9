/**
 * `infer` on small repositories in several languages: raw URLs, the Node and Python business SDKs, two
 * users (by token), `code:` globs, dynamic paths; the JSON of SPEC §7, exactly.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyze, formatInferStylish, formatInferYaml, infer } from '../src/infer.js';
import { main } from '../src/cli.js';
import type { Manifest } from '../src/manifest/types.js';
import { HEAD } from './helpers/manifests.js';

const MANIFEST = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [catalog_management, pages_manage_posts]
    token: { secret: SHOP_TOKEN }
    assets:
      - { asset: Products, tasks: [MANAGE] }
  - name: ads-report
    role: system_user
    environment: production
    permissions: [ads_read, business_management]
    token: { secret: ADS_TOKEN }
    assets:
      - { asset: Ads, tasks: [ANALYZE] }
  - name: publisher
    role: system_user
    environment: production
    permissions: [pages_manage_posts, pages_read_engagement, business_management]
    code: ["services/publisher/**"]
    assets:
      - { asset: Shop, tasks: [CREATE_CONTENT] }
`;

const FILES: Record<string, string> = {
  // Node SDK + raw URL, the shop's token.
  'src/catalog.ts': `import { FacebookAdsApi, ProductCatalog } from 'facebook-nodejs-business-sdk';
FacebookAdsApi.init(process.env.SHOP_TOKEN!);
export const add = (catalogId: string, p: object) => new ProductCatalog(catalogId).createProduct([], p);
export const list = (catalogId: string) =>
  fetch(\`https://graph.facebook.com/v25.0/\${catalogId}/products?fields=id\`);
`,
  // Python SDK and requests, the ads token.
  'jobs/report.py': `import os, requests
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adaccount import AdAccount
from facebook_business.adobjects.business import Business
FacebookAdsApi.init(access_token=os.environ["ADS_TOKEN"])
def run(business_id, account_id):
    Business(business_id).get_owned_ad_accounts()
    return AdAccount(account_id).get_insights(fields=["spend"])
`,
  // Attributed by code: globs (no token read), with a dynamic path.
  'services/publisher/post.go': `package publisher
const graph = "https://graph.facebook.com/v25.0"
func Post(pageID string) { http.Post(graph+"/"+pageID+"/feed", "application/json", nil) }
func Any(path string) { http.Get(graph + "/" + path) }
`,
  // No token read, no glob: unattributed; and an edge the table does not know.
  'scripts/oneoff.rb': `require 'net/http'
Net::HTTP.get(URI("https://graph.facebook.com/v25.0/#{page_id}/feed"))
Net::HTTP.get(URI("https://graph.facebook.com/v25.0/#{page_id}/not_an_edge"))
`,
  'README.md': 'Call `https://graph.facebook.com/v25.0/me/accounts` with your token.\n',
};

const files = Object.entries(FILES).map(([p, text]) => ({ path: p, text }));

describe('infer (pure)', () => {
  it('reports each user’s calls, needs and changes, then unattributed, unresolved and unknown calls', () => {
    const json = infer({ manifest: parse(MANIFEST) as Manifest, files });
    expect(json).toEqual({
      users: [
        {
          name: 'shop-prod',
          calls: [
            { file: 'src/catalog.ts', line: 3, method: 'POST', path: '/{product-catalog-id}/products' },
            { file: 'src/catalog.ts', line: 5, method: 'GET', path: '/{product-catalog-id}/products' },
          ],
          permissions: { needed: ['catalog_management'], declared: ['catalog_management', 'pages_manage_posts'], missing: [], unused: ['pages_manage_posts'] },
          tasks: { needed: [{ assetType: 'catalog', anyOf: ['MANAGE'] }, { assetType: 'catalog', anyOf: ['ADVERTISE'] }], missing: [] },
        },
        {
          name: 'ads-report',
          calls: [
            { file: 'jobs/report.py', line: 7, method: 'GET', path: '/{business-id}/owned_ad_accounts' },
            { file: 'jobs/report.py', line: 8, method: 'GET', path: '/{ad-account-id}/insights' },
          ],
          permissions: { needed: ['ads_read', 'business_management'], declared: ['ads_read', 'business_management'], missing: [], unused: [] },
          tasks: { needed: [{ assetType: 'ad_account', anyOf: ['ANALYZE', 'AA_ANALYZE'] }], missing: [] },
        },
        {
          name: 'publisher',
          calls: [{ file: 'services/publisher/post.go', line: 3, method: 'POST', path: '/{page-id}/feed' }],
          permissions: {
            needed: ['business_management', 'pages_manage_posts', 'pages_read_engagement'],
            declared: ['pages_manage_posts', 'pages_read_engagement', 'business_management'],
            missing: [],
            unused: [],
          },
          tasks: { needed: [{ assetType: 'page', anyOf: ['CREATE_CONTENT'] }], missing: [] },
        },
      ],
      unattributed: [{ file: 'scripts/oneoff.rb', line: 2, method: 'GET', path: '/{page-id}/feed' }],
      unresolved: [{ file: 'services/publisher/post.go', line: 4, user: 'publisher', reason: 'computed path' }],
      unknown: [{ file: 'scripts/oneoff.rb', line: 3, method: 'GET', path: '/{id}/not_an_edge' }],
    });
  });

  it('--user keeps one user and its own unresolved and unknown calls', () => {
    const json = infer({ manifest: parse(MANIFEST) as Manifest, files, user: 'publisher' });
    expect(json.users.map((u) => u.name)).toEqual(['publisher']);
    expect(json.unattributed).toEqual([]);
    expect(json.unresolved).toEqual([{ file: 'services/publisher/post.go', line: 4, user: 'publisher', reason: 'computed path' }]);
    expect(json.unknown).toEqual([]);
  });

  it('never lists an implicit permission (GET /me needs public_profile, which every token has) nor what a graph.instagram.com call needs', () => {
    const json = infer({
      files: [
        {
          path: 'src/me.js',
          text: "const t = process.env.META_TOKEN;\nfetch('https://graph.facebook.com/v25.0/me');\nfetch(`https://graph.facebook.com/v25.0/${catalogId}/products`);\nfetch(`https://graph.instagram.com/v25.0/${igUserId}/media`);\n",
        },
      ],
    });
    expect(json.users.map((u) => [u.name, u.calls.map((c) => c.path), u.permissions.needed])).toEqual([
      ['app', ['/{user-id}', '/{product-catalog-id}/products', '/{ig-user-id}/media'], ['catalog_management']],
    ]);
  });

  it('where several users’ code: globs match a file, the one whose token it reads gets its calls', () => {
    const manifest = parse(`${HEAD}  - name: bot
    role: system_user
    environment: production
    permissions: [ads_management]
    token: { secret: META_TOKEN }
    code: ["src/**"]
  - name: ads-reader
    role: system_user
    environment: production
    permissions: [ads_read]
    token: { secret: META_ADS_RO_TOKEN }
    code: ["src/reports/**"]
`) as Manifest;
    const pause = 'import os, requests\nTOKEN = os.environ["META_ADS_RO_TOKEN"]\nrequests.post(f"https://graph.facebook.com/v21.0/{campaign_id}", data={"status": "PAUSED"})\n';
    const json = infer({ manifest, files: [{ path: 'src/reports/pause.py', text: pause }, { path: 'src/reports/other.py', text: pause.replace('META_ADS_RO_TOKEN', 'OTHER') }] });
    expect(json.users.map((u) => [u.name, u.calls.map((c) => `${c.file} ${c.method} ${c.path}`), u.permissions.missing])).toEqual([
      ['bot', [], []],
      ['ads-reader', ['src/reports/pause.py POST /{campaign-id}'], ['ads_management']],
    ]);
    // A file that reads neither user's token stays unattributed.
    expect(json.unattributed.map((c) => c.file)).toEqual(['src/reports/other.py']);
  });

  it('proposes the fewest tasks whatever the order of the calls (a read CREATE_CONTENT allows takes the write’s CREATE_CONTENT)', () => {
    const get = 'await fetch(`https://graph.facebook.com/v21.0/${pageId}/feed`);';
    const post = "await fetch(`https://graph.facebook.com/v21.0/${pageId}/feed`, { method: 'POST' });";
    const insights = 'await fetch(`https://graph.facebook.com/v21.0/act_${accountId}/insights`);';
    const campaign = "await fetch(`https://graph.facebook.com/v21.0/act_${accountId}/campaigns`, { method: 'POST' });";
    for (const order of [[get, post, insights, campaign], [post, get, campaign, insights]]) {
      const a = analyze({ files: [{ path: 'src/a.js', text: `const t = process.env.META_SHOP_TOKEN;\n${order.join('\n')}\n` }] });
      const yaml = parse(formatInferYaml(a, manifestOf(a))) as { systemUsers: { assets: { tasks: string[] }[] }[] };
      expect(yaml.systemUsers[0]!.assets.map((g) => g.tasks.join(',')).sort()).toEqual(['ADVERTISE', 'CREATE_CONTENT']);
      expect(formatInferStylish(a).match(/manifest change: .*/)![0].split(', ').filter((c) => c.includes(' on a')).sort()).toEqual(['+ ADVERTISE on an ad account', '+ CREATE_CONTENT on a page']);
    }
  });

  it("keeps a grant that meets a need through its alternative (Instagram publishing: the account's CONTENT), and says the alternative (hunt NEW-5)", () => {
    const manifest = {
      version: 1,
      business: { id: '1' },
      assets: [
        { id: '4567890123456789', type: 'page', name: 'Northwind', environment: 'production' },
        { id: '17841400000000001', type: 'instagram_account', name: '@northwind', environment: 'production' },
      ],
      systemUsers: [
        {
          name: 'ig-publisher',
          role: 'system_user',
          permissions: ['ads_read', 'instagram_basic', 'instagram_content_publish', 'pages_read_engagement', 'pages_show_list'],
          token: { secret: 'META_IG_TOKEN', expires: '60d' },
          assets: [{ asset: '@northwind', tasks: ['CONTENT'] }],
        },
      ],
    } as Manifest;
    const text = 'const t = process.env.META_IG_TOKEN;\nawait fetch(`https://graph.facebook.com/v26.0/${igUserId}/media_publish`, { method: "POST" });\n';
    const a = analyze({ files: [{ path: 'src/publish.js', text }], manifest });
    expect(formatInferStylish(a)).toContain('  tasks needed: page CREATE_CONTENT or instagram_account CONTENT\n  manifest change: none\n');
    const yaml = parse(formatInferYaml(a, manifest)) as { systemUsers: { assets: { asset: string; tasks: string[] }[] }[] };
    expect(yaml.systemUsers[0]!.assets).toEqual([{ asset: '@northwind', tasks: ['CONTENT'] }]);
    // Without a grant that meets it, the need's first choice: the page.
    const bare = { ...manifest, systemUsers: [{ ...manifest.systemUsers[0]!, assets: [] }] } as Manifest;
    const b = analyze({ files: [{ path: 'src/publish.js', text }], manifest: bare });
    expect((parse(formatInferYaml(b, bare)) as { systemUsers: { assets: unknown[] }[] }).systemUsers[0]!.assets).toEqual([{ asset: 'Northwind', tasks: ['CREATE_CONTENT'] }]);
  });

  it('without a manifest, each token env var read by a file with calls is a user', () => {
    const json = infer({ files });
    expect(json.users.map((u) => [u.name, u.calls.length, u.permissions.needed])).toEqual([
      ['ads', 2, ['ads_read', 'business_management']],
      ['shop', 2, ['catalog_management']],
    ]);
    expect(json.unattributed.map((c) => c.file)).toEqual(['scripts/oneoff.rb', 'services/publisher/post.go']);
  });

  it("without a manifest, a webhook's verify token (process.env, a config store) is no user: the Send API call stays the page token's", () => {
    // Hunt A, case 07: `config.get('VERIFY_TOKEN')` made the webhook's call unattributed and init --from-code fail.
    const app = (read: string) => `const config = require('config');
const GRAPH = 'https://graph.facebook.com/v21.0';
const PAGE_ACCESS_TOKEN = process.env.PAGE_ACCESS_TOKEN;
app.get('/webhook', (req, res) => {
  if (req.query['hub.verify_token'] === ${read}) return res.send(req.query['hub.challenge']);
});
async function send(psid, text) {
  return fetch(\`\${GRAPH}/me/messages?access_token=\${PAGE_ACCESS_TOKEN}\`, { method: 'POST' });
}
`;
    for (const read of ["config.get('VERIFY_TOKEN')", 'process.env.VERIFY_TOKEN', "config.get('FB_WEBHOOK_VERIFICATION_TOKEN')"]) {
      const json = infer({ files: [{ path: 'app.js', text: app(read) }] });
      expect(json.users.map((u) => [u.name, u.calls.map((c) => `${c.line} ${c.method} ${c.path}`)]), read).toEqual([['page', ['8 POST /{page-id}/messages']]]);
      expect(json.unattributed, read).toEqual([]);
    }
    const flask = `import os, requests
from flask import Flask
app = Flask(__name__)
GRAPH = "https://graph.facebook.com/v21.0"
@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == app.config["VERIFY_TOKEN"]:
        return request.args["hub.challenge"]
def send(psid):
    return requests.post(f"{GRAPH}/me/messages", params={"access_token": os.environ["PAGE_ACCESS_TOKEN"]})
`;
    expect(infer({ files: [{ path: 'app.py', text: flask }] }).users.map((u) => [u.name, u.calls.length])).toEqual([['page', 1]]);
  });
});

/** The manifest `analyze` made from the token reads (no manifest given). */
function manifestOf(a: ReturnType<typeof analyze>): Manifest {
  return { version: 1, business: { id: '0' }, systemUsers: a.users.map((u) => u.user) } as Manifest;
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-infer-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

describe('graphguard infer and init --from-code', () => {
  it('every subcommand answers --help with exit 0', async () => {
    const dir = project({});
    try {
      for (const cmd of ['infer', 'init', 'diff', 'rules', 'explain', 'schema', 'rotate']) {
        const r = await cli([cmd, '--help'], dir);
        expect(r, cmd).toMatchObject({ code: 0, stderr: '' });
        expect(r.stdout).toMatch(new RegExp(`^Usage: graphguard ${cmd}`));
      }
      for (const cmd of ['check', 'baseline']) expect(await cli([cmd, '--help'], dir)).toMatchObject({ code: 0, stderr: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says what it did not read: a named path that is a symlink (hunt IO-8: it answered as if clean)', async () => {
    const dir = project({ 'graphguard.yml': MANIFEST, ...FILES });
    try {
      symlinkSync('catalog.ts', path.join(dir, 'src', 'linked.ts'));
      const r = await cli(['infer', 'src/linked.ts'], dir);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('graphguard: not read: 1 symlink (see docs/scan.md)\n');
      expect((await cli(['infer', 'src/catalog.ts'], dir)).stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the JSON of SPEC §7, stylish and yaml fragments', async () => {
    const dir = project({ 'graphguard.yml': MANIFEST, ...FILES });
    try {
      const j = await cli(['infer', '--format', 'json'], dir);
      expect(j.code).toBe(0);
      expect(JSON.parse(j.stdout)).toEqual(infer({ manifest: parse(MANIFEST) as Manifest, files }));
      const s = await cli(['infer', '--user', 'shop-prod'], dir);
      expect(s.stdout).toBe(
        [
          'shop-prod',
          '  POST /{product-catalog-id}/products              src/catalog.ts:3',
          '  GET /{product-catalog-id}/products               src/catalog.ts:5',
          '  permissions needed: catalog_management',
          '  tasks needed: catalog MANAGE; catalog ADVERTISE',
          '  manifest change: - pages_manage_posts',
          '',
        ].join('\n'),
      );
      const y = await cli(['infer', '--format', 'yaml', '--user', 'shop-prod'], dir);
      expect(parse(y.stdout)).toEqual({ systemUsers: [{ name: 'shop-prod', permissions: ['catalog_management'], assets: [{ asset: 'Products', tasks: ['MANAGE'] }] }] });
      const bad = await cli(['infer', '--user', 'nobody'], dir);
      expect(bad).toMatchObject({ code: 2, stdout: '' });
      expect(bad.stderr).toBe('graphguard: no system user named "nobody" (known: shop-prod, ads-report, publisher)\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('init --from-code writes a manifest that check finds no missing or unused access in', async () => {
    const code = { 'src/catalog.ts': FILES['src/catalog.ts']!, 'jobs/report.py': FILES['jobs/report.py']! };
    const dir = project(code);
    try {
      const r = await cli(['init', '--from-code'], dir);
      expect(r.code).toBe(0);
      const written = parse(readFileSync(path.join(dir, 'graphguard.yml'), 'utf8')) as Manifest;
      expect(written.systemUsers.map((u) => [u.name, u.token?.secret, u.permissions])).toEqual([
        ['ads', 'ADS_TOKEN', ['ads_read', 'business_management']],
        ['shop', 'SHOP_TOKEN', ['catalog_management']],
      ]);
      const check = await cli(['check', '--format', 'json'], dir);
      const ids = (JSON.parse(check.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
      expect(ids.filter((id) => /missing-|unused-permission/.test(id))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('init --from-code gives a test user test assets (no env-separation error) and writes --graph-api-version', async () => {
    const code = {
      'src/catalog.ts': FILES['src/catalog.ts']!,
      'src/test-catalog.ts': FILES['src/catalog.ts']!.replaceAll('SHOP_TOKEN', 'SHOP_TEST_TOKEN'),
    };
    const dir = project(code);
    try {
      expect((await cli(['init', '--from-code', '--graph-api-version', 'v25.0'], dir)).code).toBe(0);
      const written = parse(readFileSync(path.join(dir, 'graphguard.yml'), 'utf8')) as Manifest;
      expect(written.app?.graphApiVersion).toBe('v25.0');
      expect(written.assets!.map((a) => [a.name, a.type, a.environment])).toEqual([
        ['My catalog', 'catalog', 'production'],
        ['My catalog (test)', 'catalog', 'test'],
      ]);
      expect(written.systemUsers.map((u) => [u.name, u.environment, u.assets?.map((g) => g.asset)])).toEqual([
        ['shop-test', 'test', ['My catalog (test)']],
        ['shop', 'production', ['My catalog']],
      ]);
      const check = await cli(['check', '--format', 'json', '--today', '2026-11-27'], dir);
      const errors = (JSON.parse(check.stdout) as { findings: { ruleId: string; severity: string }[] }).findings.filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
      const bad = await cli(['init', '--force', '--graph-api-version', '26'], dir);
      expect(bad).toMatchObject({ code: 2, stderr: 'graphguard: --graph-api-version must look like v26.0, not "26"\n' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
