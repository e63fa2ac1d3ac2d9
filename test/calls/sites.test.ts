/** Call sites per language: what is read, with which method and path, and what stays unresolved. */
import { describe, expect, it } from 'vitest';
import { findCallSites, parseFields } from '../../src/calls/sites.js';
import { renderPath } from '../../src/calls/endpoints.js';
import { readFileCalls } from '../../src/calls/collect.js';
import { markerInCode } from '../../src/calls/markers.js';
import { mapped as calls } from '../helpers/calls.js';

/** `METHOD path` per call (the call's own path, placeholders by variable name), or `unresolved: reason`. */
function sites(path: string, text: string): string[] {
  return findCallSites(text, path).map((c) => (c.segments ? `${c.method} ${renderPath(c.segments)}` : `${c.method} unresolved: ${c.reason}`));
}
/** `METHOD table-path|status` per call (`mapped` without the position). */
function operations(path: string, text: string): string[] {
  return mapped(path, text).map((s) => s.split(' ').slice(1).join(' '));
}
/** `line:column METHOD table-path|status` per call, matched against data/endpoints.json. */
function mapped(path: string, text: string): string[] {
  return readFileCalls({ path, text }, []).calls.map((c) => `${c.line}:${c.column} ${c.method} ${c.status === 'mapped' ? c.path : c.status === 'unknown' ? `unknown ${c.path}` : 'unresolved'}`);
}

describe('JavaScript / TypeScript', () => {
  it('reads URL templates, concatenations and constants naming a Graph host', () => {
    const text = `const GRAPH = 'https://graph.facebook.com/v26.0';
const IG = \`https://graph.instagram.com\`;
export async function run(pageId: string, catalogId: string, accountId: string, igUserId: string) {
  await fetch(\`\${GRAPH}/\${pageId}/feed\`, { method: 'POST', body: '' });
  await fetch(\`https://graph.facebook.com/v26.0/\${catalogId}/products?fields=id,name\`);
  await axios.post(GRAPH + '/' + catalogId + '/items_batch', {});
  await axios.delete(\`\${GRAPH}/\${pageId}/subscribed_apps\`);
  await got(\`\${IG}/\${igUserId}/media\`, { method: "post" });
  const r = await fetch(\`\${GRAPH}/act_\${accountId}/insights\`);
}
`;
    expect(mapped('src/a.ts', text)).toEqual([
      '4:15 POST /{page-id}/feed',
      '5:15 GET /{product-catalog-id}/products',
      '6:20 POST /{product-catalog-id}/items_batch',
      '7:22 DELETE /{page-id}/subscribed_apps',
      '8:13 POST /{ig-user-id}/media',
      '9:25 GET /{ad-account-id}/insights',
    ]);
  });

  it('takes the method from where a URL constant is used', () => {
    expect(sites('a.js', "const url = `https://graph.facebook.com/v26.0/${pageId}/feed`;\nawait fetch(url, { method: 'POST' });\n")).toEqual(['POST /{pageId}/feed']);
  });

  it('reads FB.api and the business SDK api.call with relative paths', () => {
    const text = `FB.api('/me/accounts', (r) => r);
FB.api('/' + pageId + '/feed', 'post', { message: 'hi' });
const api = FacebookAdsApi.init(token);
api.call('POST', [catalogId, 'product_sets'], {});
`;
    expect(sites('a.js', text)).toEqual(['GET /me/accounts', 'POST /{pageId}/feed', 'POST /{catalogId}/product_sets']);
  });

  it('maps the Node business SDK generated methods through its own definitions', () => {
    const text = `const bizSdk = require('facebook-nodejs-business-sdk');
const { AdAccount, ProductCatalog, Page } = bizSdk;
const account = new AdAccount('act_' + id);
account.getInsights(['spend'], {});
new ProductCatalog(catalogId).createProduct([], { name: 'x' });
(new Page(pageId)).createFeed([], { message: 'hi' });
account.createCampaign([], {});
someObject.getCampaigns([], {});
`;
    expect(mapped('a.js', text)).toEqual([
      '4:9 GET /{ad-account-id}/insights',
      '5:31 POST /{product-catalog-id}/products',
      '6:20 POST /{page-id}/feed',
      '7:9 POST /{ad-account-id}/campaigns',
      '8:12 GET unresolved',
    ]);
  });

  it('reports a variable edge and a computed path as unresolved, and an edge the table does not know as unknown', () => {
    const text = `fetch(\`https://graph.facebook.com/v26.0/\${pageId}/\${edge}\`);
fetch(\`https://graph.facebook.com/v26.0/\${path}\`);
fetch(\`https://graph.facebook.com/v26.0/\${pageId}/some_new_edge\`);
`;
    expect(mapped('a.js', text)).toEqual(['1:7 GET unresolved', '2:7 GET unresolved', '3:7 GET unknown /{id}/some_new_edge']);
    expect(findCallSites(text, 'a.js').map((c) => c.reason)).toEqual(['variable edge', 'computed path', undefined]);
  });

  it('ignores comments, bare hosts and files that are not code', () => {
    expect(sites('a.js', "// fetch('https://graph.facebook.com/v26.0/me/accounts')\nconst GRAPH = 'https://graph.facebook.com/v26.0';\n")).toEqual([]);
    expect(sites('README.md', 'GET https://graph.facebook.com/v26.0/me/accounts')).toEqual([]);
    expect(sites('a.json', '{"u": "https://graph.facebook.com/v26.0/me/accounts"}')).toEqual([]);
  });
});

describe('Python', () => {
  it('reads f-strings, .format, requests methods, the business SDK and facebook-sdk', () => {
    const text = `import os, requests, facebook
from facebook_business.adobjects.adaccount import AdAccount
GRAPH = "https://graph.facebook.com/v26.0"
def run(account_id, page_id):
    requests.get(f"{GRAPH}/act_{account_id}/insights", params={})
    requests.post(f"{GRAPH}/{page_id}/feed", data={})
    requests.request("DELETE", GRAPH + "/" + page_id + "/subscribed_apps")
    url = "https://graph.facebook.com/v26.0/{}/photos".format(page_id)
    requests.post(url)
    AdAccount(account_id).get_insights(fields=["spend"])
    acct = AdAccount(account_id)
    acct.create_campaign(params={})
    graph = facebook.GraphAPI(access_token=os.environ["T"])
    graph.get_connections(page_id, "conversations")
    graph.put_object(parent_object=page_id, connection_name="feed", message="hi")
    graph.get_object("me")
`;
    expect(sites('job.py', text)).toEqual([
      'GET /act_{account_id}/insights',
      'POST /{page_id}/feed',
      'DELETE /{page_id}/subscribed_apps',
      'POST /{page_id}/photos',
      'GET /{AdAccount}/insights',
      'POST /{AdAccount}/campaigns',
      'GET /{page_id}/conversations',
      'POST /{page_id}/feed',
      'GET /me',
    ]);
  });
});

describe('PHP', () => {
  it('reads the Graph SDK, curl, interpolation and the business SDK', () => {
    const text = `<?php
use FacebookAds\\Object\\Page;
$fb = new \\Facebook\\Facebook(['app_id' => '1']);
$fb->post('/{page-id}/feed', ['message' => 'hi'], $token);
$fb->get("/$pageId/insights");
$ch = curl_init("https://graph.facebook.com/v26.0/" . $pageId . "/subscribed_apps");
curl_setopt($ch, CURLOPT_POST, 1);
$page = new Page($pageId);
$page->createFeed([], ['message' => 'x']);
`;
    expect(sites('hook.php', text)).toEqual(['POST /{page-id}/feed', 'GET /{pageId}/insights', 'POST /{pageId}/subscribed_apps', 'POST /{Page}/feed']);
  });
});

describe('Ruby, Java, Go', () => {
  it('reads Koala and Net::HTTP (Ruby)', () => {
    const text = `graph = Koala::Facebook::API.new(ENV['T'])
graph.get_connections('me', 'accounts')
graph.put_connections(page_id, 'feed', message: 'hi')
uri = URI("https://graph.facebook.com/v26.0/#{page_id}/photos")
Net::HTTP.post_form(uri, {})
`;
    expect(sites('a.rb', text)).toEqual(['GET /me/accounts', 'POST /{page_id}/feed', 'POST /{page_id}/photos']);
  });

  it('reads the Java business SDK and HttpClient builders', () => {
    const text = `import com.facebook.ads.sdk.*;
class X { void f() {
  AdAccount account = new AdAccount(id, context);
  account.createCampaign().setName("x").execute();
  HttpRequest req = HttpRequest.newBuilder().uri(URI.create("https://graph.facebook.com/v26.0/" + pageId + "/feed")).POST(body).build();
}}
`;
    expect(sites('X.java', text)).toEqual(['POST /{AdAccount}/campaigns', 'POST /{pageId}/feed']);
  });

  it('reads net/http with concatenation and Sprintf (Go)', () => {
    const text = `package main
const graph = "https://graph.facebook.com/v26.0"
func main() {
  req, _ := http.NewRequest("POST", graph+"/"+phoneNumberID+"/messages", nil)
  http.Get(fmt.Sprintf("%s/%s/feed", graph, pageID))
}
`;
    expect(sites('main.go', text)).toEqual(['POST /{phoneNumberID}/messages', 'GET /{pageID}/feed']);
  });
});

