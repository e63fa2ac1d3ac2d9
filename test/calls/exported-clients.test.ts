/**
 * A Graph client or Graph URL a JavaScript/TypeScript file exports is used by the files that import it,
 * which the call reader does not follow (it reads one file at a time). The file says so with one
 * *unresolved* call at the export, so that `unused-permission` never tells a user to drop a permission
 * its calls through the import need.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCallSites } from '../../src/calls/sites.js';
import { exportedClientReason } from '../../src/calls/markers.js';
import { runCli, writeFiles } from '../helpers/repo.js';
import { HEAD } from '../helpers/manifests.js';

/** The unresolved calls of a file: where (the text there) and why. */
function exported(text: string, file = 'src/graph.js'): { at: string; reason: string | undefined }[] {
  return findCallSites(text, file)
    .filter((c) => c.segments === null)
    .map((c) => ({ at: text.slice(c.start, c.end), reason: c.reason }));
}

const GRAPH = "'https://graph.facebook.com/v25.0'";
const client = (name: string) => ({ at: name, reason: exportedClientReason(name) });

describe('a Graph client or URL the file exports', () => {
  it('is one unresolved call at the export, whichever way JavaScript exports it', () => {
    expect(exported(`import axios from 'axios';\nexport const graph = axios.create({ baseURL: ${GRAPH} });\n`)).toEqual([client('graph')]);
    expect(exported(`import axios from 'axios';\nexport const graph: AxiosInstance = axios.create({ baseURL: ${GRAPH} });\n`, 'src/graph.ts')).toEqual([client('graph')]);
    expect(exported(`const GRAPH = ${GRAPH};\nconst graph = axios.create({ baseURL: GRAPH });\nmodule.exports = { graph };\n`)).toEqual([client('graph')]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nmodule.exports = graph;\n`)).toEqual([client('graph')]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nexports.graph = graph;\n`)).toEqual([client('graph')]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nmodule.exports.client = graph;\n`)).toEqual([client('graph')]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nexport { graph as client };\n`)).toEqual([client('graph')]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nexport default graph;\n`)).toEqual([client('graph')]);
    // A factory of the file: a function, an arrow function.
    expect(exported(`export function graph() {\n  return axios.create({ baseURL: ${GRAPH} });\n}\n`)).toEqual([client('graph')]);
    expect(exported(`export const graph = () => axios.create({ baseURL: ${GRAPH} });\n`)).toEqual([client('graph')]);
    // Made where it is exported: no name.
    expect(exported(`export default axios.create({ baseURL: ${GRAPH} });\n`)).toEqual([{ at: 'axios', reason: exportedClientReason(undefined) }]);
    expect(exported(`module.exports = ky.create({ prefixUrl: ${GRAPH} });\n`)).toEqual([{ at: 'ky', reason: exportedClientReason(undefined) }]);
    expect(exported(`module.exports = { graph: axios.create({ baseURL: ${GRAPH} }) };\n`)).toEqual([{ at: '{', reason: exportedClientReason(undefined) }]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nexport default { graph };\n`)).toEqual([client('graph')]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nexport = graph;\n`, 'src/graph.ts')).toEqual([client('graph')]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nexports['graph'] = graph;\n`)).toEqual([client('graph')]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nObject.assign(module.exports, { graph });\n`)).toEqual([client('graph')]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nObject.assign(exports, { client: graph });\n`)).toEqual([client('graph')]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nObject.assign(settings, { graph });\n`)).toEqual([]);
    expect(exported(`export default function () {\n  return axios.create({ baseURL: ${GRAPH} });\n}\n`)).toEqual([{ at: 'axios', reason: exportedClientReason(undefined) }]);
    expect(exported(`export default async function make(): Promise<AxiosInstance> {\n  return axios.create({ baseURL: ${GRAPH} });\n}\n`, 'src/graph.ts')).toEqual([{ at: 'axios', reason: exportedClientReason(undefined) }]);
    // A config for a client made in another file (`axios.create(graphConfig)`).
    expect(exported(`export const graphConfig = { baseURL: ${GRAPH}, timeout: 5000 };\n`)).toEqual([{ at: '{', reason: exportedClientReason('graphConfig') }]);
    expect(exported(`export const graphConfig: AxiosRequestConfig = { baseURL: ${GRAPH} };\n`, 'src/graph.ts')).toEqual([{ at: '{', reason: exportedClientReason('graphConfig') }]);
  });

  it('a Graph URL exported (a literal, a template on a constant, a default export) is one too', () => {
    expect(exported(`export const GRAPH_URL = ${GRAPH};\n`)).toEqual([{ at: 'GRAPH_URL', reason: exportedClientReason('GRAPH_URL', true) }]);
    expect(exported("const V = 'v25.0';\nexport const BASE = `https://graph.facebook.com/${V}`;\n")).toEqual([{ at: 'BASE', reason: exportedClientReason('BASE', true) }]);
    expect(exported(`const GRAPH = ${GRAPH};\nexport default GRAPH;\n`)).toEqual([{ at: 'GRAPH', reason: exportedClientReason('GRAPH', true) }]);
    expect(exportedClientReason('GRAPH', true)).toBe('a Graph API URL exported for other files (GRAPH): the calls made on it are read only in the files that import it');
    expect(exportedClientReason('graph')).toBe('a Graph API client exported for other files (graph): the calls made through it are read only in the files that import it');
  });

  it('a class that holds a Graph client (a field, a static field, the constructor) is one too; its own calls are read', () => {
    const cls = (name: string) => ({ at: name, reason: exportedClientReason(name, 'class') });
    expect(exported(`import axios from 'axios';\nexport default class Graph {\n  http = axios.create({ baseURL: ${GRAPH} });\n}\n`, 'src/g.ts')).toEqual([cls('Graph')]);
    expect(exported(`export class Graph {\n  static http = axios.create({ baseURL: ${GRAPH} });\n  pages() { return Graph.http.get('/me/accounts'); }\n}\n`, 'src/g.ts')).toEqual([cls('Graph')]);
    expect(exported(`export abstract class Api {\n  constructor() { this.http = axios.create({ baseURL: ${GRAPH} }); }\n}\n`, 'src/g.ts')).toEqual([cls('Api')]);
    expect(exported(`export default class {\n  http = new Client({ baseURL: ${GRAPH} });\n}\n`, 'src/g.ts')).toEqual([{ at: 'class', reason: exportedClientReason(undefined, 'class') }]);
    expect(exportedClientReason('Graph', 'class')).toBe('a Graph API client held by an exported class (Graph): the calls made through it in other files are not read');
    expect(exported(`export class A {\n  get http() { return axios.create({ baseURL: ${GRAPH} }); }\n}\n`, 'src/g.ts')).toEqual([cls('A')]);
    expect(exported(`export class A {\n  http: AxiosInstance;\n  constructor() { this.http = axios.create({ baseURL: ${GRAPH} }); }\n}\n`, 'src/g.ts')).toEqual([cls('A')]);
    // A client the class keeps to itself (private, protected, #private, a method's own): its calls are all read here.
    expect(exported(`export class A {\n  private http = axios.create({ baseURL: ${GRAPH} });\n}\n`, 'src/g.ts')).toEqual([]);
    expect(exported(`export class A {\n  #http = axios.create({ baseURL: ${GRAPH} });\n}\n`, 'src/g.ts')).toEqual([]);
    expect(exported(`export class A {\n  protected static http = axios.create({ baseURL: ${GRAPH} });\n}\n`, 'src/g.ts')).toEqual([]);
    expect(exported(`export class A {\n  private http: AxiosInstance;\n  constructor() { this.http = axios.create({ baseURL: ${GRAPH} }); }\n}\n`, 'src/g.ts')).toEqual([]);
    expect(exported(`export class A {\n  publish(id: string) { const c = axios.create({ baseURL: ${GRAPH} }); return c.post(\`/\${id}/feed\`); }\n}\n`, 'src/g.ts')).toEqual([]);
    // Another host's client, or a class that only calls Graph with a client it is given: nothing exported.
    expect(exported("export class Stripe {\n  http = axios.create({ baseURL: 'https://api.stripe.com' });\n}\n// graph.facebook.com\n", 'src/s.ts')).toEqual([]);
    expect(findCallSites(`export class Graph {\n  static http = axios.create({ baseURL: ${GRAPH} });\n  pages() { return Graph.http.get('/me/accounts'); }\n}\n`, 'src/g.ts').filter((c) => c.segments).map((c) => c.segments)).toEqual([
      [{ lit: 'me' }, { lit: 'accounts' }],
    ]);
  });

  it("is nothing for another host's client or URL, a client the file keeps, or calls the file makes itself", () => {
    expect(exported("const stripe = axios.create({ baseURL: 'https://api.stripe.com' });\nexport { stripe };\n// graph.facebook.com\n")).toEqual([]);
    expect(exported("export const stripeConfig = { baseURL: 'https://api.stripe.com' };\n// graph.facebook.com\n")).toEqual([]);
    // A name exported many times is looked up once; an object inside an exported object is not read again.
    expect(exported(`const G = ${GRAPH}; const X = 'a';\n${'export { X as a, X as b, X as c };\n'.repeat(2000)}export { G as g };\n`)).toEqual([{ at: 'G', reason: exportedClientReason('G', true) }]);
    expect(exported(`export const STRIPE = 'https://api.stripe.com';\nconst GRAPH = ${GRAPH};\nexport const pages = () => fetch(GRAPH + '/me/accounts');\n`)).toEqual([]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nexport const pages = () => graph.get('/me/accounts');\n`)).toEqual([]);
    expect(exported(`const graph = axios.create({ baseURL: ${GRAPH} });\nexport default async function handler() { return graph.get('/me/accounts'); }\n`)).toEqual([]);
    // A function exported whose own request is given the base URL: its call is read here, nothing is exported.
    expect(findCallSites(`const GRAPH = ${GRAPH};\nexports.publish = (id) => axios.post(\`/\${id}/feed\`, {}, { baseURL: GRAPH });\n`, 'a.js').map((c) => c.segments)).toEqual([
      [{ ph: 'id' }, { lit: 'feed' }],
    ]);
    // Many clients made where they are exported: one call says so.
    expect(exported(`module.exports = axios.create({ baseURL: ${GRAPH} });\n`.repeat(1000))).toHaveLength(1);
    // Python and the other languages: not read for exports.
    expect(exported(`import httpx\nclient = httpx.Client(base_url=${GRAPH})\n`, 'graph.py')).toEqual([]);
  });

  it('a client made and called in one expression is its call, read here; a function that returns its promise exports nothing (hunt Q-9)', () => {
    const text = [
      `const GRAPH = ${GRAPH};`,
      "export const pages = () => axios.create({ baseURL: GRAPH }).get('/me/accounts');",
      "export const other = () => axios.create({ baseURL: 'https://api.stripe.com' }).get('/v1/charges');",
      'const cfg = { baseURL: GRAPH, timeout: 5 };',
      'export function feed(id) {\n  return axios.create(cfg).post(`/${id}/feed`, {});\n}',
      'export const del = (id) => ky.create({ prefixUrl: GRAPH }).delete(`${id}`);',
      "export default axios.create({ baseURL: GRAPH }).get('/me/businesses');",
      "const create = (o) => o;\ncreate({ baseURL: GRAPH }).get('/not/a/client');",
    ].join('\n');
    expect(findCallSites(text, 'src/a.js').map((c) => `${text.slice(0, c.start).split('\n').length} ${c.method} ${c.segments === null ? c.reason : c.segments.map((x) => ('lit' in x ? x.lit : `{${x.ph}}`)).join('/')}`)).toEqual([
      '2 GET me/accounts',
      '6 POST {id}/feed',
      '8 DELETE {id}',
      '9 GET me/businesses',
    ]);
  });
});

