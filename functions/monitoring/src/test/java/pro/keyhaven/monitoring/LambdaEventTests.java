package pro.keyhaven.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static pro.keyhaven.monitoring.MonitoringApi.newKey;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.LambdaEvents;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;

/**
 * The monitoring function answers a raw API Gateway HTTP API (payload 2.0) event, as Lambda
 * receives it: a usage report with an ingest token, and a health read with an access token.
 *
 * <p>The events go to Quarkus's mock Lambda event server ({@code POST /_lambda_}) through {@code
 * LambdaEvents}.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class LambdaEventTests {

  private static Map<String, Object> event(String method, String path, String auth, String body) {
    return LambdaEvents.apiGatewayV2(method, path, "", auth, body);
  }

  private static JsonPath invoke(Map<String, Object> event) {
    return LambdaEvents.invoke(event);
  }

  @Test
  void anIngestTokenReportsThroughARawApiGatewayEvent() {
    TestAccounts.Account alice = TestAccounts.create("lambda-mon");
    UUID key = newKey(alice, "stripe");
    String token = IngestTokenTests.createToken(alice, key, "lambda").getString("token");
    String body =
        "{\"events\":[{\"key_id\":\""
            + key
            + "\",\"timestamp\":\""
            + Instant.now().minusSeconds(30)
            + "\",\"request_count\":7,\"source_ip\":\"198.51.100.4\"}]}";
    JsonPath out = invoke(event("POST", "/api/usage", token, body));
    assertThat(out.getInt("statusCode")).isEqualTo(202);
    assertThat(new JsonPath(out.getString("body")).getInt("accepted")).isEqualTo(1);
    assertThat(
            PlatformTestResource.database()
                .query("SELECT request_count FROM usage_events WHERE key_id = ?", key))
        .extracting(r -> r.get("request_count"))
        .isEqualTo(List.of(7));

    JsonPath health =
        invoke(event("GET", "/api/keys/" + key + "/health", alice.accessToken(), null));
    assertThat(health.getInt("statusCode")).isEqualTo(200);
    Map<String, String> headers = health.getMap("headers");
    assertThat(headers).containsEntry("X-Request-Id", "apigw-req-0000001");
    assertThat(new JsonPath(health.getString("body")).getInt("score")).isBetween(0, 100);

    JsonPath denied = invoke(event("GET", "/api/keys/" + key + "/health", token, null));
    assertThat(denied.getInt("statusCode")).isEqualTo(401);
  }
}