describe('call markers in comments and links', () => {
  // What library code looks like: Facebook named in a license header and a link, a generic `.call`.
  const library = `/**
 * Copyright (c) Facebook, Inc. and its affiliates.
 * @see https://github.com/facebook/react-native/blob/main/Libraries/Network/fetch.js
 */
export function send(api, id) {
  return api.call('POST', [id, 'items'], {}); // like facebook's
}
`;

  it('a file that names Facebook only in comments and GitHub links is not read for calls', () => {
    expect(markerInCode(library)).toBe(false);
    expect(markerInCode(Buffer.from(library))).toBe(false);
    expect(sites('lib/send.js', library)).toEqual([]);
    expect(sites('lib/send.py', "# Facebook's Graph API, see\n# https://github.com/facebook/facebook-python-business-sdk\napi.call('POST', (id, 'items'))\n")).toEqual([]);
  });

  it('one marker in code is enough, and a JavaScript private name is code', () => {
    const withImport = library.replace('export function', "import { FacebookAdsApi } from 'facebook-nodejs-business-sdk';\nexport function");
    expect(markerInCode(withImport)).toBe(true);
    expect(sites('lib/send.js', withImport)).toEqual(['POST /{id}/items']);
    expect(markerInCode('class A {\n  #facebookApi = null;\n}\n')).toBe(true);
    expect(markerInCode("const u = 'https://graph.facebook.com/v26.0/me'; // the user\n")).toBe(true);
    expect(markerInCode('x = 1  # see FB.api\n')).toBe(false);
    expect(markerInCode('x = 1  #FB.api\n')).toBe(true);
  });

  it('a marker on a line longer than the look-back window counts as code (linear on a minified line)', () => {
    expect(markerInCode(`// ${'x'.repeat(300)} facebook`)).toBe(true);
    expect(markerInCode(`// ${'x'.repeat(200)} facebook`)).toBe(false);
    const many = `// ${'facebook '.repeat(100_000)}`;
    expect(markerInCode(many)).toBe(true);
  });
});

describe('robustness', () => {
  it('survives unterminated strings, unbalanced brackets and huge interpolations', () => {
    const bad = `fetch(\`https://graph.facebook.com/v26.0/\${'x'.repeat(5000)}\n'unterminated\n)))]]}}{{{\n${'${'.repeat(2000)}`;
    expect(() => findCallSites(bad, 'a.js')).not.toThrow();
    expect(() => findCallSites(bad, 'a.py')).not.toThrow();
    expect(() => findCallSites(bad, 'a.php')).not.toThrow();
  });
});

describe('found by a probe of realistic code', () => {
  it('a version held in a constant of the base URL (JS, Python, Go)', () => {
    const js = `const API_VERSION = 'v21.0';
const GRAPH = \`https://graph.facebook.com/\${API_VERSION}\`;
export const post = (pageId) => fetch(\`\${GRAPH}/\${pageId}/feed\`, { method: 'POST' });
`;
    expect(mapped('a.js', js)).toEqual(['3:39 POST /{page-id}/feed']);
    const go = `package m
const apiVersion = "v21.0"
const graphBase = "https://graph.facebook.com/" + apiVersion
func P(pageID string) { http.PostForm(fmt.Sprintf("%s/%s/feed", graphBase, pageID), nil) }
`;
    expect(operations('a.go', go)).toEqual(['POST /{page-id}/feed']);
  });

  it("Go's http.MethodPost, Spring's HttpMethod.POST, postForObject and WebClient's post().uri()", () => {
    const go = `package m
func P(pageID string) { req, _ := http.NewRequest(http.MethodPost, "https://graph.facebook.com/v21.0/"+pageID+"/feed", nil); _ = req }
func D(postID string) { req, _ := http.NewRequest(http.MethodDelete, "https://graph.facebook.com/v21.0/"+postID, nil); _ = req }
`;
    expect(operations('a.go', go)).toEqual(['POST /{page-id}/feed', 'DELETE /{post-id}']);
    const java = `class P {
  void a(String pageId) { rest.postForObject(GRAPH + "/" + pageId + "/feed", form, String.class); }
  void b(String pageId) { rest.exchange(GRAPH + "/" + pageId + "/photos", HttpMethod.POST, e, String.class); }
  void c(String pageId) { web.post().uri(GRAPH + "/" + pageId + "/feed").retrieve(); }
  static final String GRAPH = "https://graph.facebook.com/v21.0";
}
`;
    expect(operations('P.java', java)).toEqual(['POST /{page-id}/feed', 'POST /{page-id}/photos', 'POST /{page-id}/feed']);
  });

  it('names of Instagram, WhatsApp Business and commerce accounts are not ad accounts; an id whose name says no node is unknown, not the first table entry', () => {
    const js = `const G = 'https://graph.facebook.com/v21.0';
fetch(\`\${G}/\${wabaId}/message_templates\`);
fetch(\`\${G}/\${igAccountId}/media\`);
fetch(\`\${G}/\${commerceAccountId}/commerce_orders\`);
fetch(\`\${G}/\${containerId}\`);
fetch(\`\${G}/\${adId}\`, { method: 'POST' });
fetch(\`\${G}/\${targetId}\`, { method: 'POST' });
`;
    expect(operations('a.js', js)).toEqual([
      'GET /{whatsapp-business-account-id}/message_templates',
      'GET /{ig-user-id}/media',
      'GET /{cms-id}/commerce_orders',
      'GET /{ig-container-id}',
      'POST /{ad-id}',
      'POST unknown /{id}',
    ]);
  });
});

describe('Kotlin string templates', () => {
  it('reads "$name" and "${expr}" in .kt files, constants included', () => {
    const kt = `val GRAPH = "https://graph.facebook.com/v21.0"
suspend fun publish(client: HttpClient, pageId: String) = client.post("$GRAPH/$pageId/feed")
suspend fun feed(client: HttpClient, pageId: String) = client.get("https://graph.facebook.com/v21.0/\${pageId}/feed")
`;
    expect(operations('Pages.kt', kt)).toEqual(['POST /{page-id}/feed', 'GET /{page-id}/feed']);
  });
});

describe('batch requests', () => {
  it('a POST to the Graph root is unresolved (its items are in the body); the base URL as a constant is no call', () => {
    const js = `const G = 'https://graph.facebook.com/v21.0';
fetch('https://graph.facebook.com/v21.0/', { method: 'POST', body: new URLSearchParams({ batch }) });
fetch('https://graph.facebook.com', { method: 'POST', body });
const link = 'https://graph.facebook.com';
`;
    expect(sites('a.js', js)).toEqual([
      'POST unresolved: a batch request (a POST to the Graph root): its items are not read',
      'POST unresolved: a batch request (a POST to the Graph root): its items are not read',
    ]);
  });
});

describe('business SDK node methods in every language', () => {
  it("PHP's updateSelf/deleteSelf on a known class; Python's api_update on a loop's campaign, and on an object of unknown class (unresolved, never dropped)", () => {
    const php = `<?php
use FacebookAds\\Object\\Campaign;
$campaign = new Campaign($campaignId);
$campaign->updateSelf(array(), array('status' => 'PAUSED'));
$campaign->deleteSelf();
`;
    expect(sites('a.php', php)).toEqual(['POST /{Campaign}', 'DELETE /{Campaign}']);
    const py = `from facebook_business.adobjects.adaccount import AdAccount
for c in AdAccount(account_id).get_campaigns():
    c.api_update(params={'status': 'PAUSED'})
`;
    // The loop's variable is a campaign (the edge getter's class: hunt LP-7, kept since bindings hold per function).
    expect(sites('a.py', py)).toEqual(['GET /{AdAccount}/campaigns', 'POST /{Campaign}']);
    const unknown = `from facebook_business.adobjects.adaccount import AdAccount
for c in load_campaigns(account_id):
    c.api_update(params={'status': 'PAUSED'})
`;
    expect(sites('b.py', unknown)).toEqual(['POST unresolved: SDK method on an object of unknown class']);
  });
});

