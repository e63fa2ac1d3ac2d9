/**
 * Calls made through a Graph client another Python module holds (src/calls/python-imports.ts): a module's
 * top-level `client = httpx.Client(base_url=GRAPH)` is declared in the files that import it, so their calls
 * through it are theirs (`missing-permission`, `infer`), and an import not followed is noted (no false
 * `unused-permission`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importNotFollowedReason } from '../../src/calls/imports.js';
import { pythonImportsOf, pythonTopLevel, resolvePythonModule } from '../../src/calls/python-imports.js';
import { findModuleBindings } from '../../src/calls/sites.js';
import { git } from '../helpers/git.js';
import { findingsAt, runCli, writeFiles } from '../helpers/repo.js';
import { HEAD } from '../helpers/manifests.js';

/** The names a module's top level gives that make no call. */
const inertNames = (text: string, calling: readonly string[]) => pythonTopLevel(text, calling).inert;

/** One user, `shop-prod`, whose `code:` glob is `app/**`. */
const MANIFEST = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [catalog_management, pages_show_list, business_management]
    token: { secret: META_SHOP_PROD_TOKEN }
    code: ["app/**"]
`;

describe('pythonImportsOf', () => {
  it('reads from-imports (relative, aliased, in parentheses, continued) and whole-module imports', () => {
    const text = [
      'from app.graph import client',
      'from .graph import client as c, GRAPH',
      'from ..lib import (',
      '    make_client,',
      '    other as o,',
      ')',
      'import app.graph as g, os',
      'from app.meta import \\',
      '    pages, feed',
      'from app.all import *',
      'def f():',
      '    from app.late import late',
      '# from app.comment import nothing',
      's = "from app.string import nothing"',
      'from x import a',
      'b = 1',
    ].join('\n');
    expect(pythonImportsOf(text).map((i) => `${'.'.repeat(i.dots)}${i.module.join('.')}${i.whole ? ' (whole)' : ''}: ${i.names.map((x) => (x.local === x.imported ? x.imported : `${x.imported} as ${x.local}`)).join(', ')} @${text.slice(i.at[0], i.at[1])}`)).toEqual([
      'app.graph: client @app.graph',
      '.graph: client as c, GRAPH @graph',
      '..lib: make_client, other as o @lib',
      'app.graph (whole):  @app.graph',
      'os (whole):  @os',
      'app.meta: pages, feed @app.meta',
      'app.all (whole):  @app.all',
      'app.late: late @app.late',
      'x: a @x',
    ]);
  });
});

describe('resolvePythonModule', () => {
  const files = new Set(['app/graph.py', 'app/__init__.py', 'app/meta/__init__.py', 'src/shop/client.py', 'backend/core/graph.py', 'backend/core/jobs/sync.py']);
  const exists = (r: string) => files.has(r);
  it('resolves relative imports from the package, absolute ones from the root, src/ and the folders above', () => {
    expect(resolvePythonModule('app/pages.py', 0, ['app', 'graph'], exists)).toBe('app/graph.py');
    expect(resolvePythonModule('app/pages.py', 1, ['graph'], exists)).toBe('app/graph.py');
    expect(resolvePythonModule('app/pages.py', 1, [], exists)).toBe('app/__init__.py');
    expect(resolvePythonModule('app/meta/x.py', 2, ['graph'], exists)).toBe('app/graph.py');
    expect(resolvePythonModule('app/pages.py', 0, ['app', 'meta'], exists)).toBe('app/meta/__init__.py');
    expect(resolvePythonModule('src/shop/views.py', 0, ['shop', 'client'], exists)).toBe('src/shop/client.py');
    expect(resolvePythonModule('backend/core/jobs/sync.py', 0, ['core', 'graph'], exists)).toBe('backend/core/graph.py');
    // A package installed (`httpx`), a module of no file, a relative import above the root: none.
    expect(resolvePythonModule('app/pages.py', 0, ['httpx'], exists)).toBeUndefined();
    expect(resolvePythonModule('app/pages.py', 3, ['graph'], exists)).toBeUndefined();
  });
});

describe('findModuleBindings', () => {
  it("names a module's top-level Graph clients, factories and URLs, not another host's or a function's own", () => {
    const text = [
      'import httpx',
      'GRAPH = "https://graph.facebook.com/v25.0"',
      'client = httpx.Client(base_url=GRAPH)',
      'stripe = httpx.Client(base_url="https://api.stripe.com")',
      'def make_client(token):',
      '    return httpx.Client(base_url=GRAPH, params={"access_token": token})',
      'def local():',
      '    inner = httpx.Client(base_url=GRAPH)',
      '    return inner.get("/me").json()',
    ].join('\n');
    expect(findModuleBindings(text, 'app/graph.py').map((b) => `${b.kind} ${b.name}`)).toEqual(['client client', 'factory make_client', 'url GRAPH']);
    expect(findModuleBindings(text, 'app/graph.js')).toEqual([]);
  });
});

describe('pythonTopLevel: the names that make no call', () => {
  it("names a module's constants and the functions and classes that name no client, URL, other function or HTTP library", () => {
    const text = [
      'import httpx',
      'from .errors import BaseError',
      'GRAPH = "https://graph.facebook.com/v25.0"',
      'TIMEOUT = 5',
      'VERSION: str = "v25.0"  # pinned',
      'client = httpx.Client(base_url=GRAPH)',
      '',
      'class GraphError(Exception):',
      '    code = 0',
      '',
      '@functools.cache',
      'def is_rate_limited(e):',
      '    return getattr(e, "code", 0) == 4',
      '',
      'def list_pages():',
      '    return client.get("/me/accounts").json()',
      '',
      'def pages_again():',
      '    return list_pages()',
      '',
      'def query():',
      '    sql = """',
      'SELECT 1',
      '"""',
      '    return client.get("/me/businesses")',
      '',
      'def wrap(e):',
      '    raise BaseError(e)',
      '',
      'def fresh():',
      '    return requests.get("https://example.com")',
    ].join('\n');
    expect(inertNames(text, ['client', 'GRAPH'])).toEqual(['TIMEOUT', 'VERSION', 'GraphError', 'is_rate_limited']);
  });
});

describe('check and infer with a client a Python module holds', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const GRAPH_PY = 'import os\nimport httpx\n\nGRAPH = "https://graph.facebook.com/v25.0"\nclient = httpx.Client(base_url=GRAPH, params={"access_token": os.environ["META_SHOP_PROD_TOKEN"]})\n';
  const FILES = {
    'app/__init__.py': '',
    'app/graph.py': GRAPH_PY,
    'app/pages.py': 'from app.graph import client\n\n\ndef pages():\n    return client.get("/me/accounts").json()\n',
    'app/catalog.py': 'import httpx\n\n\ndef add(catalog_id, data):\n    return httpx.post(f"https://graph.facebook.com/v25.0/{catalog_id}/products", json=data)\n',
  };
  const run = (args: string[]) => runCli(dir, args, { GRAPHGUARD_SCAN_CACHE: '0' });
  const CHECK = ['check', '--format', 'json', '--today', '2026-11-27'];
  const setup = (files: Record<string, string>, manifest = MANIFEST) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-pyimports-'));
    writeFiles(dir, { 'graphguard.yml': manifest, ...files });
  };
  const calls = async () =>
    (JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { users: { name: string; calls: { method: string; path: string; file: string; line: number }[] }[] }).users.map((u) => [
      u.name,
      u.calls.map((c) => `${c.method} ${c.path} ${c.file}:${c.line}`),
    ]);

  it('reads the calls through the imported client: no false unused-permission, missing-permission at the line', async () => {
    setup({ ...FILES, 'app/feed.py': 'from .graph import client as graph\n\n\ndef publish(page_id):\n    graph.post(f"/{page_id}/feed", json={"message": "hi"})\n' });
    const check = await run(CHECK);
    // POST /{page-id}/feed needs pages_manage_posts and pages_read_engagement: one finding each.
    expect(findingsAt(check.stdout, ['missing-permission', 'unused-permission'])).toEqual(['missing-permission app/feed.py:5:11', 'missing-permission app/feed.py:5:11']);
    expect(await calls()).toEqual([
      ['shop-prod', ['POST /{product-catalog-id}/products app/catalog.py:5', 'POST /{page-id}/feed app/feed.py:5', 'GET /{user-id}/accounts app/pages.py:5']],
    ]);
  });

  it("follows a package that passes the client on (`app/meta/__init__.py`), a factory and a URL constant", async () => {
    setup({
      ...FILES,
      'app/pages.py': 'from app.meta import client\n\n\ndef pages():\n    return client.get("/me/accounts").json()\n',
      'app/meta/__init__.py': 'from .base import client, make_client, GRAPH\n',
      'app/meta/base.py': `${GRAPH_PY}\n\ndef make_client(token):\n    return httpx.Client(base_url=GRAPH, headers={"Authorization": f"Bearer {token}"})\n`,
      'app/jobs.py': 'import requests\nfrom app.meta import make_client, GRAPH\n\n\ndef run(token, catalog_id):\n    make_client(token).get(f"/{catalog_id}/products")\n    requests.get(f"{GRAPH}/me/businesses")\n',
    });
    expect(await calls()).toEqual([
      ['shop-prod', ['POST /{product-catalog-id}/products app/catalog.py:5', 'GET /{product-catalog-id}/products app/jobs.py:6', 'GET /{user-id}/businesses app/jobs.py:7', 'GET /{user-id}/accounts app/pages.py:5']],
    ]);
  });

  it('notes an import not followed (the module whole, a function of a module of no user): nothing is called unused', async () => {
    const manifest = MANIFEST.replace('code: ["app/**"]', 'code: ["app/**", "!app/graph.py", "!app/meta.py"]');
    setup(
      {
        ...FILES,
        'app/pages.py': 'import app.graph\n\n\ndef pages():\n    return app.graph.client.get("/me/accounts").json()\n',
        'app/meta.py': 'from app.graph import client\n\n\ndef list_pages():\n    return client.get("/me/accounts").json()\n',
        'app/views.py': 'from app.meta import list_pages\n\n\ndef view():\n    return list_pages()\n',
      },
      manifest,
    );
    const infer = JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { unresolved: { file: string; line: number; reason: string }[] };
    expect(infer.unresolved.filter((u) => u.file !== 'app/graph.py')).toEqual([
      { file: 'app/pages.py', line: 1, user: 'shop-prod', reason: importNotFollowedReason('the module taken whole') },
      { file: 'app/views.py', line: 1, user: 'shop-prod', reason: importNotFollowedReason('`list_pages` of a module that holds a Graph client') },
    ]);
    const check = await run(CHECK);
    expect(findingsAt(check.stdout, ['unused-permission'])).toEqual([]);
  });

  it('names of a module of no user that make no call are imported freely; its helper that calls through the client is noted', async () => {
    const manifest = MANIFEST.replace('code: ["app/**"]', 'code: ["app/**", "!app/graph.py"]');
    setup(
      {
        ...FILES,
        'app/graph.py': `${GRAPH_PY}\n\nclass GraphError(Exception):\n    code = 0\n\n\ndef is_rate_limited(e):\n    return getattr(e, "code", 0) == 4\n\n\ndef list_pages():\n    return client.get("/me/accounts").json()\n`,
        'app/pages.py': 'from app.graph import GraphError, is_rate_limited\n\n\ndef check(e):\n    return is_rate_limited(e) or isinstance(e, GraphError)\n',
        'app/views.py': 'from app.graph import list_pages\n\n\ndef view():\n    return list_pages()\n',
      },
      manifest,
    );
    const infer = JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { unresolved: { file: string; line: number; reason: string }[] };
    expect(infer.unresolved.map((u) => `${u.file}:${u.line} ${u.reason}`)).toEqual([`app/views.py:1 ${importNotFollowedReason('`list_pages` of a module that holds a Graph client')}`]);
  });

  it("a package's names passed on from a module that holds nothing are imported freely (python-facebook's `from pyfacebook import RateLimit`)", async () => {
    const manifest = MANIFEST.replace('code: ["app/**"]', 'code: ["app/pages.py"]');
    setup(
      {
        'app/__init__.py': 'from app.ratelimit import RateLimit, PercentSecond\nfrom app.errors import GraphError\nfrom app.wrapped import Wrapped\nfrom app.graph import GraphAPI\nfrom app.factory import make\n\nWrapped = make(Wrapped)\n',
        // A module that imports a Graph SDK may make a client in a function: its names stay noted (hunt Z7-5).
        'app/factory.py': 'import os\nimport facebook\n\n\ndef make():\n    return facebook.GraphAPI(access_token=os.environ["META_TOKEN"])\n',
        'app/ratelimit.py': 'class RateLimit:\n    pass\n\n\nclass PercentSecond:\n    pass\n',
        'app/errors.py': 'class GraphError(Exception):\n    pass\n',
        // A name bound again at the top level of the package (to anything) is not known to make no call.
        'app/wrapped.py': 'class Wrapped:\n    pass\n',
        'app/graph.py': 'import requests\n\nfrom app import RateLimit, GraphError\n\n\nclass GraphAPI:\n    def get(self, path):\n        return requests.get(f"https://graph.facebook.com/v25.0/{path}")\n',
        'app/pages.py': 'from app import RateLimit, PercentSecond, GraphError, Wrapped, GraphAPI, make\n\n\ndef pages():\n    return GraphAPI().get("me/accounts")\n',
      },
      manifest,
    );
    const infer = JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { unresolved: { file: string; line: number; reason: string }[] };
    // graph.py's own import of the package's error classes is quiet too; GraphAPI (its calls are graph.py's) and the
    // rebound Wrapped are noted where pages.py imports them.
    expect(infer.unresolved.filter((u) => u.file !== 'app/graph.py').map((u) => `${u.file}:${u.line} ${u.reason}`)).toEqual([
      `app/pages.py:1 ${importNotFollowedReason('`Wrapped` of a module that holds a Graph client')}`,
      `app/pages.py:1 ${importNotFollowedReason('`GraphAPI` of a module that holds a Graph client')}`,
      `app/pages.py:1 ${importNotFollowedReason('`make` of a module that holds a Graph client')}`,
    ]);
    expect(infer.unresolved.filter((u) => u.file === 'app/graph.py' && u.reason.includes('RateLimit'))).toEqual([]);
  });

  it("another host's client, and a client bound to another user's token, are never counted for the importer", async () => {
    const manifest = `${MANIFEST}  - name: ads-prod
    role: system_user
    environment: production
    permissions: [ads_management, business_management]
    token: { secret: META_ADS_TOKEN }
    code: ["ads/**"]
