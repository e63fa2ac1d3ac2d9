/**
 * The call reader against hunt X's cases (2026-12-06: graphguard run on public repositories with Page and
 * Instagram comment moderation in Java, request helpers in Java and JavaScript). Each case is the shape of the
 * real code, cut down.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';
import { readFileCalls } from '../../src/calls/collect.js';

const IG_HANDLER = (extra = '') => `package demo;

public class InstagramNodeHandler {
    private static final String GRAPH_API_BASE = "https://graph.facebook.com/v18.0";
    private final OkHttpClient httpClient = new OkHttpClient();

    private String getMedia(String accessToken, String igAccountId) throws Exception {
        String mediaUrl = GRAPH_API_BASE + "/" + igAccountId + "/media?fields=id,caption&access_token=" + accessToken;
        return httpClient.newCall(new Request.Builder().url(mediaUrl).get().build()).execute().body().string();
    }

    private String deleteComment(String accessToken, String commentId) throws Exception {
        String deleteUrl = GRAPH_API_BASE + "/" + commentId + "?access_token=" + accessToken;
        return httpClient.newCall(new Request.Builder().url(deleteUrl).delete().build()).execute().body().string();
    }

    private String hideComment(String accessToken, String commentId, boolean hide) throws Exception {
        String hideUrl = GRAPH_API_BASE + "/" + commentId;
        return httpClient.newCall(new Request.Builder().url(hideUrl).post(form(hide)).build()).execute().body().string();
    }
${extra}}
`;

describe('hunt X', () => {
  it("X1: a comment id alone in an Instagram file is an Instagram comment, not a Facebook object's", () => {
    expect(mapped('InstagramNodeHandler.java', IG_HANDLER())).toEqual([
      '9:61 GET /{ig-user-id}/media',
      '14:61 DELETE /{ig-comment-id}',
      '19:61 POST /{ig-comment-id}',
    ]);
  });

  it('X1: with a Facebook Page call in the same file the product of a comment id cannot be told: unknown', () => {
    const page = `
    private String pagePosts(String pageId) throws Exception {
        String url = GRAPH_API_BASE + "/" + pageId + "/feed";
        return httpClient.newCall(new Request.Builder().url(url).get().build()).execute().body().string();
    }
`;
    expect(mapped('InstagramNodeHandler.java', IG_HANDLER(page))).toEqual([
      '9:61 GET /{ig-user-id}/media',
      '14:61 DELETE unknown /{id}',
      '19:61 POST unknown /{id}',
      '24:61 GET /{page-id}/feed',
    ]);
  });

  it("X1: a comment id alone in a file with no Instagram mark stays a Facebook object's comment", () => {
    const js = "const G = 'https://graph.facebook.com/v19.0';\nexport const hide = (commentId) => fetch(`${G}/${commentId}`, { method: 'POST', body: 'is_hidden=true' });\n";
    expect(mapped('moderate.js', js)).toEqual(['2:42 POST /{comment-id}']);
  });

  it("X2: a request helper's own declaration is no call of it (Java, JavaScript)", () => {
    const java = `public class FacebookNodeHandler {
    private static final String GRAPH_API_BASE = "https://graph.facebook.com/v18.0";

    private String pageInfo(String accessToken, String pageId) throws Exception {
        String url = GRAPH_API_BASE + "/" + pageId + "?fields=id,name&access_token=" + accessToken;
        return executeGet(url);
    }

    private String executeGet(String url) throws Exception {
        return httpClient.newCall(new Request.Builder().url(url).get().build()).execute().body().string();
    }

    private String executePost(String url, Map<String, String> formData) throws Exception {
        return httpClient.newCall(new Request.Builder().url(url).post(form(formData)).build()).execute().body().string();
    }
}
`;
    expect(mapped('FacebookNodeHandler.java', java)).toEqual(['6:27 GET /{page-id}']);
    const js = `const GRAPH_API_BASE = 'https://graph.facebook.com/v18.0';

async function getPageInfo(pageId) {
  const url = \`\${GRAPH_API_BASE}/\${pageId}?fields=id,name&access_token=\${process.env.PAGE_TOKEN}\`;
  return executeGet(url);
}

async function executeGet(url) {
  return fetch(url);
}

async function executePost(url, form) {
  return fetch(url, { method: 'POST', body: new URLSearchParams(form) });
}

module.exports = { getPageInfo, executePost };
`;
    expect(mapped('graph.js', js)).toEqual(['5:21 GET /{page-id}']);
  });

  it('X3: each call on a Facebook4J client is one call whose path is not read (the import where no value is typed)', () => {
    const kt = `import com.restfb.FacebookClient
import facebook4j.Facebook

class FacebookReplies(private val facebook: Facebook, private val restfbClient: FacebookClient) {
    fun reply(commentId: String, message: String) {
        facebook.likePost(commentId)
        facebook.commentPost(commentId, message)
    }
}
`;
    const why = 'Facebook4J, a Graph API client whose methods are not mapped: its calls in this file are not read';
    expect(mapped('FacebookReplies.kt', kt)).toEqual([`6:9 GET unresolved: ${why}`, `7:9 GET unresolved: ${why}`]);
    expect(mapped('Replies.java', 'import facebook4j.*;\n\nclass Replies {\n    void run(Object fb) { }\n}\n')).toEqual([`1:8 GET unresolved: ${why}`]);
  });

  it("X4: a settings object's attribute named as a declared token, case aside, reads it (pydantic-settings)", () => {
    const py = `import requests
from app.core.config import settings


class MetaService:
    def __init__(self):
        self.access_token = settings.meta_page_access_token

    def page(self, page_id):
        return requests.get(f"https://graph.facebook.com/v19.0/{page_id}", params={"access_token": self.access_token})
`;
    const got = readFileCalls({ path: 'app/services/meta_service.py', text: py }, ['META_PAGE_ACCESS_TOKEN']);
    expect(got.tokens).toEqual([{ name: 'META_PAGE_ACCESS_TOKEN', line: 7, column: 38 }]);
    // Not as any other name's attribute, nor as a bare word.
    expect(readFileCalls({ path: 'a.py', text: 'x = obj.meta_page_access_token\nmeta_page_access_token = 1\n' }, ['META_PAGE_ACCESS_TOKEN']).tokens).toEqual([]);
  });

  it("X6: the id of an object named for its node names that node (`business.id`, PHP's `$page->id`); another name's does not", () => {
    const ts = (member: string) => `const graph = axios.create({ baseURL: 'https://graph.facebook.com/v23.0' });
export async function pixels(list) {
  for (const x of list) await graph.get(\`/\${${member}}/adspixels\`);
}
`;
    expect(mapped('a.ts', ts('business.id'))).toEqual(['3:37 GET /{business-id}/adspixels']);
    expect(mapped('a.ts', ts('x.id'))).toEqual(['3:37 GET unknown /{id}/adspixels']);
    // `post`, `video` and `photo` name an Instagram media object as often as a Page's: not read as a node (hunt Z8-1).
    const insights = "const g = axios.create({ baseURL: 'https://graph.facebook.com/v23.0' });\nexport const f = (post) => g.get(`/${post.id}/insights`);\n";
    expect(mapped('a.ts', insights)).toEqual(['2:30 GET unknown /{id}/insights']);
    expect(mapped('a.php', '<?php\n$fb = new \\Facebook\\Facebook([]);\n$fb->get("/{$page->id}/feed");\n')).toEqual(['3:6 GET /{page-id}/feed']);
  });

  it("Z7-1: a Page webhook that names Instagram only in a string keeps a comment id a Facebook object's", () => {
    const js = `async function onWebhook(body) {
  if (body.object === 'instagram') return;
  for (const change of body.changes) {
    const commentId = change.value.comment_id;
    await axios.delete(\`https://graph.facebook.com/v19.0/\${commentId}\`);
  }
}
`;
    expect(mapped('webhook.js', js)).toEqual(['5:24 DELETE /{comment-id}']);
  });

  it('Z7-6: an import of a Facebook4J data type, and a call in a comment, are no calls', () => {
    expect(mapped('PostView.java', 'import facebook4j.Post;\n\nclass PostView {\n    static String preview(Post post) { return post.getMessage(); }\n}\n')).toEqual([]);
    const kt = 'import facebook4j.Facebook\n\nclass R(private val facebook: Facebook) {\n    fun run(id: String) {\n        // facebook.likePost(id)\n    }\n}\n';
    expect(mapped('R.kt', kt)).toEqual([]);
  });

  it('Z7-2: a lower-case attribute reads a declared token only on a Python `settings`', () => {
    const js = 'const config = require("./config");\nfetch(`https://graph.facebook.com/v19.0/me?access_token=${config.access_token}`);\n';
    expect(readFileCalls({ path: 'ig.js', text: js }, ['ACCESS_TOKEN']).tokens).toEqual([]);
    expect(readFileCalls({ path: 'ig.py', text: 'from app import config\nt = config.access_token\n' }, ['ACCESS_TOKEN']).tokens).toEqual([]);
    expect(readFileCalls({ path: 'ig.py', text: 'from app import settings\nt = settings.access_token\n' }, ['ACCESS_TOKEN']).tokens).toEqual([{ name: 'ACCESS_TOKEN', line: 2, column: 14 }]);
  });

  it('X5: an id read from the environment inline in a path names its node (Go, Python)', () => {
    const go = 'package main\n\nimport (\n\t"os"\n\tfb "github.com/huandu/facebook"\n)\n\nfunc main() {\n\tres, _ := fb.Get("/v15.0/"+os.Getenv("AD_ID")+"/insights", fb.Params{"access_token": os.Getenv("API_TOKEN")})\n\t_ = res\n}\n';
    expect(mapped('main.go', go)).toEqual(['9:15 GET /{ad-id}/insights']);
    const py = 'import os, requests\nrequests.get("https://graph.facebook.com/v19.0/" + os.getenv("PAGE_ID", "") + "/feed")\n';
    expect(mapped('a.py', py)).toEqual(['2:14 GET /{page-id}/feed']);
  });
});

