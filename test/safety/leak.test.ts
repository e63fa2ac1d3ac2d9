/**
 * The leak test (SPEC §8). Tokens generated at run time go in through every input that becomes output —
 * file names, the manifest's file name, manifest keys, values and comments, YAML escapes and line
 * continuations, suppression rule ids and until=, workflow job ids, declared secret values next to a
 * finding, neighbouring lines of a code frame, other vendors' credentials near a finding, live
 * system-user names and a Graph error message that echoes the token — and come out of every format ×
 * --debug, and of the action's comment, summary, SARIF, annotations and outputs. No 12-character piece
 * of any of them may appear anywhere.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { FORMATS } from '../../src/format/index.js';
import { redact } from '../../src/secrets/secret.js';
import { startFakeGraph, type FakeGraph } from '../helpers/fake-graph.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { git, pullRequestEvent } from '../helpers/git.js';
import { ACTION_ENTRY, runAction } from '../helpers/run-action.js';

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random = (n: number, alphabet = B62) => [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');

/** A Meta access token, and the pieces of it the tests plant. */
const T = `EAAG${random(180)}`;
const T2 = `EAAJ${random(120)}`;
/** A declared secret's value: no token shape at all, found only because the manifest declares it. */
const DECLARED = `dcl-${random(40, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
/** The live check's credentials (not token-shaped): the server echoes the first 40 characters. */
const GRAPH_TOKEN = `gtk-${random(60)}`;
const APP_SECRET = random(32, '0123456789abcdef');
/** Other vendors' credentials next to a finding. */
const VENDORS = [`sk_${'live'}_${random(24)}`, `gh${'p'}_${random(36)}`, `xo${'xb'}-${random(12, '0123456789')}-${random(24)}`];
/** A declared secret's value under a variable whose name says nothing of secrets (`META_SHOP_PROD`). */
const PLAIN = `pln-${random(30, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
/** An app access token (in a URL path and a file name, after a `/`) and an Instagram token glued to a word. */
const APP_TOKEN = `${random(1, '123456789')}${random(14, '0123456789')}|${random(32, '0123456789abcdef')}`;
const IG = `IG${'QVJ'}${random(200, `${B62}-_`)}`;
const SECRETS = [T, T2, DECLARED, GRAPH_TOKEN, APP_SECRET, PLAIN, ...VENDORS, APP_TOKEN, IG];

/** Every 12-character piece of every secret: none may appear in `text`. */
function expectNoLeak(where: string, text: string): void {
  for (const s of SECRETS)
    for (let i = 0; i + 12 <= s.length; i++) {
      if (text.includes(s.slice(i, i + 12))) throw new Error(`${where}: a piece of a secret (${redact(s)}) at offset ${i}:\n${excerpt(text, s.slice(i, i + 12))}`);
    }
}
function excerpt(text: string, piece: string): string {
  const at = text.indexOf(piece);
  return text.slice(Math.max(0, at - 200), at + 200).replace(/[A-Za-z0-9]{12}/g, (m) => (SECRETS.some((s) => s.includes(m)) ? '<SECRET>' : m));
}

const HEAD = `version: 1
business:
  id: "100000000000001"
app:
  id: "200000000000002"
  accessLevel: standard
  graphApiVersion: v25.0
`;

/** Case "valid": a schema-valid manifest whose values, comments and neighbours carry the tokens. */
function validManifest(withTokenAsset: boolean): string {
  // The YAML escape \x41 and a line continuation: the raw text holds no token, the parsed value does.
  const escaped = `EA\\x41G${T.slice(4)}`;
  const continued = `${T2.slice(0, 50)}\\\n      ${T2.slice(50)}`;
  return `# rotated on Monday, the old token was ${T}
${HEAD}assets:
  - id: "300000000000003"
    type: page
    name: Shop
    environment: production
  - id: "300000000000004"
    type: page
    name: "${escaped}"
    environment: test
  - id: "300000000000005"
    type: page
    name: "${continued}"
    environment: production
${withTokenAsset ? `  - id: "300000000000006"\n    type: page\n    name: ${T}\n    environment: production\n` : ''}systemUsers:
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts]
    # graphguard-disable-next-line ${T} -- pasted here until=${T2}
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets:
      - asset: Shop
        tasks: [MANAGE]  # ${DECLARED}
${withTokenAsset ? `      - asset: ${T}\n        tasks: [MANAGE]\n` : ''}  - name: shop-test
    role: system_user
    environment: test
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token: { secret: META_SHOP_TEST_TOKEN, expires: 60d }
    assets:
      - asset: "${escaped}"
        tasks: [CREATE_CONTENT]
`;
}

const CODE: Record<string, string> = {
  // An app token in a URL path and in a file name (after a `/`), an Instagram token glued to a word.
  [`src/cfg/${APP_TOKEN}.txt`]: `x=${T}\n`,
  'src/subscribe.sh': `curl -X POST "https://graph.facebook.com/v25.0/${APP_TOKEN}/subscriptions"\nblob="data${IG}"\n`,
  // A token in the file's name, and in its text between other vendors' credentials.
  [`src/${T}.js`]: `const stripe = "${VENDORS[0]}";\nconst github = "${VENDORS[1]}";\nconst token = "${T}";\nconst slack = "${VENDORS[2]}";\nconst declared = "${DECLARED}";\n`,
  // A finding whose neighbouring line holds the declared value (not token-shaped).
  'src/declared.js': `// ${DECLARED}\nfetch("https://graph.facebook.com/v2.0/me");\n// ${T2}\n`,
  // A workflow whose job id is a token: test-token-in-production names the job.
  '.github/workflows/deploy.yml': `on: push\njobs:\n  ${T}:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: deploy\n        env:\n          TOKEN: \${{ secrets.META_SHOP_TEST_TOKEN }}\n`,
  // Suppressions in code: a token as rule id and as until=.
  'src/suppressed.js': `// graphguard-disable-next-line ${T2} -- because until=${T}\nexport const x = 1;\n`,
};

/** Case "invalid": the manifest fails the schema; its keys and escaped values are quoted by manifest-schema. */
const INVALID_MANIFEST = `${HEAD}${T}: 1
assets:
  - id: "300000000000003"
    type: "EA\\x41G${T.slice(4)}"
    name: Shop
    environment: production
systemUsers: []
`;

const ENV = { META_SHOP_PROD_TOKEN: DECLARED, META_SHOP_TEST_TOKEN: 'short' };

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-leak-'));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), c);
  }
  return dir;
}

