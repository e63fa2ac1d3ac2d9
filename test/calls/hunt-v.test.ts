/**
 * The call reader against hunt V's cases (2026-12-06: graphguard run on public repositories with Conversions API,
 * Instagram Login, catalog and Messenger code in Ruby, PHP, Go, Java, Python and JavaScript). Each case is the
 * shape of the real code, cut down.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('hunt V', () => {
  it("V1: Ruby's Conversions API, `FacebookAds::ServerSide::EventRequest.new(pixel_id: …)` then `.execute`", () => {
    const rb = `class TrackingJob
  require 'facebookbusiness'

  def perform(event, user_agent, ip)
    FacebookAds.configure do |config|
      config.access_token = ENV["SHOP_META_TOKEN"]
    end
    user_data = FacebookAds::ServerSide::UserData.new(client_user_agent: user_agent, client_ip_address: ip)
    event = FacebookAds::ServerSide::Event.new(event_name: event, event_time: Time.now.to_i, user_data: user_data)
    request = FacebookAds::ServerSide::EventRequest.new(pixel_id: ENV["FACEBOOK_PIXEL_ID"], events: [event])
    request.execute
  end
end
`;
    expect(mapped('app/jobs/tracking_job.rb', rb)).toEqual(['10:40 POST /{pixel-id}/events']);
  });

  it("V3: a URL a Ruby method returns as its last expression is sent where it is called, never a GET where it is written", () => {
    const rb = `require 'http'
def feed_url(page_id)
  "https://graph.facebook.com/v19.0/#{page_id}/feed"
end

def publish(page_id, message)
  HTTP.post(feed_url(page_id), json: { message: message, access_token: ENV['PAGE_TOKEN'] })
end
`;
    expect(mapped('poster.rb', rb)).toEqual(['3:3 GET unresolved: its HTTP method is in a value not read here', '7:13 POST /{page-id}/feed']);
  });

  it('V4: a returned URL with the token appended by a call or a subscript is still the returned URL (Python, JavaScript)', () => {
    const py = `import os, requests

class Poster:
    def feed_url(self, page_id):
        return f"https://graph.facebook.com/v19.0/{page_id}/feed?access_token=" + os.environ['PAGE_TOKEN']

    def publish(self, page_id, message):
        return requests.post(self.feed_url(page_id), json={"message": message})
`;
    expect(mapped('poster.py', py)).toEqual(['5:16 GET unresolved: its HTTP method is in a value not read here', '8:30 POST /{page-id}/feed']);
    const js = `const { getToken } = require('./secrets');
class Poster {
  feedUrl(pageId) {
    return \`https://graph.facebook.com/v19.0/\${pageId}/feed?access_token=\` + getToken('PAGE_TOKEN');
  }
  publish(pageId, message) {
    return fetch(this.feedUrl(pageId), { method: 'POST', body: JSON.stringify({ message }) });
  }
}
module.exports = { Poster };
`;
    expect(mapped('poster.js', js)).toEqual(['4:12 GET unresolved: its HTTP method is in a value not read here', '7:18 POST /{page-id}/feed']);
  });

  it("V8: a path in another file's class constant (`Endpoints::CREATE_CATALOG`) is a path not read, never a node named after it", () => {
    const php = `<?php
namespace MetaCatalog;

use GuzzleHttp\\Client;

class CatalogService
{
    private function client(): Client
    {
        return new Client(['base_uri' => 'https://graph.facebook.com/v25.0/']);
    }

    public function create(string $businessId, array $data)
    {
        return $this->client()->request('POST', Endpoints::CREATE_CATALOG, ['json' => $data]);
    }

    public function page(string $id)
    {
        return $this->client()->request('GET', Config::PAGE_ID);
    }
}
`;
    expect(mapped('src/CatalogService.php', php)).toEqual(['15:33 POST unresolved: computed path', '20:33 GET /{page-id}']);
  });

  it('V7: a Graph base URL in a constant other files use (Go, PHP, Java, Ruby), not used in its own file, is one unresolved call', () => {
    const why = (name: string) => `GET unresolved: a Graph API URL other files may build their calls on (${name}): the calls made on it there are not read`;
    expect(mapped('meta/base.go', 'package meta\n\n// GraphBaseURL is the Graph API root every client of this service uses.\nconst GraphBaseURL = "https://graph.facebook.com/v19.0"\n')).toEqual([`4:22 ${why('GraphBaseURL')}`]);
    expect(mapped('Config.php', "<?php\nclass Config {\n    const GRAPH_URL = 'https://graph.facebook.com/v19.0/';\n}\n")).toEqual([`3:23 ${why('GRAPH_URL')}`]);
    expect(mapped('Graph.java', 'public final class Graph {\n    public static final String BASE_URL = "https://graph.facebook.com/v19.0";\n}\n')).toEqual([`2:43 ${why('BASE_URL')}`]);
    expect(mapped('meta.rb', 'module Meta\n  GRAPH = "https://graph.facebook.com/v19.0"\nend\n')).toEqual([`2:11 ${why('GRAPH')}`]);
    // Not exported (Go's lower case, PHP's private), another host, or used in its own file: none.
    expect(mapped('base.go', 'package meta\n\nconst graphBase = "https://graph.facebook.com/v19.0"\n')).toEqual([]);
    expect(mapped('C.php', "<?php\nclass C {\n    private const G = 'https://graph.facebook.com/v19.0/';\n}\n")).toEqual([]);
    expect(mapped('meta2.rb', 'module Meta\n  API = "https://api.example.com/v1"\n  FB = "https://graph.facebook.com/v19.0"\n  def self.feed(id) = HTTP.post("#{FB}/#{id}/feed")\nend\n')).toEqual(['4:33 POST /{page-id}/feed']);
  });

  it('V5: a Python class attribute holding the whole URL, sent as `self.url` by a method; one a method sets again is that value', () => {
    const py = `import os, json, requests

PAGE_ID = os.environ['FB_PAGE_ID']

class FBChatbot:
    url = "https://graph.facebook.com/v19.0/me/messages?access_token=" + os.environ['PAGE_TOKEN']
    headers = {"Content-Type": "application/json"}

    def send(self, recipient_id, text):
        requests.post(self.url, headers=self.headers, data=json.dumps({"recipient": {"id": recipient_id}}))

class Other:
    url = "https://graph.facebook.com/v19.0/me/feed"

    def __init__(self):
        self.url = "https://example.com/hook"

    def ping(self):
        requests.post(self.url)
`;
    expect(mapped('bot.py', py)).toEqual(['10:28 POST /{page-id}/messages']);
  });

  it('V6: Go, a whole URL set as a struct field by a constructor is sent where a request is given that field', () => {
    const go = `package poster

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
)

type client struct {
	url string
}

func NewClient(apiVersion string, pageID string) *client {
	return &client{
		url: fmt.Sprintf("https://graph.facebook.com/%s/%s/feed", apiVersion, pageID),
	}
}

func (c *client) send(body []byte) error {
	req, err := http.NewRequestWithContext(context.Background(), "POST", c.url, bytes.NewBuffer(body))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
`;
    expect(mapped('poster.go', go)).toEqual(['21:73 POST /{page-id}/feed']);
    // A field no request is given stays where it is made.
    expect(mapped('only.go', 'package p\n\ntype c struct{ u string }\n\nvar x = c{u: "https://graph.facebook.com/v19.0/me/accounts"}\n')).toEqual(['5:14 GET /{user-id}/accounts']);
  });

  it("V2: Ruby's request calls without parentheses, on a constant or with the URL written in the call", () => {
    const bot = `require 'sinatra'
require 'rest-client'
FB_ENDPOINT = "https://graph.facebook.com/v3.3/me/messages?access_token=" + ENV["PAGE_TOKEN"]

post '/callback' do
  request_body = { recipient: { id: 1 }, message: { text: "hi" } }.to_json
  RestClient.post FB_ENDPOINT, request_body, content_type: :json, accept: :json
  status 201
end
`;
    expect(mapped('bot.rb', bot)).toEqual(['7:19 POST /{page-id}/messages']);
    const poster = `require 'rest-client'
def publish(page_id, message)
  RestClient.post "https://graph.facebook.com/v19.0/#{page_id}/feed", { message: message, access_token: ENV['PAGE_TOKEN'] }
end

def remove(post_id)
  RestClient.delete "https://graph.facebook.com/v19.0/#{post_id}?access_token=#{ENV['PAGE_TOKEN']}"
end
`;
    expect(mapped('poster.rb', poster)).toEqual(['3:19 POST /{page-id}/feed', '7:21 DELETE /{post-id}']);
  });

  it('Z4-1: a class constant before an edge (`${Config.PAGE}/feed`) is the node id, as any name', () => {
    const py = `import os, requests
from config import Config

def post(msg):
    requests.post(f"https://graph.facebook.com/v19.0/{Config.FB_PAGE}/feed", data={"message": msg})

def read():
    return requests.get(f"https://graph.facebook.com/v19.0/{Config.AD_ACCOUNT}/insights")
`;
    expect(mapped('bot.py', py)).toEqual(['5:19 POST /{page-id}/feed', '8:25 GET /{ad-account-id}/insights']);
  });

  it('V5 and Z4-2: a class field of JavaScript and PHP too; an attribute no method of its class sends (a subclass override) is a call whose method is not read', () => {
    const ts = `export class Publisher {
  private feedUrl = \`https://graph.facebook.com/v19.0/\${process.env.FB_PAGE_ID}/feed\`;
  async publish(message: string) {
    return fetch(this.feedUrl, { method: 'POST', body: new URLSearchParams({ message }) });
  }
}
`;
    expect(mapped('publisher.ts', ts)).toEqual(['4:23 POST /{page-id}/feed']);
    const php = `<?php
class Publisher {
    private $feedUrl = "https://graph.facebook.com/v19.0/me/feed";
    public function publish($message) {
        $ch = curl_init($this->feedUrl);
        curl_setopt($ch, CURLOPT_POST, true);
        return curl_exec($ch);
    }
}
`;
    expect(mapped('Publisher.php', php)).toEqual(['5:32 POST /{page-id}/feed']);
    const py = `import os, requests


class Base:
    url = "https://graph.facebook.com/v19.0/me/messages?access_token=" + os.environ["META_TOKEN"]

    def send(self, payload):
        return requests.post(self.url, json=payload)


class FeedPoster(Base):
    url = "https://graph.facebook.com/v19.0/me/feed?access_token=" + os.environ["META_TOKEN"]
`;
    expect(mapped('bot.py', py)).toEqual(['8:35 POST /{page-id}/messages', '12:11 GET unresolved: its HTTP method is in a value not read here']);
  });

  it('Z5: a method\'s local is no class field; another struct type\'s field, a cache\'s delete and a class constant after a node are no such calls', () => {
    expect(mapped("Fb.php", `<?php
use GuzzleHttp\\Client;

class Messenger
{
    public function send($recipient, $text)
    {
        $client = new Client();
        $endpoint = 'https://graph.facebook.com/v19.0/me/messages';
        $response = $client->post($endpoint, [
            'json' => ['recipient' => ['id' => $recipient], 'message' => ['text' => $text]],
            'query' => ['access_token' => getenv('META_TOKEN')],
        ]);
        return $response;
    }
}
`)).toEqual(["10:35 POST /{page-id}/messages"]);
    expect(mapped("FeedService.php", `<?php
class FeedService extends BaseService
{
    public function publish($message)
    {
        $url = "https://graph.facebook.com/v19.0/{$this->pageId}/feed";
        return $this->client->post($url, ['form_params' => ['message' => $message]]);
    }

    public function ping()
    {
        return $this->client->get($this->url);
    }
}
`)).toEqual(["7:36 POST /{page-id}/feed"]);
    expect(mapped("main.go", `package main

import (
	"fmt"
	"net/http"
	"strings"
)

type feedReader struct {
	url string
}

type slackHook struct {
	url string
}

func newFeedReader(pageID string) *feedReader {
	return &feedReader{url: fmt.Sprintf("https://graph.facebook.com/v19.0/%s/feed", pageID)}
}

func (f *feedReader) read() (*http.Response, error) {
	return http.Get(f.url)
}

func (s *slackHook) notify(text string) (*http.Response, error) {
	return http.Post(s.url, "application/json", strings.NewReader(text))
}
`)).toEqual(["18:26 GET /{page-id}/feed"]);
    expect(mapped("post_cache.rb", `require 'httparty'

class PostCache
  def refresh(post_id)
    url = "https://graph.facebook.com/v19.0/#{post_id}"
    Rails.cache.delete url
    HTTParty.get(url, query: { fields: 'message', access_token: ENV['META_TOKEN'] })
  end
end
`)).toEqual(["7:18 GET /{post-id}"]);
    expect(mapped("api.ts", `import { Edges } from './edges';

export async function publishPhoto(igUserId: string, imageUrl: string) {
  return fetch(\`https://graph.facebook.com/v19.0/\${igUserId}/\${Edges.MEDIA}?image_url=\${imageUrl}\`, { method: 'POST' });
}
`)).toEqual(["4:16 POST unresolved: variable edge"]);
  });

  it('Z6: a Go field only on its own type\'s receiver, a class field read by destructuring, a cache client\'s verbs', () => {
    expect(mapped("feed.go", `package main

import (
	"fmt"
	"net/http"
	"strings"
)

type endpoint struct {
	url string
}

type feedReader struct {
	endpoint
}

type slackHook struct {
	endpoint
	channel string
}

func newFeedReader(pageID string) *feedReader {
	return &feedReader{endpoint{url: fmt.Sprintf("https://graph.facebook.com/v19.0/%s/feed", pageID)}}
}

func (f *feedReader) read() (*http.Response, error) {
	return http.Get(f.url)
}

func (s *slackHook) notify(text string) (*http.Response, error) {
	return http.Post(s.url, "application/json", strings.NewReader(text))
}
`)).toEqual(["23:35 GET /{page-id}/feed"]);
    expect(mapped("msg.go", `package main

import (
	"fmt"
	"net/http"
	"strings"

	"example.com/slack"
)

type sender struct {
	URL string
}

func newSender(pageID string) *sender {
	return &sender{URL: fmt.Sprintf("https://graph.facebook.com/v19.0/%s/messages", pageID)}
}

func (s *sender) send(body string) (*http.Response, error) {
	return http.Post(s.URL, "application/json", strings.NewReader(body))
}

func alert(cfg slack.Config, text string) (*http.Response, error) {
	return http.Post(cfg.URL, "application/json", strings.NewReader(text))
}

func fetchImage(att Attachment) (*http.Response, error) {
	return http.Get(att.URL)
}
`)).toEqual(["20:21 POST /{page-id}/messages"]);
    expect(mapped("bot.js", `const axios = require('axios');

class Bot {
  url = 'https://graph.facebook.com/v19.0/me/messages';

  send(psid, text) {
    const { url } = this;
    return axios.post(url, { recipient: { id: psid }, message: { text } }, { params: { access_token: process.env.META_TOKEN } });
  }
}
module.exports = Bot;
`)).toEqual(["8:23 POST /{page-id}/messages"]);
    expect(mapped("cache.rb", `require 'dalli'
require 'httparty'

class PostStore
  def remove(post_id)
    url = "https://graph.facebook.com/v19.0/#{post_id}"
    client = Dalli::Client.new('localhost:11211')
    client.delete url
  end

  def read(post_id)
    url = "https://graph.facebook.com/v19.0/#{post_id}"
    HTTParty.get(url, query: { fields: 'message', access_token: ENV['META_TOKEN'] })
  end
end
`)).toEqual(["13:18 GET /{post-id}"]);
  });
});
