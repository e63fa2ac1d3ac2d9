/** The operations a pull request adds, per system user, from the call sites of base and head (a real git repository). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeCalls, tokenNames } from '../../src/calls/analyze.js';
import { readFileCalls } from '../../src/calls/collect.js';
import { baseCallAnalysis, callEvidence, operationsAdded } from '../../src/calls/pr.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import type { Manifest } from '../../src/manifest/types.js';
import type { Report } from '../../src/types.js';
import { HEAD } from '../helpers/manifests.js';

const MANIFEST = parse(`${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [catalog_management]
    token: { secret: SHOP_TOKEN }
`) as Manifest;

const BASE_FILE = `const GRAPH = 'https://graph.facebook.com/v25.0';
const token = process.env.SHOP_TOKEN;
export const add = (catalogId) => fetch(\`\${GRAPH}/\${catalogId}/products\`, { method: 'POST' });
`;
const HEAD_FILE = `${BASE_FILE}export const post = (pageId) => fetch(\`\${GRAPH}/\${pageId}/feed\`, { method: 'POST' });
`;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(): { dir: string; base: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-pr-'));
  dirs.push(dir);
  const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
  g('init', '-q');
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/shop.js'), BASE_FILE);
  writeFileSync(path.join(dir, 'src/old.js'), "const t = process.env.SHOP_TOKEN;\nFB.api('/me/accounts');\n");
  g('add', '.');
  g('commit', '-qm', 'base');
  const base = g('rev-parse', 'HEAD');
  writeFileSync(path.join(dir, 'src/shop.js'), HEAD_FILE);
  g('rm', '-q', 'src/old.js');
  g('commit', '-qam', 'head');
  return { dir, base };
}

describe('operations this PR adds', () => {
  it('lists per user the operations head calls and base does not, with where head calls them', async () => {
    const { dir, base } = repo();
    const head = analyzeCalls(MANIFEST, [readFileCalls({ path: 'src/shop.js', text: HEAD_FILE }, tokenNames(MANIFEST))]);
    const before = await baseCallAnalysis({ cwd: dir, baseSha: base, head });
    expect(before.users[0]!.calls.map((c) => `${c.file} ${c.method} ${c.path}`)).toEqual([
      'src/old.js GET /{user-id}/accounts',
      'src/shop.js POST /{product-catalog-id}/products',
    ]);
    const added = operationsAdded(head, before);
    expect(added).toEqual([{ user: 'shop-prod', added: [{ method: 'POST', path: '/{page-id}/feed', file: 'src/shop.js', line: 4 }] }]);

    const report: Report = {
      tool: { name: 'graphguard', version: '0' },
      summary: { errors: 0, warnings: 0, notices: 0, filesScanned: 1, live: 'skipped' },
      findings: [],
    };
    const md = formatMarkdown(report, { operations: added, evidence: callEvidence(head) });
    expect(md).toContain('### Operations this PR adds\n\n- **shop-prod**\n  - POST /{page-id}/feed (src/shop.js:4)\n');
    expect(md).toContain(
      '### Graph API calls per system user\n\n- **shop-prod**: 2 calls\n  - POST /{product-catalog-id}/products (src/shop.js:3) needs catalog\\_management\n  - POST /{page-id}/feed (src/shop.js:4) needs pages\\_manage\\_posts, pages\\_read\\_engagement, business\\_management\n',
    );
  });

  it('reads a changed file at base with the Graph clients it imports, as the scan reads it at head', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-pr-'));
    dirs.push(dir);
    const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
    g('init', '-q');
    mkdirSync(path.join(dir, 'src'));
    const lib = "import axios from 'axios';\nexport const graph = axios.create({ baseURL: 'https://graph.facebook.com/v25.0' });\n";
    const use = "import { graph } from './graph';\nconst t = process.env.SHOP_TOKEN;\nexport const add = (id) => graph.post(`/${id}/products`);\n";
    writeFileSync(path.join(dir, 'src/graph.js'), lib);
    writeFileSync(path.join(dir, 'src/use.js'), use);
    g('add', '.');
    g('commit', '-qm', 'base');
    const base = g('rev-parse', 'HEAD');
    const useHead = `${use}export const post = (pageId) => graph.post(\`/\${pageId}/feed\`);\n`;
    writeFileSync(path.join(dir, 'src/use.js'), useHead);
    g('commit', '-qam', 'head');
    // Head as the scan reads it: src/use.js with the client src/graph.js exports.
    const { findExportedBindings, importsRead, readWithImports } = await import('../../src/calls/imports.js');
    const index = new Map([['src/graph.js', findExportedBindings(lib, 'src/graph.js')]]);
    const names = tokenNames(MANIFEST);
    const head = analyzeCalls(MANIFEST, [
      readFileCalls({ path: 'src/graph.js', text: lib }, names),
      readWithImports({ path: 'src/use.js', text: useHead }, importsRead('src/use.js', useHead, index, (r: string) => index.has(r))!, names),
    ]);
    const before = await baseCallAnalysis({ cwd: dir, baseSha: base, head });
    expect(before.users[0]!.calls.map((c) => `${c.file}:${c.line} ${c.method} ${c.path}`)).toEqual(['src/use.js:3 POST /{product-catalog-id}/products']);
    // Only the call the PR adds: the one base already made through the import is not new.
    expect(operationsAdded(head, before)).toEqual([{ user: 'shop-prod', added: [{ method: 'POST', path: '/{page-id}/feed', file: 'src/use.js', line: 4 }] }]);
  });

  it("reads a changed file at base through a client of one of the monorepo's packages, imported by name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-pr-'));
    dirs.push(dir);
    const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
    g('init', '-q');
    mkdirSync(path.join(dir, 'packages/graph/src'), { recursive: true });
    mkdirSync(path.join(dir, 'apps/shop'), { recursive: true });
    const pkg = JSON.stringify({ name: '@acme/graph', main: 'dist/index.js' });
    const lib = "import axios from 'axios';\nexport const graph = axios.create({ baseURL: 'https://graph.facebook.com/v25.0' });\n";
    const use = "import { graph } from '@acme/graph';\nconst t = process.env.SHOP_TOKEN;\nexport const add = (id) => graph.post(`/${id}/products`);\n";
    writeFileSync(path.join(dir, 'packages/graph/package.json'), pkg);
    writeFileSync(path.join(dir, 'packages/graph/src/index.js'), lib);
    writeFileSync(path.join(dir, 'apps/shop/use.js'), use);
    g('add', '.');
    g('commit', '-qm', 'base');
    const base = g('rev-parse', 'HEAD');
    const useHead = `${use}export const post = (pageId) => graph.post(\`/\${pageId}/feed\`);\n`;
    writeFileSync(path.join(dir, 'apps/shop/use.js'), useHead);
    g('commit', '-qam', 'head');
    const { findExportedBindings, importAliases, importsRead, readWithImports } = await import('../../src/calls/imports.js');
    const files: Record<string, string> = { 'packages/graph/package.json': pkg, 'packages/graph/src/index.js': lib, 'apps/shop/use.js': useHead };
    const exists = (r: string) => Object.hasOwn(files, r);
    const { aliases } = importAliases(['packages/graph/package.json'], exists, (r) => files[r]);
    const index = new Map([['packages/graph/src/index.js', findExportedBindings(lib, 'packages/graph/src/index.js')]]);
    const names = tokenNames(MANIFEST);
    const head = analyzeCalls(MANIFEST, [
      readFileCalls({ path: 'packages/graph/src/index.js', text: lib }, names),
      readWithImports({ path: 'apps/shop/use.js', text: useHead }, importsRead('apps/shop/use.js', useHead, index, exists, aliases)!, names),
    ]);
    expect(head.users[0]!.calls.map((c) => `${c.file}:${c.line} ${c.method} ${c.path}`)).toEqual(['apps/shop/use.js:3 POST /{product-catalog-id}/products', 'apps/shop/use.js:4 POST /{page-id}/feed']);
    const before = await baseCallAnalysis({ cwd: dir, baseSha: base, head });
    expect(before.users[0]!.calls.map((c) => `${c.file}:${c.line} ${c.method} ${c.path}`)).toEqual(['apps/shop/use.js:3 POST /{product-catalog-id}/products']);
    expect(operationsAdded(head, before)).toEqual([{ user: 'shop-prod', added: [{ method: 'POST', path: '/{page-id}/feed', file: 'apps/shop/use.js', line: 4 }] }]);
  });

  it('reads a changed Python file at base with the client its module holds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-pr-'));
    dirs.push(dir);
    const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
    g('init', '-q');
    mkdirSync(path.join(dir, 'app/meta'), { recursive: true });
    const lib = 'import httpx\nclient = httpx.Client(base_url="https://graph.facebook.com/v25.0")\n';
    const init = 'from .graph import client\n';
    const use = 'import os\nfrom app.meta import client\ntoken = os.environ["SHOP_TOKEN"]\n\n\ndef add(catalog_id):\n    client.post(f"/{catalog_id}/products")\n';
    writeFileSync(path.join(dir, 'app/meta/graph.py'), lib);
    writeFileSync(path.join(dir, 'app/meta/__init__.py'), init);
    writeFileSync(path.join(dir, 'app/use.py'), use);
    g('add', '.');
    g('commit', '-qm', 'base');
    const base = g('rev-parse', 'HEAD');
    const useHead = `${use}\n\ndef post(page_id):\n    client.post(f"/{page_id}/feed")\n`;
    writeFileSync(path.join(dir, 'app/use.py'), useHead);
    g('commit', '-qam', 'head');
    const { pythonImportsRead } = await import('../../src/calls/python-imports.js');
    const { findModuleBindings } = await import('../../src/calls/sites.js');
    const { readWithImports } = await import('../../src/calls/imports.js');
    const files = new Set(['app/meta/graph.py', 'app/meta/__init__.py', 'app/use.py']);
    const exists = (r: string) => files.has(r);
    const index = new Map([['app/meta/graph.py', findModuleBindings(lib, 'app/meta/graph.py')]]);
    index.set('app/meta/__init__.py', [{ ...index.get('app/meta/graph.py')![0]!, from: ['app/meta/graph.py'] }]);
    const names = tokenNames(MANIFEST);
    const head = analyzeCalls(MANIFEST, [readWithImports({ path: 'app/use.py', text: useHead }, pythonImportsRead('app/use.py', useHead, index, exists)!, names)]);
    expect(head.users[0]!.calls.map((c) => `${c.file}:${c.line} ${c.method} ${c.path}`)).toEqual(['app/use.py:7 POST /{product-catalog-id}/products', 'app/use.py:11 POST /{page-id}/feed']);
    const before = await baseCallAnalysis({ cwd: dir, baseSha: base, head });
    expect(before.users[0]!.calls.map((c) => `${c.file}:${c.line} ${c.method} ${c.path}`)).toEqual(['app/use.py:7 POST /{product-catalog-id}/products']);
    expect(operationsAdded(head, before)).toEqual([{ user: 'shop-prod', added: [{ method: 'POST', path: '/{page-id}/feed', file: 'app/use.py', line: 11 }] }]);
  });

  it('refuses a base that is not a sha', async () => {
    const head = analyzeCalls(MANIFEST, []);
    await expect(baseCallAnalysis({ cwd: tmpdir(), baseSha: '--upload-pack=x', head })).rejects.toThrow('not a commit sha');
  });
});
