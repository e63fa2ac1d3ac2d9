/**
 * The call reader against hunt F's cases (2026-12-05, /tmp/huntF/REPORT.md): regressions and false readings in the
 * day's new reading (request helpers, instance attributes, version holes, Go's url.Parse), each fixed; the
 * cases are the tester's, the expectations exact.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('hunt F', () => {
  it('F1: a private helper with more call sites than are read keeps its own request unresolved, and site 33 is not silently lost', () => {
    let ts = 'const GRAPH = "https://graph.facebook.com/v19.0";\nexport class Api {\n  private async request(method: string, path: string) {\n    return fetch(`${GRAPH}${path}`, { method });\n  }\n';
    for (let i = 0; i < 32; i++) ts += `  r${i}(id: string) { return this.request("GET", \`/\${id}/insights\`); }\n`;
    ts += '  remove(postId: string) { return this.request("DELETE", `/${postId}`); }\n}\n';
    const calls = mapped('a.ts', ts);
    expect(calls[0]).toBe('4:18 GET unresolved: its HTTP method is in a value not read here');
    expect(calls.length).toBe(33);
  });

  it("F2: a method parameter's default is the method of a call that gives none (`def _send(self, path, method=\"POST\")`)", () => {
    const text = `import requests
GRAPH = "https://graph.facebook.com/v19.0"

class Client:
    def _send(self, path, method="POST", **kw):
        return requests.request(method, f"{GRAPH}/{path}", **kw)

    def photo(self, page_id):
        return self._send(f"{page_id}/photos")
`;
    expect(mapped("client.py", text)).toEqual(["9:27 POST /{page-id}/photos"]);
  });

  it("F3py: a private helper also passed on by reference (`partial(self._call, \"DELETE\")`) keeps its own request unresolved", () => {
    const text = `import requests
from functools import partial
GRAPH = "https://graph.facebook.com/v19.0"

class Client:
    def _call(self, method, path, **params):
        return requests.request(method, f"{GRAPH}/{path}", params=params)

    def page(self, page_id):
        return self._call("GET", page_id, fields="name")

    def remover(self):
        return partial(self._call, "DELETE")
`;
    expect(mapped("client.py", text)).toEqual(["7:41 GET unresolved: its HTTP method is in a value not read here", "10:34 GET /{page-id}"]);
  });

  it("F3ts: a private method passed on (`this.request.call(this, \"DELETE\", p)`) keeps its own request unresolved", () => {
    const text = `const GRAPH = "https://graph.facebook.com/v19.0";

export class GraphClient {
  private async request(method: string, path: string) {
    const res = await fetch(\`\${GRAPH}\${path}\`, { method });
    return res.json();
  }
  page(id: string) { return this.request("GET", \`/\${id}\`); }
  api() {
    return { delete: (p: string) => this.request.call(this, "DELETE", p) };
  }
}
`;
    expect(mapped("client.ts", text)).toEqual(["5:29 GET unresolved: its HTTP method is in a value not read here", "8:49 GET unknown /{id}"]);
  });

  it("F4a: a first hole that looks up an id by a name holding 'version' is no version (`${conversions[i].id}`)", () => {
    const text = `export async function drop(conversions: any[], i: number) {
  await fetch(\`https://graph.facebook.com/\${conversions[i].id}\`, { method: "DELETE" });
}
`;
    expect(mapped("a.ts", text)).toEqual(["2:15 DELETE unresolved: computed path"]);
  });

  it("F4b: Python: `{pages_by_version['v2']}` is a node, not the version", () => {
    const text = `import requests
def run(pages_by_version):
    requests.delete(f"https://graph.facebook.com/{pages_by_version['v2']}")
`;
    expect(mapped("a.py", text)).toEqual(["3:21 DELETE unresolved: computed path"]);
  });

  it("F4c: `${ids[version]}/feed` and `${getPageForVersion(v)}/feed` keep their node", () => {
    const text = `export async function run(ids: any, version: string, v: string) {
  await fetch(\`https://graph.facebook.com/\${ids[version]}/feed\`, { method: "POST", body: "x" });
  await fetch(\`https://graph.facebook.com/\${getPageForVersion(v)}/feed\`, { method: "POST", body: "x" });
}
`;
    expect(mapped("a.ts", text)).toEqual(["2:15 POST /{page-id}/feed", "3:15 POST /{page-id}/feed"]);
  });

  it("F5: Go: `u, err := url.Parse(\u2026)` assigns `u` again: one call per use, no URL of another function", () => {
    const text = `package x

import (
	"net/http"
	"net/url"
)

const graph = "https://graph.facebook.com/v19.0"

func Insights(pageID string) {
	u, _ := url.Parse(graph + "/" + pageID + "/insights")
	http.Get(u.String())
}

func Remove(postID string) {
	u, err := url.Parse(graph + "/" + postID)
	if err != nil {
		return
	}
	req, _ := http.NewRequest("DELETE", u.String(), nil)
	http.DefaultClient.Do(req)
}
`;
    expect(mapped("x.go", text)).toEqual(["12:11 GET /{page-id}/insights", "20:38 DELETE /{post-id}"]);
  });

  it("F6ts: another class's `this.request(\u2026)` is not the Graph class's helper", () => {
    const text = `const GRAPH = "https://graph.facebook.com/v19.0";
import { BaseClient } from "./base";

export class GraphClient {
  private async request<T>(method: string, path: string): Promise<T> {
    const res = await fetch(\`\${GRAPH}\${path}\`, { method });
    return res.json() as Promise<T>;
  }
  page(id: string) { return this.request("GET", \`/\${id}?fields=name\`); }
}

export class SlackClient extends BaseClient {
  notify(channel: string) { return this.request("POST", \`/chat.postMessage\`); }
  drop(user: string) { return this.request("DELETE", \`/\${user}\`); }
}
`;
    expect(mapped("client.ts", text)).toEqual(["9:49 GET unknown /{id}"]);
  });

  it("F6py: another class's `self._call(\u2026)` is not the Graph class's helper", () => {
    const text = `import requests
from base import BaseClient
GRAPH = "https://graph.facebook.com/v19.0"

class GraphClient:
    def _call(self, method, path, **params):
        return requests.request(method, f"{GRAPH}/{path}", params=params)

    def page(self, page_id):
        return self._call("GET", page_id, fields="name")

class StripeClient(BaseClient):
    def refund(self, charge_id):
        return self._call("POST", f"charges/{charge_id}/refunds")
`;
    expect(mapped("client.py", text)).toEqual(["10:34 GET /{page-id}"]);
  });

  it("F6bare: a bare `request(\u2026)` (supertest) is not the class's `request` method; the helper, named elsewhere too, keeps its own request", () => {
    const text = `import request from "supertest";
const GRAPH = "https://graph.facebook.com/v19.0";

export class GraphClient {
  async request(method: string, path: string) {
    const res = await fetch(\`\${GRAPH}\${path}\`, { method });
    return res.json();
  }
  page(id: string) { return this.request("GET", \`/\${id}\`); }
}

export async function testApp(app: any, id: string) {
  await request("DELETE", \`/\${id}\`);
}
`;
    expect(mapped("client.ts", text)).toEqual(["6:29 GET unresolved: its HTTP method is in a value not read here", "9:49 GET unknown /{id}"]);
  });

  it("F7: another class's `this.url` (a constructor parameter property) is not the Graph class's attribute", () => {
    const text = `const GRAPH = "https://graph.facebook.com/v19.0";
export class Catalog {
  private url: string;
  constructor(id: string) { this.url = \`\${GRAPH}/\${id}/items_batch\`; }
  push(items: any) { return fetch(this.url, { method: "POST", body: JSON.stringify(items) }); }
}
export class Webhook {
  constructor(private url: string) {}
  ping() { return fetch(this.url, { method: "DELETE" }); }
}
`;
    expect(mapped("c.ts", text)).toEqual(["5:40 POST /{product-catalog-id}/items_batch"]);
  });

  it("F8: a helper that sends the value as data to another host gives the Graph URL no method", () => {
    const text = `import requests
GRAPH = "https://graph.facebook.com/v19.0"
AUDIT = "https://audit.internal/events"

def _audit(url):
    requests.post(AUDIT, json={"url": url})

def read_page(page_id):
    r = requests.get(f"{GRAPH}/{page_id}")
    _audit(f"{GRAPH}/{page_id}")
    return r.json()
`;
    expect(mapped("a.py", text)).toEqual(["9:22 GET /{page-id}", "10:12 GET /{page-id}"]);
  });

  it("F9: `metrics.postEvent(url)` and `putInQueue(url)` say no method", () => {
    const text = `const GRAPH = "https://graph.facebook.com/v19.0";
export async function readPage(pageId: string) {
  const res = await fetch(\`\${GRAPH}/\${pageId}/insights\`);
  await metrics.postEvent(\`\${GRAPH}/\${pageId}/insights\`);
  await putInQueue(\`\${GRAPH}/\${pageId}/insights\`);
  return res;
}
`;
    expect(mapped("a.ts", text)).toEqual(["3:27 GET /{page-id}/insights", "4:27 GET /{page-id}/insights", "5:20 GET /{page-id}/insights"]);
  });

  it("F11: a Python attribute set once in each of two classes: the Graph class's is sent where that class sends it", () => {
    const text = `import requests
GRAPH = "https://graph.facebook.com/v19.0"

class Catalog:
    def __init__(self, catalog_id):
        self.url = f"{GRAPH}/{catalog_id}/items_batch"

    def push(self, items):
        return requests.post(self.url, json=items)

class Webhook:
    def __init__(self, hook):
        self.url = hook

    def notify(self, body):
        return requests.delete(self.url)
`;
    expect(mapped("c.py", text)).toEqual(["9:35 POST /{product-catalog-id}/items_batch"]);
  });

  it('F10: an if / else if chain longer than eight links sends every value once', () => {
    let js = "const GRAPH = 'https://graph.facebook.com/v20.0';\nasync function f(kind, id) {\n  let url;\n  if (kind === 'a0') { url = `${GRAPH}/${id}/photos`; }\n";
    for (let i = 1; i <= 10; i++) js += `  else if (kind === 'a${i}') { url = \`\${GRAPH}/\${id}/insights\`; }\n`;
    js += "  else { url = `${GRAPH}/${id}/feed`; }\n  await fetch(url, { method: 'POST', body: 'x' });\n}\n";
    expect(mapped('a.js', js)).toEqual(['16:15 POST /{page-id}/photos', '16:15 POST /{ad-account-id}/insights', '16:15 POST /{page-id}/feed']);
  });
});
