package pro.keyhaven.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.LambdaEvents;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/** The integrations function through raw API Gateway HTTP API (payload 2.0) events. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(GitHubStandIn.class)
class LambdaEventTests {

  static Map<String, Object> event(
      String method, String path, Map<String, String> extra, String body, boolean base64) {
    Map<String, String> headers = new HashMap<>(extra);
    headers.put("x-request-id", "apigw-integrations-0001");
    return LambdaEvents.apiGatewayV2(method, path, "", headers, body, base64);
  }

  @Test
  void theConnectionAnswersThroughARawApiGatewayEvent() {
    Account a = TestAccounts.create("gh-lambda");
    JsonPath out =
        LambdaEvents.invoke(
            event(
                "GET",
                "/api/integrations/github",
                Map.of("authorization", "Bearer " + a.accessToken()),
                null,
                false));
    assertThat(out.getInt("statusCode")).isEqualTo(200);
    assertThat(new JsonPath(out.getString("body")).getBoolean("connected")).isFalse();
    Map<String, String> headers = out.getMap("headers");
    assertThat(headers).containsEntry("X-Request-Id", "apigw-integrations-0001");
  }

  @Test
  void aGitHubDeliveryIsVerifiedOverTheBytesApiGatewayHandsOver() {
    String body = "{\"zen\":\"Design for failure.\",\"hook_id\":42}";
    String signature = GitHubWebhookTests.sign(body, GitHubStandIn.WEBHOOK_SECRET);
    Map<String, String> headers =
        Map.of(
            "content-type",
            "application/json",
            "x-github-event",
            "ping",
            "x-github-delivery",
            UUID.randomUUID().toString(),
            "x-hub-signature-256",
            signature);
    JsonPath ok = LambdaEvents.invoke(event("POST", "/webhooks/github", headers, body, true));
    assertThat(ok.getInt("statusCode")).isEqualTo(202);
    assertThat(new JsonPath(ok.getString("body")).getString("status")).isEqualTo("applied");

    Map<String, String> forged = new HashMap<>(headers);
    forged.put("x-hub-signature-256", GitHubWebhookTests.sign(body, "guess"));
    forged.put("x-github-delivery", UUID.randomUUID().toString());
    JsonPath bad = LambdaEvents.invoke(event("POST", "/webhooks/github", forged, body, false));
    assertThat(bad.getInt("statusCode")).isEqualTo(401);
    assertThat(new JsonPath(bad.getString("body")).getString("type")).isEqualTo("AUTHENTICATION");
  }
}
