/**
 * Live verification end to end: the real check() and CLI main() against the fake Graph API on
 * 127.0.0.1. Drift of each kind at its manifest node, throttling within the budget, incomplete runs
 * (exit 2, parts named), leaked tokens checked live, and init --from-live → check --live clean.
 */
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rules as allRules } from '../rules/index.js';
import { check, type CheckOptions } from '../src/check.js';
import { main } from '../src/cli.js';
import { exitCodeFor } from '../src/outcome.js';
import { formatters } from '../src/format/index.js';
import type { AnyRule } from '../src/rule.js';
import type { Finding } from '../src/types.js';
import type { LiveSnapshot, TokenInfo } from '../src/graph/types.js';
import { leakedTokenNote } from '../src/live-model.js';
import { parseManifestText } from '../src/manifest/load.js';
import type { Manifest } from '../src/manifest/types.js';
import { fakeToken, startFakeGraph, type FakeBusiness, type FakeGraph, type FakeOptions } from './helpers/fake-graph.js';

const TODAY = '2026-11-27';
const DAY = 86_400;
const NOW = Date.parse(`${TODAY}T00:00:00Z`) / 1000;
const APP_ID = '200000000000002';
const BUSINESS_ID = '100000000000001';
const APP_SECRET = '0123456789abcdef0123456789abcdef';
const GRAPH_TOKEN = fakeToken('graph-auditor');
const ADMIN_TOKEN = fakeToken('admin');
const PROD_TOKEN = fakeToken('shop-prod');
const TEST_TOKEN = fakeToken('shop-test');
const UNKNOWN_TOKEN = fakeToken('nobody-knows');

/** Every secret value and what is derived from it: none may appear in any output. */
const SECRETS = [GRAPH_TOKEN, ADMIN_TOKEN, PROD_TOKEN, TEST_TOKEN, UNKNOWN_TOKEN, APP_SECRET, `${APP_ID}|${APP_SECRET}`].flatMap((s) => [
  s,
  createHmac('sha256', APP_SECRET).update(s).digest('hex'),
]);
function expectNoSecret(...outputs: string[]): void {
  for (const out of outputs) for (const s of SECRETS) expect(out.includes(s), `a secret value (${s.slice(0, 4)}…) leaked into output`).toBe(false);
}

/**
 * Line and column (1-based) where `value` starts, on the first line containing the last marker that
 * follows lines containing the earlier markers in order: pos(text, ['name: shop-prod', 'assets:']).
 */
function pos(text: string, markers: string[], value?: string): { line: number; column: number } {
  const lines = text.split('\n');
  let i = -1;
  for (const m of markers) {
    i = lines.findIndex((l, j) => j > i && l.includes(m));
    if (i === -1) throw new Error(`marker not found: ${m}`);
  }
  const v = value ?? markers[markers.length - 1]!.trim();
  const col = lines[i]!.indexOf(v);
  if (col === -1) throw new Error(`${v} is not on line ${i + 1}`);
  return { line: i + 1, column: col + 1 };
}

const MANIFEST = `version: 1
business:
  id: "${BUSINESS_ID}"
  name: Acme
app:
  id: "${APP_ID}"
  accessLevel: standard
  graphApiVersion: v26.0
assets:
  - { id: "300000000000003", type: page, name: Acme Shop, environment: production }
  - { id: "300000000000004", type: page, name: Acme Shop (test), environment: test }
  - { id: "310000000000001", type: catalog, name: Acme Products, environment: production }
systemUsers:
  - name: bm-admin
    id: "400000000000001"
    role: admin
    useCases: [business_admin]
    permissions: [business_management]
    token: { secret: META_ADMIN_TOKEN, expires: 60d }
  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [instagram_shopping]
    permissions: [catalog_management, commerce_account_manage_orders]
    token:
      secret: SHOP_PROD_TOKEN
      expires: never
      rotateEveryDays: 90
      lastRotated: 2026-11-01
    assets:
      - asset: Acme Shop
        tasks: [CREATE_CONTENT]
      - asset: Acme Products
        tasks: [MANAGE]
  - name: shop-test
    id: "400000000000006"
    role: system_user
    environment: test
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token: { secret: SHOP_TEST_TOKEN, expires: 60d }
    assets:
      - asset: Acme Shop (test)
        tasks: [CREATE_CONTENT]
  - name: reporting
    id: "400000000000010"
    role: system_user
    environment: production
    useCases: [business_audit]
  - name: old-bot
    id: "400000000000009"
    role: system_user
    environment: production
`;

const token = (userId: string, scopes: string[], extra: { expires_at?: number; issued_at?: number; is_valid?: boolean } = {}) => ({
  type: 'SYSTEM_USER',
  app_id: APP_ID,
  user_id: userId,
  scopes,
  expires_at: 0,
  is_valid: true,
  ...extra,
});

