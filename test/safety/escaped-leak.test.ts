/**
 * Secrets a format's own escaping would hide from the output sink (hunt I): a credential-named env var's
 * value with a markdown or JSON special character every few characters (`_`, `*`, `!`, `#`, `~`, `[`, `"`,
 * `\`) in a file name and an asset name, through `infer` (every format), `diff --format markdown` and the
 * action's PR comment and job summary; and text from the scanned repository or the command line that
 * holds a newline, which must stay on its line (`::error::` at a line's start is a workflow command).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { FORMATS } from '../../src/format/index.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { git, pullRequestEvent } from '../helpers/git.js';
import { ACTION_ENTRY, runAction } from '../helpers/run-action.js';

/** A made-up password: a format-special character at least every 11 characters, so no escaped window matches. */
const SECRET = 'p4ss_w0rd*S3cr3t_v4lu3!xyz#Q~9[x]"w\\z';
const ENV = { DB_PASSWORD: SECRET };

/** The secret's characters that survive any escaping (a backslash is what markdown and JSON add). */
const BARE = SECRET.replace(/\\/g, '');

/** No 8-character piece of the secret, once the text's escapes are undone (backslashes, HTML entities). */
function expectNoLeak(where: string, text: string): void {
  const plain = text
    .replace(/\\/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  for (let i = 0; i + 8 <= BARE.length; i++) {
    const piece = BARE.slice(i, i + 8);
    if (plain.includes(piece)) throw new Error(`${where}: a piece of the secret at offset ${i}`);
  }
}

/** No line of `text` starts a workflow command. */
function expectNoForgedLine(where: string, text: string): void {
  const forged = text.split('\n').filter((l) => /^\s*::/.test(l));
  expect(forged, where).toEqual([]);
}

const MANIFEST = (extraAsset = '', extraGrant = '') => `version: 1
business: { id: "100000000000001" }
app: { id: "200000000000002", accessLevel: standard, graphApiVersion: v25.0 }
assets:
  - { id: "300000000000003", type: page, name: Shop, environment: production }
${extraAsset}systemUsers:
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts, pages_read_engagement, pages_show_list, business_management]
    token: { secret: META_SHOP_PROD, expires: 60d }
    code: ["src/**"]
    assets:
      - { asset: Shop, tasks: [CREATE_CONTENT] }
${extraGrant}`;

const CALL = 'const GRAPH = "https://graph.facebook.com/v25.0";\nexport const post = (id) => fetch(`${GRAPH}/${id}/photos`, { method: "POST" });\n';
const FORGED = 'a\n::error file=README.md::forged by a file name\n.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-escaped-leak-'));
  dirs.push(dir);
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), c);
  }
  return dir;
}

