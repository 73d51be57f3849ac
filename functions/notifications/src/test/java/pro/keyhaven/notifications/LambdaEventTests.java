package pro.keyhaven.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.testsupport.LambdaEvents;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/** The notifications function through a raw API Gateway HTTP API (payload 2.0) event. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class LambdaEventTests {

  static Map<String, Object> apiGatewayEvent(
      String method, String path, String query, String token) {
    Map<String, String> headers = new HashMap<>();
    headers.put("x-request-id", "apigw-notes-0001");
    if (token != null) {
      headers.put("authorization", "Bearer " + token);
    }
    return LambdaEvents.apiGatewayV2(method, path, query, headers, null, false);
  }

  static JsonPath invoke(Map<String, Object> event) {
    return LambdaEvents.invoke(event);
  }

  @Test
  void unreadNotificationsAnswerThroughARawApiGatewayEvent() {
    Account a = TestAccounts.create("lambda");
    Notify.notify(a.id(), NotificationKind.LEAK, "Key 'npm token' leaked", "Revoke it now.");
    JsonPath out =
        invoke(apiGatewayEvent("GET", "/api/notifications", "unread=true", a.accessToken()));
    assertThat(out.getInt("statusCode")).isEqualTo(200);
    Map<String, String> headers = out.getMap("headers");
    assertThat(headers).containsEntry("X-Request-Id", "apigw-notes-0001");
    JsonPath body = new JsonPath(out.getString("body"));
    assertThat(body.getInt("total")).isEqualTo(1);
    assertThat(body.getString("items[0].kind")).isEqualTo("leak");
    String id = body.getString("items[0].id");

    JsonPath read =
        invoke(apiGatewayEvent("POST", "/api/notifications/" + id + "/read", "", a.accessToken()));
    assertThat(read.getInt("statusCode")).isEqualTo(204);
    JsonPath after =
        new JsonPath(
            invoke(apiGatewayEvent("GET", "/api/notifications", "unread=true", a.accessToken()))
                .getString("body"));
    assertThat(after.getInt("total")).isZero();
  }

  @Test
  void aMissingTokenIs401ThroughTheEventToo() {
    JsonPath out = invoke(apiGatewayEvent("GET", "/api/notifications", "", null));
    assertThat(out.getInt("statusCode")).isEqualTo(401);
    assertThat(new JsonPath(out.getString("body")).getString("type")).isEqualTo("AUTHENTICATION");
  }

  @Test
  void plainHttpAnswersTheSame() {
    Account a = TestAccounts.create("http");
    given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/notifications")
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.equalTo(0));
    assertThat(PlatformTestResource.database()).isNotNull();
  }
}
