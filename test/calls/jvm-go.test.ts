/**
 * JVM (Java, Kotlin) and Go HTTP clients: where the method is written apart from the URL (before it, in a
 * lambda, in a builder, in an annotation), each call is read with its own method and path, or is
 * unresolved; never a GET it is not, never unseen.
 */
import { describe, expect, it } from 'vitest';
import { readFileCalls } from '../../src/calls/collect.js';
import { findCallSites } from '../../src/calls/sites.js';

/** `line:column METHOD table-path|status` per call, matched against data/endpoints.json. */
function mapped(path: string, text: string): string[] {
  return readFileCalls({ path, text }, []).calls.map((c) => {
    const what = c.status === 'mapped' ? c.path : c.status === 'unknown' ? `unknown ${c.path}` : `unresolved: ${c.reason}`;
    return `${c.line}:${c.column} ${c.method} ${what}`;
  });
}

describe("Spring's WebClient and RestClient made with a Graph base URL: the method before the uri", () => {
  it('reads post().uri(template, vars), a uri builder function, method(HttpMethod.X) and delete() (Java)', () => {
    const java = `class Pages {
  static final String GRAPH = "https://graph.facebook.com/v21.0";
  private final WebClient client = WebClient.builder().baseUrl(GRAPH).build();
  void a(String pageId) { client.post().uri("/{id}/feed", pageId).bodyValue(body).retrieve(); }
  void b(String pageId) { client.post().uri(uriBuilder -> uriBuilder.path("/" + pageId + "/photos").build()).retrieve(); }
  void c(String pageId) { client.method(HttpMethod.POST).uri("/{page-id}/feed", pageId).retrieve(); }
  void d(String postId) { this.client.delete().uri("/{post-id}", postId).retrieve(); }
  void e(String pageId) { client.get().uri(b -> b.path("/{page-id}").queryParam("fields", "instagram_business_account").build(pageId)).retrieve(); }
}
`;
    expect(mapped('src/Pages.java', java)).toEqual([
      '4:34 POST /{page-id}/feed',
      '5:34 POST /{page-id}/photos',
      '6:34 POST /{page-id}/feed',
      '7:39 DELETE /{post-id}',
      '8:34 GET /{page-id}',
    ]);
    expect(readFileCalls({ path: 'src/Pages.java', text: java }, []).calls[4]!.fields).toEqual(['instagram_business_account']);
  });

  it('reads the Kotlin forms, RestClient.create(base), and the method chained before a full URL', () => {
    const kt = `val GRAPH = "https://graph.facebook.com/v21.0"
val client = WebClient.builder().baseUrl(GRAPH).build()
fun a(pageId: String) = client.post().uri("/{id}/feed", pageId).bodyValue(body).retrieve()
fun b(pageId: String) = client.post().uri { it.path("/$pageId/feed").build() }.retrieve()
fun c(postId: String) = client.delete().uri("/$postId").retrieve()
val rest = RestClient.create(GRAPH)
fun d(pageId: String) = rest.post().uri("/{page-id}/photos", pageId).body(b).retrieve()
fun e(pageId: String) = WebClient.create().method(HttpMethod.POST).uri("$GRAPH/$pageId/feed").retrieve()
`;
    expect(mapped('src/Pages.kt', kt)).toEqual([
      '3:32 POST /{page-id}/feed',
      '4:32 POST /{page-id}/feed',
      '5:32 DELETE /{post-id}',
      '7:30 POST /{page-id}/photos',
      '8:72 POST /{page-id}/feed',
    ]);
  });

  it('uri(URI.create(…)) on a base-URL client: a relative path is read as one, a full URL once, by the URL pass', () => {
    const java = `class A {
  static final String GRAPH = "https://graph.facebook.com/v21.0";
  WebClient client = WebClient.create(GRAPH);
  void a(String pageId) { client.post().uri(URI.create(GRAPH + "/" + pageId + "/feed")).retrieve(); }
  void b(String pageId) { client.post().uri(URI.create("/" + pageId + "/photos")).retrieve(); }
}
`;
    expect(mapped('src/A.java', java)).toEqual(['4:56 POST /{page-id}/feed', '5:34 POST /{page-id}/photos']);
  });

  it('a method or a path it does not read makes the call unresolved, never a GET', () => {
    const java = `class P {
  WebClient client = WebClient.create("https://graph.facebook.com/v21.0");
  void a(String pageId, HttpMethod m) { client.method(m).uri("/{page-id}/feed", pageId).retrieve(); }
  void b(String pageId) { client.post().uri(this::feedUri).retrieve(); }
  void c(String pageId) { client.post().uri(b -> b.path("/" + pageId).path("/feed").build()).retrieve(); }
  void d(String pageId, HttpMethod m) { WebClient.create().method(m).uri("https://graph.facebook.com/v21.0/" + pageId + "/feed").retrieve(); }
}
`;
    expect(mapped('src/P.java', java)).toEqual([
      '3:48 GET unresolved: its HTTP method is in a value not read here',
      '4:34 POST unresolved: computed path',
      '5:34 POST unresolved: computed path',
      '6:74 GET unresolved: its HTTP method is in a value not read here',
    ]);
  });
});

