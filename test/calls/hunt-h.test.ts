/**
 * The call reader against a hostile tester's small services (hunt H, /tmp/huntH/REPORT.md), H1 and H2: a client
 * factory, getter or Ruby `def conn` of another class with the same name is not the Graph class's; a local alias
 * is the file's Graph client only when it names it (`client`, `self.client`, `request.app.state.graph`), not when
 * another object's member merely ends in the same name; H8, a factory whose argument picks the host: the branch a
 * literal argument picks, else *unresolved*. Each case is the tester's, each expectation exact.
 */
import { describe, expect, it } from 'vitest';
import { readFileCalls } from '../../src/calls/collect.js';

/** `line:column METHOD table-path|status` per call, matched against data/endpoints.json. */
function mapped(path: string, text: string): string[] {
  return readFileCalls({ path, text }, []).calls.map((c) => {
    const what = c.status === 'mapped' ? c.path : c.status === 'unknown' ? `unknown ${c.path}` : `unresolved: ${c.reason}`;
    return `${c.line}:${c.column} ${c.method} ${what}`;
  });
}

describe('H1: a same-named client factory, getter or `conn` of another class', () => {
  it('Python method `self._client()`: only the Graph class reads through it (also `with self._client() as c:`)', () => {
    const py = `import os, httpx
GRAPH = "https://graph.facebook.com/v20.0"
class MetaClient:
    def _client(self):
        return httpx.Client(base_url=GRAPH, params={"access_token": os.environ["PAGE_TOKEN"]})
    def publish(self, page_id):
        return self._client().post(f"/{page_id}/feed")
class StripeClient:
    def _client(self):
        return httpx.Client(base_url="https://api.stripe.com/v1")
    def refund(self, charge_id):
        return self._client().post(f"/{charge_id}/refunds")
    def rm(self, cid):
        with self._client() as c:
            c.delete(f"/{cid}")
`;
    expect(mapped('svc.py', py)).toEqual(['7:31 POST /{page-id}/feed']);
  });

  it('Python `@property` client', () => {
    const py = `import os, httpx
GRAPH = "https://graph.facebook.com/v20.0"
class Graph:
    @property
    def client(self):
        return httpx.Client(base_url=GRAPH, params={"access_token": os.environ["PAGE_TOKEN"]})
    def publish(self, page_id):
        return self.client.post(f"/{page_id}/feed")
class Slack:
    @property
    def client(self):
        return httpx.Client(base_url="https://slack.com/api")
    def post(self, chan):
        return self.client.post(f"/{chan}/messages")
    def rm(self, chan):
        return self.client.delete(f"/{chan}")
`;
    expect(mapped('svc.py', py)).toEqual(['8:28 POST /{page-id}/feed']);
  });

  it('TypeScript `private get http()`', () => {
    const ts = `import axios, { AxiosInstance } from 'axios';
class FacebookService {
  private get http(): AxiosInstance {
    return axios.create({ baseURL: 'https://graph.facebook.com/v20.0', params: { access_token: process.env.PAGE_TOKEN } });
  }
  publish(pageId: string) { return this.http.post(\`/\${pageId}/feed\`, {}); }
}
class SlackService {
  private get http(): AxiosInstance {
    return axios.create({ baseURL: 'https://hooks.slack.com' });
  }
  send(id: string) { return this.http.post(\`/services/\${id}\`, {}); }
  drop(id: string) { return this.http.delete(\`/\${id}\`); }
}
`;
    expect(mapped('a.ts', ts)).toEqual(['6:46 POST /{page-id}/feed']);
  });

  it('a module function and a method of the same name: a bare call is the function, `this.graph()` the method', () => {
    const js = `const axios = require('axios');
function graph() {
  return axios.create({ baseURL: 'https://graph.facebook.com/v20.0', params: { access_token: process.env.PAGE_TOKEN } });
}
class Slack {
  graph() { return axios.create({ baseURL: 'https://slack.com/api' }); }
  send(id) { return this.graph().post(\`/\${id}/messages\`); }
  pub(pageId) { return graph().post(\`/\${pageId}/feed\`); }
}
`;
    expect(mapped('m.js', js)).toEqual(['8:32 POST /{page-id}/feed']);
  });

  it('PHP Guzzle `$this->client()` and Laravel `$this->graph()`', () => {
    const php = `<?php
use GuzzleHttp\\Client;
class MetaService {
    private function client(): Client {
        return new Client(['base_uri' => 'https://graph.facebook.com/v20.0/', 'query' => ['access_token' => getenv('PAGE_TOKEN')]]);
    }
    public function publish($pageId) { return $this->client()->post("{$pageId}/feed"); }
}
class StripeService {
    private function client(): Client {
        return new Client(['base_uri' => 'https://api.stripe.com/v1/']);
    }
    public function refund($chargeId) { return $this->client()->post("{$chargeId}/refunds"); }
    public function rm($id) { return $this->client()->delete("customers/{$id}"); }
}
`;
    expect(mapped('Svc.php', php)).toEqual(['7:64 POST /{page-id}/feed']);
    const laravel = `<?php
use Illuminate\\Support\\Facades\\Http;
class MetaService {
    private function graph() { return Http::baseUrl('https://graph.facebook.com/v20.0')->withToken(env('PAGE_TOKEN')); }
    public function rm($postId) { return $this->graph()->delete($postId); }
}
class SlackService {
    private function graph() { return Http::baseUrl('https://slack.com/api'); }
    public function send($chan) { return $this->graph()->post("{$chan}/messages"); }
}
`;
    expect(mapped('L.php', laravel)).toEqual(['5:58 DELETE /{post-id}']);
  });

  it('Ruby `def conn` in two classes', () => {
    const rb = `GRAPH = "https://graph.facebook.com/v20.0"
class PublishJob
  def perform(ig_user_id, container_id)
    conn.post("#{ig_user_id}/media_publish", creation_id: container_id)
  end
  private
  def conn
    Faraday.new(url: GRAPH, params: { access_token: ENV.fetch("PAGE_TOKEN") })
  end
end
class SlackJob
  def perform(channel)
    conn.post("#{channel}/messages", text: "hi")
    conn.delete("#{channel}")
  end
  private
  def conn
    Faraday.new(url: "https://slack.com/api")
  end
end
`;
    expect(mapped('job.rb', rb)).toEqual(['4:10 POST /{ig-user-id}/media_publish']);
  });
});