`;
    setup(
      {
        ...FILES,
        'app/stripe.py': 'import httpx\nstripe = httpx.Client(base_url="https://api.stripe.com")\n',
        'app/pay.py': 'from app.stripe import stripe\n\n\ndef charge():\n    stripe.post("/v1/charges")\n',
        'ads/report.py': 'from app.graph import client\n\n\ndef pages():\n    return client.get("/me/accounts").json()\n',
      },
      manifest,
    );
    const infer = JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { users: { name: string; calls: { file: string }[] }[]; unresolved: { file: string; reason: string }[] };
    expect(infer.users.map((u) => [u.name, u.calls.map((c) => c.file)])).toEqual([
      ['shop-prod', ['app/catalog.py', 'app/pages.py']],
      ['ads-prod', []],
    ]);
    expect(infer.unresolved.filter((u) => u.file === 'ads/report.py').map((u) => u.reason)).toEqual([importNotFollowedReason('a client bound to the token its module reads, of another user')]);
  });
});

describe('a client passed from module to module', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const chain = (n: number): Record<string, string> => {
    const files: Record<string, string> = {
      'lib/m0.py': 'import httpx\nclient = httpx.Client(base_url="https://graph.facebook.com/v25.0")\n',
      'app/pages.py': `from lib.m${n} import client\n\n\ndef pages():\n    return client.get("/me/accounts").json()\n`,
      'app/catalog.py': 'import httpx\n\n\ndef add(catalog_id):\n    return httpx.post(f"https://graph.facebook.com/v25.0/{catalog_id}/products")\n',
    };
    for (let i = 1; i <= n; i++) files[`lib/m${i}.py`] = `from lib.m${i - 1} import client\n`;
    return files;
  };
  const infer = async (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-pychain-'));
    writeFiles(dir, { 'graphguard.yml': MANIFEST, ...files });
    const out = JSON.parse((await runCli(dir, ['infer', '--format', 'json'], { GRAPHGUARD_SCAN_CACHE: '0' })).stdout) as { users: { calls: { file: string; line: number }[] }[]; unresolved: { file: string; line: number; reason: string }[] };
    return { calls: out.users[0]!.calls.map((c) => `${c.file}:${c.line}`), unresolved: out.unresolved.map((u) => `${u.file}:${u.line} ${u.reason}`) };
  };

  it('32 modules deep is followed (hunt W-3: twelve were cut by the order files were read in); past that the import is noted, never dropped; a cycle ends', async () => {
    expect(await infer(chain(8))).toEqual({ calls: ['app/catalog.py:5', 'app/pages.py:5'], unresolved: [] });
    expect(await infer(chain(12))).toEqual({ calls: ['app/catalog.py:5', 'app/pages.py:5'], unresolved: [] });
    expect(await infer(chain(40))).toEqual({
      calls: ['app/catalog.py:5'],
      unresolved: [`app/pages.py:1 ${importNotFollowedReason('`client` of a module past 32 that import one another')}`],
    });
    const cyclic = { ...chain(2), 'lib/m1.py': 'from lib.m0 import client\nfrom lib.m2 import client as again\n', 'lib/m2.py': 'from lib.m1 import client\n' };
    expect(await infer(cyclic)).toEqual({ calls: ['app/catalog.py:5', 'app/pages.py:5'], unresolved: [] });
  });
});

describe('Python imports, a hostile review (hunt V)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const USER = (name: string, token: string, code?: string) => `  - name: ${name}
    role: system_user
    environment: production
    permissions: [catalog_management, pages_show_list, business_management]
    token: { secret: ${token} }
