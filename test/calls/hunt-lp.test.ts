/**
 * The call reader against hunt LP's cases (2026-12-06, /tmp/h30-lp/REPORT.md: least privilege on public code graphguard
 * had not seen). Each case is the shape of the real code, cut down.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('hunt LP-2: `POST /{app-id}/uploads` is the Resumable Upload API, not a product feed upload', () => {
  it('Python: `f"{GRAPH}/{app_id}/uploads"` posted is no `POST /{product-feed-id}/uploads`', () => {
    const text = `import os
import requests

GRAPH = "https://graph.facebook.com/v22.0"


def start_upload_session(app_id, token, path):
    url = f"{GRAPH}/{app_id}/uploads"
    params = {"file_name": os.path.basename(path), "file_length": os.path.getsize(path),
              "file_type": "image/png", "access_token": token}
    return requests.post(url, params=params).json()["id"]
`;
    expect(mapped('upload.py', text)).toEqual(['11:26 POST unknown /{id}/uploads']);
  });

  it('JavaScript: `${GRAPH}/${appId}/uploads?…` posted; a `{product_feed_id}` upload is still the feed upload', () => {
    const text = `const GRAPH = 'https://graph.facebook.com/v22.0';
export async function startUpload(appId, token, file) {
  const res = await fetch(\`\${GRAPH}/\${appId}/uploads?file_length=\${file.size}&file_type=image/png&access_token=\${token}\`, { method: 'POST' });
  return (await res.json()).id;
}
export async function feedUpload(FB_APP_ID, productFeedId, url) {
  await fetch(\`\${GRAPH}/\${FB_APP_ID}/uploads\`, { method: 'POST' });
  return fetch(\`\${GRAPH}/\${productFeedId}/uploads\`, { method: 'POST', body: JSON.stringify({ url }) });
}
export async function hooks(appId) {
  return fetch(\`\${GRAPH}/\${appId}/subscriptions\`);
}
`;
    expect(mapped('upload.js', text)).toEqual([
      '3:27 POST unknown /{id}/uploads',
      '7:15 POST unknown /{id}/uploads',
      '8:16 POST /{product-feed-id}/uploads',
      '11:16 GET /{app-id}/subscriptions',
    ]);
  });
});

describe('hunt LP-3: `businessAccountId` in a WhatsApp file is the WhatsApp Business account', () => {
  const wa = `const GRAPH = 'https://graph.facebook.com/v22.0';
const token = process.env.WHATSAPP_TOKEN;

export async function listTemplates(businessAccountId: string) {
  const res = await fetch(\`\${GRAPH}/\${businessAccountId}/message_templates?fields=name,status\`, {
    headers: { Authorization: \`Bearer \${token}\` },
  });
  return res.json();
}

export async function accountInfo(businessAccountId: string) {
  const res = await fetch(\`\${GRAPH}/\${businessAccountId}?fields=name,currency\`, {
    headers: { Authorization: \`Bearer \${token}\` },
  });
  return res.json();
}

export async function sendText(phoneNumberId: string, to: string, body: string) {
  return fetch(\`\${GRAPH}/\${phoneNumberId}/messages\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${token}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body } }),
  });
}
`;

  it('TypeScript: the WABA node and its message_templates edge, no Instagram user', () => {
    expect(mapped('src/templates.ts', wa)).toEqual([
      '5:27 GET /{whatsapp-business-account-id}/message_templates',
      '12:27 GET /{whatsapp-business-account-id}',
      '19:16 POST /{phone-number-id}/messages',
    ]);
  });

  it('Python: `self.business_account_id` in a WhatsApp client; an Instagram file keeps the Instagram account; a file of both is unknown', () => {
    const py = `import requests
class Templates:
    def __init__(self, token, whatsapp_business_account_id):
        self.token = token
        self.business_account_id = whatsapp_business_account_id

    def list(self):
        return requests.get(f"https://graph.facebook.com/v22.0/{self.business_account_id}/message_templates", headers={"Authorization": f"Bearer {self.token}"})
`;
    expect(mapped('templates_list_api.py', py)).toEqual(['8:29 GET /{whatsapp-business-account-id}/message_templates']);
    const ig = `const token = process.env.INSTAGRAM_TOKEN;
fetch(\`https://graph.facebook.com/v25.0/\${businessAccountId}?fields=username\`);
`;
    expect(mapped('src/ig.js', ig)).toEqual(['2:7 GET /{ig-user-id}']);
    const both = `const token = process.env.INSTAGRAM_TOKEN;
fetch(\`https://graph.facebook.com/v25.0/\${businessAccountId}?fields=username\`);
fetch(\`https://graph.facebook.com/v25.0/\${phoneNumberId}/messages\`, { method: 'POST' });
`;
    expect(mapped('src/both.js', both)).toEqual(['2:7 GET unknown /{id}', '3:7 POST /{phone-number-id}/messages']);
  });
});

describe('hunt LP-4: the Python SDK hand-written helpers, and a create the SDK no longer has, are calls', () => {
  it('Python: `ProductCatalog(id).update_product(sku, …)` posts to the product item; the other mixins their edges', () => {
    const text = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adaccount import AdAccount
from facebook_business.adobjects.customaudience import CustomAudience
from facebook_business.adobjects.productcatalog import ProductCatalog

FacebookAdsApi.init(access_token=os.environ["META_BOT_TOKEN"])


def spend(account_id):
    return AdAccount(account_id).get_insights(fields=["spend"])


def set_price(catalog_id, sku, price):
    return ProductCatalog(catalog_id).update_product(sku, price=price)


def misc(catalog_id, audience_id, account_id, pixel_ids):
    catalog = ProductCatalog(catalog_id)
    catalog.add_external_event_sources(pixel_ids)
    catalog.remove_user(user_id)
    CustomAudience(audience_id).share_audience([account_id])
    AdAccount(account_id).opt_out_user_from_targeting(CustomAudience.Schema.email_hash, emails)
    catalog.get_id()
`;
    expect(mapped('src/sync.py', text)).toEqual([
      '11:34 GET /{ad-account-id}/insights',
      '15:39 POST /{product-item-id}',
      '20:13 POST /{product-catalog-id}/external_event_sources',
      '21:13 DELETE unknown /{product-catalog-id}/userpermissions',
      '22:33 POST unknown /{custom-audience-id}/adaccounts',
      '23:27 DELETE unknown /{ad-account-id}/usersofanyaudience',
    ]);
  });

  it('PHP: `$page->createLabel(…)`, gone from SDK 24, is an unresolved POST, not dropped', () => {
    const text = `<?php
use FacebookAds\\Object\\Page;
$page = new Page($page_id);
$page->createLabel(array(), array('name' => 'x'));
$page->getData();
`;
    expect(mapped('PageLabelsPost.php', text)).toEqual(["4:8 POST unresolved: SDK method not in the SDK's definitions"]);
  });
});

describe("hunt LP-5: the Python SDK's `FacebookRequest(node_id, method, endpoint).execute()` is a call", () => {
  it('keyword and positional arguments; a method or endpoint in a variable is unresolved', () => {
    const text = `import os
from facebook_business.api import FacebookAdsApi, FacebookRequest

api = FacebookAdsApi.init(access_token=os.environ["META_BOT_TOKEN"])


def send(page_id, psid, text):
    request = FacebookRequest(node_id=page_id, method="POST", endpoint="/messages", api=api)
    request.add_params({"recipient": {"id": psid}, "message": {"text": text}})
    return request.execute()


def page_name(page_id):
    return api.call("GET", (page_id,), params={"fields": "name"})

def more(ad_set_id, edge, m):
    FacebookRequest(node_id='me', method='GET', endpoint='/accounts', api=fb_ctx.api).execute()
    FacebookRequest(ad_set_id, 'DELETE', '/').execute()
    FacebookRequest(ad_set_id, 'GET', edge).execute()
    FacebookRequest(ad_set_id, m, '/ads').execute()
`;
    expect(mapped('src/raw.py', text)).toEqual([
      '8:15 POST /{page-id}/messages',
      '14:16 GET /{page-id}',
      '17:5 GET /{user-id}/accounts',
      '18:5 DELETE /{adset-id}',
      '19:5 GET unresolved: variable edge',
      '20:5 POST unresolved: its HTTP method is in a value not read here',
    ]);
  });
});

describe("hunt LP-6: a PHP page's inline `<script>` is read as JavaScript", () => {
  it("`FB.api('/' + page_id + '/subscribed_apps', 'post')` in the HTML is read; PHP around it still is", () => {
    const text = `<?php $appId = getenv('FB_APP_ID'); ?>
<html><body>
<script>
  function subscribeApp(page_id, page_access_token) {
    FB.api('/' + page_id + '/subscribed_apps', 'post', {access_token: page_access_token}, function (r) {});
  }
  function login() {
    FB.api('/me/accounts', function (r) {});
  }
</script>
</body></html>
`;
    expect(mapped('src/page.php', text)).toEqual(['5:8 POST /{page-id}/subscribed_apps', '8:8 GET /{user-id}/accounts']);
  });

  it("a `<script>` in a PHP string stays PHP's; a PHP tag inside a script is PHP, and a value in the script's JavaScript", () => {
    const text = `<?php
// don't read this as a string
$x = '<script>FB.api("/me/feed", "post")</script>';
$xml = '<?xml version="1.0"?>';
$r = $fb->get('/me/accounts'); ?>
<div>
<script type="text/javascript">
  FB.api('/<?php echo $pageId; ?>/feed', 'post', {message: 'x'});
</script>
<?php $fb->post('/' . $pageId . '/feed', []); ?>
`;
    expect(mapped('src/page.php', text)).toEqual(['5:11 GET /{user-id}/accounts', '8:6 POST /{page-id}/feed', '10:12 POST /{page-id}/feed']);
  });
});

describe('hunt LP-1: a batch POST to the Graph root through an attribute of the instance is a batch request', () => {
  const batch = 'unresolved: a batch request (a POST to the Graph root): its items are not read';
  it('Python: `self.base_url` set in `__init__`, posted alone (batch) and read in an f-string (a path)', () => {
    const text = `import requests


class FacebookAccount:
    def __init__(self, access_token):
        self.access_token = access_token
        self.base_url = 'https://graph.facebook.com/'

    def batch(self, items):
        return requests.post(self.base_url, json={'access_token': self.access_token, 'batch': items}).text

    def campaigns(self, account_id):
        return requests.get(f'{self.base_url}v8.0/{account_id}/campaigns', params={'access_token': self.access_token}).json()
`;
    expect(mapped('src/fb.py', text)).toEqual([`10:35 POST ${batch}`, '13:29 GET /{ad-account-id}/campaigns']);
  });

  it('JavaScript and PHP: `this.url` / `$this->url`, posted; a GET of the root (`?ids=`) is no call', () => {
    const js = `class Graph {
  constructor(token) {
    this.token = token;
    this.url = 'https://graph.facebook.com/v19.0';
  }
  batch(items) {
    return axios.post(this.url, { batch: items, access_token: this.token });
  }
  ids(ids) {
    return axios.get(this.url, { params: { ids } });
  }
}
`;
    expect(mapped('src/graph.js', js)).toEqual([`7:28 POST ${batch}`]);
    const php = `<?php
class Graph {
  private $url;
  public function __construct() { $this->url = 'https://graph.facebook.com/v19.0/'; }
  public function batch($items) {
    $ch = curl_init($this->url);
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, ['batch' => json_encode($items)]);
    return curl_exec($ch);
  }
}
`;
    expect(mapped('src/Graph.php', php)).toEqual([`6:28 POST ${batch}`]);
  });
});

describe('hunt LP-8: `creation_id`, polled for `status_code`, is an Instagram container', () => {
  it('Python: `GET /{creation_id}?fields=status_code` is `GET /{ig-container-id}`; JavaScript `creationId` too', () => {
    const text = `import os
import time
import requests

GRAPH = "https://graph.facebook.com/v21.0"
TOKEN = os.environ["META_BOT_TOKEN"]
IG_USER_ID = os.environ["INSTAGRAM_ACCOUNT_ID"]


def publish_reel(video_url, caption):
    r = requests.post(f"{GRAPH}/{IG_USER_ID}/media",
                      data={"media_type": "REELS", "video_url": video_url, "caption": caption, "access_token": TOKEN})
    creation_id = r.json()["id"]
    while True:
        s = requests.get(f"{GRAPH}/{creation_id}", params={"fields": "status_code", "access_token": TOKEN}).json()
        if s["status_code"] == "FINISHED":
            break
        time.sleep(5)
    p = requests.post(f"{GRAPH}/{IG_USER_ID}/media_publish", data={"creation_id": creation_id, "access_token": TOKEN})
    media_id = p.json()["id"]
    return requests.get(f"{GRAPH}/{media_id}", params={"fields": "permalink", "access_token": TOKEN}).json()
`;
    expect(mapped('src/publish.py', text)).toEqual([
      '11:23 POST /{ig-user-id}/media',
      '15:26 GET /{ig-container-id}',
      '19:23 POST /{ig-user-id}/media_publish',
      '21:25 GET /{ig-media-id}',
    ]);
    expect(mapped('src/poll.js', "const status = (creationId) => fetch(`https://graph.facebook.com/v21.0/${creationId}?fields=status_code`);\n")).toEqual([
      '1:38 GET /{ig-container-id}',
    ]);
  });
});
