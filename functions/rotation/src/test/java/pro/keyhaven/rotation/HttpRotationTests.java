package pro.keyhaven.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static pro.keyhaven.rotation.PostgresRotationTests.as;
import static pro.keyhaven.rotation.PostgresRotationTests.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pro.keyhaven.rotation.PostgresRotationTests.Vault;
import pro.keyhaven.rotation.ProviderStandIn.Key;
import pro.keyhaven.rotation.service.RotationEngine;
import pro.keyhaven.shared.crypto.HpkeSeal;
import pro.keyhaven.testsupport.CapturedLog;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Managed rotation through the HTTP providers (AWS IAM, OpenAI, SendGrid, Twilio, a signed webhook)
 * against a stand-in that keeps each provider's keys: the whole state machine through the API, with
 * a failure injected at each step (an error the provider gives, 5xx, a timeout, a dropped
 * connection), and after each the provider's state (which keys exist and work) and ours (version,
 * sealed value, rotation state, history) compared.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(ProviderStandIn.class)
class HttpRotationTests {

  static final ProviderStandIn.State STATE = ProviderStandIn.STATE;

  @Inject RotationEngine engine;

  @Inject io.quarkus.redis.datasource.RedisDataSource redis;

  /** One provider's test set-up: who owns the keys, its first key, the connection, the target. */
  record Fixture(
      String provider, String owner, Vault vault, String keyId, String connectionId, Key initial) {}

  @AfterEach
  void heal() {
    STATE.heal();
  }

  static String owner(String provider) {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return switch (provider) {
      case "openai" -> "proj_" + suffix;
      case "aws-iam" -> "app-" + suffix;
      case "webhook" -> "svc_" + suffix;
      default -> "account";
    };
  }

  static Key initialKey(String provider, String owner) {
    return switch (provider) {
      case "openai" -> STATE.openAi(owner);
      case "sendgrid" -> STATE.sendGrid();
      case "twilio" -> STATE.twilio();
      case "aws-iam" -> STATE.aws(owner);
      default -> STATE.webhook(owner);
    };
  }

  static Map<String, String> credential(String provider) {
    return switch (provider) {
      case "openai" -> Map.of("admin_key", ProviderStandIn.OPENAI_ADMIN);
      case "sendgrid" -> Map.of("api_key", ProviderStandIn.SENDGRID_ADMIN);
      case "twilio" ->
          Map.of(
              "account_sid",
              ProviderStandIn.TWILIO_ACCOUNT,
              "auth_token",
              ProviderStandIn.TWILIO_TOKEN);
      case "aws-iam" ->
          Map.of(
              "access_key_id",
              ProviderStandIn.AWS_ADMIN_ID,
              "secret_access_key",
              ProviderStandIn.AWS_ADMIN_SECRET);
      default ->
          Map.of(
              "url",
              ProviderStandIn.url("/hook"),
              "signing_secret",
              ProviderStandIn.WEBHOOK_SECRET);
    };
  }

  /** A credential of the right shape the provider refuses. */
  static Map<String, String> wrongCredential(String provider) {
    return switch (provider) {
      case "openai" -> Map.of("admin_key", "sk-admin-revoked0123456789abcdef");
      case "sendgrid" -> Map.of("api_key", "SG.revokedadmin0001.revokedadminsecret01234567");
      case "twilio" ->
          Map.of(
              "account_sid",
              ProviderStandIn.TWILIO_ACCOUNT,
              "auth_token",
              "wrongtwilioauthtoken012345678901");
      case "aws-iam" ->
          Map.of(
              "access_key_id",
              "AKIAREVOKEDADMIN0001",
              "secret_access_key",
              "revokedAdminSecret0123456789abcdefABCDEF");
      default ->
          Map.of(
              "url",
              ProviderStandIn.url("/hook"),
              "signing_secret",
              "whsec_not_the_endpoints_secret_0123456789");
    };
  }

  static Map<String, String> target(String provider, String owner, Key initial) {
    return switch (provider) {
      case "openai" ->
          Map.of("project_id", owner, "current_service_account_id", initial.ref(), "name", "ci");
      case "sendgrid" ->
          Map.of("scopes", "mail.send", "current_api_key_id", initial.ref(), "name", "mailer");
      case "twilio" -> Map.of("current_key_sid", initial.ref());
      case "aws-iam" -> Map.of("user_name", owner, "current_access_key_id", initial.ref());
      default ->
          Map.of(
              "owner",
              owner,
              "current_ref",
              initial.ref(),
              "test_url",
              ProviderStandIn.url("/hook/check"));
    };
  }