describe('Ktor: the method in the request builder, submitForm, and a client made with a Graph base URL', () => {
  it('reads method = HttpMethod.X in the builder lambda, around url(…) and on a builder variable; submitForm is a POST', () => {
    const kt = `const val GRAPH = "https://graph.facebook.com/v21.0"
suspend fun a(pageId: String) = client.request("$GRAPH/$pageId/feed") { method = HttpMethod.Post; setBody(body) }
suspend fun b(pageId: String) = client.post("$GRAPH/$pageId/photos") { setBody(body) }
suspend fun c(pageId: String, m: String) = client.submitForm(url = "$GRAPH/$pageId/feed", formParameters = parameters { append("message", m) })
suspend fun d(pageId: String, m: String) = client.submitForm("$GRAPH/$pageId/feed", parameters { append("message", m) })
suspend fun e(pageId: String) = client.submitFormWithBinaryData(url = "$GRAPH/$pageId/photos", formData = formData { })
suspend fun f(postId: String) = client.request { url("$GRAPH/$postId"); method = HttpMethod.Delete }
suspend fun g(postId: String) {
  val builder = HttpRequestBuilder()
  builder.url("$GRAPH/$postId")
  builder.method = HttpMethod.Delete
  client.request(builder)
}
suspend fun h(pageId: String) = client.post { url("$GRAPH/$pageId/feed") }
suspend fun i(pageId: String) = client.request(HttpRequestBuilder().apply { method = HttpMethod.Post; url("$GRAPH/$pageId/feed") })
suspend fun j(pageId: String) = client.request("$GRAPH/$pageId/feed")
`;
    expect(mapped('src/Pages.kt', kt)).toEqual([
      '2:48 POST /{page-id}/feed',
      '3:45 POST /{page-id}/photos',
      '4:68 POST /{page-id}/feed',
      '5:62 POST /{page-id}/feed',
      '6:71 POST /{page-id}/photos',
      '7:54 DELETE /{post-id}',
      '10:15 DELETE /{post-id}',
      '14:51 POST /{page-id}/feed',
      '15:107 POST /{page-id}/feed',
      '16:48 GET /{page-id}/feed',
    ]);
  });

  it('a method it does not read makes the call unresolved; submitForm with encodeInQuery = true is a GET', () => {
    const kt = `const val GRAPH = "https://graph.facebook.com/v21.0"
suspend fun a(pageId: String, m: HttpMethod) = client.request("$GRAPH/$pageId/feed") { method = m }
suspend fun b(pageId: String, q: Boolean) = client.submitForm("$GRAPH/$pageId/feed", parameters { }, q)
suspend fun c(pageId: String) = client.submitForm(url = "$GRAPH/$pageId/feed", formParameters = parameters { }, encodeInQuery = true)
suspend fun d(postId: String) = client.request { url("$GRAPH/$postId"); method = HttpMethod.parse(verb) }
`;
    expect(mapped('src/P.kt', kt)).toEqual([
      '2:63 GET unresolved: its HTTP method is in a value not read here',
      '3:63 GET unresolved: its HTTP method is in a value not read here',
      '4:57 GET /{page-id}/feed',
      '5:54 GET unresolved: its HTTP method is in a value not read here',
    ]);
  });

  it('a client made with defaultRequest { url(GRAPH) }: its relative paths, with the method of the call or its builder, and parameter("fields", …)', () => {
    const kt = `val client = HttpClient(CIO) {
  install(ContentNegotiation) { json() }
  defaultRequest { url("https://graph.facebook.com/v21.0/") }
}
suspend fun a(pageId: String) = client.post("$pageId/feed") { setBody(b) }
suspend fun b(pageId: String) = client.request("$pageId/feed") { method = HttpMethod.Post }
suspend fun c(pageId: String) = client.submitForm("$pageId/feed", parameters { append("message", m) })
suspend fun d(pageId: String) = client.get("$pageId") { parameter("fields", "instagram_business_account") }
suspend fun e(pageId: String, m: HttpMethod) = client.request("$pageId/feed") { method = m }
suspend fun f(postId: String) = client.delete(urlString = "$postId")
`;
    expect(mapped('src/Client.kt', kt)).toEqual([
      '5:40 POST /{page-id}/feed',
      '6:40 POST /{page-id}/feed',
      '7:40 POST /{page-id}/feed',
      '8:40 GET /{page-id}',
      '9:55 GET unresolved: its HTTP method is in a value not read here',
      '10:40 DELETE /{post-id}',
    ]);
    expect(readFileCalls({ path: 'src/Client.kt', text: kt }, []).calls[3]!.fields).toEqual(['instagram_business_account']);
    const install = `private const val GRAPH = "https://graph.facebook.com/v21.0/"
val graph = HttpClient(OkHttp) {
  install(HttpTimeout) { requestTimeoutMillis = 5000 }
  install(DefaultRequest) { url(GRAPH) }
}
suspend fun a(postId: String) = graph.delete(postId)
`;
    expect(mapped('src/Graph.kt', install)).toEqual(['6:39 DELETE /{post-id}']);
  });

  it('bounded on hostile shapes: a lambda of 20,000 url(…) calls, 3,000 nested client configurations', () => {
    const many = `const val GRAPH = "https://graph.facebook.com/v21.0"\nsuspend fun f() = client.request {\n${'url("$GRAPH/$pageId/feed"); x = y\n'.repeat(20_000)}method = HttpMethod.Post }\n`;
    const calls = findCallSites(many, 'src/Many.kt');
    // Each url(…) looks a bounded window around it for its method: the last ones see the POST.
    expect(calls.length).toBe(20_000);
    expect(calls[calls.length - 1]!.method).toBe('POST');
    const nested = `${'val c = HttpClient { '.repeat(3000)}${'}'.repeat(3000)}\nfun f(pageId: String) = c.post("$pageId/feed")\n// graph.facebook.com\n`;
    expect(mapped('src/Nested.kt', nested)).toEqual([]);
  });
});

