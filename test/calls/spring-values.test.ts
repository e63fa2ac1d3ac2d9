/**
 * Java/Kotlin (Spring): a field injected from the application's configuration (`@Value("${facebook.base-url}")`)
 * holds the configured Graph URL, so the calls built on it are read (src/calls/shared-values.ts, readSpringValues; hunt Y3-6:
 * before, they were not, and `unused-permission` told the user to drop `instagram_manage_insights`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { springConfigEntries } from '../../src/calls/spring-config.js';
import { findingsAt, runCli, writeFiles } from '../helpers/repo.js';
import { HEAD } from '../helpers/manifests.js';

const MANIFEST = `${HEAD}  - name: ig-insights
    role: system_user
    environment: production
    permissions: [instagram_basic, instagram_manage_insights, pages_read_engagement, pages_show_list, business_management, ads_read]
    token: { secret: META_IG_TOKEN }
    code: ["src/**"]
`;

const JAVA = `package app;

import org.springframework.beans.factory.annotation.Value;

public class InsightsService {
    @Value("\${facebook.base-url}")
    private String baseUrl;

    public String mediaInsights(String mediaId, String token) {
        String url = String.format("%s/%s/insights?metric=reach&access_token=%s", baseUrl, mediaId, token);
        return webClient.get().uri(url).retrieve().bodyToMono(String.class).block();
    }
}
`;

describe('Spring @Value base URLs', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const run = async (files: Record<string, string>, args: string[]) => {
    dir = mkdtempSync(path.join(tmpdir(), 'gg-spring-'));
    writeFiles(dir, { 'graphguard.yml': MANIFEST, ...files });
    return runCli(dir, args, { GRAPHGUARD_SCAN_CACHE: '0' });
  };
  const calls = async (files: Record<string, string>) =>
    (JSON.parse((await run(files, ['infer', '--format', 'json'])).stdout) as { users: { calls: { method: string; path: string; file: string; line: number }[] }[] }).users.flatMap((u) =>
      u.calls.map((c) => `${c.method} ${c.path} ${c.file}:${c.line}`),
    );

  it("reads the calls built on a field whose value application.yml sets: no false unused-permission", async () => {
    const files = { 'src/main/java/app/InsightsService.java': JAVA, 'src/main/resources/application.yml': 'server:\n  port: 8080\nfacebook:\n  # the Graph API\n  base-url: https://graph.facebook.com/v23.0\n' };
    expect(await calls(files)).toEqual(['GET /{ig-media-id}/insights src/main/java/app/InsightsService.java:11']);
    rmSync(dir, { recursive: true, force: true });
    const check = await run(files, ['check', '--format', 'json', '--today', '2026-12-06']);
    expect(findingsAt(check.stdout, ['unused-permission']).filter((f) => f.includes('instagram_manage_insights'))).toEqual([]);
  });

  it('application.properties with relaxed names, a Kotlin field, and a default given in the annotation', async () => {
    const kt = `package app

class PageService {
    @Value("\\\${meta.graph.baseUrl}")
    private lateinit var graphBase: String

    fun insights(mediaId: String) = restTemplate.getForObject("$graphBase/$mediaId/insights", String::class.java)
}
`;
    const dflt = JAVA.replace('${facebook.base-url}', '${graph.url:https://graph.facebook.com/v23.0}').replace('InsightsService', 'DefaultService');
    expect(
      await calls({
        'src/main/kotlin/app/PageService.kt': kt,
        'src/main/java/app/DefaultService.java': dflt,
        'src/main/resources/application.properties': '# config\nmeta.graph.base-url=https://graph.facebook.com/v23.0\n',
      }),
    ).toEqual(['GET /{ig-media-id}/insights src/main/java/app/DefaultService.java:11', 'GET /{ig-media-id}/insights src/main/kotlin/app/PageService.kt:7']);
  });

  it('a configured value that is no Graph URL declares nothing', async () => {
    expect(await calls({ 'src/main/java/app/InsightsService.java': JAVA, 'src/main/resources/application.yml': 'facebook:\n  base-url: https://example.com/facebook\n' })).toEqual([]);
  });

  it('springConfigEntries reads dotted keys of plain YAML mappings and properties lines', () => {
    expect(springConfigEntries('a:\n  b: 1\n  c:\n    d: "x # y"\ne: 2 # note\n---\nf: 3\n', false)).toEqual([
      ['a.b', '1'],
      ['a.c.d', 'x # y'],
      ['e', '2'],
      ['f', '3'],
    ]);
    expect(springConfigEntries('# c\n! c\na.b=1\nc.d: two\n', true)).toEqual([
      ['a.b', '1'],
      ['c.d', 'two'],
    ]);
  });

  it("each service reads its own configuration, never another service's of the repository", async () => {
    const stub = JAVA.replace('InsightsService', 'StubClient');
    expect(
      await calls({
        'src/svc-a/src/main/resources/application.yml': 'facebook:\n  base-url: https://graph.facebook.com/v23.0\n',
        'src/svc-b/src/main/resources/application.yml': 'facebook:\n  base-url: http://localhost:8089/stub\n',
        'src/svc-b/src/main/java/b/StubClient.java': stub,
        'src/svc-a/src/main/java/a/InsightsService.java': JAVA,
      }),
    ).toEqual(['GET /{ig-media-id}/insights src/svc-a/src/main/java/a/InsightsService.java:11']);
  });

  it("a constructor's injected parameter holds the configured URL too (Kotlin's primary constructor, Java's; hunt Z7-7)", async () => {
    const kt = `package a

class PageService(
    @Value("\\\${facebook.base-url}") private val baseUrl: String,
    private val rest: RestTemplate,
) {
    fun feed(pageId: String): String? = rest.getForObject(baseUrl + "/" + pageId + "/feed", String::class.java)
}
`;
    const java = `package a;

public class MediaService {
    private final WebClient web;

    public MediaService(@Value("\${facebook.base-url}") String baseUrl, WebClient web) {
        this.web = web;
        web.get().uri(baseUrl + "/" + "17841400000000000" + "/media").retrieve();
    }
}
`;
    expect(
      await calls({
        'src/main/kotlin/a/PageService.kt': kt,
        'src/main/java/a/MediaService.java': java,
        'src/main/resources/application.yml': 'facebook:\n  base-url: https://graph.facebook.com/v23.0\n',
      }),
    ).toEqual(['GET /{ig-user-id}/media src/main/java/a/MediaService.java:8', 'GET /{page-id}/feed src/main/kotlin/a/PageService.kt:7']);
  });
});