describe("H2: an alias is the file's client only when it names it", () => {
  it('Python `c = self.billing.client` is another service\'s client; `client` itself still is the Graph one', () => {
    const py = `import os, httpx
client = httpx.Client(base_url="https://graph.facebook.com/v20.0", params={"access_token": os.environ["PAGE_TOKEN"]})
class Billing:
    def __init__(self, billing):
        self.billing = billing
    def charge(self, order_id):
        c = self.billing.client
        c.post(f"/{order_id}/refunds")
        c.delete(f"/{order_id}")
def publish(page_id):
    return client.post(f"/{page_id}/feed")
`;
    expect(mapped('a.py', py)).toEqual(['11:19 POST /{page-id}/feed']);
  });

  it('JavaScript `req.app.locals.stripe.graph` is not `graph`', () => {
    const js = `const axios = require('axios');
const graph = axios.create({ baseURL: 'https://graph.facebook.com/v20.0', params: { access_token: process.env.PAGE_TOKEN } });
exports.publish = (pageId) => graph.post(\`/\${pageId}/feed\`);
exports.charge = async (req, orderId) => {
  const client = req.app.locals.stripe.graph;
  await client.post(\`/\${orderId}/refunds\`);
};
`;
    expect(mapped('a.js', js)).toEqual(['3:37 POST /{page-id}/feed']);
  });

  it('still read: `request.app.state.graph` where the file sets `app.state.graph`, `app.locals.graph`, and `self.client`', () => {
    const py = `import os, httpx
from fastapi import FastAPI, Request
app = FastAPI()
app.state.graph = httpx.AsyncClient(base_url="https://graph.facebook.com/v20.0", params={"access_token": os.environ["PAGE_TOKEN"]})
@app.delete("/posts/{post_id}")
async def rm(request: Request, post_id: str):
    client = request.app.state.graph
    return await client.delete(f"/{post_id}")
`;
    expect(mapped('main.py', py)).toEqual(['8:25 DELETE /{post-id}']);
    const js = `const axios = require('axios');
const app = require('express')();
app.locals.graph = axios.create({ baseURL: 'https://graph.facebook.com/v20.0', params: { access_token: process.env.PAGE_TOKEN } });
app.post('/x', async (req, res) => {
  const client = req.app.locals.graph;
  await client.post(\`/\${req.body.pageId}/feed\`);
});
`;
    expect(mapped('app.js', js)).toEqual(['6:16 POST /{page-id}/feed']);
    const own = `import os, httpx
class Graph:
    def __init__(self):
        self.client = httpx.Client(base_url="https://graph.facebook.com/v20.0", params={"access_token": os.environ["PAGE_TOKEN"]})
    def rm(self, post_id):
        c = self.client
        return c.delete(f"/{post_id}")
`;
    expect(mapped('own.py', own)).toEqual(['7:18 DELETE /{post-id}']);
  });
});

describe('H8: a client factory whose argument picks the host', () => {
  it('a literal argument picks the branch; another argument makes the call unresolved', () => {
    const js = `const axios = require('axios');
function client(host) {
  return axios.create({ baseURL: host === 'fb' ? 'https://graph.facebook.com/v20.0' : 'https://api.stripe.com/v1' });
}
const PAGE = process.env.PAGE_TOKEN;
exports.refund = (chargeId) => client('stripe').post(\`/charges/\${chargeId}/refunds\`);
exports.pub = (pageId) => client('fb').post(\`/\${pageId}/feed\`);
exports.any = (pageId, h) => client(h).delete(\`/\${pageId}\`);
`;
    expect(mapped('a.js', js)).toEqual(['7:40 POST /{page-id}/feed', '8:40 DELETE unresolved: the base URL of its client is chosen by an argument not read here']);
  });

  it('`!==` and a plain condition; neither branch a Graph URL is no call', () => {
    const js = `const axios = require('axios');
const G = 'https://graph.facebook.com/v20.0';
function api(kind) { return axios.create({ baseURL: kind !== 'stripe' ? G : 'https://api.stripe.com/v1' }); }
function http(live) { return axios.create({ baseURL: live ? 'https://api.stripe.com/v1' : 'https://sandbox.stripe.com' }); }
exports.a = (pageId) => api('stripe').post(\`/\${pageId}/feed\`);
exports.b = (pageId) => api('meta').post(\`/\${pageId}/feed\`);
exports.c = (id) => http(true).post(\`/\${id}/refunds\`);
`;
    expect(mapped('b.js', js)).toEqual(['6:37 POST /{page-id}/feed']);
  });
});
