package pro.keyhaven.billing;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe events as Stripe sends them: real-shaped bodies, signed with Stripe's scheme ({@code
 * Stripe-Signature: t=<unix time>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>}).
 */
final class StripeEvents {

  private StripeEvents() {}

  static String newId(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }

  static String event(String id, String type, long created, String object) {
    return """
        {
          "id": "%s",
          "object": "event",
          "api_version": "2025-10-29.clover",
          "created": %d,
          "data": {
            "object": %s
          },
          "livemode": false,
          "pending_webhooks": 1,
          "request": {
            "id": "req_%s",
            "idempotency_key": "%s"
          },
          "type": "%s"
        }"""
        .formatted(id, created, object, id.substring(4), UUID.randomUUID(), type);
  }

  static String checkoutSession(String customer, String subscription, UUID user, String plan) {
    return """
        {
          "id": "%s",
          "object": "checkout.session",
          "amount_subtotal": 900,
          "amount_total": 900,
          "client_reference_id": "%s",
          "currency": "usd",
          "customer": "%s",
          "customer_details": {"email": "someone@example.com"},
          "livemode": false,
          "metadata": {"plan": "%s"},
          "mode": "subscription",
          "payment_status": "paid",
          "status": "complete",
          "subscription": "%s",
          "success_url": "http://localhost:8080/billing?checkout=done",
          "url": null
        }"""
        .formatted(newId("cs_test"), user, customer, plan, subscription);
  }

  static String subscription(
      String id, String customer, String status, String price, long periodEnd) {
    return """
        {
          "id": "%s",
          "object": "subscription",
          "cancel_at_period_end": false,
          "collection_method": "charge_automatically",
          "created": %d,
          "currency": "usd",
          "customer": "%s",
          "items": {
            "object": "list",
            "data": [
              {
                "id": "%s",
                "object": "subscription_item",
                "current_period_end": %d,
                "current_period_start": %d,
                "price": {
                  "id": "%s",
                  "object": "price",
                  "active": true,
                  "currency": "usd",
                  "recurring": {"interval": "month", "interval_count": 1},
                  "type": "recurring",
                  "unit_amount": 900
                },
                "quantity": 1,
                "subscription": "%s"
              }
            ],
            "has_more": false,
            "url": "/v1/subscription_items?subscription=%s"
          },
          "livemode": false,
          "metadata": {},
          "status": "%s"
        }"""
        .formatted(
            id,
            periodEnd - 2_592_000,
            customer,
            newId("si"),
            periodEnd,
            periodEnd - 2_592_000,
            price,
            id,
            id,
            status);
  }

  static String invoice(String customer, String subscription, String status, int attempts) {
    return """
        {
          "id": "%s",
          "object": "invoice",
          "amount_due": 900,
          "amount_paid": %d,
          "attempt_count": %d,
          "billing_reason": "subscription_cycle",
          "currency": "usd",
          "customer": "%s",
          "livemode": false,
          "parent": {
            "type": "subscription_details",
            "subscription_details": {"subscription": "%s", "metadata": {}}
          },
          "status": "%s"
        }"""
        .formatted(
            newId("in"), "paid".equals(status) ? 900 : 0, attempts, customer, subscription, status);
  }

  static String sign(String payload, String secret, long timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] sig = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(sig);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static ValidatableResponse deliver(String payload, String signature) {
    var request = given().contentType("application/json; charset=utf-8").body(payload);
    if (signature != null) {
      request = request.header("Stripe-Signature", signature);
    }
    return request.post("/webhooks/stripe").then().log().ifValidationFails();
  }
}
