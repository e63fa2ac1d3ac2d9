/**
 * Calls made through a Graph client another file exports (src/calls/imports.ts): a JavaScript/TypeScript
 * file that imports one is read with it declared, so its calls through it are its own
 * (at their own lines) and count for its user: `missing-permission` sees them, `infer` lists them.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addBarrels, findExportedBindings, importAliases, importNotFollowedReason, importsOf, importsRead, isResolutionConfig, parseJsonc, readImportsOf, readWithImports, reexportsOf, resolveImport, tsconfigAliases } from '../../src/calls/imports.js';
import { readFileCalls } from '../../src/calls/collect.js';
import * as sites from '../../src/calls/sites.js';
import { git } from '../helpers/git.js';
import { findingsAt, runCli, writeFiles } from '../helpers/repo.js';
import { HEAD } from '../helpers/manifests.js';

const GRAPH = "'https://graph.facebook.com/v25.0'";

describe('importsOf', () => {
  it('reads the names each import binds, ES modules and CommonJS', () => {
    const text = [
      "import graph from './graph';",
      "import api, { makeClient, GRAPH as G } from '../lib/graph.js';",
      "import { type Config, default as client } from './client';",
      "import type { Only } from './types';",
      "import * as all from './all';",
      "import fb = require('./fb');",
      "const http = require('./http');",
      "const { graph: g2, url } = require('./more');",
      "const picked = require('./pick').picked;",
      "const dynamic = await import('./dynamic');",
      "import './side-effect';",
    ].join('\n');
    // Where each specifier is, and the assignment a CommonJS import is (blanked when its names are declared ahead).
    const span = (needle: string, from = 0) => {
      const a = text.indexOf(needle, from);
      return [a, a + needle.length];
    };
    expect(importsOf(text)).toEqual([
      { spec: './graph', names: [{ imported: 'default', local: 'graph' }], at: span("'./graph'") },
      { spec: '../lib/graph.js', names: [{ imported: 'default', local: 'api' }, { imported: 'makeClient', local: 'makeClient' }, { imported: 'GRAPH', local: 'G' }], at: span("'../lib/graph.js'") },
      { spec: './client', names: [{ imported: 'default', local: 'client' }], at: span("'./client'") },
      { spec: './all', names: [], all: true, at: span("'./all'") },
      { spec: './fb', names: [{ imported: 'default', local: 'fb' }], at: span("'./fb'"), assignment: span("import fb = require('./fb')") },
      // The name's assignment is blanked (not `const`); of a destructuring, only the `require(…)`.
      { spec: './http', names: [{ imported: 'default', local: 'http' }], at: span("'./http'"), assignment: span("http = require('./http')"), span: span("http = require('./http')") },
      { spec: './more', names: [{ imported: 'graph', local: 'g2' }, { imported: 'url', local: 'url' }], at: span("'./more'"), assignment: span("require('./more')"), span: span("{ graph: g2, url } = require('./more')") },
      { spec: './pick', names: [{ imported: 'picked', local: 'picked' }], at: span("'./pick'"), assignment: span("picked = require('./pick').picked"), span: span("picked = require('./pick').picked") },
      { spec: './dynamic', names: [], all: true, at: span("'./dynamic'") },
    ]);
  });

  it('is not fooled by the words in strings and comments, or by member names', () => {
    expect(importsOf("// import graph from './graph'\nconst s = \"import x from './y'\";\nobj.import(x);\nobj.require('./z');\n")).toEqual([]);
  });
});

describe('resolveImport', () => {
  const files = new Set(['src/lib/graph.ts', 'src/lib/index.js', 'src/api/index.ts', 'src/x.mts', 'src/lib/graph.js']);
  const exists = (r: string) => files.has(r);
  it('resolves relative paths as TypeScript and Node do', () => {
    expect(resolveImport('src/pages/list.ts', '../lib/graph', exists)).toBe('src/lib/graph.ts');
    // TypeScript's ESM import names the output: the source is tried first.
    expect(resolveImport('src/pages/list.ts', '../lib/graph.js', exists)).toBe('src/lib/graph.js');
    expect(resolveImport('src/pages/list.ts', '../x.mjs', exists)).toBe('src/x.mts');
    expect(resolveImport('src/pages/list.ts', '../lib', exists)).toBe('src/lib/index.js');
    expect(resolveImport('src/pages/list.ts', '../api/', exists)).toBe('src/api/index.ts');
    expect(resolveImport('src/lib/graph.ts', '.', exists)).toBe('src/lib/index.js');
  });
  it('follows no package, alias or path out of the scanned folder', () => {
    expect(resolveImport('src/a.ts', 'axios', exists)).toBeUndefined();
    expect(resolveImport('src/a.ts', '@/lib/graph', exists)).toBeUndefined();
    expect(resolveImport('src/a.ts', '../../outside/graph', exists)).toBeUndefined();
    expect(resolveImport('src/a.ts', './missing', exists)).toBeUndefined();
  });
});

describe('path aliases from tsconfig.json', () => {
  it('parses tsconfig as TypeScript writes it: comments and trailing commas', () => {
    expect(parseJsonc('{\n  // paths\n  "compilerOptions": { /* a */ "paths": { "@/*": ["./src/*",], }, "s": "a//b/*c*/", },\n}\n')).toEqual({
      compilerOptions: { paths: { '@/*': ['./src/*'] }, s: 'a//b/*c*/' },
    });
    expect(parseJsonc('{ "a": "x\\"," , }')).toEqual({ a: 'x",' });
    expect(parseJsonc('{ "a": ')).toBeUndefined();
    expect(parseJsonc('[1, 2,\n// last\n]')).toEqual([1, 2]);
  });

  it("maps an import by the nearest tsconfig's paths, through extends, the longest prefix first", () => {
    const files: Record<string, string> = {
      'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@shared/*": ["packages/shared/src/*"] } } }',
      // A baseUrl inherited is what paths are relative to (TypeScript's rule).
      'apps/admin/tsconfig.json': '{ "extends": "./base.json", "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
      'apps/admin/base.json': '{ "compilerOptions": { "baseUrl": "../.." } }',
      'apps/web/tsconfig.json': '{ "extends": "../../tsconfig.base.json", "compilerOptions": { "paths": { "@/*": ["./src/*"], "@/lib/*": ["./lib/*"], "graph": ["./src/graph.ts"] } } }',
      'apps/api/tsconfig.json': '{ "extends": "../../tsconfig.base", "compilerOptions": {} }',
      'tsconfig.json': '{ "compilerOptions": { "paths": { "~/*": ["src/*"] } } }',
      'apps/web/src/graph.ts': '',
      'apps/web/lib/graph.ts': '',
      'packages/shared/src/graph/index.ts': '',
      'src/graph.ts': '',
    };
    const exists = (r: string) => Object.hasOwn(files, r);
    const aliases = tsconfigAliases(exists, (r) => files[r]);
    expect(resolveImport('apps/web/src/pages/a.ts', '@/graph', exists, aliases)).toBe('apps/web/src/graph.ts');
    expect(resolveImport('apps/web/src/pages/a.ts', '@/lib/graph', exists, aliases)).toBe('apps/web/lib/graph.ts');
    expect(resolveImport('apps/web/src/pages/a.ts', 'graph', exists, aliases)).toBe('apps/web/src/graph.ts');
    // paths set in this tsconfig replace the base's; another app inherits them (relative to the base's baseUrl).
    expect(resolveImport('apps/web/src/pages/a.ts', '@shared/graph', exists, aliases)).toBeUndefined();
    expect(resolveImport('apps/api/src/a.ts', '@shared/graph', exists, aliases)).toBe('packages/shared/src/graph/index.ts');
    expect(resolveImport('apps/admin/src/a.ts', '@/graph', exists, aliases)).toBe('src/graph.ts');
    expect(resolveImport('src/a.ts', '~/graph', exists, aliases)).toBe('src/graph.ts');
    expect(resolveImport('src/a.ts', '@/graph', exists, aliases)).toBeUndefined();
  });

  it('maps nothing out of the scanned folder, nor from a tsconfig it cannot parse', () => {
    const files: Record<string, string> = { 'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["../outside/*"], "#/*": ["/etc/*"] } } }', 'x/tsconfig.json': '{ nope', 'x/src/graph.ts': '' };
    const exists = (r: string) => Object.hasOwn(files, r);
    const aliases = tsconfigAliases(exists, (r) => files[r]);
    expect(resolveImport('src/a.ts', '@/graph', exists, aliases)).toBeUndefined();
    expect(resolveImport('src/a.ts', '#/passwd', exists, aliases)).toBeUndefined();
    expect(resolveImport('x/src/a.ts', '@/graph', exists, aliases)).toBeUndefined();
  });
});

