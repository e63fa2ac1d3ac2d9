/**
 * Field lists joined inside an interpolation (`?fields=${FIELDS.join(',')}`, f"…{','.join(FIELDS)}…"): the
 * list variable's elements are the fields asked for, as they are in a concatenation or a params object.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('a field list joined in an interpolation', () => {
  it('JavaScript: FIELDS.join(",") and FIELDS.join() (a comma) in a template', () => {
    const js = `const ME = ['id', 'name'];
const PAGE_FIELDS = ['name', 'instagram_business_account'];
const a = () => fetch(\`https://graph.facebook.com/v21.0/me?fields=\${ME.join(',')}&access_token=\${process.env.PAGE_TOKEN}\`);
const b = (pageId) => fetch(\`https://graph.facebook.com/v21.0/\${pageId}?fields=\${PAGE_FIELDS.join()}\`);
`;
    expect(mapped('a.js', js)).toEqual(['3:23 GET /{user-id}', '4:29 GET /{page-id} ["instagram_business_account"]']);
  });

  it("Python: ','.join(FIELDS) in an f-string, a tuple as the list", () => {
    const py = `import os, requests
PAGE_FIELDS = ("name", "instagram_business_account")
def page(page_id):
    return requests.get(f"https://graph.facebook.com/v21.0/{page_id}?fields={','.join(PAGE_FIELDS)}")
`;
    expect(mapped('a.py', py)).toEqual(['4:25 GET /{page-id} ["instagram_business_account"]']);
  });

  it('Ruby #{FIELDS.join(",")} and Kotlin ${FIELDS.joinToString(",")}', () => {
    const rb = `FIELDS = ['name', 'instagram_business_account']
def page(page_id)
  Net::HTTP.get(URI("https://graph.facebook.com/v21.0/#{page_id}?fields=#{FIELDS.join(',')}"))
end
`;
    expect(mapped('a.rb', rb)).toEqual(['3:21 GET /{page-id} ["instagram_business_account"]']);
    const kt = `val FIELDS = listOf("name", "instagram_business_account")
fun page(client: OkHttpClient, pageId: String) {
    val req = Request.Builder().url("https://graph.facebook.com/v21.0/$pageId?fields=\${FIELDS.joinToString(",")}").build()
    client.newCall(req).execute()
}
`;
    expect(mapped('A.kt', kt)).toEqual(['3:37 GET /{page-id} ["instagram_business_account"]']);
  });

  it('stays unread where the list is not one of literals: an element not read, a string, a parameter of the name', () => {
    const js = `const F = ['id', someVar];
const S = 'id,name';
const a = () => fetch(\`https://graph.facebook.com/v21.0/me?fields=\${F.join(',')}\`);
const b = () => fetch(\`https://graph.facebook.com/v21.0/me?fields=\${S.join(',')}\`);
function c(F) { return fetch(\`https://graph.facebook.com/v21.0/me?fields=\${F.join(',')}\`); }
const d = () => fetch(\`https://graph.facebook.com/v21.0/me?fields=\${F.map(String).join(',')}\`);
`;
    expect(mapped('a.js', js)).toEqual([
      '3:23 GET unknown /{user-id}?fields=…',
      '4:23 GET unknown /{user-id}?fields=…',
      '5:30 GET unknown /{user-id}?fields=…',
      '6:23 GET unknown /{user-id}?fields=…',
    ]);
  });

  it('a join of another language is not read as one (Python has no FIELDS.join, JavaScript no ",".join)', () => {
    const py = `FIELDS = ["id", "name"]
def me():
    return requests.get(f"https://graph.facebook.com/v21.0/me?fields={FIELDS.join(',')}")
`;
    expect(mapped('a.py', py)).toEqual(['3:25 GET unknown /{user-id}?fields=…']);
  });
});
