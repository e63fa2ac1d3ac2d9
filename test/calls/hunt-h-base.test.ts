/**
 * The call reader against a hostile tester's base-URL cases (hunt H, /tmp/huntH/REPORT.md): a base URL set on
 * the client by a later statement (H3). Each case is the tester's, each expectation exact.
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

describe('H3: a base URL set on the named client by a later statement', () => {
  it('Go resty: client.SetBaseURL(…) and SetHostURL(…) after resty.New()', () => {
    const go = `package main

import (
	"os"
	"github.com/go-resty/resty/v2"
)

func remove(postID string) error {
	client := resty.New()
	client.SetBaseURL("https://graph.facebook.com/v20.0")
	_, err := client.R().SetQueryParam("access_token", os.Getenv("PAGE_TOKEN")).Delete("/" + postID)
	return err
}

func comment(postID string) error {
	c := resty.New()
	c.SetHostURL("https://graph.facebook.com/v20.0")
	_, err := c.R().Post("/" + postID + "/comments")
	return err
}
`;
    expect(mapped('main.go', go)).toEqual(['11:78 DELETE /{post-id}', '18:18 POST /{object-id}/comments']);
  });

  it('Go resty: a constructor that sets the base URL and keeps the client in a field', () => {
    const go = `package main

import (
	"os"
	"github.com/go-resty/resty/v2"
)

type Graph struct{ c *resty.Client }

func NewGraph() *Graph {
	c := resty.New()
	c.SetBaseURL("https://graph.facebook.com/v20.0")
	c.SetAuthToken(os.Getenv("PAGE_TOKEN"))
	return &Graph{c: c}
}

func (g *Graph) Remove(postID string) error {
	_, err := g.c.R().Delete("/" + postID)
	return err
}
`;
    expect(mapped('main.go', go)).toEqual(['18:20 DELETE /{post-id}']);
  });

  it('axios: graph.defaults.baseURL = …, and the global axios.defaults.baseURL = …', () => {
    const a = `const axios = require('axios');
const graph = axios.create();
graph.defaults.baseURL = 'https://graph.facebook.com/v20.0';
graph.defaults.params = { access_token: process.env.PAGE_TOKEN };
exports.remove = (postId) => graph.delete(\`/\${postId}\`);
`;
    expect(mapped('a.js', a)).toEqual(['5:36 DELETE /{post-id}']);
    const b = `const axios = require('axios');
axios.defaults.baseURL = 'https://graph.facebook.com/v20.0';
axios.defaults.params = { access_token: process.env.PAGE_TOKEN };
exports.pub = (pageId) => axios.post(\`/\${pageId}/feed\`, {});
`;
    expect(mapped('b.js', b)).toEqual(['4:33 POST /{page-id}/feed']);
  });

  it('httpx: self.client.base_url = … after self.client = httpx.Client()', () => {
    const py = `import os, httpx
class Graph:
    def __init__(self):
        self.client = httpx.Client()
        self.client.base_url = "https://graph.facebook.com/v20.0"
        self.client.params = {"access_token": os.environ["PAGE_TOKEN"]}
    def rm(self, post_id):
        return self.client.delete(f"/{post_id}")
`;
    expect(mapped('svc.py', py)).toEqual(['8:28 DELETE /{post-id}']);
  });

  it('negatives: another host set later, an object that holds a client, self.base_url', () => {
    // The later setter names another host: the client is not Graph's.
    const go = `package main
func remove(postID string) {
	client := resty.New()
	client.SetBaseURL("https://api.stripe.com/v1")
	client.R().Delete("/" + postID)
}
`;
    expect(mapped('main.go', go)).toEqual([]);
    const js = `const axios = require('axios');
const stripe = axios.create();
stripe.defaults.baseURL = 'https://api.stripe.com/v1';
exports.refund = (id) => stripe.post(\`/\${id}/refunds\`);
`;
    expect(mapped('a.js', js)).toEqual([]);
    // An app object whose member is set to a Graph client is no client (hunt G, G15).
    const app = `const express = require('express');
const axios = require('axios');
const app = express();
app.locals.graph = axios.create({ baseURL: 'https://graph.facebook.com/v20.0' });
app.delete('/:postId', (req, res) => res.send('ok'));
app.post('/webhook', (req, res) => res.send('ok'));
`;
    expect(mapped('server.js', app)).toEqual([]);
    // \`self.base_url = GRAPH\` holds a URL in the object: \`self\` is no client.
    const py = `class Svc:
    def __init__(self):
        self.base_url = "https://graph.facebook.com/v20.0"
        self.http = requests.Session()
    def rm(self, post_id):
        return self.delete(f"/{post_id}")
`;
    expect(mapped('svc.py', py)).toEqual([]);
  });
});

describe('H6: an absolute URL given to a client made with a Graph base URL', () => {
  it('Ktor: another host in a builder lambda or as the argument is no Graph call', () => {
    const kt = `import io.ktor.client.*
import io.ktor.client.request.*
class Svc {
    private val client = HttpClient {
        defaultRequest { url("https://graph.facebook.com/v20.0/") }
    }
    suspend fun pub(pageId: String) {
        client.post { url("$pageId/feed"); parameter("access_token", System.getenv("PAGE_TOKEN")) }
    }
    suspend fun refund(id: String) {
        client.post { url("https://api.stripe.com/v1/charges/$id/refunds") }
        client.delete { url("https://api.stripe.com/v1/customers/$id") }
        client.post("https://api.stripe.com/v1/refunds/$id")
    }
}
`;
    expect(mapped('Svc.kt', kt)).toEqual(['8:27 POST /{page-id}/feed']);
  });

  it('axios and httpx: another host (or a scheme-relative one) is no Graph call; the Graph host is read as that URL', () => {
    const js = `const axios = require('axios');
const graph = axios.create({ baseURL: 'https://graph.facebook.com/v20.0', params: { access_token: process.env.PAGE_TOKEN } });
exports.a = (id) => graph.post(\`https://api.stripe.com/v1/charges/\${id}/refunds\`);
exports.b = (id) => graph.post(\`/\${id}/feed\`);
exports.c = (id) => graph.delete(\`//api.stripe.com/v1/customers/\${id}\`);
exports.d = (postId) => graph.delete(\`https://graph.facebook.com/v20.0/\${postId}\`);
`;
    expect(mapped('a.js', js)).toEqual(['4:27 POST /{page-id}/feed', '6:38 DELETE /{post-id}']);
    const py = `import os, httpx
client = httpx.Client(base_url="https://graph.facebook.com/v20.0", params={"access_token": os.environ["PAGE_TOKEN"]})
def a(id):
    return client.post(f"https://api.stripe.com/v1/charges/{id}/refunds")
def b(id):
    return client.post(f"/{id}/feed")
`;
    expect(mapped('a.py', py)).toEqual(['6:19 POST /{page-id}/feed']);
  });
});

describe('H7: a Graph base URL held in a constant, a config object or a block', () => {
  it('Nuxt $fetch with baseURL a constant of the file', () => {
    const ts = `const GRAPH = 'https://graph.facebook.com/v20.0';
export default defineEventHandler(async (event) => {
  const { postId } = await readBody(event);
  return $fetch(\`/\${postId}/comments\`, { baseURL: GRAPH, method: 'POST', query: { access_token: process.env.PAGE_TOKEN } });
});
`;
    expect(mapped('server/api/comment.post.ts', ts)).toEqual(['4:17 POST /{object-id}/comments']);
  });

  it('axios.create(config) and Guzzle new Client($config) with the config a literal of the file', () => {
    const js = `const axios = require('axios');
const config = { baseURL: 'https://graph.facebook.com/v20.0', params: { access_token: process.env.PAGE_TOKEN } };
const graph = axios.create(config);
exports.remove = (postId) => graph.delete(\`/\${postId}\`);
`;
    expect(mapped('a.js', js)).toEqual(['4:36 DELETE /{post-id}']);
    const php = `<?php
use GuzzleHttp\\Client;
class S {
    public function remove($postId) {
        $config = ['base_uri' => 'https://graph.facebook.com/v20.0/', 'query' => ['access_token' => getenv('PAGE_TOKEN')]];
        $client = new Client($config);
        return $client->delete("{$postId}");
    }
}
`;
    expect(mapped('S.php', php)).toEqual(['7:25 DELETE /{post-id}']);
  });

  it('Faraday: url_prefix set in the block or on the connection', () => {
    const block = `class RmJob
  def perform(post_id)
    conn = Faraday.new do |f|
      f.url_prefix = "https://graph.facebook.com/v20.0"
      f.params[:access_token] = ENV.fetch("PAGE_TOKEN")
    end
    conn.delete(post_id)
  end
end
`;
    expect(mapped('rm_job.rb', block)).toEqual(['7:10 DELETE /{post-id}']);
    const later = `class RmJob
  def perform(post_id)
    conn = Faraday.new
    conn.url_prefix = "https://graph.facebook.com/v20.0"
    conn.delete(post_id)
  end
end
`;
    expect(mapped('job.rb', later)).toEqual(['5:10 DELETE /{post-id}']);
  });

  it('negatives: a config of another host, a block of another host', () => {
    const js = `const axios = require('axios');
const config = { baseURL: 'https://api.stripe.com/v1' };
const stripe = axios.create(config);
exports.refund = (id) => stripe.post(\`/\${id}/refunds\`);
`;
    expect(mapped('a.js', js)).toEqual([]);
    const rb = `conn = Faraday.new do |f|
  f.url_prefix = "https://api.stripe.com/v1"
end
conn.delete(charge_id)
`;
    expect(mapped('job.rb', rb)).toEqual([]);
  });
});
