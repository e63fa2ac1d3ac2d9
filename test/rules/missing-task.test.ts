import rule from '../../rules/missing-task.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';

const PERMS = 'catalog_management, pages_manage_posts, pages_read_engagement, business_management, ads_read';
const user = (assets: string, role = 'system_user\n    environment: production') => `${HEAD}  - name: shop-prod
    role: ${role}
    permissions: [${PERMS}]
    token: { secret: SHOP_TOKEN }
${assets}`;

const SYNC_PY = `import os
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.productcatalog import ProductCatalog
FacebookAdsApi.init(access_token=os.environ["SHOP_TOKEN"])
def push(catalog_id, item):
    ProductCatalog(catalog_id).create_product(params=item)
`;

ruleTester(rule, {
  valid: [
    { name: 'MANAGE on a catalog', yaml: user('    assets:\n      - { asset: Products, tasks: [MANAGE] }\n'), files: { 'jobs/sync.py': SYNC_PY } },
    { name: 'an admin system user reaches every asset', yaml: user('', 'admin'), files: { 'jobs/sync.py': SYNC_PY } },
    {
      name: 'a broader task implies the needed one (MANAGE gives ANALYZE)',
      yaml: user('    assets:\n      - { asset: Ads, tasks: [MANAGE] }\n'),
      files: { 'r.js': "const t = process.env.SHOP_TOKEN;\nfetch(`https://graph.facebook.com/v25.0/act_${adAccountId}/insights`);\n" },
    },
    { name: 'an operation without a task', yaml: user(''), files: { 'a.js': "const t = process.env.SHOP_TOKEN;\nFB.api('/me/accounts');\n" } },
  ],
  invalid: [
    {
      name: 'no grant on the asset type the call needs',
      yaml: user('    assets:\n      - { asset: Shop, tasks: [CREATE_CONTENT] }\n'),
      files: { 'jobs/sync.py': SYNC_PY },
      errors: [
        {
          messageId: 'missingTask',
          line: 6,
          column: 32,
          message: "`POST /{product-catalog-id}/products` needs the `MANAGE` task on a catalog; none of system user shop-prod's catalog grants gives it.",
        },
      ],
    },
    {
      name: 'a grant on the type that is too narrow',
      yaml: user('    assets:\n      - { asset: Shop, tasks: [ANALYZE] }\n'),
      files: { 'p.js': "const t = process.env.SHOP_TOKEN;\nFB.api('/' + pageId + '/feed', 'POST', { message: 'hi' });\n" },
      errors: [{ messageId: 'missingTask', line: 2, column: 4, message: '`POST /{page-id}/feed` needs the `CREATE_CONTENT` task on a page' }],
    },
  ],
});
