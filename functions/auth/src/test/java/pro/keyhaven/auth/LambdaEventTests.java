package pro.keyhaven.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.LambdaEvents;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestTokens;

/**
 * The auth function answers the same through a raw API Gateway HTTP API (payload 2.0) event, as
 * Lambda receives it, and through plain HTTP.
 *
 * <p>The events go to Quarkus's mock Lambda event server ({@code POST /_lambda_}) through {@code
 * LambdaEvents}.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class LambdaEventTests {

  private static UUID insertUser(String email) {
    UUID id = UUID.randomUUID();
    PlatformTestResource.database()
        .execute(
            "INSERT INTO users (id, email, auth_verifier, auth_salt, argon2_memory_kib,"
                + " argon2_iterations, argon2_parallelism, kdf_iterations, kdf_salt,"
                + " protected_user_key, public_key, protected_private_key)"
                + " VALUES (?, ?, '\\x00', '\\x00', 19456, 2, 1, 600000, '\\x00', 'v1.AA.AA', '\\x00', 'v1.AA.AA')",
            id,
            email);
    return id;
  }

  private static Map<String, Object> apiGatewayEvent(String method, String path, String token) {
    return LambdaEvents.apiGatewayV2(method, path, null, token, null);
  }

  private static JsonPath invoke(Map<String, Object> event) {
    return LambdaEvents.invoke(event);
  }

  @Test
  void meAnswersThroughARawApiGatewayEvent() {
    UUID user = insertUser("lambda-" + UUID.randomUUID() + "@example.com");
    JsonPath out = invoke(apiGatewayEvent("GET", "/api/me", TestTokens.access(user)));
    assertThat(out.getInt("statusCode")).isEqualTo(200);
    Map<String, String> headers = out.getMap("headers");
    assertThat(headers).containsEntry("X-Request-Id", "apigw-req-0000001");
    assertThat(headers).containsEntry("X-Frame-Options", "DENY");
    JsonPath body = new JsonPath(out.getString("body"));
    assertThat(body.getString("id")).isEqualTo(user.toString());
    assertThat(body.getString("subscription")).isEqualTo("free");
  }

  @Test
  void aMissingTokenIs401ThroughTheEventToo() {
    JsonPath out = invoke(apiGatewayEvent("GET", "/api/me", null));
    assertThat(out.getInt("statusCode")).isEqualTo(401);
    JsonPath body = new JsonPath(out.getString("body"));
    assertThat(body.getString("type")).isEqualTo("AUTHENTICATION");
    assertThat(body.getString("request_id")).isEqualTo("apigw-req-0000001");
  }

  @Test
  void meAnswersOverPlainHttp() {
    UUID user = insertUser("http-" + UUID.randomUUID() + "@example.com");
    given()
        .auth()
        .oauth2(TestTokens.access(user))
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(user.toString()));
  }
}