describe('a URL constant used more than once', () => {
  it('is one call per use, each with its own method and at its use, however far from the definition', () => {
    const js = `const token = process.env.PAGE_TOKEN;
const FEED_URL = \`https://graph.facebook.com/v21.0/\${process.env.PAGE_ID}/feed\`;
export const latest = () => fetch(FEED_URL + \`?limit=5&access_token=\${token}\`);
export const publish = (message) => fetch(FEED_URL, { method: 'POST', body: message });
${'const filler = 1;\n'.repeat(400)}export const again = () => axios.post(FEED_URL, {});
`;
    expect(mapped('feed.js', js)).toEqual(['3:35 GET /{page-id}/feed', '4:43 POST /{page-id}/feed', '405:39 POST /{page-id}/feed']);
  });
});

describe("Koala's and facebook-sdk's put_wall_post", () => {
  it('posts to its third argument (target_id), else to me', () => {
    const rb = `graph = Koala::Facebook::API.new(ENV['PAGE_TOKEN'])
graph.put_wall_post('hi', {}, page_id)
graph.put_wall_post('hello')
`;
    expect(sites('a.rb', rb)).toEqual(['POST /{page_id}/feed', 'POST /me/feed']);
  });
});

describe('Python string formatting', () => {
  it('reads %s, %(name)s, {} and {name} placeholders', () => {
    const py = `import requests
def a(page_id):
    requests.post("https://graph.facebook.com/v21.0/%s/feed" % page_id)
    requests.post("https://graph.facebook.com/v21.0/{}/photos".format(page_id))
    requests.get("https://graph.facebook.com/v21.0/{page}/feed".format(page=page_id))
    requests.get("https://graph.facebook.com/v21.0/%(page)s/feed" % {"page": page_id})
`;
    expect(operations('a.py', py)).toEqual([
      'POST /{page-id}/feed',
      'POST /{page-id}/photos',
      'GET /{page-id}/feed',
      'GET /{page-id}/feed',
    ]);
  });
});

describe('clients made with a Graph base URL', () => {
  it("axios.create({ baseURL }) and Guzzle's base_uri: their relative paths are Graph calls; another base URL's are not", () => {
    const js = `const graph = axios.create({ baseURL: 'https://graph.facebook.com/v21.0', params: { access_token: t } });
export const post = (pageId, message) => graph.post(\`/\${pageId}/feed\`, { message });
export const list = (pageId) => graph.get(\`\${pageId}/posts\`);
const other = axios.create({ baseURL: 'https://example.com' });
export const x = () => other.get('/me/accounts');
`;
    expect(mapped('a.js', js)).toEqual(['2:48 POST /{page-id}/feed', '3:39 GET /{page-id}/posts']);
    const php = `<?php
$http = new \\GuzzleHttp\\Client(['base_uri' => 'https://graph.facebook.com/v21.0/']);
$http->post("{$pageId}/photos", ['form_params' => $p]);
`;
    expect(operations('a.php', php)).toEqual(['POST /{page-id}/photos']);
  });
});

describe('found by a regression probe', () => {
  it('an id named for its node breaks a tie by the table order (igUserId, mediaId); a URL constant logged is no call', () => {
    const js = `const G = 'https://graph.facebook.com/v21.0';
fetch(\`\${G}/\${igUserId}?fields=followers_count\`);
fetch(\`\${G}/\${mediaId}?fields=caption\`);
const MEDIA_URL = \`\${G}/\${igUserId}/media\`;
fetch(MEDIA_URL, { method: 'POST' });
console.error('failed', MEDIA_URL);
logger.error({ url: MEDIA_URL });
`;
    expect(operations('a.js', js)).toEqual(['GET /{ig-user-id}', 'GET /{ig-media-id}', 'POST /{ig-user-id}/media']);
  });
});

describe("names from the code that are Object.prototype's", () => {
  it('a receiver or method named constructor, toString or hasOwnProperty is no SDK class or edge (no crash)', () => {
    const py = `from facebook_business.adobjects.adaccount import AdAccount
toString(x).get_insights()
constructor(y).hasOwnProperty()
AdAccount(z).constructor()
`;
    expect(() => sites('a.py', py)).not.toThrow();
    const js = `const bizSdk = require('facebook-nodejs-business-sdk');
class A { copy() { return new this.constructor().toString(); } }
const acct = new bizSdk.AdAccount(id);
acct.constructor();
`;
    expect(() => sites('a.js', js)).not.toThrow();
    const java = `class P { void a(String pageId) { rest.exchange("https://graph.facebook.com/v21.0/" + pageId + "/feed", HttpMethod.constructor, e, String.class); } }`;
    // `HttpMethod.constructor` is no method: one not read here, which makes the call unresolved (not a GET).
    expect(sites('P.java', java)).toEqual(['GET unresolved: its HTTP method is in a value not read here']);
  });
});