/** The live business: drift of every kind against MANIFEST. */
function driftBusiness(): FakeBusiness {
  return {
    id: BUSINESS_ID,
    appId: APP_ID,
    appSecret: APP_SECRET,
    graphToken: GRAPH_TOKEN,
    systemUsers: [
      // Admin grants are not compared.
      { id: '400000000000001', name: 'bm-admin', role: 'ADMIN', assets: [{ id: '300000000000003', type: 'page', name: 'Acme Shop', tasks: ['MANAGE'] }] },
      {
        id: '400000000000005',
        name: 'shop-prod',
        role: 'EMPLOYEE',
        assets: [
          // MANAGE: broader than the declared CREATE_CONTENT.
          { id: '300000000000003', type: 'page', name: 'Acme Shop', tasks: ['MANAGE', 'CREATE_CONTENT', 'MODERATE', 'ADVERTISE', 'ANALYZE', 'MESSAGING'] },
          { id: '310000000000001', type: 'catalog', name: 'Acme Products', tasks: ['MANAGE', 'ADVERTISE'] },
          // A grant on the test page, which shop-prod does not declare.
          { id: '300000000000004', type: 'page', name: 'Acme Shop (test)', tasks: ['ANALYZE'] },
        ],
      },
      // The declared grant on the test page is missing live.
      { id: '400000000000006', name: 'shop-test', role: 'EMPLOYEE', assets: [] },
      // Declared system_user, live ADMIN.
      { id: '400000000000010', name: 'reporting', role: 'ADMIN', assets: [] },
      // Not declared.
      { id: '400000000000007', name: 'ci-bot', role: 'EMPLOYEE', assets: [] },
    ],
    tokens: {
      [ADMIN_TOKEN]: token('400000000000001', ['business_management'], { expires_at: NOW + 30 * DAY, issued_at: NOW - 30 * DAY }),
      // ads_management beyond the declared permissions; issued 2026-06-01, past the 90-day policy.
      [PROD_TOKEN]: token('400000000000005', ['catalog_management', 'commerce_account_manage_orders', 'ads_management'], {
        issued_at: Date.parse('2026-06-01T00:00:00Z') / 1000,
      }),
      [TEST_TOKEN]: token('400000000000006', ['pages_manage_posts'], { is_valid: false, expires_at: NOW - DAY }),
    },
  };
}

const ENV = {
  GRAPHGUARD_GRAPH_TOKEN: GRAPH_TOKEN,
  GRAPHGUARD_APP_SECRET: APP_SECRET,
  META_ADMIN_TOKEN: ADMIN_TOKEN,
  SHOP_PROD_TOKEN: PROD_TOKEN,
  SHOP_TEST_TOKEN: TEST_TOKEN,
};

const CODE = {
  'src/admin.js': `// ops script\nconst client = graph({ token: "${ADMIN_TOKEN}" });\n`,
  'src/old.js': `export const TOKEN = '${UNKNOWN_TOKEN}';\n`,
};

const RULES: readonly AnyRule[] = allRules;

let fake: FakeGraph | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function setup(business: FakeBusiness, files: Record<string, string> = {}, opts: FakeOptions = {}): Promise<string> {
  fake = await startFakeGraph(business, opts);
  dir = mkdtempSync(path.join(tmpdir(), 'gg-live-'));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), content);
  }
  return dir;
}

function runCheck(cwd: string, sleeps: number[], extra: Partial<CheckOptions> = {}) {
  return check({
    cwd,
    paths: ['src'],
    today: TODAY,
    env: ENV,
    rules: RULES,
    live: { graphUrl: fake!.url, sleep: async (ms) => void sleeps.push(ms) },
    ...extra,
  });
}

const liveOnly = (findings: Finding[]) =>
  findings
    .filter((f) => f.ruleId.startsWith('live-'))
    .map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, line: f.line, column: f.column }));

const M = MANIFEST;
/** Every live finding MANIFEST gets against driftBusiness(), at its node, in report order. */
const DRIFT = [
  { ruleId: 'live-undeclared-system-user', messageId: 'undeclared', severity: 'error', ...pos(M, ['systemUsers:']) },
  { ruleId: 'live-token-scope-drift', messageId: 'extra', severity: 'error', ...pos(M, ['name: shop-prod', 'permissions:'], '[') },
  { ruleId: 'live-token-age', messageId: 'old', severity: 'warn', ...pos(M, ['name: shop-prod', 'secret: SHOP_PROD_TOKEN'], 'secret') },
  { ruleId: 'live-task-drift', messageId: 'unlistedGrant', severity: 'error', ...pos(M, ['name: shop-prod', 'assets:']) },
  { ruleId: 'live-task-drift', messageId: 'broader', severity: 'error', ...pos(M, ['name: shop-prod', 'asset: Acme Shop', 'tasks:'], '[') },
  { ruleId: 'live-token-invalid', messageId: 'invalid', severity: 'error', ...pos(M, ['name: shop-test', 'token:'], '{') },
  { ruleId: 'live-task-drift', messageId: 'missingGrant', severity: 'notice', ...pos(M, ['name: shop-test', 'asset: Acme Shop (test)'], 'Acme') },
  { ruleId: 'live-role-drift', messageId: 'drift', severity: 'error', ...pos(M, ['name: reporting', 'role:'], 'system_user') },
  { ruleId: 'live-missing-system-user', messageId: 'missing', severity: 'error', ...pos(M, ['name: old-bot', 'id:'], '"') },
];

