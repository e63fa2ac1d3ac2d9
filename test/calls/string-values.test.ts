/**
 * What the call reader takes a string of the code to hold: escapes decoded as each language decodes them (a
 * JavaScript `"/me/feed\n"` is no `/me/feedn`), Go struct fields of the same name in two types each read as
 * their own type's, Python's `str.format` with literal, positional, indexed and keyword arguments, and Go's
 * `fmt.Sprintf` (PHP's `sprintf`) with a format written as an expression and literal arguments. Go types told
 * also by a constructor of the file or a positional literal, and Go's methods of one name on several types read
 * by the type of the value each is called on.
 */
import { describe, expect, it } from 'vitest';
import { readFileCalls } from '../../src/calls/collect.js';
import { mapped } from '../helpers/calls.js';

describe('string escapes', () => {
  it('JavaScript/TypeScript: \\n, \\x, \\u, \\u{…}, escaped slashes and a continued line are what the string holds', () => {
    const ts = String.raw`const GRAPH = 'https://graph.facebook.com/v21.0';
export async function run(pageId: string, postId: string) {
  await fetch(GRAPH + "/me/feed\n", { method: 'POST' });
  await fetch(GRAPH + '/act_1\u002Fads');
  await fetch(GRAPH + "\/me\/accounts");
  await fetch(GRAPH + "/" + pageId + "/fe\x65d", { method: 'POST' });
  await fetch(§¤{GRAPH}/¤{postId}/comm\u{65}nts§);
  await fetch(GRAPH + '/me/\
accounts');
}
`
      .replaceAll('§', '`')
      .replaceAll('¤', '$');
    expect(mapped('a.ts', ts)).toEqual([
      '3:15 POST unknown /me/feed\n',
      '4:15 GET /{ad-account-id}/ads',
      '5:15 GET /{user-id}/accounts',
      '6:15 POST /{page-id}/feed',
      '7:15 GET /{object-id}/comments',
      '8:15 GET /{user-id}/accounts',
    ]);
  });

  it('Python: escapes decoded, an unknown escape and a raw string keep their backslash', () => {
    const py = String.raw`import requests
GRAPH = "https://graph.facebook.com/v21.0"
def run(page_id):
    requests.post(GRAPH + "/me/fe\x65d")
    requests.post(f"{GRAPH}/{page_id}/ph\u006ftos")
    requests.get(GRAPH + r"/me/\x61ccounts")
    requests.get(GRAPH + "/me\/accounts")
`;
    expect(mapped('a.py', py)).toEqual(['4:19 POST /{page-id}/feed', '5:19 POST /{page-id}/photos', '6:18 GET unknown /me/\\x61ccounts', '7:18 GET unknown /me\\/accounts']);
  });

  it('Go: an interpreted string decodes its escapes, a raw string none', () => {
    const go = String.raw`package main

import "net/http"

const graph = "https://graph.facebook.com/v21.0"

func run() {
	http.Get(graph + "/me/accou\x6ets")
	http.Get(graph + §/me/accou\x6ets§)
}
`.replaceAll('§', '`');
    expect(mapped('a.go', go)).toEqual(['8:11 GET /{user-id}/accounts', '9:11 GET unknown /me/accou\\x6ets']);
  });

  it('Ruby and PHP: a double-quoted string decodes its escapes, a single-quoted one only \\\\ and \\\'', () => {
    const rb = String.raw`require 'net/http'
GRAPH = "https://graph.facebook.com/v21.0"
def run
  Net::HTTP.get_response(URI("#{GRAPH}/me/accou\x6ets"))
  Net::HTTP.get_response(URI(GRAPH + '/me/accou\x6ets'))
end
`;
    expect(mapped('a.rb', rb)).toEqual(['4:30 GET /{user-id}/accounts', '5:30 GET unknown /me/accou\\x6ets']);
    const php = String.raw`<?php
const GRAPH = "https://graph.facebook.com/v21.0";
function run($client) {
    $client->get(GRAPH . "/me/accou\x6ets");
    $client->get(GRAPH . '/me/accou\x6ets');
}
`;
    expect(mapped('a.php', php)).toEqual(['4:18 GET /{user-id}/accounts', '5:18 GET unknown /me/accou\\x6ets']);
  });

  it('Java: \\u escapes', () => {
    const java = String.raw`class A {
  static final String GRAPH = "https://graph.facebook.com/v21.0";
  void run(HttpClient http) throws Exception {
    http.send(HttpRequest.newBuilder(URI.create(GRAPH + "/me/acco\u0075nts")).build(), null);
  }
}
`;
    expect(mapped('A.java', java)).toEqual(['4:49 GET /{user-id}/accounts']);
  });

  it("a string's U+0000 to U+0003 (escaped or raw) never pass for the reader's own marks of a method or fields", () => {
    const ts = `const GRAPH = 'https://graph.facebook.com/v21.0';
const M = "\\u0000DELETE";
const F = "\\x01instagram_business_account";
const R = "\u0000DELETE";
export const a = (postId: string) => fetch(GRAPH + '/' + postId + M);
export const b = (pageId: string) => fetch(GRAPH + '/' + pageId + F);
export const c = (postId: string) => fetch(GRAPH + '/' + postId + R);
`;
    expect(mapped('a.ts', ts)).toEqual(['5:44 GET /{post-id}', '6:44 GET /{page-id}', '7:44 GET /{post-id}']);
  });

  it("nor one of several code points in one escape (Ruby's \\u{6d 2f 0}, hunt N6): each is percent-encoded wherever it is", () => {
    const rb = String.raw`require 'net/http'
TOKEN = ENV["META_TOKEN"]
GRAPH = "https://graph.facebook.com/v19.0"
Net::HTTP.post(URI("https://graph.facebook.co\u{6d 2f 0}GET/#{page_id}/feed?access_token=#{TOKEN}"), "message=hi")
Net::HTTP.get(URI("#{GRAPH}/me?fields=id,name\u{2c 2}&access_token=#{TOKEN}"))
Net::HTTP.get(URI("#{GRAPH}/\u{6d 65 2f 1}instagram_business_account"))
`;
    // Before, a raw NUL was taken for the method's mark, \u0002 for the mark of fields not read, \u0001 for fields'.
    expect(mapped('a.rb', rb)).toEqual(['4:20 POST unknown /%00GET/{id}/feed', '5:19 GET /{user-id}', '6:19 GET unknown /me/{id}']);
  });
});