async function cli(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd: dir, env: ENV, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

describe('a secret with format-special characters, and newlines from the repository', () => {
  it('infer, every format: the file name holding the secret is redacted before JSON or YAML escapes it', async () => {
    const dir = project({ 'graphguard.yml': MANIFEST(), [`src/${SECRET}.js`]: CALL });
    for (const format of ['stylish', 'json', 'yaml']) {
      const r = await cli(dir, ['infer', '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expectNoLeak(`infer --format ${format}`, r.stdout + r.stderr);
    }
    const json = JSON.parse((await cli(dir, ['infer', '--format', 'json'])).stdout) as { users: { name: string; calls: { file: string; line: number; method: string; path: string }[] }[] };
    expect(json.users[0]!.calls).toEqual([{ file: `src/p4ss…(${SECRET.length} chars).js`, line: 2, method: 'POST', path: '/{page-id}/photos' }]);
  });

  it('check, every format: the same tree (already redacted field by field)', async () => {
    const dir = project({ 'graphguard.yml': MANIFEST(), [`src/${SECRET}.js`]: `${CALL}// ${SECRET}\n` });
    for (const format of FORMATS) {
      const r = await cli(dir, ['check', '--format', format, '--today', '2026-12-01']);
      expectNoLeak(`check --format ${format}`, r.stdout + r.stderr);
    }
  });

  it('diff --format markdown (and text, json): an asset named by the secret', async () => {
    const asset = `  - { id: "300000000000009", type: page, name: ${JSON.stringify(SECRET)}, environment: production }\n`;
    const dir = project({
      'base.yml': MANIFEST(asset),
      'head.yml': MANIFEST(asset, `      - { asset: ${JSON.stringify(SECRET)}, tasks: [MANAGE] }\n`),
    });
    for (const format of ['markdown', 'text', 'json']) {
      const r = await cli(dir, ['diff', 'base.yml', 'head.yml', '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`(${SECRET.length} chars)`);
      expectNoLeak(`diff --format ${format}`, r.stdout + r.stderr);
    }
  });

  it('infer: a file name and a URL that hold newlines stay on their lines (no forged workflow command)', async () => {
    const dir = project({
      'graphguard.yml': MANIFEST(),
      [`src/${FORGED}`]: CALL,
      'src/b.js': 'const G = "https://graph.facebook.com/v25.0";\nexport const f = (id) => fetch(`${G}/${id}/feed\n::warning file=README.md::forged by code`);\n',
    });
    const r = await cli(dir, ['infer']);
    expect(r.code, r.stderr).toBe(0);
    expectNoForgedLine('infer', r.stdout + r.stderr);
    expect(r.stdout).toContain('src/a\\u000a::error file=README.md::forged by a file name\\u000a.js:2');
    const yaml = await cli(dir, ['infer', '--format', 'yaml']);
    expectNoForgedLine('infer --format yaml', yaml.stdout + yaml.stderr);
    // JSON encodes the newline itself: the file's own name, found again by parsing.
    const json = JSON.parse((await cli(dir, ['infer', '--format', 'json'])).stdout) as { users: { calls: { file: string }[] }[] };
    expect(json.users[0]!.calls.map((c) => c.file)).toContain(`src/${FORGED}`);
  });

  it('an error about an argument holding a newline is one line (exit 2)', async () => {
    const dir = project({ 'graphguard.yml': MANIFEST() });
    for (const args of [
      ['check', '--format', 'x\n::error::forged'],
      ['check', '--fail-on', 'x\n::error::forged'],
      ['infer', '--format', 'x\n::error::forged'],
      ['explain', 'x\n::error::forged'],
      ['x\n::error::forged'],
    ]) {
      const r = await cli(dir, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.endsWith('\n') && r.stderr.indexOf('\n') === r.stderr.length - 1, JSON.stringify(r.stderr)).toBe(true);
      expect(r.stderr).toContain('x\\u000a::error::forged');
      expectNoForgedLine(args.join(' '), r.stdout + r.stderr);
    }
  });
});

describe.skipIf(!existsSync(ACTION_ENTRY))('the action: the operations a PR adds and the calls per user, in the comment and the summary', () => {

  it('a call in a file named by the secret, added by the PR: redacted in both', async () => {
    const dir = project({ 'graphguard.yml': MANIFEST(), 'src/base.js': 'export const x = 1;\n' });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    const base = git(dir, 'rev-parse', 'HEAD');
    writeFileSync(path.join(dir, 'src', `${SECRET}.js`), CALL);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'head');
    const head = git(dir, 'rev-parse', 'HEAD');
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', pulls: { 5: { files: [`src/${SECRET}.js`] } }, comments: {} });
    try {
      const payload = pullRequestEvent(5, base, head);
      const r = await runAction({
        node: process.execPath,
        workspace: dir,
        inputs: { 'fail-on': 'never', comment: 'true' },
        githubToken: 'ghs_0123456789abcdefghijABCDEFGHIJ012345',
        eventName: 'pull_request',
        payload,
        apiUrl: gh.url,
        repository: 'acme/shop',
        env: ENV,
      });
      const comments = (gh.state.comments[5] ?? []).map((c) => c.body).join('\n');
      // The operation the PR adds is listed, with its file redacted.
      expect(comments).toContain('POST /{page-id}/photos');
      expect(comments).toContain(`(${SECRET.length} chars)`);
      expect(r.summary).toContain('POST /{page-id}/photos');
      for (const [where, text] of Object.entries({ stdout: r.stdout, stderr: r.stderr, summary: r.summary, comments })) expectNoLeak(`action ${where}`, text);
    } finally {
      await gh.close();
    }
  });
});
