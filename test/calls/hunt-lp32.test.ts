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