describe("Python's str.format", () => {
  it('fills {}, {0} and {name} with literal, constant and variable arguments; adjacent literals are formatted whole', () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v21.0"
STRIPE = "https://api.stripe.com/v1"
FEED = "{}/{}/feed"
def run(page_id, msg, parts, opts):
    requests.post("{}/{}".format(GRAPH, "me/feed"), data={"message": msg})
    requests.get("{}/{}" "/accounts".format(GRAPH, "me"))
    requests.post("{0}/{1}/photos".format(GRAPH, page_id))
    requests.delete("{1}/{0}".format(page_id, GRAPH))
    requests.post("{base}/{pid}/feed".format(base=GRAPH, pid=page_id))
    requests.get("{}/{id}".format(GRAPH, id="me"))
    requests.post(FEED.format(GRAPH, "me"))
    requests.post("{0!s}/{1:>10}/photos".format(GRAPH, page_id))
    requests.post("{}/{}/refunds".format(STRIPE, page_id))
`;
    expect(mapped('a.py', py)).toEqual([
      '6:19 POST /{page-id}/feed',
      '7:18 GET /{user-id}/accounts',
      '8:19 POST /{page-id}/photos',
      '9:21 DELETE unknown /{id}',
      '10:19 POST /{page-id}/feed',
      '11:18 GET /{user-id}',
      '12:19 POST /{page-id}/feed',
      '13:19 POST /{page-id}/photos',
    ]);
  });

  it("a constant's format given a literal first argument formats the constant (`FEED_URL.format(\"me\")`), not the argument", () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v21.0"
FEED_URL = GRAPH + "/{}/feed"
def run(page_id):
    requests.post(FEED_URL.format(page_id))
    requests.post(FEED_URL.format("me"))
`;
    expect(mapped('a.py', py)).toEqual(['5:19 POST /{page-id}/feed', '6:19 POST /{page-id}/feed']);
  });

  it('a field no argument read here fills (a call, past *args, an attribute) is a value not read', () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v21.0"
def run(page_id, parts, page):
    requests.post("{}/{}/{}".format(GRAPH, page_id, edge_for(page_id)))
    requests.post("{}/{}/{}".format(GRAPH, *parts))
    requests.post("{}/{}/{2.edge}".format(GRAPH, page_id, page))
    # An argument's text is not formatted again: its braces are its own.
    requests.post("{}/{}/{}".format(GRAPH, page_id, "{{x}}"))
`;
    expect(mapped('a.py', py)).toEqual([
      '4:19 POST unresolved: computed path',
      '5:19 POST unresolved: computed path',
      '6:19 POST unresolved: computed path',
      '8:19 POST unknown /{id}/{{x}}',
    ]);
  });
});

