/**
 * The call reader against a hostile tester's Java, Kotlin and Go cases (hunt E, 2026-12-05: /tmp/huntE/REPORT.md,
 * E1, E2, E5, E6, E9, E11-E13, E15-E18, E20, E21): URLs held in variables and given to request builders,
 * HttpURLConnection's method, URL builders, resty clients in struct fields, Go's url.Parse and url.URL, the
 * Java SDK on typed parameters and Kotlin objects, batches, Retrofit's @Path, and token attribution.
 * Each case is the tester's (or its shape), each expectation exact.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';
import { findSecretReferences } from '../../src/scan/references.js';

describe('E1: a URL held in a variable, then given to a Java/Kotlin request builder', () => {
  it("OkHttp's Request.Builder().url(url), java.net.http's uri(URI.create(url)) and newBuilder(uri), URL.openConnection(), Kotlin", () => {
    const okhttp = `import okhttp3.*;
public class FeedPoster {
  private static final String GRAPH = "https://graph.facebook.com/v19.0";
  public void post(String pageId, RequestBody body) throws Exception {
    String url = GRAPH + "/" + pageId + "/feed";
    Request request = new Request.Builder().url(url).post(body).build();
  }
}
`;
    expect(mapped('FeedPoster.java', okhttp)).toEqual(['6:49 POST /{page-id}/feed']);
    const jdk = `import java.net.URI;
import java.net.http.*;
public class Ship {
  private static final String GRAPH = "https://graph.facebook.com/v19.0";
  public void ship(String orderId, String json) throws Exception {
    String url = GRAPH + "/" + orderId + "/shipments";
    HttpRequest request = HttpRequest.newBuilder()
        .uri(URI.create(url))
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }
  public void ship2(String orderId) throws Exception {
    URI uri = URI.create(GRAPH + "/" + orderId + "/shipments");
    HttpRequest r = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build();
  }
}
`;
    expect(mapped('Ship.java', jdk)).toEqual(['8:25 POST /{order-id}/shipments', '14:44 POST /{order-id}/shipments']);
    const conn = `import java.net.*;
public class Capi {
  private static final String GRAPH = "https://graph.facebook.com/v19.0/";
  public int send(String pixelId) throws Exception {
    URL url = new URL(GRAPH + pixelId + "/events?access_token=" + System.getenv("CAPI_TOKEN"));
    HttpURLConnection conn = (HttpURLConnection) url.openConnection();
    conn.setRequestMethod("POST");
    return conn.getResponseCode();
  }
}
`;
    expect(mapped('Capi.java', conn)).toEqual(['6:50 POST /{pixel-id}/events']);
    const kt = `import okhttp3.Request
private const val GRAPH = "https://graph.facebook.com/v19.0"
class LeadsClient {
    fun leads(formId: String): Request {
        val url = "$GRAPH/$formId/leads"
        return Request.Builder().url(url).build()
    }
}
`;
    expect(mapped('LeadsClient.kt', kt)).toEqual(['6:38 GET /{form-id}/leads']);
  });

  it('a URL variable that is only logged or printed is no call', () => {
    const java = `public class Log {
  private static final String GRAPH = "https://graph.facebook.com/v19.0";
  void a(String pageId) {
    String url = GRAPH + "/" + pageId + "/feed";
    log.info("calling " + url);
    System.out.println(url);
    URI uri = URI.create(url);
  }
}
`;
    expect(mapped('Log.java', java)).toEqual([]);
  });
});

describe("E2: HttpURLConnection's method is the request's", () => {
  it('setRequestMethod("DELETE"), Kotlin requestMethod = "POST" in apply, output given (a POST), a method not read (unresolved), none (GET)', () => {
    const java = `import java.net.*;
public class Posts {
  private static final String GRAPH = "https://graph.facebook.com/v19.0/";
  public int deletePost(String postId) throws Exception {
    HttpURLConnection conn = (HttpURLConnection) new URL(GRAPH + postId + "?access_token=" + System.getenv("PAGE_TOKEN")).openConnection();
    conn.setRequestMethod("DELETE");
    return conn.getResponseCode();
  }
  public void publish(String pageId) throws Exception {
    HttpURLConnection c = (HttpURLConnection) new URL(GRAPH + pageId + "/feed").openConnection();
    c.setDoOutput(true);
  }
  public void any(String postId, String verb) throws Exception {
    HttpURLConnection c = (HttpURLConnection) new URL(GRAPH + postId).openConnection();
    c.setRequestMethod(verb);
  }
  public int read(String postId) throws Exception {
    HttpURLConnection c = (HttpURLConnection) new URL(GRAPH + postId).openConnection();
    return c.getResponseCode();
  }
}
`;
    expect(mapped('Posts.java', java)).toEqual([
      '5:58 DELETE /{post-id}',
      '10:55 POST /{page-id}/feed',
      '14:55 GET unresolved: its HTTP method is in a value not read here',
      '18:55 GET /{post-id}',
    ]);
    const kt = `import java.net.HttpURLConnection
import java.net.URL
private const val GRAPH = "https://graph.facebook.com/v19.0"
fun publish(pageId: String): Int {
    val conn = (URL("$GRAPH/$pageId/feed").openConnection() as HttpURLConnection).apply {
        requestMethod = "POST"
        doOutput = true
    }
    return conn.responseCode
}
fun remove(postId: String): Int {
    val conn = URL("$GRAPH/$postId").openConnection() as HttpURLConnection
    conn.requestMethod = "DELETE"
    return conn.responseCode
}
`;
    expect(mapped('Publish.kt', kt)).toEqual(['5:21 POST /{page-id}/feed', '12:20 DELETE /{post-id}']);
  });
});

describe('E17: Kotlin: a request in a val initializer or a typed expression body', () => {
  it('val text = URL(…).readText(); fun f(): String = URL(…).readText(); a URL only made into a string stays a value', () => {
    const kt = `import java.net.URL
private const val GRAPH = "https://graph.facebook.com/v19.0"
private val token = System.getenv("PAGE_TOKEN")
fun post(postId: String): String {
    val text = URL("$GRAPH/$postId?access_token=$token").readText()
    return text
}
fun page(pageId: String): String = URL("$GRAPH/$pageId/feed?access_token=$token").readText()
fun link(pageId: String): String {
    val s = URL("$GRAPH/$pageId").toString()
    return s
}
`;
    // A URL only made into a string and returned is sent by the function's callers (none here): its method is
    // not read (hunt Y3-3: a GET there would pass a write made elsewhere).
    expect(mapped('D.kt', kt)).toEqual(['5:20 GET /{post-id}', '8:40 GET /{page-id}/feed', '10:17 GET unresolved: its HTTP method is in a value not read here']);
  });
});

describe('E6, E5, E15: Java and Kotlin URL builders', () => {
  it("Spring's UriComponentsBuilder: postForObject is a POST; queryParam(\"fields\", …) the fields; pathSegment the path", () => {
    const java = `import org.springframework.web.util.UriComponentsBuilder;
public class Subscribe {
  private static final String GRAPH = "https://graph.facebook.com/v19.0";
  public void subscribe(String pageId) {
    String url = UriComponentsBuilder.fromHttpUrl(GRAPH + "/" + pageId + "/subscribed_apps")
        .queryParam("subscribed_fields", "leadgen")
        .toUriString();
    rest.postForObject(url, null, String.class);
  }
  public void subscribe2(String pageId) {
    URI uri = UriComponentsBuilder.fromUriString(GRAPH + "/" + pageId + "/subscribed_apps").build().toUri();
    rest.postForObject(uri, null, String.class);
  }
  public String ig(String pageId) {
    String url = UriComponentsBuilder.fromHttpUrl(GRAPH + "/" + pageId)
        .queryParam("fields", "instagram_business_account")
        .toUriString();
    return rest.getForObject(url, String.class);
  }
  public String leads(String formId) {
    String url = UriComponentsBuilder.fromHttpUrl(GRAPH).pathSegment(formId, "leads").toUriString();
    return rest.getForObject(url, String.class);
  }
  public String some(String pageId, String f) {
    String url = UriComponentsBuilder.fromHttpUrl(GRAPH).pathSegment(pageId).queryParam("fields", f).toUriString();
    return rest.getForObject(url, String.class);
  }
  public String other() {
    String url = UriComponentsBuilder.fromHttpUrl("https://example.com/x").queryParam("fields", "a").toUriString();
    return rest.getForObject(url, String.class);
  }
}
`;
    expect(mapped('Subscribe.java', java)).toEqual([
      '8:24 POST /{page-id}/subscribed_apps',
      '12:24 POST /{page-id}/subscribed_apps',
      '18:30 GET /{page-id} ["instagram_business_account"]',
      '22:30 GET /{form-id}/leads',
      '26:30 GET /{page-id} may need instagram_basic,pages_show_list,ads_read,ads_management',
    ]);
  });

  it("OkHttp's HttpUrl.parse(…).newBuilder(), Kotlin's toHttpUrl().newBuilder().addQueryParameter(\"fields\", …)", () => {
    const java = `import okhttp3.*;
public class C {
  private static final String BASE = "https://graph.facebook.com/v19.0/";
  public Request comments(String postId) throws Exception {
    HttpUrl url = HttpUrl.parse(BASE + postId + "/comments").newBuilder()
        .addQueryParameter("access_token", System.getenv("PAGE_TOKEN"))
        .build();
    return new Request.Builder().url(url).build();
  }
}
`;
    expect(mapped('C.java', java)).toEqual(['8:38 GET /{object-id}/comments']);
    const kt = `import okhttp3.HttpUrl.Companion.toHttpUrl
private const val GRAPH = "https://graph.facebook.com/v19.0"
fun igAccount(pageId: String): Request =
    Request.Builder()
        .url("$GRAPH/$pageId".toHttpUrl().newBuilder()
            .addQueryParameter("fields", "instagram_business_account")
            .build())
        .build()
`;
    expect(mapped('Ig.kt', kt)).toEqual(['5:14 GET /{page-id} ["instagram_business_account"]']);
  });
});

describe('Go: E9 resty in a struct field, E5 resty query parameters, E13 url.Parse and url.URL', () => {
  it('c.client.R()…Post(path) on a client made with a Graph base URL in a struct literal; SetQueryParams/SetQueryParam fields', () => {
    const go = `package whatsapp
import "github.com/go-resty/resty/v2"
type Client struct{ client *resty.Client }
func New() *Client {
	return &Client{client: resty.New().SetBaseURL("https://graph.facebook.com/v19.0")}
}
func (c *Client) Send(phoneNumberID string, body map[string]any) error {
	_, err := c.client.R().SetBody(body).Post("/" + phoneNumberID + "/messages")
	return err
}
func (c *Client) Page(pageID string) error {
	_, err := c.client.R().SetQueryParams(map[string]string{"fields": "instagram_business_account"}).Get("/" + pageID)
	return err
}
func (c *Client) Page2(pageID string) error {
	_, err := c.client.R().SetQueryParam("fields", "name,instagram_business_account").Get("/" + pageID)
	return err
}
func (c *Client) Page3(pageID string, q map[string]string) error {
	_, err := c.client.R().SetQueryParams(q).Get("/" + pageID)
	return err
}
`;
    expect(mapped('wa.go', go)).toEqual([
      '8:39 POST /{phone-number-id}/messages',
      '12:99 GET /{page-id} ["instagram_business_account"]',
      '16:84 GET /{page-id} ["instagram_business_account"]',
      '20:43 GET /{page-id} may need instagram_basic,pages_show_list,ads_read,ads_management',
    ]);
  });

  it('u, err := url.Parse(…) sent as u.String(); url.URL{Host: "graph.facebook.com", Path: …}; other hosts are none', () => {
    const go = `package meta
import ("net/http"; "net/url"; "strings")
const graph = "https://graph.facebook.com/v19.0"
func Subscribe(pageID string) error {
	u, err := url.Parse(graph + "/" + pageID + "/subscribed_apps")
	if err != nil {
		return err
	}
	_, err = http.Post(u.String(), "application/x-www-form-urlencoded", strings.NewReader(""))
	return err
}
func Publish(pageID, msg string) error {
	u := url.URL{Scheme: "https", Host: "graph.facebook.com", Path: "/v19.0/" + pageID + "/feed"}
	_, err := http.PostForm(u.String(), url.Values{"message": {msg}})
	return err
}
func Other(pageID string) error {
	u := url.URL{Scheme: "https", Host: "example.com", Path: "/v19.0/" + pageID + "/feed"}
	v, err := url.Parse("https://example.com/" + pageID)
	_, err = http.PostForm(u.String(), nil)
	_, err = http.Get(v.String())
	return err
}
`;
    expect(mapped('parse.go', go)).toEqual(['9:21 POST /{page-id}/subscribed_apps', '14:26 POST /{page-id}/feed']);
  });
});

describe('E11, E12, E16: the Java SDK on typed parameters, for-each variables, Kotlin objects, fetch', () => {
  it('update()/delete() on a parameter and a for-each variable typed with the class; on an unknown class unresolved; no request without execute()', () => {
    const java = `import com.facebook.ads.sdk.*;
import java.util.List;
public class AdsOps {
  void pause(Campaign campaign) throws APIException {
    campaign.update().setStatus(Campaign.EnumStatus.VALUE_PAUSED).execute();
  }
  void deleteAll(List<AdSet> sets) throws APIException {
    for (AdSet s : sets) {
      s.delete().execute();
    }
  }
  void any(List<Object> xs) throws APIException {
    for (var x : xs) x.update().setStatus(Campaign.EnumStatus.VALUE_PAUSED).execute();
    repo.update();
  }
}
`;
    expect(mapped('AdsOps.java', java)).toEqual([
      '5:14 POST /{campaign-id}',
      '9:9 DELETE /{adset-id}',
      '13:24 POST unresolved: SDK method on an object of unknown class',
    ]);
  });

  it('Kotlin objects made without new; Kotlin parameters typed with the class; fetch() and fetchById()', () => {
    const kt = `import com.facebook.ads.sdk.*
class Ads {
    private val context = APIContext(System.getenv("ADS_TOKEN"))
    fun create(accountId: String): Campaign =
        AdAccount(accountId, context).createCampaign().setName("Spring sale").execute()
    fun remove(adId: String) { Ad(adId, context).delete().execute() }
    fun pause(c: Campaign) { c.update().setStatus(Campaign.EnumStatus.VALUE_PAUSED).execute() }
}
`;
    expect(mapped('Ads.kt', kt)).toEqual(['5:39 POST /{ad-account-id}/campaigns', '6:50 DELETE /{ad-id}', '7:32 POST /{campaign-id}']);
    const java = `import com.facebook.ads.sdk.*;
public class Fetch {
  public static void main(String[] args) throws APIException {
    APIContext context = new APIContext(System.getenv("ADS_TOKEN"));
    Campaign b = new Campaign(args[0], context).fetch();
    Campaign c = Campaign.fetchById(args[0], context);
    AdAccount a = AdAccount.fetchById(args[1], context);
    Page p = Page.fetchById(args[2], context);
  }
}
`;
    // All the node's fields are asked for (`requestAllFields()`): what a Page's need is not known.
    expect(mapped('Fetch.java', java)).toEqual([
      '5:49 GET /{campaign-id}',
      '6:27 GET /{campaign-id}',
      '7:29 GET /{ad-account-id}',
      '8:19 GET /{page-id} may need instagram_basic,pages_show_list,ads_read,ads_management',
    ]);
  });
});

describe('E20: batch requests written out', () => {
  it("huandu/facebook's session.Batch with fb.Params items; RestFB's BatchRequestBuilder; items not read unresolved", () => {
    const go = `package pages
import fb "github.com/huandu/facebook/v2"
func PublishMany(session *fb.Session, pageID string, more fb.Params) ([]fb.Result, error) {
	session.Batch(nil,
		fb.Params{"method": fb.POST, "relative_url": pageID + "/feed", "body": "message=hello"},
		fb.Params{"method": fb.DELETE, "relative_url": postID},
	)
	return session.Batch(nil, more)
}
`;
    expect(mapped('batch.go', go)).toEqual([
      '5:3 POST /{page-id}/feed',
      '6:3 DELETE /{post-id}',
      '8:17 POST unresolved: a batch request: its items are not read',
    ]);
    const java = `import com.restfb.*;
import com.restfb.batch.*;
public class Batch {
  public void publishMany(String pageId) {
    BatchRequest post = new BatchRequest.BatchRequestBuilder(pageId + "/feed")
        .method("POST").body(Parameter.with("message", "hello")).build();
    BatchRequest read = new BatchRequest.BatchRequestBuilder("me/accounts").build();
    client.executeBatch(post, read);
  }
}
`;
    expect(mapped('Batch.java', java)).toEqual(['5:42 POST /{page-id}/feed', '7:42 GET /{user-id}/accounts']);
  });
});

describe('E21: a Retrofit @Path placeholder named by its parameter', () => {
  it('{id} takes the @Path("id") parameter\'s name (Kotlin and Java); a placeholder naming its node keeps its name', () => {
    const kt = `import retrofit2.Retrofit
import retrofit2.http.*
interface GraphApi {
    @FormUrlEncoded
    @POST("{id}")
    suspend fun updateCampaign(@Path("id") campaignId: String, @Field("status") status: String): Map<String, Any>
    @DELETE("{id}")
    suspend fun deleteComment(@Path("id") commentId: String): Map<String, Any>
    @GET("{page-id}/feed")
    suspend fun feed(@Path("page-id") id: String): Map<String, Any>
}
val api: GraphApi = Retrofit.Builder().baseUrl("https://graph.facebook.com/v19.0/").build().create(GraphApi::class.java)
`;
    expect(mapped('GraphApi.kt', kt)).toEqual(['5:5 POST /{campaign-id}', '7:5 DELETE /{comment-id}', '9:5 GET /{page-id}/feed']);
    const java = `import retrofit2.Retrofit;
import retrofit2.http.*;
interface GraphApi {
  @DELETE("{id}") Call<Void> remove(@Path(value = "id") String commentId);
}
class G { static GraphApi api() { return new Retrofit.Builder().baseUrl("https://graph.facebook.com/v21.0/").build().create(GraphApi.class); } }
`;
    expect(mapped('GraphApi.java', java)).toEqual(['4:3 DELETE /{comment-id}']);
  });
});

describe('E18: token attribution', () => {
  it("Go's envconfig and env struct tags; Java's System.getenv().getOrDefault", () => {
    const forms = (text: string) => findSecretReferences(text, ['META_PAGE_TOKEN']).map((r) => [r.form, r.start]);
    const go1 = 'type Config struct {\n\tPageToken string `envconfig:"META_PAGE_TOKEN" required:"true"`\n}';
    expect(forms(go1)).toEqual([['go-env-tag', go1.indexOf('META_PAGE_TOKEN')]]);
    const go2 = 'type Config struct {\n\tPageToken string `json:"t" env:"META_PAGE_TOKEN,required"`\n}';
    expect(forms(go2)).toEqual([['go-env-tag', go2.indexOf('META_PAGE_TOKEN')]]);
    const java = 'private final String token = System.getenv().getOrDefault("META_PAGE_TOKEN", "");';
    expect(forms(java)).toEqual([['java-getenv', java.indexOf('META_PAGE_TOKEN')]]);
    // A tag of another key, or the name in prose, is no read.
    expect(forms('type C struct {\n\tX string `json:"META_PAGE_TOKEN"`\n}\n// env:"META_PAGE_TOKEN"')).toEqual([]);
  });
});