describe('a method given as a value of its own (Java builders, RestTemplate, Apache HttpClient, Go net/http)', () => {
  it('reads a method written there, and makes the call unresolved where the method is a value not read here (Java)', () => {
    const java = `class J {
  static final String GRAPH = "https://graph.facebook.com/v21.0";
  void a(String pageId, String verb) { Request r = new Request.Builder().url(GRAPH + "/" + pageId + "/feed").method(verb, body).build(); }
  void b(String pageId, String verb) { HttpRequest r = HttpRequest.newBuilder().uri(URI.create(GRAPH + "/" + pageId + "/feed")).method(verb, BodyPublishers.noBody()).build(); }
  void c(String pageId, HttpMethod m) { rest.exchange(GRAPH + "/" + pageId + "/feed", m, entity, String.class); }
  void d(String pageId) { HttpPost post = new HttpPost(GRAPH + "/" + pageId + "/feed"); }
  void e(String postId) { http.execute(new HttpDelete(GRAPH + "/" + postId)); }
  void f(String pageId) { HttpRequest r = HttpRequest.newBuilder(URI.create(GRAPH + "/" + pageId + "/feed")).POST(BodyPublishers.ofString(b)).build(); }
  void g(String postId) { HttpRequest r = HttpRequest.newBuilder().uri(URI.create(GRAPH + "/" + postId)).method("DELETE", BodyPublishers.noBody()).build(); }
}
`;
    expect(mapped('src/J.java', java)).toEqual([
      '3:78 GET unresolved: its HTTP method is in a value not read here',
      '4:96 GET unresolved: its HTTP method is in a value not read here',
      '5:55 GET unresolved: its HTTP method is in a value not read here',
      '6:56 POST /{page-id}/feed',
      '7:55 DELETE /{post-id}',
      '8:77 POST /{page-id}/feed',
      '9:83 DELETE /{post-id}',
    ]);
  });

  it('http.NewRequest(method, url, body) with a method not read here is unresolved; http.PostForm and "" (a GET) are read (Go)', () => {
    const go = `package pages
const graph = "https://graph.facebook.com/v21.0"
func a(pageID, m string) { req, _ := http.NewRequest(m, graph+"/"+pageID+"/feed", nil); _ = req }
func b(pageID string) { req, _ := http.NewRequestWithContext(ctx, verb(), graph+"/"+pageID+"/feed", nil); _ = req }
func c(pageID string) { req, _ := http.NewRequest(http.MethodPost, graph+"/"+pageID+"/feed", body); _ = req }
func d(pageID string) { const method = "POST"; req, _ := http.NewRequest(method, graph+"/"+pageID+"/photos", nil); _ = req }
func e(pageID string) { http.PostForm(graph+"/"+pageID+"/feed", url.Values{"message": {m}}) }
func f(pageID string) { req, _ := http.NewRequest("", graph+"/"+pageID+"/feed", nil); _ = req }
`;
    expect(mapped('pages/post.go', go)).toEqual([
      '3:57 GET unresolved: its HTTP method is in a value not read here',
      '4:75 GET unresolved: its HTTP method is in a value not read here',
      '5:68 POST /{page-id}/feed',
      '6:82 POST /{page-id}/photos',
      '7:39 POST /{page-id}/feed',
      '8:55 GET /{page-id}/feed',
    ]);
  });
});