describe('Go: struct fields of one name in two types', () => {
  const head = `package main

import (
	"fmt"
	"net/http"
)

const graphBase = "https://graph.facebook.com/v21.0"
const stripeBase = "https://api.stripe.com/v1"

type A struct{ base string }
type B struct{ base string }
`;

  it("each method reads its own type's field: Graph's set first or second, the other host's is no Graph call", () => {
    const go = `${head}
func NewA() *A { return &A{base: graphBase} }
func NewB() *B { return &B{base: stripeBase} }

func (a *A) Publish(pageID string) { http.Post(a.base+"/"+pageID+"/feed", "application/json", nil) }
func (b *B) Refund(chargeID string) { http.Post(b.base+"/"+chargeID+"/refunds", "application/json", nil) }
`;
    expect(mapped('a.go', go)).toEqual(['17:48 POST /{page-id}/feed']);
    const swapped = go.replace('&A{base: graphBase}', '&A{base: stripeBase}').replace('&B{base: stripeBase}', '&B{base: graphBase}');
    expect(mapped('a.go', swapped)).toEqual(['18:49 POST /{order-id}/refunds']);
  });

  it('the type told by a parameter, a composite literal, a closure in a method, an assignment; else unresolved', () => {
    const go = `${head}
func NewA() *A { return &A{base: graphBase} }
func NewB() *B {
	b := &B{}
	b.base = stripeBase
	return b
}

func (a *A) Publish(pageID string) {
	go func() { http.Post(a.base+"/"+pageID+"/photos", "application/json", nil) }()
}

func Send(a *A, b *B, id string) {
	http.Get(fmt.Sprintf("%s/%s/feed", a.base, id))
	http.Get(fmt.Sprintf("%s/%s/refunds", b.base, id))
	d := &B{base: stripeBase}
	http.Get(d.base + "/" + id + "/refunds")
}

func Unknown(id string) {
	c := lookup(id)
	http.Get(c.base + "/" + id + "/feed")
}
`;
    expect(mapped('a.go', go)).toEqual([
      '22:24 POST /{page-id}/photos',
      '26:11 GET /{page-id}/feed',
      '34:11 GET unresolved: a struct field that types of the file set to different URLs: which one is not told',
    ]);
  });

  it("one type setting its field twice (the constructor's Graph URL, an option's parameter) is no ambiguity", () => {
    // hunt N, N4: the usual Go options pattern read as unresolved, with a reason about two types.
    const go = `package meta

import (
	"fmt"
	"net/http"
)

const graphURL = "https://graph.facebook.com/v19.0"

type Client struct {
	baseURL string
	http    *http.Client
}

func NewClient() *Client { return &Client{baseURL: graphURL, http: http.DefaultClient} }

func WithBaseURL(u string) func(*Client) {
	return func(c *Client) { c.baseURL = u }
}

func (c *Client) PageFeed(pageID string) { c.http.Get(c.baseURL + "/" + pageID + "/feed") }
func (c *Client) Accounts() { c.http.Get(fmt.Sprintf("%s/me/accounts", c.baseURL)) }
`;
    expect(mapped('a.go', go)).toEqual(['21:55 GET /{page-id}/feed', '22:42 GET /{user-id}/accounts']);
    // A second type that sets only a value not read may point anywhere: read on a value of no told type, unresolved.
    const other = `${go}
type Mock struct{ baseURL string }

func NewMock(u string) *Mock { return &Mock{baseURL: u} }

func Any(id string) {
	x := lookup(id)
	http.Get(x.baseURL + "/" + id + "/feed")
}
`;
    expect(mapped('a.go', other).at(-1)).toBe('30:11 GET unresolved: a struct field that types of the file set to different URLs: which one is not told');
  });

  it("a request helper on the receiver reads its own type's field", () => {
    const go = `${head}
func NewA() *A { return &A{base: graphBase} }
func NewB() *B { return &B{base: stripeBase} }

func (a *A) send(method, path string) (*http.Response, error) {
	req, _ := http.NewRequest(method, a.base+path, nil)
	return http.DefaultClient.Do(req)
}
func (b *B) do(method, path string) (*http.Response, error) {
	req, _ := http.NewRequest(method, b.base+path, nil)
	return http.DefaultClient.Do(req)
}
func (a *A) Publish(pageID string) { a.send(http.MethodPost, "/"+pageID+"/feed") }
func (b *B) Refund(id string) { b.do(http.MethodPost, "/"+id+"/refunds") }
`;
    expect(mapped('a.go', go)).toEqual(['18:36 GET unresolved: its HTTP method is in a value not read here', '25:62 POST /{page-id}/feed']);
  });
});

