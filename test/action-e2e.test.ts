/**
 * The bundled action (dist/index.js, run `npm run build` first) end to end, as the runner runs it:
 * a child process with INPUT_* variables, a real `pull_request`/`push` payload from
 * @octokit/webhooks-examples, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL on a
 * fake GitHub REST API (127.0.0.1, port 0). The workspace is a temporary git repository with the PR's
 * base and head commits. Every scenario runs on this Node (20) and on Node 24 when GRAPHGUARD_NODE24
 * names a node 24 binary.
 *
 * SARIF is validated against the official 2.1.0 schema (draft-04) with ajv-draft-04, through
 * test/helpers/sarif.ts, the validator the CLI tests use.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { MARKER } from '../src/github/comment.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubState } from './helpers/fake-github.js';
import { ACTION_ENTRY, inputEnvName, readActionYml, runAction, type ActionRun, type WorkflowCommand } from './helpers/run-action.js';
import { sarifErrors } from './helpers/sarif.js';

const OWNER = 'acme';
const REPO = 'shop-integration';
const PR_NUMBER = 42;
const GITHUB_TOKEN = 'ghs_fakeInstallationToken0000000000000000';
const GRAPH_TOKEN = 'gg-graph-token-4f2c9a71d0e3b8a6';
const APP_SECRET = 'gg-app-secret-93b1e07c4d2a5f68';
/** hardcoded-token is written by another change; its assertions switch on when the rule exists. */
const HAS_TOKEN_RULE = rules.some((r) => r.id === 'hardcoded-token');

const NODE24 = process.env.GRAPHGUARD_NODE24;
const NODES: { label: string; bin: string | undefined }[] = [
  { label: `node ${process.versions.node}`, bin: process.execPath },
  { label: 'node 24 (GRAPHGUARD_NODE24)', bin: NODE24 && existsSync(NODE24) ? NODE24 : undefined },
];

const examples = JSON.parse(readFileSync('node_modules/@octokit/webhooks-examples/api.github.com/index.json', 'utf8')) as {
  name: string;
  examples: Record<string, unknown>[];
}[];
const exampleOf = (name: string, action?: string) => {
  const ex = examples.find((e) => e.name === name)!.examples.find((e) => action === undefined || e.action === action);
  if (!ex) throw new Error(`no ${name} example`);
  // biome-ignore lint/suspicious/noExplicitAny: a webhook payload the test reshapes freely
  return structuredClone(ex) as Record<string, any>;
};

// ----- The repository ---------------------------------------------------------------------------

const MANIFEST = `version: 1
business:
  id: "100000000000001"
  name: Acme Commerce
app:
  id: "200000000000002"
  accessLevel: standard
  graphApiVersion: v27.0
assets:
  - { id: "300000000000003", type: page, name: Acme Shop, environment: production }
  - { id: "300000000000004", type: page, name: Acme Shop (test), environment: test }
  - { id: "310000000000001", type: catalog, name: Acme Products, environment: production }
  - { id: "310000000000002", type: catalog, name: Acme Products (test), environment: test }
systemUsers:
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [instagram_shopping]
    permissions: [catalog_management, commerce_account_manage_orders]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets:
      - asset: Acme Shop
        tasks: [CREATE_CONTENT]
      - asset: Acme Products
        tasks: [MANAGE]
  - name: shop-test
    role: system_user
    environment: test
    useCases: [instagram_shopping]
    permissions: [catalog_management, commerce_account_manage_orders]
    token: { secret: META_SHOP_TEST_TOKEN, expires: 60d }
    assets:
      - asset: Acme Shop (test)
        tasks: [CREATE_CONTENT]
      - asset: Acme Products (test)
        tasks: [MANAGE]
`;
/** The head's manifest: MANAGE on the production page (the new grant). */
const MANIFEST_MANAGE = MANIFEST.replace('      - asset: Acme Shop\n        tasks: [CREATE_CONTENT]', '      - asset: Acme Shop\n        tasks: [MANAGE]');
const MANAGE_LINE = MANIFEST_MANAGE.split('\n').indexOf('        tasks: [MANAGE]') + 1;

const APP_JS = `import { graphVersion } from './version.js';\nexport const url = \`https://graph.facebook.com/\${graphVersion}/me\`;\n`;

/** A Meta access token that looks real: EAA + a long random alphanumeric run. */
function plantedToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const body = [...randomBytes(180)].map((b) => alphabet[b % alphabet.length]).join('');
  return `EAAG${body}`;
}
const TOKEN = plantedToken();
const CONFIG_JS = `// Meta client\nconst accessToken = "${TOKEN}";\nexport default accessToken;\n`;
const TOKEN_LINE = 2;
const TOKEN_COLUMN = CONFIG_JS.split('\n')[1]!.indexOf('EAAG') + 1;