describe('hostile and awkward imports (hunt R)', () => {
  const LIB = `import axios from 'axios';\nexport interface GraphPage<T> { data: T[] }\nexport type Id = string;\nexport const VERSION = 'v25.0';\nexport const graph = axios.create({ baseURL: ${GRAPH} });\n`;
  const index = new Map([['src/lib/graph.ts', findExportedBindings(LIB, 'src/lib/graph.ts')]]);
  const exists = (r: string) => r === 'src/lib/graph.ts';

  it('a tsconfig that extends itself many times is read once (R-1)', () => {
    let reads = 0;
    const self = JSON.stringify({ extends: Array.from({ length: 200 }, () => './tsconfig.json'), compilerOptions: { paths: { '@/*': ['src/*'] } } });
    const read = (r: string) => {
      if (r !== 'tsconfig.json') return undefined;
      reads++;
      return self;
    };
    const aliases = tsconfigAliases((r) => r === 'tsconfig.json' || r === 'src/lib/graph.ts', read);
    expect(resolveImport('src/a.ts', '@/lib/graph', (r) => r === 'src/lib/graph.ts', aliases)).toBe('src/lib/graph.ts');
    expect(aliases.patterns?.(['tsconfig.json'])).toEqual(['@/*']);
    expect(reads).toBe(1);
  });

  it("names that make no call (a type, an interface, a string constant) are taken with the client freely (R-6)", () => {
    expect(index.get('src/lib/graph.ts')!.map((b) => `${b.name}:${b.kind}`)).toEqual(['GraphPage:inert', 'Id:inert', 'VERSION:inert', 'graph:client']);
    const text = "import { graph, GraphPage, Id, VERSION } from '../lib/graph';\nexport const a = () => graph.get<GraphPage<Id>>(`/me/accounts?v=${VERSION}`);\n";
    const got = readWithImports({ path: 'src/pages/a.ts', text }, importsRead('src/pages/a.ts', text, index, exists)!, []);
    expect(got.calls.map((c) => [c.line, c.status, c.path])).toEqual([[2, 'mapped', '/{user-id}/accounts']]);
  });

  it("a destructuring's other names stay the file's: a token read in a default is kept (R-4)", () => {
    const text = "const {\n  graph,\n  token = process.env.META_SHOP_PROD_TOKEN,\n} = require('../lib/graph');\ngraph.get('/me/accounts');\n";
    const got = readWithImports({ path: 'src/pages/d.js', text }, importsRead('src/pages/d.js', text, index, exists)!, ['META_SHOP_PROD_TOKEN']);
    expect(got.tokens).toEqual([{ name: 'META_SHOP_PROD_TOKEN', line: 3, column: 23 }]);
    expect(got.calls.map((c) => [c.line, c.path])).toEqual([[5, '/{user-id}/accounts']]);
  });

  it("a package's path named like an exporting module is a package, not the module (R-10)", () => {
    const idx = new Map([['src/lib/axios.ts', [{ name: 'default', kind: 'client' as const, instagram: false }]]]);
    for (const spec of ['axios', '@opentelemetry/axios', 'react-dom/axios']) expect(importsRead('src/a.ts', `import x from '${spec}';\n`, idx, () => false)).toBeUndefined();
    expect(importsRead('src/a.ts', "import x from '~/lib/axios';\n", idx, () => false)?.unfollowed.map((u) => u.why)).toEqual(['a path not resolved']);
  });

  it('barrels: an import exported again, a CommonJS re-export, a chain past the depth noted, not dropped (R-2, R-3)', () => {
    const files: Record<string, string> = {
      'src/lib/graph.ts': LIB,
      'src/lib/index.ts': "import { graph } from './graph';\nexport { graph };\nexport default graph;\n",
      'src/cjs/index.js': "module.exports = require('../lib/graph');\n",
      'src/c0/index.ts': "export * from '../lib/graph';\n",
    };
    for (let k = 1; k <= 10; k++) files[`src/c${k}/index.ts`] = `export * from '../c${k - 1}';\n`;
    const ex = (r: string) => Object.hasOwn(files, r);
    const idx = new Map([['src/lib/graph.ts', findExportedBindings(LIB, 'src/lib/graph.ts')]]);
    // The chain listed from its far end: one barrel more each round.
    addBarrels(idx, Object.keys(files).reverse(), (r) => ({ exports: true, text: files[r] }), ex, undefined);
    const kinds = (f: string) => idx.get(f)?.filter((b) => b.kind !== 'inert').map((b) => `${b.name}:${b.kind}`);
    expect(kinds('src/lib/index.ts')).toEqual(['graph:client', 'default:client']);
    expect(kinds('src/cjs/index.js')).toEqual(['graph:client']);
    expect(kinds('src/c7/index.ts')).toEqual(['graph:client']);
    // Past the depth: in the index with a mark alone, so that an import of any name of it is noted.
    expect(kinds('src/c8/index.ts')).toEqual(['\0cut:opaque']);
    const text = "import { graph } from '../c10';\ngraph.post('/1/feed', {});\n";
    expect(importsRead('src/x/a.ts', text, idx, ex)?.unfollowed.map((u) => u.why)).toEqual(['`graph` of a module that holds a Graph client']);
    const viaLib = "import api, { graph } from '../lib';\napi.get('/me/accounts');\n";
    const got = readWithImports({ path: 'src/x/b.ts', text: viaLib }, importsRead('src/x/b.ts', viaLib, idx, ex)!, []);
    expect(got.calls.map((c) => [c.line, c.status, c.path])).toEqual([[2, 'mapped', '/{user-id}/accounts']]);
  });
});

