package pro.keyhaven.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static pro.keyhaven.auth.MfaTests.code;
import static pro.keyhaven.auth.MfaTests.enrolled;
import static pro.keyhaven.auth.MfaTests.freshStep;
import static pro.keyhaven.auth.MfaTests.mfaToken;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.auth.MfaTests.Enrolled;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * "Remember this device": a second step with remember_device answers a device token; a later login
 * with the right password and that token skips the second step, until the device is forgotten,
 * expires, or the second factor goes off. The token alone signs nobody in, and it is stored only as
 * a digest.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RememberedDeviceTests {

  static Response login(Account a, String authHash, String deviceToken) {
    Map<String, Object> body = new HashMap<>();
    body.put("email", a.email());
    body.put("auth_hash", authHash);
    if (deviceToken != null) {
      body.put("device_token", deviceToken);
    }
    return given()
        .contentType("application/json")
        .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0")
        .body(body)
        .post("/api/auth/login");
  }

  /** A second step with a recovery code that asks to remember the device; answers its token. */
  static String remembered(Enrolled e, int code) {
    JsonPath done =
        given()
            .contentType("application/json")
            .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0")
            .body(
                Map.of(
                    "mfa_token",
                    mfaToken(e.account()),
                    "recovery_code",
                    e.recoveryCodes().get(code),
                    "remember_device",
                    true))
            .post("/api/auth/login/mfa")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(done.getString("access_token")).isNotBlank();
    String token = done.getString("device_token");
    assertThat(token).matches("^[A-Za-z0-9_-]{43}$");
    return token;
  }

  static boolean skipsTheSecondStep(Account a, String deviceToken) {
    JsonPath answer =
        login(a, a.authHash(), deviceToken).then().statusCode(200).extract().jsonPath();
    return answer.getString("access_token") != null
        && !Boolean.TRUE.equals(answer.get("mfa_required"));
  }

  static List<Map<String, Object>> devices(Account a) {
    return given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/me/devices")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @Test
  void aRememberedDeviceSkipsTheSecondStepUntilItIsForgotten() throws Exception {
    Enrolled e = enrolled("remember", freshStep());
    Account a = e.account();

    // Without asking, no device token; asking gives one.
    JsonPath plain =
        MfaTests.second(mfaToken(a), null, e.recoveryCodes().get(0))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(plain.getString("device_token")).isNull();
    String token = remembered(e, 1);

    assertThat(skipsTheSecondStep(a, token)).isTrue();
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action = 'auth.login' AND"
                        + " metadata->>'second_factor' = 'remembered_device'",
                    a.id()))
        .hasSize(1);
    // Stored only as a digest.
    assertThat(PlatformTestResource.database().dumpAllTables()).doesNotContain(token);

    // The token alone signs nobody in: a wrong password is refused as always.
    login(a, pro.keyhaven.testsupport.TestAccounts.b64(32), token).then().statusCode(401);
    // Another account's token is no token: the second step is asked.
    Enrolled other = enrolled("remember-other", freshStep());
    assertThat(skipsTheSecondStep(other.account(), token)).isFalse();
    // A malformed token is a clear 400.
    login(a, a.authHash(), "not a token")
        .then()
        .statusCode(400)
        .body("type", equalTo("VALIDATION"));

    // Settings lists it, with the browser it came from; another user's id is 404.
    List<Map<String, Object>> listed = devices(a);
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("device")).isEqualTo("Firefox on Linux");
    assertThat(listed.get(0).get("last_used_at")).isNotNull();
    String id = (String) listed.get(0).get("id");
    given()
        .auth()
        .oauth2(other.account().accessToken())
        .delete("/api/me/devices/" + id)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(a.accessToken())
        .delete("/api/me/devices/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    assertThat(skipsTheSecondStep(a, token)).isTrue();
    given().auth().oauth2(a.accessToken()).delete("/api/me/devices/" + id).then().statusCode(204);
    assertThat(devices(a)).isEmpty();
    assertThat(skipsTheSecondStep(a, token)).isFalse();
  }

  @Test
  void anExpiredDeviceOrASecondFactorTurnedOffEndsIt() throws Exception {
    Enrolled e = enrolled("remember-expiry", freshStep());
    Account a = e.account();
    String expiring = remembered(e, 0);
    String kept = remembered(e, 1);
    PlatformTestResource.database()
        .execute(
            "UPDATE remembered_devices SET expires_at = now() - interval '1 second' WHERE"
                + " token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
            expiring);
    assertThat(skipsTheSecondStep(a, expiring)).isFalse();
    assertThat(devices(a)).hasSize(1);
    assertThat(skipsTheSecondStep(a, kept)).isTrue();

    // Turning the factor off forgets every device (there is no second step left to skip).
    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(Map.of("code", code(e.secret(), e.confirmedStep() + 1)))
        .delete("/api/me/mfa/totp")
        .then()
        .statusCode(204);
    assertThat(
            PlatformTestResource.database()
                .query("SELECT 1 FROM remembered_devices WHERE user_id = ?", a.id()))
        .isEmpty();
  }
}
