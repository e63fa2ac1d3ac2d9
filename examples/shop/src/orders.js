// Order intake for the Instagram shop: list new orders on the Page and acknowledge them.
const GRAPH = 'https://graph.facebook.com/v25.0';
const token = process.env.META_SHOP_PROD_TOKEN;

/** The Pages this token can act for (to find the shop's Page). */
export async function shopPages() {
  const res = await fetch(`${GRAPH}/me/accounts`, { headers: { Authorization: `Bearer ${token}` } });
  return res.json();
}

export async function newOrders(pageId) {
  const res = await fetch(`${GRAPH}/${pageId}/commerce_orders?state=CREATED`, { headers: { Authorization: `Bearer ${token}` } });
  return res.json();
}

export async function acknowledge(orderId, merchantOrderReference) {
  const res = await fetch(`${GRAPH}/${orderId}/acknowledge_order`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: new URLSearchParams({ merchant_order_reference: merchantOrderReference, idempotency_key: merchantOrderReference }),
  });
  return res.json();
}
