/**
 * The call reader against a hostile tester's cases (hunt A, 2026-12-06: /tmp/huntA/REPORT.md): joins kept in
 * variables, nested joins, fields set on another function's variable, clients and Retrofit interfaces of other
 * hosts, Ktor and Spring paths in variables and templates. Each case is the tester's, each expectation exact.
 */
import { describe, expect, it } from 'vitest';
import { readFileCalls } from '../../src/calls/collect.js';
import { mapped } from '../helpers/calls.js';

describe('01: a URL joined from a list, kept in a variable, then extended', () => {
  it('JavaScript [G, id].join("/"), then node + "/feed" and `${node}/photos`; the join extended inline', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v21.0';
const token = process.env.META_SHOP_TOKEN;
async function p(pageId) {
  const node = [GRAPH, pageId].join('/');
  return fetch(node + '/feed', { method: 'POST' });
}
async function q(pageId) {
  const node = [GRAPH, pageId].join('/');
  return fetch(\`\${node}/photos\`, { method: 'POST' });
}
const r = (pageId) => fetch([GRAPH, pageId].join('/') + '/feed', { method: 'POST' });
`;
    expect(mapped('a.js', js)).toEqual(['5:16 POST /{page-id}/feed', '9:16 POST /{page-id}/photos', '11:29 POST /{page-id}/feed']);
  });

  it("PHP implode, Java String.join, Ruby File.join, Go strings.Join (and Python's, which was read)", () => {
    const php = `<?php
const GRAPH = 'https://graph.facebook.com/v21.0';
function publish($pageId) {
  $node = implode('/', [GRAPH, $pageId]);
  $ch = curl_init($node . '/feed');
  curl_setopt($ch, CURLOPT_POST, true);
  return curl_exec($ch);
}
`;
    expect(mapped('a.php', php)).toEqual(['5:19 POST /{page-id}/feed']);
    const java = `import java.net.http.*;
public class A {
  static final String GRAPH = "https://graph.facebook.com/v21.0";
  void p(String pageId) throws Exception {
    String node = String.join("/", GRAPH, pageId);
    HttpRequest r = HttpRequest.newBuilder(URI.create(node + "/feed")).POST(HttpRequest.BodyPublishers.noBody()).build();
  }
}
`;
    expect(mapped('A.java', java)).toEqual(['6:55 POST /{page-id}/feed']);
    const rb = `GRAPH = 'https://graph.facebook.com/v21.0'
def p(page_id)
  node = File.join(GRAPH, page_id)
  Net::HTTP.post(URI("#{node}/feed"), '')
end
`;
    expect(mapped('a.rb', rb)).toEqual(['4:22 POST /{page-id}/feed']);
    const go = `package meta
const graph = "https://graph.facebook.com/v21.0"
func Publish(pageID string) (*http.Response, error) {
	node := strings.Join([]string{graph, pageID}, "/")
	return http.Post(node+"/feed", "application/json", nil)
}
func Page(pageID int) (*http.Response, error) {
	u := strings.Join([]string{graph, strconv.Itoa(pageID)}, "/")
	return http.Get(u + "?fields=instagram_business_account")
}
`;
    expect(mapped('m.go', go)).toEqual(['5:19 POST /{page-id}/feed', '9:18 GET /{page-id} ["instagram_business_account"]']);
    const py = `GRAPH = "https://graph.facebook.com/v21.0"
def publish(page_id):
    node = "/".join([GRAPH, page_id])
    return requests.post(node + "/feed")
`;
    expect(mapped('control.py', py)).toEqual(['4:26 POST /{page-id}/feed']);
  });
});

describe('02: a join of a list held by a variable', () => {
  it("Go strings.Join(parts, \"/\") with parts := []string{…}; JavaScript's parts.join('/'); Java's String.join of List.of", () => {
    const go = `package meta
const graph = "https://graph.facebook.com/v21.0"
func Publish(pageID string) (*http.Response, error) {
	parts := []string{graph, pageID, "feed"}
	return http.Post(strings.Join(parts, "/"), "application/json", nil)
}
`;
    expect(mapped('m.go', go)).toEqual(['5:19 POST /{page-id}/feed']);
    const js = `const GRAPH = 'https://graph.facebook.com/v21.0';
async function publish(pageId) {
  const parts = [GRAPH, pageId, 'feed'];
  return fetch(parts.join('/'), { method: 'POST' });
}
`;
    expect(mapped('a.js', js)).toEqual(['4:16 POST /{page-id}/feed']);
    const java = `public class A {
  static final String GRAPH = "https://graph.facebook.com/v21.0";
  void p(String pageId) { new HttpPost(String.join("/", List.of(GRAPH, pageId, "feed"))); }
}
`;
    expect(mapped('A.java', java)).toEqual(['3:40 POST /{page-id}/feed']);
  });
});

describe('03: joins nested a thousand deep', () => {
  const nest = (open: string, close: string, n: number) => `${open.repeat(n)}"x"${close.repeat(n)}`;
  it('are a computed path past a bounded depth, never a stack overflow (Python, PHP, Java, Go)', () => {
    const py = `GRAPH = "https://graph.facebook.com/v21.0"\nrequests.post(${nest('"/".join([GRAPH, ', '])', 1000)})\n`;
    expect(mapped('a.py', py)).toEqual(['2:15 POST unresolved: computed path']);
    const php = `<?php\nconst G = 'https://graph.facebook.com/v21.0';\n$x = file_get_contents(${nest("implode('/', [G, ", '])', 1000)});\n`;
    expect(mapped('a.php', php)).toEqual(['3:24 GET unresolved: computed path']);
    const java = `class A { static final String G = "https://graph.facebook.com/v21.0";\nvoid f(){ new HttpPost(${nest('String.join("/", G, ', ')', 1000)}); } }\n`;
    expect(mapped('A.java', java)).toEqual(['2:24 POST unresolved: computed path']);
    // Go's separator comes after the list: an outer join whose list spans more than the arguments' window
    // is not read, the innermost levels are, as a computed path.
    const go = `package m\nconst g = "https://graph.facebook.com/v21.0"\nfunc f() { http.Get(${nest('strings.Join([]string{g, ', '}, "/")', 1000)}) }\n`;
    expect(readFileCalls({ path: 'm.go', text: go }, []).calls.map((c) => `${c.line} ${c.method} ${c.reason}`)).toEqual(['3 GET computed path']);
  });

  it('a few levels deep are read whole', () => {
    const py = `GRAPH = "https://graph.facebook.com/v21.0"\ndef f(page_id):\n    requests.post("/".join(["/".join([GRAPH, page_id]), "feed"]))\n`;
    expect(mapped('a.py', py)).toEqual(['3:19 POST /{page-id}/feed']);
  });

  it('linear on 1 MB of nested joins and of joins of list variables', () => {
    const deep = `GRAPH = "https://graph.facebook.com/v21.0"\n${`requests.post(${nest('"/".join([GRAPH, ', '])', 40)})\n`.repeat(1300)}`;
    expect(deep.length).toBeGreaterThan(1_000_000);
    const calls = readFileCalls({ path: 'a.py', text: deep }, []).calls;
    expect(calls.length).toBe(1300);
    expect(new Set(calls.map((c) => c.reason))).toEqual(new Set(['computed path']));
    const vars = `const G = 'https://graph.facebook.com/v21.0';\n${'function f(pageId) { const parts = [G, pageId, "feed"]; const node = [G, pageId].join("/"); return fetch(parts.join("/") + node, { method: "POST" }); }\n'.repeat(8000)}`;
    expect(vars.length).toBeGreaterThan(1_000_000);
    expect(readFileCalls({ path: 'a.js', text: vars }, []).calls.length).toBe(8000);
  });
});

describe('04: fields set on a variable of the same name in another function', () => {
  it('are not the call’s (a local of another function); one set elsewhere on what may be the same value may ask for any field', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v21.0';
const params = new URLSearchParams({ access_token: process.env.META_SHOP_TOKEN });

function igParams() {
  const params = new URLSearchParams();
  params.set('fields', 'instagram_business_account');
  return params;
}

async function pageName(pageId) {
  return fetch(\`\${GRAPH}/\${pageId}?\${params}\`);
}
const other = new URLSearchParams();
function init() { other.set('fields', 'instagram_business_account'); }
async function c(pageId) { return fetch(\`\${GRAPH}/\${pageId}?\${other}\`); }
async function d(pageId) {
  const q = new URLSearchParams();
  if (pageId) { q.set('fields', 'instagram_business_account'); }
  return fetch(\`\${GRAPH}/\${pageId}?\${q}\`);
}
`;
    expect(mapped('page.js', js)).toEqual([
      '11:16 GET /{page-id}',
      '15:41 GET /{page-id} may need instagram_basic,pages_show_list,ads_read,ads_management',
      '19:16 GET /{page-id} ["instagram_business_account"]',
    ]);
    const py = `import os
import requests

GRAPH = "https://graph.facebook.com/v21.0"
params = {"access_token": os.environ["META_SHOP_TOKEN"]}


def ig_params():
    params = {"access_token": os.environ["META_SHOP_TOKEN"]}
    params["fields"] = "instagram_business_account"
    return params


def page_name(page_id):
    return requests.get(f"{GRAPH}/{page_id}", params=params).json()

shared = {}
shared["fields"] = "instagram_business_account"

def page_ig(page_id):
    return requests.get(f"{GRAPH}/{page_id}", params=shared)
`;
    expect(mapped('page.py', py)).toEqual(['15:25 GET /{page-id}', '21:25 GET /{page-id} ["instagram_business_account"]']);
  });

  it('a parameter of the name hides the value of the file’s own variable', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v21.0';
const params = { fields: 'instagram_business_account' };
async function f(pageId, params) { return axios.get(\`\${GRAPH}/\${pageId}\`, { params }); }
`;
    expect(mapped('a.js', js)).toEqual(['3:53 GET /{page-id} may need instagram_basic,pages_show_list,ads_read,ads_management']);
  });

  it('linear on 1 MB of functions that each shadow the variable and set its fields', () => {
    const text = `const GRAPH = 'https://graph.facebook.com/v21.0';\nconst params = new URLSearchParams();\n${"function f(pageId) {\n  const params = new URLSearchParams();\n  params.set('fields', 'id');\n  return params;\n}\n".repeat(12_000)}${'const g = (pageId) => fetch(`${GRAPH}/${pageId}?${params}`);\n'.repeat(2000)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const calls = readFileCalls({ path: 'a.js', text }, []).calls;
    expect(calls.length).toBe(2000);
    expect(calls.every((c) => c.fields === undefined)).toBe(true);
    const py = `GRAPH = "https://graph.facebook.com/v21.0"\n${'def f(page_id):\n    params = {}\n    params["fields"] = "id"\n    return requests.get(f"{GRAPH}/{page_id}", params=params)\n'.repeat(10_000)}`;
    expect(py.length).toBeGreaterThan(1_000_000);
    expect(readFileCalls({ path: 'a.py', text: py }, []).calls.length).toBe(10_000);
    // One line of half a megabyte among short ones (the indentation of a Python file is read in one walk).
    const line = `GRAPH = "https://graph.facebook.com/v21.0"\nx = [${'a, '.repeat(200_000)}]\n${'y = 1\n'.repeat(2000)}requests.get(f"{GRAPH}/me")\n`;
    expect(mapped('b.py', line)).toEqual(['2003:14 GET /{user-id}']);
  });
});

describe('05: Retrofit interfaces of another host', () => {
  it('an interface created with a Retrofit of another base URL is no Graph client; the Graph one is', () => {
    const kt = `import retrofit2.Retrofit
import retrofit2.http.*
const val BASE_URL = "https://graph.facebook.com/v21.0/"
interface GraphApi {
    @POST("{page-id}/feed")
    suspend fun publish(@Path("page-id") pageId: String): Post
}
interface AnalyticsApi {
    @POST("events")
    suspend fun track(@Body e: Event)
    @DELETE("users/{id}")
    suspend fun forget(@Path("id") id: String)
}
val graph = Retrofit.Builder().baseUrl(BASE_URL).build().create(GraphApi::class.java)
val analytics = Retrofit.Builder().baseUrl("https://analytics.acme.io/").build().create(AnalyticsApi::class.java)
`;
    expect(mapped('Api.kt', kt)).toEqual(['5:5 POST /{page-id}/feed']);
  });

  it("a file whose one Retrofit base URL is another host's (BuildConfig.API_URL) reads none, though it holds a Graph constant", () => {
    const kt = `import retrofit2.Retrofit
import retrofit2.http.*
const val GRAPH_URL = "https://graph.facebook.com/v21.0"
interface BackendApi {
    @POST("orders/{orderId}/cancel")
    suspend fun cancel(@Path("orderId") orderId: String)
    @DELETE("{orderId}")
    suspend fun delete(@Path("orderId") orderId: String)
}
fun backend(): BackendApi = Retrofit.Builder().baseUrl(BuildConfig.API_URL).build().create(BackendApi::class.java)
fun me(http: OkHttpClient) = http.newCall(Request.Builder().url("$GRAPH_URL/me").build()).execute()
`;
    expect(mapped('Net.kt', kt)).toEqual(['11:65 GET /{user-id}']);
  });

  it('a Retrofit client in a variable creates the interface (retrofit.create(GraphApi.class)); the file’s one Graph base URL covers an interface created elsewhere', () => {
    const java = `import retrofit2.Retrofit;
interface GraphApi { @DELETE("{post-id}") Call<Void> remove(@Path("post-id") String postId); }
interface ShopApi { @DELETE("{orderId}") Call<Void> cancel(@Path("orderId") String id); }
class G {
  Retrofit graph = new Retrofit.Builder().baseUrl("https://graph.facebook.com/v21.0/").build();
  Retrofit shop = new Retrofit.Builder().baseUrl("https://shop.example.com/").build();
  GraphApi g = graph.create(GraphApi.class);
  ShopApi s = shop.create(ShopApi.class);
}
`;
    expect(mapped('G.java', java)).toEqual(['2:22 DELETE /{post-id}']);
    const one = `import retrofit2.Retrofit;
interface GraphApi { @DELETE("{post-id}") Call<Void> remove(@Path("post-id") String postId); }
class G { Retrofit graph = new Retrofit.Builder().baseUrl("https://graph.facebook.com/v21.0/").build(); }
`;
    expect(mapped('G.java', one)).toEqual(['2:22 DELETE /{post-id}']);
  });
});

describe('05, 10: linear', () => {
  it('on 1 MB of Retrofit interfaces, builders and create() calls, and of Spring uri builder functions', () => {
    const retrofit = `import retrofit2.Retrofit\n${Array.from({ length: 5000 }, (_, n) => `interface A${n} {\n    @DELETE("{post-id}")\n    suspend fun remove(@Path("post-id") postId: String)\n}\nval r${n} = Retrofit.Builder().baseUrl(${n % 2 ? '"https://graph.facebook.com/v21.0/"' : '"https://api.example.com/"'}).build()\nval a${n} = r${n}.create(A${n}::class.java)\n`).join('')}`;
    expect(retrofit.length).toBeGreaterThan(1_000_000);
    const calls = readFileCalls({ path: 'Api.kt', text: retrofit }, []).calls;
    expect(calls.length).toBe(2500);
    expect(calls.every((c) => c.path === '/{post-id}' && c.method === 'DELETE')).toBe(true);
    const spring = `class S { static final String GRAPH = "https://graph.facebook.com/v21.0"; RestClient rest = RestClient.create(GRAPH);\n${'String p(String pageId) { return rest.get().uri(b -> b.path("/{id}").queryParam("fields", "instagram_business_account").build(pageId)).retrieve().body(String.class); }\n'.repeat(7000)}}\n`;
    expect(spring.length).toBeGreaterThan(1_000_000);
    const read = readFileCalls({ path: 'S.java', text: spring }, []).calls;
    expect(read.length).toBe(7000);
    expect(read.every((c) => c.path === '/{page-id}')).toBe(true);
  });
});

describe('06: a client of another host under the name of a Graph client', () => {
  it("Go resty's c and axios's http made with another base URL in another function are not Graph's", () => {
    const go = `package meta
const graph = "https://graph.facebook.com/v21.0"
func Publish(pageID string, msg string) error {
	c := resty.New().SetBaseURL(graph)
	_, err := c.R().SetBody(map[string]string{"message": msg}).Post("/" + pageID + "/feed")
	return err
}
func PayInvoice(invoiceID string) error {
	c := resty.New().SetBaseURL("https://billing.internal/api")
	_, err := c.R().Post("/invoices/" + invoiceID + "/pay")
	return err
}
`;
    expect(mapped('billing.go', go)).toEqual(['5:61 POST /{page-id}/feed']);
    const js = `const axios = require('axios');
function graphClient() {
  const http = axios.create({ baseURL: 'https://graph.facebook.com/v21.0' });
  return http;
}
async function refund(chargeId) {
  const http = axios.create({ baseURL: 'https://api.stripe.com/v1' });
  await http.post(\`/refunds\`, { charge: chargeId });
  await http({ url: \`/customers/\${chargeId}\`, method: 'delete' });
  await http(\`/products/\${chargeId}\`, { method: 'post' });
}
`;
    expect(mapped('clients.js', js)).toEqual([]);
  });

  it('a module’s Graph client stays Graph’s in a function that makes none, and in one given it as a parameter of the name', () => {
    const js = `const http = axios.create({ baseURL: 'https://graph.facebook.com/v21.0' });
async function a(pageId) { await http.post(\`/\${pageId}/feed\`); }
async function b(http, pageId) { await http.post(\`/\${pageId}/feed\`); }
class C { constructor() { this.api = axios.create({ baseURL: 'https://graph.facebook.com/v21.0' }); } d(postId) { return this.api.delete(\`/\${postId}\`); } }
`;
    expect(mapped('a.js', js)).toEqual(['2:39 POST /{page-id}/feed', '3:45 POST /{page-id}/feed', '4:131 DELETE /{post-id}']);
  });

  it('linear on 1 MB of functions that each make a client of the name', () => {
    const text = `${"function f(pageId) {\n  const c = axios.create({ baseURL: 'https://graph.facebook.com/v21.0' });\n  return c.post(`/${pageId}/feed`);\n}\nfunction g(id) {\n  const c = axios.create({ baseURL: 'https://api.example.com' });\n  return c.post(`/${id}/feed`);\n}\n".repeat(4000)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const calls = readFileCalls({ path: 'a.js', text }, []).calls;
    expect(calls.length).toBe(4000);
    expect(calls.every((c) => c.line % 8 === 3)).toBe(true);
  });
});

describe('09: Ktor client.request(path) { method = … } with the path in a variable', () => {
  it('is read with its method, as client.request("$postId") and client.delete(postId) are', () => {
    const kt = `val client = HttpClient(CIO) { defaultRequest { url("https://graph.facebook.com/v21.0/") } }
suspend fun remove(postId: String) = client.request("$postId") { method = HttpMethod.Delete }
suspend fun remove2(postId: String) = client.request(postId) { method = HttpMethod.Delete }
suspend fun remove3(postId: String) = client.delete(postId)
`;
    expect(mapped('G.kt', kt)).toEqual(['2:45 DELETE /{post-id}', '3:46 DELETE /{post-id}', '4:46 DELETE /{post-id}']);
  });
});

describe('10: Spring URI template variables', () => {
  it('name the node by the values given for them (uri(template, vars), a builder’s build(vars)); a value with no name keeps {id}', () => {
    const java = `public class GraphService {
    private static final String GRAPH = "https://graph.facebook.com/v21.0";
    private final RestClient rest = RestClient.create(GRAPH);
    public String page(String pageId) {
        return rest.get().uri(b -> b.path("/{id}").queryParam("fields", "instagram_business_account").build(pageId)).retrieve().body(String.class);
    }
    public void remove(String postId) {
        rest.method(HttpMethod.DELETE).uri("/{id}", postId).retrieve().toBodilessEntity();
    }
    public void publish(Page page) {
        rest.post().uri("/{id}/feed", page.getId()).retrieve().toBodilessEntity();
    }
}
`;
    expect(mapped('GraphService.java', java)).toEqual([
      '5:21 GET /{page-id} ["instagram_business_account"]',
      '8:14 DELETE /{post-id}',
      '11:14 POST /{page-id}/feed',
    ]);
  });
});

describe('11: a variable edge', () => {
  it('is unresolved in a join as in an f-string and a concatenation (a name ending in "me" is no `me`)', () => {
    const py = `GRAPH = "https://graph.facebook.com/v21.0"
def edge(page_id, edge_name):
    return requests.get(f"{GRAPH}/{page_id}/{edge_name}")
def edge2(page_id, edge_name):
    return requests.get("/".join([GRAPH, page_id, edge_name]))
def edge3(page_id, edge_name):
    return requests.get(GRAPH + "/" + page_id + "/" + edge_name)
def edge4(page_id):
    return requests.get("/".join([GRAPH, page_id, EDGES[0]]))
def me():
    return requests.get(f"{GRAPH}/{me}")
`;
    expect(mapped('m.py', py)).toEqual([
      '3:25 GET unresolved: variable edge',
      '5:25 GET unresolved: variable edge',
      '7:25 GET unresolved: variable edge',
      '9:25 GET unresolved: computed path',
      '11:25 GET /{user-id}',
    ]);
  });
});

describe('12: a value made a string inside a join', () => {
  it('strconv.Itoa, encodeURIComponent, a member chain: read as in a concatenation', () => {
    const go = `package meta
const graph = "https://graph.facebook.com/v21.0"
func Page(pageID int) (*http.Response, error) {
	return http.Get(strings.Join([]string{graph, strconv.Itoa(pageID)}, "/"))
}
func PageConcat(pageID int) (*http.Response, error) {
	return http.Get(graph + "/" + strconv.Itoa(pageID))
}
`;
    expect(mapped('m.go', go)).toEqual(['4:18 GET /{page-id}', '7:18 GET /{page-id}']);
    const js = `const GRAPH = 'https://graph.facebook.com/v21.0';\nconst f = (pageId) => fetch([GRAPH, encodeURIComponent(pageId), 'feed'].join('/'), { method: 'POST' });\n`;
    expect(mapped('a.js', js)).toEqual(['2:29 POST /{page-id}/feed']);
    const py = `GRAPH = "https://graph.facebook.com/v21.0"\nclass P:\n    def f(self):\n        return requests.post("/".join([GRAPH, self.page_id, "feed"]))\n`;
    expect(mapped('a.py', py)).toEqual(['4:30 POST /{page-id}/feed']);
  });
});

describe('scopes read without losing calls (a third hunt)', () => {
  it("PHP: what a closure's `use` lists is captured, not a parameter; its own parameters are", () => {
    const php = `<?php
$graph = new \\GuzzleHttp\\Client(['base_uri' => 'https://graph.facebook.com/v21.0/']);
$remove = function ($postId) use ($graph) {
    $graph->delete("{$postId}");
};
$read = function ($pageId) use ($graph) {
    return $graph->get("{$pageId}", ['query' => ['fields' => 'instagram_business_account']]);
};
`;
    expect(mapped('a.php', php)).toEqual(['4:13 DELETE /{post-id}', '7:20 GET /{page-id} ["instagram_business_account"]']);
  });

  it('Python: a parameter whose default is the file’s value of the name (`client=client`) holds that value', () => {
    const py = `import httpx

client = httpx.Client(base_url="https://graph.facebook.com/v21.0")
method = "POST"

def publish(page_id, message, client=client):
    return client.post(f"/{page_id}/feed", data={"message": message})
`;
    expect(mapped('a.py', py)).toEqual(['7:19 POST /{page-id}/feed']);
  });

  it('Python: a client given as a parameter of the Graph client’s name is taken for it (a write missed would be silent)', () => {
    const py = `import httpx

GRAPH = "https://graph.facebook.com/v21.0"

def publish(client, page_id, message):
    return client.post(f"/{page_id}/feed", data={"message": message})

def main():
    with httpx.Client(base_url=GRAPH) as client:
        publish(client, "123", "hi")
`;
    expect(mapped('a.py', py)).toEqual(['6:19 POST /{page-id}/feed']);
  });
});
