package pro.keyhaven.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * Security finding 4: an access token stops working the moment its sign-in ends (logout, log out
 * everywhere, password change, a reused refresh token), not when it expires 15 minutes later.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SessionRevocationTests {

  private static int me(String accessToken) {
    return given().auth().oauth2(accessToken).get("/api/me").statusCode();
  }

  @Test
  void accessTokensOutliveLogout_noLonger() {
    Account a = TestAccounts.create("revoke-logout");
    assertThat(me(a.accessToken())).isEqualTo(200);
    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(Map.of("refresh_token", a.refreshToken()))
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    assertThat(me(a.accessToken())).isEqualTo(401);
  }

  /**
   * The dashboard locks after 15 idle minutes, when its access token has expired too: it ends the
   * sign-in with the refresh token alone (no access token), and that must work.
   */
  @Test
  void idleLockLeavesTheSignInAlive_noLonger() {
    Account a = TestAccounts.create("revoke-idle");
    given()
        .contentType("application/json")
        .body(Map.of("refresh_token", a.refreshToken()))
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    given()
        .contentType("application/json")
        .body(Map.of("refresh_token", a.refreshToken()))
        .post("/api/auth/refresh")
        .then()
        .statusCode(401);
    assertThat(me(a.accessToken())).isEqualTo(401);
  }

  @Test
  void accessTokensOutliveLogoutEverywhere_noLonger() {
    Account a = TestAccounts.create("revoke-all");
    JsonPath second = TestAccounts.login(a.email(), a.authHash());
    assertThat(me(second.getString("access_token"))).isEqualTo(200);
    given().auth().oauth2(a.accessToken()).post("/api/auth/logout-all").then().statusCode(200);
    assertThat(me(a.accessToken())).isEqualTo(401);
    assertThat(me(second.getString("access_token"))).isEqualTo(401);
  }

  @Test
  void accessTokensOutlivePasswordChange_noLongerForOtherSignIns() {
    Account a = TestAccounts.create("revoke-pw");
    JsonPath other = TestAccounts.login(a.email(), a.authHash());
    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(
            Map.of(
                "auth_hash", a.authHash(),
                "new_auth_hash", TestAccounts.b64(32),
                "new_kdf_salt", TestAccounts.b64(16),
                "new_protected_user_key", TestAccounts.wrapped()))
        .put("/api/me/password")
        .then()
        .statusCode(204);
    assertThat(me(other.getString("access_token"))).isEqualTo(401);
    // The sign-in that changed the password goes on.
    assertThat(me(a.accessToken())).isEqualTo(200);
  }

  @Test
  void accessTokensOutliveRefreshReuse_noLonger() {
    Account a = TestAccounts.create("revoke-reuse");
    String first = a.refreshToken();
    String rotated =
        given()
            .contentType("application/json")
            .body(Map.of("refresh_token", first))
            .post("/api/auth/refresh")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    assertThat(me(rotated)).isEqualTo(200);
    // The spent token comes back: someone holds a copy, the whole sign-in ends.
    given()
        .contentType("application/json")
        .body(Map.of("refresh_token", first))
        .post("/api/auth/refresh")
        .then()
        .statusCode(401);
    assertThat(me(rotated)).isEqualTo(401);
    assertThat(me(a.accessToken())).isEqualTo(401);
  }
}