const io = (cwd: string, env: Record<string, string | undefined>) => {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { cwd, env, stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s), isTTY: false },
  };
};

describe('check --live against the fake Graph API', () => {
  it('reports each kind of drift at its manifest node, and leaked tokens as live with their owner', async () => {
    const cwd = await setup(driftBusiness(), { 'graphguard.yml': MANIFEST, ...CODE });
    const sleeps: number[] = [];
    const { report } = await runCheck(cwd, sleeps);
    expect(report.summary.live).toBe('verified');
    expect(report.unverified).toBeUndefined();
    expect(liveOnly(report.findings)).toEqual(DRIFT);
    const msg = (id: string, messageId: string) => report.findings.find((f) => f.ruleId === id && f.messageId === messageId)!.message;
    expect(msg('live-task-drift', 'broader')).toBe('System user shop-prod has ADVERTISE, ANALYZE, MANAGE, MESSAGING, MODERATE on page Acme Shop live, beyond the declared CREATE_CONTENT.');
    expect(msg('live-task-drift', 'unlistedGrant')).toBe('System user shop-prod has ANALYZE on page Acme Shop (test) live, an asset its declared grants do not include.');
    expect(msg('live-undeclared-system-user', 'undeclared')).toContain('System user ci-bot (400000000000007, live role EMPLOYEE, 0 asset grants)');
    expect(msg('live-token-scope-drift', 'extra')).toContain('has scopes ads_management live');
    expect(msg('live-token-age', 'old')).toContain('was issued on 2026-06-01, 179 days ago; the rotation policy is every 90 days.');

    // The leaked admin token: live, valid, and the admin's; the unknown one: invalid.
    const leaks = report.findings.filter((f) => f.ruleId === 'hardcoded-token');
    const admin = leaks.find((f) => f.file === 'src/admin.js')!;
    expect(admin).toMatchObject({ line: 2, column: CODE['src/admin.js'].split('\n')[1]!.indexOf('EAA') + 1 });
    expect(admin.message).toContain('live: a VALID token of system user bm-admin (admin); revoke it now.');
    const old = leaks.find((f) => f.file === 'src/old.js')!;
    expect(old).toMatchObject({ line: 1, column: 23 });
    expect(old.message).toContain('live: debug_token says this token is invalid or expired.');
    expect(sleeps).toEqual([]);
    // Three round trips: the system-user list, the preflight (debug_token of the audit token), one batch with every edge and every debug_token.
    expect(fake!.roundTrips()).toBe(3);
    expectNoSecret(JSON.stringify(report), formatters.stylish(report, { rules: RULES, color: false }), formatters.json(report, { rules: RULES, color: false }));
  });

  it('a user a repeated page lists twice is one user; EAB tokens and app tokens written with %7C, &#124; or \\u007c are checked too', async () => {
    // A random-looking app secret (the shared one is a placeholder the scan rightly ignores).
    const secret = createHmac('sha256', 'graphguard-test').update('app-secret').digest('hex').slice(0, 32);
    const business = { ...driftBusiness(), appSecret: secret };
    // Cursor pages read while the list changes can repeat an entry: the last page repeats bm-admin.
    business.systemUsers.push({ ...business.systemUsers[0]! });
    const eab = `EAB${fakeToken('eab-token').slice(4)}`;
    business.tokens[eab] = token('400000000000006', ['pages_manage_posts']);
    business.tokens[`${APP_ID}|${secret}`] = { ...token('', []), type: 'APP', user_id: undefined } as unknown as ReturnType<typeof token>;
    const code = {
      'src/eab.js': `const t = "${eab}";\n`,
      'src/app.js': `const u = "https://x.example/?t=${APP_ID}%7C${secret}";\n`,
      // Hunt L: the | as an HTML character reference and as a JSON escape: asked about as `{app-id}|{secret}`.
      'src/page.html': `<td>${APP_ID}&#124;${secret}</td>\n`,
      'src/escaped.json': `{"t": "${APP_ID}\\u007c${secret}"}\n`,
    };
    const cwd = await setup(business, { 'graphguard.yml': MANIFEST, ...code }, { pageSize: 2 });
    const { report } = await runCheck(cwd, [], { env: { ...ENV, GRAPHGUARD_APP_SECRET: secret } });
    expect(report.summary.live).toBe('verified');
    expect(liveOnly(report.findings)).toEqual(DRIFT);
    const leak = (file: string) => report.findings.find((f) => f.ruleId === 'hardcoded-token' && f.file === file)!.message;
    expect(leak('src/eab.js')).toContain('live: a VALID token of system user shop-test; revoke it now.');
    expect(leak('src/app.js')).toContain('live: a VALID APP token');
    expect(leak('src/page.html')).toContain('live: a VALID APP token');
    expect(leak('src/escaped.json')).toContain('live: a VALID APP token');
    expectNoSecret(JSON.stringify(report));
    expect(JSON.stringify(report)).not.toContain(secret);
  });

  it('a throttled run retries within the budget and still ends verified', async () => {
    const cwd = await setup(driftBusiness(), { 'graphguard.yml': MANIFEST }, { faults: { throttleFirst: 2, throttleCode: 17, regainMinutes: 0 } });
    const sleeps: number[] = [];
    const { report } = await runCheck(cwd, sleeps, { paths: [] });
    expect(report.summary.live).toBe('verified');
    expect(liveOnly(report.findings)).toEqual(DRIFT);
    expect(sleeps.length).toBe(2); // one backoff per throttled answer, none real
    expect(fake!.requests.filter((r) => r.status === 400).length).toBe(2);
    expect(exitCodeFor(report, 'never')).toBe(0);
  });

  it('HTTP 500s past the retries end incomplete: parts named in stylish and JSON, exit code 2', async () => {
    const cwd = await setup(driftBusiness(), { 'graphguard.yml': MANIFEST }, { faults: { status500First: 100, target: 'batch' } });
    const sleeps: number[] = [];
    const { report } = await runCheck(cwd, sleeps, { paths: [] });
    expect(report.summary.live).toBe('incomplete');
    expect(sleeps.length).toBe(5); // up to 5 retries
    // The user list was read: user-level findings are still made; no edge or token could be read.
    const found = liveOnly(report.findings).map((f) => `${f.ruleId}/${f.messageId}`);
    expect(found).toEqual(['live-undeclared-system-user/undeclared', 'live-role-drift/drift', 'live-missing-system-user/missing']);
    expect(report.unverified!.filter((u) => u.startsWith('assigned ')).length).toBe(5 * 4); // 5 users × 4 edges (pages, catalogs, ad accounts, pixels)
    expect(report.unverified!.filter((u) => u.startsWith('declared token of ')).map((u) => u.split(':')[0])).toEqual([
      'declared token of bm-admin (META_ADMIN_TOKEN)',
      'declared token of shop-prod (SHOP_PROD_TOKEN)',
      'declared token of shop-test (SHOP_TEST_TOKEN)',
    ]);
    expect(exitCodeFor(report, 'never')).toBe(2);
    const stylish = formatters.stylish(report, { rules: RULES, color: false });
    expect(stylish).toContain('Live check incomplete; not verified:');
    expect(stylish).toContain('  - assigned pages of system user 400000000000005 (shop-prod): ');
    const json = JSON.parse(formatters.json(report, { rules: RULES, color: false }));
    expect(json.summary.live).toBe('incomplete');
    expect(json.unverified).toEqual(report.unverified);
    expectNoSecret(stylish, JSON.stringify(json));
  });
  it('a declared lifetime debug_token contradicts is reported at token.expires (hunt L1-1)', async () => {
    // shop-prod declares 60d (no rotateEveryDays: token-rotation trusts the claim), its live token never expires;
    // bm-admin declares no expires (never, by default), its live token expires in 30 days.
    const m = MANIFEST.replace('      expires: never\n      rotateEveryDays: 90\n', '      expires: 60d\n').replace(
      '{ secret: META_ADMIN_TOKEN, expires: 60d }',
      '{ secret: META_ADMIN_TOKEN, rotateEveryDays: 90 }',
    );
    const cwd = await setup(driftBusiness(), { 'graphguard.yml': m });
    const { report } = await runCheck(cwd, [], { paths: [] });
    expect(report.summary.live).toBe('verified');
    const lifetime = report.findings
      .filter((f) => f.ruleId === 'live-token-invalid' && f.messageId !== 'invalid')
      .map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, line: f.line, column: f.column, message: f.message }));
    expect(lifetime).toEqual([
      {
        ruleId: 'live-token-invalid',
        messageId: 'expiresButNever',
        severity: 'warn',
        ...pos(m, ['name: bm-admin', 'token:'], '{'),
        message: 'The token of bm-admin (env var META_ADMIN_TOKEN) expires on 2026-12-27, though the manifest declares no expires (never, by default).',
      },
      {
        ruleId: 'live-token-invalid',
        messageId: 'neverExpires',
        severity: 'error',
        ...pos(m, ['name: shop-prod', 'expires: 60d'], '60d'),
        message: 'The token of shop-prod (env var SHOP_PROD_TOKEN) never expires (debug_token expires_at: 0), though the manifest declares expires: 60d.',
      },
    ]);
    expect(exitCodeFor(report, 'error')).toBe(1);
    expectNoSecret(JSON.stringify(report));
  });
});

