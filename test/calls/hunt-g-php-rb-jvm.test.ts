/**
 * The call reader against a hostile tester's whole small services (hunt G, /tmp/huntG/REPORT.md): the PHP, Ruby,
 * Java/Kotlin and Go parts. A client made by a method of the same file, Ruby's symbol verbs, Koala's `graph_call`
 * with a path in a variable, Laravel's fluent `baseUrl`, Spring's RestTemplate base URL, Ktor's relative
 * `url(…)` on a `defaultRequest` client. Each case is the tester's, each expectation exact.
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

describe('G1: a client made by a method of the same file (PHP, Ruby)', () => {
  it('Guzzle `private function client()` returning `new Client([base_uri])`: `$this->client()->post(…)`', () => {
    const php = `<?php
use GuzzleHttp\\Client;
class Pages {
    private function client(): Client
    {
        return new Client(['base_uri' => 'https://graph.facebook.com/v20.0/', 'query' => ['access_token' => getenv('PAGE_TOKEN')]]);
    }
    public function publish(string $pageId, string $message)
    {
        return $this->client()->post("{$pageId}/feed", ['form_params' => ['message' => $message]]);
    }
}
`;
    expect(mapped('c.php', php)).toEqual(['10:33 POST /{page-id}/feed']);
  });

  it('Laravel `private function graph()` returning `Http::baseUrl(GRAPH)->withToken(…)`: `$this->graph()->delete($postId)`', () => {
    const php = `<?php
use Illuminate\\Support\\Facades\\Http;
class B {
    private function graph()
    {
        return Http::baseUrl('https://graph.facebook.com/v20.0')->withToken(env('PAGE_TOKEN'))->acceptJson();
    }
    public function remove(string $postId)
    {
        return $this->graph()->delete($postId)->json();
    }
}
`;
    expect(mapped('l.php', php)).toEqual(['10:32 DELETE /{post-id}']);
  });

  it('PHP negatives: a factory of another host, one with parameters, a method of another object', () => {
    const php = `<?php
class P {
    private function other() { return new Client(['base_uri' => 'https://api.example.com/']); }
    private function graph($x) { return new Client(['base_uri' => 'https://graph.facebook.com/v20.0/']); }
    public function a($id) {
        $this->other()->post("{$id}/feed");
        $this->graph(1)->post("{$id}/feed");
        $other->client()->post("{$id}/feed");
    }
}
`;
    expect(mapped('n.php', php)).toEqual([]);
  });

  it("Rails `def conn; Faraday.new(url: GRAPH, …) do … end; end` used as `conn.post(…)`; not another host's or a def with parameters", () => {
    const rb = `class PublishIgJob < ApplicationJob
  GRAPH = "https://graph.facebook.com/v20.0".freeze

  def perform(ig_user_id, container_id)
    conn.post("#{ig_user_id}/media_publish", creation_id: container_id)
    slack.post("#{ig_user_id}/media_publish")
    conn2(1).post("#{ig_user_id}/media_publish")
  end

  private

  def conn
    Faraday.new(url: GRAPH, params: { access_token: ENV.fetch("IG_TOKEN") }) do |f|
      f.request :url_encoded
    end
  end

  def slack
    Faraday.new(url: "https://hooks.slack.com")
  end

  def conn2(x)
    Faraday.new(url: GRAPH)
  end
end
`;
    expect(mapped('job.rb', rb)).toEqual(['5:10 POST /{ig-user-id}/media_publish']);
  });
});

describe('G4: Ruby symbol verbs are the HTTP method, never a GET', () => {
  it('`graph_request(:post, url)` over `Faraday.public_send(verb, …)`, `call(:post, path)` over `HTTParty.send(verb, …)`, `run_request(:delete, …)`', () => {
    const pages = `require 'faraday'
class Pages
  GRAPH = 'https://graph.facebook.com/v20.0'
  def publish(page_id, msg)
    graph_request(:post, "#{GRAPH}/#{page_id}/feed", message: msg)
  end
  def graph_request(verb, url, params = {})
    Faraday.public_send(verb, url, params.merge(access_token: ENV['PAGE_TOKEN']))
  end
end
`;
    expect(mapped('pages.rb', pages)).toEqual(['5:26 POST /{page-id}/feed']);
    const orders = `require 'httparty'
class Orders
  GRAPH = 'https://graph.facebook.com/v20.0'
  def refund(order_id)
    call(:post, "/#{order_id}/refunds", reason_code: 'REFUND_REASON_OTHER')
  end
  def call(verb, path, params = {})
    HTTParty.send(verb, "#{GRAPH}#{path}", body: params.merge(access_token: ENV['META_ORDERS_TOKEN']))
  end
end
`;
    expect(mapped('orders.rb', orders)).toEqual(['5:17 POST /{order-id}/refunds', '8:25 GET unresolved: its HTTP method is in a value not read here']);
    const run = `require 'faraday'
GRAPH = 'https://graph.facebook.com/v20.0'
def remove(post_id)
  Faraday.new.run_request(:delete, "#{GRAPH}/#{post_id}?access_token=#{ENV['PAGE_TOKEN']}", nil, nil)
end
`;
    expect(mapped('run.rb', run)).toEqual(['4:36 DELETE /{post-id}']);
  });

  it('a symbol that is a hash value or not a verb is no method', () => {
    const rb = `GRAPH = 'https://graph.facebook.com/v20.0'
def a(page_id)
  fetch_it(:json, "#{GRAPH}/#{page_id}/feed")
  fetch_it("#{GRAPH}/#{page_id}/feed", format: :post)
end
`;
    expect(mapped('s.rb', rb)).toEqual(['3:19 GET /{page-id}/feed', '4:12 GET /{page-id}/feed']);
  });
});

describe('G5: Koala `graph_call(path, args, verb)` with a path in a variable', () => {
  it('`graph_call(comment_id, { is_hidden: true }, "post")`, `graph_call("#{comment_id}", {}, "delete")`; not on another API class', () => {
    const rb = `class ModerateJob < ApplicationJob
  def perform(comment_id)
    graph = Koala::Facebook::API.new(ENV["PAGE_TOKEN"])
    graph.graph_call(comment_id, { is_hidden: true }, "post")
  end
  def remove(comment_id)
    graph = Koala::Facebook::API.new(ENV["PAGE_TOKEN"])
    graph.graph_call("#{comment_id}", {}, "delete")
  end
  def other(x)
    api = SomeThing::API.new
    api.graph_call(x, {}, "post")
  end
end
`;
    expect(mapped('moderate.rb', rb)).toEqual(['4:11 POST /{comment-id}', '8:11 DELETE /{comment-id}']);
  });
});

describe("G2: Laravel's fluent `Http::withToken(…)->baseUrl(GRAPH)->post(path)`", () => {
  it('the path given after the base URL, not a batch POST to the Graph root; a chain without a request is nothing', () => {
    const php = `<?php
use Illuminate\\Support\\Facades\\Http;
class SyncCatalogJob {
    const GRAPH = 'https://graph.facebook.com/v20.0';
    public function __construct(public string $catalogId) {}
    public function handle(): void
    {
        Http::withToken(env('META_CATALOG_TOKEN'))
            ->baseUrl('https://graph.facebook.com/v20.0')
            ->post("/{$this->catalogId}/items_batch", ['item_type' => 'PRODUCT_ITEM', 'requests' => []])
            ->throw();
        Http::baseUrl(self::GRAPH)->withToken(env('META_CATALOG_TOKEN'))->delete("/{$this->productId}");
        Http::baseUrl('https://api.example.com')->post("/{$this->catalogId}/items_batch");
        $pending = Http::baseUrl(self::GRAPH)->withToken(env('X'));
    }
}
`;
    expect(mapped('SyncCatalogJob.php', php)).toEqual(['10:15 POST /{product-catalog-id}/items_batch', '12:75 DELETE /{product-item-id}']);
  });
});

describe("G8: Spring's RestTemplate with a base URL", () => {
  it('`builder.rootUri(GRAPH).build()`: `rest.delete("/{id}?…", commentId)`, `exchange` with its method', () => {
    const java = `import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.web.client.RestTemplate;
public class A {
    private final RestTemplate rest;
    private final RestTemplate other;
    public A(RestTemplateBuilder builder) { this.rest = builder.rootUri("https://graph.facebook.com/v20.0").build(); this.other = builder.rootUri("https://api.example.com").build(); }
    public void delete(String commentId, HttpMethod m) {
        rest.delete("/{id}?access_token=" + System.getenv("PAGE_TOKEN"), commentId);
        other.delete("/{id}", commentId);
        rest.exchange("/{id}", HttpMethod.DELETE, null, Map.class, commentId);
        rest.exchange("/{id}", m, null, Map.class, commentId);
    }
}
`;
    expect(mapped('A.java', java)).toEqual([
      '8:14 DELETE /{comment-id}',
      '10:14 DELETE /{comment-id}',
      '11:14 GET unresolved: its HTTP method is in a value not read here',
    ]);
  });

  it('`setUriTemplateHandler(new DefaultUriBuilderFactory(GRAPH))`: `postForObject("/{pageId}/feed…", null, T.class, pageId, m)`', () => {
    const java = `import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;
import java.util.Map;
public class B {
    private final RestTemplate rest = new RestTemplate();
    public B() { rest.setUriTemplateHandler(new DefaultUriBuilderFactory("https://graph.facebook.com/v20.0")); }
    public void publish(String pageId, String message) {
        rest.postForObject("/{pageId}/feed?message={m}&access_token=" + System.getenv("PAGE_TOKEN"), null, Map.class, pageId, message);
    }
}
`;
    expect(mapped('B.java', java)).toEqual(['8:14 POST /{page-id}/feed']);
  });
});

describe('G13: Ktor `client.post { url("relative") }` on a `defaultRequest` client', () => {
  it('the relative URL in the request lambda is a Graph path; `request { method = …; url(…) }` too; not on another host', () => {
    const kt = `import io.ktor.client.HttpClient
class A(private val token: String = System.getenv("IG_TOKEN")) {
    private val http = HttpClient { defaultRequest { url("https://graph.facebook.com/v20.0/") } }
    private val other = HttpClient { defaultRequest { url("https://api.example.com/") } }
    suspend fun reply(igCommentId: String, message: String, postId: String, m: HttpMethod) {
        http.post {
            url("$igCommentId/replies")
            parameter("message", message)
        }
        http.request { method = HttpMethod.Delete; url("$postId") }
        other.post { url("$igCommentId/replies") }
        http.request { method = m; url("$postId") }
    }
}
`;
    expect(mapped('A.kt', kt)).toEqual([
      '7:17 POST /{ig-comment-id}/replies',
      '10:56 DELETE /{post-id}',
      '12:40 GET unresolved: its HTTP method is in a value not read here',
    ]);
  });
});

describe('G7: fields set on the request builder', () => {
  it("Laravel `->withQueryParameters(['fields' => …])` earlier in the chain", () => {
    const php = `<?php
use Illuminate\\Support\\Facades\\Http;
class B {
    public function ig(string $pageId): ?string
    {
        return Http::withToken(env('PAGE_TOKEN'))
            ->withQueryParameters(['fields' => 'instagram_business_account'])
            ->get("https://graph.facebook.com/v20.0/{$pageId}")
            ->json('instagram_business_account.id');
    }
}
`;
    expect(mapped('b.php', php)).toEqual(['8:19 GET /{page-id} ["instagram_business_account"]']);
  });

  it("Faraday's request block: `{ |req| req.params['fields'] = … }`, `do |req| req.params[:fields] = … end`; a header named fields is none", () => {
    const rb = `class D
  GRAPH = 'https://graph.facebook.com/v20.0'
  def ig(page_id)
    conn = Faraday.new(url: GRAPH, params: { access_token: ENV['PAGE_TOKEN'] })
    conn.get(page_id) { |req| req.params['fields'] = 'instagram_business_account' }.body
    conn.get(page_id) do |req|
      req.params[:fields] = 'instagram_business_account'
    end
    conn.get("#{page_id}/feed") { |req| req.headers['fields'] = 'x' }
  end
end
`;
    expect(mapped('d.rb', rb)).toEqual([
      '5:10 GET /{page-id} ["instagram_business_account"]',
      '6:10 GET /{page-id} ["instagram_business_account"]',
      '9:10 GET /{page-id}/feed',
    ]);
  });
});

describe('G11: a Go path helper that is a method with a receiver', () => {
  it('`c.do(http.MethodPost, "/"+orderID+"/refunds")` in a method of the same type; not on another type', () => {
    const go = `package commerce

import (
	"net/http"
	"os"
)

const graphAPI = "https://graph.facebook.com/v20.0"

type Client struct{ hc *http.Client }
type Other struct{ c *Client }

func (c *Client) do(method, path string) (*http.Response, error) {
	req, err := http.NewRequest(method, graphAPI+path+"?access_token="+os.Getenv("META_COMMERCE_TOKEN"), nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

func (c *Client) Refund(orderID string) error {
	_, err := c.do(http.MethodPost, "/"+orderID+"/refunds")
	return err
}

func (o *Other) Cancel(orderID string) error {
	_, err := o.do(http.MethodPost, "/"+orderID+"/cancellations")
	return err
}
`;
    expect(mapped('b.go', go)).toEqual(['14:38 GET unresolved: its HTTP method is in a value not read here', '22:34 POST /{order-id}/refunds']);
  });
});