describe('Go: a format call (fmt.Sprintf)', () => {
  const head = `package main

import (
	"bytes"
	"fmt"
	"net/http"
)

const graph = "https://graph.facebook.com/v21.0"
const feedFormat = graph + "/%s/feed"
const accountsEdge = "me/accounts"
`;

  it("a format that is an expression is filled where its parts are known, and the method is the HTTP call's: a POST is no GET", () => {
    const go = `${head}
func Publish(client *http.Client, id, edge, version string, body *bytes.Buffer) {
	http.Post(fmt.Sprintf(graph+"/%s/feed", id), "application/json", body)
	req, _ := http.NewRequest("POST", fmt.Sprintf(graph+"/%s/photos", id), body)
	client.Do(req)
	client.Post(fmt.Sprintf(graph+"/%s/feed", id), "application/json", body)
	http.Post(fmt.Sprintf(feedFormat, id), "application/json", body)
	http.Post(fmt.Sprintf("https://graph.facebook.com/"+version+"/%s/feed", id), "application/json", body)
	http.Post(fmt.Sprintf("%s/%s/"+edge, graph, id), "application/json", body)
	http.Post(fmt.Sprintf(graph+"/"+edge+"/%s", id), "application/json", body)
}
`;
    expect(mapped('a.go', go)).toEqual([
      '14:12 POST /{page-id}/feed',
      '15:36 POST /{page-id}/photos',
      '17:14 POST /{page-id}/feed',
      '18:12 POST /{page-id}/feed',
      '19:12 POST /{page-id}/feed',
      '20:12 POST unresolved: variable edge',
      '21:12 POST unresolved: computed path',
    ]);
  });

  it('a literal or constant argument fills its verb (%s, %v, %d with a number); anything else is a computed part', () => {
    const go = `${head}
func Run(id, pageID string) {
	http.Post(fmt.Sprintf("%s/%s", graph, "me/feed"), "application/json", nil)
	http.Get(fmt.Sprintf("%s/%v", graph, "me/accounts"))
	http.Get(fmt.Sprintf("%s/%s", graph, accountsEdge))
	http.Get(fmt.Sprintf("%s/%d/%s", graph, 1234, "insights"))
	http.Get(fmt.Sprintf("%s/%s?fields=instagram_business_account%%2Cname", graph, pageID))
	http.Get(fmt.Sprintf("%s/%s", graph, edgeFor(id)))
	http.Get(fmt.Sprintf("%s/me/%d", graph, "accounts"))
	http.Get(fmt.Sprintf("%s/me/%s", graph))
}
`;
    expect(mapped('a.go', go)).toEqual([
      '14:12 POST /{page-id}/feed',
      '15:11 GET /{user-id}/accounts',
      '16:11 GET /{user-id}/accounts',
      '17:11 GET unknown /{id}/insights',
      '18:11 GET /{page-id} ["instagram_business_account"]',
      '19:11 GET unresolved: computed path',
      '20:11 GET unresolved: computed path',
      '21:11 GET unresolved: computed path',
    ]);
  });

  it("PHP's sprintf alike: a format written as an expression, a literal argument", () => {
    const php = `<?php
const GRAPH = "https://graph.facebook.com/v21.0";
function run($client, $pageId) {
    $client->post(sprintf(GRAPH . '/%s/feed', $pageId));
    $client->post(sprintf('%s/%s', GRAPH, 'me/feed'));
}
`;
    expect(mapped('a.php', php)).toEqual(['4:19 POST /{page-id}/feed', '5:19 POST /{page-id}/feed']);
  });
});

