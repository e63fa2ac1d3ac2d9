/**
 * The call reader against a hostile tester's Ruby and PHP cases (hunt E, /tmp/huntE/REPORT.md: E3, E4, E5's
 * Ruby part, E7, E8, E10, E14, E19): Net::HTTP's request classes, the Ruby business SDK's lazy nodes and edges,
 * `URI.encode_www_form` queries, HTTParty's `base_uri`, Faraday's positional and memoized connections, PHP Graph
 * URLs ending in `/`, Guzzle's class-constant `base_uri` and async methods, the PHP SDK's legacy `create()`.
 * Each case is the tester's (or its near neighbour), each expectation exact.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe("E3: Ruby's Net::HTTP request classes", () => {
  it('Net::HTTP::Delete.new(uri) and Net::HTTP::Post.new(uri) sent by http.request(req) are their methods', () => {
    const rb = `require 'net/http'

GRAPH = 'https://graph.facebook.com/v19.0'

def delete_post(post_id)
  uri = URI("#{GRAPH}/#{post_id}?access_token=#{ENV['PAGE_TOKEN']}")
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) do |http|
    http.request(Net::HTTP::Delete.new(uri))
  end
end

def publish(page_id, message)
  uri = URI("#{GRAPH}/#{page_id}/feed")
  req = Net::HTTP::Post.new(uri)
  req.set_form_data('message' => message, 'access_token' => ENV['PAGE_TOKEN'])
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
end

def px(pixel_id)
  Net::HTTP::Post.new(URI("https://graph.facebook.com/v19.0/#{pixel_id}/events"))
end
`;
    expect(mapped('post_cleanup.rb', rb)).toEqual(['8:40 DELETE /{post-id}', '14:29 POST /{page-id}/feed', '20:27 POST /{pixel-id}/events']);
  });

  it('uri.request_uri, Net::HTTP::Get and get_response; other hosts and a log line are no calls', () => {
    const rb = `require 'net/http'
GRAPH = 'https://graph.facebook.com/v19.0'
def publish(page_id)
  uri = URI("#{GRAPH}/#{page_id}/feed")
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  req = Net::HTTP::Post.new(uri.request_uri)
  http.request(req)
end
def read(page_id)
  uri = URI("#{GRAPH}/#{page_id}?fields=instagram_business_account")
  http = Net::HTTP.new(uri.host, uri.port)
  http.request(Net::HTTP::Get.new(uri))
end
def page(page_id)
  uri = URI("#{GRAPH}/#{page_id}/feed")
  Net::HTTP.get_response(uri)
end
def other(x)
  uri = URI("https://example.com/#{x}/feed")
  Net::HTTP.start(uri.host, uri.port) { |h| h.request(Net::HTTP::Post.new(uri)) }
  puts Net::HTTP::Post.new(URI("https://example.com/#{x}"))
  logger.info("posting to #{GRAPH}/#{x}/feed")
end
`;
    expect(mapped('a.rb', rb)).toEqual(['7:29 POST /{page-id}/feed', '13:35 GET /{page-id} ["instagram_business_account"]', '17:26 GET /{page-id}/feed']);
  });
});

describe('E4: the Ruby business SDK: `get` is lazy, the chain on it is the call', () => {
  it("the tester's case: an edge's create, destroy and save are writes, with no GET of the node", () => {
    const rb = `require 'facebook_ads'

token = ENV['META_ADS_TOKEN']
FacebookAds::AdAccount.get('act_123').campaigns.create(name: 'Sale', objective: 'OUTCOME_SALES', status: 'PAUSED')
FacebookAds::Ad.get('456').destroy
campaign = FacebookAds::Campaign.get('789')
campaign.status = 'PAUSED'
campaign.save
`;
    expect(mapped('sync.rb', rb)).toEqual(['4:39 POST /{ad-account-id}/campaigns', '5:28 DELETE /{ad-id}', '8:10 POST /{campaign-id}']);
  });

  it("edges read on a bound node (GET, with their fields), created; a field read keeps the node's GET", () => {
    const rb = `require 'facebook_ads'

def report(account_id)
  @account = FacebookAds::AdAccount.get(account_id)
  @account.insights(fields: 'impressions,spend').each { |i| puts i.spend }
  @account.campaigns(fields: 'name,status').each { |c| puts c.name }
  @account.adimages.create(filename: 'a.png')
end

def read(page_id)
  page = FacebookAds::Page.get(page_id, 'instagram_business_account,name')
  page.instagram_business_account
end

def read2(ad_id)
  ad = FacebookAds::Ad.get(ad_id)
  puts ad.name
  ad.destroy
end

def read3(ad_id)
  FacebookAds::Ad.get(ad_id).name
end
`;
    expect(mapped('r.rb', rb)).toEqual([
      '5:12 GET /{ad-account-id}/insights',
      '6:12 GET /{ad-account-id}/campaigns',
      '7:12 POST /{ad-account-id}/adimages',
      '11:23 GET /{page-id} ["instagram_business_account"]',
      '16:21 GET /{ad-id}',
      '18:6 DELETE /{ad-id}',
      '22:16 GET /{ad-id}',
    ]);
  });
});

describe("E5 (Ruby): a query made by URI.encode_www_form", () => {
  it('uri.query = URI.encode_www_form(fields: …) or of a hash of the file is read; a query not read may need anything', () => {
    const rb = `require 'net/http'
require 'json'

GRAPH = 'https://graph.facebook.com/v19.0'

def ig_account(page_id)
  uri = URI("#{GRAPH}/#{page_id}")
  uri.query = URI.encode_www_form(fields: 'instagram_business_account', access_token: ENV['PAGE_TOKEN'])
  JSON.parse(Net::HTTP.get(uri))
end

def ig2(page_id)
  uri = URI("#{GRAPH}/#{page_id}")
  params = { fields: 'instagram_business_account,name', access_token: ENV['PAGE_TOKEN'] }
  uri.query = URI.encode_www_form(params)
  Net::HTTP.get_response(uri)
end

def ig3(page_id, q)
  uri = URI("#{GRAPH}/#{page_id}")
  uri.query = q
  Net::HTTP.get(uri)
end
`;
    expect(mapped('ig.rb', rb)).toEqual([
      '9:28 GET /{page-id} ["instagram_business_account"]',
      '16:26 GET /{page-id} ["instagram_business_account"]',
      '22:17 GET /{page-id} may need instagram_basic,pages_show_list,ads_read,ads_management',
    ]);
  });
});

describe("E7: HTTParty's base_uri", () => {
  it('self.class.get/post/delete, the class by name and a class method; a class of another host is none', () => {
    const rb = `require 'httparty'

class LeadsClient
  include HTTParty
  base_uri 'https://graph.facebook.com/v19.0'

  def initialize
    @token = ENV['LEADS_TOKEN']
  end

  def leads(form_id)
    self.class.get("/#{form_id}/leads", query: { access_token: @token })
  end

  def subscribe(page_id)
    self.class.post("/#{page_id}/subscribed_apps", body: { subscribed_fields: 'leadgen', access_token: @token })
  end

  def unsubscribe(page_id)
    self.class.delete("/#{page_id}/subscribed_apps", query: { access_token: @token })
  end

  def self.comments(post_id)
    get("/#{post_id}/comments")
  end
end

LeadsClient.post("/#{ENV['PAGE_ID']}/feed", body: {})

class Other
  include HTTParty
  base_uri 'https://api.example.com'
  def x(id)
    self.class.post("/#{id}/feed")
  end
  def self.y(id)
    get("/#{id}/feed")
  end
end
`;
    expect(mapped('leads_client.rb', rb)).toEqual([
      '12:16 GET /{form-id}/leads',
      '16:16 POST /{page-id}/subscribed_apps',
      '20:16 DELETE /{page-id}/subscribed_apps',
      '24:5 GET /{object-id}/comments',
      '28:13 POST /{page-id}/feed',
    ]);
  });
});

describe('E10: Faraday with a positional URL, or a memoized connection', () => {
  it('Faraday.new(url) in @conn, @connection ||= Faraday.new(url: …) through its accessor; another host is none', () => {
    const rb = `require 'faraday'

class IgClient
  def initialize
    @conn = Faraday.new('https://graph.facebook.com/v19.0')
  end

  def publish(ig_user_id, container_id)
    @conn.post("#{ig_user_id}/media_publish", creation_id: container_id, access_token: ENV['IG_TOKEN'])
  end
end

class IgClient2
  def connection
    @connection ||= Faraday.new(url: 'https://graph.facebook.com/v19.0')
  end

  def publish(ig_user_id, container_id)
    connection.post("#{ig_user_id}/media_publish", creation_id: container_id, access_token: ENV['IG_TOKEN'])
  end
  def remove(id)
    @connection.delete("#{id}")
  end
end

class Other
  def http
    @http ||= Faraday.new('https://api.example.com')
  end
  def publish(id)
    http.post("#{id}/feed")
  end
end
`;
    expect(mapped('ig.rb', rb)).toEqual(['9:11 POST /{ig-user-id}/media_publish', '19:16 POST /{ig-user-id}/media_publish', '22:17 DELETE unknown /{id}']);
  });
});

describe('E8: PHP Graph URLs ending in `/`, and a class constant as Guzzle base_uri', () => {
  it("self::GRAPH_URL . $pageId . '/feed', define()'s constant . $id; new Client(['base_uri' => self::GRAPH])", () => {
    const feed = `<?php
namespace App\\Services;

use GuzzleHttp\\Client;

class FeedService
{
    const GRAPH_URL = 'https://graph.facebook.com/v19.0/';

    public function publish(string $pageId, string $message): void
    {
        (new Client())->post(self::GRAPH_URL . $pageId . '/feed', [
            'form_params' => ['message' => $message, 'access_token' => getenv('PAGE_TOKEN')],
        ]);
    }
}
`;
    expect(mapped('FeedService.php', feed)).toEqual(['12:30 POST /{page-id}/feed']);
    const ads = `<?php
namespace App;

use GuzzleHttp\\Client;

class Ads
{
    private const GRAPH = 'https://graph.facebook.com/v19.0/';

    public function create(string $adAccountId, array $p)
    {
        $http = new Client(['base_uri' => self::GRAPH]);
        return $http->post("$adAccountId/campaigns", ['form_params' => $p + ['access_token' => getenv('ADS_TOKEN')]]);
    }
}
`;
    expect(mapped('Ads.php', ads)).toEqual(['13:23 POST /{ad-account-id}/campaigns']);
    const top = `<?php
define('GRAPH', 'https://graph.facebook.com/v19.0/');
function a($pageId) {
  return file_get_contents(GRAPH . $pageId . '/feed');
}
function b($x) {
  $other = 'https://example.com/';
  return file_get_contents($other . $x . '/feed');
}
`;
    expect(mapped('top.php', top)).toEqual(['4:28 GET /{page-id}/feed']);
  });
});

describe("E14: Guzzle's async methods", () => {
  it('postAsync, requestAsync, getAsync on a base_uri client, deleteAsync with a full URL', () => {
    const php = `<?php
namespace App;

use GuzzleHttp\\Client;

class S
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client(['base_uri' => 'https://graph.facebook.com/v19.0/']);
    }

    public function pause(string $campaignId)
    {
        return $this->http->postAsync($campaignId, ['form_params' => ['status' => 'PAUSED', 'access_token' => getenv('ADS_TOKEN')]]);
    }

    public function remove(string $adId)
    {
        return $this->http->requestAsync('DELETE', $adId, ['query' => ['access_token' => getenv('ADS_TOKEN')]]);
    }

    public function read(string $pageId)
    {
        return $this->http->getAsync("{$pageId}/feed");
    }

    public function full(string $postId)
    {
        return (new Client())->deleteAsync('https://graph.facebook.com/v19.0/' . $postId);
    }
}
`;
    expect(mapped('S.php', php)).toEqual(['17:29 POST /{campaign-id}', '22:29 DELETE /{ad-id}', '27:29 GET /{page-id}/feed', '32:44 DELETE /{post-id}']);
  });
});

describe("E19: the PHP business SDK's legacy create()", () => {
  it("POST /{parent-id}/{endpoint} (the class's getEndpoint()); a class not listed is unresolved, never dropped", () => {
    const php = `<?php
use FacebookAds\\Api;
use FacebookAds\\Object\\Campaign;
use FacebookAds\\Object\\AdAccount;
use FacebookAds\\Object\\Fields\\CampaignFields;

Api::init(getenv('FB_APP_ID'), getenv('FB_APP_SECRET'), getenv('ADS_TOKEN'));
$campaign = new Campaign(null, 'act_123');
$campaign->setData([CampaignFields::NAME => 'Sale', CampaignFields::OBJECTIVE => 'OUTCOME_SALES']);
$campaign->create(['status' => Campaign::STATUS_PAUSED]);
$set = new AdSet(null, 'act_123');
$set->create();
$acct = new AdAccount('act_123');
$acct->create();
`;
    expect(mapped('legacy.php', php)).toEqual([
      '10:12 POST /{ad-account-id}/campaigns',
      '12:7 POST /{ad-account-id}/adsets',
      '14:8 POST unresolved: SDK create through the object (create): the parent edge is not read',
    ]);
  });
});
