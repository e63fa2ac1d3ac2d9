/**
 * The call reader's known misses in Go, Ruby, Kotlin and Spring, and the endpoint table's app-token
 * operations (hunt I): a Go request helper's own path, a Ruby business-SDK edge kept in a variable,
 * Faraday's `run_request`, Ktor's `parameter("fields", …)`, a RestTemplate path template with its own query,
 * and the app's Webhooks subscriptions. Each expectation exact.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { infer } from '../../src/infer.js';
import type { Manifest } from '../../src/manifest/types.js';
import { mapped } from '../helpers/calls.js';

const MANIFEST = `version: 1
business: { id: "100000000000001", name: Acme }
app: { id: "200000000000002", accessLevel: standard, graphApiVersion: v25.0 }
assets: []
systemUsers:
  - name: pages
    id: "400000000000005"
    role: system_user
    environment: production
    permissions: [pages_manage_posts, pages_read_engagement, business_management, ads_read]
    token: { secret: META_PAGE_TOKEN, expires: 60d }
`;

describe("the app's Webhooks subscriptions (/{app-id}/subscriptions) are known operations that need nothing", () => {
  const go = `package hooks

import (
	"net/http"
	"net/url"
	"os"
)

const graph = "https://graph.facebook.com/v20.0"

func Subscribe(appID string) (*http.Response, error) {
	v := url.Values{"object": {"page"}, "callback_url": {"https://x/cb"}, "fields": {"feed"}, "access_token": {os.Getenv("APP_TOKEN")}}
	return http.PostForm(graph+"/"+appID+"/subscriptions", v)
}

func List(appID string) (*http.Response, error) {
	return http.Get(graph + "/" + appID + "/subscriptions?access_token=" + os.Getenv("APP_TOKEN"))
}

func Drop(appID string) (*http.Response, error) {
	req, _ := http.NewRequest("DELETE", graph+"/"+appID+"/subscriptions", nil)
	return http.DefaultClient.Do(req)
}

func Publish(pageID string) (*http.Response, error) {
	return http.PostForm(graph+"/"+pageID+"/feed", url.Values{"access_token": {os.Getenv("META_PAGE_TOKEN")}})
}
`;

  it('GET, POST and DELETE are mapped, not unknown', () => {
    expect(mapped('hooks.go', go)).toEqual([
      '13:23 POST /{app-id}/subscriptions',
      '17:18 GET /{app-id}/subscriptions',
      '21:38 DELETE /{app-id}/subscriptions',
      '26:23 POST /{page-id}/feed',
    ]);
  });

  it('they need no permission and no task, so unused-permission judges the user again', () => {
    const a = infer({ files: [{ path: 'hooks.go', text: go }], manifest: parse(MANIFEST) as Manifest });
    expect(a.unknown).toEqual([]);
    expect(a.users.map((u) => [u.name, u.calls.map((c) => `${c.method} ${c.path}`), u.permissions.needed, u.permissions.unused])).toEqual([
      [
        'pages',
        ['POST /{app-id}/subscriptions', 'GET /{app-id}/subscriptions', 'DELETE /{app-id}/subscriptions', 'POST /{page-id}/feed'],
        ['business_management', 'pages_manage_posts', 'pages_read_engagement'],
        ['ads_read'],
      ],
    ]);
  });

  it("negatives: a Page's subscriptions edge and a POST to the token endpoint stay unknown", () => {
    const js = `const G = 'https://graph.facebook.com/v20.0';
fetch(\`\${G}/\${pageId}/subscriptions\`, { method: 'POST' });
fetch(\`\${G}/oauth/access_token\`, { method: 'POST' });
`;
    expect(mapped('n.js', js)).toEqual(['2:7 POST unknown /{id}/subscriptions', '3:7 POST unknown /oauth/access_token']);
  });
});

describe("Go: a request helper's path, read at each of its call sites", () => {
  const go = `package meta

import (
	"net/http"
	"net/url"
	"os"
)

const graphBase = "https://graph.facebook.com/v20.0"

type client struct {
	http *http.Client
	base string
}

func newClient() *client { return &client{http: http.DefaultClient, base: graphBase} }

func (c *client) post(path string, body url.Values) (*http.Response, error) {
	body.Set("access_token", os.Getenv("PAGE_TOKEN"))
	return c.http.PostForm(c.base+path, body)
}

func (c *client) Publish(pageID, msg string) error {
	v := url.Values{}
	v.Set("message", msg)
	_, err := c.post("/"+pageID+"/feed", v)
	return err
}

func (c *client) Comment(postID, msg string) error {
	_, err := c.post("/"+postID+"/comments", url.Values{"message": {msg}})
	return err
}
`;

  // An unexported Go name is the package's, not the file's: another file of the package may call it, so
  // its own request stays unresolved even when every site of this file was read.
  it('an unexported helper (`post`) on a base held in a struct field: a call at each site, its own request unresolved', () => {
    expect(mapped('meta.go', go)).toEqual(['20:25 POST unresolved: computed path', '26:19 POST /{page-id}/feed', '31:19 POST /{object-id}/comments']);
  });

  it('the base as a constant of the file: the same', () => {
    expect(mapped('meta.go', go.replace('c.base+path', 'graphBase+path'))).toEqual(['20:25 POST unresolved: computed path', '26:19 POST /{page-id}/feed', '31:19 POST /{object-id}/comments']);
  });

  it('an exported helper (`Post`) may be called from other packages: its own request stays unresolved', () => {
    expect(mapped('meta.go', go.replace(/\bpost\(/g, 'Post('))).toEqual(['20:25 POST unresolved: computed path', '26:19 POST /{page-id}/feed', '31:19 POST /{object-id}/comments']);
  });

  it('an unexported helper named elsewhere in the file (a method value passed on) keeps its own request unresolved', () => {
    const passed = go.replace('\treturn err\n}\n\nfunc (c *client) Comment', '\treturn err\n}\n\nvar sender = (*client).post\n\nfunc (c *client) Comment');
    expect(mapped('meta.go', passed)).toEqual(['20:25 POST unresolved: computed path', '26:19 POST /{page-id}/feed', '33:19 POST /{object-id}/comments']);
  });

  it('a call of the helper on another value (`cl.post(…)` in a plain function) is a site read where its type is told, else not read: its own request stays unresolved', () => {
    const outside = `${go}
func Run(pageID string) {
	cl := newClient()
	cl.post("/"+pageID+"/photos", url.Values{})
}
`;
    expect(mapped('meta.go', outside)).toEqual(['20:25 POST unresolved: computed path', '26:19 POST /{page-id}/feed', '31:19 POST /{object-id}/comments', '37:10 POST /{page-id}/photos']);
    const untold = outside.replace('cl := newClient()', 'cl := lookup()');
    expect(mapped('meta.go', untold)).toEqual(['20:25 POST unresolved: computed path', '26:19 POST /{page-id}/feed', '31:19 POST /{object-id}/comments']);
  });

  it('a site whose path is not read keeps the helper public: its own request stays unresolved', () => {
    const computed = go.replace('c.post("/"+postID+"/comments"', 'c.post(pick(postID)');
    expect(mapped('meta.go', computed)).toEqual(['20:25 POST unresolved: computed path', '26:19 POST /{page-id}/feed', '31:19 GET unresolved: computed path']);
  });

  it("negatives: another type's `post` and a field of another host are no Graph calls", () => {
    const other = `package pay

import "net/http"

const stripe = "https://api.stripe.com/v1"

type client struct{ base string }

func newClient() *client { return &client{base: stripe} }

func (c *client) post(path string) (*http.Response, error) {
	return http.Post(c.base+path, "application/json", nil)
}

func (c *client) Refund(id string) { c.post("/" + id + "/refunds") }
`;
    expect(mapped('pay.go', other)).toEqual([]);
  });
});

describe('Ruby business SDK: an edge kept in a variable', () => {
  it('`edge = account.campaigns` then `edge.create(…)`: the POST of the edge, and no GET', () => {
    const rb = `require 'facebook_ads'

def launch(account_id)
  account = FacebookAds::AdAccount.get(account_id)
  campaigns = account.campaigns
  campaigns.create(name: 'Spring', objective: 'OUTCOME_TRAFFIC', status: 'PAUSED')
end

def clean(account_id)
  account = FacebookAds::AdAccount.get(account_id)
  old = account.campaigns
  old.destroy(delete_strategy: 'DELETE_ANY')
end
`;
    expect(mapped('launch.rb', rb)).toEqual(['6:3 POST /{ad-account-id}/campaigns', '12:3 DELETE /{ad-account-id}/campaigns']);
  });

  it('an edge enumerated (`each`, `all`, `map`, an argument) stays a GET; one also created is both', () => {
    const rb = `require 'facebook_ads'

def sync(account_id)
  account = FacebookAds::AdAccount.get(account_id)
  edge = account.campaigns(fields: 'name,status')
  edge.each { |c| puts c.name }
  edge.create(name: 'Copy', objective: 'OUTCOME_TRAFFIC', status: 'PAUSED')
end

def list(account_id)
  account = FacebookAds::AdAccount.get(account_id)
  ads = account.ads
  ads.all
end

def pass(account_id)
  account = FacebookAds::AdAccount.get(account_id)
  sets = account.adsets
  show(sets)
end
`;
    expect(mapped('sync.rb', rb)).toEqual([
      '5:18 GET /{ad-account-id}/campaigns',
      '7:3 POST /{ad-account-id}/campaigns',
      '12:17 GET /{ad-account-id}/ads',
      '18:18 GET /{ad-account-id}/adsets',
    ]);
  });
});

describe("Ruby Faraday: run_request on a Graph connection", () => {
  it('`conn.run_request(:post, "#{page_id}/feed", body, headers)`: the POST of /{page-id}/feed; the verb symbol says the method', () => {
    const rb = `require 'faraday'

class Publisher
  def initialize
    @conn = Faraday.new(url: 'https://graph.facebook.com/v20.0', params: { access_token: ENV['PAGE_TOKEN'] })
  end

  def publish(page_id, message)
    @conn.run_request(:post, "#{page_id}/feed", { message: message }, { 'Content-Type' => 'application/json' })
  end

  def remove(post_id)
    @conn.run_request(:delete, "/#{post_id}", nil, {})
  end

  def read(page_id)
    @conn.run_request(:get, "#{page_id}/feed", nil, nil)
  end
end
`;
    expect(mapped('publisher.rb', rb)).toEqual(['9:11 POST /{page-id}/feed', '13:11 DELETE /{post-id}', '17:11 GET /{page-id}/feed']);
  });

  it("a verb not read is unresolved; another host's connection is no Graph call", () => {
    const rb = `require 'faraday'
conn = Faraday.new(url: 'https://graph.facebook.com/v20.0')
other = Faraday.new(url: 'https://api.stripe.com')
def send_it(conn, verb, page_id)
  conn.run_request(verb, "#{page_id}/feed", nil, nil)
end
other.run_request(:post, "charges", nil, nil)
conn.run_request(:post, "#{ENV['PAGE_ID']}/feed", nil, nil)
`;
    expect(mapped('c.rb', rb)).toEqual(['5:8 GET unresolved: its HTTP method is in a value not read here', '8:6 POST /{page-id}/feed']);
  });
});

describe('Kotlin Ktor: parameter("fields", …) in the request lambda', () => {
  const kt = `import io.ktor.client.*
import io.ktor.client.request.*

const val GRAPH = "https://graph.facebook.com/v20.0"

class PageReader(private val client: HttpClient) {
    suspend fun page(pageId: String) = client.get("$GRAPH/$pageId") {
        parameter("fields", "id,name,instagram_business_account")
        parameter("access_token", System.getenv("PAGE_TOKEN"))
    }

    suspend fun feed(pageId: String) = client.get("$GRAPH/$pageId/feed") {
        parameter("limit", 10)
    }

    suspend fun computed(pageId: String, f: String) = client.get("$GRAPH/$pageId") {
        parameter("fields", f)
    }
}
`;

  it('the fields are read as a `?fields=` query is, and a field that needs more than the operation says so', () => {
    expect(mapped('PageReader.kt', kt)).toEqual([
      '7:51 GET /{page-id} ["instagram_business_account"]',
      '12:51 GET /{page-id}/feed',
      '16:66 GET /{page-id} may need instagram_basic,pages_show_list,ads_read,ads_management',
    ]);
  });

  it('the same call with the fields in its URL reads alike', () => {
    const inUrl = kt.replace('client.get("$GRAPH/$pageId") {\n        parameter("fields", "id,name,instagram_business_account")', 'client.get("$GRAPH/$pageId?fields=id,name,instagram_business_account") {');
    expect(mapped('PageReader.kt', inUrl)[0]).toBe('7:51 GET /{page-id} ["instagram_business_account"]');
  });

  it('the URL builder\'s `url { parameters.append("fields", …) }` too; another key is no field', () => {
    const built = kt
      .replace('parameter("fields", "id,name,instagram_business_account")', 'url { parameters.append("fields", "id,name,instagram_business_account") }')
      .replace('parameter("limit", 10)', 'url { parameters.append("limit", "instagram_business_account") }');
    expect(mapped('PageReader.kt', built).slice(0, 2)).toEqual(['7:51 GET /{page-id} ["instagram_business_account"]', '12:51 GET /{page-id}/feed']);
  });
});

describe('Spring RestTemplate rooted at Graph: a path template with its own query', () => {
  it('`getForObject("/{id}?fields=id,name,instagram_business_account", …, pageId)` and `?fields={f}`: the fields are read', () => {
    const java = `import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.web.client.RestTemplate;

public class PageClient {
  private final RestTemplate rest;
  public PageClient(RestTemplateBuilder b) {
    this.rest = b.rootUri("https://graph.facebook.com/v20.0").build();
  }
  public String page(String pageId) {
    return rest.getForObject("/{id}?fields=id,name,instagram_business_account", String.class, pageId);
  }
  public String feed(String pageId) {
    return rest.getForObject("/{id}/feed?fields=message&limit=5", String.class, pageId);
  }
  public String page2(String pageId) {
    return rest.getForObject("/{id}?fields={f}", String.class, pageId, "instagram_business_account");
  }
  public String page3(String pageId, String f) {
    return rest.getForObject("/{id}?fields={f}&limit={n}", String.class, pageId, f, 5);
  }
  public String page4(String pageId) {
    return rest.getForObject("/{id}?fields={f}", String.class, pageId, "name");
  }
}
`;
    expect(mapped('PageClient.java', java)).toEqual([
      '10:17 GET /{page-id} ["instagram_business_account"]',
      '13:17 GET /{page-id}/feed',
      // The fields in a template variable: the value given for it, in order; a value not read may need anything.
      '16:17 GET /{page-id} ["instagram_business_account"]',
      '19:17 GET /{page-id} may need instagram_basic,pages_show_list,ads_read,ads_management',
      '22:17 GET /{page-id}',
    ]);
  });

  it('WebClient alike: `uri("/{id}?fields={f}", pageId, "…")`', () => {
    const java = `public class A {
  private final WebClient web = WebClient.builder().baseUrl("https://graph.facebook.com/v20.0").build();
  public void p(String pageId, String f) {
    web.get().uri("/{id}?fields={f}", pageId, "instagram_business_account").retrieve();
    web.get().uri("/{id}?fields={f}", pageId, f).retrieve();
  }
}
`;
    expect(mapped('A.java', java)).toEqual([
      '4:9 GET /{page-id} ["instagram_business_account"]',
      '5:9 GET /{page-id} may need instagram_basic,pages_show_list,ads_read,ads_management',
    ]);
  });
});