describe('fields a call asks for (SPEC §7: what the call needs)', () => {
  /** `line:column operation` per mapped call, with the fields that add to what it needs. */
  const ops = (path: string, text: string) =>
    readFileCalls({ path, text }, []).calls.map((c) => `${c.line}:${c.column} ${c.method} ${c.path}${c.fields ? `?fields=${c.fields.join(',')}` : ''}`);

  it('parses a field list: top-level names only, percent-encoded or not, each once', () => {
    expect(parseFields('id,instagram_business_account{id,username},posts.limit(5){message,comments{id}},id')).toEqual(['id', 'instagram_business_account', 'posts']);
    expect(parseFields('id%2Cinstagram_business_account%7Bid%7D')).toEqual(['id', 'instagram_business_account']);
    expect(parseFields('name,%E0%A4%A,about')).toEqual(['name', 'about']);
    expect(parseFields(' name , about ')).toEqual(['name', 'about']);
    expect(parseFields('')).toEqual([]);
    // Linear and bounded: a hostile list is read to MAX_FIELDS_TEXT characters.
    expect(parseFields(`${'{'.repeat(100_000)}a`)).toEqual([]);
    expect(parseFields(`${'a,'.repeat(10_000)}b`)).toEqual(['a']);
  });

  it('reads fields= in the URL, in the arguments, and in the SDK reads; only fields that need more are kept', () => {
    const text = `const GRAPH = 'https://graph.facebook.com/v26.0';
export async function ig(pageId: string, igUserId: string) {
  await fetch(\`\${GRAPH}/\${pageId}?fields=name,instagram_business_account{id,username}&access_token=\${t}\`);
  await fetch(\`\${GRAPH}/\${pageId}?fields=name,about\`);
  await axios.get(\`\${GRAPH}/me/accounts\`, { params: { fields: 'instagram_business_account' } });
  FB.api('/me/accounts', { fields: ['id', 'instagram_business_account'] }, cb);
  await fetch(\`\${GRAPH}/\${igUserId}?fields=shopping_product_tag_eligibility%2Cusername\`);
  await fetch(\`\${GRAPH}/\${pageId}?fields=constructor,__proto__\`);
}
`;
    expect(ops('src/ig.ts', text)).toEqual([
      '3:15 GET /{page-id}?fields=instagram_business_account',
      '4:15 GET /{page-id}',
      '5:19 GET /{user-id}/accounts?fields=instagram_business_account',
      '6:6 GET /{user-id}/accounts?fields=instagram_business_account',
      '7:15 GET /{ig-user-id}?fields=shopping_product_tag_eligibility',
      '8:15 GET /{page-id}',
    ]);
  });

  it('reads fields in Python, PHP, Java and the business SDKs', () => {
    expect(
      ops(
        'jobs/ig.py',
        `import requests
from facebook_business.adobjects.iguser import IGUser
def ig(page_id, ig_id):
    requests.get(f"https://graph.facebook.com/v26.0/{page_id}", params={"fields": "instagram_business_account"})
    IGUser(ig_id).api_get(fields=['shopping_product_tag_eligibility'])
`,
      ),
    ).toEqual(['4:18 GET /{page-id}?fields=instagram_business_account', '5:19 GET /{ig-user-id}?fields=shopping_product_tag_eligibility']);
    expect(
      ops(
        'src/Ig.php',
        `<?php
$fb = new Facebook\\Facebook($config);
$r = $fb->get('/' . $pageId, ['fields' => 'instagram_business_account']);
`,
      ),
    ).toEqual(['3:11 GET /{page-id}?fields=instagram_business_account']);
    expect(
      ops(
        'src/ig.js',
        `const { Page } = require('facebook-nodejs-business-sdk');
const page = new Page(pageId);
const p = await page.get(['name', 'instagram_business_account']);
`,
      ),
    ).toEqual(['3:22 GET /{page-id}?fields=instagram_business_account']);
  });
  it("reads the business SDKs' field names, RestFB's withFields, list idioms, a parameters variable, a query past an interpolation", () => {
    const one = (path: string, text: string) => ops(path, text).map((x) => x.split(' ').slice(1).join(' '));
    const PAGE_IG = 'GET /{page-id}?fields=instagram_business_account';
    expect(
      one(
        'src/a.js',
        `const { Page, IGUser } = require('facebook-nodejs-business-sdk');
export const ig = (id) => new Page(id).get([Page.Fields.instagram_business_account]);
export const tag = (id) => new IGUser(id).get([IGUser.Fields.shopping_product_tag_eligibility]);
`,
      ),
    ).toEqual([PAGE_IG, 'GET /{ig-user-id}?fields=shopping_product_tag_eligibility']);
    expect(one('src/e.py', 'from facebook_business.adobjects.page import Page\ndef ig(page_id): return Page(page_id).api_get(fields=[Page.Field.instagram_business_account])\n')).toEqual([PAGE_IG]);
    expect(one('src/f.php', "<?php\nuse FacebookAds\\Object\\Page;\nfunction ig($pageId) { return (new Page($pageId))->getSelf([PageFields::INSTAGRAM_BUSINESS_ACCOUNT]); }\n")).toEqual([PAGE_IG]);
    expect(
      one('src/C.java', 'import com.facebook.ads.sdk.*;\nclass C { void run(String pageId) { Page page = new Page(pageId, context).get()\n  .requestInstagramBusinessAccountField()\n  .execute(); } }\n'),
    ).toEqual([PAGE_IG]);
    expect(one('src/d.rb', "require 'facebookbusiness'\npage = FacebookAds::Page.get(page_id ,'instagram_business_account,').load!\n")).toEqual([PAGE_IG]);
    expect(
      one('src/R.java', 'import com.restfb.*;\nclass R { Page p(String pageId) { return facebookClient.fetchObject(pageId, Page.class, Parameter.withFields("id,instagram_business_account")); } }\n'),
    ).toEqual([PAGE_IG]);
    expect(
      one(
        'src/m.ts',
        `const GRAPH = 'https://graph.facebook.com/v25.0';
const a = (pageId: string) => fetch(\`\${GRAPH}/\${pageId}?access_token=\${token}&fields=instagram_business_account\`);
const b = (pageId: string) => axios.get(\`\${GRAPH}/\${pageId}\`, { params: { fields: \`
  id,
  instagram_business_account\` } });
const c = (pageId: string) => axios.get(\`\${GRAPH}/\${pageId}\`, { params: { fields: 'id,' + 'instagram_business_account' } });
const d = (pageId: string) => FB.api('/' + pageId + '?fields=' + ['id', 'instagram_business_account'].join(','), cb);
`,
      ),
    ).toEqual([PAGE_IG, PAGE_IG, PAGE_IG, PAGE_IG]);
    expect(
      one(
        'jobs/p.py',
        `import requests  # facebook
FIELDS = ["id", "instagram_business_account"]
def ig(page_id):
    params = {"fields": ",".join(FIELDS)}
    return requests.get(f"https://graph.facebook.com/v25.0/{page_id}", params=params)
def two(page_id):
    return requests.get(f"https://graph.facebook.com/v25.0/{page_id}", params={"fields": "id," "instagram_business_account"})
`,
      ),
    ).toEqual([PAGE_IG, PAGE_IG]);
    expect(
      one('cmd/g.go', 'package main // facebook\nfunc ig(id string) { fb.Get("/"+id, fb.Params{"fields": strings.Join([]string{"id", "instagram_business_account"}, ",")}) }\n'),
    ).toEqual([]);
    expect(one('src/p.php', `<?php\n$fb = new \\Facebook\\Facebook([]);\nfunction ig($fb, $pageId) { return $fb->get("/$pageId?fields=" . implode(',', ['id', 'instagram_business_account'])); }\n`)).toEqual([PAGE_IG]);
  });

  it('reads an edge asked for as a field (field expansion) as a read of that edge, with its own fields', () => {
    const text = `// facebook
FB.api('/me', { fields: 'id,accounts{name,instagram_business_account}' });
fetch(\`https://graph.facebook.com/v25.0/\${pageId}?fields=feed.limit(3){message},name\`);
fetch(\`https://graph.facebook.com/v25.0/\${businessId}?fields=owned_pages{instagram_business_account}\`);
FB.api('/me', { fields: 'accounts' });
fetch(\`https://graph.facebook.com/v25.0/\${pageId}?fields=constructor{x},__proto__\`, { method: 'POST' });
`;
    const calls = readFileCalls({ path: 'src/x.js', text }, []).calls;
    expect(calls.map((c) => `${c.line} ${c.method} ${c.path}${c.fields ? `?fields=${c.fields.join(',')}` : ''}`)).toEqual([
      '2 GET /{user-id}?fields=accounts{instagram_business_account}',
      '3 GET /{page-id}',
      '4 GET /{business-id}?fields=owned_pages{instagram_business_account}',
      '5 GET /{user-id}?fields=accounts',
      '6 POST /{page-id}',
    ]);
    expect(calls[0]!.endpoint!.permissions).toEqual({ allOf: ['public_profile', 'pages_show_list', 'business_management', 'instagram_basic'], anyOf: ['ads_read', 'ads_management'] });
    expect(calls[3]!.endpoint!.permissions).toEqual({ allOf: ['public_profile', 'pages_show_list', 'business_management'], anyOf: [] });
  });

  it("keeps a callback's fields and a logger's arguments off the outer call; marks fields it cannot read", () => {
    const text = `FB.api('/me/accounts', (r) => r.data.forEach((page) => FB.api(\`/\${pageId}\`, { fields: 'instagram_business_account' })));
FB.api('/me/accounts', { headers: log('fields', 'instagram_business_account') });
export const ig = (pageId, opts) => fetch(\`https://graph.facebook.com/v25.0/\${pageId}\`, opts);
export const ig2 = (pageId) => fetch(\`https://graph.facebook.com/v25.0/\${pageId}?fields=\${pick()}\`);
export const ig3 = (pageId) => fetch(\`https://graph.facebook.com/v25.0/\${pageId}?fields=name\`);
`;
    const calls = readFileCalls({ path: 'src/cb.js', text }, []).calls.map((c) => `${c.line} ${c.method} ${c.path ?? c.reason}${c.fields ? `?fields=${c.fields.join(',')}` : ''}${c.mayNeed ? ` may need ${c.mayNeed.join(',')}` : ''}`);
    expect(calls).toEqual([
      '1 GET /{user-id}/accounts',
      '1 GET /{page-id}?fields=instagram_business_account',
      '2 GET /{user-id}/accounts',
      // `opts` is a parameter: its method as well as its fields are unknown.
      '3 GET its HTTP method is in a value not read here',
      '4 GET /{page-id} may need instagram_basic,pages_show_list,ads_read,ads_management',
      '5 GET /{page-id}',
    ]);
  });
});

