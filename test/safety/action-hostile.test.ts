/** The action (dist/index.js) on a hostile pull request: a broken base manifest, a committed SARIF symlink. */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_MANIFEST_BYTES } from '../../src/manifest/load.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { git } from '../helpers/git.js';
import { ACTION_ENTRY, runAction, type ActionRun } from '../helpers/run-action.js';

const MANIFEST = `version: 1
business:
  id: "100000000000001"
app:
  id: "200000000000002"
  accessLevel: standard
  graphApiVersion: v25.0
assets:
  - { id: "300000000000003", type: page, name: Shop, environment: production }
  - { id: "300000000000004", type: page, name: Shop (test), environment: test }
systemUsers:
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets:
      - asset: Shop
        tasks: [CREATE_CONTENT]
  - name: shop-test
    role: system_user
    environment: test
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token: { secret: META_SHOP_TEST_TOKEN, expires: 60d }
    assets:
      - asset: Shop (test)
        tasks: [CREATE_CONTENT]
`;


const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A repository whose base commit has `baseFiles` and head commit `headFiles`; returns the action's run. */
async function prRun(baseFiles: Record<string, string>, headFiles: Record<string, string | null>, inputs: Record<string, string> = {}, after?: (dir: string) => void): Promise<ActionRun & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-act-hostile-'));
  dirs.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  // (null: the file is deleted.)
  const write = (files: Record<string, string | null>) => {
    for (const [p, c] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      if (c === null) rmSync(path.join(dir, p));
      else writeFileSync(path.join(dir, p), c);
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'x');
    return git(dir, 'rev-parse', 'HEAD');
  };
  const base = write(baseFiles);
  const head = write(headFiles);
  after?.(dir);
  const gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', pulls: { 3: { files: [] } }, comments: {} });
  try {
    const r = await runAction({
      node: process.execPath,
      workspace: dir,
      inputs: { comment: 'false', ...inputs },
      githubToken: 'ghs_x',
      eventName: 'pull_request',
      payload: {
        action: 'opened',
        number: 3,
        pull_request: { number: 3, base: { sha: base, repo: { full_name: 'acme/shop' } }, head: { sha: head, repo: { full_name: 'acme/shop' } } },
        repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' } },
      },
      apiUrl: gh.url,
      repository: 'acme/shop',
    });
    return { ...r, dir };
  } finally {
    await gh.close();
  }
}

const warnings = (r: ActionRun) => r.commands.filter((c) => c.command === 'warning').map((c) => c.message);

describe.skipIf(!existsSync(ACTION_ENTRY))('action: a broken base-branch manifest', () => {
  const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
  it.each([
    ['invalid YAML', 'version: 1\nbusiness: {id: "1"\n', /graphguard\.yml \(base\):3:1: invalid YAML/],
    ['an alias bomb', bomb, /aliases expand past 100 nodes/],
    ['over the size limit', `# ${'x'.repeat(MAX_MANIFEST_BYTES)}\n`, /manifest is \d+ bytes; the limit is 8388608/],
  ])('%s: one warning "new access not checked: …", the rest runs and passes', async (_, baseText, why) => {
    const r = await prRun({ 'graphguard.yml': baseText }, { 'graphguard.yml': MANIFEST }, { sarif: 'out.sarif' });
    const w = warnings(r).filter((m) => m.startsWith('new access not checked: '));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(why);
    expect(r.outputs.result).toBe('pass');
    expect(r.code).toBe(0);
    expect(existsSync(path.join(r.dir, 'out.sarif'))).toBe(true);
    expect(r.summary).toContain('## graphguard');
  });
});

