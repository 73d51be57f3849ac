package pro.keyhaven.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * Two-step sign-in: TOTP enrolment and login at -1/0/+1 steps, replay, throttle, recovery codes,
 * the mfa_token's single use and expiry. Codes are computed here with RFC 6238 directly (not with
 * the server's library).
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class MfaTests {

  // ---- RFC 6238 / RFC 4226, independent of the server
  // --------------------------------------------

  static byte[] base32Decode(String s) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : s.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }

  static String code(String base32Secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(base32Decode(base32Secret), "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int o = h[h.length - 1] & 0xf;
      int bin =
          ((h[o] & 0x7f) << 24)
              | ((h[o + 1] & 0xff) << 16)
              | ((h[o + 2] & 0xff) << 8)
              | (h[o + 3] & 0xff);
      return String.format("%06d", bin % 1_000_000);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static long step() {
    return Instant.now().getEpochSecond() / 30;
  }

  /** Waits for the start of a step when the current one has less than 15 s left. */
  static long freshStep() throws InterruptedException {
    long into = Instant.now().getEpochSecond() % 30;
    if (into >= 15) {
      Thread.sleep((30 - into) * 1000 + 300);
    }
    return step();
  }

  // ---- calls -----------------------------------------------------------------------------------

  record Enrolled(Account account, String secret, List<String> recoveryCodes, long confirmedStep) {}

  static Enrolled enrolled(String prefix, long stepForConfirm) {
    Account a = TestAccounts.create(prefix);
    JsonPath enrol =
        given()
            .auth()
            .oauth2(a.accessToken())
            .post("/api/me/mfa/totp")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String secret = enrol.getString("secret");
    assertThat(secret).matches("^[A-Z2-7]{32}$");
    assertThat(enrol.getString("otpauth_uri"))
        .startsWith("otpauth://totp/KeyHaven%3A")
        .contains("secret=" + secret, "issuer=KeyHaven", "digits=6", "period=30");
    List<String> codes =
        confirm(a, code(secret, stepForConfirm))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("recovery_codes", String.class);
    return new Enrolled(a, secret, codes, stepForConfirm);
  }

  static Response confirm(Account a, String code) {
    return given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(Map.of("code", code))
        .post("/api/me/mfa/totp/confirm");
  }

  static Response login(Account a) {
    return given()
        .contentType("application/json")
        .body(Map.of("email", a.email(), "auth_hash", a.authHash()))
        .post("/api/auth/login");
  }

  static String mfaToken(Account a) {
    JsonPath first = login(a).then().statusCode(200).extract().jsonPath();
    assertThat(first.getBoolean("mfa_required")).isTrue();
    assertThat(first.getList("methods", String.class)).contains("totp", "recovery");
    assertThat(first.getString("access_token")).isNull();
    assertThat(first.getString("refresh_token")).isNull();
    return first.getString("mfa_token");
  }

  static Response second(String token, String totp, String recovery) {
    Map<String, Object> body = new HashMap<>();
    body.put("mfa_token", token);
    if (totp != null) {
      body.put("totp_code", totp);
    }
    if (recovery != null) {
      body.put("recovery_code", recovery);
    }
    return given().contentType("application/json").body(body).post("/api/auth/login/mfa");
  }

  static int codesLeft(Account a) {
    return given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/me/mfa")
        .then()
        .statusCode(200)
        .extract()
        .path("recovery_codes_left");
  }

  // ---- tests -----------------------------------------------------------------------------------

  /** Enrolments sent at once (a double click, a retrying client) each answer, none with a 500. */
  @Test
  void enrolmentsSentAtOnceAllAnswerAndTheLastSecretIsTheOneThatConfirms() throws Exception {
    Account a = null;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      // Each round is a fresh account's first enrolment, the moment two requests can both find no
      // row; several rounds make the race likely on any machine.
      for (int round = 0; round < 12; round++) {
        Account fresh = TestAccounts.create("enrol-race");
        a = fresh;
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Response>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
          sent.add(
              pool.submit(
                  () -> {
                    go.await();
                    return given().auth().oauth2(fresh.accessToken()).post("/api/me/mfa/totp");
                  }));
        }
        go.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Response> f : sent) {
          statuses.add(f.get().statusCode());
        }
        assertThat(statuses).as("round " + round).containsOnly(200);
      }
    } finally {
      pool.shutdownNow();
    }
    // one more, alone: its secret is the one the account now holds
    String secret =
        given()
            .auth()
            .oauth2(a.accessToken())
            .post("/api/me/mfa/totp")
            .then()
            .statusCode(200)
            .extract()
            .path("secret");
    confirm(a, code(secret, step())).then().statusCode(200);
  }

  @Test
  void codesOfTheStepBeforeTheCurrentAndAfterAreAcceptedOnceEach() throws Exception {
    long s = freshStep();
    Account a = TestAccounts.create("totp");
    String secret =
        given()
            .auth()
            .oauth2(a.accessToken())
            .post("/api/me/mfa/totp")
            .then()
            .statusCode(200)
            .extract()
            .path("secret");
    // Not on before a code confirms it.
    assertThat(TestAccounts.login(a.email(), a.authHash()).getString("access_token")).isNotNull();
    // Two steps back is outside the drift window.
    confirm(a, code(secret, s - 2)).then().statusCode(400).body("code", equalTo("INVALID_CODE"));
    // -1 step confirms.
    List<String> codes =
        confirm(a, code(secret, s - 1))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("recovery_codes", String.class);
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/me/mfa")
        .then()
        .statusCode(200)
        .body("totp", equalTo(true))
        .body("recovery_codes_left", equalTo(10));
    // The sealed secret is not the secret, and the codes are not stored as they are.
    String dump = PlatformTestResource.database().dumpAllTables();
    assertThat(dump).doesNotContain(secret);
    codes.forEach(c -> assertThat(dump).doesNotContain(c));

    // Current step, then +1.
    JsonPath in =
        second(mfaToken(a), code(secret, s), null).then().statusCode(200).extract().jsonPath();
    assertThat(in.getString("access_token")).isNotBlank();
    assertThat(in.getString("protected_user_key")).isNotBlank();
    second(mfaToken(a), code(secret, s + 1), null).then().statusCode(200);
    // Replays: the +1 code again, and the current one (an earlier step) are refused.
    second(mfaToken(a), code(secret, s + 1), null)
        .then()
        .statusCode(401)
        .body("type", equalTo("AUTHENTICATION"));
    second(mfaToken(a), code(secret, s), null).then().statusCode(401);
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action = 'auth.mfa_enabled'",
                    a.id()))
        .hasSize(1);
  }

  @Test
  void wrongCodesKillTheTokenAndThenTheAccountIsThrottled() throws Exception {
    long s = freshStep();
    Enrolled e = enrolled("throttle", s);
    String first = mfaToken(e.account());
    for (int i = 0; i < 5; i++) {
      second(first, "000000".equals(code(e.secret(), s + 1)) ? "111111" : "000000", null)
          .then()
          .statusCode(401);
    }
    // Five wrong codes spent the token: the right one no longer helps.
    second(first, code(e.secret(), s + 1), null).then().statusCode(401);
    String again = mfaToken(e.account());
    for (int i = 0; i < 5; i++) {
      second(again, "000000".equals(code(e.secret(), s + 1)) ? "111111" : "000000", null)
          .then()
          .statusCode(401);
    }
    // Ten failures for the account (the default budget): the next attempt is 429 even if right.
    String third = mfaToken(e.account());
    second(third, code(e.secret(), s + 1), null)
        .then()
        .statusCode(429)
        .body("type", equalTo("RATE_LIMIT"));
  }

  @Test
  void aRecoveryCodeWorksOnceAndIsAuditedAndNotified() throws Exception {
    Enrolled e = enrolled("recovery", freshStep());
    String rc = e.recoveryCodes().get(3);
    second(mfaToken(e.account()), null, rc.toLowerCase()).then().statusCode(200);
    second(mfaToken(e.account()), null, rc).then().statusCode(401);
    assertThat(codesLeft(e.account())).isEqualTo(9);
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action ="
                        + " 'auth.mfa_recovery_code_used'",
                    e.account().id()))
        .hasSize(1);
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM notifications WHERE user_id = ? AND title LIKE"
                        + " 'A recovery code%'",
                    e.account().id()))
        .hasSize(1);
    // A fresh set: the old unused codes stop working, the new ones work.
    List<String> fresh =
        given()
            .auth()
            .oauth2(e.account().accessToken())
            .contentType("application/json")
            .body(Map.of("code", code(e.secret(), e.confirmedStep() + 1)))
            .post("/api/me/mfa/recovery-codes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("recovery_codes", String.class);
    assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(e.recoveryCodes());
    second(mfaToken(e.account()), null, e.recoveryCodes().get(4)).then().statusCode(401);
    second(mfaToken(e.account()), null, fresh.get(0)).then().statusCode(200);
  }

  @Test
  void theMfaTokenIsSingleUseAndExpires() throws Exception {
    long s = freshStep();
    Enrolled e = enrolled("token", s);
    String token = mfaToken(e.account());
    second(token, code(e.secret(), s + 1), null).then().statusCode(200);
    // Used once: even a good recovery code does not revive it (and is not spent).
    second(token, null, e.recoveryCodes().get(0)).then().statusCode(401);
    assertThat(codesLeft(e.account())).isEqualTo(10);

    String late = mfaToken(e.account());
    PlatformTestResource.database()
        .execute(
            "UPDATE mfa_challenges SET expires_at = now() - interval '1 second' WHERE user_id = ?"
                + " AND used_at IS NULL",
            e.account().id());
    second(late, null, e.recoveryCodes().get(0)).then().statusCode(401);
    assertThat(codesLeft(e.account())).isEqualTo(10);
    second("not-a-token", null, e.recoveryCodes().get(0)).then().statusCode(401);
    // Both codes at once is a bad request.
    second(mfaToken(e.account()), code(e.secret(), s + 1), e.recoveryCodes().get(0))
        .then()
        .statusCode(400);
  }

  @Test
  void turningTotpOffNeedsACodeAndLoginGivesTokensAgain() throws Exception {
    long s = freshStep();
    Enrolled e = enrolled("off", s);
    given()
        .auth()
        .oauth2(e.account().accessToken())
        .post("/api/me/mfa/totp")
        .then()
        .statusCode(409)
        .body("code", equalTo("MFA_ALREADY_ON"));
    given()
        .auth()
        .oauth2(e.account().accessToken())
        .contentType("application/json")
        .body(Map.of("code", code(e.secret(), s)))
        .delete("/api/me/mfa/totp")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(e.account().accessToken())
        .contentType("application/json")
        .body(Map.of("code", code(e.secret(), s + 1)))
        .delete("/api/me/mfa/totp")
        .then()
        .statusCode(204);
    assertThat(
            TestAccounts.login(e.account().email(), e.account().authHash())
                .getString("access_token"))
        .isNotBlank();
    given()
        .auth()
        .oauth2(e.account().accessToken())
        .get("/api/me/mfa")
        .then()
        .statusCode(200)
        .body("totp", equalTo(false))
        .body("recovery_codes_left", equalTo(0));
  }
}