describe('more awkward imports (hunt S)', () => {
  it('names that make no call: const enum, true, -1, declare, a list as const; never a name the file also gives a value (S-1, S-4)', () => {
    const lib = [
      `export const graph = axios.create({ baseURL: ${GRAPH} });`,
      'export const enum Kind { A }',
      'export const ON = true;',
      'export const NONE = -1;',
      'export declare const injected: string;',
      "export const FIELDS = ['id', 'name'] as const;",
      'export interface Catalog { id: string }',
      'export const Catalog = { add: (id: string) => graph.post(`/${id}/products`) };',
      "export const fetchPages = async () => graph.get('/me/accounts');",
      '',
    ].join('\n');
    expect(findExportedBindings(lib, 'src/lib/graph.ts').map((b) => `${b.name}:${b.kind}`)).toEqual([
      'graph:client', 'Kind:inert', 'ON:inert', 'NONE:inert', 'injected:inert', 'FIELDS:inert',
    ]);
  });

  it("an exported URL's version hole keeps its name, so the importer's calls read as the exporter's would (S-2)", () => {
    const lib = "export const apiVersion = process.env.GRAPH_API_VERSION ?? 'v25.0';\nexport const GRAPH = `https://graph.facebook.com/${apiVersion}`;\n";
    const index = new Map([['src/lib/graph.ts', findExportedBindings(lib, 'src/lib/graph.ts')]]);
    const text = "import { GRAPH } from '../lib/graph';\nexport const add = (catalogId) => fetch(`${GRAPH}/${catalogId}/products`, { method: 'POST' });\n";
    const got = readWithImports({ path: 'src/pages/a.ts', text }, importsRead('src/pages/a.ts', text, index, (r) => r === 'src/lib/graph.ts')!, []);
    expect(got.calls.map((c) => [c.line, c.method, c.status, c.path])).toEqual([[2, 'POST', 'mapped', '/{product-catalog-id}/products']]);
  });

  it("a barrel's own export and a named re-export hide what `export *` passes on (S-3)", () => {
    const files: Record<string, string> = {
      'src/fb.ts': `export const graph = axios.create({ baseURL: ${GRAPH} });\nexport const pages = axios.create({ baseURL: ${GRAPH} });\n`,
      'src/index.ts': "export * from './fb';\nexport const graph = axios.create({ baseURL: 'https://api.example.com' });\nexport { pages } from './internal';\n",
      'src/internal.ts': 'export const pages = 1;\n',
    };
    const idx = new Map([['src/fb.ts', findExportedBindings(files['src/fb.ts']!, 'src/fb.ts')]]);
    addBarrels(idx, Object.keys(files), (r) => ({ exports: true, text: files[r] }), (r) => Object.hasOwn(files, r), undefined);
    expect(idx.get('src/index.ts')).toBeUndefined();
  });

  it("tsconfig's baseUrl resolves a bare import (Next.js's absolute imports); a package stays a package (S-7)", () => {
    const files: Record<string, string> = { 'tsconfig.json': '{ "compilerOptions": { "baseUrl": "." } }', 'lib/graph.ts': '', 'lib/axios.ts': '' };
    const exists = (r: string) => Object.hasOwn(files, r);
    const aliases = tsconfigAliases(exists, (r) => files[r]);
    expect(resolveImport('src/a.ts', 'lib/graph', exists, aliases)).toBe('lib/graph.ts');
    expect(resolveImport('src/a.ts', 'axios', exists, aliases)).toBeUndefined();
    expect(aliases.mapsByPattern?.('src/a.ts', 'axios')).toBe(false);
  });

  it('reads 40,000 declarations of one name and 30,000 path patterns in linear time (S-6, S-9)', () => {
    expect(readImportsOf('let a = 1;\n'.repeat(40_000)).bound.get('a')).toHaveLength(40_000);
    const paths = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`@p${i}/*`, [`src/p${i}/*`]]));
    const aliases = tsconfigAliases((r) => r === 'tsconfig.json', () => JSON.stringify({ compilerOptions: { paths } }));
    expect(aliases.patterns?.(['tsconfig.json'])).toHaveLength(256);
  });
});

describe('regressions a fourth review found (hunt T)', () => {
  it("a module's functions, classes and constants that name no client make no call: imported freely (T-1)", () => {
    const lib = [
      `export const graph = axios.create({ baseURL: ${GRAPH} });`,
      'export function isRateLimited(e: unknown) { return (e as { code?: number }).code === 4; }',
      'export class GraphError extends Error {}',
      "export const GRAPH_VERSION = process.env.GRAPH_VERSION ?? 'v25.0';",
      "export const pages = () => graph.get('/me/accounts');",
      'export function viaPages() { return pages(); }',
      '',
    ].join('\n');
    expect(findExportedBindings(lib, 'src/lib/graph.ts').map((b) => `${b.name}:${b.kind}`)).toEqual(['graph:client', 'isRateLimited:inert', 'GraphError:inert', 'GRAPH_VERSION:inert']);
  });

  it('a client whose host its caller chooses is not declared for an importer: noted (T-4)', () => {
    const lib = `export function make(instagram: boolean) {\n  return axios.create({ baseURL: instagram ? 'https://graph.instagram.com/v25.0' : ${GRAPH} });\n}\n`;
    const index = new Map([['src/lib/graph.ts', findExportedBindings(lib, 'src/lib/graph.ts')]]);
    expect(index.get('src/lib/graph.ts')!.map((b) => b.kind)).toEqual(['chosen']);
    const text = "import { make } from '../lib/graph';\nmake(true).get('/me/media');\n";
    expect(importsRead('src/pages/a.ts', text, index, (r) => r === 'src/lib/graph.ts')).toEqual({ prelude: '', blank: [], unfollowed: [{ start: 21, end: 35, why: '`make` has its host chosen by its caller' }], through: ['src/lib/graph.ts'] });
  });

  it('a test that mocks the module, or a mock server handler, declares nothing (T-3, T-5)', () => {
    const index = new Map([['src/lib/graph.ts', findExportedBindings(`export const graph = axios.create({ baseURL: ${GRAPH} });\nexport const GRAPH_URL = ${GRAPH};\n`, 'src/lib/graph.ts')]]);
    const exists = (r: string) => r === 'src/lib/graph.ts';
    expect(importsRead('src/pages/a.test.ts', "import { graph } from '../lib/graph';\nvi.mock('../lib/graph');\ngraph.post('/1/feed');\n", index, exists)).toBeUndefined();
    expect(importsRead('src/mocks/h.ts', "import { http } from 'msw';\nimport { GRAPH_URL } from '../lib/graph';\nhttp.post(`${GRAPH_URL}/:id/campaigns`, () => null);\n", index, exists)).toBeUndefined();
  });
});

