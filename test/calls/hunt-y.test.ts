/**
 * The call reader against hunt Y's cases (2026-12-06, /tmp/huntY1..3/REPORT.md: graphguard run on public
 * repositories that call the Graph API, Python, JavaScript/TypeScript, PHP, Go, Ruby and Java). Each case is the
 * shape of the real code, cut down.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { infer } from '../../src/infer.js';
import type { Manifest } from '../../src/manifest/types.js';
import { mapped } from '../helpers/calls.js';
import { HEAD } from '../helpers/manifests.js';

describe('hunt Y: a function that builds a Graph URL sends nothing (Y1-1, Y1-2)', () => {
  it('Python: `url = _url(f"{page_id}/feed")` then `requests.post(url)` is the POST, where it is sent', () => {
    const text = `import os
import requests

BASE_URL = "https://graph.facebook.com/v25.0"


def _url(path: str) -> str:
    return f"{BASE_URL}/{path}"


def publish(page_id: str, message: str) -> dict:
    url = _url(f"{page_id}/feed")
    resp = requests.post(url, params={"access_token": os.environ["PAGE_TOKEN"]}, data={"message": message}, timeout=10)
    return resp.json()
`;
    expect(mapped('poster.py', text)).toEqual(['13:26 POST /{page-id}/feed']);
  });

  it('Python: a public builder is read the same at its sites; its own URL stays unresolved (callers elsewhere)', () => {
    const text = `import requests
GRAPH = "https://graph.facebook.com/v25.0"

def build_url(path):
    return f"{GRAPH}/{path}"

def publish(page_id):
    return requests.post(build_url(f"{page_id}/feed"), data={"message": "hi"})

def read(page_id):
    u = build_url(page_id)
    return requests.get(u, params={"fields": "name"})
`;
    expect(mapped('b.py', text)).toEqual(['5:12 GET unresolved: its HTTP method is in a value not read here', '8:36 POST /{page-id}/feed', '12:25 GET /{page-id}']);
  });

  it('Python: a builder whose value is kept in a local before its return; a site whose value is not sent leaves it unresolved', () => {
    const text = `import requests
GRAPH = "https://graph.facebook.com/v25.0"

def _url(path):
    url = f"{GRAPH}/{path}"
    return url

def publish(page_id):
    requests.delete(_url(f"{page_id}/subscribed_apps"))

def link(page_id):
    return _url(f"{page_id}/feed")
`;
    expect(mapped('c.py', text)).toEqual([
      '5:11 GET unresolved: its HTTP method is in a value not read here',
      '9:26 DELETE /{page-id}/subscribed_apps',
      '12:17 GET unresolved: its HTTP method is in a value not read here',
    ]);
    // Every site read and the builder private: nothing of its own.
    expect(mapped('d.py', text.replace(/\ndef link[\s\S]*$/, '\n'))).toEqual(['9:26 DELETE /{page-id}/subscribed_apps']);
  });

  it('JavaScript: `function graphUrl(path) { return `${GRAPH}/${path}` }` sent by fetch with a POST', () => {
    const text = `const GRAPH = 'https://graph.facebook.com/v25.0';
function graphUrl(path) {
  return \`\${GRAPH}/\${path}\`;
}
export async function publish(pageId, message) {
  const url = graphUrl(\`\${pageId}/feed\`);
  return fetch(url, { method: 'POST', body: JSON.stringify({ message }) });
}
export async function read(pageId) {
  return fetch(graphUrl(pageId));
}
`;
    expect(mapped('g.js', text)).toEqual(['3:10 GET unresolved: its HTTP method is in a value not read here', '7:16 POST /{page-id}/feed', '10:25 GET /{page-id}']);
  });
});

describe('hunt Y: a Graph URL a function returns is sent by its callers (Y3-3)', () => {
  it('Python: a fixed URL returned by a private function is read where its callers here send it', () => {
    const text = `import os, requests
GRAPH = "https://graph.facebook.com/v25.0"
PAGE = os.environ["PAGE_ID"]

def _videos_url():
    return f"{GRAPH}/{PAGE}/videos"

def upload(data):
    return requests.post(_videos_url(), files=data)
`;
    expect(mapped('v.py', text)).toEqual(['9:26 POST /{page-id}/videos']);
  });

  it('Python and Go: one whose callers are elsewhere is a call whose method is not read, never a GET', () => {
    const py = `import os
GRAPH = "https://graph.facebook.com/v25.0"
PAGE = os.environ["PAGE_ID"]

def feed_url():
    return f"{GRAPH}/{PAGE}/feed"
`;
    expect(mapped('f.py', py)).toEqual(['6:12 GET unresolved: its HTTP method is in a value not read here']);
    const go = `package fb

const baseURL = "https://graph.facebook.com/v19.0"

func apiUploadMediaUrl(pageId string) string {
	return baseURL + "/" + pageId + "/videos"
}
`;
    expect(mapped('constants.go', go)).toEqual(['6:9 GET unresolved: its HTTP method is in a value not read here']);
  });
});

describe('hunt Y: API versions the way real code writes them (Y1-5, Y2-5, Y3-8)', () => {
  it('Python: `https://graph.facebook.com/v{GRAPH_API_VERSION}/…` drops the version', () => {
    const text = `import os, requests
GRAPH_API_VERSION = os.getenv("GRAPH_API_VERSION", "25.0")

def publish(page_id, message):
    url = f"https://graph.facebook.com/v{GRAPH_API_VERSION}/{page_id}/feed"
    return requests.post(url, data={"message": message})
`;
    expect(mapped('poster.py', text)).toEqual(['6:26 POST /{page-id}/feed']);
  });

  it('a version name with an acronym before its word: `WhatsAppCloudAPIVersion`, `APIVersion`, `GraphAPIVersion`', () => {
    const js = `import { WhatsAppCloudAPIBaseUrl, WhatsAppCloudAPIVersion } from './constants';
export const send = (phoneNumberId, body) =>
  fetch(\`\${WhatsAppCloudAPIBaseUrl}/\${WhatsAppCloudAPIVersion}/\${phoneNumberId}/messages\`, { method: 'POST', body });
const base = 'https://graph.facebook.com';
export const post = (id) => fetch(\`\${base}/\${GraphAPIVersion}/\${id}/feed\`, { method: 'POST' });
`;
    expect(mapped('send.js', js.replace('WhatsAppCloudAPIBaseUrl, ', '').replace('${WhatsAppCloudAPIBaseUrl}', 'https://graph.facebook.com'))).toEqual([
      '3:9 POST /{phone-number-id}/messages',
      '5:35 POST /{page-id}/feed',
    ]);
    const go = `package wa

import "net/http"

type Client struct {
	APIVersion string
	PhoneID    string
}

func (c *Client) Send(body string) {
	http.Post("https://graph.facebook.com/"+c.APIVersion+"/"+c.PhoneID+"/messages", "application/json", nil)
}
`;
    expect(mapped('wa.go', go)).toEqual(['11:12 POST /{phone-number-id}/messages']);
  });
});

describe('hunt Y: an id named for a node the table lacks fills no other node (Y1-4)', () => {
  it("`/{group_id}/feed` is unknown, not the Page feed; so are an event's and an album's", async () => {
    const { matchEndpoint } = await import('../../src/calls/endpoints.js');
    const shape = (ph: string) => ({ method: 'GET' as const, segments: [{ ph }, { lit: 'feed' }] });
    expect(matchEndpoint(shape('group_id'))).toBeUndefined();
    expect(matchEndpoint(shape('groupId'))).toBeUndefined();
    expect(matchEndpoint(shape('event_id'))).toBeUndefined();
    expect(matchEndpoint({ method: 'GET', segments: [{ ph: 'albumId' }, { lit: 'photos' }] })).toBeUndefined();
    expect(matchEndpoint(shape('page_id'))?.path).toBe('/{page-id}/feed');
    const text = `import os, requests
BASE_URL = "https://graph.facebook.com/v25.0"
GROUP_ID = os.environ["FB_GROUP_ID"]
ACCESS_TOKEN = os.environ["FB_ACCESS_TOKEN"]

def fetch_group_posts(group_id=GROUP_ID):
    return requests.get(f"{BASE_URL}/{group_id}/feed", params={"access_token": ACCESS_TOKEN}).json()
`;
    expect(mapped('fb_client.py', text)).toEqual(['7:25 GET unknown /{id}/feed']);
  });
});

describe('hunt Y: Go grouped constants (Y3-2)', () => {
  it('the first name of a `const (` block is a constant like the others', () => {
    const go = `package fb

import "net/http"

const (
	baseURL = "https://graph.facebook.com/v19.0"
	other   = "x"
)

func Post(pageID string) {
	http.Post(baseURL+"/"+pageID+"/feed", "application/json", nil)
}
`;
    expect(mapped('a.go', go)).toEqual(['11:12 POST /{page-id}/feed']);
    expect(mapped('b.go', go.replace('const (', 'var ('))).toEqual(['11:12 POST /{page-id}/feed']);
  });
});

describe('hunt Y: a Graph URL given as the default of a configured value (Y2-4, Y3-1, Y3-7)', () => {
  it('PHP: `rtrim($this->config[\'base_url\'] ?? \'https://graph…\', \'/\')`', () => {
    const php = `<?php
use Illuminate\\Support\\Facades\\Http;
class TemplateService
{
    public function create(string $wabaId, string $token, array $template): array
    {
        $base = rtrim($this->config['base_url'] ?? 'https://graph.facebook.com/v23.0', '/');
        return Http::withToken($token)->post("{$base}/{$wabaId}/message_templates", $template)->json();
    }
}
`;
    expect(mapped('TemplateService.php', php)).toEqual(['8:46 POST /{whatsapp-business-account-id}/message_templates']);
  });

  it('Kotlin `?:`, Ruby `ENV.fetch`, JavaScript `||`, Python `os.environ.get(…, default)` and `or`', () => {
    const kt = `import java.net.URI
import java.net.http.HttpRequest
class T {
    private val base = System.getenv("GRAPH_URL") ?: "https://graph.facebook.com/v23.0"
    fun delete(wabaId: String) = HttpRequest.newBuilder(URI.create("$base/$wabaId/message_templates")).DELETE().build()
}
`;
    expect(mapped('T.kt', kt)).toEqual(['5:68 DELETE /{whatsapp-business-account-id}/message_templates']);
    const rb = `require 'net/http'
class Templates
  BASE = ENV.fetch('GRAPH_URL', 'https://graph.facebook.com/v23.0')
  def create(waba_id, body)
    Net::HTTP.post(URI("#{BASE}/#{waba_id}/message_templates"), body)
  end
end
`;
    expect(mapped('templates.rb', rb)).toEqual(['5:24 POST /{whatsapp-business-account-id}/message_templates']);
    const js = `const GRAPH = 'https://graph.facebook.com/v25.0';
const base = process.env.GRAPH_URL || GRAPH;
export const send = (phoneId, body) => fetch(\`\${base}/\${phoneId}/messages\`, { method: 'POST', body });
`;
    expect(mapped('a.js', js)).toEqual(['3:46 POST /{phone-number-id}/messages']);
    const py = `import os, requests
BASE = os.environ.get("GRAPH_URL", "https://graph.facebook.com/v25.0")
BASE2 = os.getenv("GRAPH_URL") or "https://graph.facebook.com/v25.0"
def send(phone_id, body):
    requests.post(f"{BASE}/{phone_id}/messages", json=body)
    requests.get(f"{BASE2}/{phone_id}")
`;
    expect(mapped('a.py', py)).toEqual(['5:19 POST /{phone-number-id}/messages', '6:18 GET /{phone-number-id}']);
  });
});

describe('hunt Y: a client made with a shorthand base URL (Y2-1)', () => {
  it('`axios.create({ baseURL, headers })` and a config held in a variable `{ baseURL }`', () => {
    const js = `import axios from 'axios';
const baseURL = 'https://graph.facebook.com/v25.0';
const metaApi = axios.create({ baseURL, headers: { Authorization: \`Bearer \${process.env.WA_TOKEN}\` } });
export async function sendText(phoneNumberId, body) {
  return metaApi.post(\`/\${phoneNumberId}/messages\`, body);
}
const config = { timeout: 5000, baseURL };
const other = axios.create(config);
export const templates = (wabaId) => other.get(\`/\${wabaId}/message_templates\`);
`;
    expect(mapped('api.js', js)).toEqual(['5:18 POST /{phone-number-id}/messages', '9:44 GET /{whatsapp-business-account-id}/message_templates']);
  });
});

describe('hunt Y: a client whose base URL names a node (Y2-2, Y2-3)', () => {
  it("the base's node goes before each path: `wa.get('')` is the node, `wa.post('/messages')` its edge", () => {
    const js = `import axios from 'axios';
const wa = axios.create({ baseURL: \`https://graph.facebook.com/v20.0/\${process.env.WA_PHONE_NUMBER_ID}\` });
export const send = (body) => wa.post('/messages', body);
export const info = () => wa.get('');
`;
    expect(mapped('wa.js', js)).toEqual(['3:34 POST /{phone-number-id}/messages', '4:30 GET /{phone-number-id}']);
  });

  it('a factory that returns the client at once makes no call where the base URL is written', () => {
    const js = `import axios from 'axios';
const wabaApi = (phoneId, token) => axios.create({
  baseURL: \`https://graph.facebook.com/v25.0/\${phoneId}/\`,
  headers: { Authorization: \`Bearer \${token}\` },
});
export const reply = (phoneId, body) => wabaApi(phoneId, process.env.WHATSAPP_TOKEN).post('/messages', body);
`;
    expect(mapped('axios.js', js).filter((c) => c.startsWith('3:'))).toEqual([]);
  });
});

describe('hunt Y: a Graph SDK object known by what made it (Y3-4)', () => {
  it("Ruby: `page = Koala::Facebook::API.new(…)` then `page.put_connections(…, 'feed', …)` is a call", () => {
    const rb = `require 'koala'
class FeedService
  def post(message, page_id)
    page = Koala::Facebook::API.new(ENV['PAGE_TOKEN'])
    page.put_connections(page_id, 'feed', { :message => message })
  end
end
`;
    expect(mapped('feed_service.rb', rb)).toEqual(['5:10 POST /{page-id}/feed']);
  });
});

describe('hunt Y: a variable named by the environment variable it holds (Y1-3)', () => {
  it('`account_id = account_id or os.environ["INSTAGRAM_ACCOUNT_ID"]` is an Instagram user, not an ad account', () => {
    const py = `import os
import requests

GRAPH = "https://graph.facebook.com/v25.0"
TOKEN = os.environ["INSTAGRAM_ACCESS_TOKEN"]


def get_username(account_id=None):
    account_id = account_id or os.environ["INSTAGRAM_ACCOUNT_ID"]
    resp = requests.get(f"{GRAPH}/{account_id}", params={"fields": "username", "access_token": TOKEN})
    return resp.json().get("username", "")
`;
    expect(mapped('instagram_api.py', py)).toEqual(['10:25 GET /{ig-user-id}']);
    // A name the environment variable does not name a node by keeps the variable's own.
    expect(mapped('ads.py', py.replace('INSTAGRAM_ACCOUNT_ID', 'ACCOUNT'))).toEqual(['10:25 GET /{ad-account-id}']);
    const js = `const GRAPH = 'https://graph.facebook.com/v25.0';
export async function media(accountId) {
  const id = accountId ?? process.env.IG_USER_ID;
  return fetch(\`\${GRAPH}/\${id}/media\`);
}
`;
    expect(mapped('a.js', js)).toEqual(['4:16 GET /{ig-user-id}/media']);
  });
});

describe('hunt Y: a Graph URL given as a default inside the template (Y2-4)', () => {
  it('`${process.env.GRAPH_URL ?? "https://graph…"}` and Python\'s f"{os.getenv(\'GRAPH_URL\', \'https://graph…\')}"', () => {
    const js = `export const send = (phoneNumberId, body) =>
  fetch(\`\${process.env.GRAPH_URL ?? 'https://graph.facebook.com/v25.0'}/\${phoneNumberId}/messages\`, { method: 'POST', body });
`;
    expect(mapped('a.js', js)).toEqual(['2:9 POST /{phone-number-id}/messages']);
    const py = `import os, requests
def send(phone_number_id, body):
    return requests.post(f"{os.getenv('GRAPH_URL', 'https://graph.facebook.com/v25.0')}/{phone_number_id}/messages", json=body)
`;
    expect(mapped('a.py', py)).toEqual(['3:26 POST /{phone-number-id}/messages']);
    // A default that is no Graph URL is no Graph call.
    expect(mapped('b.py', py.replace('https://graph.facebook.com/v25.0', 'https://example.com'))).toEqual([]);
  });
});

describe('hunt Z: regressions of hunt Y fixes, and shapes they were meant to read', () => {
  it('Z-1: a default is looked for in its own statement only (Python, Ruby)', () => {
    const py = `import os
import requests

CHAT_SERVICE = os.environ.get("CHAT_SERVICE_URL")


def graph_base():
    return os.environ.get("GRAPH_URL") or "https://graph.facebook.com/v25.0"


def reply(conversation_id, text):
    return requests.post(f"{CHAT_SERVICE}/{conversation_id}/messages", json={"text": text})
`;
    expect(mapped('a.py', py).filter((c) => c.startsWith('12:'))).toEqual([]);
    const rb = `require 'net/http'
PAYMENTS_URL = ENV['PAYMENTS_URL']
GRAPH = ENV['G'] || 'https://graph.facebook.com/v25.0'
def refund(order_id)
  Net::HTTP.post(URI("#{PAYMENTS_URL}/#{order_id}/refunds"), '')
end
`;
    expect(mapped('a.rb', rb)).toEqual([]);
  });

  it("Z-2, Z-5: a builder's value is sent by the request it is the URL of, through URI(…) and new URL(…); elsewhere its method is not read", () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v25.0"

def _url(path):
    return f"{GRAPH}/{path}"

def _retry(fn, *args):
    return fn(*args)

def remove(post_id):
    return _retry(requests.delete, _url(post_id))
`;
    expect(mapped('r.py', py)).toEqual(['5:12 GET unresolved: its HTTP method is in a value not read here', '11:41 GET unresolved: its HTTP method is in a value not read here']);
    const js = `const GRAPH = 'https://graph.facebook.com/v25.0';
function feedUrl(pageId) {
  return \`\${GRAPH}/\${pageId}/feed\`;
}
export async function publish(pageId, message) {
  return fetch(new URL(feedUrl(pageId)), { method: 'POST', body: new URLSearchParams({ message }) });
}
`;
    expect(mapped('u.js', js).filter((c) => c.startsWith('6:'))).toEqual(['6:24 POST /{page-id}/feed']);
  });

  it("Z-3: a shorthand `{ baseURL }` that is a factory's parameter is the caller's value, not the file's constant", () => {
    const js = `import axios from 'axios';
const baseURL = 'https://graph.facebook.com/v25.0';
export const graph = axios.create({ baseURL });
function makeClient(baseURL, token) {
  return axios.create({ baseURL, headers: { Authorization: \`Bearer \${token}\` } });
}
const crm = makeClient(process.env.CRM_URL, process.env.CRM_TOKEN);
export async function addNote(contactId, text) {
  return crm.post(\`/\${contactId}/feed\`, { text });
}
`;
    expect(mapped('crm.js', js).filter((c) => c.startsWith('9:'))).toEqual([]);
  });

  it('Z-4: `fetch(graphUrl(…), { method: "POST" })`: an object after another argument is no function body', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v25.0';
function graphUrl(path) {
  return \`\${GRAPH}/\${path}\`;
}
export async function publish(pageId, message) {
  return fetch(graphUrl(\`\${pageId}/feed\`), { method: 'POST', body: JSON.stringify({ message }) });
}
`;
    expect(mapped('p.js', js).filter((c) => c.startsWith('6:'))).toEqual(['6:25 POST /{page-id}/feed']);
  });

  it('Z-6: `EVENTS_PIXEL_ID` is a pixel; Z-7, Z-8: Go builder sites in the file, typed constants', () => {
    const py = `import os, requests
GRAPH = "https://graph.facebook.com/v25.0"
EVENTS_PIXEL_ID = os.environ["EVENTS_PIXEL_ID"]
def send(events):
    return requests.post(f"{GRAPH}/{EVENTS_PIXEL_ID}/events", json={"data": events})
`;
    expect(mapped('capi.py', py)).toEqual(['5:26 POST /{pixel-id}/events']);
    const go = `package fb

import (
	"io"
	"net/http"
)

const (
	graphBase string = "https://graph.facebook.com/v19.0"
)

func feedURL(pageID string) string {
	return graphBase + "/" + pageID + "/feed"
}

func Publish(pageID string, body io.Reader) (*http.Response, error) {
	return http.Post(feedURL(pageID), "application/json", body)
}
`;
    expect(mapped('a.go', go)).toEqual(['13:9 GET unresolved: its HTTP method is in a value not read here', '17:19 POST /{page-id}/feed']);
  });
});

describe('hunt Y: request helpers over a client, and a path kept in a local of the caller (Y1-6, Y1-7)', () => {
  it('`def _request(self, method, endpoint): self._session.request(method, endpoint)` over a Graph client: read at its sites', () => {
    const py = `import os
import httpx

GRAPH = "https://graph.facebook.com/v25.0"


class Graph:
    def __init__(self):
        self._session = httpx.Client(base_url=GRAPH, headers={"Authorization": f"Bearer {os.environ['PAGE_TOKEN']}"})

    def _request(self, method: str, endpoint: str, **kwargs) -> dict:
        res = self._session.request(method, endpoint, **kwargs)
        return res.json()

    def publish(self, page_id: str, message: str) -> dict:
        return self._request("POST", f"/{page_id}/feed", data={"message": message})

    def read(self, page_id: str) -> dict:
        return self._request(method="GET", endpoint=f"/{page_id}/feed")
`;
    expect(mapped('graph.py', py)).toEqual(['16:16 POST /{page-id}/feed', '19:16 GET /{page-id}/feed']);
    // Public, its callers elsewhere may send anything: the helper's own call is not read.
    expect(mapped('g2.py', py.replace(/_request/g, 'request'))).toEqual([
      '12:29 GET unresolved: its HTTP method is in a value not read here',
      '16:16 POST /{page-id}/feed',
      '19:16 GET /{page-id}/feed',
    ]);
  });

  it("a site that passes its path in a local of its own function: the local's value, and the helper's parameter hides it", () => {
    const py = `import os
import requests

base_url = "https://graph.facebook.com/v25.0"
access_token = os.environ["PAGE_TOKEN"]


def _api_request(method, endpoint, data=None):
    url = f"{base_url}/{endpoint}"
    response = requests.request(method, url, params={"access_token": access_token}, json=data)
    return response.json()


def publish(page_id, message):
    endpoint = f"{page_id}/feed"
    return _api_request("POST", endpoint, data={"message": message})


def read(page_id):
    return _api_request("GET", f"{page_id}/feed")
`;
    expect(mapped('poster.py', py)).toEqual(['16:33 POST /{page-id}/feed', '20:32 GET /{page-id}/feed']);
  });
});

describe('hunt Y: a Spring bean that makes a Graph client (Y3-5)', () => {
  it('one unresolved call at the `@Bean` method: the classes it is injected into are not read', () => {
    const java = `package app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration
public class GraphConfig {
    @Bean
    public RestClient graphClient() {
        return RestClient.builder().baseUrl("https://graph.facebook.com/v23.0").build();
    }

    public RestClient other() {
        return RestClient.builder().baseUrl("https://graph.facebook.com/v23.0").build();
    }
}
`;
    expect(mapped('GraphConfig.java', java)).toEqual([
      '10:23 GET unresolved: a Graph API client made by a Spring bean (graphClient) and injected into other classes: the calls made through it are not read',
    ]);
  });
});

describe('hunt Z2: regressions of the later fixes, and the bean note', () => {
  it('Z2-1: a TypeScript method whose return type holds a comma inside `<…>` is still a function', () => {
    const ts = `const GRAPH = 'https://graph.facebook.com/v25.0';

export class PageClient {
  constructor(private token: string) {}

  private async request(method: string, path: string): Promise<Record<string, unknown>> {
    const res = await fetch(\`\${GRAPH}\${path}\`, { method, headers: { Authorization: \`Bearer \${this.token}\` } });
    return res.json();
  }

  async publish(pageId: string, message: string) {
    return this.request('POST', \`/\${pageId}/feed\`);
  }

  async remove(postId: string) {
    return this.request('DELETE', \`/\${postId}\`);
  }
}
`;
    expect(mapped('page.ts', ts)).toEqual(['12:33 POST /{page-id}/feed', '16:35 DELETE /{post-id}']);
  });

  it('Z2-2: a parameter whose default is the Graph base URL keeps it (Kotlin, Python)', () => {
    const kt = `import java.net.URI
import java.net.http.HttpRequest
class PageClient(private val baseUrl: String = "https://graph.facebook.com/v25.0") {
    fun publish(pageId: String) = HttpRequest.newBuilder(URI.create("$baseUrl/$pageId/feed")).POST(HttpRequest.BodyPublishers.noBody()).build()
}
`;
    expect(mapped('PageClient.kt', kt)).toEqual(['4:69 POST /{page-id}/feed']);
    const py = `import requests
GRAPH = "https://graph.facebook.com/v25.0"
def publish(page_id, GRAPH: str = GRAPH):
    return requests.post(f"{GRAPH}/{page_id}/feed")
`;
    expect(mapped('p.py', py)).toEqual(['4:26 POST /{page-id}/feed']);
  });

  it("Z2-3: another function's local URL is no value of a helper's parameter of that name", () => {
    const py = `import os
import requests

GRAPH = "https://graph.facebook.com/v25.0"
SLACK_WEBHOOK = os.environ["SLACK_WEBHOOK_URL"]


def latest_posts(page_id):
    url = f"{GRAPH}/{page_id}/feed"
    return requests.get(url, params={"fields": "id,message"}).json()["data"]


def post_json(url, payload):
    return requests.post(url, json=payload, timeout=5)
`;
    expect(mapped('slack.py', py)).toEqual(['10:25 GET /{page-id}/feed']);
  });

  it('Z2-4: the bean note through a constant, and for a Kotlin bean', () => {
    const java = `package app;
@Configuration
public class GraphConfig {
    private static final String GRAPH_API = "https://graph.facebook.com/v25.0";

    @Bean
    public RestClient graphClient() throws Exception {
        return RestClient.builder().baseUrl(GRAPH_API).build();
    }
}
`;
    expect(mapped('GraphConfig.java', java)).toEqual([
      '7:23 GET unresolved: a Graph API client made by a Spring bean (graphClient) and injected into other classes: the calls made through it are not read',
    ]);
    const kt = `package app
@Configuration
class GraphConfig {
    @Bean
    fun graphClient(): RestClient {
        return RestClient.builder().baseUrl("https://graph.facebook.com/v25.0").build()
    }
}
`;
    expect(mapped('GraphConfig.kt', kt)).toEqual([
      '5:9 GET unresolved: a Graph API client made by a Spring bean (graphClient) and injected into other classes: the calls made through it are not read',
    ]);
  });
});

describe('hunt Z2-5: request helpers over a client, twins and a second helper', () => {
  it('sync and async twins of `_request` in two classes: each read at its own class sites', () => {
    const py = `import httpx

GRAPH = "https://graph.facebook.com/v25.0"


class WhatsApp:
    def __init__(self, token):
        self._session = httpx.Client(base_url=GRAPH, headers={"Authorization": f"Bearer {token}"})

    def _request(self, method, endpoint, **kwargs):
        return self._session.request(method, endpoint, **kwargs).json()

    def send(self, phone_id, body):
        return self._request("POST", f"/{phone_id}/messages", json=body)


class AsyncWhatsApp:
    def __init__(self, token):
        self._client = httpx.AsyncClient(base_url=GRAPH, headers={"Authorization": f"Bearer {token}"})

    async def _request(self, method, endpoint, **kwargs):
        return (await self._client.request(method, endpoint, **kwargs)).json()

    async def send(self, phone_id, body):
        return await self._request("POST", f"/{phone_id}/messages", json=body)
`;
    expect(mapped('a.py', py)).toEqual(['14:16 POST /{phone-number-id}/messages', '25:22 POST /{phone-number-id}/messages']);
  });

  it('`_post(endpoint)` → `_request("POST", endpoint)`: read at the second helper sites, with its method', () => {
    const py = `import httpx

GRAPH = "https://graph.facebook.com/v25.0"


class PageApi:
    def __init__(self, token):
        self._session = httpx.Client(base_url=GRAPH, headers={"Authorization": f"Bearer {token}"})

    def _request(self, method, endpoint, **kwargs):
        return self._session.request(method, endpoint, **kwargs).json()

    def _post(self, endpoint, **kwargs):
        return self._request("POST", endpoint, **kwargs)

    def publish(self, page_id, message):
        return self._post(f"/{page_id}/feed", data={"message": message})
`;
    expect(mapped('api.py', py)).toEqual(['17:16 POST /{page-id}/feed']);
  });
});

describe('hunt Y4: field expansions and exported objects', () => {
  const manifest = (permissions: string, secret: string) =>
    parse(`${HEAD}  - name: bot
    role: system_user
    environment: production
    permissions: [${permissions}]
    token: { secret: ${secret} }
`) as Manifest;

  it('Y4-3: `?fields=leadgen_forms{leads}` reads each form\'s leads: what `GET /{form-id}/leads` needs is needed', () => {
    const py = `import os
import requests

PAGE_ID = os.getenv("PAGE_ID")


def get_lead_data():
    url = f"https://graph.facebook.com/v19.0/{PAGE_ID}"
    params = {"fields": "leadgen_forms{leads}", "access_token": os.getenv("LEADS_TOKEN")}
    return requests.get(url, params=params).json()
`;
    const json = infer({ manifest: manifest('leads_retrieval, ads_management, pages_show_list, pages_read_engagement, pages_manage_ads, business_management', 'LEADS_TOKEN'), files: [{ path: 'leads.py', text: py }] });
    const u = json.users[0]!;
    expect(u.calls).toEqual([{ file: 'leads.py', line: 10, method: 'GET', path: '/{page-id}', fields: ['leadgen_forms{leads}'] }]);
    expect(u.permissions.needed).toContain('ads_management');
    expect(u.permissions.unused).toEqual([]);
  });

  it('Y4-2: an expansion the table does not know keeps the operation mapped (its needs demanded) and its user unjudged', () => {
    const js = `import axios from "axios";
const BASE = "https://graph.facebook.com/v20.0/";
export const fetchConversation = async (pageId) => {
  const response = await axios.get(\`\${BASE}\${pageId}/conversations\`, {
    params: { fields: "participants,messages{id,message,created_time}", access_token: process.env.PAGE_TOKEN },
  });
  return response.data.data;
};
`;
    const json = infer({ manifest: manifest('pages_read_engagement, business_management, pages_show_list', 'PAGE_TOKEN'), files: [{ path: 'inbox.js', text: js }] });
    const u = json.users[0]!;
    expect(u.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /{page-id}/conversations']);
    expect(u.permissions.missing).toContain('pages_messaging');
    // `pages_show_list` may be what the unknown expansion needs: never called unused here.
    expect(u.permissions.unused).toEqual([]);
    expect(json.unknown).toEqual([]);
  });

  it("Y4-1: a name inside a function an exported object holds is that function's, not an export", () => {
    const js = `var request = require('request');
module.exports = {
  friendlyName: 'fb Get Photos',
  fn: async function (inputs, exits) {
    var page_url = 'https://graph.facebook.com/v3.0/' + inputs.pageId + '/photos?access_token=' + inputs.token;
    var page_options = { method: 'GET', url: page_url, json: true };
    request(page_options, function (err, response) {
      return exits.success(response.body.data);
    });
  }
};
`;
    expect(mapped('fb-get-photos.js', js).filter((c) => c.includes('exported'))).toEqual([]);
  });
});