/** Runs the CLI in process; returns everything it wrote (stdout, stderr, --output file). */
async function cli(dir: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; all: string }> {
  let out = '';
  const code = await main(args, {
    cwd: dir,
    env: { ...ENV, ...env },
    stdout: (s) => (out += s),
    stderr: (s) => (out += s),
    isTTY: false,
  });
  return { code, all: out };
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('no 12-character piece of a planted secret in any output', () => {
  const cases: { name: string; files: Record<string, string>; manifest?: string; env?: Record<string, string> }[] = [
    { name: 'valid manifest, code, workflows, suppressions', files: { 'graphguard.yml': validManifest(false), ...CODE } },
    { name: 'schema-invalid manifest (keys, escaped values)', files: { 'graphguard.yml': INVALID_MANIFEST } },
    { name: 'the manifest file name is a token', files: { [`${T}.yml`]: validManifest(false) }, manifest: `${T}.yml` },
  ];

  for (const c of cases) {
    it(`${c.name}: every format, with and without --debug, stdout, stderr and --output`, async () => {
      const dir = project(c.files);
      dirs.push(dir);
      let reached = false;
      for (const format of FORMATS) {
        for (const debug of [false, true]) {
          const args = ['check', '--format', format, '--today', '2026-12-01', ...(c.manifest ? ['--manifest', c.manifest] : []), ...(debug ? ['--debug'] : [])];
          const r = await cli(dir, args);
          expect(r.code, `${format} ${r.all.slice(0, 300)}`).toBe(1);
          expectNoLeak(`${c.name} --format ${format}${debug ? ' --debug' : ''}`, r.all);
          reached ||= r.all.includes(redact(T).slice(0, 5)) || r.all.includes(`(${T.length} chars)`);
          const o = await cli(dir, [...args, '--output', `out.${format}`]);
          expectNoLeak(`${c.name} --output (${format})`, o.all + readFileSync(path.join(dir, `out.${format}`), 'utf8'));
        }
      }
      // The token did reach the output, in its redacted form.
      expect(reached).toBe(true);
    });
  }

  it('diff of a PR that removes a pasted token (text, json, markdown)', async () => {
    const dir = project({ 'base.yml': validManifest(true), 'head.yml': validManifest(false) });
    dirs.push(dir);
    for (const format of ['text', 'json', 'markdown']) {
      const r = await cli(dir, ['diff', 'base.yml', 'head.yml', '--format', format]);
      expect(r.code).toBe(0);
      expect(r.all).toContain(`(${T.length} chars)`);
      expectNoLeak(`diff --format ${format}`, r.all);
    }
  });

  it('diff, infer and rotate learn the manifest’s secrets as check does (a pasted app secret, a plainly named declared value)', async () => {
    const manifest = (name: string, extra = '') => `${HEAD}assets:
  - { id: "300000000000003", type: page, name: Shop, environment: production }
  - { id: "300000000000006", type: page, name: "${APP_SECRET}", environment: production }
systemUsers:
  - name: ${name}
    role: system_user
    environment: production
    permissions: [pages_manage_posts]
    token: { secret: META_SHOP_PROD, expires: 60d }
    assets:
      - { asset: Shop, tasks: [CREATE_CONTENT] }
${extra}`;
    const call = 'const t = process.env.META_SHOP_PROD;\nfetch(`https://graph.facebook.com/v25.0/300000000000003/feed?access_token=${t}`, { method: "POST" });\n';
    const dir = project({
      'base.yml': manifest('shop-prod', `      - { asset: "${APP_SECRET}", tasks: [CREATE_CONTENT] }\n`),
      'graphguard.yml': manifest('shop-prod'),
      'bad.yml': manifest('shop-prod').replace('role: system_user', `role: "${APP_SECRET}"`),
      'named.yml': manifest(`"${APP_SECRET}"`),
      [`src/${PLAIN}/a.js`]: call,
    });
    dirs.push(dir);
    const env = { META_SHOP_PROD: PLAIN };
    for (const format of ['text', 'json', 'markdown']) {
      const r = await cli(dir, ['diff', 'base.yml', 'graphguard.yml', '--format', format], env);
      expect(r.code, r.all).toBe(0);
      expect(r.all).toContain(`${APP_SECRET.slice(0, 4)}…(32 chars)`);
      expectNoLeak(`diff --format ${format}`, r.all);
    }
    const bad = await cli(dir, ['diff', 'base.yml', 'bad.yml'], env);
    expect(bad.code).toBe(2);
    expectNoLeak('diff of a schema-invalid manifest', bad.all);
    for (const format of ['stylish', 'json', 'yaml']) {
      const r = await cli(dir, ['infer', '--format', format], env);
      expect(r.code, r.all).toBe(0);
      expectNoLeak(`infer --format ${format}`, r.all);
    }
    const rotate = await cli(dir, ['rotate', '--manifest', 'named.yml', APP_SECRET], env);
    expect(rotate.code).toBe(2);
    expectNoLeak('rotate', rotate.all);
    // A schema problem does not lower redaction: the declared value is still known (and still found).
    const invalid = project({ 'graphguard.yml': `${manifest('shop-prod')}bogus: 1\n`, [`src/${PLAIN}/a.js`]: `${call}const leaked = "${PLAIN}";\n` });
    dirs.push(invalid);
    for (const format of FORMATS) {
      const r = await cli(invalid, ['check', '--format', format, '--today', '2026-12-01'], env);
      expect(r.code).toBe(1);
      expectNoLeak(`check of an invalid manifest --format ${format}`, r.all);
    }
    const json = JSON.parse((await cli(invalid, ['check', '--format', 'json', '--today', '2026-12-01'], env)).all) as { findings: { ruleId: string; line: number }[] };
    expect(json.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => f.line)).toEqual([3]);
  });

  /** A valid manifest but for its one system user's `token.secret`, written as given (hunts Y4, tok2). */
  const shopManifest = (secret: string) => `${HEAD}assets:
  - { id: "300000000000003", type: page, name: Shop, environment: production }
systemUsers:
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token:
      secret: ${secret}
      expires: never
    assets:
      - { asset: Shop, tasks: [CREATE_CONTENT] }
`;

  it('a value pasted into token.secret (no token shape, no name): redacted in every format and command, never cached (hunt Y4-1)', async () => {
    // A webhook verify token where the NAME of a CI secret belongs: nothing in it is a Meta token's shape.
    const pasted = `wh-verify:${random(16)}`;
    const manifest = shopManifest(`"${pasted}"`);
    const dir = project({ 'graphguard.yml': manifest, 'base.yml': manifest.replace('CREATE_CONTENT', 'MANAGE') });
    const cache = mkdtempSync(path.join(tmpdir(), 'gg-leak-cache-'));
    dirs.push(dir, cache);
    const env = { GRAPHGUARD_MANIFEST_CACHE: cache };
    const noValue = (where: string, text: string) => {
      for (let i = 0; i + 12 <= pasted.length; i++) expect(text.includes(pasted.slice(i, i + 12)), `${where}: a piece of the value at ${i}`).toBe(false);
    };
    let all = '';
    for (const format of FORMATS)
      for (const debug of [[], ['--debug']]) {
        const r = await cli(dir, ['check', '--format', format, '--today', '2026-12-01', ...debug], env);
        expect(r.code, r.all.slice(0, 300)).toBe(1);
        noValue(`check --format ${format} ${debug.join('')}`, r.all);
        all += r.all;
      }
    expect(all).toContain(`${pasted.slice(0, 4)}…(${pasted.length} chars)`);
    expect(all).toContain('[debug] manifest cache: not kept');
    const json = JSON.parse((await cli(dir, ['check', '--format', 'json', '--today', '2026-12-01'], env)).all) as {
      findings: { ruleId: string; file: string; line: number; column: number; message: string; fingerprint: string }[];
    };
    const at = json.findings.filter((f) => f.ruleId === 'manifest-schema' || f.ruleId === 'plaintext-token').map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
    expect(at).toEqual(['manifest-schema graphguard.yml:17:15', 'plaintext-token graphguard.yml:17:15']);
    expect(json.findings.find((f) => f.ruleId === 'plaintext-token')!.message).toBe(
      `\`token.secret\` of shop-prod holds what looks like a secret value (${pasted.slice(0, 4)}…(${pasted.length} chars)), not the NAME of the CI secret that holds it.`,
    );
    // The other commands that read a manifest learn it too.
    for (const args of [['diff', 'base.yml', 'graphguard.yml'], ['infer'], ['baseline', '--output', 'bl.json', '--today', '2026-12-01']]) {
      const r = await cli(dir, args, env);
      noValue(args.join(' '), r.all);
    }
    noValue('the baseline', readFileSync(path.join(dir, 'bl.json'), 'utf8'));
    // No cache file holds it (none is written for this manifest).
    for (const f of readdirSync(cache)) noValue(`cache ${f}`, readFileSync(path.join(cache, f), 'latin1'));
    expect(readdirSync(cache).filter((f) => f.startsWith('manifest-'))).toEqual([]);
  });

  it('a number pasted into token.secret, as YAML writes it (a float, past 2^53, hex): its text is in no output nor cache (hunts Y4-2..4)', async () => {
    const digits = random(16).replace(/[^0-9]/g, '').padEnd(12, '7');
    for (const literal of [`8675309123.${digits}`, `9${digits}12345678901`, `0x8675309abcde${digits.slice(0, 4)}`]) {
      const manifest = shopManifest(literal);
      const dir = project({ 'graphguard.yml': manifest });
      const cache = mkdtempSync(path.join(tmpdir(), 'gg-leak-cache-'));
      dirs.push(dir, cache);
      const env = { GRAPHGUARD_MANIFEST_CACHE: cache };
      const noValue = (where: string, text: string) => {
        for (let i = 0; i + 12 <= literal.length; i++) expect(text.includes(literal.slice(i, i + 12)), `${literal}: ${where}: a piece of the value at ${i}`).toBe(false);
      };
      for (const format of FORMATS)
        for (const debug of [[], ['--debug']]) {
          const r = await cli(dir, ['check', '--format', format, '--today', '2026-12-01', ...debug], env);
          expect(r.code, r.all.slice(0, 300)).toBe(1);
          noValue(`check --format ${format} ${debug.join('')}`, r.all);
        }
      const json = JSON.parse((await cli(dir, ['check', '--format', 'json', '--today', '2026-12-01'], env)).all) as { findings: { ruleId: string; line: number; column: number }[] };
      expect(json.findings.filter((f) => f.ruleId === 'plaintext-token').map((f) => `${f.line}:${f.column}`)).toEqual(['17:15']);
      for (const f of readdirSync(cache)) noValue(`cache ${f}`, readFileSync(path.join(cache, f), 'latin1'));
      expect(readdirSync(cache).filter((f) => f.startsWith('manifest-'))).toEqual([]);
    }
  });

  it('a `$word` in token.secret (a reference to a name, or a password): manifest-schema never quotes it whole (hunt tok2)', async () => {
    const pasted = `$hunter2${random(12).replace(/[^A-Za-z0-9]/g, 'x')}`;
    const manifest = shopManifest(pasted);
    const dir = project({ 'graphguard.yml': manifest });
    dirs.push(dir);
    const json = await cli(dir, ['check', '--format', 'json', '--today', '2026-12-01']);
    const findings = (JSON.parse(json.all) as { findings: { ruleId: string; line: number; message: string }[] }).findings.filter((f) => f.ruleId === 'manifest-schema');
    expect(findings.map((f) => `${f.line} ${f.message}`)).toEqual([
      `17 \`systemUsers[0].token.secret\` must be the NAME of an env var / CI secret (letters, digits, _), not \`${pasted.slice(0, 4)}…(${pasted.length} chars)\`.`,
    ]);
    for (const format of FORMATS) expect((await cli(dir, ['check', '--format', format, '--today', '2026-12-01'])).all).not.toContain(pasted.slice(2));
  });

  it('live: system-user names that hold a token, and a Graph error that echoes the token', async () => {
    const dir = project({ 'graphguard.yml': validManifest(false).replace('app:\n  id: "200000000000002"', 'app:\n  id: "200000000000002"') });
    dirs.push(dir);
    const fake: FakeGraph = await startFakeGraph({
      id: '100000000000001',
      appId: '200000000000002',
      appSecret: APP_SECRET,
      graphToken: GRAPH_TOKEN,
      systemUsers: [
        { id: '400000000000009', name: `bot ${T}`, role: 'EMPLOYEE', assets: [{ id: '300000000000003', type: 'page', name: `page ${T2}`, tasks: ['MANAGE'] }] },
      ],
      tokens: {},
    });
    // A Graph API that answers every request with an error quoting the token's first 40 characters.
    const echo = http.createServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `Invalid OAuth access token - Cannot parse access token ${GRAPH_TOKEN.slice(0, 40)}`, type: 'OAuthException', code: 190 } }));
    });
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    const echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
    try {
      const env = { GRAPHGUARD_GRAPH_TOKEN: GRAPH_TOKEN, GRAPHGUARD_APP_SECRET: APP_SECRET };
      let names = false;
      for (const format of FORMATS)
        for (const debug of [[], ['--debug']]) {
          const live = await cli(dir, ['check', '--live', '--graph-url', fake.url, '--format', format, '--today', '2026-12-01', ...debug], env);
          expectNoLeak(`live names --format ${format} ${debug.join('')}`, live.all);
          names ||= live.all.includes(`bot ${T.slice(0, 4)}…`);
          const err = await cli(dir, ['check', '--live', '--graph-url', echoUrl, '--live-timeout', '5', '--format', format, ...debug], env);
          expect(err.code).toBe(2);
          expectNoLeak(`Graph error --format ${format} ${debug.join('')}`, err.all);
        }
      expect(names).toBe(true);
    } finally {
      await fake.close();
      echo.closeAllConnections();
      await new Promise((r) => echo.close(r));
    }
  });
});