describe.skipIf(!existsSync(ACTION_ENTRY))("action: a pull request cannot pass the base's new-access gate (review A33)", () => {
  const gate = (severity: string) => `rules:\n  new-access: ${severity}\n`;
  // The head grants shop-prod a permission the base did not (which its use case allows): only new-access reports it.
  const granted = MANIFEST.replace('    permissions: [pages_manage_posts]\n    token: { secret: META_SHOP_PROD_TOKEN', '    permissions: [pages_manage_posts, pages_read_engagement]\n    token: { secret: META_SHOP_PROD_TOKEN');
  const grantLine = granted.split('\n').indexOf('    permissions: [pages_manage_posts, pages_read_engagement]') + 1;
  const errors = (r: ActionRun) => r.commands.filter((c) => c.command === 'error' && c.properties.title).map((c) => `${c.properties.title} ${c.properties.line}`);

  it('A33-1: a base that cannot be read is said though the head turns new-access off', async () => {
    const r = await prRun({ 'graphguard.yml': 'version: 1\nbusiness: {id: "1"\n' }, { 'graphguard.yml': MANIFEST + gate('off') });
    expect(warnings(r).filter((m) => m.startsWith('new access not checked: '))).toHaveLength(1);
  });

  it('A33-2: a suppression comment in the head manifest does not hide new-access (the comment is an invalid suppression)', async () => {
    const commented = granted.replace('    permissions: [pages_manage_posts, pages_read_engagement]', '    # graphguard-disable-next-line new-access -- approved\n    permissions: [pages_manage_posts, pages_read_engagement]');
    const r = await prRun({ 'graphguard.yml': MANIFEST + gate('error') }, { 'graphguard.yml': commented + gate('error') });
    expect(r.code).toBe(1);
    expect(errors(r).sort()).toEqual([`invalid-suppression ${grantLine}`, `new-access ${grantLine + 1}`]);
  });

  it("A33-3: the base is the manifest the base's own run loads, not a shadowed .graphguard.yml", async () => {
    const r = await prRun(
      { 'graphguard.yml': MANIFEST + gate('error'), '.graphguard.yml': granted + gate('off') },
      { 'graphguard.yml': null, '.graphguard.yml': granted + gate('off') },
    );
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([`new-access ${grantLine}`]);
  });
});

describe.skipIf(!existsSync(ACTION_ENTRY))('action: writes only inside the workspace, never through a symlink', () => {
  it('a PR that commits graphguard.sarif as a symlink cannot make the runner overwrite its target', async () => {
    const victimDir = mkdtempSync(path.join(tmpdir(), 'gg-victim-'));
    dirs.push(victimDir);
    const victim = path.join(victimDir, 'credentials');
    writeFileSync(victim, 'keep me');
    const r = await prRun({ 'graphguard.yml': MANIFEST }, { 'graphguard.yml': MANIFEST }, { sarif: 'graphguard.sarif' }, (dir) => {
      symlinkSync(victim, path.join(dir, 'graphguard.sarif'));
    });
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(path.join(r.dir, 'graphguard.sarif')).isFile()).toBe(true);
    expect(r.outputs['sarif-file']).toBe('graphguard.sarif');
  });

  it('a SARIF path outside the workspace, or through a symlinked directory, is refused with one warning', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'gg-outside-'));
    dirs.push(outside);
    const up = await prRun({ 'graphguard.yml': MANIFEST }, { 'graphguard.yml': MANIFEST }, { sarif: '../escape.sarif' });
    expect(warnings(up).filter((m) => m.startsWith('Could not write the SARIF file'))).toEqual([
      expect.stringMatching(/^Could not write the SARIF file: refusing to write \.\.\/escape\.sarif: outside /),
    ]);
    expect(up.outputs['sarif-file']).toBe('');
    const linked = await prRun({ 'graphguard.yml': MANIFEST }, { 'graphguard.yml': MANIFEST }, { sarif: 'reports/x.sarif' }, (dir) => {
      symlinkSync(outside, path.join(dir, 'reports'));
    });
    expect(warnings(linked).some((m) => /a parent directory leads outside/.test(m))).toBe(true);
    expect(existsSync(path.join(outside, 'x.sarif'))).toBe(false);
  });
});