describe('unused-permission with a client imported from another file', () => {
  const MANIFEST = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [catalog_management, pages_show_list, business_management]
    token: { secret: META_SHOP_PROD_TOKEN }
    code: ["src/**"]
`;
  const FILES: Record<string, string> = {
    'src/graph.js': `import axios from 'axios';\nexport const graph = axios.create({ baseURL: ${GRAPH}, headers: { Authorization: \`Bearer \${process.env.META_SHOP_PROD_TOKEN}\` } });\n`,
    'src/pages.js': "import { graph } from './graph.js';\nexport const shopPages = () => graph.get('/me/accounts');\n",
    'src/feed.js': `const GRAPH = ${GRAPH};\nexport const feeds = (id) => fetch(\`\${GRAPH}/\${id}/product_feeds\`, { method: 'POST' });\n`,
  };

  it('never calls a permission unused while calls go through an exported client; infer says why', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-exported-'));
    try {
      writeFiles(dir, { 'graphguard.yml': MANIFEST, ...FILES });
      const run = (args: string[]) => runCli(dir, args);
      const check = await run(['check', '--format', 'json', '--today', '2026-11-27']);
      // pages_show_list is what GET /me/accounts through the imported client needs: it is not unused.
      expect((JSON.parse(check.stdout) as { findings: { ruleId: string }[] }).findings.filter((f) => f.ruleId === 'unused-permission')).toEqual([]);
      const infer = await run(['infer', '--format', 'json']);
      expect((JSON.parse(infer.stdout) as { unresolved: unknown[] }).unresolved).toEqual([
        { file: 'src/graph.js', line: 2, user: 'shop-prod', reason: exportedClientReason('graph') },
      ]);
      // Without the export (the client kept in its file), the one call read judges: business_management and
      // pages_show_list unused — the finding the export now holds back.
      writeFileSync(path.join(dir, 'src/graph.js'), FILES['src/graph.js']!.replace('export const graph', 'const graph'));
      const kept = await run(['check', '--format', 'json', '--today', '2026-11-27']);
      expect(
        (JSON.parse(kept.stdout) as { findings: { ruleId: string; message: string }[] }).findings.filter((f) => f.ruleId === 'unused-permission').map((f) => f.message),
      ).toEqual([
        expect.stringContaining('`pages_show_list`'),
        expect.stringContaining('`business_management`'),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a file no user is attributed (a shared library, a test helper, a mock) stays nobody's: listed, silencing no one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-exported-'));
    try {
      // No code globs: the token read attributes src/feed.js; test/helpers/graph.js reads no token.
      writeFileSync(path.join(dir, 'graphguard.yml'), MANIFEST.replace('    code: ["src/**"]\n', ''));
      const files: Record<string, string> = {
        'test/helpers/graph.js': `import nock from 'nock';\nexport const GRAPH = ${GRAPH};\nexport const mockGraph = () => nock(GRAPH);\n`,
        'test/mocks/handlers.ts': "export {};\nexport type Handler = unknown;\nexport const handlers = [http.get('https://graph.facebook.com/v25.0/me/accounts', () => HttpResponse.json({ data: [] }))];\n",
        'src/feed.js': `const GRAPH = ${GRAPH};\nconst token = process.env.META_SHOP_PROD_TOKEN;\nexport const feeds = (id) => fetch(\`\${GRAPH}/\${id}/product_feeds?access_token=\${token}\`, { method: 'POST' });\n`,
      };
      writeFiles(dir, files);
      const run = async (args: string[]) => (await runCli(dir, args)).stdout;
      const findings = (JSON.parse(await run(['check', '--format', 'json', '--today', '2026-11-27'])) as { findings: { ruleId: string; message: string }[] }).findings;
      expect(findings.filter((f) => f.ruleId === 'unused-permission').map((f) => f.message)).toEqual([
        expect.stringContaining('`pages_show_list`'),
        expect.stringContaining('`business_management`'),
      ]);
      const json = JSON.parse(await run(['infer', '--format', 'json'])) as { unresolved: unknown[]; unattributed: { file: string }[] };
      expect(json.unresolved).toEqual([{ file: 'test/helpers/graph.js', line: 2, reason: exportedClientReason('GRAPH', true) }]);
      expect(json.unattributed.map((c) => c.file)).toEqual(['test/mocks/handlers.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