  static String connect(Vault v, String provider, Map<String, String> credential) {
    return as(v.account())
        .body(Map.of("provider", provider, "name", provider + " admin", "credential", credential))
        .post("/api/connections")
        .then()
        .statusCode(201)
        .body("provider", equalTo(provider))
        .extract()
        .path("id");
  }

  Fixture fixture(String provider, int graceHours) throws Exception {
    return fixture(provider, graceHours, credential(provider));
  }

  Fixture fixture(String provider, int graceHours, Map<String, String> credential)
      throws Exception {
    Vault v = PostgresRotationTests.vault("http-" + provider);
    String owner = owner(provider);
    Key initial = initialKey(provider, owner);
    Map<String, Object> body =
        TestKeys.body(v.account().id(), provider, "API_KEY", initial.value());
    String keyId =
        as(v.account()).body(body).post("/api/keys").then().statusCode(201).extract().path("id");
    String connection = connect(v, provider, credential);
    as(v.account())
        .body(
            Map.of(
                "connection_id",
                connection,
                "target",
                target(provider, owner, initial),
                "interval_days",
                30,
                "grace_hours",
                graceHours))
        .put("/api/keys/" + keyId + "/rotation")
        .then()
        .statusCode(200)
        .body("state", equalTo("idle"))
        .body("provider", equalTo(provider));
    return new Fixture(provider, owner, v, keyId, connection, initial);
  }