describe('reexportsOf', () => {
  it('reads what a barrel passes on', () => {
    expect(reexportsOf("export { graph, api as client, default as fb } from './graph';\nexport * from './more';\nexport * as ns from './ns';\nexport type { T } from './t';\nexport { local };\n")).toEqual([
      { spec: './graph', names: [{ imported: 'graph', local: 'graph' }, { imported: 'api', local: 'client' }, { imported: 'default', local: 'fb' }], all: false },
      { spec: './more', names: [], all: true },
      { spec: './ns', names: [{ imported: '*', local: 'ns' }], all: false },
    ]);
  });
});

describe('findExportedBindings', () => {
  it('names each export as an importing file sees it', () => {
    const lib = [
      "import axios from 'axios';",
      `export const graph = axios.create({ baseURL: ${GRAPH} });`,
      `const ig = axios.create({ baseURL: 'https://graph.instagram.com' });`,
      'export { ig as instagram };',
      `export const GRAPH_URL = ${GRAPH};`,
      `export const graphConfig = { baseURL: ${GRAPH} };`,
      `export function makeClient(token) { return axios.create({ baseURL: ${GRAPH}, params: { access_token: token } }); }`,
      `export default axios.create({ baseURL: ${GRAPH} });`,
    ].join('\n');
    expect(findExportedBindings(lib, 'src/lib/graph.ts')).toEqual([
      { name: 'graph', kind: 'client', instagram: false },
      { name: 'instagram', kind: 'client', instagram: true },
      { name: 'GRAPH_URL', kind: 'url', instagram: false, url: [{ lit: 'https://graph.facebook.com/v25.0' }] },
      { name: 'graphConfig', kind: 'config', instagram: false },
      { name: 'makeClient', kind: 'factory', instagram: false },
      { name: 'default', kind: 'client', instagram: false },
    ]);
    expect(findExportedBindings(`const graph = axios.create({ baseURL: ${GRAPH} });\nmodule.exports = { graph, client: graph };\n`, 'lib/graph.js')).toEqual([
      { name: 'graph', kind: 'client', instagram: false },
      { name: 'client', kind: 'client', instagram: false },
    ]);
    expect(findExportedBindings(`export default function () {\n  return axios.create({ baseURL: ${GRAPH} });\n}\n`, 'lib/make.js')).toEqual([{ name: 'default', kind: 'factory', instagram: false }]);
    // Another language's file, or another host's client: nothing.
    expect(findExportedBindings(`GRAPH = ${GRAPH}\n`, 'lib/graph.py')).toEqual([]);
    expect(findExportedBindings("export const stripe = axios.create({ baseURL: 'https://api.stripe.com' });\n", 'lib/stripe.ts')).toEqual([]);
  });
});

