<?php
// Commerce webhook: a new order arrived; fetch it and acknowledge it.
$token = getenv('META_SHOP_PROD_TOKEN');
$payload = json_decode(file_get_contents('php://input'), true);
$orderId = $payload['entry'][0]['changes'][0]['value']['order_id'];

$ch = curl_init("https://graph.facebook.com/v25.0/{$orderId}?fields=id,order_status,items");
curl_setopt($ch, CURLOPT_HTTPHEADER, ["Authorization: Bearer $token"]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$order = json_decode(curl_exec($ch), true);

$ack = curl_init("https://graph.facebook.com/v25.0/" . $orderId . "/acknowledge_order");
curl_setopt($ack, CURLOPT_POST, true);
curl_setopt($ack, CURLOPT_POSTFIELDS, http_build_query(['merchant_order_reference' => $order['id']]));
curl_setopt($ack, CURLOPT_HTTPHEADER, ["Authorization: Bearer $token"]);
curl_exec($ack);
