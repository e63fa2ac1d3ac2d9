/**
 * Live mode as Meta really answers (issue 13): pixels and Instagram accounts read live, a leaked token
 * of another app, public_profile, the preflight of the audit token, and a hostile Graph server (echoed
 * tokens, ESC, endless bodies, a zero budget). End to end through the CLI against the fake Graph API.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { Finding } from '../../src/types.js';
import { fakeToken, startFakeGraph, type FakeBusiness, type FakeGraph, type FakeOptions } from '../helpers/fake-graph.js';

const TODAY = '2026-11-27';
const APP_ID = '200000000000002';
const BUSINESS_ID = '100000000000001';
const APP_SECRET = '0123456789abcdef0123456789abcdef';
const GRAPH_TOKEN = fakeToken('meta-auditor');
const PROD_TOKEN = fakeToken('meta-shop-prod');
const FOREIGN_TOKEN = fakeToken('meta-other-app');
const SECRETS = [GRAPH_TOKEN, PROD_TOKEN, FOREIGN_TOKEN, APP_SECRET];

const sys = (userId: string, scopes: string[]) => ({ type: 'SYSTEM_USER', app_id: APP_ID, user_id: userId, scopes, expires_at: 0, is_valid: true });

function business(over: Partial<FakeBusiness> = {}): FakeBusiness {
  return {
    id: BUSINESS_ID,
    appId: APP_ID,
    appSecret: APP_SECRET,
    graphToken: GRAPH_TOKEN,
    systemUsers: [
      { id: '400000000000010', name: 'auditor', role: 'EMPLOYEE', assets: [] },
      {
        id: '400000000000005',
        name: 'shop-prod',
        role: 'EMPLOYEE',
        assets: [
          { id: '300000000000003', type: 'page', name: 'Acme Shop', tasks: ['CREATE_CONTENT'] },
          // EDIT on the pixel: broader than the declared ANALYZE.
          { id: '330000000000001', type: 'pixel', name: 'Acme Pixel', tasks: ['EDIT', 'ADVERTISE', 'UPLOAD', 'ANALYZE'] },
          // MESSAGES on the Instagram account: beyond the declared CONTENT.
          { id: '340000000000001', type: 'instagram_account', name: 'Acme IG', tasks: ['CONTENT', 'MESSAGES'] },
        ],
      },
    ],
    tokens: {
      [GRAPH_TOKEN]: sys('400000000000010', ['business_management', 'public_profile']),
      // public_profile is granted to every app: never drift.
      [PROD_TOKEN]: sys('400000000000005', ['catalog_management', 'public_profile']),
    },
    foreignTokens: [FOREIGN_TOKEN],
    ...over,
  };
}

const MANIFEST = `version: 1
business:
  id: "${BUSINESS_ID}"
app:
  id: "${APP_ID}"
  accessLevel: standard
  graphApiVersion: v26.0
assets:
  - { id: "300000000000003", type: page, name: Acme Shop, environment: production }
  - { id: "330000000000001", type: pixel, name: Acme Pixel, environment: production }
  - { id: "340000000000001", type: instagram_account, name: Acme IG, environment: production }
useCases:
  shop:
    permissions: { required: [catalog_management] }
    maxTasks: { page: [CREATE_CONTENT], pixel: [EDIT], instagram_account: [CONTENT, MESSAGES] }
systemUsers:
  - name: auditor
    id: "400000000000010"
    role: system_user
    environment: production
    useCases: [business_audit]
    permissions: [business_management]
  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [shop]
    permissions: [catalog_management, public_profile]
    token: { secret: SHOP_PROD_TOKEN, expires: 60d }
    assets:
      - asset: Acme Shop
        tasks: [CREATE_CONTENT]
      - asset: Acme Pixel
        tasks: [ANALYZE]
      - asset: Acme IG
        tasks: [CONTENT]
`;

let fake: FakeGraph | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function run(
  b: FakeBusiness,
  args: string[] = [],
  opts: { manifest?: string; files?: Record<string, string>; fake?: FakeOptions; env?: Record<string, string> } = {},
) {
  fake = await startFakeGraph(b, opts.fake);
  dir = mkdtempSync(path.join(tmpdir(), 'gg-meta-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), opts.manifest ?? MANIFEST);
  mkdirSync(path.join(dir, 'src'));
  for (const [p, text] of Object.entries(opts.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  const out = { stdout: '', stderr: '' };
  const env = { GRAPHGUARD_GRAPH_TOKEN: GRAPH_TOKEN, GRAPHGUARD_APP_SECRET: APP_SECRET, SHOP_PROD_TOKEN: PROD_TOKEN, GRAPHGUARD_GRAPH_URL: fake.url, ...opts.env };
  const code = await main(['check', '--live', '--today', TODAY, ...args], {
    cwd: dir,
    env,
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    isTTY: false,
  });
  for (const s of SECRETS) {
    expect(out.stdout.includes(s.slice(0, 12)), 'a secret reached stdout').toBe(false);
    expect(out.stderr.includes(s.slice(0, 12)), 'a secret reached stderr').toBe(false);
  }
  return { code, out };
}

const json = (out: { stdout: string }) => JSON.parse(out.stdout) as { findings: Finding[]; summary: { live: string }; unverified?: string[] };

describe('pixels and Instagram accounts are read live', () => {
  it('reads assigned_ads_pixels per user and assigned_users?business= per declared Instagram account, in the same batch', async () => {
    const { code, out } = await run(business(), ['--format', 'json', '--fail-on', 'never', 'src']);
    expect(code).toBe(0);
    const report = json(out);
    expect(report.summary.live).toBe('verified');
    const drift = report.findings.filter((f) => f.ruleId === 'live-task-drift').map((f) => [f.line, f.column, f.message]);
    expect(drift).toEqual([
      [34, 16, 'System user shop-prod has ADVERTISE, EDIT, UPLOAD on pixel Acme Pixel live, beyond the declared ANALYZE.'],
      [36, 16, 'System user shop-prod has MESSAGES on instagram account Acme IG live, beyond the declared CONTENT.'],
    ]);
    // system_users, the preflight, one batch.
    expect(fake!.roundTrips()).toBe(3);
    const items = fake!.requests[2]!.batch!.map((i) => i.path + (i.query.business ? `?business=${i.query.business}` : ''));
    expect(items).toContain('400000000000005/assigned_ads_pixels');
    expect(items).toContain(`340000000000001/assigned_users?business=${BUSINESS_ID}`);
    // public_profile: neither live scope drift nor a least-privilege finding.
    expect(report.findings.filter((f) => /scope-drift|least-privilege-permissions/.test(f.ruleId))).toEqual([]);
  });

  it('reads every user’s pixels when the manifest declares none: a grant on an undeclared pixel is drift; Instagram accounts are not read', async () => {
    const manifest = MANIFEST.replace(/^ {2}- \{ id: "33.*\n^ {2}- \{ id: "34.*\n/m, '').replace(/ {6}- asset: Acme Pixel\n.*\n {6}- asset: Acme IG\n.*\n/, '');
    const { code, out } = await run(business(), ['--format', 'json', 'src'], { manifest });
    const report = json(out);
    expect(report.summary.live).toBe('verified');
    expect(report.findings.filter((f) => f.ruleId === 'live-task-drift').map((f) => [f.severity, f.line, f.column, f.message])).toEqual([
      ['error', 28, 5, 'System user shop-prod has EDIT, ADVERTISE, UPLOAD, ANALYZE on pixel Acme Pixel (330000000000001) live, an asset the manifest does not declare.'],
    ]);
    expect(code).toBe(1);
    const paths = fake!.requests.flatMap((r) => r.batch ?? []).map((i) => i.path);
    expect(paths.filter((p) => p.endsWith('/assigned_ads_pixels')).sort()).toEqual(['400000000000005/assigned_ads_pixels', '400000000000010/assigned_ads_pixels']);
    expect(paths.some((p) => p.endsWith('assigned_users') || p.endsWith('owned_pixels'))).toBe(false);
    // Still one batch: the pixel edges are items, not round trips.
    expect(fake!.roundTrips()).toBe(3);
  });
});

describe('a leaked token of another app', () => {
  it('is a hardcoded-token note "issued for another app": still a leak, the run verified, exit 1 not 2', async () => {
    const files = { 'src/other.js': `const t = "${FOREIGN_TOKEN}";\n` };
    const { code, out } = await run(business(), ['--format', 'json', 'src'], { files });
    const report = json(out);
    expect(report.summary.live).toBe('verified');
    expect(report.unverified).toBeUndefined();
    const leak = report.findings.find((f) => f.ruleId === 'hardcoded-token')!;
    expect(leak.message).toContain('live: issued for another app');
    expect(leak.severity).toBe('error');
    expect(code).toBe(1);
  });
});

describe('the preflight checks the audit token before the first batch', () => {
  it('an audit token of another app: one line naming the fix, exit 2, no batch sent', async () => {
    const { code, out } = await run(business({ graphToken: FOREIGN_TOKEN }), ['src'], { env: { GRAPHGUARD_GRAPH_TOKEN: FOREIGN_TOKEN } });
    expect(code).toBe(2);
    expect(out.stderr).toBe(
      `graphguard: live check failed: GRAPHGUARD_GRAPH_TOKEN was issued for another app, not app ${APP_ID} (manifest app.id, whose secret is GRAPHGUARD_APP_SECRET): every call would fail "Invalid appsecret_proof". Generate the audit token through app ${APP_ID}, or set app.id and GRAPHGUARD_APP_SECRET to the token's app.\n`,
    );
    expect(fake!.requests.some((r) => r.batch)).toBe(false);
  });

  it('an audit token without whatsapp_business_management when a WhatsApp account is declared: names the scope, exit 2', async () => {
    const manifest = MANIFEST.replace('assets:\n', 'assets:\n  - { id: "350000000000001", type: whatsapp_business_account, name: Acme WA, environment: production }\n');
    const { code, out } = await run(business(), ['src'], { manifest });
    expect(code).toBe(2);
    expect(out.stderr).toBe(
      'graphguard: live check failed: GRAPHGUARD_GRAPH_TOKEN lacks the scope whatsapp_business_management, which reading assigned WhatsApp Business accounts (the manifest declares a whatsapp_business_account) needs. Generate the audit token with scope=business_management,whatsapp_business_management (use case business_audit allows it).\n',
    );
    expect(fake!.requests.some((r) => r.batch)).toBe(false);
  });

  it('each mismatch on its own line: a PAGE token without business_management', async () => {
    const b = business();
    b.tokens[GRAPH_TOKEN] = { ...sys('400000000000010', ['pages_show_list']), type: 'PAGE' };
    const { code, out } = await run(b, ['src']);
    expect(code).toBe(2);
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('graphguard: live check failed (2 problems):');
    expect(lines[1]).toMatch(/^ {2}- GRAPHGUARD_GRAPH_TOKEN is a PAGE token; reading a business needs a system-user token\./);
    expect(lines[2]).toMatch(/^ {2}- GRAPHGUARD_GRAPH_TOKEN lacks the scope business_management, which reading the business's system users needs\./);
  });

  it('a wrong GRAPHGUARD_APP_SECRET is named as such', async () => {
    const { code, out } = await run(business(), ['src'], { env: { GRAPHGUARD_APP_SECRET: 'ffffffffffffffffffffffffffffffff' } });
    expect(code).toBe(2);
    expect(out.stderr).toMatch(/^graphguard: live check failed: GRAPHGUARD_APP_SECRET is not the app secret of app 200000000000002 \(manifest app\.id\)/);
  });
});

describe('a hostile Graph server', () => {
  it('an error message echoing the token, ESC and ::error:: is never printed as it came', async () => {
    const b = business();
    // shop-prod is declared with an id the business does not have: its edges answer code 100.
    b.systemUsers[1]!.id = '400000000000099';
    b.systemUsers.push({ id: '400000000000005', name: 'ghost\u001b[2J::error::x', role: 'EMPLOYEE', assets: [] });
    const { out } = await run(b, ['--no-color', 'src'], { fake: { faults: { hostileErrors: true } } });
    const all = out.stdout + out.stderr;
    expect(all).not.toContain('\u001b');
    expect(all).not.toMatch(/^::error::/m);
    expect(all).not.toContain(GRAPH_TOKEN.slice(0, 12));
  });

  it('an endless body ends in one clear incomplete line, not a crash or GBs of memory', async () => {
    const { code, out } = await run(business(), ['--no-color', 'src'], { fake: { faults: { endlessBodyFirst: 1, target: 'get' } } });
    expect(code).toBe(2);
    expect(out.stdout).toContain(`  - system users of business ${BUSINESS_ID}: the answer is larger than 8 MiB; not read\n`);
    expect(out.stderr).not.toMatch(/Invalid string length|RangeError|at .*\.js/);
  });

  it('--live-timeout 0 is honoured: every read ends at once, incomplete, exit 2', async () => {
    const { code, out } = await run(business(), ['--no-color', '--live-timeout', '0', 'src'], { fake: { faults: { hangFirst: 100 } } });
    expect(code).toBe(2);
    expect(out.stdout).toContain(`  - system users of business ${BUSINESS_ID}: no time left, retried past the 0 s budget\n`);
    expect(fake!.requests).toHaveLength(0);
  });
});

describe('live-asset-ownership against the fake Graph API', () => {
  it('an asset the business does not own and a client asset: read from owned_* / client_* in the same batch', async () => {
    const b = business({ owned: { page: ['300000000000003'], pixel: ['330000000000001'], instagram_account: [], app: [APP_ID] }, client: { page: ['300000000000077'] } });
    const manifest = MANIFEST.replace('assets:\n', 'assets:\n  - { id: "300000000000077", type: page, name: Partner Page, environment: production, owner: client }\n');
    const { code, out } = await run(b, ['--format', 'json', '--fail-on', 'never', 'src'], { manifest });
    expect(code).toBe(0);
    const report = json(out);
    expect(report.summary.live).toBe('verified');
    expect(report.findings.filter((f) => f.ruleId === 'live-asset-ownership').map((f) => [f.line, f.severity, f.message])).toEqual([
      [12, 'warn', `The instagram account Acme IG is declared in business ${BUSINESS_ID}, but the business does not own it live.`],
    ]);
    const paths = fake!.requests.flatMap((r) => r.batch ?? []).map((i) => i.path);
    for (const edge of ['owned_pages', 'client_pages', 'owned_pixels', 'owned_instagram_accounts', 'owned_apps', 'client_apps']) expect(paths).toContain(`${BUSINESS_ID}/${edge}`);
  });

  it("a page the business has only as a client's is said to be one, with no asset declared owner: client (review L33-1)", async () => {
    // Before, client_pages was read only when some page was declared `owner: client`: the page was "not owned".
    const b = business({ owned: { page: [], pixel: ['330000000000001'], instagram_account: ['340000000000001'], app: [APP_ID] }, client: { page: ['300000000000003'] } });
    const { code, out } = await run(b, ['--format', 'json', '--fail-on', 'never', 'src']);
    expect(code).toBe(0);
    expect(json(out).findings.filter((f) => f.ruleId === 'live-asset-ownership').map((f) => [f.line, f.severity, f.message])).toEqual([
      [9, 'warn', `The page Acme Shop is declared as owned by business ${BUSINESS_ID}, but live it is only a client asset shared with it by another business.`],
    ]);
  });

  it('a Graph without the ownership edges: one notice per edge, the run still verified', async () => {
    const { code, out } = await run(business(), ['--format', 'json', '--fail-on', 'never', 'src'], { fake: { faults: { noOwnershipEdges: true } } });
    expect(code).toBe(0);
    const report = json(out);
    expect(report.summary.live).toBe('verified');
    const notices = report.findings.filter((f) => f.ruleId === 'live-asset-ownership');
    // Both sides of each declared type are read, whichever the manifest declares (review L33-1).
    expect(notices.map((f) => `${f.severity} ${/\/(\w+) was not read/.exec(f.message)?.[1]}`)).toEqual(
      ['owned_pages', 'client_pages', 'owned_pixels', 'client_pixels', 'owned_instagram_accounts', 'owned_apps', 'client_apps'].map((e) => `notice ${e}`),
    );
    expect(notices[0]!.message).toBe(`Ownership could not be verified: ${BUSINESS_ID}/owned_pages was not read (refused (code 2500: Unknown path components: /owned_pages)).`);
  });
});
