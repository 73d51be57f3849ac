package pro.keyhaven.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/** Registration, prelogin, login, the profile and public keys (docs/api.md, "Accounts"). */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AccountsTests {

  private static Response register(Map<String, Object> body) {
    return given().contentType("application/json").body(body).post("/api/auth/register");
  }

  private static Response login(String email, String authHash) {
    return given()
        .contentType("application/json")
        .body(Map.of("email", email, "auth_hash", authHash))
        .post("/api/auth/login");
  }

  private static JsonPath prelogin(String email) {
    return given()
        .contentType("application/json")
        .body(Map.of("email", email))
        .post("/api/auth/prelogin")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void registerThenLoginReturnsTokensAndTheWrappedKeys() {
    String email = TestAccounts.uniqueEmail("alice");
    String authHash = TestAccounts.b64(32);
    Map<String, Object> body = TestAccounts.registration(email, authHash);
    String userId = register(body).then().statusCode(201).extract().path("user_id");

    JsonPath out = login(email, authHash).then().statusCode(200).extract().jsonPath();
    assertThat(out.getString("access_token")).isNotBlank();
    assertThat(out.getString("refresh_token")).hasSizeGreaterThanOrEqualTo(43);
    assertThat(out.getString("token_type")).isEqualTo("Bearer");
    assertThat(out.getInt("expires_in")).isEqualTo(900);
    assertThat(out.getString("user.id")).isEqualTo(userId);
    assertThat(out.getString("user.subscription")).isEqualTo("free");
    assertThat(out.getString("protected_user_key")).isEqualTo(body.get("protected_user_key"));
    assertThat(out.getString("protected_private_key")).isEqualTo(body.get("protected_private_key"));
    assertThat(out.getString("public_key")).isEqualTo(body.get("public_key"));
    assertThat(out.getString("kdf_salt")).isEqualTo(body.get("kdf_salt"));
    assertThat(out.getInt("kdf_iterations")).isEqualTo(600000);

    given()
        .auth()
        .oauth2(out.getString("access_token"))
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(userId))
        .body("email", equalTo(email))
        .body("subscription", equalTo("free"))
        .body("created_at", notNullValue())
        .body("preferences", notNullValue());
  }

  @Test
  void aTakenEmailIs409WhateverItsCase() {
    Account a = TestAccounts.create("taken");
    register(TestAccounts.registration(a.email().toUpperCase(), TestAccounts.b64(32)))
        .then()
        .statusCode(409)
        .body("type", equalTo("CONFLICT"))
        .body("code", equalTo("EMAIL_TAKEN"));
  }

  @Test
  void registrationValidatesEveryField() {
    Map<String, Object[]> bad =
        Map.ofEntries(
            Map.entry(
                "email", new Object[] {"not-an-email", "a@b", "x".repeat(250) + "@example.com"}),
            Map.entry(
                "auth_hash", new Object[] {"!!!", TestAccounts.b64(16), TestAccounts.b64(33)}),
            Map.entry("kdf", new Object[] {"argon2", "pbkdf2-sha1"}),
            Map.entry("kdf_iterations", new Object[] {100000, 599999, 20000000}),
            Map.entry(
                "kdf_salt", new Object[] {TestAccounts.b64(8), "not base64", TestAccounts.b64(65)}),
            Map.entry(
                "protected_user_key", new Object[] {"plain", "v1.@@@", "v1." + "A".repeat(5000)}),
            Map.entry("public_key", new Object[] {TestAccounts.b64(31), TestAccounts.b64(64)}),
            Map.entry("protected_private_key", new Object[] {"", "x1.AAAA"}));
    for (var entry : bad.entrySet()) {
      for (Object value : entry.getValue()) {
        Map<String, Object> body =
            new java.util.HashMap<>(
                TestAccounts.registration(TestAccounts.uniqueEmail("v"), TestAccounts.b64(32)));
        body.put(entry.getKey(), value);
        register(body)
            .then()
            .statusCode(400)
            .body("type", equalTo("VALIDATION"))
            .body("details.fields.field", hasItem(entry.getKey()));
      }
    }
    Map<String, Object> missing =
        new java.util.HashMap<>(
            TestAccounts.registration(TestAccounts.uniqueEmail("v"), TestAccounts.b64(32)));
    missing.remove("public_key");
    register(missing).then().statusCode(400).body("details.fields.field", hasItem("public_key"));
    Map<String, Object> extra =
        new java.util.HashMap<>(
            TestAccounts.registration(TestAccounts.uniqueEmail("v"), TestAccounts.b64(32)));
    extra.put("subscription", "team");
    register(extra).then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
  }

  @Test
  void preloginGivesRealParametersForAnAccount() {
    String email = TestAccounts.uniqueEmail("pre");
    Map<String, Object> body = TestAccounts.registration(email, TestAccounts.b64(32));
    body.put("kdf_iterations", 700000);
    register(body).then().statusCode(201);
    JsonPath out = prelogin(email.toUpperCase());
    assertThat(out.getString("kdf")).isEqualTo("pbkdf2-sha256");
    assertThat(out.getInt("kdf_iterations")).isEqualTo(700000);
    assertThat(out.getString("kdf_salt")).isEqualTo(body.get("kdf_salt"));
  }

  @Test
  void preloginForAnUnknownEmailIsStableAndShapedLikeARealAnswer() {
    String email = TestAccounts.uniqueEmail("ghost");
    JsonPath first = prelogin(email);
    JsonPath again = prelogin(email);
    JsonPath other = prelogin(TestAccounts.uniqueEmail("ghost"));
    assertThat(first.getMap("$")).isEqualTo(again.getMap("$"));
    assertThat(first.getMap("$").keySet())
        .containsExactlyInAnyOrder("kdf", "kdf_iterations", "kdf_salt");
    assertThat(first.getString("kdf")).isEqualTo("pbkdf2-sha256");
    assertThat(first.getInt("kdf_iterations")).isEqualTo(600000);
    assertThat(Base64.getDecoder().decode(first.getString("kdf_salt"))).hasSize(16);
    assertThat(other.getString("kdf_salt")).isNotEqualTo(first.getString("kdf_salt"));
  }

  @Test
  void unknownEmailAndWrongHashAnswerTheSame() {
    Account a = TestAccounts.create("same");
    Response wrong = login(a.email(), TestAccounts.b64(32));
    Response unknown = login(TestAccounts.uniqueEmail("nobody"), TestAccounts.b64(32));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.statusCode()).isEqualTo(401);
    for (String field : List.of("type", "code", "message", "details")) {
      assertThat((Object) wrong.path(field)).as(field).isEqualTo(unknown.path(field));
    }
    assertThat(wrong.jsonPath().getMap("$").keySet())
        .isEqualTo(unknown.jsonPath().getMap("$").keySet());
  }

  @Test
  void theDatabaseNeverHoldsTheAuthHashInClear() {
    Account a = TestAccounts.create("clear");
    byte[] hash = Base64.getDecoder().decode(a.authHash());
    Map<String, Object> row =
        PlatformTestResource.database().query("SELECT * FROM users WHERE id = ?", a.id()).get(0);
    assertThat((byte[]) row.get("auth_verifier")).isNotEqualTo(hash).hasSize(32);
    assertThat((int) row.get("argon2_memory_kib")).isGreaterThanOrEqualTo(19456);
    assertThat((int) row.get("argon2_iterations")).isGreaterThanOrEqualTo(2);
    String dump = PlatformTestResource.database().dumpAllTables();
    assertThat(dump)
        .doesNotContain(a.authHash())
        .doesNotContain(HexFormat.of().formatHex(hash))
        .doesNotContain(new String(hash, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(a.refreshToken())
        .doesNotContain(a.accessToken());
  }

  @Test
  void publicKeysCanBeLookedUpByEmail() {
    Account a = TestAccounts.create("pk");
    Account b = TestAccounts.create("pk");
    given()
        .auth()
        .oauth2(a.accessToken())
        .queryParam("email", b.email().toUpperCase())
        .get("/api/users/public-key")
        .then()
        .statusCode(200)
        .body("user_id", equalTo(b.id().toString()))
        .body("public_key", equalTo(b.publicKey()));
    given()
        .auth()
        .oauth2(a.accessToken())
        .queryParam("email", TestAccounts.uniqueEmail("none"))
        .get("/api/users/public-key")
        .then()
        .statusCode(404)
        .body("type", equalTo("NOT_FOUND"));
    given()
        .auth()
        .oauth2(a.accessToken())
        .queryParam("email", "nope")
        .get("/api/users/public-key")
        .then()
        .statusCode(400);
    given().queryParam("email", b.email()).get("/api/users/public-key").then().statusCode(401);
  }

  @Test
  void registerLoginAndFailuresAreAuditedWithoutSecrets() {
    Account a = TestAccounts.create("audited");
    login(a.email(), TestAccounts.b64(32)).then().statusCode(401);
    List<Map<String, Object>> rows =
        PlatformTestResource.database()
            .query(
                "SELECT action, metadata::text AS m FROM audit_logs WHERE tenant_id = ? ORDER BY seq",
                a.id());
    assertThat(rows)
        .extracting(r -> r.get("action"))
        .containsSubsequence("auth.register", "auth.login", "auth.login_failed");
    for (Map<String, Object> r : rows) {
      assertThat((String) r.get("m")).doesNotContain(a.authHash()).doesNotContain(a.refreshToken());
    }
    String systemFailures =
        "SELECT count(*) AS n FROM audit_logs WHERE tenant_id = ? AND action = 'auth.login_failed'";
    long before =
        (long)
            PlatformTestResource.database().query(systemFailures, new UUID(0, 0)).get(0).get("n");
    login(TestAccounts.uniqueEmail("nobody"), TestAccounts.b64(32)).then().statusCode(401);
    long after =
        (long)
            PlatformTestResource.database().query(systemFailures, new UUID(0, 0)).get(0).get("n");
    assertThat(after).isEqualTo(before + 1);
  }
}
