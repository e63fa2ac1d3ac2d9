// Nightly catalog feed upload for Acme Products.
const GRAPH = 'https://graph.facebook.com/v25.0';

export async function uploadFeed(catalogId, feedUrl) {
  const token = process.env.META_SHOP_PROD_TOKEN;
  const res = await fetch(`${GRAPH}/${catalogId}/product_feeds`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: new URLSearchParams({ name: 'nightly', schedule: JSON.stringify({ url: feedUrl, interval: 'DAILY' }) }),
  });
  return res.json();
}
