package pro.keyhaven.rotation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.google.crypto.tink.subtle.X25519;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pro.keyhaven.embedded.Postgres;
import pro.keyhaven.rotation.provider.Scram;
import pro.keyhaven.rotation.service.RotationEngine;
import pro.keyhaven.shared.crypto.HpkeSeal;
import pro.keyhaven.shared.github.GitHubTokens;
import pro.keyhaven.shared.github.SealedBox;
import pro.keyhaven.testsupport.CapturedLog;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestDatabase;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Managed rotation of PostgreSQL role passwords against the real PostgreSQL of the test run: the
 * provider's state (which role's password works, read from {@code pg_authid} as SCRAM verifiers)
 * and ours (the key, its sealed value, the rotation row) are compared after every step, with a
 * failure injected at each step of the state machine.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(GitHubActionsStandIn.class)
class PostgresRotationTests {

  @Inject RotationEngine engine;

  @Inject GitHubTokens githubTokens;

  @Inject io.quarkus.redis.datasource.RedisDataSource redis;

  /** Every string value in this run's Redis, with its key. */
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

  private final List<String> roles = new java.util.ArrayList<>();

  /** A test user whose X25519 private key the test holds, as its browser would. */
  record Vault(Account account, byte[] privateKey) {}

  record Fixture(Vault vault, String keyId, String roleA, String roleB, String connectionId) {}

  @AfterEach
  void dropRoles() {
    for (String r : roles) {
      db().execute("DROP ROLE IF EXISTS " + r);
    }
    roles.clear();
  }

  static TestDatabase db() {
    return PlatformTestResource.database();
  }

  static RequestSpecification as(Account a) {
    return given().auth().oauth2(a.accessToken()).contentType("application/json");
  }

  static Vault vault(String prefix) throws Exception {
    byte[] priv = X25519.generatePrivateKey();
    String pub = Base64.getEncoder().encodeToString(X25519.publicFromPrivate(priv));
    return new Vault(TestAccounts.createWithPublicKey(prefix, pub), priv);
  }

  String role(String suffix, String password) {
    String name = "kh_rot_" + UUID.randomUUID().toString().substring(0, 8) + "_" + suffix;
    db().execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
    roles.add(name);
    return name;
  }

  static String verifier(String role) {
    List<Map<String, Object>> rows =
        db().query("SELECT rolpassword FROM pg_authid WHERE rolname = ?", role);
    return rows.isEmpty() ? null : (String) rows.get(0).get("rolpassword");
  }

  static boolean works(String role, String password) {
    return Scram.matches(verifier(role), password);
  }

  static Map<String, String> credential() {
    Postgres pg = db().server();
    Map<String, String> c = new HashMap<>();
    c.put("host", pg.host());
    c.put("port", Integer.toString(pg.port()));
    c.put("database", db().name());
    c.put("username", pg.user());
    c.put("password", pg.password() == null || pg.password().isEmpty() ? "unused" : pg.password());
    c.put("sslmode", "disable");
    return c;
  }