describe('names and scopes, from real code', () => {
  it('a URL variable of one function is not read at the uses of a same-named one in another', () => {
    const text = `const token = process.env.META_PROD_TOKEN;
const GRAPH = 'https://graph.facebook.com/v25.0';
async function listInstagramMedia(igUserId) {
  const url = \`\${GRAPH}/\${igUserId}/media?fields=id,caption\`;
  return fetch(url);
}
async function postToPage(pageId, message) {
  const url = \`\${GRAPH}/\${pageId}/feed\`;
  return fetch(url, { method: 'POST' });
}
`;
    expect(mapped('src/a.js', text)).toEqual(['5:16 GET /{ig-user-id}/media', '9:16 POST /{page-id}/feed']);
  });

  it("PHP: a URL variable set with curl_setopt($ch, CURLOPT_URL, $url), the method from the same handle's options", () => {
    const text = `<?php
$accessToken = getenv('META_PROD_TOKEN');
$endpoint = 'https://graph.facebook.com/v25.0/' . $pageId . '/feed';
$ch = curl_init();
curl_setopt( $ch, CURLOPT_URL, $endpoint );
curl_setopt( $ch, CURLOPT_POST, 1 );
$response = curl_exec( $ch );
$list = 'https://graph.facebook.com/v25.0/' . $pageId . '/photos';
$c2 = curl_init();
curl_setopt($c2, CURLOPT_URL, $list);
curl_setopt($c2, CURLOPT_RETURNTRANSFER, true);
curl_setopt($c2, CURLOPT_VERBOSE, $list);
`;
    expect(mapped('src/post.php', text)).toEqual(['5:32 POST /{page-id}/feed', '10:31 GET /{page-id}/photos']);
  });

  it("a base URL from a function named for it, trimmed of its slash, sent through the code's own request helper", () => {
    const text = `import httpx
def _get_meta_graph_base_url(db):
    return f"https://graph.facebook.com/{db.version}"
async def _request_with_retry(client, method, url, data=None):
    return await client.request(method, url, data=data)
async def create_page_post(db, page_id, message):
    base_url = _get_meta_graph_base_url(db)
    url = f"{base_url.rstrip('/')}/{page_id}/feed"
    return await _request_with_retry(client, "POST", url, data={"message": message})
def chart(x):
    base = get_chart_url(x)
    return requests.get(f"{base}/{x}/feed")
`;
    expect(mapped('svc/meta.py', text)).toEqual(['9:54 POST /{page-id}/feed']);
  });

  it('a hostile chain of lists of variables is read within a budget (it once took gigabytes from 1 KB)', () => {
    const text = `// facebook
const t = process.env.META_PROD_TOKEN;
s = '${Array.from({ length: 800 }, (_, i) => `f${i}`).join(',')}';
c = ['x', ${Array(70).fill('s').join(', ')}];
b = [${Array(25).fill('fields: c').join(', ')}];
a = [${Array(38).fill('b').join(', ')}];
fetch('https://graph.facebook.com/v25.0/111', ${Array(38).fill('a').join(', ')});
`;
    const calls = readFileCalls({ path: 'src/a.js', text }, []).calls;
    expect(calls.map((c) => `${c.line} ${c.method} ${c.path}`)).toEqual(['7 GET /{id}']);
    expect(calls[0]!.fields ?? []).toEqual([]);
  });

  it('businessAccountId is an Instagram account, accountId an ad account, threadsAccountId neither', () => {
    const text = `// facebook
fetch(\`https://graph.facebook.com/v25.0/\${businessAccountId}?fields=username\`);
fetch(\`https://graph.facebook.com/v25.0/act_\${accountId}/insights\`);
fetch(\`https://graph.facebook.com/v25.0/\${account_id}\`);
fetch(\`https://graph.facebook.com/v25.0/\${threadsAccountId}?fields=id\`);
`;
    expect(operations('src/a.js', text)).toEqual(['GET /{ig-user-id}', 'GET /{ad-account-id}/insights', 'GET /{ad-account-id}', 'GET unknown /{id}']);
  });
});

describe('methods and paths once read wrong (a tester’s hunt, 2026-12-05)', () => {
  it('reads a method from an options object in a variable, `{ method }`, a method variable, and a key past the window', () => {
    const body = Array.from({ length: 40 }, (_, i) => `k${i}: v${i}`).join(', ');
    const text = `const opts = { method: 'POST', body: new URLSearchParams({ message }) };
fetch(\`https://graph.facebook.com/v21.0/\${pageId}/feed\`, opts);
const method = 'POST';
fetch(\`https://graph.facebook.com/v21.0/\${pageId}/feed\`, { method, body });
fetch(\`https://graph.facebook.com/v21.0/\${pageId}/feed\`, { headers: { a: 1 }, body: JSON.stringify({ ${body} }), method: 'POST' });
fetch(\`https://graph.facebook.com/v21.0/\${pageId}/feed\`, { headers: { a: 1 } });
export const w = (pageId, init) => fetch(\`https://graph.facebook.com/v21.0/\${pageId}/feed\`, init);
fetch(\`https://graph.facebook.com/v21.0/\${pageId}/feed\`, { method: pick() });
`;
    expect(sites('src/a.js', text)).toEqual([
      'POST /{pageId}/feed',
      'POST /{pageId}/feed',
      'POST /{pageId}/feed',
      'GET /{pageId}/feed',
      'GET unresolved: its HTTP method is in a value not read here',
      'GET unresolved: its HTTP method is in a value not read here',
    ]);
  });

  it('reads Python: requests.request(method, url), urlopen(url, data), a constant template filled by .format', () => {
    const text = `import requests, urllib.request
GRAPH = "https://graph.facebook.com/v21.0"
FEED_URL = "https://graph.facebook.com/v21.0/{}/feed"
PHOTOS_URL = GRAPH + "/{}/photos"
def a(page_id):
    method = "POST"
    requests.request(method, f"{GRAPH}/{page_id}/feed", data={})
def b(page_id, data):
    urllib.request.urlopen(f"{GRAPH}/{page_id}/feed", data)
def c(page_id):
    urllib.request.urlopen(f"{GRAPH}/{page_id}/feed")
    requests.post(FEED_URL.format(page_id), data={})
    requests.post(PHOTOS_URL.format(page_id), data={})
`;
    expect(mapped('jobs/p.py', text)).toEqual([
      '7:30 POST /{page-id}/feed',
      '9:28 POST /{page-id}/feed',
      '11:28 GET /{page-id}/feed',
      '12:19 POST /{page-id}/feed',
      '13:19 POST /{page-id}/photos',
    ]);
  });

  it('follows a URL object to fetch(url.toString()) and a batch POST through a base-URL constant or FB.api("/")', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v21.0';
const url = new URL(\`\${GRAPH}/\${pageId}/feed\`);
fetch(url.toString(), { method: 'POST' });
FB.api('/', 'POST', { batch: [] });
fetch(GRAPH, { method: 'POST', body });
`;
    expect(sites('src/a.js', js)).toEqual([
      'POST /{pageId}/feed',
      'POST unresolved: a batch request (a POST to the Graph root): its items are not read',
      'POST unresolved: a batch request (a POST to the Graph root): its items are not read',
    ]);
    const py = 'GRAPH = "https://graph.facebook.com/v21.0"\nrequests.post(GRAPH, data={"batch": "[]"})\nrequests.get(GRAPH, params={"ids": "a,b"})\n';
    expect(sites('a.py', py)).toEqual(['POST unresolved: a batch request (a POST to the Graph root): its items are not read']);
  });

  it('takes WHATSAPP_PHONE_NUMBER_ID for a phone number and instagram_post_id for an Instagram media', () => {
    const text = `axios.post(\`https://graph.facebook.com/v21.0/\${process.env.WHATSAPP_PHONE_NUMBER_ID}/messages\`, {});
axios.post(\`https://graph.facebook.com/v21.0/\${instagram_post_id}/comments\`, {});
axios.post(\`https://graph.facebook.com/v21.0/\${igUserId}/comments\`, {});
`;
    expect(operations('src/a.js', text)).toEqual(['POST /{phone-number-id}/messages', 'POST /{ig-media-id}/comments', 'POST unknown /{id}/comments']);
  });

  it('reads client paths that start with an id (PHP SDK, Koala) and the SDKs’ photo uploads', () => {
    const rb = `@graph = Koala::Facebook::API.new(ENV["META_TOKEN"])
@graph.graph_call("#{page_id}/feed", { message: msg }, "post")
@graph.put_picture(url, { caption: "New" }, page_id)
@graph.put_video(path)
`;
    expect(sites('a.rb', rb)).toEqual(['POST /{page_id}/feed', 'POST /{page_id}/photos', 'POST /me/videos']);
    const py = `graph = facebook.GraphAPI(access_token=os.environ["META_TOKEN"])
graph.put_photo(image=f, album_path=page_id + "/photos")
graph.put_photo(image=f)
`;
    expect(sites('a.py', py)).toEqual(['POST /{page_id}/photos', 'POST /me/photos']);
    const php = `<?php\nuse Facebook\\Facebook;\n$this->fb->post("{$pageId}/feed", ['message' => $msg], getenv('META_TOKEN'));\n`;
    expect(sites('a.php', php)).toEqual(['POST /{pageId}/feed']);
  });

  it('keeps a builder method to its own chain: the next statement’s requests.post is another call', () => {
    const py = 'import urllib.request, requests\nurllib.request.urlopen(f"https://graph.facebook.com/v21.0/{page_id}/feed")\nrequests.post("https://example.com/hook", data={})\n';
    expect(sites('a.py', py)).toEqual(['GET /{page_id}/feed']);
    const java = 'Request r = new Request.Builder().url("https://graph.facebook.com/v21.0/" + pageId + "/feed").post(body).build();\n';
    expect(sites('A.java', java)).toEqual(['POST /{pageId}/feed']);
  });

  it('makes a workflow or shell script that reads a declared token and names a Graph host one unresolved call', () => {
    const wf = `jobs:
  post:
    steps:
      - run: |
          # see https://graph.facebook.com in the docs
          curl -X POST "https://graph.facebook.com/v21.0/\${{ vars.PAGE_ID }}/feed" -d "access_token=\${{ secrets.META_TOKEN }}"
`;
    const got = readFileCalls({ path: '.github/workflows/a.yml', text: wf }, ['META_TOKEN']);
    expect(got.calls.map((c) => `${c.line}:${c.column} ${c.status} ${c.reason}`)).toEqual(['6:25 unresolved a call in a file whose calls are not read (a shell command, a workflow step)']);
    expect(readFileCalls({ path: 'scripts/a.sh', text: 'curl "https://graph.facebook.com/v21.0/me"\n' }, ['META_TOKEN']).calls).toEqual([]);
  });
});

