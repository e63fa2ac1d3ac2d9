/**
 * The call reader against a hostile tester's cases (hunt D, /tmp/huntD/REPORT.md): URLs and methods chosen by a
 * condition, the Node business SDK's update()/delete() on objects whose class is read from their declaration,
 * facebook-sdk's GraphAPI.request with any path, the `fb` and `fbgraph` packages, host and path given apart.
 * Each case is the tester's (or its neighbour), each expectation exact.
 */
import { describe, expect, it } from 'vitest';
import { readFileCalls } from '../../src/calls/collect.js';

/** `line:column METHOD table-path|status [fields]` per call, matched against data/endpoints.json. */
function mapped(path: string, text: string): string[] {
  return readFileCalls({ path, text }, []).calls.map((c) => {
    const what = c.status === 'mapped' ? c.path : c.status === 'unknown' ? `unknown ${c.path}` : `unresolved: ${c.reason}`;
    return `${c.line}:${c.column} ${c.method} ${what}${c.fields ? ` ${JSON.stringify(c.fields)}` : ''}`;
  });
}

const UNKNOWN_CLASS = 'unresolved: SDK method on an object of unknown class';

describe('D2: a URL chosen by a condition, then sent once', () => {
  it('JavaScript: each branch of `url = c ? A : B` is sent with the request, at the request (nested and parenthesised too)', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v20.0';
async function reply(platform, commentId, text) {
  const url = platform === 'instagram' ? \`\${GRAPH}/\${commentId}/replies\` : \`\${GRAPH}/\${commentId}/comments\`;
  const res = await fetch(url, { method: 'POST', body: new URLSearchParams({ message: text }) });
  return res.json();
}
async function media(kind, pageId) {
  const u = kind === 1 ? (pageId ? \`\${GRAPH}/\${pageId}/photos\` : \`\${GRAPH}/me/photos\`) : \`\${GRAPH}/\${pageId}/videos\`;
  return fetch(u, { method: 'POST' });
}
`;
    expect(mapped('reply.js', js)).toEqual([
      '4:27 POST /{ig-comment-id}/replies',
      '4:27 POST /{object-id}/comments',
      '9:16 POST /{page-id}/photos',
      '9:16 POST /{page-id}/photos',
      '9:16 POST /{page-id}/videos',
    ]);
  });

  it("Python: `url = A if c else B` (in parentheses too) and if/elif/else assignments: each value is the request's", () => {
    const py = `import os
import requests
GRAPH = "https://graph.facebook.com/v20.0"

def save(catalog_id, product_item_id, product):
    url = f"{GRAPH}/{product_item_id}" if product_item_id else f"{GRAPH}/{catalog_id}/products"
    return requests.post(url, data=product)

def reply(platform, comment_id, text):
    if platform == "instagram":
        url = f"{GRAPH}/{comment_id}/replies"
    else:
        url = f"{GRAPH}/{comment_id}/comments"
    resp = requests.post(url, data={"message": text})
    return resp.json()["id"]

def media(kind, page_id):
    if kind == 1:
        url = f"{GRAPH}/{page_id}/photos"
        requests.get(url)
    elif kind == 2:
        url = f"{GRAPH}/{page_id}/videos"
    else:
        url = f"{GRAPH}/{page_id}/feed"
    w = (f"{GRAPH}/{page_id}/photos" if kind else f"{GRAPH}/{page_id}/videos")
    requests.post(w)
    return requests.post(url)
`;
    expect(mapped('save.py', py)).toEqual([
      '7:26 POST /{product-item-id}',
      '7:26 POST /{product-catalog-id}/products',
      '14:26 POST /{ig-comment-id}/replies',
      '14:26 POST /{object-id}/comments',
      '20:22 GET /{page-id}/photos',
      '26:19 POST /{page-id}/photos',
      '26:19 POST /{page-id}/videos',
      '27:26 POST /{page-id}/photos',
      '27:26 POST /{page-id}/videos',
      '27:26 POST /{page-id}/feed',
    ]);
  });

  it('braces: `if (…) { url = A } else if (…) { url = B } else { url = C }`, then one request; a use inside a branch sees its own', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v20.0';
async function media(kind, pageId) {
  let u;
  if (kind === 1) {
    u = \`\${GRAPH}/\${pageId}/photos\`;
  } else if (kind === 2) {
    u = \`\${GRAPH}/\${pageId}/videos\`;
  } else {
    u = \`\${GRAPH}/\${pageId}/feed\`;
    await fetch(u);
  }
  return fetch(u, { method: 'POST' });
}
`;
    expect(mapped('media.js', js)).toEqual([
      '10:17 GET /{page-id}/feed',
      '12:16 POST /{page-id}/photos',
      '12:16 POST /{page-id}/videos',
      '12:16 POST /{page-id}/feed',
    ]);
  });

  it('nothing spurious: a ternary of two other hosts, a Graph branch never sent, an `if` without `else` overridden after it', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v20.0';
async function a(x, pageId) {
  const url = x ? 'https://example.com/a' : 'https://example.com/b';
  await fetch(url, { method: 'POST' });
  const label = x ? \`\${GRAPH}/\${pageId}/feed\` : 'none';
  console.log(label);
}
`;
    expect(mapped('a.js', js)).toEqual([]);
    const py = `GRAPH = "https://graph.facebook.com/v20.0"
def a(x, page_id):
    other = "https://example.com/a" if x else "https://example.com/b"
    requests.post(other)
    if x:
        url = f"{GRAPH}/{page_id}/photos"
    url = f"{GRAPH}/{page_id}/feed"
    requests.post(url)
`;
    expect(mapped('a.py', py)).toEqual(['8:19 POST /{page-id}/feed']);
  });

  it('linear on 1 MB of if/else assignments and conditional URLs', () => {
    const py = `GRAPH = "https://graph.facebook.com/v20.0"\n${'def f(x, page_id):\n    if x:\n        url = f"{GRAPH}/{page_id}/photos"\n    else:\n        url = f"{GRAPH}/{page_id}/feed" if x else f"{GRAPH}/{page_id}/videos"\n    requests.post(url)\n'.repeat(6000)}`;
    expect(py.length).toBeGreaterThan(1_000_000);
    const calls = readFileCalls({ path: 'a.py', text: py }, []).calls;
    expect(calls.length).toBe(18000);
    const js = `const G = 'https://graph.facebook.com/v20.0';\n${'function f(x, pageId) {\n  let u;\n  if (x) { u = x ? `${G}/${pageId}/photos` : `${G}/${pageId}/feed`; } else { u = `${G}/${pageId}/videos`; }\n  return fetch(u, { method: "POST" });\n}\n'.repeat(6000)}`;
    expect(js.length).toBeGreaterThan(1_000_000);
    expect(readFileCalls({ path: 'a.js', text: js }, []).calls.length).toBe(18000);
  });
});

describe('D12: a method chosen by a condition', () => {
  it("`method: remove ? 'DELETE' : 'GET'` and Python's `method=\"DELETE\" if remove else \"GET\"` are two calls; a branch not read is unresolved", () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v20.0';
async function productSet(productSetId, remove, verb) {
  await fetch(\`\${GRAPH}/\${productSetId}?access_token=\${process.env.META_CATALOG_TOKEN}\`, { method: remove ? 'DELETE' : 'GET' });
  await fetch(\`\${GRAPH}/\${productSetId}\`, { method: remove ? 'DELETE' : verb });
}
`;
    expect(mapped('sets.js', js)).toEqual([
      '3:15 DELETE /{product-set-id}',
      '3:15 GET /{product-set-id}',
      '4:15 DELETE /{product-set-id}',
      '4:15 GET unresolved: its HTTP method is in a value not read here',
    ]);
    const py = `GRAPH = "https://graph.facebook.com/v20.0"
def s(product_set_id, remove):
    return requests.request(method="DELETE" if remove else "GET", url=f"{GRAPH}/{product_set_id}")
`;
    expect(mapped('sets.py', py)).toEqual(['3:71 DELETE /{product-set-id}', '3:71 GET /{product-set-id}']);
  });
});

describe("D5: the Node business SDK's update()/delete() on objects whose class was not resolved", () => {
  it("the class from an edge getter's results looped over, a TypeScript annotation of an imported class, `new ns.Class(id)`", () => {
    const js = `const { AdAccount, Campaign, FacebookAdsApi } = require('facebook-nodejs-business-sdk');
FacebookAdsApi.init(process.env.META_ADS_TOKEN);
async function pauseAll(accountId) {
  const account = new AdAccount(\`act_\${accountId}\`);
  const campaigns = await account.getCampaigns([Campaign.Fields.id, Campaign.Fields.status], { limit: 100 });
  for (const campaign of campaigns) {
    await campaign.update([], { [Campaign.Fields.status]: Campaign.Status.paused });
  }
  const sets = await account.getAdSets(['id']);
  sets.forEach((s) => s.update([], { status: 'PAUSED' }));
  for (const ad of await account.getAds(['id'])) await ad.delete();
}
`;
    expect(mapped('pauseAll.js', js)).toEqual([
      '5:35 GET /{ad-account-id}/campaigns',
      '7:20 POST /{campaign-id}',
      '9:30 GET /{ad-account-id}/adsets',
      '10:25 POST /{adset-id}',
      '11:34 GET /{ad-account-id}/ads',
      '11:59 DELETE /{ad-id}',
    ]);
    const ts = `import * as bizSdk from 'facebook-nodejs-business-sdk';
import { Campaign, AdSet as Set, FacebookAdsApi } from 'facebook-nodejs-business-sdk';
FacebookAdsApi.init(process.env.META_ADS_TOKEN as string);
export async function remove(campaign: Campaign, set: Set, c: bizSdk.Campaign) {
  await campaign.delete();
  await set.delete();
  await c.update([], { status: 'PAUSED' });
}
export async function pause(campaignId: string, catalogId: string) {
  await new bizSdk.Campaign(campaignId).update([], { status: 'PAUSED' });
  return new bizSdk.ProductCatalog(catalogId).getProducts();
}
`;
    expect(mapped('guard.ts', ts)).toEqual([
      '5:18 DELETE /{campaign-id}',
      '6:13 DELETE /{adset-id}',
      '7:11 POST /{campaign-id}',
      '10:41 POST /{campaign-id}',
      '11:47 GET /{product-catalog-id}/products',
    ]);
  });

  it('else unresolved, as called by the SDK; never on a Map, a hash, a `new` of another class or a type of the code', () => {
    const ts = `import { FacebookAdsApi } from 'facebook-nodejs-business-sdk';
import { User } from './models';
export async function f(id: string, user: User, campaign, fetched) {
  await campaign.update([], { status: 'PAUSED' });
  const results = await fetched(id);
  for (const r of results) await r.delete();
  const cache = new Map<string, string>();
  cache.delete(id);
  const hmac = crypto.createHmac('sha256', 's');
  hmac.update(id);
  const job = new Job();
  await job.delete();
  await user.update([], {});
  store.items.delete(id);
}
`;
    expect(mapped('f.ts', ts)).toEqual([`4:18 POST ${UNKNOWN_CLASS}`, `6:36 DELETE ${UNKNOWN_CLASS}`]);
    // Not in a file that does not import the SDK.
    expect(mapped('g.ts', `// facebook\nexport async function f(campaign) { await campaign.update([], {}); await campaign.delete(); }\n`)).toEqual([]);
  });
});

describe('D7: facebook-sdk GraphAPI.request with any string as the path', () => {
  it('`graph.request(page_id + "/feed", post_args=…)`, `graph.request(post_id, method="DELETE")`, on `self.graph` too', () => {
    const py = `import os
import facebook

graph = facebook.GraphAPI(access_token=os.environ["PAGE_TOKEN"], version="3.1")

def publish(page_id, message):
    return graph.request(page_id + "/feed", post_args={"message": message})

def remove(post_id):
    return graph.request(post_id, method="DELETE")

class Poster:
    def __init__(self):
        self.graph = facebook.GraphAPI(access_token=os.environ["PAGE_TOKEN"])

    def photo(self, page_id, url):
        return self.graph.request(f"{page_id}/photos", post_args={"url": url})

def other(session, post_id):
    return session.request(post_id, method="DELETE")
`;
    expect(mapped('fb.py', py)).toEqual(['7:18 POST /{page-id}/feed', '10:18 DELETE /{post-id}', '17:27 POST /{page-id}/photos']);
  });
});

describe('D8: the `fb` package instances and `fbgraph`', () => {
  it("`new Facebook({…}).api(path, 'post')`, `FB.withAccessToken(t).api`, fbgraph's get/post/del", () => {
    const fb = `import FB, { Facebook } from 'fb';
const fb = new Facebook({ accessToken: process.env.PAGE_TOKEN, version: 'v19.0' });
const scoped = FB.withAccessToken(process.env.PAGE_TOKEN);
export async function publish(pageId, message, postId, method) {
  await fb.api(\`/\${pageId}/feed\`, 'post', { message });
  await scoped.api(\`/\${postId}\`, 'delete');
  await scoped.api(\`/\${pageId}/feed\`, method);
  const other = { api: () => 1 };
  return other.api('/me/feed', 'post');
}
`;
    expect(mapped('fbinst.js', fb)).toEqual(['5:12 POST /{page-id}/feed', '6:16 DELETE /{post-id}', '7:16 GET unresolved: its HTTP method is in a value not read here']);
    const fbgraph = `const graph = require('fbgraph');
graph.setAccessToken(process.env.PAGE_TOKEN);
function publish(pageId, message, postId, cb) {
  graph.post(pageId + '/feed', { message }, cb);
  graph.del(postId, cb);
  graph.get(\`\${pageId}?fields=instagram_business_account\`, cb);
  const store = new Map();
  store.get(pageId);
}
`;
    expect(mapped('fbgraph.js', fbgraph)).toEqual(['4:9 POST /{page-id}/feed', '5:9 DELETE /{post-id}', '6:9 GET /{page-id} ["instagram_business_account"]']);
  });
});

describe('D9: host and path given apart', () => {
  it("Python's http.client connection to the Graph host, then `conn.request(method, path)`", () => {
    const py = `import http.client
import json
import os

def send(psid, text):
    conn = http.client.HTTPSConnection("graph.facebook.com")
    body = json.dumps({"recipient": {"id": psid}, "message": {"text": text}})
    conn.request("POST", f"/v19.0/me/messages?access_token={os.environ['PAGE_ACCESS_TOKEN']}", body, {"Content-Type": "application/json"})
    return conn.getresponse().read()

def other(path):
    conn = http.client.HTTPSConnection("api.example.com")
    conn.request("POST", "/v19.0/me/messages")
`;
    expect(mapped('conn.py', py)).toEqual(['8:10 POST /{page-id}/messages']);
  });

  it("Node's https.request options (inline or in a variable): the host with its `path`, the object's method", () => {
    const js = `const https = require('https');
function callSendAPI(senderPsid, response, pageId, method) {
  const req = https.request({
    hostname: 'graph.facebook.com',
    path: \`/v19.0/me/messages?access_token=\${process.env.PAGE_ACCESS_TOKEN}\`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
  }, (res) => res.resume());
  const options = { hostname: 'graph.facebook.com', port: 443, path: '/v19.0/' + pageId + '/feed', method: 'POST' };
  https.request(options, (res) => res.resume());
  https.get({ host: 'graph.facebook.com', path: \`/v19.0/\${pageId}?fields=instagram_business_account\` }, (res) => res);
  https.request({ hostname: 'graph.facebook.com', path: \`/v19.0/\${pageId}/feed\`, method }, (res) => res);
  https.request({ hostname: 'example.com', path: \`/v19.0/\${pageId}/feed\`, method: 'POST' }, (res) => res);
}
`;
    expect(mapped('send.js', js)).toEqual([
      '4:15 POST /{page-id}/messages',
      '9:31 POST /{page-id}/feed',
      '11:21 GET /{page-id} ["instagram_business_account"]',
      '12:29 GET unresolved: its HTTP method is in a value not read here',
    ]);
  });
});