describe('graphguard check --live (CLI)', () => {
  it('passes GRAPHGUARD_GRAPH_URL to the client and reports drift in JSON; exit 1', async () => {
    const cwd = await setup(driftBusiness(), { 'graphguard.yml': MANIFEST, ...CODE });
    const { io: cli, out } = io(cwd, { ...ENV, GRAPHGUARD_GRAPH_URL: fake!.url });
    const code = await main(['check', '--live', '--format', 'json', '--today', TODAY, 'src'], cli);
    const json = JSON.parse(out.stdout);
    expect(json.summary.live).toBe('verified');
    expect(liveOnly(json.findings.map((f: Finding) => ({ ...f, messageId: undefined })))).toEqual(DRIFT.map((d) => ({ ...d, messageId: undefined })));
    expect(code).toBe(1);
    expectNoSecret(out.stdout, out.stderr);
  });

  it('a throttle that asks to wait past the budget ends incomplete at once: exit 2, parts named (stylish and JSON)', async () => {
    // X-Business-Use-Case-Usage asks for 5 minutes; the budget is 60 s: nothing sleeps.
    const cwd = await setup(driftBusiness(), { 'graphguard.yml': MANIFEST, ...CODE }, { faults: { throttleFirst: 1000, throttleCode: 80004, regainMinutes: 5, target: 'batch' } });
    const env = { ...ENV, GRAPHGUARD_GRAPH_URL: fake!.url };
    const stylish = io(cwd, env);
    expect(await main(['check', '--live', '--no-color', '--today', TODAY, 'src'], stylish.io)).toBe(2);
    expect(stylish.out.stdout).toContain('Live check incomplete; not verified:');
    expect(stylish.out.stdout).toContain('\n  - assigned pages of system user 400000000000005 (shop-prod): throttled (code 80004, subcode 2446079) past the 60 s budget (the next try would wait 300 s)\n');
    expect(stylish.out.stderr).toContain('graphguard: live check incomplete: ');
    const json = io(cwd, env);
    expect(await main(['check', '--live', '--format', 'json', '--fail-on', 'never', '--today', TODAY, 'src'], json.io)).toBe(2);
    const report = JSON.parse(json.out.stdout);
    expect(report.summary.live).toBe('incomplete');
    expect(report.unverified.length).toBe(5 * 4 + 3 + 2); // 5 users × 4 edges, 3 declared tokens, 2 leaked ones
    expect(liveOnly(report.findings).map((f) => f.ruleId)).toEqual(['live-undeclared-system-user', 'live-role-drift', 'live-missing-system-user']);
    expectNoSecret(stylish.out.stdout, stylish.out.stderr, json.out.stdout, json.out.stderr);
  });

  it('--quiet on an incomplete run opens with ✖, never with a ✔ pass line (hunt L2-1)', async () => {
    // Every request throttled past the budget: the system-user list is not read, so no live finding; the
    // manifest's own warnings are hidden by --quiet.
    const cwd = await setup(driftBusiness(), { 'graphguard.yml': MANIFEST }, { faults: { throttleFirst: 1000, throttleCode: 80004, regainMinutes: 5, target: 'any' } });
    const run = io(cwd, { ...ENV, GRAPHGUARD_GRAPH_URL: fake!.url });
    expect(await main(['check', '--live', '--no-color', '-q', '--today', TODAY], run.io)).toBe(2);
    const lines = run.out.stdout.split('\n');
    expect(lines[0]).toBe('✖ No errors (1 warning and 3 notices not shown: --quiet), but the live check is incomplete (1 file scanned, manifest graphguard.yml)');
    expect(lines[1]).toBe('Live check incomplete; not verified:');
    expect(lines.some((l) => l.startsWith('✔'))).toBe(false);
    expectNoSecret(run.out.stdout, run.out.stderr);
  });

  it('an appsecret_proof that Graph echoes in a system user’s name is redacted in every output (the sink knows each proof sent)', async () => {
    const proofOf = (t: string) => createHmac('sha256', APP_SECRET).update(t).digest('hex');
    const business = driftBusiness();
    // The audit token's proof (sent with every request) and a declared token's (debug_token's input_token).
    business.systemUsers.push({ id: '400000000000071', name: `proof ${proofOf(GRAPH_TOKEN)}`, role: 'EMPLOYEE', assets: [] });
    business.systemUsers.push({ id: '400000000000072', name: `again ${proofOf(PROD_TOKEN)}`, role: 'EMPLOYEE', assets: [] });
    const cwd = await setup(business, { 'graphguard.yml': MANIFEST, ...CODE });
    const env = { ...ENV, GRAPHGUARD_GRAPH_URL: fake!.url };
    for (const format of ['json', 'stylish', 'sarif', 'github', 'markdown', 'junit']) {
      const run = io(cwd, env);
      expect(await main(['check', '--live', '--no-color', '--format', format, '--today', TODAY, 'src'], run.io), format).toBe(1);
      expectNoSecret(run.out.stdout, run.out.stderr);
      if (format === 'json') {
        const messages = JSON.parse(run.out.stdout).findings.filter((f: Finding) => f.ruleId === 'live-undeclared-system-user').map((f: Finding) => f.message.split(' (')[0]);
        expect(messages).toEqual(['System user ci-bot', `System user proof ${proofOf(GRAPH_TOKEN).slice(0, 4)}…(64 chars)`, `System user again ${proofOf(PROD_TOKEN).slice(0, 4)}…(64 chars)`]);
      }
    }
  });

  it('a system user named with pieces of the audit token (shorter than the sink’s) is shown with none of them (hunt S3)', async () => {
    const business = driftBusiness();
    business.systemUsers.push({ id: '400000000000073', name: GRAPH_TOKEN.slice(0, 11), role: 'EMPLOYEE', assets: [] });
    business.systemUsers.push({ id: '400000000000074', name: `x${GRAPH_TOKEN.slice(30, 41)}`, role: 'EMPLOYEE', assets: [] });
    const cwd = await setup(business, { 'graphguard.yml': MANIFEST, ...CODE });
    const run = io(cwd, { ...ENV, GRAPHGUARD_GRAPH_URL: fake!.url });
    expect(await main(['check', '--live', '--format', 'json', '--today', TODAY, 'src'], run.io)).toBe(1);
    const messages = JSON.parse(run.out.stdout).findings.filter((f: Finding) => f.ruleId === 'live-undeclared-system-user').map((f: Finding) => f.message.split(' (')[0]);
    expect(messages).toEqual(['System user ci-bot', `System user ${GRAPH_TOKEN.slice(0, 4)}…(11 chars)`, 'System user …(12 chars)']);
    for (let i = 4; i + 5 <= GRAPH_TOKEN.length; i++) expect(run.out.stdout + run.out.stderr).not.toContain(GRAPH_TOKEN.slice(i, i + 5));
  });

  it('a batch item throttled for an hour (its own X-Business-Use-Case-Usage) ends that part at once: not sent again, exit 2', async () => {
    const cwd = await setup(driftBusiness(), { 'graphguard.yml': MANIFEST, ...CODE }, { faults: { throttleItemsFirst: 1, throttleCode: 80001, regainMinutes: 60 } });
    const run = io(cwd, { ...ENV, GRAPHGUARD_GRAPH_URL: fake!.url });
    expect(await main(['check', '--live', '--format', 'json', '--fail-on', 'never', '--today', TODAY, 'src'], run.io)).toBe(2);
    const report = JSON.parse(run.out.stdout);
    expect(report.summary.live).toBe('incomplete');
    expect(report.unverified).toEqual([
      'assigned pages of system user 400000000000001 (bm-admin): throttled (code 80001, subcode 2446079) past the 60 s budget (the next try would wait 3600 s)',
    ]);
    // One batch: the throttled item was not sent again.
    const batches = fake!.requests.filter((r) => r.batch);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.batch!.filter((i) => i.path === '400000000000001/assigned_pages')).toHaveLength(1);
    expectNoSecret(run.out.stdout, run.out.stderr);
  });

  it('a live name with a newline in an unverified part stays on its line in every format: no forged line, no workflow command', async () => {
    // Every batch is throttled past the budget: each edge of each user is an unverified part, the evil name's too.
    const business = driftBusiness();
    const evil = 'evil\n::error file=x::forged\r\n✔ No problems';
    business.systemUsers.push({ id: '400000000000075', name: evil, role: 'EMPLOYEE', assets: [] });
    const cwd = await setup(business, { 'graphguard.yml': MANIFEST, 'src/app.js': 'export const x = 1;\n' }, { faults: { throttleFirst: 1000, throttleCode: 80004, regainMinutes: 5, target: 'batch' } });
    const env = { ...ENV, GRAPHGUARD_GRAPH_URL: fake!.url };
    const part = 'assigned pages of system user 400000000000075 (evil\\u000a::error file=x::forged\\u000d\\u000a✔ No problems): throttled (code 80004, subcode 2446079) past the 60 s budget (the next try would wait 300 s)';
    for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit']) {
      const run = io(cwd, env);
      expect(await main(['check', '--live', '--no-color', '--format', format, '--fail-on', 'never', '--today', TODAY, 'src'], run.io), format).toBe(2);
      for (const text of [run.out.stdout, run.out.stderr]) {
        const lines = text.split('\n');
        // graphguard's own annotations are the only workflow commands, and each names the manifest.
        expect(lines.filter((l) => l.startsWith('::') && !/^::(error|warning|notice) file=graphguard\.yml,/.test(l)), format).toEqual([]);
        expect(lines.filter((l) => l.startsWith('✔ No problems)')), format).toEqual([]);
        expect(text, format).not.toMatch(/[\r\u0000-\u0008\u000b-\u001f]/);
      }
      if (format === 'stylish') expect(run.out.stdout.split('\n')).toContain(`  - ${part}`);
      if (format === 'json') expect(JSON.parse(run.out.stdout).unverified).toContain(part);
      expect(run.out.stderr).toContain(`graphguard: live check incomplete: `);
      expect(run.out.stderr).toContain(part);
    }
  });

  it('a refused GRAPHGUARD_GRAPH_TOKEN is one line, exit 2', async () => {
    const cwd = await setup(driftBusiness(), { 'graphguard.yml': MANIFEST, ...CODE }, { faults: { expiredGraphToken: true } });
    const { io: cli, out } = io(cwd, { ...ENV, GRAPHGUARD_GRAPH_URL: fake!.url });
    expect(await main(['check', '--live', '--today', TODAY, 'src'], cli)).toBe(2);
    expect(out.stderr).toBe('graphguard: live check failed: 100000000000001/system_users: GRAPHGUARD_GRAPH_TOKEN was refused by the Graph API: token invalid or expired (code 190, subcode 463)\n');
    expectNoSecret(out.stdout, out.stderr);
  });
});

