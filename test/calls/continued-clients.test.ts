/**
 * The call reader on JavaScript/TypeScript and Python forms it read wrong or not at all (helper h14, 2026-12-05):
 * Python's backslash line joining and adjacent string literals, a client made with a keyword splat, a request
 * config held in a variable, another host's absolute URL given to a Graph client, and a factory whose base URL
 * a condition picks.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('Python: a backslash that ends a line joins it to the next', () => {
  it('a URL built across a continued line is read where it is sent; a constant defined across one is the Graph URL', () => {
    const built = `import requests
GRAPH = "https://graph.facebook.com/v20.0"
def accounts():
    url = GRAPH + \\
        "/me/accounts"
    return requests.get(url)
class Pages:
    def feed(self, page_id):
        url = GRAPH + "/" + page_id + \\
            "/feed"  # the page's feed \\
        return requests.post(url)
`;
    expect(mapped('a.py', built)).toEqual(['6:25 GET /{user-id}/accounts', '11:30 POST /{page-id}/feed']);
    const constant = `import requests
GRAPH = \\
    "https://graph.facebook.com/v20.0"
def accounts():
    return requests.get(GRAPH + "/me/accounts")
`;
    expect(mapped('b.py', constant)).toEqual(['5:25 GET /{user-id}/accounts']);
  });

  it('adjacent string literals are one string, continued with a backslash or inside the call', () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v20.0"
def publish(page_id, payload):
    resp = requests.post(f"{GRAPH}/{page_id}/" \\
        "feed", data=payload)
    return requests.post(f"{GRAPH}/{page_id}/"
                         "photos", data=payload)
`;
    expect(mapped('c.py', py)).toEqual(['4:26 POST /{page-id}/feed', '6:26 POST /{page-id}/photos']);
  });

  it('a client, its `with … as`, and a method each made across a joined line', () => {
    const py = `import httpx, requests
GRAPH = "https://graph.facebook.com/v20.0"
client = \\
    httpx.Client(base_url=GRAPH)
def publish(page_id):
    return client.post(f"/{page_id}/feed")
async def photo(page_id):
    async with httpx.AsyncClient(base_url=GRAPH) \\
            as c:
        return await c.post(f"/{page_id}/photos")
def rm(comment_id):
    method = \\
        "DELETE"
    return requests.request(method, f"{GRAPH}/{comment_id}")
def post(page_id, payload):
    return requests.post(\\
        f"{GRAPH}/{page_id}/feed", data=payload)
`;
    expect(mapped('d.py', py)).toEqual(['6:19 POST /{page-id}/feed', '10:24 POST /{page-id}/photos', '14:37 DELETE /{comment-id}', '17:9 POST /{page-id}/feed']);
  });
});

describe('another host whose URL merely contains "graph", given to a client made with a Graph base URL', () => {
  it('axios: Microsoft Graph through the client, its request config or as the instance called, is no Graph call', () => {
    const ts = `import axios from 'axios';
const client = axios.create({ baseURL: 'https://graph.facebook.com/v20.0' });
export async function sync(id: string) {
  await client.get(\`/\${id}/feed\`);
  await client.get('https://graph.microsoft.com/v1.0/me');
  await client.post(\`https://graph.microsoft.com/v1.0/users/\${id}/sendMail\`);
  await client({ url: 'https://graph.microsoft.com/v1.0/me/messages', method: 'post' });
  await client.request({ url: 'https://graph.microsoft.com/v1.0/me/events', method: 'delete' });
  await client('https://graph.microsoft.com/v1.0/me/drive');
  await client.delete(\`https://graph.facebook.com/v20.0/\${id}\`);
}
`;
    expect(mapped('sync.ts', ts)).toEqual(['4:16 GET /{page-id}/feed', '10:23 DELETE unknown /{id}']);
  });

  it('httpx: a literal or a constant of the file naming another host is no Graph call', () => {
    const py = `import httpx
MS_GRAPH = "https://graph.microsoft.com/v1.0"
client = httpx.Client(base_url="https://graph.facebook.com/v20.0")
def sync(page_id):
    client.get(f"/{page_id}/feed")
    client.get("https://graph.microsoft.com/v1.0/me")
    client.post(f"{MS_GRAPH}/me/sendMail")
    client.post("https://graph.facebook.com.example.org/x")
`;
    expect(mapped('sync.py', py)).toEqual(['5:12 GET /{page-id}/feed']);
  });
});

describe('a factory whose base URL a condition on its parameter picks', () => {
  it("Python's `GRAPH if host == \"fb\" else STRIPE`: Graph calls only where the argument picks Graph; unresolved where it is not read", () => {
    const py = `import httpx
GRAPH = "https://graph.facebook.com/v20.0"
STRIPE = "https://api.stripe.com/v1"
def client(host):
    return httpx.Client(base_url=GRAPH if host == "fb" else STRIPE)
def sync(page_id, host):
    client("fb").post(f"/{page_id}/feed")
    client("stripe").post("/charges")
    client(host).delete(f"/{page_id}")
    with client("fb") as c:
        c.get("/me/accounts")
    with client("stripe") as c:
        c.get("/customers")
    with client(host) as c:
        c.post(f"/{page_id}/photos")
`;
    expect(mapped('sync.py', py)).toEqual([
      '7:18 POST /{page-id}/feed',
      '9:18 DELETE unresolved: the base URL of its client is chosen by an argument not read here',
      '11:11 GET /{user-id}/accounts',
      '15:11 POST unresolved: the base URL of its client is chosen by an argument not read here',
    ]);
    const negated = `import httpx, settings
GRAPH = "https://graph.facebook.com/v20.0"
STRIPE = "https://api.stripe.com/v1"
def client(host):
    return httpx.Client(base_url=STRIPE if host != "fb" else GRAPH)
def other(host):
    return httpx.Client(base_url=GRAPH if host == "fb" else settings.BILLING_URL)
def sync(page_id):
    client("fb").post(f"/{page_id}/feed")
    client("stripe").post("/charges")
    other("fb").post(f"/{page_id}/photos")
    other("billing").post("/invoices")
`;
    expect(mapped('neg.py', negated)).toEqual(['9:18 POST /{page-id}/feed', '11:17 POST /{page-id}/photos']);
  });

  it('a condition that is no parameter may pick Graph: Graph\'s (a write missed would be silent); two Graph branches are Graph', () => {
    const py = `import os, httpx
GRAPH = "https://graph.facebook.com/v20.0"
STRIPE = "https://api.stripe.com/v1"
client = httpx.Client(base_url=GRAPH if os.environ.get("P") == "fb" else STRIPE)
def sync(page_id):
    client.post(f"/{page_id}/feed")
def beta(on):
    return httpx.Client(base_url=GRAPH if on else "https://graph.facebook.com/v21.0")
def pub(page_id):
    beta(True).post(f"/{page_id}/photos")
`;
    expect(mapped('cond.py', py)).toEqual(['6:12 POST /{page-id}/feed', '10:16 POST /{page-id}/photos']);
  });

  it("JavaScript: a name bound to the factory's call with an argument not read here makes unresolved calls", () => {
    const ts = `import axios from 'axios';
const GRAPH = 'https://graph.facebook.com/v20.0';
const STRIPE = 'https://api.stripe.com/v1';
function client(host: string) { return axios.create({ baseURL: host === 'fb' ? GRAPH : STRIPE }); }
export async function sync(id: string, host: string) {
  const c = client(host);
  await c.post(\`/\${id}/feed\`);
  const d = client('stripe');
  await d.post('/charges');
  const e = client('fb');
  await e.post(\`/\${id}/photos\`);
}
`;
    expect(mapped('sync.ts', ts)).toEqual(['7:11 POST unresolved: the base URL of its client is chosen by an argument not read here', '11:11 POST /{page-id}/photos']);
  });
});

describe('Python: a client made with a keyword splat', () => {
  it('`httpx.Client(**opts)` with the base URL in the dict or `dict(…)` the splat names is that client', () => {
    const py = `import httpx
GRAPH = "https://graph.facebook.com/v20.0"
STRIPE = "https://api.stripe.com/v1"
opts = {"base_url": GRAPH, "timeout": 10}
client = httpx.Client(**opts)
pay_opts = {"base_url": STRIPE}
stripe = httpx.Client(**pay_opts)
def pub(page_id):
    stripe.post("/charges")
    return client.post(f"/{page_id}/feed")
async def photo(page_id):
    kw = dict(base_url=GRAPH, timeout=10)
    async with httpx.AsyncClient(headers={"x": "y"}, **kw) as c:
        return await c.post(f"/{page_id}/photos")
class G:
    def __init__(self):
        cfg = {"base_url": GRAPH}
        self.http = httpx.Client(**cfg)
    def rm(self, post_id):
        return self.http.delete(f"/{post_id}")
`;
    expect(mapped('splat.py', py)).toEqual(['10:19 POST /{page-id}/feed', '14:24 POST /{page-id}/photos', '20:26 DELETE /{post-id}']);
  });
});

describe('Python: a factory that passes its caller\'s base URL on to the client', () => {
  it('`def make(**opts): return httpx.Client(**opts)` and `httpx.Client(base_url=base, **kw)`: Graph\'s where the call gives a Graph base URL', () => {
    const py = `import httpx
GRAPH = "https://graph.facebook.com/v20.0"
STRIPE = "https://api.stripe.com/v1"
def make(**opts):
    return httpx.Client(**opts)
def pub(page_id):
    make(base_url=STRIPE).post("/charges")
    with make(base_url=GRAPH, timeout=3) as c:
        c.get("/me/accounts")
    return make(base_url=GRAPH).post(f"/{page_id}/feed")
class Api:
    def _client(self, base, **kw):
        return httpx.Client(base_url=base, **kw)
    def photo(self, page_id):
        self._client("https://api.stripe.com").post("/charges")
        c = self._client(GRAPH, timeout=5)
        c.post(f"/{page_id}/photos")
        return self._client(base=GRAPH).delete(f"/{page_id}/subscribed_apps")
`;
    expect(mapped('make.py', py)).toEqual(['9:11 GET /{user-id}/accounts', '10:33 POST /{page-id}/feed', '17:11 POST /{page-id}/photos', '18:41 DELETE /{page-id}/subscribed_apps']);
  });
});

describe('JavaScript: a request config held in a variable and sent whole', () => {
  it("the config's `url` naming a variable that holds the Graph URL: a call there with the config's method", () => {
    const js = `const axios = require('axios');
const GRAPH = 'https://graph.facebook.com/v20.0';
async function up(id, data) {
  const url = \`\${GRAPH}/\${id}/photos\`;
  const cfg = { method: 'POST', url, data };
  await axios(cfg);
}
async function rm(commentId) {
  const u = \`\${GRAPH}/\${commentId}\`;
  const config = { url: u, method: 'delete' };
  return axios.request(config);
}
async function feed(id) {
  const url = \`\${GRAPH}/\${id}/feed\`;
  const config = { url };
  return axios(config);
}
async function logged(id, data) {
  const url = \`\${GRAPH}/\${id}/photos\`;
  const entry = { url, at: Date.now() };
  console.log(entry);
  return axios.post(url, data);
}
`;
    expect(mapped('cfg.js', js)).toEqual(['5:33 POST /{page-id}/photos', '10:25 DELETE /{comment-id}', '15:20 GET /{page-id}/feed', '22:21 POST /{page-id}/photos']);
  });

  it("a Graph base URL in the config (a literal or a constant of the file): the relative `url` with the config's method; another host's URL is none", () => {
    const ts = `import axios, { type AxiosRequestConfig } from 'axios';
const GRAPH = 'https://graph.facebook.com/v20.0';
export async function photo(id: string, data: unknown) {
  const cfg = { method: 'post', url: \`/\${id}/photos\`, baseURL: 'https://graph.facebook.com/v20.0', data };
  await axios.request(cfg);
}
export async function feed(id: string, data: unknown) {
  const cfg: AxiosRequestConfig = { baseURL: GRAPH, method: 'post', url: \`/\${id}/feed\`, data };
  await axios.request(cfg);
}
export async function mail(id: string, data: unknown) {
  const cfg = { method: 'post', url: \`https://graph.microsoft.com/v1.0/users/\${id}/sendMail\`, baseURL: 'https://graph.facebook.com/v20.0', data };
  await axios.request(cfg);
}
`;
    expect(mapped('cfg.ts', ts)).toEqual(['4:38 POST /{page-id}/photos', '8:74 POST /{page-id}/feed']);
  });
});

describe('FastAPI: a client the lifespan puts in `app.state`', () => {
  it('read through the slot in a route, a name given it, or a dependency that returns it', () => {
    const py = `import httpx
from contextlib import asynccontextmanager
from fastapi import Depends, FastAPI, Request
GRAPH_URL = "https://graph.facebook.com/v20.0"
@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.graph = httpx.AsyncClient(base_url=GRAPH_URL)
    yield
    await app.state.graph.aclose()
app = FastAPI(lifespan=lifespan)
def get_graph(request: Request):
    return request.app.state.graph
@app.post("/pub/{page_id}")
async def pub(page_id: str, request: Request):
    r = await request.app.state.graph.post(f"/{page_id}/feed", data={"message": "hi"})
    return r.json()
@app.get("/accounts")
async def accounts(request: Request):
    c = request.app.state.graph
    return (await c.get("/me/accounts")).json()
@app.delete("/posts/{post_id}")
async def rm(post_id: str, graph=Depends(get_graph)):
    await graph.delete(f"/{post_id}")
`;
    expect(mapped('main.py', py)).toEqual(['15:39 POST /{page-id}/feed', '20:21 GET /{user-id}/accounts', '23:17 DELETE /{post-id}']);
  });

  it('a slot this file does not fill stays unread, through a dependency too', () => {
    const py = `from fastapi import Depends, FastAPI, Request
app = FastAPI()
def get_graph(request: Request):
    return request.app.state.graph
@app.post("/pub/{page_id}")
async def pub(page_id: str, request: Request, graph=Depends(get_graph)):
    await request.app.state.graph.post(f"/{page_id}/feed")
    await graph.post(f"/{page_id}/photos")
`;
    expect(mapped('routes.py', py)).toEqual([]);
  });
});

describe("Starlette's lifespan state: `yield {\"graph\": client}`", () => {
  it('`request.state.graph` in the routes of the file is that client; another key is its own client; a file that yields none reads none', () => {
    const py = `import httpx
from contextlib import asynccontextmanager
from fastapi import FastAPI, Request
GRAPH_URL = "https://graph.facebook.com/v20.0"
STRIPE = "https://api.stripe.com"
@asynccontextmanager
async def lifespan(app: FastAPI):
    async with httpx.AsyncClient(base_url=GRAPH_URL) as client, httpx.AsyncClient(base_url=STRIPE) as billing:
        yield {"graph": client, "billing": billing}
app = FastAPI(lifespan=lifespan)
@app.post("/pub/{page_id}")
async def pub(page_id: str, request: Request):
    await request.state.billing.post("/v1/charges")
    return (await request.state.graph.post(f"/{page_id}/feed")).json()
@app.get("/accounts")
async def accounts(request: Request):
    g = request.state.graph
    return (await g.get("/me/accounts")).json()
`;
    expect(mapped('main.py', py)).toEqual(['14:39 POST /{page-id}/feed', '18:21 GET /{user-id}/accounts']);
    const routes = `from fastapi import FastAPI, Request
app = FastAPI()
@app.post("/pub/{page_id}")
async def pub(page_id: str, request: Request):
    return (await request.state.graph.post(f"/{page_id}/feed")).json()
`;
    expect(mapped('routes.py', routes)).toEqual([]);
  });
});

describe('regressions of these readings found by a hostile test (hunt J)', () => {
  it('J1: a string statement on the next line (a docstring) is not joined to the string before it', () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v20.0"
"""Graph's base URL."""
def f(page_id):
    url = f"{GRAPH}/{page_id}/feed"
    """Post to the page."""
    requests.post(url)
    requests.get(GRAPH + "/me/accounts")
def g(page_id):
    return requests.get(
        f"{GRAPH}/{page_id}/"
        "photos")
`;
    expect(mapped('doc.py', py)).toEqual(['7:19 POST /{page-id}/feed', '8:18 GET /{user-id}/accounts', '11:9 GET /{page-id}/photos']);
  });

  it('J2: a base chosen by a flag of the module (`GRAPH if PROD else MOCK`, either order) is Graph\'s', () => {
    const py = (base: string) => `import os, httpx
GRAPH = "https://graph.facebook.com/v20.0"
MOCK = "http://localhost:9000"
PROD = os.environ.get("ENV") == "prod"
client = httpx.Client(base_url=${base})
def a(page_id):
    client.post(f"/{page_id}/feed")
`;
    expect(mapped('flag.py', py('GRAPH if PROD else MOCK'))).toEqual(['7:12 POST /{page-id}/feed']);
    expect(mapped('flag.py', py('MOCK if not PROD else GRAPH'))).toEqual(['7:12 POST /{page-id}/feed']);
    expect(mapped('flag.py', py('MOCK if PROD else "http://localhost:9001"'))).toEqual([]);
  });

  it('J3: the literal that picks the base, given by keyword, beside other arguments, or as the default', () => {
    const py = (calls: string) => `import httpx
GRAPH = "https://graph.facebook.com/v20.0"
STRIPE = "https://api.stripe.com/v1"
def client(host="fb", timeout=10):
    return httpx.Client(base_url=GRAPH if host == "fb" else STRIPE, timeout=timeout)
def run(page_id):
${calls}
`;
    expect(mapped('k.py', py('    c = client(host="fb")\n    c.post(f"/{page_id}/feed")'))).toEqual(['8:7 POST /{page-id}/feed']);
    expect(mapped('k.py', py('    with client("fb", timeout=3) as d:\n        d.get(f"/{page_id}/photos")'))).toEqual(['8:11 GET /{page-id}/photos']);
    expect(mapped('k.py', py('    c = client()\n    c.post(f"/{page_id}/feed")'))).toEqual(['8:7 POST /{page-id}/feed']);
    expect(mapped('k.py', py('    c = client("stripe", timeout=3)\n    c.post("/v1/refunds")'))).toEqual([]);
    expect(mapped('k.py', py('    c = client(timeout=3, host="stripe")\n    c.post("/v1/refunds")'))).toEqual([]);
  });

  it("J4: a Graph URL with the host's trailing dot is a Graph URL, given to a Graph client or not", () => {
    const js = `import axios from 'axios';
const api = axios.create({ baseURL: 'https://graph.facebook.com/v20.0' });
export const post = (pageId) => api.post(\`https://graph.facebook.com./v20.0/\${pageId}/feed\`);
export const get = (pageId) => fetch(\`https://graph.facebook.com.:443/v20.0/\${pageId}/photos\`);
`;
    expect(mapped('dot.js', js)).toEqual(['3:42 POST /{page-id}/feed', '4:38 GET /{page-id}/photos']);
  });
});
