package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;

/** Request ids, security headers and CORS on every kind of response. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class HttpEdgeTests {

  private static final List<String> SECURITY_HEADERS =
      List.of(
          "X-Content-Type-Options",
          "X-Frame-Options",
          "X-XSS-Protection",
          "Strict-Transport-Security",
          "Content-Security-Policy",
          "Referrer-Policy");

  @Test
  void everyKindOfResponseCarriesRequestIdAndSecurityHeaders() {
    List<Response> responses =
        List.of(
            given().get("/q/health"),
            given().get("/api/me"),
            given().get("/api/nowhere"),
            given().delete("/api/me"),
            given().get("/api/test-probe/boom"),
            given().contentType("application/json").body("{").post("/api/test-probe/validated"),
            given().get("/q/openapi"));
    for (Response r : responses) {
      assertThat(r.header("X-Request-Id")).as("request id").isNotBlank();
      for (String h : SECURITY_HEADERS) {
        assertThat(r.header(h)).as(h + " on " + r.statusCode()).isNotBlank();
      }
      assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }
  }

  @Test
  void aWellFormedRequestIdIsEchoed() {
    given()
        .header("X-Request-Id", "client-req-12345678")
        .get("/api/me")
        .then()
        .header("X-Request-Id", "client-req-12345678")
        .body("request_id", equalTo("client-req-12345678"));
  }

  @Test
  void aMalformedRequestIdIsReplaced() {
    given()
        .header("X-Request-Id", "bad id\r\nInjected: yes")
        .get("/api/me")
        .then()
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
        .header("Injected", nullValue());
  }

  @Test
  void apiAnswersAreNeverCached() {
    given().get("/api/me").then().header("Cache-Control", "no-store");
  }

  @Test
  void corsAllowsConfiguredOriginsOnly() {
    given()
        .header("Origin", "http://localhost:5173")
        .header("Access-Control-Request-Method", "POST")
        .options("/api/me")
        .then()
        .header("Access-Control-Allow-Origin", "http://localhost:5173");
    Response foreign =
        given()
            .header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "POST")
            .options("/api/me");
    assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
  }
}
