/**
 * The call reader and the endpoint table against a hostile tester's whole small services (hunt G,
 * /tmp/huntG/REPORT.md): the token endpoints (G14), a WhatsApp media id read as an Instagram one (G10), a web
 * framework's app object taken for the Graph client it holds (G15). Each case is the tester's, each
 * expectation exact. Symfony's env injection (G12) is in test/scan/references.test.ts and below (attribution).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileCalls } from '../../src/calls/collect.js';
import { analyze, infer } from '../../src/infer.js';
import type { Manifest } from '../../src/manifest/types.js';

/** `line:column METHOD table-path|status` per call, matched against data/endpoints.json. */
function mapped(path: string, text: string): string[] {
  return readFileCalls({ path, text }, []).calls.map((c) => {
    const what = c.status === 'mapped' ? c.path : c.status === 'unknown' ? `unknown ${c.path}` : `unresolved: ${c.reason}`;
    return `${c.line}:${c.column} ${c.method} ${what}`;
  });
}

const MANIFEST_PAGES = `version: 1
business: { id: "100000000000001", name: Acme }
app: { id: "200000000000002", accessLevel: standard, graphApiVersion: v25.0 }
assets: []
systemUsers:
  - name: pages
    id: "400000000000005"
    role: system_user
    environment: production
    permissions: [pages_show_list, instagram_basic, ads_read, business_management, pages_read_engagement]
    token: { secret: META_PAGE_TOKEN, expires: 60d }
`;

describe('G14: the token endpoints are known operations that need nothing', () => {
  const auth = `const GRAPH = 'https://graph.facebook.com/v20.0';
export async function inspect(inputToken: string) {
  const r = await fetch(\`\${GRAPH}/debug_token?input_token=\${inputToken}&access_token=\${process.env.META_PAGE_TOKEN}\`);
  return r.json();
}
export async function exchange(code: string) {
  const r = await fetch(\`\${GRAPH}/oauth/access_token?client_id=\${process.env.FB_APP_ID}&client_secret=\${process.env.FB_APP_SECRET}&code=\${code}&redirect_uri=https%3A%2F%2Fx%2Fcb\`);
  return r.json();
}
export async function feed(pageId: string) {
  return (await fetch(\`\${GRAPH}/\${pageId}/feed?access_token=\${process.env.META_PAGE_TOKEN}\`)).json();
}
`;

  it('GET /debug_token and GET /oauth/access_token are mapped, not unknown', () => {
    expect(mapped('auth.ts', auth)).toEqual(['3:25 GET /debug_token', '7:25 GET /oauth/access_token', '11:23 GET /{page-id}/feed']);
    // Python's long-lived token exchange and a version-less debug_token: the same operations.
    const py = `import os, requests
GRAPH = "https://graph.facebook.com"
def extend(short):
    return requests.get(f"{GRAPH}/oauth/access_token", params={"grant_type": "fb_exchange_token", "client_id": os.environ["APP_ID"], "client_secret": os.environ["APP_SECRET"], "fb_exchange_token": short}).json()
def check(t):
    return requests.get(f"{GRAPH}/debug_token", params={"input_token": t, "access_token": os.environ["APP_TOKEN"]}).json()
`;
    expect(mapped('t.py', py)).toEqual(['4:25 GET /oauth/access_token', '6:25 GET /debug_token']);
  });

  it('they need no permission and no task, so unused-permission judges the user again', () => {
    const a = infer({ files: [{ path: 'auth.ts', text: auth }], manifest: parse(MANIFEST_PAGES) as Manifest });
    expect(a.unknown).toEqual([]);
    expect(a.users).toEqual([
      {
        name: 'pages',
        calls: [
          { file: 'auth.ts', line: 3, method: 'GET', path: '/debug_token' },
          { file: 'auth.ts', line: 7, method: 'GET', path: '/oauth/access_token' },
          { file: 'auth.ts', line: 11, method: 'GET', path: '/{page-id}/feed' },
        ],
        permissions: {
          needed: ['business_management', 'pages_read_engagement'],
          declared: ['pages_show_list', 'instagram_basic', 'ads_read', 'business_management', 'pages_read_engagement'],
          missing: [],
          unused: ['pages_show_list', 'instagram_basic', 'ads_read'],
        },
        tasks: { needed: [{ assetType: 'page', anyOf: ['MODERATE', 'CREATE_CONTENT'] }], missing: [{ assetType: 'page', anyOf: ['MODERATE', 'CREATE_CONTENT'] }] },
      },
    ]);
  });

  it('negatives: a POST to the token endpoint, another root edge, and an id named debug_token stay what they were', () => {
    const js = `const G = 'https://graph.facebook.com/v20.0';
fetch(\`\${G}/oauth/access_token\`, { method: 'POST' });
fetch(\`\${G}/oauth/revoke?client_id=1\`);
fetch(\`\${G}/debug_token/extra\`);
fetch(\`\${G}/\${debugToken}/feed\`);
`;
    expect(mapped('n.js', js)).toEqual(['2:7 POST unknown /oauth/access_token', '3:7 GET unknown /oauth/revoke', '4:7 GET unknown /debug_token/extra', '5:7 GET /{page-id}/feed']);
  });
});