describe('a file read with the clients it imports', () => {
  const LIB = [
    "import axios from 'axios';",
    `export const graph = axios.create({ baseURL: ${GRAPH} });`,
    `export const GRAPH_URL = ${GRAPH};`,
    `export const graphConfig = { baseURL: ${GRAPH} };`,
    `export function makeClient(token: string) { return axios.create({ baseURL: ${GRAPH}, params: { access_token: token } }); }`,
  ].join('\n');
  const index = new Map([['src/lib/graph.ts', findExportedBindings(LIB, 'src/lib/graph.ts')]]);
  const exists = (r: string) => r === 'src/lib/graph.ts';
  const USE = [
    "import { graph, GRAPH_URL as G, graphConfig } from '../lib/graph.js';",
    "const { makeClient } = require('../lib/graph');",
    '',
    'export async function run(pageId: string) {',
    "  await graph.get('/me/accounts');",
    '  const c = makeClient(process.env.META_SHOP_PROD_TOKEN!);',
    '  await c.post(`/${pageId}/feed`, { message: "hi" });',
    '  await fetch(`${G}/${pageId}/insights`);',
    '  const h = axios.create(graphConfig);',
    "  await h.delete(`/${pageId}/subscribed_apps`);",
    '}',
    '',
  ].join('\n');

  it('finds the calls through each at their own lines and columns, and nothing in the declarations', () => {
    const how = importsRead('src/pages/run.ts', USE, index, exists)!;
    expect(how.prelude.split('\n').length - 1).toBe(4);
    expect(how.unfollowed).toEqual([]);
    const got = readWithImports({ path: 'src/pages/run.ts', text: USE }, how, ['META_SHOP_PROD_TOKEN']);
    expect(got.calls.map((c) => [c.line, c.column, c.endLine, c.endColumn, c.method, c.path, c.source])).toEqual([
      [5, 15, 5, 34, 'GET', '/{user-id}/accounts', "  await graph.get('/me/accounts');"],
      [7, 11, 7, 53, 'POST', '/{page-id}/feed', '  await c.post(`/${pageId}/feed`, { message: "hi" });'],
      [8, 15, 8, 40, 'GET', '/{page-id}/insights', '  await fetch(`${G}/${pageId}/insights`);'],
      [10, 11, 10, 47, 'DELETE', '/{page-id}/subscribed_apps', '  await h.delete(`/${pageId}/subscribed_apps`);'],
    ]);
    expect(got.tokens).toEqual([{ name: 'META_SHOP_PROD_TOKEN', line: 6, column: 36 }]);
    // Read alone, the file has no Graph call at all.
    expect(readFileCalls({ path: 'src/pages/run.ts', text: USE }, ['META_SHOP_PROD_TOKEN']).calls).toEqual([]);
  });

  it('is nothing for a file that imports nothing of a module that exports a client', () => {
    expect(importsRead('src/pages/a.ts', "import { other } from './util';\nimport axios from 'axios';\n", index, exists)).toBeUndefined();
    expect(importsRead('src/lib/graph.ts', "import { graph } from './graph';\n", index, exists)).toBeUndefined();
    expect(importsRead('src/pages/a.py', 'from ..lib.graph import graph\n', index, exists)).toBeUndefined();
  });

  it('notes each import of such a module it does not follow, where it is: one unresolved call, never a silent skip', () => {
    const text = [
      "import * as lib from '../lib/graph';",
      "import { helper } from '../lib/graph';",
      "import { graph } from '@/lib/graph';",
      "import { other } from '@acme/graph';",
      "const whole = require('../lib/graph');",
      "const later = () => import('../lib/graph');",
      '',
    ].join('\n');
    const got = readWithImports({ path: 'src/pages/a.ts', text }, importsRead('src/pages/a.ts', text, index, exists)!, []);
    expect(got.calls.map((c) => [c.line, c.column, c.endColumn, c.status, c.reason])).toEqual([
      [1, 22, 36, 'unresolved', importNotFollowedReason('the module taken whole')],
      [2, 24, 38, 'unresolved', importNotFollowedReason('`helper` of a module that holds a Graph client')],
      [3, 23, 36, 'unresolved', importNotFollowedReason('a path not resolved')],
      // A package's path (`@acme/graph`) is no alias of the folder's: not taken for the module.
      [5, 23, 37, 'unresolved', importNotFollowedReason('`default` of a module that holds a Graph client')],
      [6, 28, 42, 'unresolved', importNotFollowedReason('the module taken whole')],
    ]);
  });

  it('a name the file binds again (a local client of another host, a destructuring) is neither: noted, never read as the import', () => {
    for (const again of ['const graph = new Stripe();', 'const { graph } = ctx;', "const { graph } = await import('./stripe.js');"]) {
      const text = `import { graph } from '../lib/graph';\nexport async function f(ctx) {\n  ${again}\n  return graph.post('/v1/charges');\n}\n`;
      const got = readWithImports({ path: 'src/pages/f.ts', text }, importsRead('src/pages/f.ts', text, index, exists)!, []);
      expect(got.calls.map((c) => [c.line, c.status, c.reason])).toEqual([[1, 'unresolved', importNotFollowedReason('`graph` bound to more than one thing')]]);
    }
  });

  it('reads CommonJS and `import x = require` imports: their assignments stand for the client, frames show the line as written', () => {
    const text = "const graph = require('../lib/graph').graph; graph.post('/1/feed', {});\nimport G = require('../lib/graph');\n";
    const idx = new Map([...index, ['src/lib/graph.ts', [...index.get('src/lib/graph.ts')!, { name: 'default', kind: 'client' as const, instagram: false }]]]);
    const got = readWithImports({ path: 'src/pages/c.ts', text }, importsRead('src/pages/c.ts', text, idx, exists)!, []);
    expect(got.calls.map((c) => [c.line, c.column, c.method, c.path, c.source])).toEqual([
      [1, 52, 'POST', '/{page-id}/feed', "const graph = require('../lib/graph').graph; graph.post('/1/feed', {});"],
    ]);
  });

  it('a name bound to two modules in one file is neither: noted, not read as the first', () => {
    const text = [
      "function a() { const { graph } = require('../lib/graph'); return graph.get('/me/accounts'); }",
      "function b(id) { const { graph } = require('../lib/other'); return graph.post(`/${id}/feed`, {}); }",
      '',
    ].join('\n');
    const ex = (r: string) => r === 'src/lib/graph.ts' || r === 'src/lib/other.ts';
    const got = readWithImports({ path: 'src/pages/two.js', text }, importsRead('src/pages/two.js', text, index, ex)!, []);
    expect(got.calls.map((c) => [c.line, c.status, c.path ?? c.reason])).toEqual([[1, 'unresolved', importNotFollowedReason('`graph` bound to more than one thing')]]);
  });

  it('reads an import list of any length, in linear time', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `n${i}`);
    const text = `import { ${names.join(', ')}, graph } from '../lib/graph';\ngraph.get('/me/accounts');\n`;
    expect(importsOf(text)[0]!.names.length).toBe(2001);
    const got = readWithImports({ path: 'src/pages/l.ts', text }, importsRead('src/pages/l.ts', text, index, exists)!, []);
    expect(got.calls.filter((c) => c.status === 'mapped').map((c) => [c.line, c.path])).toEqual([[2, '/{user-id}/accounts']]);
  });
});

