package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.http.EdgeOrigin;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * Security finding 8: in AWS, CloudFront (with the WAF) must be the only way in, and the caller's
 * address behind it is the viewer's. With an origin secret configured, as in AWS, a request without
 * it is refused, and only a request with it may name its viewer.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(EdgeOriginTests.BehindCloudFront.class)
class EdgeOriginTests {

  static final String SECRET = "originSecretForTheTests0123456789";

  public static class BehindCloudFront implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("keyhaven.http.origin-secret", SECRET);
    }
  }

  /** Every request of the test helpers comes through "CloudFront" unless a test says otherwise. */
  private final Filter viaCloudFront =
      (req, res, ctx) -> {
        if (!req.getHeaders().hasHeaderWithName("X-Test-Direct")) {
          req.header(EdgeOrigin.SECRET_HEADER, SECRET);
        }
        return ctx.next(req, res);
      };

  @BeforeEach
  void throughCloudFront() {
    RestAssured.filters(viaCloudFront);
  }

  @AfterEach
  void reset() {
    RestAssured.replaceFiltersWith(List.of());
  }

  @Test
  void edgeBypass_aRequestToTheApiAddressWithoutTheOriginSecretIs403() {
    Account a = TestAccounts.create("edge");
    for (String sent : new String[] {null, "", "wrong", SECRET + "x"}) {
      var request = given().header("X-Test-Direct", "1").auth().oauth2(a.accessToken());
      if (sent != null) {
        request.header(EdgeOrigin.SECRET_HEADER, sent);
      }
      request
          .get("/api/me")
          .then()
          .statusCode(403)
          .body("code", equalTo("ORIGIN_REQUIRED"))
          .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
    }
    given().auth().oauth2(a.accessToken()).get("/api/me").then().statusCode(200);
  }

  @Test
  void clientAddressIsCloudFronts_noLonger_theViewerIsAuditedFromTheEdgesViewerAddress() {
    Account a = TestAccounts.create("viewer");
    given()
        .header(EdgeOrigin.VIEWER_HEADER, "203.0.113.7")
        .contentType("application/json")
        .body(Map.of("email", a.email(), "auth_hash", a.authHash()))
        .post("/api/auth/login")
        .then()
        .statusCode(200);
    given()
        .header(EdgeOrigin.VIEWER_HEADER, "2001:db8::17")
        .contentType("application/json")
        .body(Map.of("email", a.email(), "auth_hash", a.authHash()))
        .post("/api/auth/login")
        .then()
        .statusCode(200);
    List<Object> addresses =
        PlatformTestResource.database()
            .query(
                "SELECT ip_address FROM audit_logs WHERE user_id = ? AND action = 'auth.login'"
                    + " ORDER BY timestamp",
                a.id())
            .stream()
            .map(r -> r.get("ip_address"))
            .toList();
    assertThat(addresses).endsWith("203.0.113.7", "2001:db8::17");
  }

  @Test
  void viewerAddressesAreParsedStrictly() {
    assertThat(EdgeOrigin.viewerIp("198.51.100.10")).isEqualTo("198.51.100.10");
    assertThat(EdgeOrigin.viewerIp(" 2001:0db8:85a3::8a2e:0370:7334 "))
        .isEqualTo("2001:0db8:85a3::8a2e:0370:7334");
    for (String bad :
        new String[] {null, "", "localhost", "198.51.100", "evil<script>", "1:2:3;x", "g:h"}) {
      assertThat(EdgeOrigin.viewerIp(bad)).as(String.valueOf(bad)).isNull();
    }
    assertThat(EdgeOrigin.verified(SECRET, SECRET)).isTrue();
    assertThat(EdgeOrigin.verified(null, SECRET)).isFalse();
    assertThat(EdgeOrigin.verified(SECRET, "")).isFalse();
  }

  @Test
  void aViewerAddressWithoutTheOriginSecretIsNeverBelieved() {
    // Local mode (no secret) is covered by every other test class: the connection's address.
    // Here the secret is required, so a request naming a viewer without it never gets as far.
    Account a = TestAccounts.create("viewer-direct");
    given()
        .header("X-Test-Direct", "1")
        .header(EdgeOrigin.VIEWER_HEADER, "198.51.100.99")
        .auth()
        .oauth2(a.accessToken())
        .get("/api/me")
        .then()
        .statusCode(403)
        .body("code", equalTo("ORIGIN_REQUIRED"));
  }
}