describe('G10: a WhatsApp media id alone is read with the file’s product', () => {
  const wa = `import os, requests
GRAPH = "https://graph.facebook.com/v20.0"
HEADERS = {"Authorization": f"Bearer {os.environ['WHATSAPP_TOKEN']}"}

def send_image(phone_number_id, to, media_id):
    requests.post(f"{GRAPH}/{phone_number_id}/messages", headers=HEADERS, json={"messaging_product": "whatsapp", "to": to, "type": "image", "image": {"id": media_id}})

def delete_media(media_id):
    requests.delete(f"{GRAPH}/{media_id}", headers=HEADERS)
`;

  it("a file of the WhatsApp Cloud API: DELETE /{media-id} (WhatsApp's), not /{ig-media-id}", () => {
    expect(mapped('wa.py', wa)).toEqual(['6:19 POST /{phone-number-id}/messages', '9:21 DELETE /{media-id}']);
    const a = infer({ files: [{ path: 'wa.py', text: wa }] });
    expect(a.users.map((u) => [u.name, u.permissions.needed, u.tasks.needed])).toEqual([
      ['whatsapp', ['whatsapp_business_messaging'], [{ assetType: 'whatsapp_business_account', anyOf: ['MESSAGING'] }]],
    ]);
  });

  it('each WhatsApp mark alone says WhatsApp: messaging_product, the word, a phone number id, a WABA id', () => {
    const G = 'const G = "https://graph.facebook.com/v20.0";\n';
    const del = 'fetch(`${G}/${mediaId}`, { method: "DELETE" });\n';
    expect(mapped('a.js', `${G}const body = { messaging_product: "whatsapp" };\n${del}`)).toEqual(['3:7 DELETE /{media-id}']);
    expect(mapped('b.js', `${G}const t = process.env.WA_WHATSAPP_TOKEN;\n${del}`)).toEqual(['3:7 DELETE /{media-id}']);
    expect(mapped('c.js', `${G}fetch(\`\${G}/\${phoneNumberId}/media\`, { method: "POST" });\n${del}`)).toEqual(['2:7 POST /{phone-number-id}/media', '3:7 DELETE /{media-id}']);
    expect(mapped('d.js', `${G}fetch(\`\${G}/\${wabaId}/phone_numbers\`);\n${del}`)).toEqual(['2:7 GET /{whatsapp-business-account-id}/phone_numbers', '3:7 DELETE /{media-id}']);
    // GET too (the media URL), Laravel's `self::GRAPH . "/{$mediaId}"` (the tester's case 29).
    const php = `<?php
class WhatsApp {
    const GRAPH = 'https://graph.facebook.com/v20.0';
    public function url(string $mediaId) { return Http::withToken(env('WHATSAPP_TOKEN'))->get(self::GRAPH . "/{$mediaId}")->json('url'); }
    public function drop(string $mediaId) { Http::withToken(env('WHATSAPP_TOKEN'))->delete(self::GRAPH . "/{$mediaId}"); }
}
`;
    expect(mapped('WhatsApp.php', php)).toEqual(['4:95 GET /{media-id}', '5:92 DELETE /{media-id}']);
  });

  it("an Instagram file keeps Instagram's media; a POST to a media id in a WhatsApp file, which WhatsApp has none of, is unknown", () => {
    const ig = `const G = 'https://graph.facebook.com/v20.0';
fetch(\`\${G}/\${igUserId}/media_publish\`, { method: 'POST' });
fetch(\`\${G}/\${mediaId}\`, { method: 'DELETE' });
fetch(\`\${G}/\${mediaId}\`, { method: 'POST' });
`;
    expect(mapped('ig.js', ig)).toEqual(['2:7 POST /{ig-user-id}/media_publish', '3:7 DELETE /{ig-media-id}', '4:7 POST /{ig-media-id}']);
    const wa2 = 'const G = "https://graph.facebook.com/v20.0";\nconst p = { messaging_product: "whatsapp" };\nfetch(`${G}/${mediaId}`, { method: "POST" });\n';
    expect(mapped('wa2.js', wa2)).toEqual(['3:7 POST unknown /{id}']);
  });

  it('a file that names both products, or neither, cannot tell: unknown, never a guess; a name that says its product still picks it', () => {
    const del = 'fetch(`${G}/${mediaId}`, { method: "DELETE" });\n';
    const G = 'const G = "https://graph.facebook.com/v20.0";\n';
    expect(mapped('both.js', `${G}// Instagram and WhatsApp media\n${del}`)).toEqual(['3:7 DELETE unknown /{id}']);
    expect(mapped('none.js', `${G}${del}`)).toEqual(['2:7 DELETE unknown /{id}']);
    expect(mapped('named.js', `${G}fetch(\`\${G}/\${igMediaId}\`, { method: "DELETE" });\nfetch(\`\${G}/\${waMediaId}\`, { method: "DELETE" });\n`)).toEqual([
      '2:7 DELETE /{ig-media-id}',
      '3:7 DELETE /{media-id}',
    ]);
    // Only an id alone: an Instagram media's edges are Instagram's in any file.
    expect(mapped('edge.js', `${G}const p = { messaging_product: "whatsapp" };\nfetch(\`\${G}/\${mediaId}/comments\`);\n`)).toEqual(['3:7 GET /{ig-media-id}/comments']);
  });
});