describe('Retrofit: request annotations on an interface whose base URL is the Graph API', () => {
  it('reads @POST/@DELETE/@GET/@HTTP with relative paths, at the annotation, and @Query("fields") (Java)', () => {
    const java = `import retrofit2.Retrofit;
import retrofit2.http.*;
interface GraphApi {
  @POST("{page-id}/feed") Call<Post> publish(@Path("page-id") String pageId, @Body Post p);
  @DELETE("{post-id}") Call<Void> remove(@Path("post-id") String postId);
  @GET("{page-id}") Call<Page> page(@Path("page-id") String pageId, @Query("fields") String fields);
  @FormUrlEncoded @POST("/{pageId}/photos") Call<Post> photo(@Path("pageId") String pageId);
  @HTTP(method = "DELETE", path = "{page-id}/subscribed_apps", hasBody = true) Call<Void> unsubscribe(@Path("page-id") String id);
  @HTTP(method = VERB, path = "{page-id}/feed") Call<Void> any(@Path("page-id") String id);
  @POST("https://graph.facebook.com/v21.0/{page-id}/comments") Call<Post> comment(@Path("page-id") String id);
}
class Graph { static GraphApi api() { return new Retrofit.Builder().baseUrl("https://graph.facebook.com/v21.0/").build().create(GraphApi.class); } }
`;
    expect(mapped('src/GraphApi.java', java)).toEqual([
      '4:3 POST /{page-id}/feed',
      '5:3 DELETE /{post-id}',
      '6:3 GET /{page-id}',
      '7:19 POST /{page-id}/photos',
      '8:3 DELETE /{page-id}/subscribed_apps',
      '9:3 GET unresolved: its HTTP method is in a value not read here',
      '10:9 POST /{object-id}/comments',
    ]);
    // `@Query("fields") String fields`: the fields are a value not read here, what they may need is kept.
    expect(readFileCalls({ path: 'src/GraphApi.java', text: java }, []).calls[2]!.mayNeed).toEqual(['instagram_basic', 'pages_show_list', 'ads_read', 'ads_management']);
  });

  it('a Kotlin interface with its base URL in a constant: a @Query("fields") default is the fields; another base URL is no Graph client', () => {
    const kt = `import retrofit2.http.*
interface GraphApi {
  @GET("{page-id}") suspend fun page(@Path("page-id") id: String, @Query("fields") fields: String = "instagram_business_account"): Page
  @PATCH("{page-id}") suspend fun update(@Path("page-id") id: String, @Body p: PageUpdate): Result
  companion object { const val BASE_URL = "https://graph.facebook.com/v21.0/" }
}
`;
    expect(mapped('src/GraphApi.kt', kt)).toEqual(['3:3 GET /{page-id}', '4:3 POST /{page-id}']);
    expect(readFileCalls({ path: 'src/GraphApi.kt', text: kt }, []).calls[0]!.fields).toEqual(['instagram_business_account']);
    const other = `import retrofit2.http.*
interface Shop { @POST("{page-id}/feed") fun publish(@Path("page-id") id: String): Call<Post> }
const val GRAPH = "https://graph.facebook.com/v21.0"
val shop = Retrofit.Builder().baseUrl("https://api.example.com/").build()
`;
    expect(mapped('src/Shop.kt', other)).toEqual([]);
  });
});