${code ? `    code: ["${code}"]\n` : ''}`;
  const ONE = `${HEAD}${USER('shop-prod', 'META_SHOP_PROD_TOKEN', 'app/**')}`;
  const TWO = `${HEAD}${USER('shop-prod', 'META_SHOP_PROD_TOKEN', 'shop/**')}${USER('pages-prod', 'META_PAGES_PROD_TOKEN', 'pages/**')}`;
  const GRAPH_PY = 'import os\nimport httpx\n\nGRAPH = "https://graph.facebook.com/v25.0"\nclient = httpx.Client(base_url=GRAPH, params={"access_token": os.environ["META_SHOP_PROD_TOKEN"]})\n';
  const CATALOG = 'import httpx\n\n\ndef add(catalog_id):\n    return httpx.post(f"https://graph.facebook.com/v25.0/{catalog_id}/products")\n';
  const PAGES = (imp: string, recv = 'client') => `${imp}\n\n\ndef pages():\n    return ${recv}.get("/me/accounts").json()\n`;
  type Infer = { users: { name: string; calls: { file: string; line: number }[]; permissions: { missing: string[]; unused: string[] } }[]; unresolved: { file: string; line: number; reason: string }[] };
  const infer = async (manifest: string, files: Record<string, string>, args: string[] = []) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-pyhunt-'));
    writeFiles(dir, { 'graphguard.yml': manifest, ...files });
    return JSON.parse((await runCli(dir, ['infer', '--format', 'json', ...args], { GRAPHGUARD_SCAN_CACHE: '0' })).stdout) as Infer;
  };
  /** Each user's calls (file:line), and the unresolved calls (file:line). */
  const seen = (r: Infer) => ({ calls: r.users.map((u) => `${u.name}: ${u.calls.map((c) => `${c.file}:${c.line}`).join(' ')}`), unresolved: r.unresolved.map((u) => `${u.file}:${u.line}`) });

  it('reads a client built on an imported URL; a `)` or `"""` in a comment hides no import (V-1, V-2, V-3)', async () => {
    expect(
      seen(await infer(ONE, { 'app/config.py': 'GRAPH = "https://graph.facebook.com/v25.0"\n', 'app/graph.py': GRAPH_PY.replace('\nGRAPH = "https://graph.facebook.com/v25.0"', '\nfrom app.config import GRAPH'), 'app/pages.py': PAGES('from app.graph import client'), 'app/catalog.py': CATALOG })),
    ).toEqual({ calls: ['shop-prod: app/catalog.py:5 app/pages.py:5'], unresolved: [] });
    expect(
      seen(await infer(ONE, { 'app/graph.py': GRAPH_PY, 'app/pages.py': PAGES('# Docstrings use """ per PEP 257.\nimport json  # RFC 8259 (section 2\nfrom app.graph import (\n    GRAPH,  # base URL (v25.0)\n    client,\n)'), 'app/catalog.py': CATALOG })),
    ).toEqual({ calls: ['shop-prod: app/catalog.py:5 app/pages.py:10'], unresolved: [] });
  });

  it("notes the module taken whole by the same user's module, and reads a package's own name before its submodule (V-9, V-10)", async () => {
    for (const [imp, recv] of [
      ['from app import graph', 'graph.client'],
      ['import app.graph', 'app.graph.client'],
    ] as const) {
      expect(seen(await infer(ONE, { 'app/__init__.py': '', 'app/graph.py': GRAPH_PY, 'app/pages.py': PAGES(imp, recv), 'app/catalog.py': CATALOG }))).toEqual({ calls: ['shop-prod: app/catalog.py:5'], unresolved: ['app/pages.py:1'] });
      rmSync(dir, { recursive: true, force: true });
    }
    // `from app.graph import *`: its public clients are bound as they are (hunt W-8), and read.
    expect(seen(await infer(ONE, { 'app/__init__.py': '', 'app/graph.py': GRAPH_PY, 'app/pages.py': PAGES('from app.graph import *'), 'app/catalog.py': CATALOG }))).toEqual({
      calls: ['shop-prod: app/catalog.py:5 app/pages.py:5'],
      unresolved: [],
    });
    rmSync(dir, { recursive: true, force: true });
    expect(seen(await infer(ONE, { 'app/meta/client.py': GRAPH_PY, 'app/meta/__init__.py': 'from .client import client\n', 'app/pages.py': PAGES('from app.meta import client'), 'app/catalog.py': CATALOG }))).toEqual({
      calls: ['shop-prod: app/catalog.py:5 app/pages.py:5'],
      unresolved: [],
    });
  });

  it("never counts another user's token-bound client or factory for the importer, even through a package (V-4, V-5)", async () => {
    const pagesClient = GRAPH_PY.replace('META_SHOP_PROD_TOKEN', 'META_PAGES_PROD_TOKEN');
    const a = await infer(TWO, { 'lib/meta/base.py': pagesClient, 'lib/meta/__init__.py': 'from .base import client\n', 'shop/catalog.py': `${CATALOG}\n\ndef pages():\n    from lib.meta import client\n    return client.get("/me/accounts").json()\n` });
    expect(a.users.find((u) => u.name === 'shop-prod')!.permissions.missing).toEqual([]);
    expect(seen(a).unresolved).toEqual(['shop/catalog.py:9']);
    const factory = 'import os\nimport httpx\n\nGRAPH = "https://graph.facebook.com/v25.0"\n\n\ndef pages_client():\n    return httpx.Client(base_url=GRAPH, params={"access_token": os.environ["META_PAGES_PROD_TOKEN"]})\n';
    const b = await infer(TWO, { 'lib/meta.py': factory, 'shop/catalog.py': `from lib.meta import pages_client\n${CATALOG}\n\ndef pages():\n    return pages_client().get("/me/accounts").json()\n` });
    expect(seen(b)).toEqual({ calls: ['shop-prod: shop/catalog.py:6', 'pages-prod: '], unresolved: ['shop/catalog.py:1'] });
  });

  it("notes a Graph-calling function a package passes on, and a Graph SDK object imported by name (V-6, V-11)", async () => {
    const manifest = `${HEAD}${USER('shop-prod', 'META_SHOP_PROD_TOKEN', 'shop/**')}`;
    const a = await infer(manifest, {
      'lib/meta/pages.py': 'import httpx\n\nGRAPH = "https://graph.facebook.com/v25.0"\n\n\ndef list_pages(token):\n    return httpx.get(f"{GRAPH}/me/accounts", params={"access_token": token}).json()\n',
      'lib/meta/__init__.py': 'from .pages import list_pages\n',
      'shop/catalog.py': `import os\nfrom lib.meta import list_pages\n${CATALOG}\n\ndef pages():\n    return list_pages(os.environ["X"])\n`,
    });
    expect(seen(a).unresolved).toEqual(['shop/catalog.py:2']);
    const b = await infer(ONE, { 'app/graph.py': 'import os\nimport facebook\n\ngraph = facebook.GraphAPI(access_token=os.environ["META_SHOP_PROD_TOKEN"], version="25.0")\n', 'app/pages.py': PAGES('from app.graph import graph', 'graph'), 'app/catalog.py': CATALOG });
    expect(seen(b).unresolved).toEqual(['app/pages.py:1']);
  });

  it('--changed-only reads an unchanged module for its client; with no code globs, an importer of no user of a token-bound client is noted at the client (V-7, V-8)', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-pyhunt-'));
    writeFiles(dir, { 'graphguard.yml': ONE.replace('pages_show_list, ', ''), 'app/graph.py': GRAPH_PY, 'app/catalog.py': CATALOG });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    writeFiles(dir, { 'app/pages.py': PAGES('from app.graph import client') });
    git(dir, 'add', '-A');
    const check = await runCli(dir, ['check', '--format', 'json', '--today', '2026-11-27', '--changed-only', 'HEAD'], { GRAPHGUARD_SCAN_CACHE: '0' });
    expect(findingsAt(check.stdout, ['missing-permission'])).toEqual(['missing-permission app/pages.py:5:19']);
    rmSync(dir, { recursive: true, force: true });
    const noGlobs = `${HEAD}${USER('shop-prod', 'META_SHOP_PROD_TOKEN')}`;
    const r = await infer(noGlobs, { 'app/graph.py': GRAPH_PY, 'app/pages.py': PAGES('from app.graph import client'), 'app/catalog.py': CATALOG.replace('/products")', '/products", params={"access_token": os.environ["META_SHOP_PROD_TOKEN"]})').replace('import httpx', 'import os\nimport httpx') });
    // The importer reads no token and no glob matches it: its calls are not counted for the client's user (hunt
    // W-2), and the client's module says so with an unresolved call of that user.
    expect(seen(r)).toEqual({ calls: ['shop-prod: app/catalog.py:6'], unresolved: ['app/graph.py:1'] });
    expect(r.users[0]!.permissions.unused).toEqual([]);
  });

  it('declares a URL hole that is no plain name by its last name, so a version reads as one (V-12)', async () => {
    const r = await infer(ONE, { 'app/graph.py': 'from django.conf import settings\n\nGRAPH = f"https://graph.facebook.com/{settings.GRAPH_API_VERSION}"\n', 'app/pages.py': 'import httpx\nfrom app.graph import GRAPH\n\n\ndef pages():\n    return httpx.get(f"{GRAPH}/me/accounts").json()\n', 'app/catalog.py': CATALOG });
    expect(seen(r).calls).toEqual(['shop-prod: app/catalog.py:5 app/pages.py:6']);
  });

  it('passes over strings as Python reads them: an escaped quote, a triple-quoted string holding import lines', () => {
    const text = ['DOC = """', 'from app.fake import nothing', 'an escaped \\""" is no end', '"""', "S = 'it\\'s'  # from app.x import y", 'from app.graph import client'].join('\n');
    expect(pythonImportsOf(text).map((i) => `${i.module.join('.')}: ${i.names.map((x) => x.imported).join(', ')}`)).toEqual(['app.graph: client']);
  });

  it('reads 60,000 import lines with quotes in their comments, and a module of 20,000 functions, in linear time (V-13)', () => {
    const text = `${'import os  # ""\n'.repeat(60_000)}from app.graph import client\n`;
    const imports = pythonImportsOf(text);
    expect(imports.length).toBe(60_001);
    expect(imports[60_000]!.names).toEqual([{ imported: 'client', local: 'client' }]);
    const module = Array.from({ length: 20_000 }, (_, i) => `def f${i}(x):\n    return x + ${i}\n`).join('');
    expect(inertNames(module, ['client'])).toHaveLength(20_000);
  });
});