describe("G15: a web framework's app that holds a Graph client in a member is not that client", () => {
  it('Express: app.locals.graph is the client, app.post/app.get are routes', () => {
    const js = `const express = require('express');
const axios = require('axios');
const app = express();
app.locals.graph = axios.create({ baseURL: 'https://graph.facebook.com/v20.0', params: { access_token: process.env.PAGE_TOKEN } });
app.post('/webhook', async (req, res) => {
  await req.app.locals.graph.post(\`/\${req.body.pageId}/feed\`, { message: 'hi' });
  res.sendStatus(200);
});
app.get('/health', (req, res) => res.send('ok'));
app.delete('/:postId', (req, res) => res.send('ok'));
`;
    expect(mapped('server.js', js)).toEqual(['6:30 POST /{page-id}/feed']);
  });

  it('FastAPI: app.state.graph is the client, @app.post("/webhook") is a route', () => {
    const py = `import os, httpx
from fastapi import FastAPI, Request
GRAPH = "https://graph.facebook.com/v20.0"
app = FastAPI()
app.state.graph = httpx.AsyncClient(base_url=GRAPH, headers={"Authorization": f"Bearer {os.environ['WA_TOKEN']}"})

@app.post("/webhook")
async def webhook(request: Request, phone_number_id: str):
    await request.app.state.graph.post(f"/{phone_number_id}/messages", json={"messaging_product": "whatsapp"})
    return {"ok": True}
`;
    expect(mapped('main.py', py)).toEqual(['9:35 POST /{phone-number-id}/messages']);
    // One statement per line or per `;`: the value ends there, the next statement's base URL is not its.
    const one = `const app = express(); const graph = axios.create({ baseURL: 'https://graph.facebook.com/v20.0' });\napp.get('/health');\ngraph.get(\`/\${pageId}/feed\`);\n`;
    expect(mapped('one.js', one)).toEqual(['3:7 GET /{page-id}/feed']);
  });

  it('negatives: builder chains over several lines are still one value (Java, Go, PHP)', () => {
    const java = `public class A {
  private final WebClient web;
  public A(WebClient.Builder b) {
    this.web = WebClient.builder()
        .baseUrl("https://graph.facebook.com/v20.0")
        .build();
  }
  public void p(String pageId) { web.post().uri("/{id}/feed", pageId).retrieve(); }
}
`;
    expect(mapped('A.java', java)).toEqual(['8:38 POST /{page-id}/feed']);
    const go = `package meta
import "github.com/go-resty/resty/v2"
var client = resty.New().
	SetBaseURL("https://graph.facebook.com/v20.0")
func Publish(pageID string) { client.R().Post("/" + pageID + "/feed") }
`;
    expect(mapped('m.go', go)).toEqual(['5:42 POST /{page-id}/feed']);
    const php = `<?php
$graph = Http::withToken(env('PAGE_TOKEN'))
    ->baseUrl('https://graph.facebook.com/v20.0');
$graph->post("/{$pageId}/feed", ['message' => 'x']);
`;
    expect(mapped('g.php', php)).toEqual(['4:9 POST /{page-id}/feed']);
  });
});