describe('check and infer with a client imported from another file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const MANIFEST = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [pages_show_list, pages_read_engagement, business_management]
    token: { secret: META_SHOP_PROD_TOKEN }
    code: ["src/**"]
`;
  const setup = (files: Record<string, string>, manifest = MANIFEST) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-imports-'));
    writeFiles(dir, { 'graphguard.yml': manifest, ...files });
  };
  const run = (args: string[]) => runCli(dir, args, { GRAPHGUARD_SCAN_CACHE: '0' });
  const CHECK = ['check', '--format', 'json', '--today', '2026-11-27'];
  const FILES = {
    'src/lib/graph.ts': `import axios from 'axios';\nexport const graph = axios.create({ baseURL: ${GRAPH} });\n`,
    'src/pages/feed.ts': "import { graph } from '../lib/graph';\n\nexport const publish = (pageId: string) =>\n  graph.post(`/${pageId}/feed`, { message: 'hi' });\n",
  };

  it('missing-permission sees the call through the import, at its line', async () => {
    setup(FILES);
    const check = await run(CHECK);
    expect(findingsAt(check.stdout, ['missing-permission'])).toEqual(['missing-permission src/pages/feed.ts:4:9']);
    expect(check.code).toBe(1);
    const infer = JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { users: { name: string; calls: { method: string; path: string; file: string; line: number }[] }[] };
    expect(infer.users.map((u) => [u.name, u.calls.map((c) => `${c.method} ${c.path} ${c.file}:${c.line}`)])).toEqual([
      ['shop-prod', ['POST /{page-id}/feed src/pages/feed.ts:4']],
    ]);
  });

  it('never reads a tracked importer through a folder that became a symlink (to outside the checkout)', async () => {
    setup({ ...FILES, 'src/ext/use.ts': "import { graph } from '../lib/graph';\nexport const x = () => graph.get('/me');\n" });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    const outside = mkdtempSync(path.join(tmpdir(), 'gg-imports-outside-'));
    try {
      writeFileSync(path.join(outside, 'use.ts'), "import { graph } from '../lib/graph';\nexport const y = () => graph.delete('/act_1/campaigns');\n");
      rmSync(path.join(dir, 'src/ext'), { recursive: true });
      symlinkSync(outside, path.join(dir, 'src/ext'));
      const check = await run(CHECK);
      expect(findingsAt(check.stdout, ['missing-permission', 'missing-task', 'unused-permission'])).toEqual([
        'missing-permission src/pages/feed.ts:4:9',
        'missing-task src/pages/feed.ts:4:9',
      ]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('follows a path alias of tsconfig.json (`@/lib/graph`)', async () => {
    setup({
      'tsconfig.json': '{\n  // Next.js\n  "compilerOptions": { "paths": { "@/*": ["./src/*"], }, },\n}\n',
      'src/lib/graph.ts': FILES['src/lib/graph.ts'],
      'src/pages/feed.ts': FILES['src/pages/feed.ts'].replace("'../lib/graph'", "'@/lib/graph'"),
    });
    const check = await run(CHECK);
    expect(findingsAt(check.stdout, ['missing-permission'])).toEqual(['missing-permission src/pages/feed.ts:4:9']);
  });

  it('follows re-exports: a barrel, a barrel of barrels, `export *`, a rename', async () => {
    setup({
      'src/lib/graph.ts': FILES['src/lib/graph.ts'],
      'src/lib/index.ts': "export { graph as client } from './graph';\nexport type { Nothing } from './types';\n",
      'src/index.ts': "export * from './lib';\n",
      'src/pages/feed.ts': "import { client } from '..';\n\nexport const publish = (pageId: string) =>\n  client.post(`/${pageId}/feed`, { message: 'hi' });\n",
      'src/pages/other.ts': "import { graph } from '../lib';\nexport const g = () => graph.get('/me/accounts');\n",
    });
    const check = await run(CHECK);
    // src/pages/other.ts imports `graph`, which the barrel passes on only as `client`: no call there.
    expect(findingsAt(check.stdout, ['missing-permission'])).toEqual(['missing-permission src/pages/feed.ts:4:10']);
  });

  it('--changed-only reads a changed file through the client of a module it did not change', async () => {
    setup({ ...FILES, 'src/pages/feed.ts': "export const nothing = 1;\n" });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    // Through a barrel the PR does not change either.
    writeFileSync(path.join(dir, 'src/lib/index.ts'), "export * from './graph';\n");
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'barrel');
    writeFileSync(path.join(dir, 'src/pages/feed.ts'), FILES['src/pages/feed.ts'].replace("'../lib/graph'", "'../lib'"));
    const check = await run([...CHECK, '--changed-only', 'HEAD']);
    expect(findingsAt(check.stdout, ['missing-permission'])).toEqual(['missing-permission src/pages/feed.ts:4:9']);
  });

  it("a helper module of no user that calls through the client: an import of its functions is noted, so nothing is called unused (S-5)", async () => {
    setup({
      'src/lib/graph.ts': FILES['src/lib/graph.ts'],
      'src/pages/list.ts': "import { graph } from '../lib/graph';\nexport const list = () => graph.get('/me/accounts');\n",
      'lib/catalog.ts': "import { graph } from '../src/lib/graph';\nexport interface Product { id: string }\nexport const addProduct = (c: string) => graph.post(`/${c}/products`, {});\n",
      'src/jobs/sync.ts': "import { addProduct, type Product } from '../../lib/catalog';\nexport const sync = (c: string) => addProduct(c);\n",
    });
    const infer = JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { unresolved: { file: string; line: number; reason: string }[] };
    expect(infer.unresolved.filter((u) => u.file === 'src/jobs/sync.ts')).toEqual([
      { file: 'src/jobs/sync.ts', line: 1, user: 'shop-prod', reason: importNotFollowedReason('`addProduct` of a module that holds a Graph client') },
    ]);
    const check = await run(CHECK);
    expect(findingsAt(check.stdout, ['unused-permission'])).toEqual([]);
  });

  it('a class holding the client, exported by name or through a getter of a private field, is noted where it is imported (S-8)', async () => {
    setup({
      'src/lib/graph.ts': FILES['src/lib/graph.ts'],
      'src/pages/list.ts': "import { graph } from '../lib/graph';\nexport const list = () => graph.get('/me/accounts');\n",
      'lib/api.ts': `class Api {\n  private http = axios.create({ baseURL: ${GRAPH} });\n  get client() { return this.http; }\n}\nexport default Api;\n`,
      'src/jobs/sync.ts': "import Api from '../../lib/api';\nexport const sync = (c: string) => new Api().client.post(`/${c}/products`, {});\n",
    });
    const infer = JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { unresolved: { file: string; line: number; reason: string }[] };
    expect(infer.unresolved.map((u) => `${u.file}:${u.line}`)).toEqual(['lib/api.ts:5', 'src/jobs/sync.ts:1', 'src/lib/graph.ts:2']);
  });

  it("a client bound to one user's token, imported by another user's file, is never counted for the importer (T-2)", async () => {
    setup(
      {
        'src/lib/graph.ts': `export const shopGraph = axios.create({ baseURL: ${GRAPH}, params: { access_token: process.env.META_SHOP_PROD_TOKEN } });\n`,
        'src/ads/sets.ts': "import { shopGraph } from '../lib/graph';\nexport const sets = () => shopGraph.get('/310000000000001/product_sets');\n",
      },
      // A user with no `code:` globs first: the users' indexes are the manifest's, not those of the users with globs.
      `${HEAD}  - name: reports\n    role: system_user\n    environment: production\n    permissions: [read_insights]\n    token: { secret: META_REPORTS_TOKEN }\n  - name: shop-prod\n    role: system_user\n    environment: production\n    permissions: [catalog_management]\n    token: { secret: META_SHOP_PROD_TOKEN }\n    code: ["src/shop/**", "src/lib/**"]\n  - name: ads-bot\n    role: system_user\n    environment: production\n    permissions: [ads_management]\n    token: { secret: META_ADS_TOKEN }\n    code: ["src/ads/**"]\n`,
    );
    const check = await run(CHECK);
    expect(findingsAt(check.stdout, ['missing-permission', 'missing-task']).filter((f) => f.includes('src/ads/'))).toEqual([]);
    const infer = JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { unresolved: { file: string; reason: string }[] };
    expect(infer.unresolved.filter((u) => u.file === 'src/ads/sets.ts').map((u) => u.reason)).toEqual([importNotFollowedReason('a client bound to the token its module reads, of another user')]);
  });

  it('reads a client made from an imported config and called in one expression (hunt Q-9)', async () => {
    setup({
      'src/lib/graph.ts': `export const graphConfig = { baseURL: ${GRAPH} };\n`,
      'src/pages/feed.ts': "import axios from 'axios';\nimport { graphConfig } from '../lib/graph';\n\nexport const publish = (pageId: string) =>\n  axios.create(graphConfig).post(`/${pageId}/feed`, { message: 'hi' });\n",
    });
    const check = await run(CHECK);
    expect(findingsAt(check.stdout, ['missing-permission'])).toEqual(['missing-permission src/pages/feed.ts:5:29']);
  });

  it('a file of no user that imports the client adds nothing; a git checkout is read the same', async () => {
    setup({ ...FILES, 'scripts/seed.ts': "import { graph } from '../src/lib/graph';\ngraph.delete('/act_1/campaigns');\n" });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    const check = await run(CHECK);
    expect(findingsAt(check.stdout, ['missing-permission', 'missing-task'])).toEqual([
      'missing-permission src/pages/feed.ts:4:9',
      // POST /{page-id}/feed needs CREATE_CONTENT on a page, and shop-prod is granted none.
      'missing-task src/pages/feed.ts:4:9',
    ]);
  });
});

describe("a monorepo's own packages, imported by name", () => {
  const listed = (files: Record<string, string>) => {
    const names = Object.keys(files);
    const exists = (r: string) => Object.hasOwn(files, r);
    const { aliases, patterns } = importAliases(names.filter(isResolutionConfig), exists, (r) => files[r]);
    return { at: (importer: string, spec: string) => resolveImport(importer, spec, exists, aliases), aliases, patterns };
  };

  it("resolves a package's entry point to its source: exports' conditions, main and types of a build, a subpath, a pattern", () => {
    const { at, patterns } = listed({
      'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*', 'apps/*'] }),
      'packages/graph/package.json': JSON.stringify({ name: '@acme/graph', main: 'dist/index.js', types: 'dist/index.d.ts' }),
      'packages/graph/src/index.ts': '',
      'packages/meta/package.json': JSON.stringify({
        name: '@acme/meta',
        exports: { '.': { types: './dist/index.d.ts', import: './dist/esm/index.mjs', require: './dist/index.cjs' }, './client': './src/client.ts', './api/*': './src/api/*.ts', './internal/*': null },
      }),
      'packages/meta/src/index.mts': '',
      'packages/meta/src/client.ts': '',
      'packages/meta/src/api/pages.ts': '',
      'packages/plain/package.json': JSON.stringify({ name: 'plain-graph' }),
      'packages/plain/index.js': '',
      'packages/plain/lib/pages.js': '',
      'apps/shop/src/a.ts': '',
    });
    expect(at('apps/shop/src/a.ts', '@acme/graph')).toBe('packages/graph/src/index.ts');
    // The ES module build's source (`dist/esm/index.mjs` → `src/index.mts`), conditions in order and `types` last.
    expect(at('apps/shop/src/a.ts', '@acme/meta')).toBe('packages/meta/src/index.mts');
    expect(at('apps/shop/src/a.ts', '@acme/meta/client')).toBe('packages/meta/src/client.ts');
    expect(at('apps/shop/src/a.ts', '@acme/meta/api/pages')).toBe('packages/meta/src/api/pages.ts');
    expect(at('apps/shop/src/a.ts', 'plain-graph')).toBe('packages/plain/index.js');
    expect(at('apps/shop/src/a.ts', 'plain-graph/lib/pages')).toBe('packages/plain/lib/pages.js');
    // A package that is not the folder's, a name not a package's, a path out of the package: nothing.
    expect(at('apps/shop/src/a.ts', 'axios')).toBeUndefined();
    expect(at('apps/shop/src/a.ts', '@acme/other')).toBeUndefined();
    expect(at('apps/shop/src/a.ts', 'plain-graph/../graph/src/index')).toBeUndefined();
    // What an importer's bytes must hold to be lexed for its imports.
    expect(patterns).toEqual(['acme', '@acme/graph', '@acme/meta', 'plain-graph']);
  });

  it("reads Node's subpath imports (`#lib/*`) of the nearest package.json; a name two packages share, or one under node_modules, resolves to none", () => {
    const { at, patterns } = listed({
      'apps/shop/package.json': JSON.stringify({ name: 'shop', imports: { '#graph': './src/lib/graph.js', '#lib/*': { node: './src/lib/*.js', default: './src/lib/*.js' }, '#meta': '@acme/graph' } }),
      'apps/shop/src/lib/graph.ts': '',
      'apps/shop/src/lib/pages.ts': '',
      'apps/shop/src/jobs/sync.ts': '',
      'packages/graph/package.json': JSON.stringify({ name: '@acme/graph', main: 'index.ts' }),
      'packages/graph/index.ts': '',
      'examples/a/package.json': JSON.stringify({ name: 'twice', main: 'a.js' }),
      'examples/a/a.js': '',
      'examples/b/package.json': JSON.stringify({ name: 'twice', main: 'b.js' }),
      'examples/b/b.js': '',
      'node_modules/vendored/package.json': JSON.stringify({ name: 'vendored', main: 'index.js' }),
      'node_modules/vendored/index.js': '',
      'broken/package.json': '{ "name": "broken", ',
      'broken/index.js': '',
    });
    expect(at('apps/shop/src/jobs/sync.ts', '#graph')).toBe('apps/shop/src/lib/graph.ts');
    expect(at('apps/shop/src/jobs/sync.ts', '#lib/pages')).toBe('apps/shop/src/lib/pages.ts');
    expect(at('apps/shop/src/jobs/sync.ts', '#meta')).toBe('packages/graph/index.ts');
    expect(at('packages/graph/index.ts', '#graph')).toBeUndefined();
    expect(at('apps/shop/src/jobs/sync.ts', 'twice')).toBeUndefined();
    expect(at('apps/shop/src/jobs/sync.ts', 'vendored')).toBeUndefined();
    expect(at('apps/shop/src/jobs/sync.ts', 'broken')).toBeUndefined();
    expect(patterns).toEqual(['shop', '@acme/graph', 'twice', '#graph', '#lib/', '#meta']);
  });
});

