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