/** Go: two types, A (an HTTP client and a base) and B (a base), and an interface of the file. */
const GO_TWO_TYPES = `package main

import (
	"net/http"
	"github.com/avast/retry-go"
)

const graphBase = "https://graph.facebook.com/v21.0"
const stripeBase = "https://api.stripe.com/v1"

type A struct {
	http *http.Client
	base string
}
type B struct{ base string }
type Doer interface{ Do(method, path string) (*http.Response, error) }
`;

describe('Go: the types a constructor or a positional literal tells', () => {

  it('a value made by a constructor of the file or a positional literal has its type; the field the literal sets by place', () => {
    const go = `${GO_TWO_TYPES}
func NewA() *A { return &A{http.DefaultClient, graphBase} }
func NewB() (*B, error) { return &B{stripeBase}, nil }

func Run(id string) {
	c := NewA()
	http.Post(c.base+"/"+id+"/feed", "application/json", nil)
	e, _ := NewB()
	http.Post(e.base+"/"+id+"/refunds", "application/json", nil)
	f := B{stripeBase}
	http.Get(f.base + "/" + id + "/insights")
	g := lookup(id)
	http.Get(g.base + "/" + id + "/insights")
}
`;
    expect(mapped('a.go', go)).toEqual(['23:12 POST /{page-id}/feed', '29:11 GET unresolved: a struct field that types of the file set to different URLs: which one is not told']);
  });

  it('an assignment to a field read by type is no call; a value of a type whose field is set to two hosts is unresolved', () => {
    const go = `${GO_TWO_TYPES}
func NewA() *A { return &A{http.DefaultClient, graphBase} }
func NewB() *B { return &B{base: stripeBase} }
func (a *A) Sandbox() { a.base = stripeBase }
func (a *A) Publish(id string) { http.Post(a.base+"/"+id+"/feed", "application/json", nil) }
`;
    expect(mapped('a.go', go)).toEqual(['21:44 POST unresolved: a struct field that types of the file set to different URLs: which one is not told']);
  });

  it('a positional literal the only setting: the field is its value', () => {
    const go = `${GO_TWO_TYPES}
func NewA() *A { return &A{http.DefaultClient, graphBase} }

func (a *A) Publish(pageID string) { http.Post(a.base+"/"+pageID+"/feed", "application/json", nil) }
`;
    expect(mapped('a.go', go)).toEqual(['20:48 POST /{page-id}/feed']);
  });
});