describe("Go's resty: a client made with SetBaseURL(graph)", () => {
  it('reads client.R()…Post(path) with the chain’s own method; a full URL as before', () => {
    const go = `package pages
const graph = "https://graph.facebook.com/v21.0"
var client = resty.New().SetBaseURL(graph)
func a(pageID string) { client.R().SetFormData(form).Post("/" + pageID + "/feed") }
func b(postID string) { client.R().Delete("/" + postID) }
func c(pageID string) { resty.New().R().Post(graph + "/" + pageID + "/photos") }
`;
    expect(mapped('pages/resty.go', go)).toEqual(['4:54 POST /{page-id}/feed', '5:36 DELETE /{post-id}', '6:46 POST /{page-id}/photos']);
  });
});

describe('Go: a method set on the request after NewRequest', () => {
  it('req.Method = … after http.NewRequest("GET", …) is the request’s method; a value not read makes it unresolved; another variable or function is not it', () => {
    const go = `package main

const graph = "https://graph.facebook.com/v21.0"

func remove(postID string) error {
	req, err := http.NewRequest("GET", graph+"/"+postID, nil)
	if err != nil {
		return err
	}
	req.Method = http.MethodDelete
	_, err = http.DefaultClient.Do(req)
	return err
}

func publish(pageID string, m string) {
	req, _ := http.NewRequest(http.MethodGet, graph+"/"+pageID+"/feed", nil)
	req.Method = m
}

func read(pageID string) {
	req, _ := http.NewRequest("GET", graph+"/"+pageID, nil)
	other.Method = "POST"
	_ = req
}

func later(pageID string) {
	req, _ := http.NewRequest("GET", graph+"/"+pageID, nil)
	_ = req
}

func elsewhere(req *http.Request) {
	req.Method = "POST"
}
`;
    expect(mapped('main.go', go)).toEqual([
      '6:37 DELETE /{post-id}',
      '16:44 GET unresolved: its HTTP method is in a value not read here',
      '21:35 GET /{page-id}',
      '27:35 GET /{page-id}',
    ]);
  });
});
