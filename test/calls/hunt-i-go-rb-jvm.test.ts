/**
 * The call reader's known misses in Go, Ruby, Kotlin and Spring, and the endpoint table's app-token
 * operations (hunt I): a Go request helper's own path, a Ruby business-SDK edge kept in a variable,
 * Faraday's `run_request`, Ktor's `parameter("fields", …)`, a RestTemplate path template with its own query,
 * and the app's Webhooks subscriptions. Each expectation exact.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { infer } from '../../src/infer.js';
import type { Manifest } from '../../src/manifest/types.js';
import { mapped } from '../helpers/calls.js';

const MANIFEST = `version: 1
business: { id: "100000000000001", name: Acme }
app: { id: "200000000000002", accessLevel: standard, graphApiVersion: v25.0 }
assets: []
systemUsers:
  - name: pages
    id: "400000000000005"
    role: system_user
    environment: production
    permissions: [pages_manage_posts, pages_read_engagement, business_management, ads_read]
    token: { secret: META_PAGE_TOKEN, expires: 60d }
`;

describe("the app's Webhooks subscriptions (/{app-id}/subscriptions) are known operations that need nothing", () => {
  const go = `package hooks

import (
	"net/http"
	"net/url"
	"os"
)

const graph = "https://graph.facebook.com/v20.0"

func Subscribe(appID string) (*http.Response, error) {
	v := url.Values{"object": {"page"}, "callback_url": {"https://x/cb"}, "fields": {"feed"}, "access_token": {os.Getenv("APP_TOKEN")}}
	return http.PostForm(graph+"/"+appID+"/subscriptions", v)
}

func List(appID string) (*http.Response, error) {
	return http.Get(graph + "/" + appID + "/subscriptions?access_token=" + os.Getenv("APP_TOKEN"))
}

func Drop(appID string) (*http.Response, error) {
	req, _ := http.NewRequest("DELETE", graph+"/"+appID+"/subscriptions", nil)
	return http.DefaultClient.Do(req)
}

func Publish(pageID string) (*http.Response, error) {
	return http.PostForm(graph+"/"+pageID+"/feed", url.Values{"access_token": {os.Getenv("META_PAGE_TOKEN")}})
}
`;

  it('GET, POST and DELETE are mapped, not unknown', () => {
    expect(mapped('hooks.go', go)).toEqual([
      '13:23 POST /{app-id}/subscriptions',
      '17:18 GET /{app-id}/subscriptions',
      '21:38 DELETE /{app-id}/subscriptions',
      '26:23 POST /{page-id}/feed',
    ]);
  });

  it('they need no permission and no task, so unused-permission judges the user again', () => {
    const a = infer({ files: [{ path: 'hooks.go', text: go }], manifest: parse(MANIFEST) as Manifest });
    expect(a.unknown).toEqual([]);
    expect(a.users.map((u) => [u.name, u.calls.map((c) => `${c.method} ${c.path}`), u.permissions.needed, u.permissions.unused])).toEqual([
      [
        'pages',
        ['POST /{app-id}/subscriptions', 'GET /{app-id}/subscriptions', 'DELETE /{app-id}/subscriptions', 'POST /{page-id}/feed'],
        ['business_management', 'pages_manage_posts', 'pages_read_engagement'],
        ['ads_read'],
      ],
    ]);
  });

  it("negatives: a Page's subscriptions edge and a POST to the token endpoint stay unknown", () => {
    const js = `const G = 'https://graph.facebook.com/v20.0';
fetch(\`\${G}/\${pageId}/subscriptions\`, { method: 'POST' });
fetch(\`\${G}/oauth/access_token\`, { method: 'POST' });
`;
    expect(mapped('n.js', js)).toEqual(['2:7 POST unknown /{id}/subscriptions', '3:7 POST unknown /oauth/access_token']);
  });
});
