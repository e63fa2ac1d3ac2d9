/**
 * JVM (Java, Kotlin) and Go HTTP clients: where the method is written apart from the URL (before it, in a
 * lambda, in a builder, in an annotation), each call is read with its own method and path, or is
 * unresolved; never a GET it is not, never unseen.
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
