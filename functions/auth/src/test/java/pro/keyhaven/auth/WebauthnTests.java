package pro.keyhaven.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * Passkeys as a second factor, walked with a software authenticator: registration (recovery codes
 * with the first), names, removal, and the sign-in step with its refusals (wrong challenge, origin,
 * relying party or signature, a replayed assertion, a removed passkey, another user's passkey, a
 * counter that did not go up).
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class WebauthnTests {

  // ---- calls -----------------------------------------------------------------------------------

  static JsonPath creationOptions(Account a) {
    return given()
        .auth()
        .oauth2(a.accessToken())
        .post("/api/me/mfa/webauthn/options")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static Response register(Account a, String name, Map<String, Object> credential) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("credential", credential);
    return given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(body)
        .post("/api/me/mfa/webauthn");
  }

  /** Registers {@code key} under {@code name}; answers the new passkey's JSON. */
  static JsonPath registered(Account a, String name, SoftwareAuthenticator key) {
    String challenge = creationOptions(a).getString("challenge");
    return register(a, name, key.create(challenge)).then().statusCode(201).extract().jsonPath();
  }

  static String mfaToken(Account a) {
    JsonPath first =
        given()
            .contentType("application/json")
            .body(Map.of("email", a.email(), "auth_hash", a.authHash()))
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getBoolean("mfa_required")).isTrue();
    return first.getString("mfa_token");
  }

  static Response requestOptions(String mfaToken) {
    return given()
        .contentType("application/json")
        .body(Map.of("mfa_token", mfaToken))
        .post("/api/auth/login/mfa/webauthn/options");
  }

  static String loginChallenge(String mfaToken) {
    return requestOptions(mfaToken).then().statusCode(200).extract().path("challenge");
  }

  static Response finish(String mfaToken, Map<String, Object> assertion) {
    return given()
        .contentType("application/json")
        .body(Map.of("mfa_token", mfaToken, "webauthn", assertion))
        .post("/api/auth/login/mfa");
  }

  static JsonPath status(Account a) {
    return given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/me/mfa")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  // ---- tests -----------------------------------------------------------------------------------

  @Test
  void twoPasskeysAreRegisteredNamedRenamedAndRemoved() {
    Account a = TestAccounts.create("passkeys");
    JsonPath options = creationOptions(a);
    assertThat(options.getString("rp.id")).isEqualTo("localhost");
    assertThat(options.getString("rp.name")).isEqualTo("KeyHaven");
    assertThat(options.getString("user.name")).isEqualTo(a.email());
    assertThat(SoftwareAuthenticator.unb64(options.getString("user.id"))).hasSize(16);
    assertThat(SoftwareAuthenticator.unb64(options.getString("challenge"))).hasSize(32);
    assertThat(options.getList("pub_key_cred_params.alg", Integer.class))
        .containsExactly(-7, -8, -257);
    assertThat(options.getString("attestation")).isEqualTo("none");
    assertThat(options.getString("authenticator_selection.user_verification"))
        .isEqualTo("preferred");
    assertThat(options.getList("exclude_credentials")).isEmpty();

    SoftwareAuthenticator laptop = new SoftwareAuthenticator();
    JsonPath first =
        register(a, "  Laptop  ", laptop.create(options.getString("challenge")))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(first.getString("name")).isEqualTo("Laptop");
    assertThat(first.getList("recovery_codes", String.class)).hasSize(10);

    JsonPath st = status(a);
    assertThat(st.getBoolean("totp")).isFalse();
    assertThat(st.getList("webauthn.name", String.class)).containsExactly("Laptop");
    assertThat(st.getInt("recovery_codes_left")).isEqualTo(10);

    // the second one: no new recovery codes; the first is excluded from the options
    JsonPath again = creationOptions(a);
    assertThat(again.getList("exclude_credentials.id", String.class)).containsExactly(laptop.id());
    SoftwareAuthenticator phone = new SoftwareAuthenticator();
    JsonPath second =
        register(a, "Phone", phone.create(again.getString("challenge")))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(second.getList("recovery_codes")).isNull();
    assertThat(status(a).getList("webauthn.name", String.class)).containsExactly("Laptop", "Phone");

    // the same authenticator again, and a challenge used twice
    register(a, "Again", laptop.create(creationOptions(a).getString("challenge")))
        .then()
        .statusCode(409)
        .body("code", equalTo("PASSKEY_EXISTS"));
    register(a, "Replay", new SoftwareAuthenticator().create(again.getString("challenge")))
        .then()
        .statusCode(400)
        .body("code", equalTo("WEBAUTHN_INVALID"));

    String phoneId = second.getString("id");
    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(Map.of("name", "Work phone"))
        .patch("/api/me/mfa/webauthn/" + phoneId)
        .then()
        .statusCode(200)
        .body("name", equalTo("Work phone"))
        .body("id", equalTo(phoneId));

    // another user can neither rename nor remove it
    Account b = TestAccounts.create("passkeys-other");
    given()
        .auth()
        .oauth2(b.accessToken())
        .contentType("application/json")
        .body(Map.of("name", "Mine"))
        .patch("/api/me/mfa/webauthn/" + phoneId)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(b.accessToken())
        .delete("/api/me/mfa/webauthn/" + phoneId)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(a.accessToken())
        .delete("/api/me/mfa/webauthn/" + UUID.randomUUID())
        .then()
        .statusCode(404);

    given()
        .auth()
        .oauth2(a.accessToken())
        .delete("/api/me/mfa/webauthn/" + phoneId)
        .then()
        .statusCode(204);
    assertThat(status(a).getList("webauthn.name", String.class)).containsExactly("Laptop");
    assertThat(status(a).getInt("recovery_codes_left")).isEqualTo(10);

    // the last one turns two-step sign-in off, and its recovery codes go
    given()
        .auth()
        .oauth2(a.accessToken())
        .delete("/api/me/mfa/webauthn/" + first.getString("id"))
        .then()
        .statusCode(204);
    assertThat(status(a).getList("webauthn")).isEmpty();
    assertThat(status(a).getInt("recovery_codes_left")).isZero();
    JsonPath plain = TestAccounts.login(a.email(), a.authHash());
    assertThat(plain.getString("access_token")).isNotBlank();
  }

  @Test
  void badBodiesAnswerValidationErrors() {
    Account a = TestAccounts.create("passkeys-bad");
    String challenge = creationOptions(a).getString("challenge");
    SoftwareAuthenticator key = new SoftwareAuthenticator();
    register(a, "x".repeat(65), key.create(challenge))
        .then()
        .statusCode(400)
        .body("type", equalTo("VALIDATION"));
    register(a, "   ", key.create(challenge)).then().statusCode(400);
    Map<String, Object> bad = key.create(challenge);
    @SuppressWarnings("unchecked")
    Map<String, Object> response = (Map<String, Object>) bad.get("response");
    response.put("attestation_object", "not base64url!");
    register(a, "Key", bad).then().statusCode(400).body("type", equalTo("VALIDATION"));
    response.put("attestation_object", "AAAA");
    register(a, "Key", bad).then().statusCode(400).body("code", equalTo("WEBAUTHN_INVALID"));
    // a foreign origin or relying party
    register(a, "Key", key.create(challenge, "https://evil.example", "localhost"))
        .then()
        .statusCode(400)
        .body("code", equalTo("WEBAUTHN_INVALID"));
    register(a, "Key", key.create(challenge, SoftwareAuthenticator.ORIGIN, "evil.example"))
        .then()
        .statusCode(400)
        .body("code", equalTo("WEBAUTHN_INVALID"));
    // none of these spent the challenge (each was refused whole): it still registers
    register(a, "Key", key.create(challenge)).then().statusCode(201);

    requestOptions("no-such-token").then().statusCode(401);
    Account plain = TestAccounts.create("passkeys-none");
    given()
        .contentType("application/json")
        .body(Map.of("mfa_token", ""))
        .post("/api/auth/login/mfa/webauthn/options")
        .then()
        .statusCode(400);
    assertThat(plain.accessToken()).isNotBlank();
  }

  @Test
  void aPasskeyFinishesTheSignInOnceAndOnlyItsOwnAssertion() {
    Account a = TestAccounts.create("passkey-login");
    SoftwareAuthenticator key = new SoftwareAuthenticator();
    List<String> codes = registered(a, "Laptop", key).getList("recovery_codes", String.class);
    assertThat(codes).hasSize(10);

    JsonPath first =
        given()
            .contentType("application/json")
            .body(Map.of("email", a.email(), "auth_hash", a.authHash()))
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getBoolean("mfa_required")).isTrue();
    assertThat(first.getList("methods", String.class)).containsExactly("webauthn", "recovery");
    String token = first.getString("mfa_token");

    JsonPath options = requestOptions(token).then().statusCode(200).extract().jsonPath();
    assertThat(options.getString("rp_id")).isEqualTo("localhost");
    assertThat(options.getList("allow_credentials.id", String.class)).containsExactly(key.id());
    assertThat(options.getString("user_verification")).isEqualTo("preferred");

    Map<String, Object> assertion = key.get(options.getString("challenge"));
    JsonPath in = finish(token, assertion).then().statusCode(200).extract().jsonPath();
    assertThat(in.getString("access_token")).isNotBlank();
    assertThat(in.getString("protected_user_key")).isNotBlank();
    assertThat(status(a).getString("webauthn[0].last_used_at")).isNotNull();

    // the same assertion again, with a fresh mfa_token: its challenge is spent
    String again = mfaToken(a);
    finish(again, assertion).then().statusCode(401);
    // and a challenge of another mfa_token does not serve this one
    String other = mfaToken(a);
    String otherChallenge = loginChallenge(other);
    finish(again, key.get(otherChallenge)).then().statusCode(401);

    // both a code and an assertion: 400
    Map<String, Object> both = new HashMap<>();
    both.put("mfa_token", again);
    both.put("recovery_code", codes.get(0));
    both.put("webauthn", key.get(loginChallenge(again)));
    given()
        .contentType("application/json")
        .body(both)
        .post("/api/auth/login/mfa")
        .then()
        .statusCode(400)
        .body("code", equalTo("ONE_CODE"));

    // a good one still works on the token the refusals above did not use up
    finish(other, key.get(loginChallenge(other))).then().statusCode(200);
  }

  @Test
  void wrongChallengeOriginRelyingPartyOrSignatureIsRefused() {
    Account a = TestAccounts.create("passkey-refused");
    SoftwareAuthenticator key = new SoftwareAuthenticator();
    registered(a, "Laptop", key);

    String token = mfaToken(a);
    String made = SoftwareAuthenticator.b64(new byte[32]);
    finish(token, key.get(made, SoftwareAuthenticator.ORIGIN, "localhost", 5, false))
        .then()
        .statusCode(401)
        .body("type", equalTo("AUTHENTICATION"));
    finish(token, key.get(loginChallenge(token), "https://evil.example", "localhost", 6, false))
        .then()
        .statusCode(401);
    finish(
            token,
            key.get(loginChallenge(token), SoftwareAuthenticator.ORIGIN, "evil.example", 7, false))
        .then()
        .statusCode(401);
    finish(
            token,
            key.get(loginChallenge(token), SoftwareAuthenticator.ORIGIN, "localhost", 8, true))
        .then()
        .statusCode(401);

    // none of those moved the counter: 9 goes, then 9 again is a clone's
    String next = mfaToken(a);
    finish(next, key.get(loginChallenge(next), SoftwareAuthenticator.ORIGIN, "localhost", 9, false))
        .then()
        .statusCode(200);
    String clone = mfaToken(a);
    finish(
            clone,
            key.get(loginChallenge(clone), SoftwareAuthenticator.ORIGIN, "localhost", 9, false))
        .then()
        .statusCode(401);
  }

  @Test
  void anotherUsersPasskeyAndARemovedPasskeyAreRefused() {
    Account a = TestAccounts.create("passkey-a");
    Account b = TestAccounts.create("passkey-b");
    SoftwareAuthenticator aKey = new SoftwareAuthenticator();
    SoftwareAuthenticator aSpare = new SoftwareAuthenticator();
    SoftwareAuthenticator bKey = new SoftwareAuthenticator();
    registered(a, "Laptop", aKey);
    String spareId = registered(a, "Spare", aSpare).getString("id");
    registered(b, "B's key", bKey);

    // B's passkey, signing A's challenge
    String token = mfaToken(a);
    finish(token, bKey.get(loginChallenge(token))).then().statusCode(401);

    // a removed passkey
    given()
        .auth()
        .oauth2(a.accessToken())
        .delete("/api/me/mfa/webauthn/" + spareId)
        .then()
        .statusCode(204);
    assertThat(
            requestOptions(token)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("allow_credentials.id", String.class))
        .containsExactly(aKey.id());
    finish(token, aSpare.get(loginChallenge(token))).then().statusCode(401);

    // A's own passkey still works
    finish(token, aKey.get(loginChallenge(token))).then().statusCode(200);
  }
}