/** Text that would be workflow commands if any output printed it raw. */
const INJECTION = [
  '# Release notes',
  '::set-output name=x::y',
  '%0A::error::pwned',
  '<!-- graphguard-disable-next-line ::set-output name=x::y -- harmless -->',
  '<!-- graphguard-disable-next-line %0A::error::pwned -- harmless -->',
  'done',
  '',
].join('\n');

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Writes (string) or deletes (null) files and commits them; returns the commit sha. */
function commit(dir: string, files: Record<string, string | null>, message: string): string {
  for (const [p, content] of Object.entries(files)) {
    const abs = path.join(dir, p);
    if (content === null) rmSync(abs, { force: true });
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  // Only the listed files: reports the action wrote into the workspace are never committed.
  git(dir, 'add', '-A', '--', ...Object.keys(files));
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/**
 * Like a fresh checkout: drop what earlier runs wrote (SARIF files), since the scan also reads
 * untracked files and a report is not part of the repository.
 */
function freshCheckout(dir: string): void {
  git(dir, 'clean', '-fdxq');
}

interface Repo {
  dir: string;
  base: string;
}

/** A repository whose first commit is the PR's base. */
function baseRepo(): Repo {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-action-ws-'));
  git(dir, 'init', '-q', '-b', 'main');
  const base = commit(dir, { 'graphguard.yml': MANIFEST, 'src/app.js': APP_JS }, 'base');
  return { dir, base };
}

/** The head of the main scenario: MANAGE on the page, a hard-coded token, and command-like text. */
const HEAD_FILES = { 'graphguard.yml': MANIFEST_MANAGE, 'src/config.js': CONFIG_JS, 'docs/notes.md': INJECTION };

// ----- Events -----------------------------------------------------------------------------------

function prPayload(baseSha: string, headSha: string, opts: { fork?: boolean; action?: string } = {}) {
  const p = exampleOf('pull_request', opts.action ?? 'opened');
  p.number = PR_NUMBER;
  const pr = p.pull_request;
  pr.number = PR_NUMBER;
  pr.base.sha = baseSha;
  pr.base.ref = 'main';
  pr.base.repo.name = REPO;
  pr.base.repo.full_name = `${OWNER}/${REPO}`;
  pr.base.repo.owner.login = OWNER;
  pr.head.sha = headSha;
  pr.head.ref = 'add-manage';
  pr.head.repo.name = REPO;
  pr.head.repo.full_name = opts.fork ? `contributor/${REPO}` : `${OWNER}/${REPO}`;
  pr.head.repo.owner.login = opts.fork ? 'contributor' : OWNER;
  pr.head.repo.fork = Boolean(opts.fork);
  p.repository.name = REPO;
  p.repository.full_name = `${OWNER}/${REPO}`;
  p.repository.owner.login = OWNER;
  return p;
}

function pushPayload(before: string, after: string) {
  const p = exampleOf('push');
  p.before = before;
  p.after = after;
  p.ref = 'refs/heads/main';
  p.repository.name = REPO;
  p.repository.full_name = `${OWNER}/${REPO}`;
  return p;
}

function fakeState(over: Partial<FakeGitHubState> = {}): FakeGitHubState {
  return { owner: OWNER, repo: REPO, pulls: { [PR_NUMBER]: { files: ['graphguard.yml', 'src/config.js', 'docs/notes.md'] } }, comments: {}, ...over };
}

// ----- Assertions -------------------------------------------------------------------------------

const annotations = (r: ActionRun, level?: string) =>
  r.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command) && (level === undefined || c.command === level));
const located = (r: ActionRun, level: string) => annotations(r, level).filter((c) => c.properties.file !== undefined);
const at = (c: WorkflowCommand) => `${c.properties.title} ${c.properties.file}:${c.properties.line}:${c.properties.col ?? ''}`;

function botComments(gh: FakeGitHub) {
  return (gh.state.comments[PR_NUMBER] ?? []).filter((c) => c.user.login === 'github-actions[bot]');
}

/** No command can come from scanned text; credentials and planted secrets never leak. */
function expectSafeOutput(r: ActionRun, gh: FakeGitHub | undefined, sarifText = ''): void {
  const allowed = new Set(['add-mask', 'error', 'warning', 'notice', 'debug', 'group', 'endgroup']);
  for (const c of r.commands) {
    expect(allowed.has(c.command), `unexpected workflow command: ${c.raw}`).toBe(true);
    // A decoded message or property never holds a line that is a command of its own.
    expect(c.message).not.toMatch(/(^|\n)\s*::/);
    for (const v of Object.values(c.properties)) expect(v).not.toMatch(/\n/);
  }
  expect(r.stdout).not.toContain('::set-output');
  expect(r.stdout).not.toContain('::error::pwned');
  expect(r.stdout).not.toContain('##[');
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace

  // The runner swallows `::add-mask::` lines; everything else is shown or stored.
  const shown = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const comments = gh ? (gh.state.comments[PR_NUMBER] ?? []).map((c) => c.body).join('\n') : '';
  const requests = gh ? JSON.stringify(gh.requests.map((q) => q.body ?? '')) : '';
  const places = { stdout: shown, stderr: r.stderr, summary: r.summary, sarif: sarifText, outputs: JSON.stringify(r.outputs), comments, requests };
  for (const [where, text] of Object.entries(places)) {
    for (const secret of [TOKEN, GRAPH_TOKEN, APP_SECRET, GITHUB_TOKEN]) expect(text.includes(secret), `a secret in ${where}`).toBe(false);
  }
}

// ----- Scenarios --------------------------------------------------------------------------------

beforeAll(() => {
  if (!existsSync(ACTION_ENTRY)) throw new Error('dist/index.js is missing: run `npm run build` first');
});

