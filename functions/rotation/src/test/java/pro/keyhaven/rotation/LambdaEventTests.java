package pro.keyhaven.rotation;

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

/** The rotation function through raw API Gateway HTTP API (payload 2.0) events. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class LambdaEventTests {

  static Map<String, Object> event(
      String method, String path, Map<String, String> extra, String body) {
    Map<String, String> headers = new HashMap<>(extra);
    headers.put("x-request-id", "apigw-rotation-0001");
    return LambdaEvents.apiGatewayV2(method, path, "", headers, body, false);
  }

  @Test
  void connectionsAnswerThroughARawApiGatewayEvent() {
    Account a = TestAccounts.create("rot-lambda");
    JsonPath out =
        LambdaEvents.invoke(
            event(
                "GET",
                "/api/connections",
                Map.of("authorization", "Bearer " + a.accessToken()),
                null));
    assertThat(out.getInt("statusCode")).isEqualTo(200);
    assertThat(new JsonPath(out.getString("body")).getList("items")).isEmpty();
    Map<String, String> headers = out.getMap("headers");
    assertThat(headers).containsEntry("X-Request-Id", "apigw-rotation-0001");
  }

  @Test
  void aCredentialWithoutATokenIsRefusedAndNothingIsStored() {
    String body =
        "{\"provider\":\"postgresql\",\"name\":\"x\",\"credential\":{\"host\":\"db.example.com\","
            + "\"database\":\"app\",\"username\":\"admin\",\"password\":\"s3cret-admin\"}}";
    Object before = count();
    JsonPath out =
        LambdaEvents.invoke(
            event("POST", "/api/connections", Map.of("content-type", "application/json"), body));
    assertThat(out.getInt("statusCode")).isEqualTo(401);
    assertThat(out.getString("body")).doesNotContain("s3cret-admin");
    assertThat(count()).isEqualTo(before);
  }

  static Object count() {
    return PlatformTestResource.database()
        .query("SELECT count(*) AS n FROM rotation_connections")
        .get(0)
        .get("n");
  }
}
