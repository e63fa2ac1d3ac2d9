import rule from '../../rules/graph-api-version-in-code.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';

// HEAD declares app.graphApiVersion v25.0 (until 2028-07-29); the default today is 2026-11-27.
const M = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
`;
const NO_VERSION = M.replace('  graphApiVersion: v25.0\n', '');

ruleTester(rule, {
  valid: [
    { name: "the manifest's version", yaml: M, files: { 'src/api.js': 'fetch(`https://graph.facebook.com/v25.0/${id}/feed`);\n' } },
    { name: 'an unversioned URL', yaml: M, files: { 'src/api.js': 'fetch("https://graph.facebook.com/me");\n' } },
    { name: 'no manifest version: a supported version is fine', yaml: NO_VERSION, files: { 'src/api.py': 'URL = "https://graph.facebook.com/v23.0/me"\n' } },
    { name: 'prose is not a call', yaml: M, files: { 'docs/api.md': 'See https://graph.facebook.com/v2.3/me.\n' } },
    { name: 'Threads has its own versions', yaml: M, files: { 'src/threads.js': 'fetch("https://graph.threads.net/v1.0/me");\n' } },
    {
      name: 'warnDays 0 and a version that is the manifest one',
      yaml: `${M}rules:\n  graph-api-version-in-code: { warnDays: 0 }\n`,
      files: { 'src/api.js': 'const u = "https://graph.facebook.com/v25.0/me";\n' },
    },
    {
      name: 'recorded API responses: JSON fixtures, HAR, VCR cassettes, paging.next links',
      yaml: M,
      files: {
        'test/fixtures/me_accounts.json': '{"data": [], "paging": {"next": "https://graph.facebook.com/v12.0/1/accounts?after=x"}}\n',
        'tests/cassettes/feed.yaml': 'interactions:\n- request:\n    uri: https://graph.facebook.com/v12.0/me/feed\n',
        'recordings/session.har': '{"log": {"entries": [{"request": {"url": "https://graph.facebook.com/v12.0/me"}}]}}\n',
        'tests/test_paging.py': 'PAGE = {"data": [], "paging": {"next": "https://graph.facebook.com/v12.0/1/feed?after=y"}}\n',
        'src/log.txt.js': '// next=https://graph.facebook.com/v12.0/1/feed\n',
      },
    },
    {
      name: 'a versioned path on a non-Meta base (Microsoft Graph), and the manifest version on a Graph base',
      yaml: M,
      files: {
        'src/ms.ts': 'const GRAPH_BASE = "https://graph.microsoft.com";\nfetch(`${GRAPH_BASE}/v1.0/me`);\n',
        'src/fb.ts': 'const BASE = "https://graph.facebook.com";\nfetch(`${BASE}/v25.0/${id}/feed`);\n',
      },
    },
  ],
  invalid: [
    {
      name: 'SDK version pins: Python business SDK, JavaScript SDK, PHP Graph SDK',
      yaml: M,
      files: {
        'ads.py': 'FacebookAdsApi.init(app_id, app_secret, token, api_version="v12.0")\n',
        'web/fb.js': "FB.init({\n  appId: '123',\n  xfbml: true,\n  version: 'v23.0'\n});\n",
        'fb.php': "$fb = new \\Facebook\\Facebook(['app_id' => $id, 'default_graph_version' => 'v2.10']);\n",
      },
      errors: [
        {
          messageId: 'expired',
          file: 'ads.py',
          line: 1,
          column: 61,
          message: 'Graph API v12.0 in api_version pin was available until 2024-02-08; Meta now answers its calls with the next oldest usable version.',
        },
        { messageId: 'expired', file: 'fb.php', line: 1, column: 76, message: 'Graph API v2.10 in default_graph_version pin was available until' },
        { messageId: 'differs', file: 'web/fb.js', line: 4, column: 13, message: 'Graph API v23.0 in FB.init version is not app.graphApiVersion (v25.0)' },
      ],
    },
    {
      name: "the business SDKs' package versions (major version = Graph API version)",
      yaml: M,
      files: {
        'package.json': '{"dependencies": {"facebook-nodejs-business-sdk": "^18.0.2"}}\n',
        'requirements.txt': 'requests==2.31.0\nfacebook_business==23.0.1\n',
        'composer.json': '{"require": {"facebook/php-business-sdk": "^25.0"}}\n',
      },
      errors: [
        { messageId: 'expired', file: 'package.json', line: 1, column: 53, message: 'Graph API v18.0 in business SDK version was available until' },
        { messageId: 'differs', file: 'requirements.txt', line: 2, column: 20, message: 'Graph API v23.0 in business SDK version is not app.graphApiVersion (v25.0)' },
      ],
    },
    {
      name: 'versioned paths appended to a Graph base constant',
      yaml: M,
      files: {
        'src/api.ts': 'const GRAPH = "https://graph.facebook.com";\nexport const feed = (id: string) => `${GRAPH}/v19.0/${id}/feed`;\n',
        'src/api.py': 'url = f"{self.fb_base_url}/v23.0/{page_id}/posts"\n',
        'src/api.js': 'const u = FACEBOOK_GRAPH_URL + "/v23.0/me";\n',
      },
      errors: [
        { messageId: 'differs', file: 'src/api.js', line: 1, column: 34, message: 'Graph API v23.0 in path on FACEBOOK_GRAPH_URL is not app.graphApiVersion (v25.0)' },
        { messageId: 'differs', file: 'src/api.py', line: 1, column: 28, message: 'Graph API v23.0 in path on fb_base_url is not' },
        { messageId: 'expired', file: 'src/api.ts', line: 2, column: 47, message: 'Graph API v19.0 in path on GRAPH was available until 2026-05-21' },
      ],
    },
    {
      name: 'an expired version',
      yaml: M,
      files: { 'src/api.js': 'const base = "https://graph.facebook.com/v19.0/";\n' },
      errors: [
        {
          messageId: 'expired',
          line: 1,
          column: 42,
          severity: 'warn',
          message: 'Graph API v19.0 in graph.facebook.com URL was available until 2026-05-21; Meta now answers its calls with the next oldest usable version.',
          suggestion: 'Call v25.0 (and test against the changelogs in between).',
        },
      ],
    },
    {
      name: 'a version within 90 days of its end (and upper case, JSON-escaped)',
      yaml: M,
      files: { 'config.json': '{"url": "https:\\/\\/GRAPH.FACEBOOK.COM\\/v21.0\\/me"}\n' },
      today: '2026-11-01',
      errors: [
        {
          messageId: 'expiring',
          line: 1,
          column: 40,
          message: 'Graph API v21.0 in graph.facebook.com URL is available only until 2027-01-21, 81 days from today.',
          suggestion: 'Move this call to v25.0 before 2027-01-21.',
        },
      ],
    },
    {
      name: "a version other than the manifest's",
      yaml: M,
      files: { 'src/ig.ts': 'const a = 1;\nawait fetch("https://graph.instagram.com/v26.0/me/media");\n' },
      errors: [
        {
          messageId: 'differs',
          line: 2,
          column: 42,
          message: 'Graph API v26.0 in graph.instagram.com URL is not app.graphApiVersion (v25.0), the version the manifest says the app uses.',
          suggestion: 'Call v25.0 here, or update app.graphApiVersion if the app has moved to v26.0.',
        },
      ],
    },
    {
      name: 'an unknown version',
      yaml: NO_VERSION,
      files: { 'upload.sh': 'curl https://graph-video.facebook.com/v99.0/act_1/advideos\n' },
      errors: [
        {
          messageId: 'unknown',
          line: 1,
          column: 39,
          message: 'Graph API v99.0 in graph-video.facebook.com URL is not a version graphguard knows (the newest it knows is v27.0).',
          suggestion: 'Use a released version such as v27.0; if Meta has released v99.0, update graphguard.',
        },
      ],
    },
    {
      name: 'the warnDays option widens the warning window',
      yaml: `${NO_VERSION}rules:\n  graph-api-version-in-code: { warnDays: 400 }\n`,
      files: { 'src/api.js': 'a("https://graph.facebook.com/v22.0/x");\n' },
      errors: [{ messageId: 'expiring', line: 1, column: 31, message: 'until 2027-05-20, 174 days from today.', suggestion: 'Move this call to v27.0 before 2027-05-20.' }],
    },
  ],
});