  static String connect(Account a) {
    return as(a)
        .body(
            Map.of("provider", "postgresql", "name", "Primary cluster", "credential", credential()))
        .post("/api/connections")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  Fixture fixture(String prefix, int graceHours) throws Exception {
    Vault v = vault(prefix);
    String a = role("a", "initialA1");
    String b = role("b", "initialB1");
    String initial = "postgresql://" + a + ":initialA1@" + db().server().host() + "/" + db().name();
    Map<String, Object> body =
        TestKeys.body(v.account().id(), "PostgreSQL", "DATABASE_URL", initial);
    String keyId =
        as(v.account()).body(body).post("/api/keys").then().statusCode(201).extract().path("id");
    String connection = connect(v.account());
    as(v.account())
        .body(
            Map.of(
                "connection_id",
                connection,
                "target",
                Map.of("roles", a + "," + b, "current_role", a),
                "interval_days",
                30,
                "grace_hours",
                graceHours))
        .put("/api/keys/" + keyId + "/rotation")
        .then()
        .statusCode(200)
        .body("state", equalTo("idle"))
        .body("provider", equalTo("postgresql"));
    return new Fixture(v, keyId, a, b, connection);
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

  /** Opens the key's sealed value as the browser does (HPKE with the user's private key). */
  static String open(Fixture f, String sealed) throws Exception {
    UUID user = f.vault().account().id();
    return new String(
        HpkeSeal.openWrapped(
            f.vault().privateKey(), sealed, HpkeSeal.serverValueInfo(user.toString(), f.keyId())),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  static String passwordOf(String url) {
    return url.substring(url.indexOf(':', "postgresql://".length()) + 1, url.lastIndexOf('@'));
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

  // ---- tests -----------------------------------------------------------------------------------

  @Test
  void aRotationMakesTheIdleRolesPasswordSealsItToTheVaultAndRevokesTheOldAfterGrace()
      throws Exception {
    try (CapturedLog logs = CapturedLog.start()) {
      rotateAndRevoke(logs);
    }
  }

  void rotateAndRevoke(CapturedLog logs) throws Exception {
    Fixture f = fixture("pg-rotate", 24);
    assertThat(works(f.roleA(), "initialA1")).isTrue();

    assertThat(run(f)).isEqualTo("grace");

    JsonPath k = key(f);
    assertThat(k.getInt("version")).isEqualTo(2);
    assertThat(k.getString("last_rotated")).isNotNull();
    String sealed = k.getString("sealed_value");
    assertThat(sealed).startsWith("v2.");
    String url = open(f, sealed);
    assertThat(url).startsWith("postgresql://" + f.roleB() + ":").endsWith("/" + db().name());
    String fresh = passwordOf(url);
    // Provider: the idle role has the new password, the live one still its old one (grace).
    assertThat(works(f.roleB(), fresh)).isTrue();
    assertThat(works(f.roleB(), "initialB1")).isFalse();
    assertThat(works(f.roleA(), "initialA1")).isTrue();
    // Ours: the old ciphertext is kept as version 1 and is still current until a client stores.
    assertThat(
            TestKeys.decrypt(
                k.getString("encrypted_value"),
                k.getString("iv"),
                f.vault().account().id(),
                UUID.fromString(f.keyId())))
        .startsWith("postgresql://" + f.roleA() + ":initialA1@");
    JsonPath s = status(f);
    assertThat(s.getString("state")).isEqualTo("grace");
    assertThat(s.getString("grace_until")).isNotNull();
    assertThat(s.getList("history")).hasSize(1);
    assertThat(s.getString("history[0].state")).isEqualTo("grace");
    assertThat(s.getString("history[0].trigger")).isEqualTo("manual");

    // A second run while the old credential is in its grace period is refused.
    as(f.vault().account())
        .post("/api/keys/" + f.keyId() + "/rotation/run")
        .then()
        .statusCode(409)
        .body("code", equalTo("ROTATION_IN_PROGRESS"));

    // The browser opens the sealed value and stores its own encryption in its place.
    TestKeys.Sealed mine =
        TestKeys.encrypt(url, f.vault().account().id(), UUID.fromString(f.keyId()));
    as(f.vault().account())
        .body(Map.of("encrypted_value", mine.encryptedValue(), "iv", mine.iv()))
        .put("/api/keys/" + f.keyId() + "/versions/1")
        .then()
        .statusCode(409)
        .body("code", equalTo("NOT_SEALED"));
    as(f.vault().account())
        .body(Map.of("encrypted_value", mine.encryptedValue(), "iv", mine.iv()))
        .put("/api/keys/" + f.keyId() + "/versions/2")
        .then()
        .statusCode(200)
        .body("version", equalTo(3));
    JsonPath stored = key(f);
    assertThat(stored.getString("sealed_value")).isNull();
    assertThat(stored.getString("encrypted_value")).isEqualTo(mine.encryptedValue());

    // The grace period ends: the job revokes the old role's password.
    endGrace(f);
    assertThat(works(f.roleA(), "initialA1")).isFalse();
    assertThat(works(f.roleB(), fresh)).isTrue();
    JsonPath after = status(f);
    assertThat(after.getString("state")).isEqualTo("idle");
    assertThat(after.getString("history[0].state")).isEqualTo("done");
    assertThat(after.getString("next_due_at")).isNotNull();

    // The next rotation goes back to the first role.
    assertThat(run(f)).isEqualTo("grace");
    String second = open(f, key(f).getString("sealed_value"));
    assertThat(second).startsWith("postgresql://" + f.roleA() + ":");
    assertThat(works(f.roleA(), passwordOf(second))).isTrue();
    assertThat(works(f.roleB(), fresh)).isTrue();

    // The new passwords rest nowhere in clear: not in the database, not in Redis, not in a log.
    String dump = db().dumpAllTables();
    assertThat(dump).doesNotContain(fresh).doesNotContain(passwordOf(second));
    assertThat(redisDump()).doesNotContain(fresh).doesNotContain(passwordOf(second));
    assertThat(logs.lines()).isNotEmpty();
    assertThat(String.join("\n", logs.lines()))
        .doesNotContain(fresh)
        .doesNotContain(passwordOf(second));
    // Every step is audited on the key.
    List<String> actions =
        db()
            .query(
                "SELECT action FROM audit_logs WHERE resource_id = ? ORDER BY timestamp", f.keyId())
            .stream()
            .map(r -> (String) r.get("action"))
            .toList();
    assertThat(actions)
        .contains(
            "key.rotation_configured",
            "key.rotation_requested",
            "key.rotation_created",
            "key.rotated",
            "key.sealed_value_stored",
            "key.rotation_old_revoked");
  }

  /** The user's GitHub connection, as connecting stores it (the token sealed to the user). */
  void connectGitHub(Account a) {
    db().execute(
            "INSERT INTO github_connections (user_id, login, token_ciphertext, connected_at)"
                + " VALUES (?, ?, ?, now())",
            a.id(),
            "login-" + a.id().toString().substring(0, 8),
            githubTokens.seal("github_pat_11TEST" + a.id().toString().replace("-", ""), a.id()));
  }

  /** A sync record, as a push of version {@code version} from the browser leaves it. */
  static void synced(Account a, String keyId, String owner, String repo, String env, int version) {
    db().execute(
            "INSERT INTO github_secret_syncs (id, user_id, key_id, owner, repo, environment,"
                + " secret_name, key_version, pushed_at) VALUES (?, ?, ?, ?, ?, ?, 'DATABASE_URL', ?,"
                + " now())",
            UUID.randomUUID(),
            a.id(),
            UUID.fromString(keyId),
            owner,
            repo,
            env,
            version);
  }

  static Integer syncedVersion(String keyId, String repo, String env) {
    return (Integer)
        db().query(
                "SELECT key_version FROM github_secret_syncs WHERE key_id = ? AND repo = ? AND"
                    + " environment = ?",
                UUID.fromString(keyId),
                repo,
                env)
            .get(0)
            .get("key_version");
  }

  /** The values GitHub received for a secret, opened with the repository's private key. */
  static List<String> received(String secretsPath, GitHubActionsStandIn.RepoKey key) {
    return GitHubActionsStandIn.server
        .findAll(
            com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                    secretsPath + "/DATABASE_URL")))
        .stream()
        .map(
            r -> {
              JsonPath body = new JsonPath(r.getBodyAsString());
              assertThat(body.getString("key_id")).isEqualTo(key.keyId());
              byte[] sealed = Base64.getDecoder().decode(body.getString("encrypted_value"));
              return new String(
                  SealedBox.open(sealed, key.publicKey(), key.secretKey()),
                  java.nio.charset.StandardCharsets.UTF_8);
            })
        .toList();
  }

  @Test
  void aRotatedValueIsSealedToEveryGitHubSecretTheKeyWasPushedTo() throws Exception {
    Fixture f = fixture("pg-github", 24);
    Account ada = f.vault().account();
    String owner = "ada-" + UUID.randomUUID().toString().substring(0, 8);
    String repoPath = "/repos/" + owner + "/api/actions/secrets";
    String envPath = "/repos/" + owner + "/api/environments/production/secrets";
    String downPath = "/repos/" + owner + "/worker/actions/secrets";
    String strangerPath = "/repos/" + owner + "/elsewhere/actions/secrets";
    GitHubActionsStandIn.RepoKey repo = GitHubActionsStandIn.repository(repoPath, 204);
    GitHubActionsStandIn.RepoKey env = GitHubActionsStandIn.repository(envPath, 201);
    GitHubActionsStandIn.repository(downPath, 503);
    GitHubActionsStandIn.RepoKey strangers = GitHubActionsStandIn.repository(strangerPath, 201);
    connectGitHub(ada);
    synced(ada, f.keyId(), owner, "api", "", 1);
    synced(ada, f.keyId(), owner, "api", "production", 1);
    synced(ada, f.keyId(), owner, "worker", "", 1);
    // A record naming the key by someone who cannot see it gets nothing.
    Vault stranger = vault("pg-github-stranger");
    connectGitHub(stranger.account());
    synced(stranger.account(), f.keyId(), owner, "elsewhere", "", 1);

    assertThat(run(f)).isEqualTo("grace");

    String url = open(f, key(f).getString("sealed_value"));
    assertThat(works(f.roleB(), passwordOf(url))).isTrue();
    // The repository secret and the environment secret hold the new value, sealed to their keys.
    assertThat(received(repoPath, repo)).containsExactly(url);
    assertThat(received(envPath, env)).containsExactly(url);
    assertThat(received(strangerPath, strangers)).isEmpty();
    assertThat(syncedVersion(f.keyId(), "api", "")).isEqualTo(2);
    assertThat(syncedVersion(f.keyId(), "api", "production")).isEqualTo(2);
    // GitHub failed for one: its record stays stale, the rotation is not failed, Ada is told.
    assertThat(syncedVersion(f.keyId(), "worker", "")).isEqualTo(1);
    assertThat(syncedVersion(f.keyId(), "elsewhere", "")).isEqualTo(1);
    assertThat(status(f).getString("state")).isEqualTo("grace");
    List<Map<String, Object>> told =
        db().query(
                "SELECT kind, body FROM notifications WHERE user_id = ? AND title = ?",
                ada.id(),
                "A GitHub secret still holds the old key");
    assertThat(told).hasSize(1);
    assertThat(told.get(0).get("kind")).isEqualTo("rotation_failed");
    assertThat((String) told.get(0).get("body"))
        .contains(owner + "/worker")
        .contains("DATABASE_URL");
    assertThat(
            db().query(
                    "SELECT action FROM audit_logs WHERE resource_id = ? AND action LIKE"
                        + " 'key.%github%' ORDER BY action",
                    f.keyId()))
        .extracting(r -> r.get("action"))
        .containsExactly("key.github_push_failed", "key.pushed_to_github", "key.pushed_to_github");
    // Nothing but sealed boxes went to GitHub.
    assertThat(
            GitHubActionsStandIn.server.getAllServeEvents().stream()
                .map(e -> e.getRequest().getBodyAsString())
                .toList())
        .noneMatch(body -> body.contains(passwordOf(url)));
  }

  @Test
  void rollbackInsideTheGracePeriodRevokesTheNewPasswordAndRestoresTheOldValue() throws Exception {
    Fixture f = fixture("pg-rollback", 24);
    JsonPath before = key(f);
    assertThat(run(f)).isEqualTo("grace");
    String fresh = passwordOf(open(f, key(f).getString("sealed_value")));
    assertThat(works(f.roleB(), fresh)).isTrue();

    // While the old credential waits to be revoked, its connection and target stay as they are.
    as(f.vault().account())
        .delete("/api/connections/" + f.connectionId())
        .then()
        .statusCode(409)
        .body("code", equalTo("CONNECTION_IN_USE"));
    as(f.vault().account())
        .body(
            Map.of(
                "connection_id",
                f.connectionId(),
                "target",
                Map.of("roles", f.roleB() + "," + f.roleA()),
                "grace_hours",
                24))
        .put("/api/keys/" + f.keyId() + "/rotation")
        .then()
        .statusCode(409)
        .body("code", equalTo("ROTATION_IN_PROGRESS"));

    as(f.vault().account())
        .post("/api/keys/" + f.keyId() + "/rotation/rollback")
        .then()
        .statusCode(200)
        .body("state", equalTo("idle"))
        .body("history[0].state", equalTo("rolled_back"));

    assertThat(works(f.roleB(), fresh)).isFalse();
    assertThat(works(f.roleA(), "initialA1")).isTrue();
    JsonPath k = key(f);
    assertThat(k.getString("sealed_value")).isNull();
    assertThat(k.getInt("version")).isEqualTo(3);
    assertThat(k.getString("encrypted_value")).isEqualTo(before.getString("encrypted_value"));

    as(f.vault().account())
        .post("/api/keys/" + f.keyId() + "/rotation/rollback")
        .then()
        .statusCode(409)
        .body("code", equalTo("ROLLBACK_WINDOW_CLOSED"));
    // The next rotation starts from the role that stayed live.
    assertThat(run(f)).isEqualTo("grace");
    String second = open(f, key(f).getString("sealed_value"));
    assertThat(second).startsWith("postgresql://" + f.roleB() + ":");

    // A rotation on top of a value no client stored yet cannot be rolled back (the value before
    // is only sealed): refused before the provider is touched.
    endGrace(f);
    assertThat(run(f)).isEqualTo("grace");
    String third = open(f, key(f).getString("sealed_value"));
    as(f.vault().account())
        .post("/api/keys/" + f.keyId() + "/rotation/rollback")
        .then()
        .statusCode(409)
        .body("code", equalTo("NO_PREVIOUS_VALUE"));
    assertThat(works(f.roleA(), passwordOf(third))).isTrue();
    assertThat(works(f.roleB(), passwordOf(second))).isTrue();
    assertThat(status(f).getString("state")).isEqualTo("grace");
  }

  @Test
  void aFailureAtEachStepLeavesProviderAndVaultConsistentAndARetryFinishes() throws Exception {
    Fixture f = fixture("pg-faults", 24);
    UUID keyId = UUID.fromString(f.keyId());

    // create fails: the idle role does not exist at the provider.
    db().execute("DROP ROLE " + f.roleB());
    assertThat(run(f)).isEqualTo("failed");
    JsonPath s = status(f);
    assertThat(s.getString("state")).isEqualTo("failed");
    assertThat(s.getString("retry_at")).isNotNull();
    assertThat(s.getString("history[0].error")).contains("does not exist");
    assertThat(key(f).getInt("version")).isEqualTo(1);
    assertThat(key(f).getString("sealed_value")).isNull();
    assertThat(works(f.roleA(), "initialA1")).isTrue();
    assertThat(
            db().query(
                    "SELECT kind FROM notifications WHERE user_id = ?", f.vault().account().id()))
        .extracting(r -> r.get("kind"))
        .contains("rotation_failed");

    // test fails: the idle role exists but may not sign in.
    db().execute("CREATE ROLE " + f.roleB() + " NOLOGIN PASSWORD 'initialB1'");
    retryNow(f);
    s = status(f);
    assertThat(s.getString("state")).isEqualTo("failed");
    assertThat(s.getString("history[0].error")).contains("test");
    assertThat(s.getString("history[0].trigger")).isEqualTo("retry");
    assertThat(key(f).getInt("version")).isEqualTo(1);
    // The untested value is kept only sealed, never in clear and never as the key's value.
    List<Map<String, Object>> pending =
        db().query(
                "SELECT pending_ref, pending_sealed FROM managed_rotations WHERE key_id = ?",
                keyId);
    assertThat(pending.get(0).get("pending_ref")).isEqualTo(f.roleB());
    assertThat((String) pending.get(0).get("pending_sealed")).startsWith("v2.");
    assertThat(works(f.roleA(), "initialA1")).isTrue();

    // The role may sign in again: the retry replaces the untested password and finishes.
    db().execute("ALTER ROLE " + f.roleB() + " LOGIN");
    retryNow(f);
    s = status(f);
    assertThat(s.getString("state")).isEqualTo("grace");
    String fresh = passwordOf(open(f, key(f).getString("sealed_value")));
    assertThat(works(f.roleB(), fresh)).isTrue();
    assertThat(key(f).getInt("version")).isEqualTo(2);

    // revoke fails: the old role is gone when the grace period ends.
    db().execute("DROP ROLE " + f.roleA());
    endGrace(f);
    s = status(f);
    assertThat(s.getString("state")).isEqualTo("failed");
    assertThat(s.getString("history[0].error")).contains("admin");
    assertThat(works(f.roleB(), fresh)).isTrue();
    assertThat(key(f).getInt("version")).isEqualTo(2);

    // It is back: the retry revokes it, and only the old password stops working.
    db().execute("CREATE ROLE " + f.roleA() + " LOGIN PASSWORD 'initialA1'");
    retryNow(f);
    s = status(f);
    assertThat(s.getString("state")).isEqualTo("idle");
    assertThat(s.getString("history[0].state")).isEqualTo("done");
    assertThat(works(f.roleA(), "initialA1")).isFalse();
    assertThat(works(f.roleB(), fresh)).isTrue();
  }

  @Test
  void anInterruptedStepIsRetriedAndNoKeyIsRotatedTwiceAtOnce() throws Exception {
    Fixture f = fixture("pg-once", 24);
    // Two runners at once (a click and the job): one rotates, the other is refused or skips.
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        sent.add(
            pool.submit(
                () ->
                    as(f.vault().account())
                        .post("/api/keys/" + f.keyId() + "/rotation/run")
                        .statusCode()));
      }
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var s : sent) {
        statuses.add(s.get());
      }
      assertThat(statuses).containsOnly(202, 409);
      assertThat(statuses.stream().filter(s -> s == 202).count()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(key(f).getInt("version")).isEqualTo(2);
    assertThat(status(f).getList("history")).hasSize(1);

    // A step whose function died is failed after a while, then retried.
    db().execute(
            "UPDATE managed_rotations SET state = 'revoking', updated_at = now() - interval '1 hour'"
                + " WHERE key_id = ?",
            UUID.fromString(f.keyId()));
    engine.advanceAndWait(50);
    retryNow(f);
    assertThat(status(f).getString("state")).isEqualTo("idle");
    assertThat(works(f.roleA(), "initialA1")).isFalse();
  }

  @Test
  void connectionsAndRotationsOfAnotherUserAnswer404AndCredentialsAreNeverAnswered()
      throws Exception {
    Fixture f = fixture("pg-owner", 24);
    Account other = TestAccounts.create("pg-other");
    String listed =
        as(f.vault().account()).get("/api/connections").then().statusCode(200).extract().asString();
    assertThat(listed).contains(f.connectionId()).doesNotContain(credential().get("password"));
    as(other).get("/api/connections").then().statusCode(200).body("items", hasSize(0));
    as(other).delete("/api/connections/" + f.connectionId()).then().statusCode(404);
    as(other).get("/api/keys/" + f.keyId() + "/rotation").then().statusCode(404);
    as(other).post("/api/keys/" + f.keyId() + "/rotation/run").then().statusCode(404);
    as(other).post("/api/keys/" + f.keyId() + "/rotation/rollback").then().statusCode(404);
    TestKeys.Sealed forged = TestKeys.encrypt("x", other.id(), UUID.fromString(f.keyId()));
    as(other)
        .body(Map.of("encrypted_value", forged.encryptedValue(), "iv", forged.iv()))
        .put("/api/keys/" + f.keyId() + "/versions/1")
        .then()
        .statusCode(404);
    // Another user's key with one's own connection, and one's key with another's connection.
    Map<String, Object> body = TestKeys.body(other.id(), "PostgreSQL", "DATABASE_URL", "x-value-1");
    String othersKey =
        as(other).body(body).post("/api/keys").then().statusCode(201).extract().path("id");
    Map<String, Object> settings =
        Map.of(
            "connection_id",
            f.connectionId(),
            "target",
            Map.of("roles", f.roleA() + "," + f.roleB()),
            "grace_hours",
            1);
    as(other).body(settings).put("/api/keys/" + othersKey + "/rotation").then().statusCode(404);
    as(f.vault().account())
        .body(settings)
        .put("/api/keys/" + othersKey + "/rotation")
        .then()
        .statusCode(404);
    // The sealed credential does not hold the password in clear.
    byte[] sealed =
        (byte[])
            db().query(
                    "SELECT credential_sealed FROM rotation_connections WHERE id = ?",
                    UUID.fromString(f.connectionId()))
                .get(0)
                .get("credential_sealed");
    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(credential().get("password"))
        .doesNotContain(credential().get("username"));
    // Removing the connection removes the rotations that used it.
    as(f.vault().account()).delete("/api/connections/" + f.connectionId()).then().statusCode(204);
    assertThat(status(f).getList("history")).isEmpty();
    assertThat(status(f).getString("connection_id")).isNull();
  }

  @Test
  void badConnectionsAndTargetsAreRefusedWithAClearError() throws Exception {
    Vault v = vault("pg-bad");
    Map<String, String> c = credential();
    as(v.account())
        .body(Map.of("provider", "openai", "name", "x", "credential", Map.of("admin_key", "k")))
        .post("/api/connections")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_CREDENTIAL"));
    as(v.account())
        .body(Map.of("provider", "mysql", "name", "x", "credential", c))
        .post("/api/connections")
        .then()
        .statusCode(400);
    Map<String, String> badHost = new HashMap<>(c);
    badHost.put("host", "not a host;");
    as(v.account())
        .body(Map.of("provider", "postgresql", "name", "x", "credential", badHost))
        .post("/api/connections")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_CREDENTIAL"));
    Map<String, String> extra = new HashMap<>(c);
    extra.put("options", "-c log_statement=all");
    as(v.account())
        .body(Map.of("provider", "postgresql", "name", "x", "credential", extra))
        .post("/api/connections")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_CREDENTIAL"));
    String connection = connect(v.account());
    String keyId =
        as(v.account())
            .body(TestKeys.body(v.account().id(), "PostgreSQL", "DATABASE_URL", "x-value-2"))
            .post("/api/keys")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (Map<String, String> target :
        List.of(
            Map.of("roles", "only_one"),
            Map.of("roles", "a,a"),
            Map.of("roles", "a,\"b\"; DROP ROLE x"),
            Map.of("roles", "a,b", "current_role", "c"),
            Map.of("roles", "a,b", "unknown", "1"))) {
      as(v.account())
          .body(Map.of("connection_id", connection, "target", target, "grace_hours", 1))
          .put("/api/keys/" + keyId + "/rotation")
          .then()
          .statusCode(400)
          .body("code", equalTo("INVALID_TARGET"));
    }
    as(v.account())
        .body(
            Map.of(
                "connection_id", connection, "target", Map.of("roles", "a,b"), "grace_hours", 9999))
        .put("/api/keys/" + keyId + "/rotation")
        .then()
        .statusCode(400);
    as(v.account())
        .post("/api/keys/" + keyId + "/rotation/run")
        .then()
        .statusCode(409)
        .body("code", equalTo("ROTATION_NOT_CONFIGURED"));
  }
}