describe('monorepo packages and chained clients, a hostile review (hunt U)', () => {
  const listed = (files: Record<string, string>, partial = false) => {
    const names = Object.keys(files);
    const exists = (r: string) => Object.hasOwn(files, r);
    const { aliases } = importAliases(names.filter(isResolutionConfig), exists, (r) => files[r], partial);
    return { at: (importer: string, spec: string) => resolveImport(importer, spec, exists, aliases), aliases };
  };

  it("takes Node's conditions before a browser stub's, and a bundler's .mjs output back to its .ts source (U-1, U-7)", () => {
    const { at } = listed({
      'packages/graph/package.json': JSON.stringify({
        name: '@acme/graph',
        exports: { '.': { types: './dist/index.d.ts', browser: './dist/browser.js', default: './dist/index.js' }, './clients/graph': { import: './dist/clients/graph.mjs' } },
      }),
      'packages/graph/src/browser.ts': '',
      'packages/graph/src/index.ts': '',
      'packages/graph/src/clients/graph.ts': '',
    });
    expect(at('apps/a.ts', '@acme/graph')).toBe('packages/graph/src/index.ts');
    expect(at('apps/a.ts', '@acme/graph/clients/graph')).toBe('packages/graph/src/clients/graph.ts');
  });

  it('past the package.json budget any package name may be one of the folder: an import of it is noted, never dropped (U-6)', () => {
    const files = { 'packages/graph/src/index.ts': '', 'apps/a.ts': '' };
    const { aliases } = listed(files, true);
    expect(aliases.packageDirs?.('@acme/graph')).toEqual(['']);
    expect(listed(files).aliases.packageDirs?.('@acme/graph')).toEqual([]);
  });

  it('reads a chained call once, with a base set on the request; a client made from a chained one keeps its base; a chained factory is still a client (U-2, U-4, U-5)', () => {
    const text = [
      `const GRAPH = ${GRAPH};`,
      "export async function e() { return axios.create({ timeout: 1 }).post('/123/feed', {}, { baseURL: GRAPH }); }",
      "export const k = (id) => ky.create({ prefixUrl: GRAPH }).extend({ timeout: 5 }).post(`${id}/products`);",
      "export const g = () => got.extend({ prefixUrl: GRAPH }).extend({ retry: 2 }).get('me/accounts');",
    ].join('\n');
    const { findCallSites } = sites;
    expect(findCallSites(text, 'src/a.ts').map((c) => `${text.slice(0, c.start).split('\n').length} ${c.method} ${c.segments === null ? c.reason : c.segments.map((x) => ('lit' in x ? x.lit : `{${x.ph}}`)).join('/')}`)).toEqual([
      '2 POST {id}/feed',
      '3 POST {id}/products',
      '4 GET me/accounts',
    ]);
    // A client made by a chain of makers, exported: still a client (its importers' calls are read).
    expect(findExportedBindings(`export default ky.create({ prefixUrl: ${GRAPH} }).extend({ timeout: 5 });\n`, 'src/g.ts').map((b) => `${b.kind} ${b.name}`)).toEqual(['client default']);
    expect(findExportedBindings(`export const make = () => got.extend({ prefixUrl: ${GRAPH} }).extend({ retry: 2 });\n`, 'src/g.ts').map((b) => `${b.kind} ${b.name}`)).toEqual(['factory make']);
  });
});

