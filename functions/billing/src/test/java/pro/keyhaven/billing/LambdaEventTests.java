package pro.keyhaven.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.LambdaEvents;
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
    Map<String, String> headers = new HashMap<>(extraHeaders);
    headers.put("x-request-id", "apigw-billing-0001");
    return LambdaEvents.apiGatewayV2(method, path, "", headers, body, base64);
  }

  static JsonPath invoke(Map<String, Object> event) {
    return LambdaEvents.invoke(event);
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