describe.skipIf(!existsSync(ACTION_ENTRY))('the action (dist/index.js): comment, summary, SARIF, annotations, outputs', () => {

  it('a PR that removes a pasted token and adds hostile files: nothing leaks anywhere', async () => {
    const dir = project({ 'graphguard.yml': validManifest(true) });
    dirs.push(dir);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    const base = git(dir, 'rev-parse', 'HEAD');
    for (const [p, c] of Object.entries({ 'graphguard.yml': validManifest(false), ...CODE })) {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), c);
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'head');
    const head = git(dir, 'rev-parse', 'HEAD');
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', pulls: { 5: { files: ['graphguard.yml'] } }, comments: {} });
    try {
      const payload = pullRequestEvent(5, base, head);
      const r = await runAction({
        node: process.execPath,
        workspace: dir,
        inputs: { sarif: 'graphguard.sarif', 'fail-on': 'error' },
        githubToken: `ghs_${random(36)}`,
        eventName: 'pull_request',
        payload,
        apiUrl: gh.url,
        repository: 'acme/shop',
        env: ENV,
      });
      const sarif = readFileSync(path.join(dir, 'graphguard.sarif'), 'utf8');
      const comments = (gh.state.comments[5] ?? []).map((c) => c.body).join('\n');
      expect(comments).toContain(`(${T.length} chars)`); // the removed token's asset is in the access diff, redacted
      const shown = r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      for (const [where, text] of Object.entries({ stdout: shown, stderr: r.stderr, summary: r.summary, sarif, comments, outputs: JSON.stringify(r.outputs) }))
        expectNoLeak(`action ${where}`, text);
      expect(r.outputs.result).toBe('fail');
      expect(readdirSync(dir)).toContain('graphguard.sarif');
    } finally {
      await gh.close();
    }
  });
});