describe('check with a client exported by a package of the monorepo', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const MANIFEST = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [pages_show_list, pages_read_engagement, business_management]
    token: { secret: META_SHOP_PROD_TOKEN }
    code: ["apps/shop/**"]
`;
  const FILES = {
    'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*', 'apps/*'] }),
    'packages/graph/package.json': JSON.stringify({ name: '@acme/graph', main: 'dist/index.js', types: 'dist/index.d.ts' }),
    'packages/graph/src/index.ts': `import axios from 'axios';\nexport const graph = axios.create({ baseURL: ${GRAPH} });\n`,
    'apps/shop/package.json': JSON.stringify({ name: '@acme/shop', dependencies: { '@acme/graph': 'workspace:*' } }),
    'apps/shop/src/accounts.ts': "import { graph } from '@acme/graph';\nexport const pages = () => graph.get('/me/accounts');\n",
    'apps/shop/src/feed.ts': "import { graph } from '@acme/graph';\n\nexport const publish = (pageId: string) =>\n  graph.post(`/${pageId}/feed`, { message: 'hi' });\n",
  };
  const run = (args: string[]) => runCli(dir, args, { GRAPHGUARD_SCAN_CACHE: '0' });
  const CHECK = ['check', '--format', 'json', '--today', '2026-11-27'];

  it("reads the calls an app makes through the package's client, at their lines, for the app's user", async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-workspace-'));
    writeFiles(dir, { 'graphguard.yml': MANIFEST, ...FILES });
    const check = await run(CHECK);
    expect(findingsAt(check.stdout, ['missing-permission', 'unused-permission'])).toEqual(['missing-permission apps/shop/src/feed.ts:4:9']);
    expect(check.code).toBe(1);
  });

  it("an entry point not found, of a package that holds the client, is noted: nothing is called unused", async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-workspace-'));
    // Built by a bundler from lib/client.ts: neither the built path nor its source is one TypeScript or Node would find.
    const { 'packages/graph/src/index.ts': client, ...rest } = FILES;
    const files = { ...rest, 'packages/graph/lib/client.ts': client, 'packages/graph/package.json': JSON.stringify({ name: '@acme/graph', main: 'build/graph.bundle.js' }) };
    writeFiles(dir, { 'graphguard.yml': MANIFEST, ...files, 'apps/shop/src/direct.ts': "export const me = () => fetch('https://graph.facebook.com/v25.0/me/accounts');\n" });
    const infer = JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { unresolved: { file: string; line: number; reason: string }[] };
    expect(infer.unresolved.filter((u) => u.file.startsWith('apps/'))).toEqual([
      { file: 'apps/shop/src/accounts.ts', line: 1, user: 'shop-prod', reason: importNotFollowedReason('a package of the folder whose entry point was not found') },
      { file: 'apps/shop/src/feed.ts', line: 1, user: 'shop-prod', reason: importNotFollowedReason('a package of the folder whose entry point was not found') },
    ]);
    const check = await run(CHECK);
    expect(findingsAt(check.stdout, ['missing-permission', 'unused-permission'])).toEqual([]);
  });

  it('the note of an entry point not found passes through a barrel of the same user (U-3)', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-workspace-'));
    const { 'packages/graph/src/index.ts': client, 'apps/shop/src/accounts.ts': _a, 'apps/shop/src/feed.ts': _f, ...rest } = FILES;
    writeFiles(dir, {
      'graphguard.yml': MANIFEST,
      ...rest,
      'packages/graph/lib/client.ts': client,
      'packages/graph/package.json': JSON.stringify({ name: '@acme/graph', main: 'build/graph.bundle.js' }),
      'apps/shop/src/lib/index.ts': "export { graph } from '@acme/graph';\n",
      'apps/shop/src/feed.ts': "import { graph } from './lib';\nexport const publish = (pageId: string) => graph.post(`/${pageId}/feed`, {});\n",
      'apps/shop/src/direct.ts': "export const me = () => fetch('https://graph.facebook.com/v25.0/me/accounts');\n",
    });
    const infer = JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { unresolved: { file: string; line: number; reason: string }[] };
    expect(infer.unresolved.filter((u) => u.file.startsWith('apps/')).map((u) => `${u.file}:${u.line}`)).toEqual(['apps/shop/src/feed.ts:1']);
    const check = await run(CHECK);
    expect(findingsAt(check.stdout, ['unused-permission'])).toEqual([]);
  });

  it('--changed-only resolves a changed app file against the packages of the whole checkout', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-workspace-'));
    writeFiles(dir, { 'graphguard.yml': MANIFEST, ...FILES, 'apps/shop/src/feed.ts': 'export const nothing = 1;\n' });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    writeFileSync(path.join(dir, 'apps/shop/src/feed.ts'), FILES['apps/shop/src/feed.ts']);
    const check = await run([...CHECK, '--changed-only', 'HEAD']);
    expect(findingsAt(check.stdout, ['missing-permission'])).toEqual(['missing-permission apps/shop/src/feed.ts:4:9']);
  });
});
