/**
 * The call reader against a hostile tester's whole small services (hunt G, 2026-12-06: /tmp/huntG/REPORT.md),
 * the JavaScript/TypeScript and Python parts: `url=url`, clients made by a function, getter or FastAPI
 * dependency of the file, a base URL given with the request, `HTTPMethod.POST`, local aliases of the file's
 * client, an id field initialised to `''`, path helpers reached through a local or two wrappers. Each case is
 * the tester's, each expectation exact.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('G3: Python `requests.post(url=url, …)`', () => {
  it('the keyword argument `url=url` does not hide the variable `url` assigned before it', () => {
    const py = `import os, requests
GRAPH = "https://graph.facebook.com/v20.0"
TOKEN = os.environ["PAGE_TOKEN"]

def publish(page_id, msg):
    url = f"{GRAPH}/{page_id}/feed"
    return requests.post(url=url, data={"message": msg, "access_token": TOKEN}).json()

def remove(post_id):
    url = f"{GRAPH}/{post_id}"
    return requests.delete(url=url, params={"access_token": TOKEN}).json()
`;
    expect(mapped('pages.py', py)).toEqual(['7:30 POST /{page-id}/feed', '11:32 DELETE /{post-id}']);
  });

  it('a parameter default of another host is still that value (no Graph call), and `url=url` of it is none', () => {
    const py = `import requests
def d(page_id, url="https://example.com/x"):
    return requests.post(url=url)
def e(page_id):
    url = f"https://example.com/{page_id}/feed"
    return requests.post(url=url)
`;
    expect(mapped('neg.py', py)).toEqual([]);
  });
});

describe('G1: a client made by a function, getter or FastAPI dependency of the same file', () => {
  it('JavaScript `graph().post(…)` on a function returning `axios.create({ baseURL })`; TypeScript `private get http()`', () => {
    const js = `const axios = require('axios');
function graph() {
  return axios.create({ baseURL: 'https://graph.facebook.com/v20.0', params: { access_token: process.env.PAGE_TOKEN } });
}
exports.publish = (pageId, message) => graph().post(\`/\${pageId}/feed\`, { message });
`;
    expect(mapped('d.js', js)).toEqual(['5:48 POST /{page-id}/feed']);
    const expr = `const graph = function () { return axios.create({ baseURL: 'https://graph.facebook.com/v20.0' }); };
exports.a = (postId) => graph().delete(\`/\${postId}\`);
`;
    expect(mapped('e.js', expr)).toEqual(['2:33 DELETE /{post-id}']);
    const ts = `import axios, { AxiosInstance } from 'axios';
export class Pages {
  private get http(): AxiosInstance {
    return axios.create({ baseURL: 'https://graph.facebook.com/v20.0', params: { access_token: process.env.PAGE_TOKEN } });
  }
  private graph() {
    return axios.create({ baseURL: 'https://graph.facebook.com/v20.0' });
  }
  publish(pageId: string, message: string) { return this.http.post(\`/\${pageId}/feed\`, { message }); }
  remove(postId: string) { return this.graph().delete(\`/\${postId}\`); }
}
const make = () => axios.create({ baseURL: 'https://graph.facebook.com/v20.0' });
export const photos = (pageId: string) => { const c = make(); return c.post(\`/\${pageId}/photos\`); };
`;
    expect(mapped('b.ts', ts)).toEqual(['9:63 POST /{page-id}/feed', '10:48 DELETE /{post-id}', '13:72 POST /{page-id}/photos']);
  });

  it('Python `self._client().post(…)`, `with self._client() as c:`, a `@property`, and FastAPI `Depends(get_graph)`', () => {
    const py = `import os, httpx
GRAPH = "https://graph.facebook.com/v20.0"

class Pages:
    def _client(self):
        return httpx.Client(base_url=GRAPH, params={"access_token": os.environ["PAGE_TOKEN"]})

    @property
    def http(self):
        return httpx.Client(base_url=GRAPH)

    def publish(self, page_id, message):
        return self._client().post(f"/{page_id}/feed", data={"message": message}).json()

    def remove(self, post_id):
        with self._client() as c:
            c.delete(f"/{post_id}")

    def photo(self, page_id):
        return self.http.post(f"/{page_id}/photos")
`;
    expect(mapped('a.py', py)).toEqual(['13:31 POST /{page-id}/feed', '17:15 DELETE /{post-id}', '20:26 POST /{page-id}/photos']);
    const fastapi = `import os
from typing import AsyncIterator
import httpx
from fastapi import FastAPI, Depends

GRAPH = "https://graph.facebook.com/v20.0"
app = FastAPI()


async def get_graph() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=GRAPH, params={"access_token": os.environ["CATALOG_TOKEN"]}) as client:
        yield client


async def sync(catalog_id: str, items: list[dict], graph: httpx.AsyncClient = Depends(get_graph)):
    r = await graph.post(f"/{catalog_id}/items_batch", json={"item_type": "PRODUCT_ITEM", "requests": items})
    return r.json()

async def remove(product_id: str, graph=Depends(get_graph)):
    await graph.delete(f"/{product_id}")
`;
    expect(mapped('main.py', fastapi)).toEqual(['16:21 POST /{product-catalog-id}/items_batch', '20:17 DELETE /{product-item-id}']);
  });

  it('no Graph call from a factory of another host, a function returning a response, or a method of another object', () => {
    const js = `const axios = require('axios');
function api() {
  return axios.create({ baseURL: 'https://api.example.com/v1' });
}
function feed(pageId) {
  return axios.get(\`/\${pageId}/feed\`, { baseURL: 'https://api.example.com' });
}
exports.a = (pageId) => api().post(\`/\${pageId}/feed\`, {});
exports.c = (pageId) => someLib.graph().post(\`/\${pageId}/feed\`, {});
exports.d = (pageId) => feed(pageId).post(\`/\${pageId}/feed\`, {});
`;
    expect(mapped('neg.js', js)).toEqual([]);
    const py = `import httpx
def _client():
    return httpx.Client(base_url="https://api.example.com")
def a(page_id):
    with _client() as c:
        c.post(f"/{page_id}/feed")
    return _client().delete(f"/{page_id}")
`;
    expect(mapped('neg.py', py)).toEqual([]);
  });
});

describe('G6: a local alias of the file’s Graph client', () => {
  it('Python `client = graph`, FastAPI `client = request.app.state.graph`, TypeScript `const client = graph`', () => {
    const py = `import os, httpx
GRAPH = "https://graph.facebook.com/v20.0"
graph = httpx.Client(base_url=GRAPH, params={"access_token": os.environ["WA_TOKEN"]})

def send(phone_number_id, to, text):
    client = graph
    client.post(f"/{phone_number_id}/messages", json={"messaging_product": "whatsapp", "to": to, "text": {"body": text}})
`;
    expect(mapped('a.py', py)).toEqual(['7:12 POST /{phone-number-id}/messages']);
    const fastapi = `import os, httpx
from fastapi import FastAPI, Request
GRAPH = "https://graph.facebook.com/v20.0"
app = FastAPI()
app.state.graph = httpx.AsyncClient(base_url=GRAPH, headers={"Authorization": f"Bearer {os.environ['WA_TOKEN']}"})

async def webhook(request: Request):
    client = request.app.state.graph
    await client.post(f"/{os.environ['WHATSAPP_PHONE_NUMBER_ID']}/messages", json={"messaging_product": "whatsapp", "status": "read"})
`;
    expect(mapped('b.py', fastapi)).toEqual(['9:18 POST /{phone-number-id}/messages']);
    const ts = `import axios from 'axios';
const graph = axios.create({ baseURL: 'https://graph.facebook.com/v20.0', params: { access_token: process.env.WA_TOKEN } });
export async function send(phoneNumberId: string, to: string) {
  const client = graph;
  await client.post(\`/\${phoneNumberId}/messages\`, { messaging_product: 'whatsapp', to });
}
`;
    expect(mapped('c.ts', ts)).toEqual(['5:16 POST /{phone-number-id}/messages']);
  });

  it('an alias of a client of another host, or of a Graph client’s response, is no Graph client', () => {
    const py = `import httpx
graph = httpx.Client(base_url="https://graph.facebook.com/v20.0")
other = httpx.Client(base_url="https://hooks.example.com")
def b(page_id):
    c = other
    c.delete(f"/{page_id}")
    r = graph.get(f"/{page_id}")
    r.post(f"/{page_id}/feed")
`;
    expect(mapped('neg.py', py)).toEqual(['7:15 GET /{page-id}']);
  });
});

describe('G2: a base URL given with the request itself (JavaScript)', () => {
  it('axios `{ baseURL }` per call, `axios({ baseURL, url, method })`, Nuxt `$fetch(path, { baseURL, method })`', () => {
    const js = `const axios = require('axios');
const GRAPH = 'https://graph.facebook.com/v20.0';
exports.publish = (pageId, message) => axios.post(\`/\${pageId}/feed\`, { message }, { baseURL: GRAPH, params: { access_token: process.env.PAGE_TOKEN } });
exports.remove = (postId) => axios({ baseURL: GRAPH, url: \`/\${postId}\`, method: 'delete', params: { access_token: process.env.PAGE_TOKEN } });
exports.page = (pageId) => axios.get(\`/\${pageId}\`, { baseURL: 'https://graph.facebook.com/v20.0' });
exports.batch = (items) => axios.post('https://graph.facebook.com/v20.0', { batch: items });
`;
    expect(mapped('a.js', js)).toEqual([
      '3:51 POST /{page-id}/feed',
      '4:59 DELETE /{post-id}',
      '5:38 GET /{page-id}',
      '6:39 POST unresolved: a batch request (a POST to the Graph root): its items are not read',
    ]);
    const nuxt = `export default defineEventHandler(async (event) => {
  const { pageId, message } = await readBody(event);
  return await $fetch(\`/\${pageId}/feed\`, {
    baseURL: 'https://graph.facebook.com/v20.0',
    method: 'POST',
    body: { message, access_token: process.env.NUXT_META_PAGE_TOKEN },
  });
});
`;
    expect(mapped('server/api/publish.post.ts', nuxt)).toEqual(['3:23 POST /{page-id}/feed']);
  });

  it('no Graph call for a base URL of another host, a client made with a base URL, or a full URL given with one', () => {
    const js = `const axios = require('axios');
const GRAPH = 'https://graph.facebook.com/v20.0';
exports.a = (pageId) => axios.post(\`/\${pageId}/feed\`, {}, { baseURL: 'https://api.example.com' });
const graph = axios.create({ baseURL: GRAPH });
exports.b = (pageId) => axios.post(\`https://hooks.example.com/\${pageId}/feed\`, {}, { baseURL: GRAPH });
`;
    expect(mapped('neg.js', js)).toEqual([]);
  });
});

describe('G4: Python `HTTPMethod.POST` passed to a request helper', () => {
  it('the standard library’s `http.HTTPMethod` is the method; a method passed through a parameter is not read, never a GET', () => {
    const py = `import os, requests
from http import HTTPMethod
GRAPH = "https://graph.facebook.com/v20.0"

def _call(method, url, **kw):
    kw.setdefault("params", {})["access_token"] = os.environ["PAGE_TOKEN"]
    return requests.request(method, url, timeout=10, **kw).json()

def publish(page_id, msg):
    return _call(HTTPMethod.POST, f"{GRAPH}/{page_id}/feed", data={"message": msg})

def remove(post_id):
    return requests.request(http.HTTPMethod.DELETE, f"{GRAPH}/{post_id}")

def other(page_id, m):
    return _call(m, f"{GRAPH}/{page_id}/feed")
`;
    expect(mapped('enum.py', py)).toEqual([
      '10:35 POST /{page-id}/feed',
      '13:53 DELETE /{post-id}',
      '16:21 GET unresolved: its HTTP method is in a value not read here',
    ]);
  });
});

describe('G9: an id initialised to an empty string is not folded into the URL', () => {
  it('TypeScript `private pageId = \'\'`, a module `let phoneNumberId = \'\'` set by `init()`, Python’s class attribute `page_id = ""`', () => {
    const ts = `const GRAPH = 'https://graph.facebook.com/v20.0';
const SUFFIX = '';
let phoneNumberId = '';
export function init(id: string) { phoneNumberId = id; }
export class B {
  private pageId = '';
  constructor(private readonly igUserId: string = '') {}
  setPage(id: string) { this.pageId = id; }
  a(m: string) { return fetch(\`\${GRAPH}/\${this.pageId}/feed\${SUFFIX}?access_token=\${process.env.PAGE_TOKEN}\`, { method: 'POST', body: m }); }
  b() { return fetch(\`\${GRAPH}/\${this.igUserId}/media_publish\`, { method: 'POST' }); }
}
export const send = () => fetch(\`\${GRAPH}/\${phoneNumberId}/messages\`, { method: 'POST' });
`;
    expect(mapped('b.ts', ts)).toEqual(['9:31 POST /{page-id}/feed', '10:22 POST /{ig-user-id}/media_publish', '12:33 POST /{phone-number-id}/messages']);
    const py = `GRAPH = "https://graph.facebook.com/v20.0"
class B:
    page_id = ""
    def a(self, m):
        return requests.post(f"{GRAPH}/{self.page_id}/feed", data={"message": m})
`;
    expect(mapped('b.py', py)).toEqual(['5:30 POST /{page-id}/feed']);
  });
});

describe('G11: path helpers reached through a local URL, or delegated twice', () => {
  it('Python `url = f"{GRAPH}/{path}"` in `_call(method, path)`, and `_post(path)` passing its path to `_call`', () => {
    const py = `import os, requests
GRAPH = "https://graph.facebook.com/v20.0"

def _call(method, path, **params):
    url = f"{GRAPH}/{path}"
    params["access_token"] = os.environ["META_ORDERS_TOKEN"]
    return requests.request(method, url, params=params, timeout=10).json()

def refund(order_id):
    return _call("POST", f"{order_id}/refunds", reason_code="REFUND_REASON_OTHER")
`;
    expect(mapped('a.py', py)).toEqual(['10:26 POST /{order-id}/refunds']);
    const cls = `import os, requests
GRAPH = "https://graph.facebook.com/v20.0"

class Orders:
    def _call(self, method, path, **params):
        url = f"{GRAPH}/{path}"
        return requests.request(method, url, params=params, timeout=10).json()

    def _post(self, path, **params):
        return self._call("POST", path, **params)

    def refund(self, order_id):
        return self._post(f"{order_id}/refunds", reason_code="REFUND_REASON_OTHER")

    def cancel(self, order_id):
        return self._call("POST", f"{order_id}/cancellations")

def describe(path):
    url = f"{GRAPH}/{path}"
    print(url)

def x(order_id):
    describe(f"{order_id}/refunds")
`;
    expect(mapped('b.py', cls)).toEqual(['13:27 POST /{order-id}/refunds', '16:35 POST /{order-id}/cancellations']);
  });

  it('TypeScript `post(path)` passing its path to `private call(method, path)`: read at `post`’s call sites (its own request stays unresolved: `post` is public)', () => {
    const ts = `const BASE = 'https://graph.facebook.com/v20.0';
export class MetaGraph {
  constructor(private readonly token = process.env.META_COMMERCE_TOKEN!) {}
  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(\`\${BASE}\${path}\`, { method, headers: { Authorization: \`Bearer \${this.token}\` }, body: body ? JSON.stringify(body) : undefined });
    return (await res.json()) as T;
  }
  post<T>(path: string, body?: unknown) { return this.call<T>('POST', path, body); }
  acknowledge(orderId: string, ref: string) { return this.post(\`/\${orderId}/acknowledge_order\`, { merchant_order_reference: ref }); }
}
`;
    expect(mapped('c.ts', ts)).toEqual(['5:29 GET unresolved: its HTTP method is in a value not read here', '9:64 POST /{order-id}/acknowledge_order']);
  });
});
