package pro.keyhaven.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static pro.keyhaven.insights.InsightsApi.newKey;
import static pro.keyhaven.insights.InsightsApi.set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.LambdaEvents;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;

/**
 * The insights function answers raw API Gateway HTTP API (payload 2.0) events, as Lambda hands them
 * over: a refresh, the list, and a question.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(OsvStandIn.class)
class LambdaEventTests {

  private static JsonPath invoke(
      String method, String path, String query, String token, String body) {
    return LambdaEvents.invoke(LambdaEvents.apiGatewayV2(method, path, query, token, body));
  }

  @Test
  void refreshListAndQuestionThroughRawApiGatewayEvents() {
    TestAccounts.Account alice = TestAccounts.create("lambda-ins");
    UUID key = newKey(alice, "internal", "leaky");
    set(key, "exposed = TRUE");

    JsonPath refreshed = invoke("POST", "/api/insights/refresh", "", alice.accessToken(), null);
    assertThat(refreshed.getInt("statusCode")).isEqualTo(202);

    JsonPath listed = invoke("GET", "/api/insights", "type=exposed", alice.accessToken(), null);
    assertThat(listed.getInt("statusCode")).isEqualTo(200);
    Map<String, String> headers = listed.getMap("headers");
    assertThat(headers).containsEntry("X-Request-Id", "apigw-req-0000001");
    JsonPath items = new JsonPath(listed.getString("body"));
    assertThat(items.getList("items.key_ids[0]", String.class)).containsExactly(key.toString());

    JsonPath asked =
        invoke(
            "POST",
            "/api/insights/query",
            "",
            alice.accessToken(),
            "{\"question\":\"which keys are exposed?\"}");
    assertThat(asked.getInt("statusCode")).isEqualTo(200);
    JsonPath answer = new JsonPath(asked.getString("body"));
    assertThat(answer.getList("key_ids")).containsExactly(key.toString());
    assertThat(answer.getString("source")).isEqualTo("rules");

    assertThat(invoke("GET", "/api/insights", "", null, null).getInt("statusCode")).isEqualTo(401);
  }
}
