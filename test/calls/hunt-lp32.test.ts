/**
 * The call reader against the gaps the LP2 and LP4 hunts left open (2026-12-06) and the session after: a Java
 * lambda's parameter over an edge read, a Python class-level annotation (a dataclass field), PHP's deprecated
 * `$node->update()` on an object of unknown class; `->` is a member access in PHP only.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('hunt LP2-5b: a Java lambda parameter over what an edge read returns', () => {
  it('`forEach(c -> {…})`, `(s) ->`, through `.stream()` and through a variable; not over a list of something else', () => {
    const java = `import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.AdAccount;
import com.facebook.ads.sdk.Campaign;

public class Ads {
  public static void main(String[] args) throws Exception {
    APIContext context = new APIContext(System.getenv("META_BOT_TOKEN"));
    AdAccount account = new AdAccount(args[0], context);
    account.getCampaigns().execute().forEach(c -> {
      try {
        c.update().setStatus(Campaign.EnumStatus.VALUE_PAUSED).execute();
      } catch (Exception e) {}
    });
    APINodeList<AdSet> sets = account.getAdSets().execute();
    sets.stream().forEach((s) -> s.delete().execute());
    sets.forEach(x -> x.update().execute());
    java.util.List<String> names = java.util.List.of("a");
    names.forEach(c -> c.update().execute());
  }
}
`;
    expect(mapped('src/Ads.java', java)).toEqual([
      '9:13 GET /{ad-account-id}/campaigns',
      '11:11 POST /{campaign-id}',
      '14:39 GET /{ad-account-id}/adsets',
      '15:36 DELETE /{adset-id}',
      '16:25 POST /{adset-id}',
      '18:26 POST unresolved: SDK method on an object of unknown class',
    ]);
  });

  it("a lambda's parameter holds in its expression only: the same name after the call is not the edge's class", () => {
    const java = `import com.facebook.ads.sdk.AdAccount;
class A {
  void f(AdAccount account, Thing c) {
    account.getAds().execute().forEach(c -> c.delete().execute());
    c.delete().execute();
  }
}
`;
    expect(mapped('src/A.java', java)).toEqual([
      '4:13 GET /{ad-account-id}/ads',
      '4:47 DELETE /{ad-id}',
      '5:7 DELETE unresolved: SDK method on an object of unknown class',
    ]);
  });
});

describe('a Java lambda after a `.map(…)` of the edge read takes what the map made, not the edge\'s class', () => {
  it('`getCampaigns().execute().stream().map(c -> c.getAdAccount()).forEach(x -> x.delete())`: unresolved, not a campaign\'s DELETE', () => {
    const java = `import com.facebook.ads.sdk.AdAccount;
class A {
  void f(AdAccount account) {
    account.getCampaigns().execute().stream().map(c -> lookup(c)).forEach(x -> x.delete().execute());
    account.getCampaigns().execute().stream().filter(c -> c.getId() != null).forEach(y -> y.delete().execute());
  }
}
`;
    expect(mapped('src/A.java', java)).toEqual([
      '4:13 GET /{ad-account-id}/campaigns',
      '4:82 DELETE unresolved: SDK method on an object of unknown class',
      '5:13 GET /{ad-account-id}/campaigns',
      '5:93 DELETE /{campaign-id}',
    ]);
  });
});

describe('hunt LP4-6b: a Python class-level annotation is the class member', () => {
  it('a dataclass field `campaign: Campaign`, `ad_set: AdSet | None = None`; a field of another type is not', () => {
    const py = `import os
from dataclasses import dataclass
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.campaign import Campaign
from facebook_business.adobjects.adset import AdSet

FacebookAdsApi.init(access_token=os.environ["META_BOT_TOKEN"])

@dataclass
class Runner:
    campaign: Campaign
    ad_set: AdSet | None = None
    other: str = "x"

    def pause(self):
        self.campaign.api_update(params={'status': 'PAUSED'})
        self.ad_set.api_delete()
        self.other.api_delete()
`;
    expect(mapped('src/launch.py', py)).toEqual(['16:23 POST /{campaign-id}', '17:21 DELETE /{adset-id}', '18:20 DELETE unresolved: SDK method on an object of unknown class']);
  });

  it('not a block header followed by a line (`else:`), nor an annotation inside a method', () => {
    const py = `from facebook_business.adobjects.campaign import Campaign
class Runner:
    if True:
        pass
    else:
        Campaign = None

    def pause(self):
        campaign: Campaign = load()
        self.campaign.api_update(params={})
`;
    expect(mapped('src/r.py', py)).toEqual(['10:23 POST unresolved: SDK method on an object of unknown class']);
  });
});

describe("PHP: the deprecated `$node->update()` on an object of unknown class (the PHP SDK's AdsPixelTest)", () => {
  it('is a POST, unresolved; not with an argument (Eloquent), nor on a `new` of another class', () => {
    const php = `<?php
use FacebookAds\\Object\\AdsPixel;
class T {
  public function testCrud() {
    $pixel = $this->getAccountPixel();
    $pixel->{AdsPixelsFields::NAME} = $name;
    $pixel->update();
    $user = User::find(1);
    $user->update(['name' => 'x']);
    $m = new Model();
    $m->update();
  }
}
`;
    expect(mapped('src/T.php', php)).toEqual(['7:13 POST unresolved: SDK method on an object of unknown class']);
  });
});

describe("hunt Y32-1: a PHP or Java class of the code's own named like an SDK class is not the SDK's", () => {
  it("PHP: `use App\\Models\\Campaign;` (Eloquent) makes `new Campaign()` the code's own; the SDK's alias is the SDK's", () => {
    const php = `<?php
namespace App\\Jobs;

use App\\Models\\Campaign;
use App\\Models\\{AdSet, Ad as LocalAd};
use FacebookAds\\Api;
use FacebookAds\\Object\\AdAccount;
use FacebookAds\\Object\\Campaign as FbCampaign;

class SyncCampaigns
{
    public function handle(AdSet $set, FbCampaign $remote)
    {
        $account = new AdAccount(getenv('AD_ACCOUNT_ID'));
        foreach ($account->getCampaigns(array('name')) as $row) {
            $local = new Campaign();
            $local->save();
            $set->update(['status' => 'PAUSED']);
            (new LocalAd())->deleteSelf();
            $remote->deleteSelf();
            (new FbCampaign('1'))->getAds();
        }
    }
}
`;
    expect(mapped('src/Sync.php', php)).toEqual([
      '15:28 GET /{ad-account-id}/campaigns',
      '19:30 DELETE unresolved: SDK method on an object of unknown class',
      '20:22 DELETE /{campaign-id}',
      '21:36 GET /{campaign-id}/ads',
    ]);
  });

  it('PHP: a class the file declares is its own', () => {
    const php = `<?php
use FacebookAds\\Object\\AdAccount;
final class Campaign extends Model {}
function f() { $c = new Campaign(); $c->save(); $a = new AdAccount('act_1'); $a->getAds(); }
`;
    expect(mapped('src/c.php', php)).toEqual(['4:82 GET /{ad-account-id}/ads']);
  });

  it('Java: `import com.acme.model.Campaign;` is the code\'s own; `com.facebook.ads.sdk.Campaign` written out is the SDK\'s', () => {
    const java = `package com.acme.jobs;

import com.acme.model.Campaign;
import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.AdAccount;

public class Sync {
  public void run() throws Exception {
    APIContext ctx = new APIContext(System.getenv("META_ADS_TOKEN"));
    AdAccount account = new AdAccount(System.getenv("AD_ACCOUNT_ID"), ctx);
    for (com.facebook.ads.sdk.Campaign c : account.getCampaigns().requestNameField().execute()) {
      Campaign local = new Campaign(c.getId(), c.getFieldName());
      local.update();
      local.delete();
      c.update().execute();
    }
  }
}
`;
    expect(mapped('src/Sync.java', java)).toEqual(['11:52 GET /{ad-account-id}/campaigns', '15:9 POST /{campaign-id}']);
  });

  it('Kotlin: a `data class Campaign` of the file is its own; an import `as` of the SDK\'s is the SDK\'s', () => {
    const kt = `import com.facebook.ads.sdk.AdAccount
import com.facebook.ads.sdk.AdSet as FbAdSet

data class Campaign(val id: String) { fun delete() {} }

fun run(ctx: APIContext) {
  Campaign("1").delete()
  FbAdSet("2", ctx).delete().execute()
}
`;
    expect(mapped('src/Sync.kt', kt)).toEqual(['8:21 DELETE /{adset-id}']);
  });
});

describe('hunt Y32 (Ruby): blocks, wrappers, the session argument and edges the SDK data lacks', () => {
  it("Y32-2: `FacebookAds::X.get(id) do |obj| … end` binds the block's parameter; the lazy get sends no GET when the block only writes", () => {
    const rb = `require 'facebookbusiness'

FacebookAds::AdAccount.get(ENV['AD_ACCOUNT_ID']) do |ad_account|
  ad_account.campaigns.create({
    name: 'Test Campaign',
    objective: 'OUTCOME_TRAFFIC',
  })
end

FacebookAds::Campaign.get(ENV['CAMPAIGN_ID']) do |campaign|
  campaign.destroy
end
FacebookAds::AdAccount.get(ENV['AD_ACCOUNT_ID']) { |a| puts a.name }
`;
    expect(mapped('ads.rb', rb)).toEqual(['4:14 POST /{ad-account-id}/campaigns', '11:12 DELETE /{campaign-id}', '13:14 GET /{ad-account-id}']);
  });

  it('a block on one line, `each do |c| c.destroy end`, binds its parameter; `r.end` is no end of a block', () => {
    const rb = `require 'facebookbusiness'

account = FacebookAds::AdAccount.get(ENV['AD_ACCOUNT_ID'])
account.campaigns.each do |c| c.destroy end
account.ads.each do |ad|
  ad.destroy
end
ranges.each do |r| puts r.end end
account.adsets.each do |s| s.status = 'PAUSED'; s.save end
c.destroy
`;
    // Before, lines 4 and 9 lost their DELETE and POST (the block's end was looked for on a later line only).
    expect(mapped('one_line.rb', rb)).toEqual([
      '4:9 GET /{ad-account-id}/campaigns',
      '4:33 DELETE /{campaign-id}',
      '5:9 GET /{ad-account-id}/ads',
      '6:6 DELETE /{ad-id}',
      '9:9 GET /{ad-account-id}/adsets',
      '9:51 POST /{adset-id}',
    ]);
  });

  it("a class of the code's own in another namespace (`Acme::Campaign.get(id)`, `.new`) is not the SDK's", () => {
    const rb = `require 'facebookbusiness'

class CampaignSync
  def run(id)
    local = Acme::Campaign.get(id)
    local.status = 'PAUSED'
    local.save
    Acme::AdSet.get(id).destroy
    remote = FacebookAds::Campaign.get(id)
    remote.status = 'PAUSED'
    remote.save
    ::FacebookAds::AdSet.get(id).destroy
    Acme::Campaign.get(id) do |c|
      c.destroy
    end
    made = Acme::Ad.new(name: 'x')
    made.save
  end
end
`;
    // Before, lines 7, 8, 14 and 17 were read as the SDK's POST, DELETE, DELETE and POST.
    expect(mapped('app/jobs/campaign_sync.rb', rb)).toEqual(['11:12 POST /{campaign-id}', '12:34 DELETE /{adset-id}']);
  });

  it('Y32-3: `x = wrapper { FacebookAds::X.get(id) }` is the node', () => {
    const rb = `require 'facebookbusiness'

def hide(comment_id)
  comment = with_retry { FacebookAds::Comment.get(comment_id) }
  comment.is_hidden = true
  comment.save
end
`;
    expect(mapped('hide.rb', rb)).toEqual(['6:11 POST /{comment-id}']);
  });

  it("Y32-7: an edge's `.each do |c|` (and `{ |c| }`) binds the edge's class in the block only", () => {
    const rb = `require 'facebookbusiness'

account = FacebookAds::AdAccount.get(ENV['AD_ACCOUNT_ID'])
account.campaigns(fields: 'name').each do |campaign|
  campaign.status = 'PAUSED'
  campaign.save
end
account.ads.each { |ad| ad.destroy }
campaign.save
`;
    expect(mapped('pause.rb', rb)).toEqual(['4:9 GET /{ad-account-id}/campaigns', '6:12 POST /{campaign-id}', '8:9 GET /{ad-account-id}/ads', '8:28 DELETE /{ad-id}']);
  });

  it("Y32-8 and R1: `get`'s second argument is fields only as a string or a list; given fields, the lazy get still sends nothing until one is read", () => {
    const rb = `require 'facebookbusiness'

def create_ad(token, account_id, attributes)
  session = FacebookAds::Session.new(access_token: token)
  ad_account = FacebookAds::AdAccount.get("act_#{account_id}", session)
  ad_account.ads.create(attributes)
end

def hide(comment_id, page_token)
  comment = FacebookAds::Comment.get(comment_id, access_token: page_token)
  comment.is_hidden = true
  comment.save
end

def pause(id)
  campaign = FacebookAds::Campaign.get(id, 'name,status')
  campaign.status = 'PAUSED'
  campaign.save
end

def show(id)
  campaign = FacebookAds::Campaign.get(id, 'name,status')
  puts campaign.name
end
`;
    expect(mapped('ads.rb', rb)).toEqual([
      '6:14 POST /{ad-account-id}/ads',
      '12:11 POST /{comment-id}',
      '18:12 POST /{campaign-id}',
      '22:27 GET /{campaign-id}',
    ]);
  });

  it("Y32-4: a write to an edge the SDK's definitions lack is unresolved, not a GET of the node", () => {
    const rb = `require 'facebookbusiness'

business = FacebookAds::Business.get(ENV['BUSINESS_ID'])
business.offline_conversion_data_sets.create({
  name: 'offline_event_set',
})
`;
    expect(mapped('offline.rb', rb)).toEqual(["4:10 POST unresolved: SDK method not in the SDK's definitions"]);
  });
});

describe("hunt Y32-6: the SDKs' own escape hatches", () => {
  it("Java: `new APIRequest<T>(context, node, \"/edge\", \"METHOD\", parser)` is that call; a method not read is unresolved", () => {
    const java = `import com.facebook.ads.sdk.*;

public class Adhoc {
  public static void main(String[] args) throws APIException {
    APIContext context = new APIContext(System.getenv("META_ADS_TOKEN"));
    new APIRequest<APINode>(context, "act_" + args[0], "/campaigns", "POST", null)
        .execute(java.util.Map.of("name", "x", "objective", "OUTCOME_TRAFFIC"));
    new APIRequest<AdAccount>(context, "me", "/adaccounts", "GET", AdAccount.getParser()).execute();
    new APIRequest<APINode>(context, "act_1", "/campaigns", verb, null).execute();
  }
}
`;
    expect(mapped('Adhoc.java', java)).toEqual([
      '6:9 POST /{ad-account-id}/campaigns',
      '8:9 GET /{user-id}/adaccounts',
      '9:9 GET unresolved: its HTTP method is in a value not read here',
    ]);
  });

  it("PHP: `Api::instance()->call($path, 'POST', $params)`, on a variable holding `Api::init(…)`, GET by default, `RequestInterface::METHOD_POST`", () => {
    const php = `<?php
use FacebookAds\\Api;
use FacebookAds\\Http\\RequestInterface;

Api::init(null, null, getenv('META_ADS_TOKEN'));
Api::instance()->call('/' . $adAccountId . '/campaigns', 'POST', array('name' => 'x'));
$api = Api::init(null, null, getenv('T'));
$api->call('/me/adaccounts');
$api->call("/{$pageId}/feed", RequestInterface::METHOD_POST, []);
$other->call('/me', 'DELETE');
`;
    expect(mapped('adhoc.php', php)).toEqual([
      '6:18 POST /{ad-account-id}/campaigns',
      '8:7 GET /{user-id}/adaccounts',
      '9:7 POST /{page-id}/feed',
    ]);
  });
});

describe('a URL joined around an element of a value (`args[0]`, `row["page_id"]`) goes on after it', () => {
  it('JavaScript, Python, PHP and Java: the edge after the element is read (it was dropped: `POST /{ad-account-id}`)', () => {
    const js = `fetch("https://graph.facebook.com/v25.0/act_" + args[0] + "/campaigns", { method: 'POST' });
fetch("https://graph.facebook.com/v25.0/" + row["page_id"] + "/feed", { method: 'POST' });
fetch("https://graph.facebook.com/v25.0/" + pages[i].id + "/feed", { method: 'POST' });
`;
    expect(mapped('a.js', js)).toEqual(['1:7 POST /{ad-account-id}/campaigns', '2:7 POST /{page-id}/feed', '3:7 POST /{page-id}/feed']);
    const py = `import requests
requests.post("https://graph.facebook.com/v25.0/" + page["id"] + "/feed")
`;
    expect(mapped('a.py', py)).toEqual(['2:15 POST /{page-id}/feed']);
    const php = `<?php
$r = $client->post("https://graph.facebook.com/v25.0/" . $pageIds[0] . "/feed");
`;
    expect(mapped('a.php', php)).toEqual(['2:20 POST /{page-id}/feed']);
  });
});

describe('hunt Y32A: the review of these changes', () => {
  it("Y32A-1: Ruby `get`'s fields in a constant are fields; a session variable, `ad_account.session` and a hash are not", () => {
    const rb = `require 'facebookbusiness'
PAGE_FIELDS = 'instagram_business_account,name'
def instagram_account_of(page_id, session)
  page = FacebookAds::Page.get(page_id, PAGE_FIELDS)
  page.instagram_business_account
  other = FacebookAds::Page.get(page_id, session)
  other.name
  third = FacebookAds::Page.get(page_id, ad_account.session)
  third.feed.create(message: 'x')
end
`;
    expect(mapped('ig.rb', rb)).toEqual(['4:23 GET /{page-id} ["instagram_business_account"]', '6:24 GET /{page-id}', '9:9 POST /{page-id}/feed']);
  });

  it("Y32A-2: an element with a key that is no id (`EDGES['comments']`) is no node's name: an unknown call, not a comment's", () => {
    const py = `import requests
GRAPH = "https://graph.facebook.com/v25.0"
EDGES = {"comments": "/comments"}
comments = "x"
def media_comments(media_id):
    return requests.get(GRAPH + "/" + media_id + EDGES["comments"]).json()
`;
    expect(mapped('c.py', py)).toEqual(['6:25 GET unknown /{id}']);
  });

  it('Y32A-3: a `do` after a long line still ends at its `end` (one walk for the file)', () => {
    const head = Array.from({ length: 300 }, (_, n) => `x${n}`).join('; ');
    const rb = `require 'facebookbusiness'
${head}; FacebookAds::Campaign.get(id) do |c|
  c.destroy
end
c.destroy
`;
    expect(mapped('long.rb', rb)).toEqual(['3:5 DELETE /{campaign-id}']);
  });

  it("Y32A-4: the code's own `APIRequest` and `Api` (imported from elsewhere) are no SDK requests", () => {
    const java = `package com.acme.ads;
import com.acme.http.APIRequest;
import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.AdAccount;
public class OrderSync {
  public void run(HttpClient http, String shopId) throws Exception {
    new APIRequest<String>(http, shopId, "/orders", "DELETE", null).send();
  }
}
`;
    expect(mapped('OrderSync.java', java)).toEqual([]);
    const php = `<?php
use App\\Support\\Api;
use FacebookAds\\Object\\AdAccount;
function sync_orders(string $shopId) {
  Api::instance()->call('/' . $shopId . '/orders', 'DELETE', []);
}
`;
    expect(mapped('sync.php', php)).toEqual([]);
  });
});

describe("PHP: `(new AdAccount($id))->read([…])` returns the node (the PHP SDK's adgroup_creation.php)", () => {
  it('the variable it is assigned holds the class: its creates are read', () => {
    const php = `<?php
use FacebookAds\\Object\\AdAccount;
$account = (new AdAccount('act_1'))->read(array(AdAccountFields::ID));
$account->createCampaign(array(), array('name' => 'x'));
$a2 = (new AdAccount('act_2'))->getSelf();
$a2->createCampaign(array(), array());
$list = (new AdAccount('act_3'))->getCampaigns();
$list->createCampaign(array(), array());
`;
    expect(mapped('a.php', php)).toEqual([
      '3:38 GET /{ad-account-id}',
      '4:11 POST /{ad-account-id}/campaigns',
      '5:33 GET /{ad-account-id}',
      '6:6 POST /{ad-account-id}/campaigns',
      '7:35 GET /{ad-account-id}/campaigns',
      '8:8 POST unresolved: SDK method on an object of unknown class',
    ]);
  });
});

describe('hunt KT (Kotlin, Go and TypeScript backends)', () => {
  it("TS-1: each function's own `const url` is the path its call sends (the first function's was read for all)", () => {
    const ts = `import axios from 'axios'
const client = axios.create({ baseURL: 'https://graph.facebook.com/v25.0' })
export async function pagePosts(pageId: string) {
  const url = \`/\${pageId}/feed\`
  return client.get(url)
}
export async function createCampaign(adAccountId: string) {
  const url = \`/\${adAccountId}/campaigns\`
  return client.post(url, { name: 'x' })
}
`;
    expect(mapped('ads.ts', ts)).toEqual(['5:17 GET /{page-id}/feed', '9:17 POST /{ad-account-id}/campaigns']);
  });

  it("GO-1: resty's `client.R().Execute(resty.MethodPost, path)` on a client with a Graph base URL", () => {
    const go = `package main

import (
	"os"

	"github.com/go-resty/resty/v2"
)

const graphURL = "https://graph.facebook.com/v25.0"

func main() {
	client := resty.New().SetBaseURL(graphURL).SetAuthToken(os.Getenv("META_TOKEN"))
	pageID := os.Getenv("PAGE_ID")
	client.R().SetFormData(map[string]string{"message": "hi"}).Execute(resty.MethodPost, "/"+pageID+"/feed")
	client.R().Execute(method, "/"+pageID+"/feed")
}
`;
    expect(mapped('main.go', go)).toEqual(['14:61 POST /{page-id}/feed', '15:13 GET unresolved: its HTTP method is in a value not read here']);
  });

  it('KT-2: a bare call in a scope function (`apply`, `run`, `with`) is made on its object', () => {
    const kt = `import com.facebook.ads.sdk.APIContext
import com.facebook.ads.sdk.Campaign
import com.facebook.ads.sdk.AdSet

class CampaignJobs {
    private val ctx = APIContext(System.getenv("META_TOKEN"))
    fun pause(campaignId: String) {
        Campaign(campaignId, ctx).apply {
            update().setStatus(Campaign.EnumStatus.VALUE_PAUSED).execute()
        }
    }
    fun remove(campaignId: String) {
        with(AdSet(campaignId, ctx)) {
            delete().execute()
        }
    }
    fun other(list: MutableList<String>) {
        list.apply { clear() }
    }
}
`;
    expect(mapped('CampaignJobs.kt', kt)).toEqual(['9:13 POST /{campaign-id}', '14:13 DELETE /{adset-id}']);
  });

  it("KT-3: a Kotlin lambda's parameter and `it` over an edge read, and a `for (c in …)` loop, are the edge's class", () => {
    const kt = `import com.facebook.ads.sdk.APIContext
import com.facebook.ads.sdk.AdAccount
import com.facebook.ads.sdk.Campaign

class PauseAll {
    private val ctx = APIContext(System.getenv("META_TOKEN"))
    fun named(accountId: String) {
        AdAccount(accountId, ctx).getCampaigns().execute().forEach { c ->
            c.update().setStatus(Campaign.EnumStatus.VALUE_PAUSED).execute()
        }
    }
    fun implicit(accountId: String) {
        AdAccount(accountId, ctx).getAds().execute().forEach {
            it.delete().execute()
        }
    }
    fun loop(accountId: String) {
        for (camp in AdAccount(accountId, ctx).getCampaigns().execute()) {
            camp.delete().execute()
        }
    }
    fun mapped(accountId: String) {
        AdAccount(accountId, ctx).getCampaigns().execute().map { lookup(it) }.forEach { it.delete().execute() }
    }
}
`;
    expect(mapped('PauseAll.kt', kt)).toEqual([
      '8:35 GET /{ad-account-id}/campaigns',
      '9:15 POST /{campaign-id}',
      '13:35 GET /{ad-account-id}/ads',
      '14:16 DELETE /{ad-id}',
      '18:48 GET /{ad-account-id}/campaigns',
      '19:18 DELETE /{campaign-id}',
      '23:35 GET /{ad-account-id}/campaigns',
      '23:92 DELETE unresolved: SDK method on an object of unknown class',
    ]);
  });
});

describe('hunt TS-2: a Graph client taken out of an options parameter', () => {
  it('`const { client } = params` and `const client = opts.client` are the file\'s Graph client; one out of another call or object is not', () => {
    const ts = `import axios, { AxiosInstance } from 'axios'
async function createInsightsJob(params: { client: AxiosInstance; adAccountId: string }) {
  const { client, adAccountId } = params
  const { data } = await client.post(\`/\${adAccountId}/insights\`, null, { params: { level: 'ad', async: true } })
  return data
}
async function other(opts: any) {
  const client = opts.client
  return client.delete(\`/\${opts.postId}\`)
}
async function stripe() {
  const { client } = makeStripe()
  return client.get('/v1/charges')
}
async function stripe2(opts) {
  const client = billing.client
  return client.get('/v1/charges')
}
export async function handle(adAccountId: string) {
  const client = axios.create({ baseURL: 'https://graph.facebook.com/v25.0' })
  const { data } = await client.get(\`/\${adAccountId}/ads\`, { params: { fields: 'id,name' } })
  return createInsightsJob({ client, adAccountId })
}
`;
    expect(mapped('a.ts', ts)).toEqual(['4:33 POST /{ad-account-id}/insights', '9:17 DELETE /{post-id}', '21:33 GET /{ad-account-id}/ads']);
  });
});

describe('hunt KT-1: a Retrofit interface made by a bare `create()` or `create<GraphApi>()`, typed by what it is assigned to', () => {
  const kt = `package demo

import retrofit2.Call
import retrofit2.Retrofit
import retrofit2.http.GET
import retrofit2.http.POST
import retrofit2.http.Path
import retrofit2.http.Query

private const val VERSION = "20.0"

// Cut down from theopenconversationkit/tock bot/connector-messenger/src/main/kotlin/MessengerClient.kt
internal class MessengerClient(val secretKey: String) {
    interface GraphApi {
        @POST("/v$VERSION/me/messages")
        fun sendMessage(@Query("access_token") accessToken: String): Call<String>

        @POST("/v$VERSION/{pageId}/subscribed_apps")
        fun subscribedApps(@Path("pageId") pageId: String, @Query("access_token") accessToken: String): Call<String>
    }

    interface StatusApi {
        @GET("/platform/api-status")
        fun status(): Call<String>
    }

    private val graphApi: GraphApi
    private val statusApi: StatusApi

    init {
        graphApi = Retrofit.Builder()
            .baseUrl("https://graph.facebook.com")
            .build()
            .create()
        statusApi = Retrofit.Builder()
            .baseUrl("https://www.facebook.com")
            .build()
            .create()
    }
}
`;
  it('`.create()` into a `val graphApi: GraphApi` of a Retrofit with a Graph base URL, beside one with another', () => {
    expect(mapped('MessengerClient.kt', kt)).toEqual(['15:9 POST /{page-id}/messages', '18:9 POST /{page-id}/subscribed_apps']);
  });
  it('`.create<GraphApi>()` in the same chain', () => {
    const typed = kt.replace('.build()\n            .create()\n        statusApi', '.build()\n            .create<GraphApi>()\n        statusApi');
    expect(typed).not.toBe(kt);
    expect(mapped('MessengerClient.kt', typed)).toEqual(['15:9 POST /{page-id}/messages', '18:9 POST /{page-id}/subscribed_apps']);
  });
});

describe("hunt GO-2: a Go path held by `fmt.Sprintf` in a local and passed to the file's request helper", () => {
  it('is read as the same path held by a concatenation is; another function\'s local of the name is not it', () => {
    const go = `package main
import ("fmt"; "net/http"; "net/url")
func buildRequest(edge string, params url.Values) (*http.Request, error) {
	baseUrl := "https://graph.facebook.com/v17.0" + edge
	req, err := http.NewRequest("GET", baseUrl, nil)
	return req, err
}
func a(accountID string) {
	edge := fmt.Sprintf("/%s/campaigns", accountID)
	req, _ := buildRequest(edge, url.Values{})
	_ = req
}
func b(pageID string) {
	edge := fmt.Sprintf("/%s/feed", pageID)
	req, _ := buildRequest(edge, url.Values{})
	_ = req
}
`;
    expect(mapped('main.go', go)).toEqual(['5:37 GET unresolved: computed path', '10:25 GET /{ad-account-id}/campaigns', '15:25 GET /{page-id}/feed']);
  });
});