describe('Python imports, a second hostile review (hunt W)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const USER = (name: string, token: string, code?: string) => `  - name: ${name}
    role: system_user
    environment: production
    permissions: [catalog_management, pages_show_list, business_management]
    token: { secret: ${token} }
${code ? `    code: [${code}]\n` : ''}`;
  const TWO = `${HEAD}${USER('shop-prod', 'META_SHOP_PROD_TOKEN', '"shop/**"')}${USER('pages-prod', 'META_PAGES_PROD_TOKEN', '"pages/**"')}`;
  const CATALOG = 'import httpx\n\n\ndef add(catalog_id):\n    return httpx.post(f"https://graph.facebook.com/v25.0/{catalog_id}/products")\n';
  type Infer = { users: { name: string; calls: { file: string; line: number }[]; permissions: { missing: string[]; unused: string[] } }[]; unresolved: { file: string; line: number; reason: string }[] };
  const infer = async (manifest: string, files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-pyhuntw-'));
    writeFiles(dir, { 'graphguard.yml': manifest, ...files });
    return JSON.parse((await runCli(dir, ['infer', '--format', 'json'], { GRAPHGUARD_SCAN_CACHE: '0' })).stdout) as Infer;
  };
  const user = (r: Infer, name: string) => r.users.find((u) => u.name === name)!;

  it("an importer of no user that makes a call of its own: the client's module is noted for the token's user, nothing of the importer counted for it (W-1, W-2)", async () => {
    const r = await infer(`${HEAD}${USER('shop-prod', 'META_SHOP_PROD_TOKEN')}`, {
      'app/graph.py': 'import os\nimport httpx\n\nclient = httpx.Client(base_url="https://graph.facebook.com/v25.0", params={"access_token": os.environ["META_SHOP_PROD_TOKEN"]})\n',
      'app/catalog.py': `import os\n${CATALOG.replace('/products")', '/products", params={"access_token": os.environ["META_SHOP_PROD_TOKEN"]})')}`,
      'tools/pages.py': 'import requests\nfrom app.graph import client\n\n\ndef pages(page_id, page_token):\n    requests.post(f"https://graph.facebook.com/v25.0/{page_id}/feed", params={"access_token": page_token})\n    return client.get("/me/accounts").json()\n',
    });
    expect(user(r, 'shop-prod').calls.map((c) => `${c.file}:${c.line}`)).toEqual(['app/catalog.py:6']);
    expect(user(r, 'shop-prod').permissions).toMatchObject({ missing: [], unused: [] });
    expect(r.unresolved.filter((u) => u.file === 'app/graph.py').map((u) => u.reason)).toEqual([
      "a Graph API client bound to this module's token, imported by a module no user is attributed (tools/pages.py): the calls made through it there are not read",
    ]);
  });

  it("a cycle through the package's __init__.py; one module holding two users' clients; a token a settings module reads (W-4, W-6, W-9)", async () => {
    const cycle = await infer(`${HEAD}${USER('shop-prod', 'META_SHOP_PROD_TOKEN', '"app/**", "admin/**"')}`, {
      'app/__init__.py': 'from .graph import client\n',
      'app/utils.py': 'TIMEOUT = 5\n',
      'app/graph.py': 'import os\nimport httpx\nfrom . import utils\n\nclient = httpx.Client(base_url="https://graph.facebook.com/v25.0", timeout=utils.TIMEOUT)\n',
      'admin/report.py': 'from app.graph import client\n\n\ndef products(catalog_id):\n    return client.get(f"/{catalog_id}/products")\n',
      'app/pages.py': 'from app import client\n\n\ndef pages():\n    return client.get("/me/accounts").json()\n',
    });
    expect(user(cycle, 'shop-prod').calls.map((c) => `${c.file}:${c.line}`)).toEqual(['admin/report.py:5', 'app/pages.py:5']);
    const two = await infer(TWO, {
      'lib/graph.py': 'import os\nimport httpx\n\nG = "https://graph.facebook.com/v25.0"\nshop_client = httpx.Client(base_url=G, params={"access_token": os.environ["META_SHOP_PROD_TOKEN"]})\npages_client = httpx.Client(base_url=G, params={"access_token": os.environ["META_PAGES_PROD_TOKEN"]})\n',
      'shop/catalog.py': `from lib.graph import pages_client\n${CATALOG}\n\ndef pages():\n    return pages_client.get("/me/accounts").json()\n`,
    });
    expect(user(two, 'shop-prod').permissions.missing).toEqual([]);
    expect(two.unresolved.filter((u) => u.file === 'shop/catalog.py').map((u) => u.reason)).toEqual([importNotFollowedReason("a client of a module that reads more than one user's token")]);
    const settings = await infer(TWO, {
      'pages/settings.py': 'import os\n\nTOKEN = os.environ["META_PAGES_PROD_TOKEN"]\n',
      'pages/graph.py': 'import httpx\nfrom pages.settings import TOKEN\n\npages_client = httpx.Client(base_url="https://graph.facebook.com/v25.0", params={"access_token": TOKEN})\n',
      'shop/catalog.py': `from pages.graph import pages_client\n${CATALOG}\n\ndef pages():\n    return pages_client.get("/me/accounts").json()\n`,
    });
    expect(user(settings, 'shop-prod').permissions.missing).toEqual([]);
    expect(settings.unresolved.filter((u) => u.file === 'shop/catalog.py').map((u) => u.reason)).toEqual([importNotFollowedReason('a client bound to the token its module reads, of another user')]);
  });

  it('a function calling through a global made in init(), a tuple or after a quote in a string is no name that makes no call; a plain submodule is no client (W-10, W-12)', () => {
    for (const top of ['', '_client, _retries = None, 3', 'TRIPLE = \'"""\'\n_client = None\nTRIPLE_END = \'"""\'']) {
      const text = `import httpx\n\nGRAPH = "https://graph.facebook.com/v25.0"\n${top}\n\n\ndef init(token):\n    global _client\n    _client = httpx.Client(base_url=GRAPH)\n\n\ndef list_pages():\n    return _client.get("/me/accounts").json()\n`;
      expect(inertNames(text, ['GRAPH'])).not.toContain('list_pages');
    }
  });

  it("a function's own import of a client, where another function takes a parameter of that name, is noted, not declared (W-11)", async () => {
    const r = await infer(`${HEAD}${USER('shop-prod', 'META_SHOP_PROD_TOKEN', '"app/**"')}`, {
      'app/graph.py': 'import httpx\nclient = httpx.Client(base_url="https://graph.facebook.com/v25.0")\n',
      'app/notify.py': 'def pages():\n    from app.graph import client\n    return client.get("/me/accounts").json()\n\n\ndef send_sms(client, phone_id, text):\n    return client.post(f"/{phone_id}/messages", json={"text": text})\n',
      'app/jobs.py': 'def run():\n    from app.graph import client\n    return client.get("/me/businesses").json()\n',
      'app/catalog.py': CATALOG,
    });
    expect(user(r, 'shop-prod').calls.map((c) => `${c.file}:${c.line}`)).toEqual(['app/catalog.py:5', 'app/jobs.py:3']);
    expect(r.unresolved.map((u) => `${u.file}:${u.line} ${u.reason}`)).toEqual([
      `app/notify.py:2 ${importNotFollowedReason('`client` imported in a block, and a parameter of a function of the file is named so')}`,
    ]);
  });

  it('`from . import utils` of a package that passes a client on imports the module, not a name of the package (W-12)', async () => {
    const r = await infer(`${HEAD}${USER('shop-prod', 'META_SHOP_PROD_TOKEN', '"app/**"')}`, {
      'app/__init__.py': 'from .graph import client\n',
      'app/graph.py': 'import httpx\nclient = httpx.Client(base_url="https://graph.facebook.com/v25.0")\n',
      'app/utils.py': 'TIMEOUT = 5\n',
      'app/jobs.py': 'from . import utils\n\n\ndef wait():\n    return utils.TIMEOUT\n',
      'app/catalog.py': CATALOG,
    });
    expect(r.unresolved).toEqual([]);
  });
});

describe('regressions a review of the whole session found (hunt X)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const MANIFEST = (shop: string, ads: string) => `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [catalog_management, pages_show_list, business_management]
    token: { secret: META_SHOP_PROD_TOKEN }
${shop}  - name: ads-prod
    role: system_user
    environment: production
    permissions: [ads_read, business_management]
    token: { secret: META_ADS_TOKEN }
${ads}`;
  const infer = async (manifest: string, files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-huntx-'));
    writeFiles(dir, { 'graphguard.yml': manifest, ...files });
    return JSON.parse((await runCli(dir, ['infer', '--format', 'json'], { GRAPHGUARD_SCAN_CACHE: '0' })).stdout) as {
      users: { name: string; permissions: { missing: string[]; unused: string[] } }[];
      unresolved: { file: string }[];
    };
  };
  const GLOBS = ['    code: ["src/shop/**"]\n', '    code: ["src/ads/**"]\n'] as const;

  it("JavaScript: a factory whose token defaults to one user's, called with another's; one client per user in one module (X-1, X-2)", async () => {
    const factory = await infer(MANIFEST(...GLOBS), {
      'src/lib/graph.ts': "import axios from 'axios';\nconst GRAPH = 'https://graph.facebook.com/v25.0';\nexport function makeClient(token: string | undefined = process.env.META_SHOP_PROD_TOKEN) {\n  return axios.create({ baseURL: GRAPH, params: { access_token: token } });\n}\n",
      'src/ads/campaigns.ts': "import { makeClient } from '../lib/graph';\nconst api = makeClient(process.env.META_ADS_TOKEN);\nexport async function pages() {\n  return api.get('/me/accounts');\n}\n",
    });
    expect(factory.users.find((u) => u.name === 'ads-prod')!.permissions.missing).toEqual(['pages_show_list']);
    const perUser = await infer(MANIFEST(...GLOBS), {
      'src/lib/meta.ts': "import axios from 'axios';\nconst GRAPH = 'https://graph.facebook.com/v25.0';\nexport const shopApi = axios.create({ baseURL: GRAPH, params: { access_token: process.env.META_SHOP_PROD_TOKEN } });\nexport const adsApi = axios.create({ baseURL: GRAPH, params: { access_token: process.env.META_ADS_TOKEN } });\n",
      'src/ads/campaigns.ts': "import { adsApi } from '../lib/meta';\nexport async function pages() {\n  return adsApi.get('/me/accounts');\n}\n",
      'src/shop/products.ts': "import { shopApi } from '../lib/meta';\nexport async function products() {\n  return shopApi.get('/310000000000001/products');\n}\n",
    });
    expect(perUser.users.find((u) => u.name === 'ads-prod')!.permissions.missing).toEqual(['pages_show_list']);
  });

  it("Python: a module of no user that imports a plain function of the token's module, or a test that imports the client, hides no true unused-permission (X-3)", async () => {
    const r = await infer(MANIFEST('', ''), {
      'app/__init__.py': '',
      'app/graph.py': 'import os\nimport httpx\n\nclient = httpx.Client(base_url="https://graph.facebook.com/v25.0", params={"access_token": os.environ["META_SHOP_PROD_TOKEN"]})\n\n\ndef products(catalog_id):\n    return client.get(f"/{catalog_id}/products")\n',
      'app/main.py': 'from app.graph import products\n\n\ndef main():\n    return products("1")\n',
      'tests/test_graph.py': 'from app.graph import client\n\n\ndef test_client(monkeypatch):\n    monkeypatch.setattr(client, "get", lambda *a: None)\n',
    });
    expect(r.unresolved).toEqual([]);
    expect(r.users.find((u) => u.name === 'shop-prod')!.permissions.unused).toEqual(['pages_show_list', 'business_management']);
  });
});
