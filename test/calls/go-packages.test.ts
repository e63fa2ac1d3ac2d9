/**
 * Go: a package's files share its top-level names (src/calls/shared-values.ts, readGoPackages). A Graph URL one file of the
 * package holds in a package-level constant or variable is declared ahead of the package's other files that name
 * it, so their calls on it are read, at their own lines, for their user (hunt V7: before, they were not read at
 * all, and `unused-permission` told the user to drop the permission they need).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findingsAt, runCli, writeFiles } from '../helpers/repo.js';
import { HEAD } from '../helpers/manifests.js';

/** One user, `shop-prod`, whose `code:` glob is every file; it holds catalog_management and pages_messaging. */
const MANIFEST = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [catalog_management, pages_messaging, business_management]
    token: { secret: META_SHOP_PROD_TOKEN }
    code: ["**"]
    assets:
      - { asset: Products, tasks: [MANAGE] }
      - { asset: Shop, tasks: [MESSAGING] }
`;

const BOT = 'package bot\n\nimport (\n\t"bytes"\n\t"net/http"\n\t"os"\n)\n\nfunc Reply(body []byte) error {\n\t_, err := http.Post("https://graph.facebook.com/v25.0/me/messages?access_token="+os.Getenv("META_SHOP_PROD_TOKEN"), "application/json", bytes.NewReader(body))\n\treturn err\n}\n';
const CATALOG = 'package meta\n\nimport (\n\t"bytes"\n\t"net/http"\n)\n\nfunc Upsert(catalogID string, body []byte) error {\n\t_, err := http.Post(graphBaseURL+"/"+catalogID+"/items_batch", "application/json", bytes.NewReader(body))\n\treturn err\n}\n';

describe('Go: a package-level Graph URL of another file of the package', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const setup = (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-gopkg-'));
    writeFiles(dir, { 'graphguard.yml': MANIFEST, 'bot/send.go': BOT, ...files });
  };
  const run = (args: string[]) => runCli(dir, args, { GRAPHGUARD_SCAN_CACHE: '0' });
  const calls = async () =>
    (JSON.parse((await run(['infer', '--format', 'json'])).stdout) as { users: { name: string; calls: { method: string; path: string; file: string; line: number }[] }[] }).users.flatMap((u) =>
      u.calls.map((c) => `${u.name} ${c.method} ${c.path} ${c.file}:${c.line}`),
    );

  it('reads the call a sibling file makes on an unexported constant: no false unused-permission', async () => {
    setup({ 'meta/base.go': 'package meta\n\nconst graphBaseURL = "https://graph.facebook.com/v25.0"\n', 'meta/catalog.go': CATALOG });
    expect(await calls()).toEqual(['shop-prod POST /{page-id}/messages bot/send.go:10', 'shop-prod POST /{product-catalog-id}/items_batch meta/catalog.go:9']);
    const check = await run(['check', '--format', 'json', '--today', '2026-12-06']);
    expect(findingsAt(check.stdout, ['unused-permission', 'missing-permission', 'missing-task'])).toEqual([]);
  });

  it('grouped constants, a variable built on them, Sprintf and a request made apart; a missing permission is reported at the sibling', async () => {
    setup({
      'meta/base.go': '// Package meta talks to the Graph API.\npackage meta\n\nconst (\n\tgraphHost  = "https://graph.facebook.com"\n\tapiVersion = "v25.0"\n)\n\nvar graphBaseURL = graphHost + "/" + apiVersion\n',
      'meta/pages.go':
        'package meta\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"strings"\n)\n\nfunc Publish(pageID, message string) error {\n\treq, err := http.NewRequest("POST", fmt.Sprintf("%s/%s/feed", graphBaseURL, pageID), strings.NewReader(message))\n\tif err != nil {\n\t\treturn err\n\t}\n\t_, err = http.DefaultClient.Do(req)\n\treturn err\n}\n\nfunc Products(catalogID string) (*http.Response, error) {\n\treturn http.Get(graphHost + "/" + apiVersion + "/" + catalogID + "/products")\n}\n',
    });
    expect(await calls()).toEqual([
      'shop-prod POST /{page-id}/messages bot/send.go:10',
      'shop-prod POST /{page-id}/feed meta/pages.go:10',
      'shop-prod GET /{product-catalog-id}/products meta/pages.go:19',
    ]);
    const check = await run(['check', '--format', 'json', '--today', '2026-12-06']);
    // (pages_manage_posts and pages_read_engagement, at the URL's start.)
    expect(findingsAt(check.stdout, ['missing-permission'])).toEqual(['missing-permission meta/pages.go:10:38', 'missing-permission meta/pages.go:10:38']);
  });

  it("only the package's own files: not another folder's, not another package clause's, not a qualified name", async () => {
    setup({
      'meta/base.go': 'package meta\n\nconst graphBaseURL = "https://graph.facebook.com/v25.0"\n',
      // (Not a Go build, but the clause decides: `package main` is another package.)
      'meta/tool.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.Post(graphBaseURL+"/"+catalogID+"/items_batch", "application/json", nil) }\n',
      'other/x.go': 'package other\n\nimport "net/http"\n\nfunc Send(catalogID string) { http.Post(graphBaseURL+"/"+catalogID+"/items_batch", "application/json", nil) }\n',
      'meta/y.go': 'package meta\n\nimport "net/http"\n\nfunc Send(catalogID string) { http.Post(cfg.graphBaseURL+"/"+catalogID+"/items_batch", "application/json", nil) }\n',
    });
    expect(await calls()).toEqual(['shop-prod POST /{page-id}/messages bot/send.go:10']);
  });

  it('a file that binds the name itself keeps its own value (a local `:=`, its own const in another package main)', async () => {
    setup({
      'meta/base.go': 'package meta\n\nconst graphBaseURL = "https://graph.facebook.com/v25.0"\n',
      'meta/mock.go': 'package meta\n\nimport "net/http"\n\nfunc Mock(id string) {\n\tgraphBaseURL := "http://localhost:9999"\n\thttp.Post(graphBaseURL+"/"+id+"/feed", "application/json", nil)\n}\n',
      'meta/local.go': 'package meta\n\nimport "net/http"\n\nconst graphBaseURL2 = "x"\n\nvar graphBaseURL = "http://localhost"\n\nfunc L(id string) { http.Post(graphBaseURL+"/"+id+"/photos", "", nil) }\n',
    });
    expect(await calls()).toEqual(['shop-prod POST /{page-id}/messages bot/send.go:10']);
  });

  it("another package's exported Graph URL, through its import (go.mod's module, an alias; hunt V7)", async () => {
    setup({
      'go.mod': 'module example.com/shop\n\ngo 1.22\n',
      'internal/meta/base.go': 'package meta\n\n// GraphBaseURL is the Graph API root.\nconst GraphBaseURL = "https://graph.facebook.com/v25.0"\n',
      'internal/catalog/sync.go':
        'package catalog\n\nimport (\n\t"bytes"\n\t"net/http"\n\n\tm "example.com/shop/internal/meta"\n)\n\nfunc Upsert(catalogID string, body []byte) error {\n\t_, err := http.Post(m.GraphBaseURL+"/"+catalogID+"/items_batch", "application/json", bytes.NewReader(body))\n\treturn err\n}\n',
      // Another module's package of the same last name is not this one.
      'other/x.go': 'package other\n\nimport (\n\t"net/http"\n\n\t"github.com/acme/meta"\n)\n\nfunc Send(id string) { http.Post(meta.GraphBaseURL+"/"+id+"/photos", "", nil) }\n',
    });
    expect(await calls()).toEqual(['shop-prod POST /{page-id}/messages bot/send.go:10', 'shop-prod POST /{product-catalog-id}/items_batch internal/catalog/sync.go:11']);
  });
});

