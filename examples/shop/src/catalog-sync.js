// Syncs the product catalog every hour.
// Deliberate finding: this app code uses the admin system user's token (admin-token-in-code).
const token = process.env.META_ADMIN_TOKEN;

export async function syncCatalog(catalogId, products) {
  const res = await fetch(`https://graph.facebook.com/v25.0/${catalogId}/items_batch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ item_type: 'PRODUCT_ITEM', requests: products }),
  });
  return res.json();
}