it('action.yml declares the inputs and outputs of SPEC §6 and runs dist/index.js on node24', () => {
  const a = readActionYml();
  expect(Object.keys(a.inputs).sort()).toEqual(
    ['annotations', 'app-secret', 'baseline', 'comment', 'fail-on', 'github-token', 'graph-token', 'graph-url', 'history', 'live', 'manifest', 'max-warnings', 'new-access', 'only-changed', 'paths', 'sarif'].sort(),
  );
  expect(Object.fromEntries(Object.entries(a.inputs).map(([k, v]) => [k, v.default]))).toEqual({
    manifest: '',
    paths: '.',
    'fail-on': 'error',
    'max-warnings': '',
    baseline: '',
    annotations: 'true',
    comment: 'true',
    sarif: '',
    'only-changed': 'false',
    history: 'true',
    'new-access': '',
    live: 'false',
    'graph-url': '',
    'graph-token': '',
    'app-secret': '',
    'github-token': '${{ github.token }}',
  });
  expect(Object.keys(a.outputs).sort()).toEqual(['errors', 'result', 'sarif-file', 'warnings']);
  expect(a.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  // docs/action.md shows the example workflow verbatim (without the file's two header comments).
  const example = readFileSync('examples/workflows/graphguard.yml', 'utf8').split('\n').slice(2).join('\n');
  const docs = readFileSync('docs/action.md', 'utf8');
  expect(/```yaml\n([\s\S]*?)```/.exec(docs)![1]).toBe(example);
  // @actions/core reads `INPUT_` + the name upper-cased, spaces as `_`, dashes kept.
  expect(inputEnvName('fail-on')).toBe('INPUT_FAIL-ON');
});

for (const node of NODES) {
  if (!node.bin) {
    describe.skip(`action on ${node.label}: skipped — set GRAPHGUARD_NODE24 to a node 24 binary to run these`, () => {
      it('runs every scenario', () => {});
    });
    console.warn('action-e2e: Node 24 scenarios skipped; set GRAPHGUARD_NODE24 to a node 24 binary (CI does).');
    continue;
  }
  const bin = node.bin;

  // Each scenario starts node and git a few times; the default 5 s is too tight on a busy machine.
  describe(`action on ${node.label}`, { timeout: 60_000 }, () => {
    describe('a pull request: findings, rerun, fix', () => {
      let repo: Repo;
      let gh: FakeGitHub;
      let head: string;
      const run = (headSha: string, inputs: Record<string, string> = {}) => {
        freshCheckout(repo.dir);
        return runAction({
          node: bin,
          workspace: repo.dir,
          inputs: { sarif: 'reports/graphguard.sarif', 'graph-token': GRAPH_TOKEN, 'app-secret': APP_SECRET, ...inputs },
          githubToken: GITHUB_TOKEN,
          eventName: 'pull_request',
          payload: prPayload(repo.base, headSha),
          apiUrl: gh.url,
          repository: `${OWNER}/${REPO}`,
          sha: headSha,
        });
      };

      beforeAll(async () => {
        repo = baseRepo();
        head = commit(repo.dir, HEAD_FILES, 'head: MANAGE, a token, notes');
        // A person quoting graphguard's marker: never ours to edit.
        gh = await startFakeGitHub(
          fakeState({ comments: { [PR_NUMBER]: [{ body: `${MARKER}\n> quoting the bot`, user: { login: 'octocat', type: 'User' } }] } }),
        );
      });
      afterAll(async () => {
        await gh?.close();
        rmSync(repo.dir, { recursive: true, force: true });
      });

      it('annotates, summarises, writes SARIF, comments once, and fails on the errors', async () => {
        const r = await run(head);
        const sarifPath = path.join(repo.dir, 'reports/graphguard.sarif');
        const sarifText = readFileSync(sarifPath, 'utf8');
        const sarif = JSON.parse(sarifText) as { runs: { results: { ruleId: string; level: string }[] }[] };
        const results = sarif.runs[0]!.results;

        // Credentials are masked first, before any other output.
        expect(r.commands.slice(0, 2).map((c) => c.raw)).toEqual([`::add-mask::${GRAPH_TOKEN}`, `::add-mask::${APP_SECRET}`]);
        if (HAS_TOKEN_RULE) {
          const mask = r.commands.findIndex((c) => c.raw === `::add-mask::${TOKEN}`);
          const firstReport = r.commands.findIndex((c) => c.command !== 'add-mask');
          expect(mask, 'the planted token is masked').toBeGreaterThan(-1);
          expect(mask).toBeLessThan(firstReport);
        }

        // Exit and outputs.
        expect(r.code).toBe(1);
        const errors = results.filter((x) => x.level === 'error').length;
        const warnings = results.filter((x) => x.level === 'warning').length;
        expect(r.outputs).toEqual({ errors: String(errors), warnings: String(warnings), result: 'fail', 'sarif-file': 'reports/graphguard.sarif' });

        // Annotations on the right lines.
        const errs = located(r, 'error').map(at);
        expect(errs).toContain(`least-privilege-tasks graphguard.yml:${MANAGE_LINE}:16`);
        expect(errs).toContain('invalid-suppression docs/notes.md:4:6');
        expect(errs).toContain('invalid-suppression docs/notes.md:5:6');
        if (HAS_TOKEN_RULE) expect(errs).toContain(`hardcoded-token src/config.js:${TOKEN_LINE}:${TOKEN_COLUMN}`);
        const newAccess = located(r, 'warning').filter((c) => c.properties.title === 'new-access');
        expect(newAccess.map(at)).toEqual([`new-access graphguard.yml:${MANAGE_LINE}:16`]);
        expect(newAccess[0]!.message).toBe(
          "shop-prod gains MANAGE on page Acme Shop (was CREATE_CONTENT). New access needs a reviewer's approval: confirm that shop-prod needs it, or remove it from the manifest.",
        );
        // The scanned text reaches the annotation as text, escaped: `%0A` stays `%0A`, no new line.
        const injected = located(r, 'error').filter((c) => c.properties.file === 'docs/notes.md').map((c) => c.message);
        expect(injected).toEqual([
          'Suppression names unknown rule `:\u200b:set-output`. Run `graphguard rules` for the list of rule ids.',
          'Suppression names unknown rule `%0A:\u200b:error:\u200b:pwned`. Run `graphguard rules` for the list of rule ids.',
        ]);
        // The failure message is one of the errors; the job fails once.
        const failures = annotations(r, 'error').filter((c) => c.properties.file === undefined);
        expect(failures.map((c) => c.message)).toEqual([expect.stringMatching(/^graphguard: \d+ findings? at or above error \(/)]);
        expect(annotations(r, 'error').length).toBe(Math.min(10, errors + 1));

        // Job summary: totals, findings table, access diff.
        expect(r.summary).toContain('## graphguard');
        expect(r.summary).toContain(`**${errors} ${errors === 1 ? 'error' : 'errors'}**`);
        expect(r.summary).toContain('| Severity | Rule | Location | Message |');
        expect(r.summary).toContain(`| error | \`least-privilege-tasks\` | \`graphguard.yml:${MANAGE_LINE}\` |`);
        expect(r.summary).toContain('### Access changes');
        expect(r.summary).toContain('- **New access:** shop-prod gains MANAGE on page Acme Shop (was CREATE\\_CONTENT)');

        // SARIF: valid, one result per finding.
        expect(sarifErrors(sarif)).toEqual([]);
        expect(results.length).toBe(located(r, 'error').length + located(r, 'warning').length + located(r, 'notice').length);
        expect(results.filter((x) => x.ruleId === 'new-access').length).toBe(1);
        expect(results.some((x) => x.ruleId === 'hardcoded-token')).toBe(HAS_TOKEN_RULE);

        // Exactly one comment of ours, naming the new grant; the person's comment is untouched.
        const ours = botComments(gh);
        expect(ours.length).toBe(1);
        expect(ours[0]!.body.startsWith(`${MARKER}\n## graphguard`)).toBe(true);
        expect(ours[0]!.body).toContain('**New access:** shop-prod gains MANAGE on page Acme Shop');
        expect(gh.state.comments[PR_NUMBER]![0]!.body).toBe(`${MARKER}\n> quoting the bot`);
        // The token went to the fake API. Only-changed is off, and the pull request's files are still listed once: the
        // source files it makes binary are named from among them (hunt AT-1).
        expect(gh.requests.every((q) => q.authorization === `token ${GITHUB_TOKEN}`)).toBe(true);
        expect(gh.requests.filter((q) => q.path.includes('/pulls/')).map((q) => `${q.method} ${q.path.split('?')[0]}`)).toEqual([`GET /repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`]);

        expectSafeOutput(r, gh, sarifText);
      });

      it('a rerun after a new push updates the same comment', async () => {
        const id = botComments(gh)[0]!.id;
        const before = gh.requests.length;
        const head2 = commit(repo.dir, { 'docs/notes.md': null }, 'drop the notes');
        const r = await run(head2);
        expect(r.code).toBe(1);
        const ours = botComments(gh);
        expect(ours.map((c) => c.id)).toEqual([id]);
        expect(ours[0]!.body).toContain('**New access:** shop-prod gains MANAGE on page Acme Shop');
        expect(ours[0]!.body).not.toContain('set-output');
        const writes = gh.requests.slice(before).filter((q) => q.method !== 'GET');
        expect(writes.map((q) => `${q.method} ${q.path}`)).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/comments/${id}`]);
        expect(gh.state.comments[PR_NUMBER]!.length).toBe(2);
        expectSafeOutput(r, gh);
      });

      it('the fixed pull request still reports the token its commits added (history: true, the default)', async () => {
        const head3 = commit(repo.dir, { 'graphguard.yml': MANIFEST, 'src/config.js': null }, 'fix');
        const r = await run(head3);
        expect(r.code).toBe(HAS_TOKEN_RULE ? 1 : 0);
        if (HAS_TOKEN_RULE) {
          const hist = located(r, 'error').filter((c) => c.properties.title === 'hardcoded-token');
          expect(hist.map((c) => `${c.properties.file}:${c.properties.line}`)).toEqual([`src/config.js:${TOKEN_LINE}`]);
          expect(hist[0]!.message).toMatch(/Added in commit [0-9a-f]{12} \(\d{4}-\d{2}-\d{2}\) as src\/config\.js: it stays in the git history, in every clone and fork, until it is revoked\./);
        }
        expectSafeOutput(r, gh);
      });

      it('the fixed pull request passes and the comment says it is clean (history: false)', async () => {
        const id = botComments(gh)[0]!.id;
        const head3 = git(repo.dir, 'rev-parse', 'HEAD');
        const r = await run(head3, { history: 'false' });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.outputs).toEqual({ errors: '0', warnings: '0', result: 'pass', 'sarif-file': 'reports/graphguard.sarif' });
        expect(annotations(r)).toEqual([]);
        const ours = botComments(gh);
        expect(ours.map((c) => c.id)).toEqual([id]);
        expect(ours[0]!.body).toContain('No findings.');
        expect(ours[0]!.body).not.toContain('New access');
        expect(r.summary).toContain('No findings.');
        expectSafeOutput(r, gh);
      });

      it('a clean pull request without an earlier comment posts none', async () => {
        const fresh = await startFakeGitHub(fakeState());
        try {
          freshCheckout(repo.dir);
          const r = await runAction({
            node: bin,
            workspace: repo.dir,
            inputs: { history: 'false' },
            githubToken: GITHUB_TOKEN,
            eventName: 'pull_request',
            payload: prPayload(repo.base, git(repo.dir, 'rev-parse', 'HEAD')),
            apiUrl: fresh.url,
            repository: `${OWNER}/${REPO}`,
          });
          expect(r.code).toBe(0);
          expect(r.outputs.result).toBe('pass');
          expect(fresh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
          expect(annotations(r)).toEqual([]);
        } finally {
          await fresh.close();
        }
      });
    });

    describe('other pull requests and events', () => {
      let repo: Repo;
      let head: string;
      beforeAll(() => {
        repo = baseRepo();
        head = commit(repo.dir, HEAD_FILES, 'head');
      });
      afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

      const prRun = (gh: FakeGitHub, inputs: Record<string, string> = {}, payload = prPayload(repo.base, head), workspace = repo.dir) => {
        freshCheckout(workspace);
        return runAction({
          node: bin,
          workspace,
          inputs,
          githubToken: GITHUB_TOKEN,
          eventName: 'pull_request',
          payload,
          apiUrl: gh.url,
          repository: `${OWNER}/${REPO}`,
        });
      };

      it('25 findings: 10 errors (the failure included), 10 warnings, and one notice for the rest', async () => {
        const r25 = baseRepo();
        const lines: string[] = [];
        for (let i = 0; i < 14; i++) lines.push('// graphguard-disable-next-line', `export const a${i} = ${i};`);
        for (let i = 0; i < 11; i++) lines.push('// graphguard-disable-next-line token-rotation -- not used', `export const b${i} = ${i};`);
        const h = commit(r25.dir, { 'src/many.js': `${lines.join('\n')}\n` }, 'many');
        const gh = await startFakeGitHub(fakeState());
        try {
          const r = await prRun(gh, {}, prPayload(r25.base, h), r25.dir);
          expect(r.code).toBe(1);
          expect(r.outputs).toEqual({ errors: '14', warnings: '11', result: 'fail', 'sarif-file': '' });
          expect(annotations(r, 'error').length).toBe(10);
          expect(located(r, 'error').length).toBe(9);
          expect(located(r, 'error').every((c) => c.properties.title === 'invalid-suppression')).toBe(true);
          expect(located(r, 'error').map((c) => Number(c.properties.line))).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
          expect(located(r, 'warning').length).toBe(10);
          expect(located(r, 'warning').every((c) => c.properties.title === 'unused-suppression')).toBe(true);
          expect(annotations(r, 'notice').map((c) => c.message)).toEqual([
            '6 more findings are not annotated (5 errors, 1 warning): GitHub shows at most 10 annotations of each severity per step. See the job summary and the SARIF file for all of them.',
          ]);
          expect(r.summary.match(/^\| (error|warning) \|/gm)?.length).toBe(25);
          expect(botComments(gh).length).toBe(1);
          expectSafeOutput(r, gh);
        } finally {
          await gh.close();
          rmSync(r25.dir, { recursive: true, force: true });
        }
      });

      it('a fork: no comment, one notice saying why, and the job still fails on the findings', async () => {
        const gh = await startFakeGitHub(fakeState({ forbidWrites: true }));
        try {
          const r = await prRun(gh, { sarif: 'out/graphguard.sarif' }, prPayload(repo.base, head, { fork: true }));
          expect(r.code).toBe(1);
          expect(r.outputs.result).toBe('fail');
          expect(r.outputs['sarif-file']).toBe('out/graphguard.sarif');
          expect(existsSync(path.join(repo.dir, 'out/graphguard.sarif'))).toBe(true);
          expect(annotations(r, 'notice').map((c) => c.message)).toEqual([
            'No PR comment: this pull request comes from a fork, and GitHub gives fork pull requests a read-only token (403).',
          ]);
          expect(gh.state.comments[PR_NUMBER] ?? []).toEqual([]);
          expect(r.summary).toContain('### Access changes');
          expect(located(r, 'warning').map((c) => c.properties.title)).toContain('new-access');
          expectSafeOutput(r, gh);
        } finally {
          await gh.close();
        }
      });

      it('no github-token: one notice, everything else still happens', async () => {
        const gh = await startFakeGitHub(fakeState());
        try {
          freshCheckout(repo.dir);
          const r = await runAction({
            node: bin,
            workspace: repo.dir,
            inputs: { 'github-token': '' },
            eventName: 'pull_request',
            payload: prPayload(repo.base, head),
            apiUrl: gh.url,
            repository: `${OWNER}/${REPO}`,
          });
          expect(r.code).toBe(1);
          expect(annotations(r, 'notice').map((c) => c.message)).toEqual(['No PR comment: no github-token was given.']);
          expect(gh.requests).toEqual([]);
          expect(r.summary).toContain('**New access:** shop-prod gains MANAGE');
        } finally {
          await gh.close();
        }
      });

      it('only-changed keeps the findings in the files the PR changes', async () => {
        const gh = await startFakeGitHub(fakeState({ pulls: { [PR_NUMBER]: { files: ['docs/notes.md', 'README.md'] } } }));
        try {
          const r = await prRun(gh, { 'only-changed': 'true', comment: 'false' });
          expect(r.code).toBe(1);
          expect(new Set(located(r, 'error').map((c) => c.properties.file))).toEqual(new Set(['docs/notes.md']));
          expect(located(r, 'warning')).toEqual([]);
          expect(r.outputs).toMatchObject({ errors: '2', warnings: '0', result: 'fail' });
          expect(gh.requests.map((q) => `${q.method} ${q.path.split('?')[0]}`)).toEqual([`GET /repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`]);
        } finally {
          await gh.close();
        }
      });

      it('only-changed with 3000 files (GitHub\'s cap) does not filter, and says so', async () => {
        const files = Array.from({ length: 3000 }, (_, i) => `gen/file-${i}.txt`);
        const gh = await startFakeGitHub(fakeState({ pulls: { [PR_NUMBER]: { files } } }));
        try {
          const r = await prRun(gh, { 'only-changed': 'true', comment: 'false' });
          expect(annotations(r, 'notice').map((c) => c.message)).toEqual([
            'only-changed ignored: the pull request changes 3000 or more files, more than GitHub lists; reporting findings in all files.',
          ]);
          expect(located(r, 'error').map((c) => c.properties.file)).toContain('graphguard.yml');
          expect(gh.requests.filter((q) => q.path.includes('/pulls/')).length).toBe(30);
        } finally {
          await gh.close();
        }
      });

      it('new-access sets the severity: error fails the job on a new grant alone, warn does not, off turns it off', async () => {
        // The base lacks shop-prod's catalog grant; the head adds it, which its use case allows.
        const rn = baseRepo();
        commit(rn.dir, { 'graphguard.yml': MANIFEST.replace('      - asset: Acme Products\n        tasks: [MANAGE]\n', '') }, 'base without the grant');
        const baseSha = git(rn.dir, 'rev-parse', 'HEAD');
        const h = commit(rn.dir, { 'graphguard.yml': MANIFEST }, 'grant the catalog');
        const gh = await startFakeGitHub(fakeState());
        const payload = prPayload(baseSha, h);
        const text = "shop-prod gains MANAGE on catalog Acme Products. New access needs a reviewer's approval: confirm that shop-prod needs it, or remove it from the manifest.";
        try {
          const asError = await prRun(gh, { 'new-access': 'error', comment: 'false' }, payload, rn.dir);
          expect(asError.code).toBe(1);
          expect(asError.outputs).toMatchObject({ errors: '1', warnings: '0', result: 'fail' });
          expect(located(asError, 'error').map((c) => `${at(c)} ${c.message}`)).toEqual([`new-access graphguard.yml:24:9 ${text}`]);

          const asWarn = await prRun(gh, { comment: 'false' }, payload, rn.dir);
          expect(asWarn.code).toBe(0);
          expect(asWarn.outputs).toMatchObject({ errors: '0', warnings: '1', result: 'pass' });
          expect(located(asWarn, 'warning').map((c) => c.message)).toEqual([text]);

          const off = await prRun(gh, { 'new-access': 'off', comment: 'false' }, payload, rn.dir);
          expect(off.code).toBe(0);
          expect(annotations(off)).toEqual([]);
          expect(off.summary).not.toContain('### Access changes');
        } finally {
          await gh.close();
          rmSync(rn.dir, { recursive: true, force: true });
        }
      });

      it("the manifest's `rules: new-access` applies when the input is unset, the input wins when set, and a pull request does not turn its own gate down (D33-1)", async () => {
        const grant = '      - asset: Acme Products\n        tasks: [MANAGE]\n';
        const rules = (severity: string) => `rules:\n  new-access: ${severity}\n`;
        const rn = baseRepo();
        commit(rn.dir, { 'graphguard.yml': MANIFEST.replace(grant, '') + rules('error') }, 'base without the grant; new access is an error');
        const baseSha = git(rn.dir, 'rev-parse', 'HEAD');
        const h = commit(rn.dir, { 'graphguard.yml': MANIFEST + rules('error') }, 'grant the catalog');
        const gh = await startFakeGitHub(fakeState());
        const text = "shop-prod gains MANAGE on catalog Acme Products. New access needs a reviewer's approval: confirm that shop-prod needs it, or remove it from the manifest.";
        try {
          // Before, the input's default (warn) always won: the manifest's gate never failed a job.
          const byManifest = await prRun(gh, { comment: 'false' }, prPayload(baseSha, h), rn.dir);
          expect(byManifest.code).toBe(1);
          expect(byManifest.outputs).toMatchObject({ errors: '1', warnings: '0', result: 'fail' });
          expect(located(byManifest, 'error').map((c) => `${at(c)} ${c.message}`)).toEqual([`new-access graphguard.yml:24:9 ${text}`]);

          const byInput = await prRun(gh, { 'new-access': 'warn', comment: 'false' }, prPayload(baseSha, h), rn.dir);
          expect(byInput.code).toBe(0);
          expect(byInput.outputs).toMatchObject({ errors: '0', warnings: '1', result: 'pass' });

          // The head turns the gate off against the base's error: the base's setting holds for this pull request.
          const lowered = commit(rn.dir, { 'graphguard.yml': MANIFEST + rules('off') }, 'grant the catalog, gate off');
          const turnedDown = await prRun(gh, { comment: 'false' }, prPayload(baseSha, lowered), rn.dir);
          expect(turnedDown.code).toBe(1);
          expect(located(turnedDown, 'error').map((c) => `${at(c)} ${c.message}`)).toEqual([`new-access graphguard.yml:24:9 ${text}`]);

          // Off at base and head: no finding, and the summary lists no access changes.
          commit(rn.dir, { 'graphguard.yml': MANIFEST.replace(grant, '') + rules('off') }, 'base: gate off, no grant');
          const offBase = git(rn.dir, 'rev-parse', 'HEAD');
          const offHead = commit(rn.dir, { 'graphguard.yml': MANIFEST + rules('off') }, 'grant the catalog');
          const off = await prRun(gh, { comment: 'false' }, prPayload(offBase, offHead), rn.dir);
          expect(off.code).toBe(0);
          expect(annotations(off).filter((c) => c.properties.title === 'new-access')).toEqual([]);
          expect(off.summary).not.toContain('### Access changes');
        } finally {
          await gh.close();
          rmSync(rn.dir, { recursive: true, force: true });
        }
      });

      it('a manifest the PR renames is compared with the base one under its old name; a source file made binary is named (hunts U2r-1, U2r-4)', async () => {
        const rn = baseRepo();
        // The PR renames graphguard.yml to graphguard.yaml, turns hardcoded-token off, and puts a NUL byte ahead of a file.
        git(rn.dir, 'mv', 'graphguard.yml', 'graphguard.yaml');
        const h = commit(
          rn.dir,
          { 'graphguard.yaml': `${MANIFEST}rules:\n  hardcoded-token: off\n`, 'src/hidden.js': `\0// x\nconst t = 1;\n`, 'src/old.js': `\0// the repository's own\n` },
          'rename',
        );
        // The pull request changes src/hidden.js; src/old.js (binary too) it leaves alone: not named (hunt Z8-4).
        const gh = await startFakeGitHub(fakeState({ pulls: { [PR_NUMBER]: { files: ['graphguard.yaml', 'graphguard.yml', 'src/hidden.js'] } } }));
        try {
          const r = await prRun(gh, { comment: 'false' }, prPayload(rn.base, h), rn.dir);
          expect(r.summary).toContain('**Secret detection turned down in this run:**\n\n- the manifest sets hardcoded-token to off (base: error)\n- `src/hidden.js` not scanned: a NUL byte in its first 8 KiB makes it binary\n');
          expect(annotations(r, 'warning').map((c) => c.message)).toEqual(
            expect.arrayContaining([
              'secret detection turned down: the manifest sets hardcoded-token to off (base: error).',
              '1 source file not scanned as binary (a NUL byte in the first 8 KiB): src/hidden.js.',
            ]),
          );
          // Not everything new: the base's grants were found under the old name.
          expect(r.summary).not.toContain('New access');
        } finally {
          await gh.close();
          rmSync(rn.dir, { recursive: true, force: true });
        }
      });

      it('the base manifest comes from the contents API when the base commit is not in the checkout', async () => {
        // A checkout holding only the head commit (no base, no origin to fetch from).
        const shallow = mkdtempSync(path.join(tmpdir(), 'gg-action-shallow-'));
        git(shallow, 'init', '-q', '-b', 'main');
        const h = commit(shallow, { 'graphguard.yml': MANIFEST_MANAGE, 'src/app.js': APP_JS }, 'head only');
        const baseSha = 'b'.repeat(40);
        const gh = await startFakeGitHub(fakeState({ contents: { [baseSha]: { 'graphguard.yml': MANIFEST } } }));
        try {
          const r = await prRun(gh, { comment: 'false' }, prPayload(baseSha, h), shallow);
          expect(located(r, 'warning').filter((c) => c.properties.title === 'new-access').map((c) => c.message)).toEqual([
            expect.stringMatching(/^shop-prod gains MANAGE on page Acme Shop \(was CREATE_CONTENT\)\. /),
          ]);
          expect(gh.requests.map((q) => q.path)).toContain(`/repos/${OWNER}/${REPO}/contents/graphguard.yml?ref=${baseSha}`);
        } finally {
          await gh.close();
          rmSync(shallow, { recursive: true, force: true });
        }
      });

      it('a push: no comment, no file list, no new-access; findings still fail the job', async () => {
        const gh = await startFakeGitHub(fakeState());
        try {
          freshCheckout(repo.dir);
          const r = await runAction({
            node: bin,
            workspace: repo.dir,
            inputs: { 'only-changed': 'true', sarif: 'push.sarif' },
            githubToken: GITHUB_TOKEN,
            eventName: 'push',
            payload: pushPayload(repo.base, head),
            apiUrl: gh.url,
            repository: `${OWNER}/${REPO}`,
            sha: head,
          });
          expect(r.code).toBe(1);
          expect(gh.requests).toEqual([]);
          expect(annotations(r).filter((c) => c.properties.title === 'new-access')).toEqual([]);
          expect(annotations(r, 'notice')).toEqual([]);
          expect(r.summary).not.toContain('### Access changes');
          expect(located(r, 'error').map(at)).toContain(`least-privilege-tasks graphguard.yml:${MANAGE_LINE}:16`);
          expectSafeOutput(r, gh, readFileSync(path.join(repo.dir, 'push.sarif'), 'utf8'));
        } finally {
          await gh.close();
        }
      });

      it('baseline hides accepted findings (counted in the summary); max-warnings fails on too many warnings', async () => {
        const gh = await startFakeGitHub(fakeState());
        const shop = mkdtempSync(path.join(tmpdir(), 'gg-action-shop-'));
        try {
          freshCheckout(repo.dir);
          const push = (inputs: Record<string, string>, dir = repo.dir, sha = head) =>
            runAction({ node: bin, workspace: dir, inputs, githubToken: GITHUB_TOKEN, eventName: 'push', payload: pushPayload(repo.base, sha), apiUrl: gh.url, repository: `${OWNER}/${REPO}`, sha });
          const all = await push({ 'fail-on': 'never' });
          const errors = Number(all.outputs.errors);
          expect(errors).toBeGreaterThan(0);
          // The team accepts today's findings, the history's too, with `graphguard baseline --history`
          // (an untracked file here: not scanned).
          const b = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'baseline', '--history', '--output', 'accepted.json'], { cwd: repo.dir, encoding: 'utf8' });
          expect(b.status).toBe(0);
          const accepted = await push({ baseline: 'accepted.json' });
          expect(accepted.code).toBe(0);
          expect(accepted.outputs).toMatchObject({ result: 'pass', errors: '0', warnings: '0' });
          expect(annotations(accepted, 'error')).toEqual([]);
          expect(accepted.summary).toContain(`${errors} in the baseline`);
          const missing = await push({ baseline: 'nope.json' });
          expect(missing.outputs.result).toBe('error');
          expect(annotations(missing, 'error').map((c) => c.message)).toEqual([expect.stringMatching(/nope\.json: baseline file not found; write it with `graphguard baseline`/)]);

          // The example shop has warnings.
          git(shop, 'init', '-q', '-b', 'main');
          const shopHead = commit(shop, { 'graphguard.yml': readFileSync('examples/shop/graphguard.yml', 'utf8') }, 'shop');
          const shopRun = (inputs: Record<string, string>) => push({ 'fail-on': 'never', ...inputs }, shop, shopHead);
          const warnings = Number((await shopRun({})).outputs.warnings);
          expect(warnings).toBeGreaterThan(1);
          expect((await shopRun({ 'max-warnings': String(warnings) })).outputs.result).toBe('pass');
          const over = await shopRun({ 'max-warnings': String(warnings - 1) });
          expect(over.code).toBe(1);
          expect(over.outputs.result).toBe('fail');
          expect(annotations(over, 'error').map((c) => c.message)).toContain(
            `graphguard: ${warnings} warnings, more than max-warnings (${warnings - 1}). See the job summary.`,
          );
          const bad = await shopRun({ 'max-warnings': 'lots' });
          expect(bad.outputs).toEqual({ result: 'error', 'sarif-file': '' });
          // -1 is no limit, as the CLI's --max-warnings -1 (hunt NEW-2: the action refused it); -2 is no number.
          expect((await shopRun({ 'max-warnings': '-1' })).outputs.result).toBe('pass');
          expect((await shopRun({ 'max-warnings': '-2' })).outputs).toEqual({ result: 'error', 'sarif-file': '' });
        } finally {
          await gh.close();
          rmSync(shop, { recursive: true, force: true });
        }
      });

      it('fail-on never passes; a config error is one line, result error, no stack', async () => {
        const gh = await startFakeGitHub(fakeState());
        try {
          const never = await prRun(gh, { 'fail-on': 'never', comment: 'false' });
          expect(never.code).toBe(0);
          expect(never.outputs.result).toBe('pass');
          expect(Number(never.outputs.errors)).toBeGreaterThan(0);

          const bad = await prRun(gh, { 'fail-on': 'sometimes' });
          expect(bad.code).toBe(1);
          expect(bad.outputs).toEqual({ result: 'error', 'sarif-file': '' });
          expect(annotations(bad).map((c) => c.raw)).toEqual(['::error::input fail-on must be one of error, warn, notice, never, not "sometimes"']);

          const broken = baseRepo();
          const h = commit(broken.dir, { 'graphguard.yml': 'version: 1\nsystemUsers: [\n' }, 'broken');
          const r = await prRun(gh, { comment: 'false' }, prPayload(broken.base, h), broken.dir);
          rmSync(broken.dir, { recursive: true, force: true });
          expect(r.code).toBe(1);
          expect(r.outputs).toEqual({ result: 'error', 'sarif-file': '' });
          const errs = annotations(r, 'error');
          expect(errs.length).toBe(1);
          expect(errs[0]!.message).toMatch(/^graphguard\.yml:\d+:\d+: \S/);
          expect(errs[0]!.message).not.toContain('\n');
          expect(r.stderr).toBe('');
        } finally {
          await gh.close();
        }
      });
    });
  });
}