describe('G12: Symfony env injection attributes the calls', () => {
  it('#[Autowire(env: …)] and %env(…)% read the token: the calls are the user’s', () => {
    const order = `<?php
namespace App\\Service;
use Symfony\\Component\\DependencyInjection\\Attribute\\Autowire;
use Symfony\\Contracts\\HttpClient\\HttpClientInterface;
final class OrderService
{
    private const GRAPH = 'https://graph.facebook.com/v20.0';
    public function __construct(
        private HttpClientInterface $client,
        #[Autowire(env: 'META_COMMERCE_TOKEN')] private string $token,
    ) {}
    public function acknowledge(string $orderId, string $ref): void
    {
        $this->client->request('POST', sprintf('%s/%s/acknowledge_order', self::GRAPH, $orderId), ['json' => ['merchant_order_reference' => $ref], 'auth_bearer' => $this->token]);
    }
}
`;
    const refund = `<?php
final class RefundService
{
    public function __construct(
        private HttpClientInterface $client,
        #[Autowire('%env(META_COMMERCE_TOKEN)%')] private string $token,
    ) {}
    public function refund(string $orderId): void
    {
        $this->client->request('POST', "https://graph.facebook.com/v20.0/{$orderId}/refunds", ['json' => ['reason_code' => 'REFUND_REASON_OTHER'], 'auth_bearer' => $this->token]);
    }
}
`;
    const a = analyze({ files: [{ path: 'src/Service/OrderService.php', text: order }, { path: 'src/Service/RefundService.php', text: refund }] });
    expect(a.unattributed).toEqual([]);
    expect(a.users.map((u) => [u.name, u.user.token?.secret, u.calls.map((c) => `${c.file}:${c.line} ${c.method} ${c.path}`)])).toEqual([
      [
        'commerce',
        'META_COMMERCE_TOKEN',
        ['src/Service/OrderService.php:14 POST /{order-id}/acknowledge_order', 'src/Service/RefundService.php:10 POST /{order-id}/refunds'],
      ],
    ]);
  });
});
