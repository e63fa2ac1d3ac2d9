/**
 * The call reader against hunt D's cases (2026-12-05, /tmp/huntD/REPORT.md: JavaScript and Python as shops
 * write them), the ones fixed on the lead's branch: Python `with … as client:` blocks whose first statement
 * is an assignment, the `{ fields, access_token }` shorthand, a version written as an expression.
 */
import { describe, expect, it } from 'vitest';
import { readFileCalls } from '../../src/calls/collect.js';

/** `line:column METHOD table-path|status [fields]` per call, matched against data/endpoints.json. */
function mapped(path: string, text: string): string[] {
  return readFileCalls({ path, text }, []).calls.map((c) => {
    const what = c.status === 'mapped' ? c.path : c.status === 'unknown' ? `unknown ${c.path}` : `unresolved: ${c.reason}`;
    return `${c.line}:${c.column} ${c.method} ${what}${c.fields ? ` ${JSON.stringify(c.fields)}` : ''}${c.mayNeed ? ` may need ${c.mayNeed.join(',')}` : ''}`;
  });
}

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
