/**
 * The call reader against hunt LP's cases (2026-12-06, /tmp/h30-lp/REPORT.md: least privilege on public code graphguard
 * had not seen). Each case is the shape of the real code, cut down.
 */
import { describe, expect, it } from 'vitest';
import { mapped } from '../helpers/calls.js';

describe('hunt LP-2: `POST /{app-id}/uploads` is the Resumable Upload API, not a product feed upload', () => {
  it('Python: `f"{GRAPH}/{app_id}/uploads"` posted is no `POST /{product-feed-id}/uploads`', () => {
    const text = `import os
import requests

GRAPH = "https://graph.facebook.com/v22.0"


def start_upload_session(app_id, token, path):
    url = f"{GRAPH}/{app_id}/uploads"
    params = {"file_name": os.path.basename(path), "file_length": os.path.getsize(path),
              "file_type": "image/png", "access_token": token}
    return requests.post(url, params=params).json()["id"]
`;
    expect(mapped('upload.py', text)).toEqual(['11:26 POST unknown /{id}/uploads']);
  });

  it('JavaScript: `${GRAPH}/${appId}/uploads?…` posted; a `{product_feed_id}` upload is still the feed upload', () => {
    const text = `const GRAPH = 'https://graph.facebook.com/v22.0';
export async function startUpload(appId, token, file) {
  const res = await fetch(\`\${GRAPH}/\${appId}/uploads?file_length=\${file.size}&file_type=image/png&access_token=\${token}\`, { method: 'POST' });
  return (await res.json()).id;
}
export async function feedUpload(FB_APP_ID, productFeedId, url) {
  await fetch(\`\${GRAPH}/\${FB_APP_ID}/uploads\`, { method: 'POST' });
  return fetch(\`\${GRAPH}/\${productFeedId}/uploads\`, { method: 'POST', body: JSON.stringify({ url }) });
}
export async function hooks(appId) {
  return fetch(\`\${GRAPH}/\${appId}/subscriptions\`);
}
`;
    expect(mapped('upload.js', text)).toEqual([
      '3:27 POST unknown /{id}/uploads',
      '7:15 POST unknown /{id}/uploads',
      '8:16 POST /{product-feed-id}/uploads',
      '11:16 GET /{app-id}/subscriptions',
    ]);
  });
});
