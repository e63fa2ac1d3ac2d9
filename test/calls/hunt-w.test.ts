/**
 * The call reader against hunt W's cases (2026-12-06: graphguard run on public repositories that call the Graph
 * API through Meta's business SDKs, catalog and Instagram publishing code). Each case is the shape of the real
 * code, cut down.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { infer } from '../../src/infer.js';
import type { Manifest } from '../../src/manifest/types.js';
import { mapped } from '../helpers/calls.js';
import { HEAD } from '../helpers/manifests.js';

const manifest = (permissions: string, secret: string) =>
  parse(`${HEAD}  - name: bot
    role: system_user
    environment: production
    permissions: [${permissions}]
    token: { secret: ${secret} }
`) as Manifest;

describe("hunt W: a request helper's path in a local of each caller (W1)", () => {
  it("Python: each site reads its own function's `endpoint`, not the first function's", () => {
    const py = `import os
import requests

GRAPH = "https://graph.facebook.com/v19.0"
TOKEN = os.environ["META_SHOP_TOKEN"]


def _graph(method, endpoint, data=None):
    url = f"{GRAPH}/{endpoint}"
    return requests.request(method, url, params={"access_token": TOKEN}, json=data)


def page_posts(page_id):
    endpoint = f"{page_id}/feed"
    return _graph("GET", endpoint)


def add_product(catalog_id, product):
    endpoint = f"{catalog_id}/products"
    return _graph("POST", endpoint, product)
`;
    expect(mapped('catalog_api.py', py)).toEqual(['15:26 GET /{page-id}/feed', '20:27 POST /{product-catalog-id}/products']);
    const u = infer({ manifest: manifest('pages_read_engagement, business_management, catalog_management', 'META_SHOP_TOKEN'), files: [{ path: 'catalog_api.py', text: py }] }).users[0]!;
    expect(u.permissions.missing).toEqual([]);
    expect(u.permissions.unused).toEqual([]);
  });

  it('JavaScript: `const path = …` in each caller', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v19.0';
function graph(method, path, product) { return fetch(\`\${GRAPH}/\${path}\`, { method }); }
function posts(pageId) { const path = \`\${pageId}/feed\`; return graph('GET', path); }
function add(catalogId, product) { const path = \`\${catalogId}/products\`; return graph('POST', path, product); }
`;
    expect(mapped('catalog.js', js).filter((c) => !c.includes('unresolved'))).toEqual(['3:77 GET /{page-id}/feed', '4:95 POST /{product-catalog-id}/products']);
  });
});

describe("hunt W: a URL constant passed to the file's own request helper (W2)", () => {
  const py = `import os
import requests

PAGE_ACCESS_TOKEN = os.getenv("PAGE_ACCESS_TOKEN")
FACEBOOK_PAGE_ID = os.getenv("FACEBOOK_PAGE_ID")

GRAPH_API_BASE = "https://graph.facebook.com/v18.0"
GRAPH_API_FEED = f"{GRAPH_API_BASE}/{FACEBOOK_PAGE_ID}/feed"


def _post_to_graph(url, payload=None):
    response = requests.post(url, params={"access_token": PAGE_ACCESS_TOKEN}, data=payload, timeout=15)
    return response.json()


def publish_pet_post(message):
    return _post_to_graph(GRAPH_API_FEED, payload={"message": message})


def latest_posts():
    return requests.get(GRAPH_API_FEED, params={"access_token": PAGE_ACCESS_TOKEN}).json()
`;

  it('Python: the helper sends the constant with its own request method, at the site', () => {
    expect(mapped('publicar_fb.py', py)).toEqual(['17:27 POST /{page-id}/feed', '21:25 GET /{page-id}/feed']);
    const u = infer({ manifest: manifest('pages_manage_posts, pages_read_engagement, business_management, pages_show_list', 'PAGE_ACCESS_TOKEN'), files: [{ path: 'publicar_fb.py', text: py }] }).users[0]!;
    expect(u.permissions.unused).not.toContain('pages_manage_posts');
  });

  it('JavaScript: `postToGraph(FEED, …)` over `fetch(url, { method: "POST" })`; a function that sends nothing is no request', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v19.0';
const FEED = \`\${GRAPH}/\${process.env.FACEBOOK_PAGE_ID}/feed\`;
async function postToGraph(url, body) {
  const r = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  return r.json();
}
export async function publish(m) {
  return postToGraph(FEED, { message: m });
}
function log(x, y) { console.log(x, y); }
log(FEED, 1);
`;
    expect(mapped('publish.js', js)).toEqual(['8:22 POST /{page-id}/feed']);
  });
});

describe("hunt Z3: only the argument the helper sends as its URL is a use (Z3-2)", () => {
  it('Python and JavaScript: a Graph URL passed as data to the same helper is no request', () => {
    const py = `import os
import requests

TOKEN = os.environ["PAGE_ACCESS_TOKEN"]
GRAPH = "https://graph.facebook.com/v19.0"
PHOTOS_URL = f"{GRAPH}/{os.environ['PAGE_ID']}/photos"
AVATAR_URL = f"{GRAPH}/{os.environ['PAGE_ID']}/picture?type=large"


def post_photo(endpoint, image_url):
    return requests.post(endpoint, data={"url": image_url, "access_token": TOKEN})


post_photo(PHOTOS_URL, AVATAR_URL)
post_photo(image_url=AVATAR_URL, endpoint=PHOTOS_URL)
`;
    expect(mapped('photo.py', py)).toEqual(['14:12 POST /{page-id}/photos', '15:43 POST /{page-id}/photos']);
    const js = `const axios = require('axios');
const GRAPH = 'https://graph.facebook.com/v19.0';
const PHOTOS_URL = \`\${GRAPH}/\${process.env.PAGE_ID}/photos\`;
const AVATAR_URL = \`\${GRAPH}/\${process.env.PAGE_ID}/picture?type=large\`;

function postPhoto(endpoint, imageUrl) {
  return axios.post(endpoint, { url: imageUrl, access_token: process.env.PAGE_ACCESS_TOKEN });
}

postPhoto(PHOTOS_URL, AVATAR_URL);
`;
    expect(mapped('photo.js', js)).toEqual(['10:11 POST /{page-id}/photos']);
  });
});

describe('hunt W: what an SDK method returns (W3, W4)', () => {
  it('Python and Node: `x = AdAccount(id).create_campaign(…)` holds the new Campaign: its update is the campaign’s', () => {
    const py = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adaccount import AdAccount

FacebookAdsApi.init(access_token=os.environ["FB_TOKEN"])


def launch(account_id, name):
    campaign = AdAccount(account_id).create_campaign(params={"name": name, "status": "PAUSED"})
    campaign.api_update(params={"status": "ACTIVE"})
    account = AdAccount(account_id)
    ad_set = account.create_ad_set(params={"name": name})
    ad_set.api_delete()
    other = AdAccount(account_id).get_campaigns()
    other.api_update(params={})
    return campaign["id"]
`;
    expect(mapped('launch.py', py)).toEqual([
      '9:38 POST /{ad-account-id}/campaigns',
      '10:14 POST /{campaign-id}',
      '12:22 POST /{ad-account-id}/adsets',
      '13:12 DELETE /{adset-id}',
      '14:35 GET /{ad-account-id}/campaigns',
      // What a list read returns is no one object: the update is not the ad account's.
      '15:11 POST unresolved: SDK method on an object of unknown class',
    ]);
    const js = `const bizSdk = require('facebook-nodejs-business-sdk');
bizSdk.FacebookAdsApi.init(process.env.FB_TOKEN);

async function launch(accountId, name) {
  const campaign = await new bizSdk.AdAccount(accountId).createCampaign([], { name, status: 'PAUSED' });
  await campaign.update([], { status: 'ACTIVE' });
  return campaign.id;
}
module.exports = { launch };
`;
    expect(mapped('launch.js', js)).toEqual(['5:58 POST /{ad-account-id}/campaigns', '6:18 POST /{campaign-id}']);
  });

  it('a read of the object made in the same line returns that object: its later create is the class’s (hunt Z3-1)', () => {
    const py = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adaccount import AdAccount
from facebook_business.adobjects.campaign import Campaign

FacebookAdsApi.init(access_token=os.environ["FB_TOKEN"])

account = AdAccount(os.environ["AD_ACCOUNT_ID"]).api_get(fields=[AdAccount.Field.name])
campaign = account.create_campaign(params={Campaign.Field.name: "Spring", Campaign.Field.status: Campaign.Status.paused})
`;
    expect(mapped('app.py', py)).toEqual(['8:50 GET /{ad-account-id}', '9:20 POST /{ad-account-id}/campaigns']);
    const js = `const bizSdk = require('facebook-nodejs-business-sdk');
const { AdAccount } = bizSdk;
bizSdk.FacebookAdsApi.init(process.env.FB_TOKEN);

async function main() {
  const account = await new AdAccount(process.env.AD_ACCOUNT_ID).get([AdAccount.Fields.name]);
  return account.createCampaign([], { name: 'Spring', status: 'PAUSED' });
}
main();
`;
    expect(mapped('app.js', js)).toEqual(['6:66 GET /{ad-account-id}', '7:18 POST /{ad-account-id}/campaigns']);
    const kt = `import com.facebook.ads.sdk.APIContext
import com.facebook.ads.sdk.AdAccount

fun main() {
    val context = APIContext(System.getenv("FB_TOKEN"))
    val account = AdAccount(System.getenv("AD_ACCOUNT_ID"), context).get().requestNameField().execute()
    account.createCampaign().setName("Spring").execute()
}
`;
    expect(mapped('App.kt', kt)).toEqual(['6:70 GET /{ad-account-id}', '7:13 POST /{ad-account-id}/campaigns']);
    const rb = `require 'facebookbusiness'
FacebookAds.configure { |c| c.access_token = ENV['FB_TOKEN'] }
account = FacebookAds::AdAccount.get(ENV['AD_ACCOUNT_ID']).tap { |a| puts a.name }
ads = account.ads(fields: 'name')
`;
    expect(mapped('app.rb', rb)).toEqual(['4:15 GET /{ad-account-id}/ads']);
  });

  it('Python: the async insights job is an AdReportRun: `api_get()` reads the run, `get_result()` its insights', () => {
    const py = `import os
import time
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adaccount import AdAccount
from facebook_business.adobjects.adreportrun import AdReportRun

FacebookAdsApi.init(access_token=os.environ["FB_TOKEN"])


def daily_report(account_id):
    async_job = AdAccount(account_id).get_insights(fields=["spend"], params={"level": "ad"}, is_async=True)
    async_job.api_get()
    while async_job[AdReportRun.Field.async_percent_completion] < 100:
        time.sleep(1)
        async_job.api_get()
    return async_job.get_result()
`;
    expect(mapped('report.py', py)).toEqual([
      '11:39 POST /{ad-account-id}/insights',
      '12:15 GET /{report-run-id}',
      '15:19 GET /{report-run-id}',
      '16:22 GET /{report-run-id}/insights',
    ]);
  });
});

describe('hunt W: the code’s own methods and the SDK’s former name (W6, W8)', () => {
  it("PHP: `$this->createInstance()` of the file's own class is no SDK call (the SDK's AdStudy has one)", () => {
    const php = `<?php
namespace App;
use FacebookAds\\Api;
class FacebookServiceProvider {
    public function register() {
        $this->app->singleton('fb', function () {
            return $this->createInstance();
        });
    }
    protected function createInstance() {
        return Api::init(config('fb.app_id'), config('fb.secret'), config('fb.token'));
    }
}
`;
    expect(mapped('src/FacebookServiceProvider.php', php)).toEqual([]);
  });

  it('Python: the SDK under its former package name `facebookads` is read', () => {
    const py = `import os
from facebookads.api import FacebookAdsApi
from facebookads.adobjects.adaccount import AdAccount
from facebookads.adobjects.campaign import Campaign

FacebookAdsApi.init(access_token=os.environ["FB_TOKEN"])


def create_campaign(account_id, name):
    return AdAccount(account_id).create_campaign(params={Campaign.Field.name: name, Campaign.Field.objective: "LINK_CLICKS"})
`;
    expect(mapped('campaigns.py', py)).toEqual(['10:34 POST /{ad-account-id}/campaigns']);
  });
});