  static JsonPath key(Fixture f) {
    return as(f.vault().account())
        .get("/api/keys/" + f.keyId())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static JsonPath status(Fixture f) {
    return as(f.vault().account())
        .get("/api/keys/" + f.keyId() + "/rotation")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static String run(Fixture f) {
    return as(f.vault().account())
        .post("/api/keys/" + f.keyId() + "/rotation/run")
        .then()
        .statusCode(202)
        .extract()
        .path("state");
  }

  static String open(Fixture f, String sealed) throws Exception {
    UUID user = f.vault().account().id();
    return new String(
        HpkeSeal.openWrapped(
            f.vault().privateKey(), sealed, HpkeSeal.serverValueInfo(user.toString(), f.keyId())),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The key's sealed value, opened as the browser does. */
  String current(Fixture f) throws Exception {
    return open(f, key(f).getString("sealed_value"));
  }

  /** The provider's key holding {@code value}. */
  static Key atProvider(Fixture f, String value) {
    return STATE.keys.values().stream()
        .filter(k -> k.provider().equals(f.provider()) && k.value().equals(value))
        .findFirst()
        .orElse(null);
  }

  boolean exists(Fixture f, String ref) {
    return STATE.get(f.provider(), ref) != null;
  }

  boolean works(Fixture f, String value) {
    return STATE.works(f.provider(), value);
  }

  Map<String, Object> row(Fixture f) {
    return db().query(
            "SELECT state, current_ref, previous_ref, pending_ref FROM managed_rotations WHERE"
                + " key_id = ?",
            UUID.fromString(f.keyId()))
        .get(0);
  }

  void endGrace(Fixture f) {
    db().execute(
            "UPDATE managed_rotations SET grace_until = now() - interval '1 second' WHERE key_id = ?",
            UUID.fromString(f.keyId()));
    engine.advanceAndWait(50);
  }

  void retryNow(Fixture f) {
    db().execute(
            "UPDATE managed_rotations SET retry_at = now() - interval '1 second' WHERE key_id = ?",
            UUID.fromString(f.keyId()));
    engine.advanceAndWait(50);
  }

  String redisDump() {
    StringBuilder out = new StringBuilder();
    for (String k : redis.key().keys("*")) {
      out.append(k).append('=');
      if (redis.key().type(k) == io.quarkus.redis.datasource.keys.RedisValueType.STRING) {
        out.append(redis.value(String.class).get(k));
      }
      out.append('\n');
    }
    return out.toString();
  }

  // ---- tests -----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"aws-iam", "openai", "sendgrid", "twilio", "webhook"})
  void aRotationCreatesTestsSealsAndRevokesTheOldKeyAfterGraceLeavingNoPlaintext(String provider)
      throws Exception {
    try (CapturedLog logs = CapturedLog.start()) {
      Fixture f = fixture(provider, 24);
      assertThat(works(f, f.initial().value())).isTrue();

      assertThat(run(f)).isEqualTo("grace");
      String first = current(f);
      Key k1 = atProvider(f, first);
      // Provider: the new key exists and works, and so does the old one (grace).
      assertThat(k1).isNotNull();
      assertThat(works(f, first)).isTrue();
      assertThat(works(f, f.initial().value())).isTrue();
      // Ours: version 2, sealed, the old value kept; the refs say which is which.
      JsonPath k = key(f);
      assertThat(k.getInt("version")).isEqualTo(2);
      assertThat(
              TestKeys.decrypt(
                  k.getString("encrypted_value"),
                  k.getString("iv"),
                  f.vault().account().id(),
                  UUID.fromString(f.keyId())))
          .isEqualTo(f.initial().value());
      assertThat(row(f))
          .containsEntry("state", "grace")
          .containsEntry("current_ref", k1.ref())
          .containsEntry("previous_ref", f.initial().ref());
      assertThat(STATE.calls.getOrDefault(provider + ":test", 0)).isPositive();

      // The grace period ends: the old key is revoked at the provider, the new one still works.
      endGrace(f);
      assertThat(exists(f, f.initial().ref())).isFalse();
      assertThat(works(f, f.initial().value())).isFalse();
      assertThat(works(f, first)).isTrue();
      JsonPath s = status(f);
      assertThat(s.getString("state")).isEqualTo("idle");
      assertThat(s.getString("history[0].state")).isEqualTo("done");

      // The next rotation replaces the key the first one made.
      assertThat(run(f)).isEqualTo("grace");
      String second = current(f);
      assertThat(second).isNotEqualTo(first);
      assertThat(works(f, second)).isTrue();
      assertThat(row(f)).containsEntry("previous_ref", k1.ref());
      endGrace(f);
      assertThat(works(f, first)).isFalse();
      assertThat(works(f, second)).isTrue();

      // No value and no admin secret rests in clear: database, Redis, logs.
      String secret = credential(provider).values().stream().reduce("", (a, b) -> a + "\n" + b);
      List<String> secrets = new java.util.ArrayList<>(List.of(first, second));
      for (Map.Entry<String, String> e : credential(provider).entrySet()) {
        if (!e.getKey().equals("url") && !e.getKey().equals("account_sid")) {
          secrets.add(e.getValue());
        }
      }
      assertThat(secret).isNotEmpty();
      String dump = db().dumpAllTables();
      String cache = redisDump();
      String logged = String.join("\n", logs.lines());
      assertThat(logs.lines()).isNotEmpty();
      for (String s2 : secrets) {
        String tail = s2.substring(s2.indexOf(':') + 1);
        assertThat(dump).doesNotContain(tail);
        assertThat(cache).doesNotContain(tail);
        assertThat(logged).doesNotContain(tail);
      }
      List<String> actions =
          db()
              .query(
                  "SELECT action FROM audit_logs WHERE resource_id = ? ORDER BY timestamp",
                  f.keyId())
              .stream()
              .map(r -> (String) r.get("action"))
              .toList();
      assertThat(actions)
          .contains(
              "key.rotation_configured",
              "key.rotation_requested",
              "key.rotation_created",
              "key.rotated",
              "key.rotation_old_revoked");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"aws-iam", "openai", "sendgrid", "twilio", "webhook"})
  void rollbackRevokesTheNewKeyAndTheOldOneStaysCurrent(String provider) throws Exception {
    Fixture f = fixture(provider, 24);
    JsonPath before = key(f);
    assertThat(run(f)).isEqualTo("grace");
    String fresh = current(f);
    assertThat(works(f, fresh)).isTrue();

    as(f.vault().account())
        .post("/api/keys/" + f.keyId() + "/rotation/rollback")
        .then()
        .statusCode(200)
        .body("state", equalTo("idle"))
        .body("history[0].state", equalTo("rolled_back"));

    assertThat(works(f, fresh)).isFalse();
    assertThat(atProvider(f, fresh)).isNull();
    assertThat(works(f, f.initial().value())).isTrue();
    JsonPath k = key(f);
    assertThat(k.getString("sealed_value")).isNull();
    assertThat(k.getInt("version")).isEqualTo(3);
    assertThat(k.getString("encrypted_value")).isEqualTo(before.getString("encrypted_value"));
    assertThat(row(f)).containsEntry("current_ref", f.initial().ref());

    // A rollback whose revocation fails is retried as a revocation; the old key works throughout.
    assertThat(run(f)).isEqualTo("grace");
    String again = current(f);
    STATE.fail(provider, "revoke", ProviderStandIn.status(503, "text/plain", "unavailable"));
    as(f.vault().account())
        .post("/api/keys/" + f.keyId() + "/rotation/rollback")
        .then()
        .statusCode(200)
        .body("state", equalTo("failed"));
    assertThat(works(f, again)).isTrue();
    assertThat(works(f, f.initial().value())).isTrue();
    assertThat(key(f).getString("sealed_value")).isNull();
    STATE.heal();
    retryNow(f);
    assertThat(status(f).getString("state")).isEqualTo("idle");
    assertThat(works(f, again)).isFalse();
    assertThat(works(f, f.initial().value())).isTrue();
  }

  /** The error each provider gives when the create step is refused, and what we say about it. */
  void refuseCreate(Fixture f) {
    switch (f.provider()) {
      case "aws-iam" -> STATE.aws(f.owner()); // a second key: the user has the two IAM allows
      case "openai" ->
          STATE.fail(
              "openai",
              "create",
              ProviderStandIn.status(
                  403,
                  "application/json",
                  ProviderStandIn.openAiError(
                      "You have insufficient permissions for this operation. Missing scopes:"
                          + " api.management.write",
                      "invalid_request_error",
                      null)));
      case "sendgrid" ->
          STATE.fail(
              "sendgrid",
              "create",
              ProviderStandIn.status(
                  403, "application/json", ProviderStandIn.sendGridError("access forbidden")));
      case "twilio" ->
          STATE.fail(
              "twilio",
              "create",
              ProviderStandIn.status(
                  403,
                  "application/json",
                  ProviderStandIn.twilioError(
                      20003, "Resource not accessible with this API key", 403)));
      default ->
          STATE.fail(
              "webhook",
              "create",
              ProviderStandIn.status(
                  422, "application/json", "{\"error\":\"service quota reached\"}"));
    }
  }

  static String refusedCreateSays(String provider) {
    return switch (provider) {
      case "aws-iam" -> "already has two access keys";
      case "openai" -> "Owner role";
      case "sendgrid" -> "api_keys scope";
      case "twilio" -> "auth token";
      default -> "service quota reached";
    };
  }

  /** The new key does not work: the provider's answer to the test call. */
  void refuseTest(String provider) {
    ProviderStandIn.Failure f =
        switch (provider) {
          case "aws-iam" ->
              ProviderStandIn.status(
                  403,
                  "text/xml",
                  ProviderStandIn.awsError(
                      "sts",
                      "Sender",
                      "InvalidClientTokenId",
                      "The security token included in the request is invalid."));
          case "openai" ->
              ProviderStandIn.status(
                  401,
                  "application/json",
                  ProviderStandIn.openAiError(
                      "Incorrect API key provided: sk-svcac***wxyz.",
                      "invalid_request_error",
                      "invalid_api_key"));
          case "sendgrid" ->
              ProviderStandIn.status(
                  401, "application/json", ProviderStandIn.sendGridError("authorization required"));
          case "twilio" ->
              ProviderStandIn.status(
                  401, "application/json", ProviderStandIn.twilioError(20003, "Authenticate", 401));
          default ->
              ProviderStandIn.status(401, "application/json", "{\"error\":\"unknown credential\"}");
        };
    STATE.fail(provider, "webhook".equals(provider) ? "check" : "test", f);
  }

  @ParameterizedTest
  @ValueSource(strings = {"aws-iam", "openai", "sendgrid", "twilio", "webhook"})
  void aFailureAtEachStepLeavesProviderAndVaultAgreeingAndARetryFinishes(String provider)
      throws Exception {
    Fixture f = fixture(provider, 24);
    String initial = f.initial().value();
    List<String> before = STATE.refs(provider, f.owner());

    // create is refused: nothing is made, nothing changes, the owner is told why.
    refuseCreate(f);
    assertThat(run(f)).isEqualTo("failed");
    JsonPath s = status(f);
    assertThat(s.getString("state")).isEqualTo("failed");
    assertThat(s.getString("retry_at")).isNotNull();
    assertThat(s.getString("history[0].error")).contains(refusedCreateSays(provider));
    assertThat(key(f).getInt("version")).isEqualTo(1);
    assertThat(key(f).getString("sealed_value")).isNull();
    assertThat(works(f, initial)).isTrue();
    assertThat(
            db().query(
                    "SELECT kind FROM notifications WHERE user_id = ?", f.vault().account().id()))
        .extracting(r -> r.get("kind"))
        .contains("rotation_failed");
    if (provider.equals("aws-iam")) {
      // The key too many is removed by hand, as the message says.
      STATE.refs(provider, f.owner()).stream()
          .filter(r -> !r.equals(f.initial().ref()))
          .forEach(r -> STATE.remove(provider, r));
    }
    assertThat(STATE.refs(provider, f.owner())).isEqualTo(before);

    // create meets a provider that is down (5xx): nothing is made.
    STATE.heal();
    STATE.fail(
        provider, "create", ProviderStandIn.status(503, "text/plain", "Service Unavailable"));
    retryNow(f);
    s = status(f);
    assertThat(s.getString("state")).isEqualTo("failed");
    assertThat(s.getString("history[0].error")).contains("503").contains("tries again later");
    assertThat(s.getString("history[0].trigger")).isEqualTo("retry");
    assertThat(STATE.refs(provider, f.owner())).isEqualTo(before);
    assertThat(key(f).getInt("version")).isEqualTo(1);

    // test fails: the new key is made but does not work; it is kept only as pending (sealed).
    STATE.heal();
    refuseTest(provider);
    retryNow(f);
    s = status(f);
    assertThat(s.getString("state")).isEqualTo("failed");
    assertThat(s.getString("history[0].error")).contains("test");
    assertThat(key(f).getInt("version")).isEqualTo(1);
    Map<String, Object> pending = row(f);
    String pendingRef = (String) pending.get("pending_ref");
    assertThat(pendingRef).isNotNull().isNotEqualTo(f.initial().ref());
    assertThat(exists(f, pendingRef)).isTrue();
    assertThat(works(f, initial)).isTrue();

    // The provider works again: the retry first revokes the untested key, then rotates.
    STATE.heal();
    retryNow(f);
    assertThat(status(f).getString("state")).isEqualTo("grace");
    assertThat(exists(f, pendingRef)).isFalse();
    String fresh = current(f);
    assertThat(works(f, fresh)).isTrue();
    assertThat(works(f, initial)).isTrue();
    assertThat(key(f).getInt("version")).isEqualTo(2);

    // revoke meets 5xx, then a timeout, then a dropped connection: the old key stays, we retry.
    STATE.fail(provider, "revoke", ProviderStandIn.status(503, "text/plain", "unavailable"));
    endGrace(f);
    s = status(f);
    assertThat(s.getString("state")).isEqualTo("failed");
    assertThat(s.getString("history[0].error")).contains("503");
    assertThat(works(f, initial)).isTrue();
    assertThat(works(f, fresh)).isTrue();
    assertThat(key(f).getInt("version")).isEqualTo(2);

    STATE.fail(provider, "revoke", ProviderStandIn.timeout());
    retryNow(f);
    s = status(f);
    assertThat(s.getString("state")).isEqualTo("failed");
    assertThat(s.getString("history[0].error")).contains("did not answer within 2 s");
    assertThat(works(f, fresh)).isTrue();

    STATE.fail(provider, "revoke", ProviderStandIn.dropped());
    retryNow(f);
    s = status(f);
    assertThat(s.getString("state")).isEqualTo("failed");
    assertThat(s.getString("history[0].error")).contains("could not be reached");
    assertThat(key(f).getInt("version")).isEqualTo(2);

    STATE.heal();
    retryNow(f);
    s = status(f);
    assertThat(s.getString("state")).isEqualTo("idle");
    assertThat(s.getString("history[0].state")).isEqualTo("done");
    assertThat(works(f, initial)).isFalse();
    assertThat(exists(f, f.initial().ref())).isFalse();
    assertThat(works(f, fresh)).isTrue();
    assertThat(row(f))
        .containsEntry("state", "idle")
        .containsEntry("previous_ref", null)
        .containsEntry("pending_ref", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"aws-iam", "openai", "sendgrid", "twilio", "webhook"})
  void aCredentialTheProviderRefusesFailsWithAClearReasonAndChangesNothing(String provider)
      throws Exception {
    Fixture f = fixture(provider, 24, wrongCredential(provider));
    assertThat(run(f)).isEqualTo("failed");
    String error = status(f).getString("history[0].error");
    assertThat(error)
        .containsAnyOf("connect again", "signing secret")
        .doesNotContain(wrongCredential(provider).values().toArray(String[]::new));
    assertThat(key(f).getInt("version")).isEqualTo(1);
    assertThat(works(f, f.initial().value())).isTrue();
  }

  @Test
  void badCredentialsAndTargetsAreRefusedWithAClearError() throws Exception {
    Vault v = PostgresRotationTests.vault("http-bad");
    Map<String, List<Map<String, String>>> badCredentials =
        Map.of(
            "openai",
            List.of(
                Map.of("admin_key", "k"),
                Map.of("admin_key", ProviderStandIn.OPENAI_ADMIN, "x", "1")),
            "sendgrid",
            List.of(Map.of("api_key", "not-a-sendgrid-key")),
            "twilio",
            List.of(Map.of("account_sid", "AC12", "auth_token", ProviderStandIn.TWILIO_TOKEN)),
            "aws-iam",
            List.of(Map.of("access_key_id", "AKIA1", "secret_access_key", "x")),
            "webhook",
            List.of(
                Map.of(
                    "url",
                    "ftp://example.com/hook",
                    "signing_secret",
                    ProviderStandIn.WEBHOOK_SECRET),
                Map.of(
                    "url",
                    "https://user:pw@example.com/hook",
                    "signing_secret",
                    ProviderStandIn.WEBHOOK_SECRET),
                Map.of("url", ProviderStandIn.url("/hook"), "signing_secret", "short")));
    for (var e : badCredentials.entrySet()) {
      for (Map<String, String> c : e.getValue()) {
        as(v.account())
            .body(Map.of("provider", e.getKey(), "name", "x", "credential", c))
            .post("/api/connections")
            .then()
            .statusCode(400)
            .body("code", equalTo("INVALID_CREDENTIAL"));
      }
    }
    Map<String, List<Map<String, String>>> badTargets =
        Map.of(
            "openai", List.of(Map.of("project_id", "not a project"), Map.of("name", "x")),
            "sendgrid", List.of(Map.of("scopes", "mail.send; DROP"), Map.of("name", "x")),
            "twilio", List.of(Map.of("current_key_sid", "SKnope"), Map.of("friendly", "x")),
            "aws-iam", List.of(Map.of("user_name", "a b"), Map.of("current_access_key_id", "x")),
            "webhook", List.of(Map.of("Bad-Field", "x"), Map.of("test_url", "gopher://x")));
    for (var e : badTargets.entrySet()) {
      String connection = connect(v, e.getKey(), credential(e.getKey()));
      String keyId =
          as(v.account())
              .body(TestKeys.body(v.account().id(), e.getKey(), "K_" + e.getKey().length(), "v-1"))
              .post("/api/keys")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      for (Map<String, String> t : e.getValue()) {
        as(v.account())
            .body(Map.of("connection_id", connection, "target", t, "grace_hours", 1))
            .put("/api/keys/" + keyId + "/rotation")
            .then()
            .statusCode(400)
            .body("code", equalTo("INVALID_TARGET"));
      }
    }
  }

  @Test
  void theWebhookIsSignedAsTheDocumentationSays() throws Exception {
    Fixture f = fixture("webhook", 0);
    // Grace 0: revoked at once.
    assertThat(run(f)).isEqualTo("idle");
    var requests = ProviderStandIn.server.getAllServeEvents();
    var hook =
        requests.stream()
            .map(e -> e.getRequest())
            .filter(r -> r.getUrl().equals("/hook") && r.getBodyAsString().contains(f.owner()))
            .toList();
    assertThat(hook).hasSizeGreaterThanOrEqualTo(3);
    for (var r : hook) {
      String body = r.getBodyAsString();
      String header = r.getHeader("KeyHaven-Signature");
      assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
      String t = header.substring(2, header.indexOf(','));
      assertThat(header.substring(header.indexOf("v1=") + 3))
          .isEqualTo(ProviderStandIn.hmac(ProviderStandIn.WEBHOOK_SECRET, t + "." + body));
      assertThat(r.getHeader("KeyHaven-Delivery")).isNotBlank();
      assertThat(r.getHeader("Content-Type")).startsWith("application/json");
      assertThat(body).doesNotContain("\"value\"");
    }
    assertThat(hook.stream().map(r -> ProviderStandIn.actionOf(r.getBodyAsString())))
        .contains("create", "test", "revoke");
    assertThat(STATE.works("webhook", f.initial().value())).isFalse();
    assertThat(status(f).getString("state")).isEqualTo("idle");
    assertThat(new HashMap<>(row(f))).containsEntry("previous_ref", null);
  }
}
