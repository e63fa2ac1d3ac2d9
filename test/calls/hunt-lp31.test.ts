/**
 * The call reader against hunt LP31 (2026-12-06, /tmp/h31-lp/REPORT.md): how a name is bound to an SDK class. A
 * binding holds from its token on, in its function, until the name is given something else; a Python name is the
 * SDK's class only when the file does not import or define its own of that name; a Python SDK object is a mapping.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('hunt LP31-1: a JavaScript name bound to an SDK class holds in its function, until given something else', () => {
  it("another function's `new Map()` and a model's `save()` under the same names are no Graph calls", () => {
    const text = `const { AdAccount, Campaign } = require('facebook-nodejs-business-sdk');
const CampaignModel = require('./models/campaign');

async function listNames(accountId) {
  const account = new AdAccount(accountId);
  for (const c of await account.getCampaigns(['name'])) {
    console.log(c.name);
  }
}

async function readCampaign(id) {
  const campaign = new Campaign(id);
  return campaign.get(['name', 'status']);
}

function purge(cache) {
  const c = new Map(cache);
  c.delete('stale');
  return c;
}

async function storeCampaign(data) {
  const campaign = new CampaignModel(data);
  await campaign.save();
  return campaign;
}
`;
    expect(mapped('src/campaigns.js', text)).toEqual(['6:33 GET /{ad-account-id}/campaigns', '13:19 GET /{campaign-id}']);
  });

  it('a loop variable of campaigns holds in its loop\'s function; a parameter of the same name elsewhere hides it', () => {
    const text = `const { AdAccount } = require('facebook-nodejs-business-sdk');
async function pauseAll(id) {
  for (const c of await new AdAccount(id).getCampaigns(['name'])) await c.update([], { status: 'PAUSED' });
}
function clear(c) {
  c.update([], {});
}
`;
    expect(mapped('src/pause.js', text)).toEqual([
      '3:43 GET /{ad-account-id}/campaigns',
      '3:75 POST /{campaign-id}',
      "6:5 POST unresolved: SDK method on an object of unknown class",
    ]);
  });

  it('re-assigned in the same function: the new value, not the SDK object', () => {
    const text = `const { AdAccount, Campaign } = require('facebook-nodejs-business-sdk');
async function f(id) {
  let campaign = new Campaign(id);
  await campaign.get(['name']);
  campaign = await loadFromDb(id);
  await campaign.save();
}
`;
    expect(mapped('src/f.js', text)).toEqual(['4:18 GET /{campaign-id}']);
  });

  it("a read's callback parameter is the node read (`account.read([…]).then((account) => …)`, Meta's own example)", () => {
    const text = `const { AdAccount } = require('facebook-nodejs-business-sdk');
const account = new AdAccount('act_1');
account.read(['name']).then((account) => account.getCampaigns(['name']));
account.read(['name']).then(a => a.getAds(['name']));
`;
    expect(mapped('src/read.js', text)).toEqual([
      '3:9 GET /{ad-account-id}',
      '3:50 GET /{ad-account-id}/campaigns',
      '4:9 GET /{ad-account-id}',
      '4:36 GET /{ad-account-id}/ads',
    ]);
  });
});

describe('hunt LP31-2: Python, the same for a record or a dict under a name another function binds', () => {
  it('`campaign.save()` of a Django record, `.delete()` and a dict\'s `.get("name")` are no Graph calls', () => {
    const text = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.campaign import Campaign
from .models import CampaignRecord

FacebookAdsApi.init(access_token=os.environ["META_ADS_TOKEN"])


def fetch(campaign_id):
    campaign = Campaign(campaign_id).api_get(fields=[Campaign.Field.name])
    return campaign[Campaign.Field.name]


def store(data):
    campaign = CampaignRecord(**data)
    campaign.save()
    return campaign


def forget(pk):
    campaign = CampaignRecord.objects.get(pk=pk)
    campaign.delete()


def label(cfg):
    campaign = cfg["campaign"]
    return campaign.get("name")
`;
    expect(mapped('src/sync.py', text)).toEqual(['10:38 GET /{campaign-id}']);
  });
});

describe("hunt LP31-3: Python, the code's own class of an SDK class's name is not the SDK's", () => {
  it('`from .models import Campaign`: `Campaign(…).save()` and `record.delete()` are the model\'s', () => {
    const text = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adaccount import AdAccount

from .models import Campaign

FacebookAdsApi.init(access_token=os.environ["META_ADS_TOKEN"])


def import_campaigns(account_id):
    for row in AdAccount(account_id).get_campaigns(fields=["id", "name"]):
        Campaign(fb_id=row["id"], name=row["name"]).save()


def forget(fb_id):
    Campaign.objects.get(fb_id=fb_id).delete()
    record = Campaign(fb_id=fb_id)
    record.delete()
`;
    expect(mapped('src/views.py', text)).toEqual(['11:38 GET /{ad-account-id}/campaigns']);
  });

  it('a class the file defines is its own; the SDK\'s imported after another of the name wins', () => {
    const own = `from facebook_business.adobjects.adaccount import AdAccount
class Campaign(dict):
    pass
Campaign('1').api_update(params={})
`;
    expect(mapped('own.py', own)).toEqual(['4:15 POST unresolved: SDK method on an object of unknown class']);
    const later = `from .models import Campaign
from facebook_business.adobjects.campaign import Campaign
Campaign('1').api_update(params={})
`;
    expect(mapped('later.py', later)).toEqual(['3:15 POST /{campaign-id}']);
  });
});

describe('hunt LP31-4: a Python SDK object is a mapping: `.get(key)` reads a field already fetched', () => {
  it("`camp.get(Campaign.Field.daily_budget)`, `campaign.get('id')`, `photo.get('id')` are no calls; Meta's example form `get(fields=…)` is", () => {
    const text = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.campaign import Campaign
from facebook_business.adobjects.page import Page

FacebookAdsApi.init(access_token=os.environ["META_MARKETING_TOKEN"])


def daily_budget(campaign_id):
    camp = Campaign(campaign_id).api_get(fields=[Campaign.Field.daily_budget])
    raw = camp.get(Campaign.Field.daily_budget)
    return float(raw) / 100 if raw is not None else None


def pause(campaign_id):
    campaign = Campaign(campaign_id)
    campaign.api_update(params={Campaign.Field.status: Campaign.Status.paused})
    return campaign.get("id")


def publish(page_id, url):
    photo = Page(page_id).create_photo(params={"url": url})
    return photo.get("id")


def example(campaign_id):
    Campaign(campaign_id).get(fields=['name'], params={})
    Campaign(campaign_id).delete(fields=[], params={})
`;
    expect(mapped('src/budget.py', text)).toEqual([
      '10:34 GET /{campaign-id}',
      '17:14 POST /{campaign-id}',
      '22:27 POST /{page-id}/photos',
      '27:27 GET /{campaign-id}',
      '28:27 DELETE /{campaign-id}',
    ]);
  });
});

describe('hunt LP31-5: Python SDK classes imported under another name', () => {
  it('`AdSet as FbAdSet`, `Campaign as FbCampaign` are read as the SDK\'s classes', () => {
    const text = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adset import AdSet as FbAdSet
from facebook_business.adobjects.campaign import (
    Campaign as FbCampaign,  # the SDK's
)

FacebookAdsApi.init(access_token=os.environ["META_ADS_TOKEN"])


def list_adsets(campaign_id):
    return [dict(a) for a in FbCampaign(campaign_id).get_ad_sets(fields=["id", "name"])]


def set_status(adset_id, status):
    adset = FbAdSet(adset_id)
    adset.api_update(params={FbAdSet.Field.status: status})
`;
    expect(mapped('src/adsets.py', text)).toEqual(['12:54 GET /{campaign-id}/adsets', '17:11 POST /{adset-id}']);
  });
});

describe('LP31 regression run: what the whole-file binding read right is still read', () => {
  it("a member's class is what the file assigns it, in any method, before or after (`$this->campaign`, `self.campaign`)", () => {
    const php = `<?php
use FacebookAds\\Object\\Campaign;
class T {
  protected $campaign;
  public function tearDown() {
    if ($this->campaign) {
      $this->campaign->deleteSelf();
    }
  }
  public function setUp() {
    $this->campaign = new Campaign(null, $accountId);
  }
}
`;
    expect(mapped('T.php', php)).toEqual(['7:24 DELETE /{campaign-id}']);
    const py = `from facebook_business.adobjects.campaign import Campaign
class Pauser:
    def pause(self):
        self.campaign.api_update(params={'status': 'PAUSED'})
    def __init__(self, cid):
        self.campaign = Campaign(cid)
`;
    expect(mapped('p.py', py)).toEqual(['4:23 POST /{campaign-id}']);
  });

  it("an SDK helper on a parameter of unknown class is unresolved, not dropped (`audience.add_users(…)`)", () => {
    const py = `from facebook_business.adobjects.customaudience import CustomAudience
def delete(audience_id):
    audience = CustomAudience(audience_id)
    return audience.api_delete()
def load(audience, schema, data):
    return audience.add_users(schema, data)
def join(group, user):
    group.add_user(user)
`;
    // (`add_user`, a catalog helper's name too, is any code's: not taken for the SDK's on an unknown receiver.)
    expect(mapped('a.py', py)).toEqual(['4:21 DELETE /{custom-audience-id}', '6:21 POST unresolved: SDK method on an object of unknown class']);
  });
});

describe('Python parameters annotated with an SDK class', () => {
  it('`def f(ad_account: adaccount.AdAccount)`: its calls, and the report run its asynchronous insights make', () => {
    const py = `from facebook_business.adobjects import adaccount
from facebook_business.adobjects.adreportrun import AdReportRun
def get_ads(ad_account: adaccount.AdAccount) -> {}:
    return ad_account.get_ads(fields=['name'])
def report(ad_account: adaccount.AdAccount, fields, params):
    job = ad_account.get_insights(fields=fields, params=params, is_async=True)
    job.api_get()
    return job.get_result()
def other(ad_account):
    return ad_account.get_ads(fields=['name'])
`;
    expect(mapped('d.py', py)).toEqual([
      '4:23 GET /{ad-account-id}/ads',
      '6:22 POST /{ad-account-id}/insights',
      '7:9 GET /{report-run-id}',
      '8:16 GET /{report-run-id}/insights',
      '10:23 GET unresolved: SDK method on an object of unknown class',
    ]);
  });
});

describe('a field declared with its SDK class is the member of that name', () => {
  it("TypeScript's `private account: AdAccount`, Java's `private AdAccount account = …`, read as `this.account`", () => {
    expect(
      mapped(
        'a.ts',
        `import { AdAccount } from 'facebook-nodejs-business-sdk';
class Reports {
  private account: AdAccount;
  async list() { return this.account.getCampaigns(['name']); }
}
`,
      ),
    ).toEqual(['4:38 GET /{ad-account-id}/campaigns']);
    expect(
      mapped(
        'A.java',
        `import com.facebook.ads.sdk.AdAccount;
class Reports {
  private AdAccount account = new AdAccount("act_1", context);
  void list() { this.account.getCampaigns().execute(); account.getAds().execute(); }
}
`,
      ),
    ).toEqual(['4:30 GET /{ad-account-id}/campaigns', '4:64 GET /{ad-account-id}/ads']);
  });
});

describe('hunt LP2: what ends a binding, and what does not', () => {
  it('LP2-1: a member of the same name (`self.account = account`) does not end the local binding', () => {
    const py = `from facebook_business.adobjects.adaccount import AdAccount
class Launcher:
    def __init__(self, account_id):
        account = AdAccount(account_id)
        self.account = account
        account.create_campaign(params={'name': 'x'})
`;
    expect(mapped('l.py', py)).toEqual(['6:17 POST /{ad-account-id}/campaigns']);
  });

  it('LP2-2: a module binding below the function (`if __name__ == "__main__":`, `global` in `init()`) reaches it', () => {
    const main = `from facebook_business.adobjects.adaccount import AdAccount
def launch():
    return account.create_campaign(params={'name': 'x'})
if __name__ == '__main__':
    account = AdAccount('act_1')
    launch()
`;
    expect(mapped('m.py', main)).toEqual(['3:20 POST /{ad-account-id}/campaigns']);
    const global = `from facebook_business.adobjects.adaccount import AdAccount
account = None
def init():
    global account
    account = AdAccount('act_1')
def launch():
    return account.create_campaign(params={'name': 'x'})
`;
    expect(mapped('g.py', global)).toEqual(['7:20 POST /{ad-account-id}/campaigns']);
  });

  it('LP2-3: an assignment in a branch that ended before the call (`else:`, `except:`) does not end the binding', () => {
    const branch = `from facebook_business.adobjects.adaccount import AdAccount
def launch(account_id, cached=None):
    if cached is None:
        account = AdAccount(account_id)
    else:
        account = cached
    return account.create_campaign(params={'name': 'x'})
`;
    expect(mapped('b.py', branch)).toEqual(['7:20 POST /{ad-account-id}/campaigns']);
    const tried = `from facebook_business.adobjects.adaccount import AdAccount
def launch(account_id):
    account = AdAccount(account_id)
    try:
        campaign = account.create_campaign(params={'name': 'x'})
    except Exception:
        campaign = None
    if campaign:
        campaign.api_update(params={'status': 'ACTIVE'})
`;
    expect(mapped('t.py', tried)).toEqual(['5:28 POST /{ad-account-id}/campaigns', '9:18 POST /{campaign-id}']);
    // A comprehension's variable is its own.
    const comp = `from facebook_business.adobjects.campaign import Campaign
def f(cid, rows):
    c = Campaign(cid)
    names = [c for c in rows]
    c.api_update(params={})
`;
    expect(mapped('c.py', comp)).toEqual(['5:7 POST /{campaign-id}']);
    // An assignment on the call's own level still ends it.
    const plain = `from facebook_business.adobjects.campaign import Campaign
def f(cid, row):
    c = Campaign(cid)
    c = row
    c.api_update(params={})
`;
    expect(mapped('p.py', plain)).toEqual(['5:7 POST unresolved: SDK method on an object of unknown class']);
  });

  it("LP2-4: another class's member of the same name is not the SDK object (`this.campaign.update({…})` on a model row)", () => {
    const js = `const { Campaign } = require('facebook-nodejs-business-sdk');
const CampaignModel = require('./models/campaign');
class MetaSync {
  constructor(id) {
    this.campaign = new Campaign(id);
  }
  async read() {
    return this.campaign.read(['name', 'status']);
  }
}
class LocalCampaign {
  async load(id) {
    this.campaign = await CampaignModel.findByPk(id);
  }
  async markSynced() {
    await this.campaign.update({ synced: true });
  }
}
`;
    expect(mapped('sync.js', js)).toEqual(['8:26 GET /{campaign-id}']);
  });
});

describe('hunt LP2-6: PHP parameters typed with an SDK class', () => {
  it("a nullable typed parameter, and a constructor's promoted one read as `$this->account`", () => {
    const php = `<?php
use FacebookAds\\Object\\AdAccount;
class Launcher {
    public function __construct(private AdAccount $account) {}
    public function launch(): void {
        $this->account->createCampaign([], ['name' => 'x']);
    }
}
function pauseAll(?AdAccount $acct): void {
    $acct->createCampaign([], ['name' => 'y']);
}
function other($acct): void {
    $acct->createCampaign([], ['name' => 'z']);
}
`;
    expect(mapped('launch.php', php)).toEqual([
      '6:25 POST /{ad-account-id}/campaigns',
      '10:12 POST /{ad-account-id}/campaigns',
      "13:12 POST unresolved: SDK method on an object of unknown class",
    ]);
  });
});

describe('the older facebookads SDK', () => {
  it('`get_insights(async=True)` starts a report run (POST), as `is_async=True` does; the job is an AdReportRun', () => {
    const py = `from facebookads.adobjects.adaccount import AdAccount
def f(account_id, query):
    account = AdAccount('act_' + account_id)
    job = account.get_insights(async=True, **query)
    job.remote_read()
    return job.get_result()
`;
    expect(mapped('r.py', py)).toEqual(['4:19 POST /{ad-account-id}/insights', '5:9 GET /{report-run-id}', '6:16 GET /{report-run-id}/insights']);
  });
});

describe('hunt LP2-5: a Python comprehension over an edge getter', () => {
  it('its variable is the edge class inside the brackets, and the outer name is untouched after them', () => {
    const py = `from facebook_business.adobjects.campaign import Campaign
from facebook_business.adobjects.adaccount import AdAccount
def f(cid, acct):
    c = Campaign(cid)
    names = [c.api_update(params={}) for c in AdAccount(acct).get_ads()]
    c.api_update(params={})
`;
    expect(mapped('c.py', py)).toEqual(['5:16 POST /{ad-id}', '5:63 GET /{ad-account-id}/ads', '6:7 POST /{campaign-id}']);
  });
});

describe('hunt LP2-5a: a JavaScript callback given what an edge getter resolves to', () => {
  it('`.getCampaigns([…]).then((campaigns) => campaigns.forEach((campaign) => campaign.update(…)))`', () => {
    const js = `const { AdAccount, FacebookAdsApi } = require('facebook-nodejs-business-sdk');
FacebookAdsApi.init(process.env.META_BOT_TOKEN);
new AdAccount(process.env.AD_ACCOUNT_ID)
  .getCampaigns(['name'])
  .then((campaigns) => campaigns.forEach((campaign) => campaign.update([], { status: 'PAUSED' })));
function other(campaigns) {
  campaigns.forEach((campaign) => campaign.update([], {}));
}
`;
    expect(mapped('pause.js', js)).toEqual([
      '4:4 GET /{ad-account-id}/campaigns',
      '5:65 POST /{campaign-id}',
      '7:44 POST unresolved: SDK method on an object of unknown class',
    ]);
  });
});

describe('hunt LP3: functions that run later, locals, members of other objects, Ruby instance variables', () => {
  it('LP3-1: a function or lambda written before the binding it uses and called after it sees it', () => {
    expect(
      mapped(
        'a.py',
        `from facebook_business.adobjects.adaccount import AdAccount
def main(account_id):
    def launch(name):
        return account.create_campaign(params={'name': name})
    account = AdAccount(account_id)
    launch('x')
`,
      ),
    ).toEqual(['4:24 POST /{ad-account-id}/campaigns']);
    expect(
      mapped(
        'b.js',
        `const { AdAccount } = require('facebook-nodejs-business-sdk');
const launch = (name) => account.createCampaign([], { name });
const account = new AdAccount(process.env.AD_ACCOUNT_ID);
launch('x');
`,
      ),
    ).toEqual(['2:34 POST /{ad-account-id}/campaigns']);
    expect(
      mapped(
        'c.py',
        `from facebook_business.adobjects.adaccount import AdAccount
def main(account_id):
    account = None
    def init():
        nonlocal account
        account = AdAccount(account_id)
    init()
    account.create_campaign(params={'name': 'x'})
`,
      ),
    ).toEqual(['8:13 POST /{ad-account-id}/campaigns']);
  });

  it("LP3-2: a function's own variable or parameter of the name is not a module binding below it", () => {
    const py = `from facebook_business.adobjects.campaign import Campaign
from .models import CampaignRow
def archive(cid):
    campaign = CampaignRow.objects.get(pk=cid)
    campaign.delete()
def report(campaign):
    campaign.delete()
if __name__ == '__main__':
    campaign = Campaign('1')
    print(campaign.api_get(fields=['name']))
`;
    expect(mapped('r.py', py)).toEqual(['10:20 GET /{campaign-id}']);
  });

  it("LP3-3: another object's member of the name (an ORM row's foreign key) is not the SDK object", () => {
    const js = `const { Campaign } = require('facebook-nodejs-business-sdk');
const campaign = new Campaign(process.env.CAMPAIGN_ID);
async function markSynced(ad) {
  await ad.campaign.update({ synced: true });
}
campaign.read(['name']).then(console.log);
`;
    expect(mapped('s.js', js)).toEqual(['6:10 GET /{campaign-id}']);
  });

  it("LP3-4: a Ruby instance variable is its class's", () => {
    const rb = `require 'facebook_ads'
class Sync
  def initialize(id)
    @campaign = FacebookAds::Campaign.get(id)
  end
  def pause
    @campaign.status = 'PAUSED'
    @campaign.save
  end
end
class LocalRecord
  def initialize(id)
    @campaign = CampaignRecord.find(id)
  end
  def forget
    @campaign.destroy
  end
end
`;
    // (The GET at the `get` is the Ruby reader's for a field of the node it sets; what matters here is that
    // LocalRecord's `@campaign.destroy` is no DELETE of a campaign.)
    expect(mapped('s.rb', rb)).toEqual(['4:30 GET /{campaign-id}', '8:15 POST /{campaign-id}']);
  });

  it('LP3-5: bindings of the name in many other functions do not hide a member or a module binding', () => {
    const others = Array.from({ length: 80 }, (_, i) => `function f${i}(id) { const campaign = new Campaign(id); return campaign; }\n`).join('');
    const js = `const { Campaign } = require('facebook-nodejs-business-sdk');
class Sync {
  constructor(id) { this.campaign = new Campaign(id); }
  read() { return this.campaign.read(['name']); }
}
${others}`;
    expect(mapped('m.js', js)).toEqual(['4:33 GET /{campaign-id}']);
  });
});

describe('hunt LP4: members assigned a variable, members of a base class, locals the reader had missed', () => {
  it('LP4-1: `self.campaign = campaign` is what the variable holds; LP4-2: a subclass that assigns none uses the base class\'s', () => {
    const py = `from facebook_business.adobjects.campaign import Campaign
class Base:
    def __init__(self, cid):
        campaign = Campaign(cid)
        self.campaign = campaign
class Launcher(Base):
    def pause(self):
        self.campaign.api_update(params={'status': 'PAUSED'})
class Row:
    def __init__(self, row):
        self.campaign = row
    def save(self):
        self.campaign.api_update(params={})
`;
    expect(mapped('l.py', py)).toEqual(['8:23 POST /{campaign-id}', '13:23 POST unresolved: SDK method on an object of unknown class']);
  });

  it('LP4-3/4/5: a tuple target, `with … as`, `except … as`, a lambda parameter or a lambda that ended are the function\'s own', () => {
    const py = `from facebook_business.adobjects.campaign import Campaign
from myapp.models import CampaignRow
def b(pairs):
    campaign, ad = pairs[0]
    campaign.delete()
def c(path):
    with CampaignRow.lock(path) as campaign:
        campaign.delete()
def d(rows):
    return list(map(lambda campaign: campaign.delete(), rows))
def e(cid, rows):
    campaign = CampaignRow.objects.get(pk=cid)
    log(sorted(rows, key=lambda r: r.id), campaign.delete())
campaign = Campaign('1')
campaign.api_get(fields=['name'])
`;
    expect(mapped('s.py', py)).toEqual(['15:10 GET /{campaign-id}']);
    const js = `const { Campaign } = require('facebook-nodejs-business-sdk');
async function main(id, rows) {
  await Promise.all(rows.map((campaign) => campaign.update({ synced: true })));
  try { load(); } catch (campaign) { campaign.update({}); }
  const { campaign: row } = rows;
  const campaign = new Campaign(id);
  return campaign.read(['name']);
}
`;
    expect(mapped('s.js', js)).toEqual(['7:19 GET /{campaign-id}']);
  });
});

describe('a member reset in a tear-down is not what the other methods see', () => {
  it("PHP's `$this->campaign = null` after the test's calls (the SDK's own test classes)", () => {
    const php = `<?php
use FacebookAds\\Object\\Campaign;
class CampaignTest extends AbstractCrudObjectTestCase {
  protected $campaign;
  public function setup() {
    $this->campaign = new Campaign(null, $this->getConfig()->accountId);
    $this->campaign->create();
  }
  public function tearDown() {
    $this->campaign->deleteSelf();
    $this->campaign = null;
  }
}
`;
    expect(mapped('CampaignTest.php', php)).toEqual(['7:22 POST /{ad-account-id}/campaigns', '10:22 DELETE /{campaign-id}']);
  });
});

describe("Ruby: a bare name no local holds is the object's own reader", () => {
  it('`attr_accessor :object` of `@object = FacebookAds::AdAccount.get(…)`, read as `object.campaigns(…)` in another method', () => {
    const rb = `class Report
  attr_accessor :object
  def initialize(id, session)
    @object = FacebookAds::AdAccount.get("act_#{id}", %w[name], session)
  end
  def campaigns
    @campaigns ||= object.campaigns(fields: %w[objective name])
  end
end
`;
    expect(mapped('r.rb', rb)).toEqual(['4:28 GET /{ad-account-id}', '7:27 GET /{ad-account-id}/campaigns']);
  });
});
