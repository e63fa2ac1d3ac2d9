/**
 * The call reader against hunt D's cases (2026-12-05, /tmp/huntD/REPORT.md: JavaScript and Python as shops
 * write them), the ones fixed on the lead's branch: Python `with … as client:` blocks whose first statement
 * is an assignment, the `{ fields, access_token }` shorthand, a version written as an expression.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('D3: Python `with … as client:` whose first statement is an assignment', () => {
  it('httpx.AsyncClient and aiohttp.ClientSession with `resp = await client.post(…)`, httpx.Client with `payload = …` first', () => {
    const push = `import os
import httpx

GRAPH = "https://graph.facebook.com/v20.0"

async def push_items(catalog_id, items):
    async with httpx.AsyncClient(base_url=GRAPH, params={"access_token": os.environ["CATALOG_TOKEN"]}) as client:
        resp = await client.post(f"/{catalog_id}/items_batch", json={"item_type": "PRODUCT_ITEM", "requests": items})
        resp.raise_for_status()
`;
    expect(mapped('push.py', push)).toEqual(['8:29 POST /{product-catalog-id}/items_batch']);
    const publish = `import aiohttp
async def publish(page_id, message):
    async with aiohttp.ClientSession(base_url="https://graph.facebook.com") as session:
        resp = await session.post(f"/v19.0/{page_id}/feed", data={"message": message})
        return await resp.json()
`;
    expect(mapped('publish.py', publish)).toEqual(['4:30 POST /{page-id}/feed']);
    const sync = `import httpx
def push(catalog_id, items):
    with httpx.Client(base_url="https://graph.facebook.com/v20.0") as client:
        payload = {"item_type": "PRODUCT_ITEM", "requests": items}
        client.post(f"/{catalog_id}/items_batch", json=payload)
`;
    expect(mapped('sync.py', sync)).toEqual(['5:16 POST /{product-catalog-id}/items_batch']);
  });

  it('an annotation on one line is still a typed value (`base: str = GRAPH`)', () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v20.0"
class Shop:
    base: str = GRAPH
    def publish(self, page_id):
        return requests.post(f"{self.base}/{page_id}/feed")
`;
    expect(mapped('a.py', py)).toEqual(['6:30 POST /{page-id}/feed']);
  });
});

describe('D6: the `{ fields, access_token }` shorthand', () => {
  it('reads the variable `fields` wherever the shorthand stands in the object', () => {
    const js = `const axios = require('axios');
const GRAPH = 'https://graph.facebook.com/v19.0';
const access_token = process.env.META_PAGES_TOKEN;
async function igFor(pageId) {
  const fields = 'id,name,instagram_business_account';
  const { data } = await axios.get(\`\${GRAPH}/\${pageId}\`, { params: { fields, access_token } });
  return data;
}
`;
    expect(mapped('ig.js', js)).toEqual(['6:36 GET /{page-id} ["instagram_business_account"]']);
  });

  it('a variable named fields passed as an argument is no shorthand key', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v19.0';
function get(pageId, fields, opts) {
  return fetch(\`\${GRAPH}/\${pageId}\`, log(fields, opts));
}
`;
    expect(mapped('a.js', js)).toEqual(['3:16 GET /{page-id}']);
  });
});

describe('D10: the version written as an expression', () => {
  it('`${process.env.GRAPH_VERSION ?? "v20.0"}` in a constant, `{os.getenv("GRAPH_VERSION", "v20.0")}` inline', () => {
    const ts = `const GRAPH = \`https://graph.facebook.com/\${process.env.GRAPH_VERSION ?? 'v20.0'}\`;
export async function publish(igUserId: string) {
  return fetch(\`\${GRAPH}/\${igUserId}/media_publish\`, { method: 'POST' });
}
`;
    expect(mapped('graph.ts', ts)).toEqual(['3:16 POST /{ig-user-id}/media_publish']);
    const py = `import os, requests
def publish(page_id, message):
    return requests.post(f"https://graph.facebook.com/{os.getenv('GRAPH_VERSION', 'v20.0')}/{page_id}/feed", data={"message": message})
`;
    expect(mapped('pub.py', py)).toEqual(['3:26 POST /{page-id}/feed']);
  });

  it('a first hole that names no version stays a node (`${pageId}`, `{page_id or default_page}`)', () => {
    const py = `import requests
def publish(page_id, default_page):
    return requests.post(f"https://graph.facebook.com/{page_id or default_page}/feed")
`;
    expect(mapped('a.py', py)).toEqual(['3:26 POST /{page-id}/feed']);
  });
});

describe("D1: a URL passed to the code's own request helper", () => {
  it('the method of the request the helper sends with its parameter (Python _post, JavaScript graphPost and fbDelete)', () => {
    const py = `import os, requests
GRAPH = "https://graph.facebook.com/v19.0"
TOKEN = os.environ["META_ORDERS_TOKEN"]

def _post(url, payload):
    resp = requests.post(url, json=payload, params={"access_token": TOKEN})
    return resp.json()

def refund(order_id, items):
    return _post(f"{GRAPH}/{order_id}/refunds", {"items": items})
`;
    expect(mapped('orders.py', py)).toEqual(['10:18 POST /{order-id}/refunds']);
    const js = `const GRAPH = 'https://graph.facebook.com/v19.0';
const token = process.env.META_PAGE_TOKEN;
async function graphPost(url, body) {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify({ ...body, access_token: token }) });
  return res.json();
}
const fbDelete = async (url) => (await fetch(\`\${url}?access_token=\${token}\`, { method: 'DELETE' })).json();
class Pages {
  async send(url, payload) { return fetch(url, { method: 'POST', body: JSON.stringify(payload) }); }
  reply(commentId, text) { return this.send(\`\${GRAPH}/\${commentId}/comments\`, { message: text }); }
}
exports.publish = (pageId, message) => graphPost(\`\${GRAPH}/\${pageId}/feed\`, { message });
exports.unpublish = (postId) => fbDelete(\`\${GRAPH}/\${postId}\`);
`;
    expect(mapped('posts.js', js)).toEqual(['10:45 POST /{object-id}/comments', '12:50 POST /{page-id}/feed', '13:42 DELETE /{post-id}']);
  });

  it('a helper whose method is a value not read is unresolved; one not defined here goes by its name', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v19.0';
function graph(verb, url) { return fetch(url, { method: verb }); }
const a = (verb, id) => graph(verb, \`\${GRAPH}/\${id}\`);
const b = (pageId) => postToGraph(\`\${GRAPH}/\${pageId}/feed\`);
const c = (postId) => fbDelete(\`\${GRAPH}/\${postId}\`);
const d = (postId) => getPost(\`\${GRAPH}/\${postId}\`);
`;
    expect(mapped('a.js', js)).toEqual([
      '3:37 GET unresolved: its HTTP method is in a value not read here',
      '4:35 POST /{page-id}/feed',
      '5:32 DELETE /{post-id}',
      '6:31 GET /{post-id}',
    ]);
  });

  it('a helper of the file that sends nothing leaves the request as it was (a GET)', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v19.0';
function withToken(url) { return url + '?access_token=' + process.env.T; }
const a = (id) => fetch(withToken(\`\${GRAPH}/\${id}\`));
`;
    expect(mapped('a.js', js)).toEqual(['3:35 GET unknown /{id}']);
  });
});

describe('D11: a request helper that sends to the Graph base URL and a path passed to it', () => {
  it("TypeScript: each call site of a private generic `request<T>(method, path)` is a call, the helper's own request none", () => {
    const ts = `export class GraphClient {
  private readonly baseUrl = 'https://graph.facebook.com/v20.0';
  private async request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: Record<string, unknown>): Promise<T> {
    const res = await fetch(\`\${this.baseUrl}\${path}\`, { method, body: body ? JSON.stringify(body) : undefined });
    return res.json() as Promise<T>;
  }
  createProduct(catalogId: string, product: Record<string, unknown>) {
    return this.request<{ id: string }>('POST', \`/\${catalogId}/products\`, product);
  }
  deleteProduct(productItemId: string) {
    return this.request('DELETE', \`/\${productItemId}\`);
  }
}
`;
    expect(mapped('GraphClient.ts', ts)).toEqual(['8:49 POST /{product-catalog-id}/products', '11:35 DELETE /{product-item-id}']);
  });

  it("Python: a private `_call(self, method, path, **params)`, the fields given at the call; a path not read keeps the helper's own request unresolved", () => {
    const py = `import os, requests
GRAPH = "https://graph.facebook.com/v20.0"
class Graph:
    def _call(self, method, path, **params):
        return requests.request(method, f"{GRAPH}/{path}", params=params).json()
    def ig_account(self, page_id):
        return self._call("GET", page_id, fields="instagram_business_account")
    def publish(self, page_id, message):
        return self._call("POST", f"{page_id}/feed", message=message)
    def forward(self, path):
        return self._call("POST", path)
`;
    expect(mapped('graph.py', py)).toEqual([
      '5:41 GET unresolved: its HTTP method is in a value not read here',
      '7:34 GET /{page-id} ["instagram_business_account"]',
      '9:35 POST /{page-id}/feed',
      '11:35 POST unresolved: computed path',
    ]);
  });

  it('a public helper keeps its own request unresolved (callers elsewhere are not read); a call another reading holds is not doubled', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v20.0';
export async function call(method, path, body) {
  return fetch(GRAPH + path, { method, body: JSON.stringify(body) });
}
export const publish = (pageId, message) => call('POST', \`/\${pageId}/feed\`, { message });
other.request('POST', '/me/feed');
`;
    expect(mapped('a.js', js)).toEqual(['3:16 GET unresolved: its HTTP method is in a value not read here', '5:45 POST /{page-id}/feed']);
  });
});

describe('D4: a URL kept in an attribute of the instance and sent from another method', () => {
  it('self.batch_url set in __init__, this.batchUrl set in the constructor', () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v19.0"
class BatchUploader:
    def __init__(self, catalog_id):
        self.batch_url = f"{GRAPH}/{catalog_id}/items_batch"
    def send(self, items):
        return requests.post(self.batch_url, json={"requests": items}).json()
`;
    expect(mapped('up.py', py)).toEqual(['7:35 POST /{product-catalog-id}/items_batch']);
    const js = `const GRAPH = 'https://graph.facebook.com/v19.0';
class Uploader {
  constructor(catalogId) { this.batchUrl = \`\${GRAPH}/\${catalogId}/items_batch\`; }
  async send(items) { return fetch(this.batchUrl, { method: 'POST', body: JSON.stringify(items) }); }
  log() { console.log(this.batchUrl); }
}
`;
    expect(mapped('up.js', js)).toEqual(['4:41 POST /{product-catalog-id}/items_batch']);
  });

  it('an attribute set in several methods is sent by each where it sets it, not by the others', () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v19.0"
class A:
    def feed(self, page_id):
        self.url = f"{GRAPH}/{page_id}/feed"
        return requests.post(self.url)
    def items(self, catalog_id):
        self.url = f"{GRAPH}/{catalog_id}/items_batch"
        return requests.post(self.url)
`;
    expect(mapped('a.py', py)).toEqual(['6:35 POST /{page-id}/feed', '9:35 POST /{product-catalog-id}/items_batch']);
  });

  it("another object's attribute of the name is not the instance's (`other.batch_url`)", () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v19.0"
class A:
    def __init__(self, catalog_id):
        self.batch_url = f"{GRAPH}/{catalog_id}/items_batch"
def send(other):
    return requests.post(other.batch_url)
`;
    expect(mapped('a.py', py)).toEqual([]);
  });
});