/** A clean business for init: an admin, a production and a test user, and the auditor behind GRAPHGUARD_GRAPH_TOKEN. */
function initBusiness(): FakeBusiness {
  return {
    id: BUSINESS_ID,
    appId: APP_ID,
    appSecret: APP_SECRET,
    graphToken: GRAPH_TOKEN,
    systemUsers: [
      { id: '400000000000001', name: 'BM Admin', role: 'ADMIN', assets: [] },
      {
        id: '400000000000005',
        name: 'shop-prod',
        role: 'EMPLOYEE',
        assets: [
          { id: '300000000000003', type: 'page', name: 'Acme Shop', tasks: ['CREATE_CONTENT', 'MODERATE', 'ADVERTISE', 'ANALYZE'] },
          { id: '310000000000001', type: 'catalog', name: 'Acme Products', tasks: ['MANAGE', 'ADVERTISE'] },
        ],
      },
      {
        id: '400000000000006',
        name: 'shop-test',
        role: 'EMPLOYEE',
        assets: [
          { id: '300000000000004', type: 'page', name: 'Acme Shop (test)', tasks: ['CREATE_CONTENT', 'MODERATE', 'ADVERTISE', 'ANALYZE'] },
          { id: '310000000000002', type: 'catalog', name: 'Acme Products (test)', tasks: ['MANAGE', 'ADVERTISE'] },
        ],
      },
      { id: '400000000000008', name: 'graphguard-audit', role: 'EMPLOYEE', assets: [] },
    ],
    tokens: {
      [GRAPH_TOKEN]: token('400000000000008', ['business_management'], { expires_at: NOW + 40 * DAY, issued_at: NOW - 20 * DAY }),
    },
  };
}

