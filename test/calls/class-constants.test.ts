/**
 * PHP, Java and Ruby: a Graph URL a class or module of one file keeps in a constant is read where another file
 * names it qualified (src/calls/shared-values.ts, readSharedClassUrls; hunt V7: `Config::GRAPH_URL`,
 * `Graph.BASE_URL`, `Meta::GRAPH` left their calls unread, and only the defining file's note kept
 * `unused-permission` quiet).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, writeFiles } from '../helpers/repo.js';
import { HEAD } from '../helpers/manifests.js';

const MANIFEST = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    permissions: [catalog_management, business_management]
    token: { secret: META_SHOP_PROD_TOKEN }
    code: ["**"]
`;

describe('a Graph URL class constant of another file, named qualified', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const calls = async (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-classconst-'));
    writeFiles(dir, { 'graphguard.yml': MANIFEST, ...files });
    const out = await runCli(dir, ['infer', '--format', 'json'], { GRAPHGUARD_SCAN_CACHE: '0' });
    return (JSON.parse(out.stdout) as { users: { calls: { method: string; path: string; file: string; line: number }[] }[] }).users.flatMap((u) =>
      u.calls.map((c) => `${c.method} ${c.path} ${c.file}:${c.line}`),
    );
  };

  it('reads the calls PHP, Java and Ruby build on it', async () => {
    expect(
      await calls({
        'php/Config.php': "<?php\nclass Config {\n    const GRAPH_URL = 'https://graph.facebook.com/v25.0/';\n}\n",
        'php/CatalogSync.php': "<?php\nclass CatalogSync {\n    public function upsert($catalogId) {\n        $ch = curl_init(Config::GRAPH_URL . $catalogId . '/items_batch');\n        curl_setopt($ch, CURLOPT_POST, true);\n        return curl_exec($ch);\n    }\n}\n",
        'java/Graph.java': 'public final class Graph {\n    public static final String BASE_URL = "https://graph.facebook.com/v25.0";\n}\n',
        'java/CatalogSync.java': 'public class CatalogSync {\n    public String upsert(String catalogId, Object body) {\n        return rest.postForObject(Graph.BASE_URL + "/" + catalogId + "/items_batch", body, String.class);\n    }\n}\n',
        'rb/meta.rb': 'module Meta\n  GRAPH = "https://graph.facebook.com/v25.0"\nend\n',
        'rb/catalog_sync.rb': 'class CatalogSync\n  def upsert(catalog_id)\n    Faraday.post("#{Meta::GRAPH}/#{catalog_id}/items_batch", {})\n  end\nend\n',
      }),
    ).toEqual([
      'POST /{product-catalog-id}/items_batch java/CatalogSync.java:3',
      'POST /{product-catalog-id}/items_batch php/CatalogSync.php:4',
      'POST /{product-catalog-id}/items_batch rb/catalog_sync.rb:3',
    ]);
  });

  it("another class's constant of the same name, and a file that sets the name itself, are not given it", async () => {
    expect(
      await calls({
        'java/Graph.java': 'public final class Graph {\n    public static final String BASE_URL = "https://graph.facebook.com/v25.0";\n}\n',
        'java/Mock.java': 'public class Mock {\n    public String upsert(String catalogId, Object body) {\n        return rest.postForObject(Stub.BASE_URL + "/" + catalogId + "/items_batch", body, String.class);\n    }\n}\n',
        'java/Own.java': 'public class Own {\n    static final String BASE_URL = "http://localhost:9999";\n    String upsert(String id) { return rest.postForObject(Graph.BASE_URL + "/" + id + "/photos", null, String.class); }\n}\n',
      }),
    ).toEqual([]);
  });

  it('a file that uses a Spring value and another class\'s constant is read with both declared (one read, not the last reader\'s)', async () => {
    expect(
      await calls({
        'src/main/resources/application.yml': 'facebook:\n  base-url: https://graph.facebook.com/v25.0\n',
        'src/main/java/a/Graph.java': 'public final class Graph {\n    public static final String BASE_URL = "https://graph.facebook.com/v25.0";\n}\n',
        'src/main/java/a/Both.java':
          'public class Both {\n    @Value("${facebook.base-url}")\n    private String base;\n\n    String a(String id) { return rest.getForObject(base + "/" + id + "/feed", String.class); }\n    String b(String catalogId) { return rest.postForObject(Graph.BASE_URL + "/" + catalogId + "/items_batch", null, String.class); }\n}\n',
      }),
    ).toEqual(['GET /{page-id}/feed src/main/java/a/Both.java:5', 'POST /{product-catalog-id}/items_batch src/main/java/a/Both.java:6']);
  });
});