describe('Go: methods of one name on two types', () => {

  it("each type's call sites are read with its own helper; where the type is not told, unresolved", () => {
    const go = `${GO_TWO_TYPES}
func (a *A) Do(method, path string) (*http.Response, error) {
	req, _ := http.NewRequest(method, graphBase+path, nil)
	return a.http.Do(req)
}
func (b *B) Do(method, path string) (*http.Response, error) {
	req, _ := http.NewRequest(method, stripeBase+path, nil)
	return http.DefaultClient.Do(req)
}
func (a *A) Publish(pageID string) { a.Do(http.MethodPost, "/"+pageID+"/feed") }
func (b *B) Refund(id string) { b.Do(http.MethodPost, "/"+id+"/refunds") }
func NewA() *A { return &A{http: http.DefaultClient} }

func Run(a *A, b *B, d Doer, id, pageID string, holder struct{ a *A }) {
	a.Do("DELETE", "/"+id+"/photos")
	b.Do("POST", "/"+id+"/refunds")
	NewA().Do("POST", "/"+pageID+"/photos")
	d.Do("POST", "/"+id+"/feed")
	holder.a.Do("POST", "/"+id+"/photos")
	retry.Do(func() error { return nil }, nil)
}
`;
    expect(mapped('a.go', go)).toEqual([
      '19:36 GET unresolved: its HTTP method is in a value not read here',
      '26:60 POST /{page-id}/feed',
      '31:17 DELETE unknown /{id}/photos',
      '33:20 POST /{page-id}/photos',
      '34:15 POST unresolved: a method that types of the file each define, called on a value whose type is not told',
      '35:22 POST unresolved: a method that types of the file each define, called on a value whose type is not told',
    ]);
  });


  it('linear on 1 MB of types that each define the helper and set the field by position', () => {
    const one = (i: number) =>
      `type T${i} struct{ base string }
func NewT${i}() *T${i} { return &T${i}{graphBase} }
func (c *T${i}) do(method, path string) { req, _ := http.NewRequest(method, c.base+path, nil); http.DefaultClient.Do(req) }
func (c *T${i}) Publish(id string) { c.do("POST", "/"+id+"/feed"); x.do("GET", "/"+id+"/feed"); http.Post(fmt.Sprintf(c.base+"/%s/photos", id), "", nil) }
func Run${i}(id string) { v := NewT${i}(); v.do(http.MethodDelete, "/"+id) }
`;
    let text = `${GO_TWO_TYPES}func NewB() *B { return &B{base: stripeBase} }\n`;
    let n = 0;
    for (; text.length < 1_000_000; n++) text += one(n);
    expect(n).toBeGreaterThan(2000);
    const count = new Map<string, number>();
    for (const c of readFileCalls({ path: 'a.go', text }, []).calls) {
      const key = `${c.method} ${c.status} ${c.status === 'unresolved' ? c.reason : c.path}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
    // Each type's own request (its method a parameter), its two calls read through it and its POST: one each;
    // the first 32 calls on a value of no told type are unresolved.
    expect(Object.fromEntries(count)).toEqual({
      'GET unresolved its HTTP method is in a value not read here': n,
      'POST mapped /{page-id}/feed': n,
      'DELETE unknown /{id}': n,
      'POST mapped /{page-id}/photos': n,
      'GET unresolved a method that types of the file each define, called on a value whose type is not told': 32,
    });
  });
});