describe('init --from-live, then check --live', () => {
  it('writes a manifest that passes every rule, live and static', async () => {
    const cwd = await setup(initBusiness(), { 'src/app.js': 'export const x = 1;\n' });
    const env = { GRAPHGUARD_GRAPH_TOKEN: GRAPH_TOKEN, GRAPHGUARD_APP_SECRET: APP_SECRET, GRAPHGUARD_GRAPH_URL: fake!.url };
    const init = io(cwd, env);
    const code = await main(['init', '--from-live', '--business', BUSINESS_ID, '--app', APP_ID, '--output', 'graphguard.yml', '--today', TODAY], init.io);
    expect(init.out.stderr).toBe('graphguard: wrote graphguard.yml; review the TODO comments, then run `graphguard check`\n');
    expect(code).toBe(0);
    const written = readFileSync(path.join(cwd, 'graphguard.yml'), 'utf8');
    // A legacy Editor (four switches, ADVERTISE among them) needs a use case that advertises on the Page.
    expect(written).toContain('useCases: [catalog_management, page_content, lead_retrieval] # TODO: check useCases');
    expect(written).toContain('useCases: [business_audit] # GRAPHGUARD_GRAPH_TOKEN reads the business as this user');
    expect(written).toContain('secret: GRAPHGUARD_GRAPH_TOKEN');
    expect(written).toContain('    # TODO: decide token (secret: ENV_VAR_NAME, expires: never | 60d, rotateEveryDays)\n');
    expect(written).not.toContain('TODO: decide useCases');

    const checked = io(cwd, env);
    const exit = await main(['check', '--live', '--format', 'json', '--fail-on', 'notice', '--today', TODAY, 'src'], checked.io);
    const report = JSON.parse(checked.out.stdout);
    expect(report.summary.live).toBe('verified');
    expect(report.findings.map((f: Finding) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`)).toEqual([]);
    expect(exit).toBe(0);
    expectNoSecret(written, init.out.stdout, init.out.stderr, checked.out.stdout, checked.out.stderr);
  });
  it('a live name holding the audit token’s appsecret_proof is written redacted', async () => {
    const proof = createHmac('sha256', APP_SECRET).update(GRAPH_TOKEN).digest('hex');
    const business = initBusiness();
    business.systemUsers.push({ id: '400000000000071', name: `proof ${proof}`, role: 'EMPLOYEE', assets: [] });
    const cwd = await setup(business, { 'src/app.js': 'export const x = 1;\n' });
    const init = io(cwd, { GRAPHGUARD_GRAPH_TOKEN: GRAPH_TOKEN, GRAPHGUARD_APP_SECRET: APP_SECRET, GRAPHGUARD_GRAPH_URL: fake!.url });
    const code = await main(['init', '--from-live', '--business', BUSINESS_ID, '--app', APP_ID, '--output', '-', '--today', TODAY], init.io);
    expect(code).toBe(0);
    expect(init.out.stdout).toContain(`    # live name: proof ${proof.slice(0, 4)}…(64 chars)\n`);
    expectNoSecret(init.out.stdout, init.out.stderr);
  });

  it('writes nothing when the manifest would be past the 8 MiB check accepts (exit 2, one line)', async () => {
    // Live names are free text: twelve users named with 750,000 characters each make a 9 MB manifest,
    // read in pages of 5 users (each answer under the client's 8 MiB per answer).
    const business = initBusiness();
    for (let i = 0; i < 12; i++) business.systemUsers.push({ id: String(400000000000100 + i), name: `${'n'.repeat(750_000)}${i}`, role: 'EMPLOYEE', assets: [] });
    const cwd = await setup(business, {}, { pageSize: 5 });
    const init = io(cwd, { GRAPHGUARD_GRAPH_TOKEN: GRAPH_TOKEN, GRAPHGUARD_APP_SECRET: APP_SECRET, GRAPHGUARD_GRAPH_URL: fake!.url });
    const code = await main(['init', '--from-live', '--business', BUSINESS_ID, '--app', APP_ID, '--output', 'graphguard.yml', '--today', TODAY], init.io);
    expect(init.out.stderr).toMatch(/^graphguard: the manifest would be 9\d{6} bytes, past the 8388608 \(8 MiB\) a manifest may hold; nothing written\n$/);
    expect(code).toBe(2);
    expect(existsSync(path.join(cwd, 'graphguard.yml'))).toBe(false);
    expect(init.out.stdout).toBe('');
  });
});

describe('leakedTokenNote (the live part of hardcoded-token messages)', () => {
  const manifest = parseManifestText(MANIFEST, 'graphguard.yml').value as Manifest;
  const live: LiveSnapshot = {
    businessId: BUSINESS_ID,
    systemUsers: driftBusiness().systemUsers.map((u) => ({ ...u, assets: [] })),
    tokens: {},
    leakedTokens: {},
    incomplete: [],
  };
  const info = (i: Partial<TokenInfo>): TokenInfo => ({ isValid: true, type: 'SYSTEM_USER', appId: APP_ID, scopes: [], ...i });
  it.each([
    [info({ userId: '400000000000001' }), 'live: a VALID token of system user bm-admin (admin); revoke it now'],
    [info({ userId: '400000000000005' }), 'live: a VALID token of system user shop-prod; revoke it now'],
    [info({ userId: '400000000000010' }), 'live: a VALID token of system user reporting (admin); revoke it now'],
    [info({ userId: '400000000000007' }), 'live: a VALID token of undeclared system user ci-bot (400000000000007); revoke it now'],
    [info({ userId: '999', appId: '777' }), 'live: a VALID token of user 999 (not a system user of this business), issued for another app (777); revoke it now'],
    [info({ type: 'USER', userId: '123' }), 'live: a VALID USER token of user 123; revoke it now'],
    [info({ isValid: false, error: { code: 190 } }), 'live: debug_token says this token is invalid or expired'],
    [{ error: 'debug_token: HTTP 500' }, 'live: not verified (debug_token: HTTP 500)'],
  ])('%#: %s', (i, note) => expect(leakedTokenNote(i, live, manifest)).toBe(note));
});
