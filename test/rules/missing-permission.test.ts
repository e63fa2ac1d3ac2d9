import rule from '../../rules/missing-permission.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { FIRST, HEAD } from '../helpers/manifests.js';

const user = (perms: string, extra = '') => `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [${perms}]
    token: { secret: SHOP_TOKEN }
    assets:
      - { asset: Products, tasks: [MANAGE] }
      - { asset: Shop, tasks: [CREATE_CONTENT] }
${extra}`;

const CATALOG_TS = `const GRAPH = 'https://graph.facebook.com/v25.0';
const token = process.env.SHOP_TOKEN;
export const add = (catalogId: string) =>
  fetch(\`\${GRAPH}/\${catalogId}/products\`, { method: 'POST' });
export const post = (pageId: string) =>
  fetch(\`\${GRAPH}/\${pageId}/feed\`, { method: 'POST' });
`;

const REPORT_PY = `import os, requests
TOKEN = os.environ["SHOP_TOKEN"]
def spend(account_id):
    return requests.get(f"https://graph.facebook.com/v25.0/act_{account_id}/insights", params={"access_token": TOKEN})
`;

const ALL = 'catalog_management, pages_manage_posts, pages_read_engagement, business_management';

ruleTester(rule, {
  valid: [
    { name: 'every call has what it needs', yaml: user(ALL), files: { 'src/catalog.ts': CATALOG_TS } },
    {
      name: 'a file that reads no declared token is unattributed',
      yaml: user('catalog_management'),
      files: { 'src/catalog.ts': CATALOG_TS.replace('process.env.SHOP_TOKEN', 'process.env.OTHER') },
    },
    {
      name: 'a file that reads two declared tokens is unattributed',
      yaml: user('catalog_management', `  - name: shop-test
    role: system_user
    environment: test
    token: { secret: SHOP_TEST_TOKEN }
`),
      files: { 'src/catalog.ts': `${CATALOG_TS}const t2 = process.env.SHOP_TEST_TOKEN;\n` },
    },
    {
      name: 'code: globs win over the token the file reads',
      yaml: user('catalog_management', `  - name: publisher
    role: system_user
    environment: production
    permissions: [${ALL}]
    code: ["src/**"]
`),
      files: { 'src/catalog.ts': CATALOG_TS },
    },
    { name: 'one of anyOf is enough', yaml: user('ads_read'), files: { 'jobs/report.py': REPORT_PY } },
    {
      name: 'graph.instagram.com named in a log line or an error text is no call there',
      yaml: user('ads_read'),
      files: {
        'src/explain.ts': "const t = process.env.SHOP_TOKEN;\nlogger.warn('https://graph.instagram.com/me/media rejected the token');\nlogger.info(`graph.instagram.com/me returned ${status}`);\n",
      },
    },
    { name: 'an unresolved call needs nothing known', yaml: user(''), files: { 'src/x.ts': 'const t = process.env.SHOP_TOKEN;\nfetch(`https://graph.facebook.com/v25.0/${id}/${edge}`);\n' } },
  ],
  invalid: [
    {
      name: 'a call whose permissions the user lacks, at the call site',
      yaml: user('catalog_management, business_management'),
      files: { 'src/catalog.ts': CATALOG_TS },
      errors: [
        { messageId: 'missing', line: 6, column: 9, file: 'src/catalog.ts', message: '`POST /{page-id}/feed` needs `pages_manage_posts`, which system user shop-prod does not declare.' },
        { messageId: 'missing', line: 6, column: 9, file: 'src/catalog.ts', message: '`POST /{page-id}/feed` needs `pages_read_engagement`' },
      ],
    },
    {
      name: "a field that needs more than its operation (the Page's Instagram account)",
      yaml: user('pages_read_engagement, business_management, pages_show_list'),
      files: {
        'src/ig.ts': `const token = process.env.SHOP_TOKEN;
export const igOf = (pageId: string) =>
  fetch(\`https://graph.facebook.com/v25.0/\${pageId}?fields=name,instagram_business_account{id}\`);
export const about = (pageId: string) => fetch(\`https://graph.facebook.com/v25.0/\${pageId}?fields=about\`);
`,
      },
      errors: [
        {
          messageId: 'missing',
          line: 3,
          column: 9,
          message: '`GET /{page-id}?fields=instagram_business_account` needs `instagram_basic`, which system user shop-prod does not declare.',
        },
        {
          messageId: 'missingOneOf',
          line: 3,
          column: 9,
          message: '`GET /{page-id}?fields=instagram_business_account` needs one of `ads_read`, `ads_management`; system user shop-prod declares none of them.',
        },
      ],
    },
    {
      name: "a system user's call to graph.instagram.com (Instagram Login tokens only), through a constant and a base-URL client",
      yaml: user('instagram_basic, instagram_content_publish, pages_read_engagement, business_management, pages_show_list, ads_read'),
      files: {
        'src/ig.ts': `const token = process.env.SHOP_TOKEN;
const IG = 'https://graph.instagram.com/v25.0';
export const media = (igUserId: string) => fetch(\`\${IG}/\${igUserId}/media\`, { method: 'POST' });
const ig = axios.create({ baseURL: 'https://graph.instagram.com' });
export const me = () => ig.get('/me/some_new_edge');
export const viaFacebook = (igUserId: string) => fetch(\`https://graph.facebook.com/v25.0/\${igUserId}/media\`);
`,
      },
      errors: [
        {
          messageId: 'instagramLogin',
          line: 3,
          column: 50,
          message:
            '`POST /{ig-user-id}/media` goes to graph.instagram.com, which takes Instagram User tokens (Instagram Login) only; system user shop-prod has a Facebook Login token, and the call fails with it.',
          suggestion: "Call graph.facebook.com (the Instagram API with Facebook Login) with shop-prod's token, or make this call with an Instagram User token, not a system user's.",
        },
        { messageId: 'instagramLogin', line: 5, column: 28, message: '`GET /me/some_new_edge` goes to graph.instagram.com' },
      ],
    },
    {
      name: 'two functions each make a client of the same name, one per host: each call goes to its own',
      yaml: user('pages_show_list, business_management'),
      files: {
        'src/clients.js': `const t = process.env.SHOP_TOKEN;
export function fb() {
  const client = axios.create({ baseURL: 'https://graph.facebook.com/v25.0' });
  return client.get('/me/accounts');
}
export function ig() {
  const client = axios.create({ baseURL: 'https://graph.instagram.com/v25.0' });
  return client.get(\`/\${igUserId}/media\`);
}
`,
      },
      errors: [{ messageId: 'instagramLogin', line: 8, column: 17, message: '`GET /{ig-user-id}/media` goes to graph.instagram.com' }],
    },
    {
      name: 'graph.instagram.com through a Guzzle client named $client (not the Graph SDK)',
      yaml: user('instagram_basic, ads_read, pages_read_engagement, business_management'),
      files: {
        'src/ig.php': "<?php\n$token = getenv('SHOP_TOKEN');\n$client = new \\GuzzleHttp\\Client(['base_uri' => 'https://graph.instagram.com/v25.0/']);\n$r = $client->get($igUserId . '/media');\n$s = $client->request('GET', $igUserId . '/media');\n",
      },
      errors: [
        { messageId: 'instagramLogin', line: 4, column: 15, message: '`GET /{ig-user-id}/media` goes to graph.instagram.com' },
        { messageId: 'instagramLogin', line: 5, column: 15, message: '`GET /{ig-user-id}/media` goes to graph.instagram.com' },
      ],
    },
    {
      name: 'an axios instance called as a function, and a Python URL joined from a list: writes, read as writes',
      yaml: user('catalog_management, pages_read_engagement, business_management'),
      files: {
        'src/client.js': `const t = process.env.SHOP_TOKEN;
const client = axios.create({ baseURL: 'https://graph.facebook.com/v25.0' });
export const post = (pageId, data) => client({ url: \`/\${pageId}/feed\`, method: 'post', data });
`,
        'src/post.py': `import os, requests
TOKEN = os.environ["SHOP_TOKEN"]
GRAPH = "https://graph.facebook.com/v25.0"
def post(page_id, msg):
    return requests.post("/".join([GRAPH, page_id, "feed"]), data={"message": msg, "access_token": TOKEN})
`,
      },
      errors: [
        { messageId: 'missing', file: 'src/client.js', line: 3, column: 39, message: '`POST /{page-id}/feed` needs `pages_manage_posts`, which system user shop-prod does not declare.' },
        { messageId: 'missing', file: 'src/post.py', line: 5, column: 26, message: '`POST /{page-id}/feed` needs `pages_manage_posts`, which system user shop-prod does not declare.' },
      ],
    },
    {
      name: 'fields set on the URL after it is made (searchParams.set) and on the parameters (params["fields"] =)',
      yaml: user('pages_read_engagement, business_management, pages_show_list'),
      files: {
        'src/ig.js': `const t = process.env.SHOP_TOKEN;
export async function ig(pageId) {
  const u = new URL(\`https://graph.facebook.com/v25.0/\${pageId}\`);
  u.searchParams.set('fields', 'name,instagram_business_account');
  return fetch(u);
}
`,
        'src/ig.py': `import os, requests
TOKEN = os.environ["SHOP_TOKEN"]
def ig(page_id):
    params = {"access_token": TOKEN}
    params["fields"] = "name,instagram_business_account"
    return requests.get(f"https://graph.facebook.com/v25.0/{page_id}", params=params)
`,
      },
      errors: [
        { messageId: 'missing', file: 'src/ig.js', line: 5, column: 16, message: '`GET /{page-id}?fields=instagram_business_account` needs `instagram_basic`, which system user shop-prod does not declare.' },
        { messageId: 'missingOneOf', file: 'src/ig.js', line: 5, column: 16, message: '`GET /{page-id}?fields=instagram_business_account` needs one of `ads_read`, `ads_management`' },
        { messageId: 'missing', file: 'src/ig.py', line: 6, column: 25, message: '`GET /{page-id}?fields=instagram_business_account` needs `instagram_basic`, which system user shop-prod does not declare.' },
        { messageId: 'missingOneOf', file: 'src/ig.py', line: 6, column: 25, message: '`GET /{page-id}?fields=instagram_business_account` needs one of `ads_read`, `ads_management`' },
      ],
    },
    {
      name: "a file that reads the token through a config store (node-config's config.get, Django's settings) is the user's",
      yaml: user('catalog_management, pages_read_engagement, business_management'),
      files: {
        'src/post.js': `const config = require('config');
const token = config.get('SHOP_TOKEN');
export const post = (pageId) => fetch(\`https://graph.facebook.com/v25.0/\${pageId}/feed\`, { method: 'POST', body: token });
`,
        'app/views.py': `from django.conf import settings
import requests
def post(page_id):
    return requests.post(f"https://graph.facebook.com/v25.0/{page_id}/feed", data={"access_token": settings.SHOP_TOKEN})
`,
      },
      errors: [
        { messageId: 'missing', file: 'app/views.py', line: 4, column: 26, message: '`POST /{page-id}/feed` needs `pages_manage_posts`, which system user shop-prod does not declare.' },
        { messageId: 'missing', file: 'src/post.js', line: 3, column: 39, message: '`POST /{page-id}/feed` needs `pages_manage_posts`, which system user shop-prod does not declare.' },
      ],
    },
    {
      name: 'none of anyOf',
      yaml: user('catalog_management'),
      files: { 'jobs/report.py': REPORT_PY },
      errors: [{ messageId: 'missingOneOf', line: 4, column: 25, message: '`GET /{ad-account-id}/insights` needs one of `ads_read`, `ads_management`; system user shop-prod declares none of them.' }],
    },
    {
      name: 'attributed through code: globs (the file reads no token)',
      yaml: user(ALL, `  - name: catalog-sync
    role: system_user
    environment: production
    permissions: [business_management]
    code: ["src/catalog/**"]
`),
      files: { 'src/catalog/sync.ts': CATALOG_TS.replace('process.env.SHOP_TOKEN', 'loadToken()') },
      errors: [
        { messageId: 'missing', line: 4, column: 9, message: '`POST /{product-catalog-id}/products` needs `catalog_management`, which system user catalog-sync does not declare.' },
        { messageId: 'missing', line: 6, column: 9, message: '`pages_manage_posts`' },
        { messageId: 'missing', line: 6, column: 9, message: '`pages_read_engagement`' },
      ],
    },
    {
      name: "a POST through Spring's WebClient made with a Graph base URL (the method before the uri), at the call",
      yaml: user('pages_read_engagement, business_management'),
      files: {
        'src/Publisher.java': `class Publisher {
  private final String token = System.getenv("SHOP_TOKEN");
  private final WebClient client = WebClient.builder().baseUrl("https://graph.facebook.com/v25.0").build();
  Mono<String> publish(String pageId, Map<String, String> body) {
    return client.post().uri("/{id}/feed", pageId).bodyValue(body).retrieve().bodyToMono(String.class);
  }
}
`,
      },
      errors: [{ messageId: 'missing', line: 5, column: 19, file: 'src/Publisher.java', message: '`POST /{page-id}/feed` needs `pages_manage_posts`, which system user shop-prod does not declare.' }],
    },
    {
      name: "Ktor: the method set in the request's builder lambda (not a GET), and submitForm (a POST), at the URL",
      yaml: user('pages_read_engagement, business_management'),
      files: {
        'src/Publisher.kt': `private val token = System.getenv("SHOP_TOKEN")
private const val GRAPH = "https://graph.facebook.com/v25.0"
suspend fun publish(client: HttpClient, pageId: String) =
    client.request("$GRAPH/$pageId/feed") { method = HttpMethod.Post; setBody(body) }
suspend fun comment(client: HttpClient, postId: String, m: String) =
    client.submitForm("$GRAPH/$postId/comments", parameters { append("message", m) })
`,
      },
      errors: [
        { messageId: 'missing', line: 4, column: 20, file: 'src/Publisher.kt', message: '`POST /{page-id}/feed` needs `pages_manage_posts`, which system user shop-prod does not declare.' },
        { messageId: 'missing', line: 6, column: 23, file: 'src/Publisher.kt', message: '`POST /{object-id}/comments` needs `pages_manage_engagement`, which system user shop-prod does not declare.' },
        { messageId: 'missing', line: 6, column: 23, file: 'src/Publisher.kt', message: '`POST /{object-id}/comments` needs `pages_read_user_content`, which system user shop-prod does not declare.' },
      ],
    },
    {
      name: "Apache HttpClient's new HttpPost(url) is a POST, not a GET",
      yaml: user('pages_read_engagement, business_management'),
      files: {
        'src/Poster.java': `class Poster {
  static final String GRAPH = "https://graph.facebook.com/v25.0";
  String token = System.getenv("SHOP_TOKEN");
  void post(String pageId) throws Exception { http.execute(new HttpPost(GRAPH + "/" + pageId + "/feed")); }
}
`,
      },
      errors: [{ messageId: 'missing', line: 4, column: 73, file: 'src/Poster.java', message: '`POST /{page-id}/feed` needs `pages_manage_posts`, which system user shop-prod does not declare.' }],
    },
    {
      name: 'Retrofit: a @POST on an interface whose base URL is the Graph API, at the annotation',
      yaml: user('pages_read_engagement, business_management'),
      files: {
        'src/GraphApi.kt': `import retrofit2.http.*
interface GraphApi {
    @FormUrlEncoded
    @POST("{page-id}/feed")
    suspend fun publish(@Path("page-id") pageId: String, @Field("message") message: String): PostId
    companion object {
        const val BASE_URL = "https://graph.facebook.com/v25.0/"
        val token: String = System.getenv("SHOP_TOKEN")
    }
}
`,
      },
      errors: [{ messageId: 'missing', line: 4, column: 5, file: 'src/GraphApi.kt', message: '`POST /{page-id}/feed` needs `pages_manage_posts`, which system user shop-prod does not declare.' }],
    },
  ],
});

void FIRST;
