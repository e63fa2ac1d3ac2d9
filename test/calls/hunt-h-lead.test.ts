/**
 * The call reader against hunt H's cases (2026-12-05, /tmp/huntH/REPORT.md: regressions of hunt G's fixes)
 * fixed on the lead's branch: empty-string variables as whole segments, a media id's product from code, Go's
 * env struct tags only as tags. The cases are the tester's.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';
import { findSecretReferences } from '../../src/scan/references.js';

describe('hunt H (lead)', () => {
  it("H4: Python: a class's `edge = \"\"` beside `page_id = \"\"` is a variable edge, never folded into a write on the node", () => {
    const text = `import os, requests
GRAPH = "https://graph.facebook.com/v20.0"
TOKEN = os.environ["PAGE_TOKEN"]
class C:
    page_id = ""
    edge = ""
    def pub(self):
        requests.post(f"{GRAPH}/{self.page_id}/{self.edge}", params={"access_token": TOKEN})
`;
    expect(mapped("a.py", text)).toEqual(["8:23 POST unresolved: variable edge"]);
  });

  it("H4: PHP: a promoted `private string $edge = ''` is a variable edge", () => {
    const text = `<?php
use GuzzleHttp\\Client;
class S {
    public function __construct(private string $pageId = '', private string $edge = '') {}
    public function pub() {
        $c = new Client();
        return $c->post("https://graph.facebook.com/v20.0/{$this->pageId}/{$this->edge}", ['query' => ['access_token' => getenv('PAGE_TOKEN')]]);
    }
}
`;
    expect(mapped("S.php", text)).toEqual(["7:25 POST unresolved: variable edge"]);
  });

  it("H5: a comment that mentions WhatsApp is no mark of the file's product; its own Instagram call is", () => {
    const text = `# Comment moderation for our brand's media. TODO: WhatsApp support later.
import os, requests
GRAPH = "https://graph.facebook.com/v20.0"
TOKEN = os.environ["IG_TOKEN"]
def comments(media_id):
    return requests.get(f"{GRAPH}/{media_id}/comments", params={"access_token": TOKEN})
def rm(media_id):
    return requests.delete(f"{GRAPH}/{media_id}", params={"access_token": TOKEN})
`;
    expect(mapped("mod.py", text)).toEqual(["6:25 GET /{ig-media-id}/comments", "8:28 DELETE /{ig-media-id}"]);
  });

  it("H5: a file whose own calls are Instagram's reads its bare media id as Instagram's", () => {
    const text = `import os, requests
GRAPH = "https://graph.facebook.com/v20.0"
TOKEN = os.environ["IG_TOKEN"]
def comments(media_id):
    return requests.get(f"{GRAPH}/{media_id}/comments", params={"access_token": TOKEN})
def rm(media_id):
    return requests.delete(f"{GRAPH}/{media_id}", params={"access_token": TOKEN})
`;
    expect(mapped("plain.py", text)).toEqual(["5:25 GET /{ig-media-id}/comments", "7:28 DELETE /{ig-media-id}"]);
  });

  it("H9: `env:\"X\"` is a token read only as a Go struct tag, not in a template literal or a usage text", () => {
    const js = `const axios = require('axios');
exports.pub = (pageId) => axios.post(\`https://graph.facebook.com/v20.0/\${pageId}/feed\`, {}, { params: { access_token: process.env.PAGE_TOKEN } });
exports.help = () => console.log(\`set env:"ADS_TOKEN" before running\`);
`;
    expect(findSecretReferences(js, ['ADS_TOKEN', 'PAGE_TOKEN']).map((r) => `${r.name} ${r.form}`)).toEqual(['PAGE_TOKEN process.env']);
    const go = `package main

import (
	"net/http"
	"os"
)

const usage = \`Config: env:"ADS_TOKEN" must be set\`

func pub(pageID string) {
	http.Post("https://graph.facebook.com/v20.0/"+pageID+"/feed?access_token="+os.Getenv("PAGE_TOKEN"), "application/json", nil)
}
`;
    expect(findSecretReferences(go, ['ADS_TOKEN', 'PAGE_TOKEN']).map((r) => `${r.name} ${r.form}`)).toEqual(['PAGE_TOKEN go-getenv']);
    const tag = 'type Config struct {\n\tToken string `env:"ADS_TOKEN,required"`\n\tPage  string `envconfig:"PAGE_TOKEN"`\n}\n';
    expect(findSecretReferences(tag, ['ADS_TOKEN', 'PAGE_TOKEN']).map((r) => `${r.name} ${r.form}`)).toEqual(['ADS_TOKEN go-env-tag', 'PAGE_TOKEN go-env-tag']);
  });
});
