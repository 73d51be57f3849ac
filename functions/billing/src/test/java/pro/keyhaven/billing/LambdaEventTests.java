package pro.keyhaven.billing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * The billing function through raw API Gateway HTTP API (payload 2.0) events, as Lambda sees it.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class LambdaEventTests {

  static Map<String, Object> apiGatewayEvent(
      String method, String path, Map<String, String> extraHeaders, String body, boolean base64) {
    Map<String, String> headers = new HashMap<>();
    headers.put("accept", "application/json");
    headers.put("user-agent", "lambda-test");
    headers.put("x-request-id", "apigw-billing-0001");
    headers.putAll(extraHeaders);
    Map<String, Object> http =
        Map.of(
            "method", method,
            "path", path,
            "protocol", "HTTP/1.1",
            "sourceIp", "203.0.113.9",
            "userAgent", "lambda-test");
    Map<String, Object> context =
        Map.of(
            "accountId", "111111111111",
            "apiId", "api1",
            "domainName", "api.keyhaven.test",
            "http", http,
            "requestId", "gw-1",
            "routeKey", "$default",
            "stage", "$default",
            "time", "24/Nov/2026:19:00:00 +0000",
            "timeEpoch", 1795546800000L);
    Map<String, Object> event = new HashMap<>();
    event.put("version", "2.0");
    event.put("routeKey", "$default");
    event.put("rawPath", path);
    event.put("rawQueryString", "");
    event.put("headers", headers);
    event.put("requestContext", context);
    if (body != null) {
      headers.put("content-length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
      event.put(
          "body",
          base64
              ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))
              : body);
    }
    event.put("isBase64Encoded", base64);
    return event;
  }

  static JsonPath invoke(Map<String, Object> event) {
    return given()
        .contentType("application/json")
        .accept("application/json")
        .body(event)
        .post("/_lambda_")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theSubscriptionAnswersThroughARawApiGatewayEvent() {
    Account a = TestAccounts.create("lambda");
    JsonPath out =
        invoke(
            apiGatewayEvent(
                "GET",
                "/api/billing/subscription",
                Map.of("authorization", "Bearer " + a.accessToken()),
                null,
                false));
    assertThat(out.getInt("statusCode")).isEqualTo(200);
    Map<String, String> headers = out.getMap("headers");
    assertThat(headers).containsEntry("X-Request-Id", "apigw-billing-0001");
    JsonPath body = new JsonPath(out.getString("body"));
    assertThat(body.getString("tier")).isEqualTo("team");
    assertThat(body.getBoolean("billing_enabled")).isFalse();
  }

  @Test
  void aStripeEventIsVerifiedThroughARawApiGatewayEvent() {
    long now = java.time.Instant.now().getEpochSecond();
    String payload =
        StripeEvents.event(
            StripeEvents.newId("evt"),
            "invoice.paid",
            now,
            StripeEvents.invoice("cus_TestLambda01", "sub_Lambda01", "paid", 1));
    // API Gateway hands the body over base64-encoded; the signature covers the decoded bytes.
    JsonPath ok =
        invoke(
            apiGatewayEvent(
                "POST",
                "/webhooks/stripe",
                Map.of(
                    "content-type",
                    "application/json; charset=utf-8",
                    "stripe-signature",
                    StripeEvents.sign(payload, BillingOffTests.SECRET, now)),
                payload,
                true));
    assertThat(ok.getInt("statusCode")).isEqualTo(200);
    assertThat(new JsonPath(ok.getString("body")).getString("outcome")).isEqualTo("ignored");

    JsonPath bad =
        invoke(
            apiGatewayEvent(
                "POST",
                "/webhooks/stripe",
                Map.of(
                    "content-type",
                    "application/json",
                    "stripe-signature",
                    StripeEvents.sign(payload, "whsec_wrong", now)),
                payload,
                false));
    assertThat(bad.getInt("statusCode")).isEqualTo(400);
    assertThat(new JsonPath(bad.getString("body")).getString("code")).isEqualTo("BAD_SIGNATURE");
    assertThat(PlatformTestResource.database()).isNotNull();
  }
}