describe('a second round of the hunt (2026-12-05)', () => {
  it('reads typed declarations (TypeScript, Python, Go, Kotlin) and TypeScript type arguments on the request', () => {
    const ts = `const GRAPH: string = 'https://graph.facebook.com/v25.0';
export async function f(pageId: string) { await fetch(\`\${GRAPH}/\${pageId}/feed\`, { method: 'POST' }); }
export async function g(catalogId: string) {
  const url: string = \`\${GRAPH}/\${catalogId}/items_batch\`;
  const init: RequestInit = { method: 'POST' };
  await fetch(url, init);
}
export const h = (pageId: string) => axios.post<{ id: string }>(\`\${GRAPH}/\${pageId}/feed\`, {});
const graph = axios.create({ baseURL: 'https://graph.facebook.com/v25.0' });
export const i = (pageId: string) => graph.post<Page>(\`/\${pageId}/feed\`, {});
`;
    expect(operations('src/a.ts', ts)).toEqual(['POST /{page-id}/feed', 'POST /{product-catalog-id}/items_batch', 'POST /{page-id}/feed', 'POST /{page-id}/feed']);
    expect(operations('a.py', 'GRAPH: str = "https://graph.facebook.com/v25.0"\nif ready: other = "x"\nrequests.post(f"{GRAPH}/{page_id}/feed")\n')).toEqual(['POST /{page-id}/feed']);
    expect(operations('a.go', 'package x\nvar graphURL string = "https://graph.facebook.com/v25.0"\nfunc F(pageID string) { http.Post(graphURL+"/"+pageID+"/feed", "", nil) }\n')).toEqual(['POST /{page-id}/feed']);
    expect(operations('A.kt', 'val graph: String = "https://graph.facebook.com/v25.0"\nfun f(pageId: String) = client.post("$graph/$pageId/feed")\n')).toEqual(['POST /{page-id}/feed']);
  });

  it('names: a Page post id is a post, me/messages the Page’s Send API, a commerce order an order, submissionId no business', () => {
    const text = `const G = 'https://graph.facebook.com/v25.0';
fetch(\`\${G}/\${pagePostId}\`, { method: 'POST' });
fetch(\`\${G}/me/messages\`, { method: 'POST' });
fetch(\`\${G}/\${commerceOrderId}/acknowledge_order\`, { method: 'POST' });
fetch(\`\${G}/\${submissionId}\`);
`;
    expect(operations('src/a.js', text)).toEqual(['POST /{post-id}', 'POST /{page-id}/messages', 'POST /{order-id}/acknowledge_order', 'GET unknown /{id}']);
  });

  it('the business SDKs: the Conversions API’s EventRequest, CustomAudience add_users/remove_users, get_insights(is_async=True), a dict update', () => {
    const js = "const { EventRequest } = require('facebook-nodejs-business-sdk');\nnew EventRequest(token, pixelId).setEvents([e]).execute();\n";
    expect(operations('a.js', js)).toEqual(['POST /{pixel-id}/events']);
    const py = `from facebook_business.adobjects.serverside.event_request import EventRequest
from facebook_business.adobjects.customaudience import CustomAudience
from facebook_business.adobjects.adaccount import AdAccount
EventRequest(events=[e], pixel_id=PIXEL_ID).execute()
aud = CustomAudience(audience_id)
aud.add_users(schema, users)
aud.remove_users(schema, users)
aud.update({'name': 'x'})
AdAccount(account_id).get_insights(params=p, is_async=True)
`;
    expect(operations('a.py', py)).toEqual(['POST /{pixel-id}/events', 'POST /{custom-audience-id}/users', 'DELETE /{custom-audience-id}/users', 'POST /{ad-account-id}/insights']);
    expect(sites('b.py', 'from facebook_business.adobjects.campaign import Campaign\nc = Campaign(parent_id=account)\nc.remote_create(params={"name": "x"})\n')).toEqual([
      'POST unresolved: SDK create through the object (api_create): the parent edge is not read',
    ]);
    const php = "<?php\nuse FacebookAds\\Object\\ServerSide\\EventRequest;\nuse FacebookAds\\Object\\CustomAudience;\n$r = (new EventRequest($pixel_id))->setEvents($e);\n$a = new CustomAudience($id);\n$a->addUsers($users, $schema);\n";
    expect(operations('a.php', php)).toEqual(['POST /{pixel-id}/events', 'POST /{custom-audience-id}/users']);
  });

  it('a name that says its product picks that product’s node where two share a word (media)', () => {
    const text = "const G = 'https://graph.facebook.com/v25.0';\nfetch(`${G}/${whatsapp_media_id}`);\nfetch(`${G}/${mediaId}`);\nfetch(`${G}/${waMediaId}`, { method: 'DELETE' });\n";
    // The bare `mediaId` is read with the file's product (hunt G, G10): its other ids are WhatsApp's.
    expect(operations('a.js', text)).toEqual(['GET /{media-id}', 'GET /{media-id}', 'DELETE /{media-id}']);
  });

  it('a client bound by Python’s `with … as client` (httpx, also async)', () => {
    const py = 'import httpx\nasync def post(page_id):\n    async with httpx.AsyncClient(base_url="https://graph.facebook.com/v25.0") as client:\n        return await client.post(f"/{page_id}/feed")\n';
    expect(operations('a.py', py)).toEqual(['POST /{page-id}/feed']);
  });
});

describe('a third round of the hunt: framework code (2026-12-05)', () => {
  it('reads a keyword url=, an alias of a base constant, a base client from a constant, GRAPH + path, urljoin', () => {
    const py = `import requests, httpx
from urllib.parse import urljoin
GRAPH = "https://graph.facebook.com/v25.0"
BASE = GRAPH
client = httpx.Client(base_url=GRAPH)
def a(page_id):
    requests.post(url=f"{GRAPH}/{page_id}/feed", data={})
    requests.post(f"{BASE}/{page_id}/photos")
    client.post(f"/{page_id}/feed")
    requests.get(urljoin(GRAPH + "/", f"{page_id}/insights"))
`;
    expect(operations('a.py', py)).toEqual(['POST /{page-id}/feed', 'POST /{page-id}/photos', 'POST /{page-id}/feed', 'GET /{page-id}/insights']);
    const js = `const GRAPH_URL = 'https://graph.facebook.com/v25.0';
const graph = axios.create({ baseURL: GRAPH_URL });
export const a = (pageId) => graph.post(\`/\${pageId}/feed\`);
export const b = (path) => fetch(GRAPH_URL + path, { method: 'POST' });
`;
    expect(operations('a.js', js)).toEqual(['POST /{page-id}/feed', 'POST unresolved']);
  });

  it('Faraday’s url:, OkHttp’s .method("POST", body), and an object key url: is no use of a variable url', () => {
    const rb = 'class P\n  def initialize\n    @conn = Faraday.new(url: "https://graph.facebook.com/v25.0")\n  end\n  def post(page_id)\n    @conn.post("#{page_id}/feed")\n  end\nend\n';
    expect(operations('a.rb', rb)).toEqual(['POST /{page-id}/feed']);
    const java = 'Request r = new Request.Builder().url("https://graph.facebook.com/v25.0/" + postId).method("DELETE", null).build();\n';
    expect(operations('A.java', java)).toEqual(['DELETE /{post-id}']);
    const js = `const G = 'https://graph.facebook.com/v25.0';
export async function t(wabaId) { const url = \`\${G}/\${wabaId}/message_templates\`; return axios.get(url); }
export async function p(pageId) { return axios.request({ url: \`\${G}/\${pageId}/feed\`, method: 'POST' }); }
`;
    expect(operations('b.js', js)).toEqual(['GET /{whatsapp-business-account-id}/message_templates', 'POST /{page-id}/feed']);
  });

  it('new URL(path, GRAPH) resolves against the base; an axios client’s request({ url, method }) is read', () => {
    const text = `const GRAPH = 'https://graph.facebook.com/v25.0/';
const graph = axios.create({ baseURL: 'https://graph.facebook.com/v25.0' });
export const a = (pageId) => fetch(new URL(\`\${pageId}/insights\`, GRAPH));
export const b = (pageId) => graph.request({ url: \`/\${pageId}/feed\`, method: 'POST', data: {} });
export const c = (pageId, m) => graph.request({ url: \`/\${pageId}/feed\`, method: m });
const u = new URL(\`\${pageId}/feed\`, GRAPH);
fetch(u, { method: 'POST' });
`;
    expect(sites('a.js', text)).toEqual(['GET /{pageId}/insights', 'POST /{pageId}/feed', 'GET unresolved: its HTTP method is in a value not read here', 'POST /{pageId}/feed']);
  });

  it('a query built elsewhere (`?${query}`) may ask for any field: what fields need is never called unused', () => {
    const calls = readFileCalls({ path: 'a.js', text: "const G = 'https://graph.facebook.com/v25.0';\nexport const a = (pageId, query) => fetch(`${G}/${pageId}?${query}`);\n" }, []).calls;
    expect(calls.map((c) => [c.path, c.mayNeed])).toEqual([['/{page-id}', ['instagram_basic', 'pages_show_list', 'ads_read', 'ads_management']]]);
  });
});

