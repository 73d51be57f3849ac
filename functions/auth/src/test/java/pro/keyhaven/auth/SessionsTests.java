package pro.keyhaven.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.embedded.SigningKeys;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestTokens;

/** Access tokens, refresh rotation with reuse detection, logout, password change, throttling. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SessionsTests {

  private static Response refresh(String token) {
    return given()
        .contentType("application/json")
        .body(Map.of("refresh_token", token))
        .post("/api/auth/refresh");
  }

  private static Response login(String email, String authHash) {
    return given()
        .contentType("application/json")
        .body(Map.of("email", email, "auth_hash", authHash))
        .post("/api/auth/login");
  }

  private static int me(String token) {
    return given().auth().oauth2(token).get("/api/me").statusCode();
  }

  @Test
  void refreshRotatesTheTokenAndTheOldOneStopsWorking() {
    Account a = TestAccounts.create("rot");
    JsonPath next = refresh(a.refreshToken()).then().statusCode(200).extract().jsonPath();
    assertThat(next.getString("refresh_token")).isNotEqualTo(a.refreshToken());
    assertThat(next.getString("token_type")).isEqualTo("Bearer");
    assertThat(me(next.getString("access_token"))).isEqualTo(200);
    refresh(next.getString("refresh_token")).then().statusCode(200);
  }

  @Test
  void reusingASpentRefreshTokenRevokesTheWholeFamily() {
    Account a = TestAccounts.create("reuse");
    String second =
        refresh(a.refreshToken()).then().statusCode(200).extract().path("refresh_token");
    // The first token comes back (a thief's copy): 401, and the legitimate chain dies with it.
    refresh(a.refreshToken()).then().statusCode(401).body("type", equalTo("AUTHENTICATION"));
    refresh(second).then().statusCode(401);
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT revoked_reason FROM refresh_token_families WHERE user_id = ?", a.id())
                .get(0)
                .get("revoked_reason"))
        .isEqualTo("reuse_detected");
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action = 'auth.refresh_reuse_detected'",
                    a.id()))
        .hasSize(1);
    // Another sign-in of the same user is untouched.
    String other = TestAccounts.login(a.email(), a.authHash()).getString("refresh_token");
    refresh(other).then().statusCode(200);
  }

  @Test
  void anUnknownOrMalformedRefreshTokenIs401Or400() {
    refresh(TestAccounts.b64(32)).then().statusCode(401);
    refresh("x".repeat(500)).then().statusCode(400);
  }

  @Test
  void anExpiredFamilyCannotRefresh() {
    Account a = TestAccounts.create("old");
    PlatformTestResource.database()
        .execute(
            "UPDATE refresh_token_families SET expires_at = now() - interval '1 second' WHERE user_id = ?",
            a.id());
    refresh(a.refreshToken()).then().statusCode(401);
  }

  @Test
  void logoutEndsTheSignIn() {
    Account a = TestAccounts.create("bye");
    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(Map.of("refresh_token", a.refreshToken()))
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    refresh(a.refreshToken()).then().statusCode(401);
  }

  @Test
  void theRefreshTokenIsItsOwnProofAtLogout() {
    Account a = TestAccounts.create("bye-token-only");
    Account b = TestAccounts.create("bye-bystander");
    // No access token: the refresh token alone ends its sign-in, and only its own.
    given()
        .contentType("application/json")
        .body(Map.of("refresh_token", a.refreshToken()))
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    refresh(a.refreshToken()).then().statusCode(401);
    refresh(b.refreshToken()).then().statusCode(200);
    // An unknown token answers the same and ends nothing.
    given()
        .contentType("application/json")
        .body(Map.of("refresh_token", "x".repeat(43)))
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
  }

  @Test
  void tokensThatAreNotOursAre401() throws Exception {
    Account a = TestAccounts.create("jwt");
    var otherKey = SigningKeys.generate().getPrivate();
    String foreign =
        TestTokens.access(a.id(), otherKey, TestTokens.AUDIENCE, Duration.ofMinutes(5));
    String wrongAudience =
        TestTokens.access(
            a.id(),
            PlatformTestResource.signingKeys().getPrivate(),
            "someone-else",
            Duration.ofMinutes(5));
    String expired =
        TestTokens.access(
            a.id(),
            PlatformTestResource.signingKeys().getPrivate(),
            TestTokens.AUDIENCE,
            Duration.ofMinutes(-10));
    String header = b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String claims =
        b64url(
            "{\"iss\":\"https://keyhaven.pro\",\"aud\":\"keyhaven-api\",\"sub\":\""
                + a.id()
                + "\",\"typ\":\"access\",\"jti\":\"x\",\"iat\":"
                + Instant.now().getEpochSecond()
                + ",\"exp\":"
                + (Instant.now().getEpochSecond() + 600)
                + "}");
    String none = header + "." + claims + ".";
    String notAccess =
        Jwt.issuer(TestTokens.ISSUER)
            .audience(TestTokens.AUDIENCE)
            .subject(a.id().toString())
            .claim("typ", "refresh")
            .claim("jti", UUID.randomUUID().toString())
            .expiresIn(300)
            .jws()
            .algorithm(SignatureAlgorithm.RS256)
            .sign(PlatformTestResource.signingKeys().getPrivate());
    String hs256 =
        Jwt.issuer(TestTokens.ISSUER)
            .audience(TestTokens.AUDIENCE)
            .subject(a.id().toString())
            .claim("typ", "access")
            .claim("jti", UUID.randomUUID().toString())
            .expiresIn(300)
            .jws()
            .algorithm(SignatureAlgorithm.HS256)
            .signWithSecret("a-shared-secret-that-is-long-enough-for-hs256-0123456789");

    var ec = java.security.KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    String es256 =
        Jwt.issuer(TestTokens.ISSUER)
            .audience(TestTokens.AUDIENCE)
            .subject(a.id().toString())
            .claim("typ", "access")
            .claim("jti", UUID.randomUUID().toString())
            .expiresIn(300)
            .jws()
            .algorithm(SignatureAlgorithm.ES256)
            .sign(ec.generateKeyPair().getPrivate());

    assertThat(me(a.accessToken())).isEqualTo(200);
    for (String bad :
        new String[] {foreign, wrongAudience, expired, none, notAccess, hs256, es256}) {
      given()
          .auth()
          .oauth2(bad)
          .get("/api/me")
          .then()
          .statusCode(401)
          .body("type", equalTo("AUTHENTICATION"));
    }
  }

  private static String b64url(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theEleventhFailedLoginIs429WithRetryAfter() {
    Account a = TestAccounts.create("brute");
    for (int i = 0; i < 10; i++) {
      login(a.email(), TestAccounts.b64(32)).then().statusCode(401);
    }
    Response eleventh = login(a.email(), a.authHash());
    eleventh.then().statusCode(429).body("type", equalTo("RATE_LIMIT"));
    int retry = Integer.parseInt(eleventh.header("Retry-After"));
    assertThat(retry).isBetween(1, 900);
    // The lock is per account: others sign in as usual.
    Account b = TestAccounts.create("brute");
    login(b.email(), b.authHash()).then().statusCode(200);
  }

  @Test
  void aSuccessfulLoginResetsTheAccountCounter() {
    Account a = TestAccounts.create("reset");
    for (int i = 0; i < 9; i++) {
      login(a.email(), TestAccounts.b64(32)).then().statusCode(401);
    }
    login(a.email(), a.authHash()).then().statusCode(200);
    for (int i = 0; i < 9; i++) {
      login(a.email(), TestAccounts.b64(32)).then().statusCode(401);
    }
    login(a.email(), a.authHash()).then().statusCode(200);
  }

  @Test
  void changingTheMasterPasswordRewrapsAndEndsOtherSessions() {
    Account a = TestAccounts.create("pw");
    JsonPath other = TestAccounts.login(a.email(), a.authHash());
    String newHash = TestAccounts.b64(32);
    String newSalt = TestAccounts.b64(16);
    String newWrapped = TestAccounts.wrapped();

    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(
            Map.of(
                "auth_hash", TestAccounts.b64(32),
                "new_auth_hash", newHash,
                "new_kdf_salt", newSalt,
                "new_protected_user_key", newWrapped))
        .put("/api/me/password")
        .then()
        .statusCode(400)
        .body("code", equalTo("WRONG_PASSWORD"));

    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(
            Map.of(
                "auth_hash", a.authHash(),
                "new_auth_hash", newHash,
                "new_kdf_iterations", 800000,
                "new_kdf_salt", newSalt,
                "new_protected_user_key", newWrapped))
        .put("/api/me/password")
        .then()
        .statusCode(204);

    login(a.email(), a.authHash()).then().statusCode(401);
    JsonPath fresh = login(a.email(), newHash).then().statusCode(200).extract().jsonPath();
    assertThat(fresh.getString("protected_user_key")).isEqualTo(newWrapped);
    assertThat(fresh.getString("kdf_salt")).isEqualTo(newSalt);
    assertThat(fresh.getInt("kdf_iterations")).isEqualTo(800000);
    // The other sign-in is over; the one that changed the password goes on.
    refresh(other.getString("refresh_token")).then().statusCode(401);
    refresh(a.refreshToken()).then().statusCode(200);
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action = 'auth.password_changed'",
                    a.id()))
        .hasSize(1);
  }

  @Test
  void logoutEverywhereEndsEverySignIn() {
    Account a = TestAccounts.create("all");
    String second = TestAccounts.login(a.email(), a.authHash()).getString("refresh_token");
    given()
        .auth()
        .oauth2(a.accessToken())
        .post("/api/auth/logout-all")
        .then()
        .statusCode(200)
        .body("sessions_revoked", equalTo(2));
    refresh(a.refreshToken()).then().statusCode(401);
    refresh(second).then().statusCode(401);
  }
}
