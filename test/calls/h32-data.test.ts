/**
 * The endpoint and SDK tables against two outside reviews (2026-12-06): the asynchronous insights reports of a
 * campaign, an ad set and an ad and `GET /{user-id}/adaccounts` (h32-data D1, D2), and `AdVideo`, whose Node SDK
 * file is hand-written and was missing from data/sdk-methods.json (h32-lpx Y32-5). Each case is the reviewer's.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sdkOperation } from '../../src/calls/endpoints.js';
import { infer } from '../../src/infer.js';
import type { Manifest } from '../../src/manifest/types.js';
import { mapped } from '../helpers/calls.js';

const MANIFEST = `version: 1
business: { id: "100000000000001", name: Acme }
app: { id: "200000000000002", accessLevel: standard, graphApiVersion: v25.0 }
assets:
  - { id: act_320000000000001, type: ad_account, name: Acme Ads, environment: production }
systemUsers:
  - name: reporter
    id: "400000000000007"
    role: system_user
    environment: production
    permissions: [ads_read, catalog_management]
    token: { secret: META_REPORT_TOKEN, expires: 60d }
    assets:
      - { asset: Acme Ads, tasks: [ANALYZE] }
    code: ["src/**"]
`;

describe('h32-data D1: an asynchronous insights report of a campaign, an ad set or an ad', () => {
  it('Node getInsightsAsync, Python get_insights_async, Ruby insights.create and a plain POST are known operations', () => {
    const node = `const bizSdk = require('facebook-nodejs-business-sdk');
const { Campaign } = bizSdk;
bizSdk.FacebookAdsApi.init(process.env.META_REPORT_TOKEN);
async function startReport(campaignId) {
  const run = await new Campaign(campaignId).getInsightsAsync(['spend'], { level: 'campaign' });
  return run.id;
}
`;
    expect(mapped('src/report.js', node)).toEqual(['5:46 POST /{campaign-id}/insights']);
    const py = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adset import AdSet
FacebookAdsApi.init(access_token=os.environ["META_REPORT_TOKEN"])
def start_report(adset_id):
    job = AdSet(adset_id).get_insights_async(fields=["spend"], params={"level": "adset"})
    return job["report_run_id"]
`;
    expect(mapped('src/report.py', py)).toEqual(['6:27 POST /{adset-id}/insights']);
    const rb = `require 'facebookbusiness'
def start_report(adset_id)
  run = FacebookAds::AdSet.get(adset_id).insights.create(level: 'adset')
  run.id
end
`;
    expect(mapped('src/report.rb', rb)).toEqual(['3:42 POST /{adset-id}/insights']);
    const fetchJs = `const GRAPH = 'https://graph.facebook.com/v25.0';
async function startReport(adId) {
  const res = await fetch(\`\${GRAPH}/\${adId}/insights\`, { method: 'POST' });
  return (await res.json()).report_run_id;
}
`;
    expect(mapped('src/ad.js', fetchJs)).toEqual(['3:27 POST /{ad-id}/insights']);
  });

  it('needs ads_read (or ads_management) and ANALYZE or AA_ANALYZE, and lets unused-permission judge the user again', () => {
    const js = `const GRAPH = 'https://graph.facebook.com/v25.0';
const token = process.env.META_REPORT_TOKEN;
async function report(campaignId) {
  const res = await fetch(\`\${GRAPH}/\${campaignId}/insights?access_token=\${token}\`, { method: 'POST' });
  const { report_run_id: reportRunId } = await res.json();
  const rows = await fetch(\`\${GRAPH}/\${reportRunId}/insights?access_token=\${token}\`);
  return rows.json();
}
`;
    const a = infer({ files: [{ path: 'src/report.js', text: js }], manifest: parse(MANIFEST) as Manifest });
    expect(a.unknown).toEqual([]);
    expect(a.users).toEqual([
      {
        name: 'reporter',
        calls: [
          { file: 'src/report.js', line: 4, method: 'POST', path: '/{campaign-id}/insights' },
          { file: 'src/report.js', line: 6, method: 'GET', path: '/{report-run-id}/insights' },
        ],
        permissions: { needed: ['ads_read'], declared: ['ads_read', 'catalog_management'], missing: [], unused: ['catalog_management'] },
        tasks: { needed: [{ assetType: 'ad_account', anyOf: ['ANALYZE', 'AA_ANALYZE'] }], missing: [] },
      },
    ]);
  });
});

describe('h32-data D2: GET /{user-id}/adaccounts (a decision: no Meta page names its permission)', () => {
  it('/me/adaccounts by fetch and User.getAdAccounts by the Node SDK, needing ads_read or ads_management and no task', () => {
    const js = `async function listAccounts() {
  const token = process.env.META_REPORT_TOKEN;
  const res = await fetch(\`https://graph.facebook.com/v25.0/me/adaccounts?fields=name,account_id&access_token=\${token}\`);
  return (await res.json()).data;
}
`;
    expect(mapped('src/accounts.js', js)).toEqual(['3:27 GET /{user-id}/adaccounts']);
    const node = `const bizSdk = require('facebook-nodejs-business-sdk');
const { User } = bizSdk;
bizSdk.FacebookAdsApi.init(process.env.META_REPORT_TOKEN);
async function listAccounts() {
  return new User('me').getAdAccounts(['name', 'account_id'], { limit: 100 });
}
`;
    expect(mapped('src/list.js', node)).toEqual(['5:25 GET /{user-id}/adaccounts']);
    const a = infer({ files: [{ path: 'src/accounts.js', text: js }], manifest: parse(MANIFEST) as Manifest });
    expect(a.unknown).toEqual([]);
    expect(a.users[0]!.permissions).toEqual({ needed: ['ads_read'], declared: ['ads_read', 'catalog_management'], missing: [], unused: ['catalog_management'] });
    expect(a.users[0]!.tasks).toEqual({ needed: [], missing: [] });
  });
});

describe('h32-lpx Y32-5: AdVideo, whose Node SDK file is hand-written, is in the SDK table', () => {
  it('its edges and its node as the Java, PHP and Python SDKs generate them', () => {
    expect(sdkOperation('AdVideo', 'getThumbnails')).toEqual({ http: 'GET', edge: 'thumbnails' });
    expect(sdkOperation('AdVideo', 'get_thumbnails', 'python')).toEqual({ http: 'GET', edge: 'thumbnails' });
    expect(sdkOperation('AdVideo', 'createCapTIOn')).toEqual({ http: 'POST', edge: 'captions' });
    expect(sdkOperation('AdVideo', 'create_cap_t_i_on', 'python')).toEqual({ http: 'POST', edge: 'captions' });
    expect(sdkOperation('AdVideo', 'getVideoThumbnails', 'php')).toEqual({ http: 'GET', edge: 'thumbnails' });
    expect(sdkOperation('AdVideo', 'getSelf', 'php')).toEqual({ http: 'GET' });
    expect(sdkOperation('AdVideo', 'updateSelf', 'php')).toEqual({ http: 'POST' });
    expect(sdkOperation('AdVideo', 'destroy', 'ruby')).toEqual({ http: 'DELETE' });
    expect(sdkOperation('AdVideo', 'api_delete', 'python')).toEqual({ http: 'DELETE' });
  });

  it("Meta's VideoThumbnailsEdge examples in Java, PHP and Ruby, and Ruby's destroy, are read (unknown: the table has no video rows)", () => {
    const java = `import com.facebook.ads.sdk.*;
public class Thumbs {
  public static void main(String[] args) throws APIException {
    APIContext context = new APIContext(System.getenv("META_ADS_TOKEN"));
    new AdVideo(args[0], context).getThumbnails().execute();
  }
}
`;
    expect(mapped('Thumbs.java', java)).toEqual(['5:35 GET unknown /{ad-video-id}/thumbnails']);
    const php = `<?php
use FacebookAds\\Api;
use FacebookAds\\Object\\AdVideo;
Api::init(null, null, getenv('META_ADS_TOKEN'));
$thumbs = (new AdVideo($argv[1]))->getThumbnails(array(), array());
$video = new AdVideo($argv[1]);
$video->createCapTIOn(array(), array('captions_file' => 'a.srt'));
$video->deleteSelf();
`;
    expect(mapped('thumbs.php', php)).toEqual([
      '5:36 GET unknown /{ad-video-id}/thumbnails',
      '7:9 POST unknown /{ad-video-id}/captions',
      '8:9 DELETE unknown /{ad-video-id}',
    ]);
    const rb = `require 'facebookbusiness'
video = FacebookAds::AdVideo.get(ENV['VIDEO_ID'])
thumbs = video.thumbnails(fields: 'uri')
video.destroy
`;
    expect(mapped('thumbs.rb', rb)).toEqual(['3:16 GET unknown /{ad-video-id}/thumbnails', '4:7 DELETE unknown /{ad-video-id}']);
  });
});
