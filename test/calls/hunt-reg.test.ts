/**
 * The call reader against the regression review of hunt LP's fixes (2026-12-06, /tmp/h30-reg/REPORT.md). Each case
 * is the review's, as a file of one.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('review R-1, R-2: a loop variable is not bound to an edge class over the whole file (LP-7 withdrawn)', () => {
  it('R-1 Python: a later `item = ProductItem(id)` is a product item, whatever a loop named `item` ran over', () => {
    const text = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adaccount import AdAccount
from facebook_business.adobjects.productitem import ProductItem
FacebookAdsApi.init(access_token=os.environ['META_BOT_TOKEN'])
for item in AdAccount('act_1').get_ads(fields=['name']):
    print(item['name'])
item = ProductItem('999')
item.api_update(params={'availability': 'in stock'})
`;
    expect(mapped('sync.py', text)).toEqual(['6:32 GET /{ad-account-id}/ads', '9:6 POST /{product-item-id}']);
  });

  it('R-1 JavaScript: `const item = new ProductItem(id)` in another function is a product item', () => {
    const text = `const { AdAccount, ProductItem, FacebookAdsApi } = require('facebook-nodejs-business-sdk');
FacebookAdsApi.init(process.env.META_BOT_TOKEN);
async function list() {
  for (const item of await new AdAccount('act_1').getAds(['name'])) console.log(item.name);
}
async function restock() {
  const item = new ProductItem('999');
  await item.update([], { availability: 'in stock' });
}
`;
    expect(mapped('sync.js', text)).toEqual(['4:51 GET /{ad-account-id}/ads', '8:14 POST /{product-item-id}']);
  });

  it("R-2 Python: a loop variable's dict `.get('name')` is no Graph GET", () => {
    const text = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adaccount import AdAccount
FacebookAdsApi.init(access_token=os.environ['META_BOT_TOKEN'])
for pixel in AdAccount('act_1').get_ads_pixels(fields=['name']):
    print(pixel.get('name'))
`;
    expect(mapped('pixels.py', text)).toEqual(['5:33 GET /{ad-account-id}/adspixels']);
  });
});

describe('review R-3: `businessAccountId` is the WhatsApp Business account only with the WhatsApp Cloud API\'s marks', () => {
  it("JavaScript: an Instagram statistics script that notifies through `channel: 'whatsapp'` is no WABA: unknown, not a product", () => {
    const text = `const token = process.env.META_BOT_TOKEN;
const businessAccountId = process.env.BUSINESS_ACCOUNT_ID;
async function report(notify) {
  const res = await fetch(\`https://graph.facebook.com/v19.0/\${businessAccountId}?fields=followers_count,media_count&access_token=\${token}\`);
  await notify({ channel: 'whatsapp', text: JSON.stringify(await res.json()) });
}
`;
    expect(mapped('stats.js', text)).toEqual(['4:27 GET unknown /{id}']);
    // A Twilio WhatsApp sender is the word too; with no word at all, the Instagram account, as before LP-3.
    const twilio = text.replace("await notify({ channel: 'whatsapp', text: JSON.stringify(await res.json()) });", "await twilio.messages.create({ from: 'whatsapp:+14155238886', to, body: 'x' });");
    expect(mapped('stats.js', twilio)).toEqual(['4:27 GET unknown /{id}']);
    const plain = text.replace("await notify({ channel: 'whatsapp', text: JSON.stringify(await res.json()) });", '');
    expect(mapped('stats.js', plain)).toEqual(['4:27 GET /{ig-user-id}']);
  });

  it('Python: `message_templates` on the account itself or `messaging_product` make it the WABA; a WABA id name outside a Graph path, unknown (hunt R2-2)', () => {
    const waba = `import os, requests
WABA_ID = os.environ["WABA_ID"]
def info(business_account_id):
    return requests.get(f"https://graph.facebook.com/v22.0/{business_account_id}?fields=name")
`;
    expect(mapped('waba.py', waba)).toEqual(['4:25 GET unknown /{id}']);
    const inPath = `import requests
def info(business_account_id, waba_id):
    requests.get(f"https://graph.facebook.com/v22.0/{waba_id}/phone_numbers")
    return requests.get(f"https://graph.facebook.com/v22.0/{business_account_id}?fields=name")
`;
    expect(mapped('p.py', inPath)[1]).toBe('4:25 GET /{whatsapp-business-account-id}');
    // An edge only Instagram has, on the business account id itself, beside a WhatsApp message: no longer the WABA, unknown (hunt R2-1).
    const publish = `import requests
def post(business_account_id, creation_id):
    requests.post("https://graph.facebook.com/v22.0/123/messages", json={"messaging_product": "whatsapp"})
    requests.post(f"https://graph.facebook.com/v22.0/{business_account_id}/media_publish", data={"creation_id": creation_id})
    return requests.get(f"https://graph.facebook.com/v22.0/{business_account_id}?fields=followers_count")
`;
    expect(mapped('m.py', publish).slice(1)).toEqual(['4:19 POST unknown /{id}/media_publish', '5:25 GET unknown /{id}']);
    const templates = `import requests
def templates(business_account_id):
    return requests.get(f"https://graph.facebook.com/v22.0/{business_account_id}/message_templates")
`;
    expect(mapped('t.py', templates)).toEqual(['3:25 GET /{whatsapp-business-account-id}/message_templates']);
    const body = `import requests
def info(business_account_id):
    requests.post("https://graph.facebook.com/v22.0/123/messages", json={"messaging_product": "whatsapp"})
    return requests.get(f"https://graph.facebook.com/v22.0/{business_account_id}?fields=name")
`;
    expect(mapped('b.py', body)[1]).toBe('4:25 GET /{whatsapp-business-account-id}');
  });
});

describe('review R-4: a `?>` inside a PHP heredoc or nowdoc does not end PHP for the `<script>` reader', () => {
  const tail = `$embed = '<script src="https://connect.facebook.net/en_US/sdk.js">';
$token = getenv('META_BOT_TOKEN');
$ch = curl_init("https://graph.facebook.com/v19.0/$pageId/feed");
curl_setopt($ch, CURLOPT_POSTFIELDS, ['message' => 'hi', 'access_token' => $token]);
curl_exec($ch);
`;
  it('the review\'s heredoc holding `<?xml …?>`, a nowdoc, and a PHP 7.3 indented closing', () => {
    const heredoc = `<?php
$xml = <<<XML
<?xml version="1.0"?>
<feed/>
XML;
${tail}`;
    expect(mapped('post.php', heredoc)).toEqual(['8:17 POST /{page-id}/feed']);
    const nowdoc = heredoc.replace('<<<XML', "<<<'XML'");
    expect(mapped('post.php', nowdoc)).toEqual(['8:17 POST /{page-id}/feed']);
    const indented = `<?php
function feed() {
    return <<<"XML"
    <?xml version="1.0"?>
    XMLNOT ?>
    <feed/>
    XML;
}
${tail}`;
    expect(mapped('post.php', indented)).toEqual(['11:17 POST /{page-id}/feed']);
  });

  it("a `?>` in a heredoc's body is not PHP's end; the page's inline script after it is still read as JavaScript", () => {
    const page = `<?php
$note = <<<EOT
done ?> here
EOT;
?>
<script>
FB.api('/' + page_id + '/subscribed_apps', 'post', function (r) {});
</script>
`;
    expect(mapped('page.php', page)).toEqual(['7:4 POST /{page-id}/subscribed_apps']);
  });

  it('linear on 1 MB of heredoc lines that each almost close it, and of `<<<` that opens nothing', () => {
    const id = 'E'.repeat(4000);
    const almost = `<?php
$x = <<<${id}
${`  ${id.slice(1)}\n`.repeat(260)}${id};
$ch = curl_init('https://graph.facebook.com/v19.0/' . $pageId . '/feed');
?>
<script>FB.api('/me/accounts');</script>
`;
    expect(almost.length).toBeGreaterThan(1_000_000);
    expect(mapped('a.php', almost)).toEqual(['264:17 GET /{page-id}/feed', '266:12 GET /{user-id}/accounts']);
    const opens = `<?php
${'<<<<<< <<<'.repeat(110_000)}
?><script>FB.api('/me/accounts');</script>
`;
    expect(opens.length).toBeGreaterThan(1_000_000);
    expect(mapped('b.php', opens)).toEqual(['3:14 GET /{user-id}/accounts']);
  });
});

describe("review R-5: a file's own `FacebookRequest` is not the Python SDK's raw request", () => {
  it('`class FacebookRequest(dict)` in a file that imports facebook_business for other names: neither the class nor its use is a call', () => {
    const text = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adaccount import AdAccount
FacebookAdsApi.init(access_token=os.environ['META_BOT_TOKEN'])

class FacebookRequest(dict):
    def __init__(self, body):
        self.body = body

def handle(body):
    req = FacebookRequest(body)
    return AdAccount('act_1').get_campaigns(fields=['name'])
`;
    expect(mapped('webhook.py', text)).toEqual(['12:31 GET /{ad-account-id}/campaigns']);
  });

  it("the SDK's, imported (in brackets too) or through `api.`, is read; one assigned, or imported from elsewhere, is not", () => {
    const sdk = `from facebook_business.api import (
    FacebookAdsApi,
    FacebookRequest,
)
from facebook_business import api
FacebookRequest('act_1', 'GET', '/campaigns').execute()
api.FacebookRequest('act_1', 'GET', '/adsets').execute()
`;
    expect(mapped('a.py', sdk)).toEqual(['6:1 GET /{ad-account-id}/campaigns', '7:5 GET /{ad-account-id}/adsets']);
    const assigned = `from facebook_business.api import FacebookAdsApi, FacebookRequest
FacebookRequest = namedtuple('FacebookRequest', 'node method endpoint')
r = FacebookRequest('act_1', 'GET', '/campaigns')
`;
    expect(mapped('b.py', assigned)).toEqual([]);
    const elsewhere = `from facebook_business.adobjects.adaccount import AdAccount
from myapp.models import FacebookRequest
r = FacebookRequest('act_1', 'GET', '/campaigns')
`;
    expect(mapped('c.py', elsewhere)).toEqual([]);
  });

  it('through `import *` and names given by `as` (the request or its module); a name the file redefines is not', () => {
    const star = `from facebook_business.api import *
FacebookRequest('act_1', 'GET', '/campaigns').execute()
`;
    expect(mapped('star.py', star)).toEqual(['2:1 GET /{ad-account-id}/campaigns']);
    const aliased = `from facebook_business.api import (
    FacebookAdsApi,
    FacebookRequest as FbRequest,
)
import facebook_business.api as fbapi
from facebook_business import api as sdk_api
FbRequest('act_1', 'GET', '/campaigns').execute()
fbapi.FacebookRequest('act_1', 'GET', '/adsets').execute()
sdk_api.FacebookRequest('act_1', 'GET', '/ads').execute()
other.FbRequest('act_1', 'GET', '/insights')
other.FacebookRequest('act_1', 'GET', '/insights')
`;
    expect(mapped('alias.py', aliased)).toEqual(['7:1 GET /{ad-account-id}/campaigns', '8:7 GET /{ad-account-id}/adsets', '9:9 GET /{ad-account-id}/ads']);
    const redefined = `from facebook_business.api import FacebookRequest as Req
class Req(dict):
    pass
Req('act_1', 'GET', '/campaigns')
`;
    expect(mapped('own.py', redefined)).toEqual([]);
  });
});