describe('linear on hostile shapes (a tester’s round, 2026-12-05)', () => {
  it('reads an options object spread into the call’s own (`{ ...opts, body }`)', () => {
    expect(sites('a.js', "const opts = { method: 'POST' };\nfetch(`https://graph.facebook.com/v21.0/${pageId}/feed`, { ...opts, body });\n")).toEqual(['POST /{pageId}/feed']);
  });

  it('a 300 KB member chain and a 300 KB chain of variables joined by + are walked once, not once per identifier', () => {
    const text = `fetch('https://graph.facebook.com/v19.0/me/feed', { method: 'POST' });\nx = a${'.b\n'.repeat(100_000)};\ny = a${' + b\n'.repeat(60_000)};\n`;
    expect(sites('src/app.js', text)).toEqual(['POST /me/feed']);
  });

  it('3.6 MB of Python `\\N{` escapes left open (hunt N2: each searched the rest of the file for its `}`) is read in one pass', () => {
    // 1.2 million escapes, 300 on each line (a line of over 1,000 characters would be read as minified).
    const open = `x = "${'\\N{'.repeat(300)}"\n`.repeat(4000);
    const text = `import requests\nGRAPH = "https://graph.facebook.com/v19.0"\nrequests.get(GRAPH + "/me/accounts")\n${open}y = "\\N{${'A'.repeat(91)}}\\N{${'A'.repeat(92)}}"\nrequests.post(GRAPH + "/me/feed")\n`;
    expect(text.length).toBeGreaterThan(3_600_000);
    expect(mapped('a.py', text)).toEqual(['3:14 GET /{user-id}/accounts', '4005:15 POST /{page-id}/feed']);
  }, 15_000);
});

