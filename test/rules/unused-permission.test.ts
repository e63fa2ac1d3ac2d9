import rule from '../../rules/unused-permission.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

const user = (perms: string, extra = '') => `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [${perms}]
    token: { secret: SHOP_TOKEN }
${extra}`;

const SYNC_TS = `import { FacebookAdsApi, ProductCatalog } from 'facebook-nodejs-business-sdk';
FacebookAdsApi.init(process.env.SHOP_TOKEN!);
export const add = (id: string, p: object) => new ProductCatalog(id).createProduct([], p);
`;

ruleTester(rule, {
  valid: [
    { name: 'every permission is needed', yaml: user('catalog_management'), files: { 'src/sync.ts': SYNC_TS } },
    { name: 'no attributed call: nothing to judge by', yaml: user('catalog_management, pages_manage_posts'), files: { 'src/other.ts': 'export const x = 1;\n' } },
    {
      name: 'a permission a field needs is used (not only what the operation needs)',
      yaml: user('pages_read_engagement, business_management, pages_show_list, instagram_basic, ads_read'),
      files: { 'src/ig.ts': 'const t = process.env.SHOP_TOKEN;\nfetch(`https://graph.facebook.com/v25.0/${pageId}?fields=instagram_business_account`);\n' },
    },
    {
      name: "a call to graph.instagram.com (no system-user token can make it) stops the judgement",
      yaml: user('catalog_management, pages_manage_posts, instagram_basic'),
      files: { 'src/sync.ts': `${SYNC_TS}export const ig = (igUserId: string) => fetch(\`https://graph.instagram.com/v25.0/\${igUserId}/media\`);\n` },
    },
    {
      name: '/me asking for an edge the table does not know (adaccounts{…}) is an unknown call, not public_profile only',
      yaml: user('catalog_management, ads_read, business_management'),
      files: { 'src/sync.ts': `${SYNC_TS}export const ads = () => fetch('https://graph.facebook.com/v25.0/me?fields=id,adaccounts{name}');\nexport const f = (fields: string) => fetch(\`https://graph.facebook.com/v25.0/me?fields=\${fields}\`);\n` },
    },
    {
      name: 'an unresolved call could need anything',
      yaml: user('catalog_management, pages_manage_posts'),
      files: { 'src/sync.ts': `${SYNC_TS}export const any = (path: string) => fetch(\`https://graph.facebook.com/v25.0/\${path}\`);\n` },
    },
    {
      name: 'a Ktor request whose method is in a value not read here is unresolved, not a GET: what a write needs is not called unused',
      yaml: user('pages_read_engagement, business_management, pages_manage_posts'),
      files: {
        'src/Pages.kt': 'val token = System.getenv("SHOP_TOKEN")\nsuspend fun send(pageId: String, m: HttpMethod) = client.request("https://graph.facebook.com/v25.0/$pageId/feed") { method = m }\n',
      },
    },
    {
      name: "Go's http.NewRequest with a method not read here is unresolved, not a GET",
      yaml: user('pages_read_engagement, business_management, pages_manage_posts'),
      files: {
        'pages/post.go': 'package pages\nvar token = os.Getenv("SHOP_TOKEN")\nfunc send(pageID, m string) { req, _ := http.NewRequest(m, "https://graph.facebook.com/v25.0/"+pageID+"/feed", nil); _ = req }\n',
      },
    },
    {
      name: 'an operation the table does not know could need anything',
      yaml: user('catalog_management, pages_manage_posts'),
      files: { 'src/sync.ts': `${SYNC_TS}export const odd = (id: string) => fetch(\`https://graph.facebook.com/v25.0/\${id}/some_new_edge\`);\n` },
    },
  ],
  invalid: [
    {
      name: 'fields it cannot read (a parameters variable): what a field may need is not called unused, the rest is',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          permissions: [pages_read_engagement, business_management, instagram_basic, pages_manage_posts]
                                                                                     ^^^^^^^^^^^^^^^^^^ unused
          token: { secret: SHOP_TOKEN }
      `,
      files: { 'src/ig.ts': 'const t = process.env.SHOP_TOKEN;\nexport const ig = (pageId, params) => axios.get(`https://graph.facebook.com/v25.0/${pageId}`, { params });\n' },
      errors: [{ messageId: 'unused', file: 'graphguard.yml', message: 'System user shop-prod declares `pages_manage_posts`' }],
    },
    {
      name: 'GET /me (a token check) is a known call: it does not stop the judgement, and public_profile is never unused',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          permissions: [catalog_management, public_profile, pages_manage_posts]
                                                            ^^^^^^^^^^^^^^^^^^ unused
          token: { secret: SHOP_TOKEN }
      `,
      files: { 'src/sync.ts': `${SYNC_TS}export const whoami = () => fetch('https://graph.facebook.com/v25.0/me?fields=id,name');\n` },
      errors: [{ messageId: 'unused', file: 'graphguard.yml', message: 'System user shop-prod declares `pages_manage_posts`, which none of its 2 Graph API call(s) in the code needs.' }],
    },
    {
      name: 'a callback or a token passed to the call is no parameters value: what a field could need is still judged',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          permissions: [pages_show_list, business_management, instagram_basic]
                                                              ^^^^^^^^^^^^^^^ unused
          token: { secret: SHOP_TOKEN }
      `,
      files: {
        'src/pages.js': "const t = process.env.SHOP_TOKEN;\nfunction handleResponse(r) { return r; }\nFB.api('/me/accounts', handleResponse);\n",
        'src/pages.php': "<?php\n$t = getenv('SHOP_TOKEN');\n$fb = new \\Facebook\\Facebook([]);\n$r = $fb->get('/me/accounts', $accessToken);\n",
      },
      errors: [{ messageId: 'unused', file: 'graphguard.yml', message: 'System user shop-prod declares `instagram_basic`' }],
    },
    {
      name: 'a field key or a query set after the URL is made that cannot be read (searchParams.set(key, v), params[k] = v): what a field may need is not called unused, the rest is',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          permissions: [pages_read_engagement, business_management, instagram_basic, pages_manage_posts]
                                                                                     ^^^^^^^^^^^^^^^^^^ unused
          token: { secret: SHOP_TOKEN }
      `,
      files: {
        'src/ig.js': 'const t = process.env.SHOP_TOKEN;\nexport function ig(pageId, key, value) {\n  const u = new URL(`https://graph.facebook.com/v25.0/${pageId}`);\n  u.searchParams.set(key, value);\n  return fetch(u);\n}\n',
        'src/ig.py': 'import os, requests\nT = os.environ["SHOP_TOKEN"]\ndef ig(page_id, k, v):\n    params = {"access_token": T}\n    params[k] = v\n    return requests.get(f"https://graph.facebook.com/v25.0/{page_id}", params=params)\n',
      },
      errors: [{ messageId: 'unused', file: 'graphguard.yml', message: 'System user shop-prod declares `pages_manage_posts`, which none of its 2 Graph API call(s) in the code needs.' }],
    },
    {
      name: 'without the field, what only the field needs is unused',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          permissions: [pages_read_engagement, business_management, instagram_basic]
                                                                    ^^^^^^^^^^^^^^^ unused
          token: { secret: SHOP_TOKEN }
      `,
      files: { 'src/ig.ts': 'const t = process.env.SHOP_TOKEN;\nfetch(`https://graph.facebook.com/v25.0/${pageId}?fields=name,about`);\n' },
      errors: [{ messageId: 'unused', file: 'graphguard.yml', message: 'System user shop-prod declares `instagram_basic`, which none of its 1 Graph API call(s) in the code needs.' }],
    },
    {
      name: 'a permission no call needs, at the permission',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          permissions: [catalog_management, pages_manage_posts]
                                            ^^^^^^^^^^^^^^^^^^ unused
          token: { secret: SHOP_TOKEN }
      `,
      files: { 'src/sync.ts': SYNC_TS },
      errors: [
        {
          messageId: 'unused',
          file: 'graphguard.yml',
          message: 'System user shop-prod declares `pages_manage_posts`, which none of its 1 Graph API call(s) in the code needs.',
        },
      ],
    },
    {
      name: 'anyOf is met by the permission another call needs: the other one is unused',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          permissions: [ads_read, ads_management]
                        ^^^^^^^^ unused
          token: { secret: SHOP_TOKEN }
      `,
      files: {
        'jobs/ads.py': `import os, requests
T = os.environ["SHOP_TOKEN"]
requests.get(f"https://graph.facebook.com/v25.0/act_{account_id}/insights")
requests.post(f"https://graph.facebook.com/v25.0/act_{account_id}/campaigns", data={})
`,
      },
      errors: [{ messageId: 'unused', message: '`ads_read`' }],
    },
  ],
});