describe('calls read wrongly or not at all (a fourth round, 2026-12-06)', () => {
  it('an axios instance made with a Graph base URL, called as a function: its config object, url and config, a config in a variable', () => {
    const text = `const GRAPH = 'https://graph.facebook.com/v25.0';
const client = axios.create({ baseURL: GRAPH });
export async function post(pageId, data) {
  await client({ url: \`/\${pageId}/feed\`, method: 'post', data });
  await client(\`/\${pageId}/photos\`, { method: 'POST' });
  await client(\`/\${pageId}/posts\`);
  const config = { url: \`/\${pageId}/feed\`, method: 'post' };
  await client.request(config);
  await client(config);
  const url = \`/\${pageId}/photos\`;
  await client({ url, method: 'post' });
}
export const viaParam = (options) => client(options);
export const viaParamRequest = (options) => client.request(options);
export const withOptions = (pageId, opts) => client(\`/\${pageId}/feed\`, opts);
export const notGraph = () => other({ url: '/me/feed', method: 'post' });
`;
    expect(mapped('src/a.js', text)).toEqual([
      '4:9 POST /{page-id}/feed',
      '5:9 POST /{page-id}/photos',
      '6:9 GET /{page-id}/posts',
      '8:16 POST /{page-id}/feed',
      '9:9 POST /{page-id}/feed',
      '11:9 POST /{page-id}/photos',
      '13:38 GET unresolved',
      '14:52 GET unresolved',
      '15:46 GET unresolved',
    ]);
    expect(sites('src/a.js', text).slice(6)).toEqual([
      'GET unresolved: its request config is in a value not read here',
      'GET unresolved: its request config is in a value not read here',
      'GET unresolved: its HTTP method is in a value not read here',
    ]);
  });

  it("a request config's url and method, the config written apart from the call (`axios(config)`), and a client's request(method, path) with the method not read", () => {
    const text = `const GRAPH = 'https://graph.facebook.com/v25.0';
const graph = axios.create({ baseURL: GRAPH });
export async function f(pageId, method) {
  const cfg = { method: 'post', url: \`\${GRAPH}/\${pageId}/feed\` };
  await axios(cfg);
  const read = { url: \`\${GRAPH}/\${pageId}/feed\` };
  await axios(read);
  await graph.request(method, \`/\${pageId}/feed\`);
}
`;
    expect(mapped('src/a.js', text)).toEqual(['4:38 POST /{page-id}/feed', '6:23 GET /{page-id}/feed', '8:15 GET unresolved']);
  });

  it('a URL joined from a list: Python\'s "/".join([…]) and os.path.join, JavaScript and Ruby [...].join("/"), PHP implode, Go strings.Join, Java String.join', () => {
    const py = `import os, requests
GRAPH = "https://graph.facebook.com/v25.0"
def post(page_id, msg):
    requests.post("/".join([GRAPH, page_id, "feed"]), data={"message": msg})
def post2(page_id):
    url = '/'.join((GRAPH, page_id, 'feed'))
    requests.post(url)
def post3(page_id, edge):
    requests.post("/".join([GRAPH, page_id, edge]))
def post4(page_id):
    parts = [GRAPH, str(page_id), "photos"]
    requests.post("/".join(parts))
def post5(pieces):
    requests.post("/".join(pieces))
def post6(page_id):
    requests.post(os.path.join(GRAPH, page_id, "feed"))
names = ", ".join(["a", "b"])
`;
    expect(mapped('a.py', py)).toEqual([
      '4:19 POST /{page-id}/feed',
      '7:19 POST /{page-id}/feed',
      '9:19 unresolved',
      '12:19 POST /{page-id}/photos',
      '16:19 POST /{page-id}/feed',
    ].map((s) => s.replace(' unresolved', ' POST unresolved')));
    expect(sites('a.py', py)[2]).toBe('POST unresolved: variable edge');
    const js = `const GRAPH = 'https://graph.facebook.com/v25.0';
await fetch([GRAPH, pageId, 'feed'].join('/'), { method: 'POST' });
const url = [GRAPH, catalogId, 'products'].join('/');
await axios.post(url, {});
`;
    expect(mapped('a.js', js)).toEqual(['2:13 POST /{page-id}/feed', '4:18 POST /{product-catalog-id}/products']);
    expect(operations('a.rb', 'GRAPH = "https://graph.facebook.com/v25.0"\ndef f(page_id)\n  Net::HTTP.post(URI([GRAPH, page_id, "feed"].join("/")), body)\n  HTTParty.post(File.join(GRAPH, page_id, "photos"))\nend\n')).toEqual(['POST /{page-id}/feed', 'POST /{page-id}/photos']);
    expect(operations('a.php', "<?php\n$graph = 'https://graph.facebook.com/v25.0';\n$http->post(implode('/', [$graph, $pageId, 'feed']), []);\n")).toEqual(['POST /{page-id}/feed']);
    expect(operations('a.go', 'package x\nconst graph = "https://graph.facebook.com/v25.0"\nfunc F(pageID string) { http.Post(strings.Join([]string{graph, pageID, "feed"}, "/"), "", nil) }\n')).toEqual(['POST /{page-id}/feed']);
    expect(operations('A.java', 'class A { static final String GRAPH = "https://graph.facebook.com/v25.0";\nvoid f(String pageId) { client.post(String.join("/", GRAPH, pageId, "feed")); } }\n')).toEqual(['POST /{page-id}/feed']);
  });

  it('fields set after the URL or the parameters are made: searchParams.set/append, params["fields"] =, params.fields =, update(); a key or a merge not read may ask for any field', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v25.0';
const FIELDS = ['id', 'instagram_business_account'];
export async function a(pageId) {
  const u = new URL(\`\${GRAPH}/\${pageId}\`);
  u.searchParams.set('fields', 'id,name,instagram_business_account');
  return fetch(u);
}
export async function b(pageId) {
  const u = new URL(\`\${pageId}\`, GRAPH);
  u.searchParams.append('fields', FIELDS.join(','));
  return fetch(u.toString());
}
export async function c(pageId) {
  const params = { access_token: t };
  params.fields = 'id,instagram_business_account';
  return axios.get(\`\${GRAPH}/\${pageId}\`, { params });
}
export async function d(pageId, key, value) {
  const u = new URL(\`\${GRAPH}/\${pageId}\`);
  u.searchParams.set(key, value);
  return fetch(u);
}
export async function e(pageId) {
  const u = new URL(\`\${GRAPH}/\${pageId}\`);
  u.searchParams.set('access_token', t);
  return fetch(u);
}
`;
    const fieldsOf = (path: string, text: string) =>
      readFileCalls({ path, text }, []).calls.map((c) => `${c.line}:${c.column} ${c.method} ${c.path} ${JSON.stringify(c.fields ?? [])}${c.mayNeed ? ` may need ${c.mayNeed.join(',')}` : ''}`);
    expect(fieldsOf('a.js', js)).toEqual([
      '6:16 GET /{page-id} ["instagram_business_account"]',
      '11:16 GET /{page-id} ["instagram_business_account"]',
      '16:20 GET /{page-id} ["instagram_business_account"]',
      '21:16 GET /{page-id} [] may need instagram_basic,pages_show_list,ads_read,ads_management',
      '26:16 GET /{page-id} []',
    ]);
    const py = `import requests
GRAPH = "https://graph.facebook.com/v25.0"
def a(page_id):
    params = {"access_token": TOKEN}
    params["fields"] = "id,name,instagram_business_account"
    return requests.get(f"{GRAPH}/{page_id}", params=params)
def b(page_id):
    url = f"{GRAPH}/{page_id}"
    params = {"access_token": TOKEN}
    params.update({"fields": "id,instagram_business_account"})
    return requests.get(url, params=params)
def c(page_id, extra):
    params = {"access_token": TOKEN}
    params.update(extra)
    return requests.get(f"{GRAPH}/{page_id}", params=params)
def d(page_id, k):
    params = {"access_token": TOKEN}
    params[k] = "x"
    return requests.get(f"{GRAPH}/{page_id}", params=params)
def e(page_id):
    params = build_params()
    return requests.get(f"{GRAPH}/{page_id}", params=params)
def f(page_id):
    params = {"access_token": TOKEN}
    return requests.get(f"{GRAPH}/{page_id}", params=params)
`;
    expect(fieldsOf('a.py', py)).toEqual([
      '6:25 GET /{page-id} ["instagram_business_account"]',
      '11:25 GET /{page-id} ["instagram_business_account"]',
      '15:25 GET /{page-id} [] may need instagram_basic,pages_show_list,ads_read,ads_management',
      '19:25 GET /{page-id} [] may need instagram_basic,pages_show_list,ads_read,ads_management',
      '22:25 GET /{page-id} [] may need instagram_basic,pages_show_list,ads_read,ads_management',
      '25:25 GET /{page-id} []',
    ]);
    // PHP and Ruby: `$query['fields'] = …`, `params[:fields] = …`.
    const php = "<?php\n$client = new \\GuzzleHttp\\Client(['base_uri' => 'https://graph.facebook.com/v25.0/']);\n$query = ['access_token' => $t];\n$query['fields'] = 'instagram_business_account';\n$r = $client->get(\"{$pageId}\", ['query' => $query]);\n";
    expect(fieldsOf('a.php', php)).toEqual(['5:15 GET /{page-id} ["instagram_business_account"]']);
    const rb = 'GRAPH = "https://graph.facebook.com/v25.0"\ndef f(page_id)\n  params = { access_token: TOKEN }\n  params[:fields] = "instagram_business_account"\n  HTTParty.get("#{GRAPH}/#{page_id}", query: params)\nend\n';
    expect(fieldsOf('a.rb', rb)).toEqual(['5:16 GET /{page-id} ["instagram_business_account"]']);
  });

  it('a query in a variable of the file (`?${params}`, urlencode, http_build_query) is read; a value made a string (str(id), String(id)) is that value; a string that goes on in a term not read is computed, not cut', () => {
    const fieldsOf = (path: string, text: string) =>
      readFileCalls({ path, text }, []).calls.map((c) => `${c.line}:${c.column} ${c.method} ${c.path ?? `unresolved: ${c.reason}`} ${JSON.stringify(c.fields ?? [])}${c.mayNeed ? ` may need ${c.mayNeed.join(',')}` : ''}`);
    const js = `const G = 'https://graph.facebook.com/v25.0';
export function a(pageId) {
  const params = new URLSearchParams({ access_token: t, fields: 'id,instagram_business_account' });
  return fetch(\`\${G}/\${pageId}?\${params}\`);
}
export function b(pageId) {
  const qs = new URLSearchParams();
  qs.set('fields', 'instagram_business_account');
  return fetch(\`\${G}/\${pageId}?\${qs.toString()}\`);
}
export function c(pageId, opts) {
  const qs = new URLSearchParams(opts);
  return fetch(\`\${G}/\${pageId}?\${qs}\`);
}
export function d(pageId) {
  const qs = new URLSearchParams({ access_token: t });
  return fetch(\`\${G}/\${pageId}?\${qs}\`);
}
export function e(pageId) {
  return fetch(G + '/' + pageId + '?fields=' + pick(x));
}
export function f(pageId) {
  return fetch(G + '/' + String(pageId) + '/feed', { method: 'POST' });
}
export function g(pageId) {
  return fetch(G + '/' + edgeFor(pageId), { method: 'POST' });
}
`;
    const may = ' may need instagram_basic,pages_show_list,ads_read,ads_management';
    expect(fieldsOf('a.js', js)).toEqual([
      '4:16 GET /{page-id} ["instagram_business_account"]',
      '9:16 GET /{page-id} ["instagram_business_account"]',
      `13:16 GET /{page-id} []${may}`,
      '17:16 GET /{page-id} []',
      `20:16 GET /{page-id} []${may}`,
      '23:16 POST /{page-id}/feed []',
      '26:16 POST unresolved: computed path []',
    ]);
    const py = `import requests
from urllib.parse import urlencode
GRAPH = "https://graph.facebook.com/v25.0"
def a(page_id):
    params = {"fields": "instagram_business_account"}
    return requests.get(f"{GRAPH}/{page_id}?{urlencode(params)}")
def b(page_id):
    params = {"access_token": T}
    return requests.get(GRAPH + "/" + str(page_id) + "?" + urlencode(params))
def c(page_id):
    return requests.post(GRAPH + "/" + str(page_id) + "/feed")
`;
    expect(fieldsOf('a.py', py)).toEqual(['6:25 GET /{page-id} ["instagram_business_account"]', '9:25 GET /{page-id} []', '11:26 POST /{page-id}/feed []']);
    const php = '<?php\n$graph = "https://graph.facebook.com/v25.0";\n$params = ["fields" => "instagram_business_account"];\n$r = file_get_contents($graph . "/" . $pageId . "?" . http_build_query($params));\n';
    expect(fieldsOf('a.php', php)).toEqual(['4:24 GET /{page-id} ["instagram_business_account"]']);
    // A client's path: `FB.api('/' + pageId + '/' + edgeFor(x), 'post')` is a call whose path is computed, not none.
    expect(sites('a.js', "FB.api('/' + pageId + '/' + edgeFor(x), 'post');\n")).toEqual(['POST unresolved: computed path']);
  });
});

describe('long lines: a minified bundle says it was not read; a file made long by data is read', () => {
  const call = 'const GRAPH = "https://graph.facebook.com/v25.0";\nexport const post = (id) => fetch(`${GRAPH}/${id}/photos`, { method: "POST" });\n';

  it('a 70 KB file of three lines, one a base64 string, is read (it hid its calls before: hunt I, I11)', () => {
    const logo = `export const LOGO = "iVBORw0KGgo${'QUJDRA'.repeat(12_000)}";\n`;
    expect(calls('src/a.js', call + logo)).toEqual(['2:35 POST /{page-id}/photos']);
    expect(calls('src/a.js', logo + call)).toEqual(['3:35 POST /{page-id}/photos']);
  });

  it('a minified bundle (long lines of code) is one unresolved call at its start, never nothing', () => {
    const bundle = `${'var a=function(b){return b+1};'.repeat(3000)}fetch("https://graph.facebook.com/v25.0/"+id+"/photos",{method:"POST"});\n`;
    expect(calls('dist/app.js', bundle)).toEqual([
      '1:1 GET unresolved: a minified bundle (lines of over 1,000 characters of code): its calls are not read; its source is',
    ]);
    // A bundle naming no Graph host or client is no call at all.
    expect(calls('dist/app.js', bundle.replace('graph.facebook.com', 'api.example.com'))).toEqual([]);
  });
});
