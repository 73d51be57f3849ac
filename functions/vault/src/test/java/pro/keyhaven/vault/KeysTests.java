package pro.keyhaven.vault;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/** The keys API end to end: create, read, update, rotate, versions, trash, list and audit. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class KeysTests {

  static RequestSpecification as(Account a) {
    return given().auth().oauth2(a.accessToken()).contentType("application/json");
  }

  static JsonPath create(Account a, Map<String, Object> body) {
    return as(a).body(body).post("/api/keys").then().statusCode(201).extract().jsonPath();
  }

  @Test
  void createReadAndDecryptRoundTrip() {
    Account a = TestAccounts.create("vault");
    Map<String, Object> body =
        TestKeys.body(a.id(), "Stripe", "checkout live key", "sk_test_roundtrip_0001");
    Response created = as(a).body(body).post("/api/keys");
    created
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/keys/" + body.get("id")))
        .header("ETag", "\"1\"")
        .body("id", equalTo(body.get("id")))
        .body("user_id", equalTo(a.id().toString()))
        .body("team_id", nullValue())
        .body("version", equalTo(1))
        .body("metadata.environment", equalTo("production"))
        .body("metadata.tags", hasItem("billing"))
        .body("exposed", equalTo(false))
        .body("health_score", notNullValue());

    JsonPath read =
        as(a)
            .get("/api/keys/" + body.get("id"))
            .then()
            .statusCode(200)
            .header("ETag", "\"1\"")
            .extract()
            .jsonPath();
    UUID id = UUID.fromString((String) body.get("id"));
    assertThat(
            TestKeys.decrypt(read.getString("encrypted_value"), read.getString("iv"), a.id(), id))
        .isEqualTo("sk_test_roundtrip_0001");
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT action FROM audit_logs WHERE resource_id = ? ORDER BY seq",
                    id.toString()))
        .extracting(r -> r.get("action"))
        .containsExactly("key.create", "key.read");
  }

  @Test
  void aTakenIdIs409AndANonRandomIdIs400() {
    Account a = TestAccounts.create("dup");
    Map<String, Object> body = TestKeys.body(a.id(), "OpenAI", "k", "v");
    create(a, body);
    as(a).body(body).post("/api/keys").then().statusCode(409).body("type", equalTo("CONFLICT"));
    Map<String, Object> v1 = new HashMap<>(body);
    v1.put("id", UUID.nameUUIDFromBytes("x".getBytes()).toString());
    as(a).body(v1).post("/api/keys").then().statusCode(400).body("code", equalTo("INVALID_ID"));
  }

  @Test
  void everyFieldIsValidated() {
    Account a = TestAccounts.create("valid");
    Map<String, Object> base = TestKeys.body(a.id(), "GitHub", "deploy", "ghp_value");
    Map<String, Object> cases = new HashMap<>();
    cases.put("service", "");
    cases.put("name", "x".repeat(256));
    cases.put("iv", TestAccounts.b64(16));
    cases.put("encrypted_value", "not base64!");
    for (var c : cases.entrySet()) {
      Map<String, Object> body = new HashMap<>(base);
      body.put("id", UUID.randomUUID().toString());
      body.put(c.getKey(), c.getValue());
      as(a)
          .body(body)
          .post("/api/keys")
          .then()
          .statusCode(400)
          .body("details.fields.field", hasItem(c.getKey()));
    }
    Map<String, Object> tooBig = new HashMap<>(base);
    tooBig.put("id", UUID.randomUUID().toString());
    tooBig.put("encrypted_value", TestAccounts.b64(16 * 1024 + 1));
    as(a)
        .body(tooBig)
        .post("/api/keys")
        .then()
        .statusCode(400)
        .body("details.fields.field", hasItem("encrypted_value"));

    List<Map<String, Object>> badMetadata =
        List.of(
            Map.of("environment", "prod"),
            Map.of("environment", "production", "tags", List.of("ok", "no spaces")),
            Map.of("environment", "production", "tags", java.util.Collections.nCopies(21, "t")),
            Map.of("environment", "production", "description", "bell\u0007"));
    for (Map<String, Object> m : badMetadata) {
      Map<String, Object> body = new HashMap<>(base);
      body.put("id", UUID.randomUUID().toString());
      body.put("metadata", m);
      as(a).body(body).post("/api/keys").then().statusCode(400).body("type", equalTo("VALIDATION"));
    }
    Map<String, Object> past = new HashMap<>(base);
    past.put("id", UUID.randomUUID().toString());
    past.put(
        "metadata",
        Map.of("environment", "staging", "expires_at", Instant.now().minusSeconds(60).toString()));
    as(a)
        .body(past)
        .post("/api/keys")
        .then()
        .statusCode(400)
        .body("code", equalTo("EXPIRY_IN_PAST"));
  }

  @Test
  void clientsCannotSetServerOwnedFields() {
    Account a = TestAccounts.create("mass");
    Account b = TestAccounts.create("mass");
    for (String field : List.of("user_id", "version", "health_score", "exposed", "created_at")) {
      Map<String, Object> body = TestKeys.body(a.id(), "AWS", "root", "AKIA-ish");
      body.put(field, "user_id".equals(field) ? b.id().toString() : 99);
      as(a)
          .body(body)
          .post("/api/keys")
          .then()
          .statusCode(400)
          .body("code", equalTo("UNKNOWN_FIELD"));
    }
    Map<String, Object> key = TestKeys.body(a.id(), "AWS", "root", "AKIA-ish");
    String id = create(a, key).getString("id");
    as(a)
        .body(Map.of("version", 7))
        .put("/api/keys/" + id)
        .then()
        .statusCode(400)
        .body("code", equalTo("UNKNOWN_FIELD"));
  }

  @Test
  void updatingTheValueKeepsTheOldCiphertextAsAVersion() {
    Account a = TestAccounts.create("ver");
    Map<String, Object> body = TestKeys.body(a.id(), "Twilio", "sms", "first-value");
    UUID id = UUID.fromString(create(a, body).getString("id"));
    TestKeys.Sealed second = TestKeys.encrypt("second-value", a.id(), id);
    as(a)
        .header("If-Match", "\"1\"")
        .body(
            Map.of(
                "encrypted_value",
                second.encryptedValue(),
                "iv",
                second.iv(),
                "name",
                "sms primary"))
        .put("/api/keys/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("version", equalTo(2))
        .body("name", equalTo("sms primary"));
    // Metadata only: version goes up, no new ciphertext version.
    as(a)
        .body(Map.of("metadata", Map.of("environment", "staging", "tags", List.of("sms"))))
        .put("/api/keys/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(3))
        .body("metadata.environment", equalTo("staging"));
    TestKeys.Sealed third = TestKeys.encrypt("third-value", a.id(), id);
    as(a)
        .body(Map.of("encrypted_value", third.encryptedValue(), "iv", third.iv()))
        .post("/api/keys/" + id + "/rotate")
        .then()
        .statusCode(200)
        .body("version", equalTo(4))
        .body("last_rotated", notNullValue());

    JsonPath versions =
        as(a).get("/api/keys/" + id + "/versions").then().statusCode(200).extract().jsonPath();
    assertThat(versions.getList("items.version", Integer.class)).containsExactly(4, 2, 1);
    assertThat(versions.getList("items.created_by", String.class)).containsOnly(a.id().toString());
    // Versions are paged (security finding 6: no unbounded answer).
    JsonPath secondPage =
        as(a)
            .queryParam("page", 1)
            .queryParam("size", 1)
            .get("/api/keys/" + id + "/versions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(secondPage.getList("items.version", Integer.class)).containsExactly(2);
    assertThat(secondPage.getLong("total")).isEqualTo(3);
    List<String> plain =
        List.of(0, 1, 2).stream()
            .map(
                i ->
                    TestKeys.decrypt(
                        versions.getString("items[" + i + "].encrypted_value"),
                        versions.getString("items[" + i + "].iv"),
                        a.id(),
                        id))
            .toList();
    assertThat(plain).containsExactly("third-value", "second-value", "first-value");
  }

  @Test
  void aStaleIfMatchIs412AndChangesNothing() {
    Account a = TestAccounts.create("stale");
    String id = create(a, TestKeys.body(a.id(), "SendGrid", "mail", "SG.x")).getString("id");
    as(a).body(Map.of("name", "renamed")).put("/api/keys/" + id).then().statusCode(200);
    as(a)
        .header("If-Match", "\"1\"")
        .body(Map.of("name", "lost update"))
        .put("/api/keys/" + id)
        .then()
        .statusCode(412)
        .body("code", equalTo("VERSION_MISMATCH"))
        .body("details.current_version", equalTo(2));
    as(a)
        .get("/api/keys/" + id)
        .then()
        .body("name", equalTo("renamed"))
        .body("version", equalTo(2));
    as(a)
        .header("If-Match", "W/\"2\"")
        .body(Map.of("name", "x"))
        .put("/api/keys/" + id)
        .then()
        .statusCode(400);
  }

  @Test
  void aNewKeyKeepsEverythingItWasCreatedWith() {
    Account a = TestAccounts.create("fields");
    Map<String, Object> body = TestKeys.body(a.id(), "Twilio", "sms sender", "AC-1");
    body.put("rotation_schedule", Map.of("interval_days", 30, "mode", "remind"));
    body.put(
        "metadata",
        Map.of(
            "environment",
            "staging",
            "tags",
            List.of("sms"),
            "permissions",
            List.of("messages:write"),
            "description",
            "outbound texts",
            "expires_at",
            Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()));
    JsonPath created = create(a, body);
    JsonPath read =
        as(a).get("/api/keys/" + body.get("id")).then().statusCode(200).extract().jsonPath();
    for (JsonPath k : List.of(created, read)) {
      assertThat(k.getInt("rotation_schedule.interval_days")).isEqualTo(30);
      assertThat(k.getString("rotation_schedule.mode")).isEqualTo("remind");
      assertThat(k.getList("metadata.permissions")).containsExactly("messages:write");
      assertThat(k.getString("metadata.description")).isEqualTo("outbound texts");
      assertThat(k.getString("metadata.expires_at")).isNotNull();
      assertThat(k.getInt("version")).isEqualTo(1);
    }
    assertThat(read.getString("created_at")).isEqualTo(created.getString("created_at"));
    assertThat(read.getString("metadata.expires_at"))
        .isEqualTo(created.getString("metadata.expires_at"));
    // Its first version is kept, and its creation audited once.
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM api_key_versions WHERE key_id = ?::uuid AND version = 1",
                    body.get("id")))
        .hasSize(1);
    assertThat(createEntries(body.get("id"))).isEqualTo(1);
    // The same id again is taken (the caller's own key): 409, nothing changed.
    as(a).body(body).post("/api/keys").then().statusCode(409).body("code", equalTo("ID_TAKEN"));
    assertThat(createEntries(body.get("id"))).isEqualTo(1);
  }

  private static int createEntries(Object keyId) {
    return PlatformTestResource.database()
        .query("SELECT 1 FROM audit_logs WHERE resource_id = ? AND action = 'key.create'", keyId)
        .size();
  }

  /** Ids of the live keys a tag (and optionally an environment) filter lists, all pages. */
  private static List<String> taggedIds(Account a, String tag, String environment) {
    RequestSpecification q = as(a).queryParam("tag", tag).queryParam("size", 2);
    if (environment != null) {
      q = q.queryParam("environment", environment);
    }
    JsonPath first = q.get("/api/keys").then().statusCode(200).extract().jsonPath();
    List<String> ids = new java.util.ArrayList<>(first.getList("items.id", String.class));
    long total = first.getLong("total");
    for (int page = 1; page * 2 < total; page++) {
      RequestSpecification next =
          as(a).queryParam("tag", tag).queryParam("size", 2).queryParam("page", page);
      if (environment != null) {
        next = next.queryParam("environment", environment);
      }
      ids.addAll(next.get("/api/keys").then().extract().jsonPath().getList("items.id"));
    }
    assertThat(ids).as("total of tag " + tag).hasSize((int) total);
    return ids;
  }

  @Test
  void theTagFilterFollowsEveryChangeOfAKey() {
    Account a = TestAccounts.create("tagindex");
    Account other = TestAccounts.create("tagindex-other");
    Map<String, Object> first = TestKeys.body(a.id(), "Stripe", "first", "sk_1");
    first.put("metadata", Map.of("environment", "staging", "tags", List.of("red", "blue")));
    String one = create(a, first).getString("id");
    Map<String, Object> second = TestKeys.body(a.id(), "OpenAI", "second", "sk_2");
    second.put("metadata", Map.of("environment", "production", "tags", List.of("red")));
    String two = create(a, second).getString("id");
    Map<String, Object> foreign = TestKeys.body(other.id(), "Stripe", "theirs", "sk_3");
    foreign.put("metadata", Map.of("environment", "staging", "tags", List.of("red")));
    String theirs = create(other, foreign).getString("id");

    // Newest first, both pages, the total exact; another account's key never shows.
    assertThat(taggedIds(a, "red", null)).containsExactly(two, one);
    assertThat(taggedIds(a, "blue", null)).containsExactly(one);
    assertThat(taggedIds(a, "red", "staging")).containsExactly(one);
    assertThat(taggedIds(other, "red", null)).containsExactly(theirs);
    // With another order or a second filter the same keys come, through the key rows.
    assertThat(
            as(a)
                .queryParam("tag", "red")
                .queryParam("sort", "name")
                .get("/api/keys")
                .then()
                .extract()
                .jsonPath()
                .getList("items.id"))
        .containsExactly(one, two);
    assertThat(
            as(a)
                .queryParam("tag", "red")
                .queryParam("service", "openai")
                .get("/api/keys")
                .then()
                .body("total", equalTo(1))
                .extract()
                .jsonPath()
                .getList("items.id"))
        .containsExactly(two);

    // A tag and environment change moves the key in the index.
    as(a)
        .body(Map.of("metadata", Map.of("environment", "production", "tags", List.of("green"))))
        .put("/api/keys/" + one)
        .then()
        .statusCode(200);
    assertThat(taggedIds(a, "red", null)).containsExactly(two);
    assertThat(taggedIds(a, "blue", null)).isEmpty();
    assertThat(taggedIds(a, "green", "production")).containsExactly(one);
    // A rename leaves it where it is.
    as(a).body(Map.of("name", "renamed")).put("/api/keys/" + one).then().statusCode(200);
    assertThat(taggedIds(a, "green", null)).containsExactly(one);

    // The trash hides it from the live list (and shows it in the trash), restore brings it back.
    as(a).delete("/api/keys/" + one).then().statusCode(204);
    assertThat(taggedIds(a, "green", null)).isEmpty();
    as(a)
        .queryParam("tag", "green")
        .queryParam("deleted", true)
        .get("/api/keys")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(one));
    as(a).post("/api/keys/" + one + "/restore").then().statusCode(200);
    assertThat(taggedIds(a, "green", null)).containsExactly(one);

    // Purged, it leaves no row behind.
    as(a).delete("/api/keys/" + one).then().statusCode(204);
    as(a).queryParam("purge", true).delete("/api/keys/" + one).then().statusCode(204);
    assertThat(
            PlatformTestResource.database()
                .query("SELECT 1 FROM api_key_tags WHERE key_id = ?::uuid", one))
        .isEmpty();
    assertThat(taggedIds(a, "green", null)).isEmpty();
  }

  @Test
  void softDeleteHidesRestoreBringsBackPurgeErases() {
    Account a = TestAccounts.create("trash");
    String id = create(a, TestKeys.body(a.id(), "Slack", "bot", "xoxb-1")).getString("id");
    as(a).delete("/api/keys/" + id).then().statusCode(204);
    as(a).get("/api/keys/" + id).then().statusCode(404);
    as(a).get("/api/keys/" + id + "/versions").then().statusCode(404);
    as(a).body(Map.of("name", "x")).put("/api/keys/" + id).then().statusCode(404);
    assertThat(as(a).get("/api/keys").then().extract().jsonPath().getList("items.id"))
        .doesNotContain(id);
    assertThat(
            as(a)
                .queryParam("deleted", true)
                .get("/api/keys")
                .then()
                .extract()
                .jsonPath()
                .getList("items.id"))
        .contains(id);

    as(a)
        .post("/api/keys/" + id + "/restore")
        .then()
        .statusCode(200)
        .body("deleted_at", nullValue());
    as(a).get("/api/keys/" + id).then().statusCode(200);
    as(a).post("/api/keys/" + id + "/restore").then().statusCode(404);

    as(a).delete("/api/keys/" + id).then().statusCode(204);
    as(a).queryParam("purge", true).delete("/api/keys/" + id).then().statusCode(204);
    assertThat(
            PlatformTestResource.database().query("SELECT 1 FROM api_keys WHERE id = ?::uuid", id))
        .isEmpty();
    assertThat(
            PlatformTestResource.database()
                .query("SELECT 1 FROM api_key_versions WHERE key_id = ?::uuid", id))
        .isEmpty();
    assertThat(
            PlatformTestResource.database()
                .query("SELECT action FROM audit_logs WHERE resource_id = ? ORDER BY seq", id))
        .extracting(r -> r.get("action"))
        .contains("key.delete", "key.restore", "key.purge");
    as(a).post("/api/keys/" + id + "/restore").then().statusCode(404);
  }

  @Test
  void aKeyPastItsThirtyDaysInTheTrashCannotBeRestored() {
    Account a = TestAccounts.create("old");
    String id = create(a, TestKeys.body(a.id(), "Google", "maps", "AIza")).getString("id");
    as(a).delete("/api/keys/" + id).then().statusCode(204);
    PlatformTestResource.database()
        .execute(
            "UPDATE api_keys SET deleted_at = now() - interval '31 days' WHERE id = ?::uuid", id);
    as(a).post("/api/keys/" + id + "/restore").then().statusCode(404);
  }

  @Test
  void listFiltersPagesAndSearches() {
    Account a = TestAccounts.create("list");
    for (int i = 0; i < 7; i++) {
      Map<String, Object> body =
          TestKeys.body(a.id(), i % 2 == 0 ? "Stripe" : "OpenAI", "key " + i, "v" + i);
      body.put(
          "metadata",
          Map.of(
              "environment", i < 3 ? "development" : "production",
              "tags", i == 5 ? List.of("special", "ml") : List.of("common"),
              "description", i == 6 ? "the 100% mirror_key" : "plain"));
      create(a, body);
    }
    as(a)
        .get("/api/keys")
        .then()
        .statusCode(200)
        .body("total", equalTo(7))
        .body("page", equalTo(0))
        .body("size", equalTo(50));
    as(a).queryParam("service", "stripe").get("/api/keys").then().body("total", equalTo(4));
    as(a)
        .queryParam("environment", "development")
        .get("/api/keys")
        .then()
        .body("total", equalTo(3));
    as(a)
        .queryParam("tag", "special")
        .get("/api/keys")
        .then()
        .body("total", equalTo(1))
        .body("items[0].name", equalTo("key 5"));
    as(a).queryParam("q", "KEY 3").get("/api/keys").then().body("total", equalTo(1));
    as(a)
        .queryParam("q", "100%")
        .get("/api/keys")
        .then()
        .body("total", equalTo(1))
        .body("items[0].name", equalTo("key 6"));
    as(a).queryParam("q", "_").get("/api/keys").then().body("total", equalTo(1));
    as(a)
        .queryParam("q", "' OR 1=1 --")
        .get("/api/keys")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));

    JsonPath p0 = as(a).queryParam("size", 3).get("/api/keys").then().extract().jsonPath();
    JsonPath p1 =
        as(a)
            .queryParam("size", 3)
            .queryParam("page", 1)
            .get("/api/keys")
            .then()
            .extract()
            .jsonPath();
    JsonPath p2 =
        as(a)
            .queryParam("size", 3)
            .queryParam("page", 2)
            .get("/api/keys")
            .then()
            .extract()
            .jsonPath();
    List<String> all = new java.util.ArrayList<>(p0.getList("items.id"));
    all.addAll(p1.getList("items.id"));
    all.addAll(p2.getList("items.id"));
    assertThat(all).hasSize(7).doesNotHaveDuplicates();
    assertThat(p0.getList("items.name")).containsExactly("key 6", "key 5", "key 4");

    // Past the last page: no items, and still the true total.
    as(a)
        .queryParam("size", 3)
        .queryParam("page", 5)
        .get("/api/keys")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty())
        .body("total", equalTo(7));
    as(a).queryParam("size", 201).get("/api/keys").then().statusCode(400);
    as(a).queryParam("page", -1).get("/api/keys").then().statusCode(400);
    as(a).queryParam("environment", "prod").get("/api/keys").then().statusCode(400);
    given().get("/api/keys").then().statusCode(401);
  }

  @Test
  void aValueFingerprintIsStoredWithTheValueAndItsVersionButNeverReturned() {
    Account a = TestAccounts.create("fingerprint");
    String first = "a".repeat(64);
    String second = "b".repeat(64);
    Map<String, Object> body = TestKeys.body(a.id(), "Stripe", "live", "v1");
    body.put("value_fingerprint", first);
    String id = create(a, body).getString("id");
    Response read = as(a).get("/api/keys/" + id);
    assertThat(read.jsonPath().getMap("")).doesNotContainKey("value_fingerprint");
    assertThat(read.asString()).doesNotContain(first);

    // A new value brings its own fingerprint, or none; the version keeps the old one.
    TestKeys.Sealed next = TestKeys.encrypt("v2", a.id(), UUID.fromString(id));
    Map<String, Object> update = new HashMap<>();
    update.put("encrypted_value", next.encryptedValue());
    update.put("iv", next.iv());
    update.put("value_fingerprint", second);
    as(a).body(update).put("/api/keys/" + id).then().statusCode(200);
    var db = PlatformTestResource.database();
    assertThat(db.query("SELECT value_fingerprint FROM api_keys WHERE id = ?::uuid", id))
        .extracting(r -> r.get("value_fingerprint"))
        .containsExactly(second);
    assertThat(
            db.query(
                "SELECT value_fingerprint FROM api_key_versions WHERE key_id = ?::uuid"
                    + " ORDER BY version",
                id))
        .extracting(r -> r.get("value_fingerprint"))
        .containsExactly(first, second);
    update.remove("value_fingerprint");
    as(a).body(update).put("/api/keys/" + id).then().statusCode(200);
    assertThat(db.query("SELECT value_fingerprint FROM api_keys WHERE id = ?::uuid", id))
        .extracting(r -> r.get("value_fingerprint"))
        .containsOnlyNulls();

    for (String bad : new String[] {"A".repeat(64), "a".repeat(63), "sk_live_" + "a".repeat(56)}) {
      Map<String, Object> wrong = TestKeys.body(a.id(), "Stripe", "bad", "v");
      wrong.put("value_fingerprint", bad);
      as(a)
          .body(wrong)
          .post("/api/keys")
          .then()
          .statusCode(400)
          .body("details.fields.field", hasItem("value_fingerprint"));
    }
  }

  @Test
  void theListSortsByAColumnEitherWayAndPagesWithoutOverlap() {
    Account a = TestAccounts.create("sort");
    String[] names = {"beta", "Alpha", "delta", "charlie", "Echo"};
    String[] services = {"Stripe", "OpenAI", "AWS", "GitHub", "Twilio"};
    Integer[] expiresInDays = {30, null, 5, 400, null};
    for (int i = 0; i < names.length; i++) {
      Map<String, Object> body = TestKeys.body(a.id(), services[i], names[i], "value " + i);
      Map<String, Object> metadata = new HashMap<>();
      metadata.put("environment", i % 2 == 0 ? "production" : "development");
      if (expiresInDays[i] != null) {
        metadata.put(
            "expires_at", Instant.now().plus(expiresInDays[i], ChronoUnit.DAYS).toString());
      }
      body.put("metadata", metadata);
      create(a, body);
    }
    java.util.function.Function<String, List<String>> names_ =
        sort ->
            as(a)
                .queryParam("sort", sort)
                .get("/api/keys")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name");

    // Case does not split the alphabet; "-" reverses.
    assertThat(names_.apply("name")).containsExactly("Alpha", "beta", "charlie", "delta", "Echo");
    assertThat(names_.apply("-name")).containsExactly("Echo", "delta", "charlie", "beta", "Alpha");
    assertThat(names_.apply("service"))
        .containsExactly("delta", "charlie", "Alpha", "beta", "Echo");
    // Soonest expiry first; keys that never expire come last in either direction.
    assertThat(names_.apply("expires_at").subList(0, 3))
        .containsExactly("delta", "beta", "charlie");
    assertThat(names_.apply("-expires_at").subList(0, 3))
        .containsExactly("charlie", "beta", "delta");
    assertThat(names_.apply("-expires_at").subList(3, 5))
        .containsExactlyInAnyOrder("Alpha", "Echo");
    assertThat(names_.apply("created_at")).containsExactly(names);
    assertThat(names_.apply("-created_at")).isEqualTo(names_.apply(null));
    assertThat(names_.apply("environment").subList(0, 2))
        .containsExactlyInAnyOrder("Alpha", "charlie");

    // Pages of a sorted list neither overlap nor skip.
    List<String> paged = new java.util.ArrayList<>();
    for (int page = 0; page < 3; page++) {
      paged.addAll(
          as(a)
              .queryParam("sort", "-name")
              .queryParam("size", 2)
              .queryParam("page", page)
              .get("/api/keys")
              .then()
              .statusCode(200)
              .body("total", equalTo(5))
              .extract()
              .jsonPath()
              .getList("items.name"));
    }
    assertThat(paged).containsExactly("Echo", "delta", "charlie", "beta", "Alpha");

    // Only the listed fields: never a column name, an expression or SQL.
    for (String bad :
        new String[] {"encrypted_value", "name;drop table api_keys", "--name", "Name"}) {
      as(a)
          .queryParam("sort", bad)
          .get("/api/keys")
          .then()
          .statusCode(400)
          .body("type", equalTo("VALIDATION"))
          .body("details.fields.field", hasItem("sort"));
    }
  }

  @Test
  void healthScoreFollowsAgeExpiryAndEnvironment() {
    Account a = TestAccounts.create("health");
    Map<String, Object> fresh = TestKeys.body(a.id(), "Stripe", "fresh", "v");
    fresh.put("metadata", Map.of("environment", "development"));
    int freshScore = create(a, fresh).getInt("health_score");
    Map<String, Object> expiring = TestKeys.body(a.id(), "Stripe", "expiring", "v");
    expiring.put(
        "metadata",
        Map.of(
            "environment",
            "production",
            "expires_at",
            Instant.now().plus(3, ChronoUnit.DAYS).toString()));
    int expiringScore = create(a, expiring).getInt("health_score");
    assertThat(freshScore).isEqualTo(100);
    assertThat(expiringScore).isLessThan(freshScore).isBetween(0, 100);
    String id = (String) fresh.get("id");
    PlatformTestResource.database()
        .execute(
            "UPDATE api_keys SET created_at = now() - interval '400 days' WHERE id = ?::uuid", id);
    // The score is stored (docs/adr/0003): the next write recomputes it, as the scan job does.
    as(a).body(Map.of("name", "fresh, renamed")).put("/api/keys/" + id).then().statusCode(200);
    assertThat(as(a).get("/api/keys/" + id).then().extract().jsonPath().getInt("health_score"))
        .isLessThan(freshScore);
  }

  @Test
  void theAuditTrailListsTheCallersEntriesAndVerifies() {
    Account a = TestAccounts.create("audit");
    String id = create(a, TestKeys.body(a.id(), "Anthropic", "claude", "sk-ant-x")).getString("id");
    as(a).get("/api/keys/" + id).then().statusCode(200);
    JsonPath page =
        as(a)
            .queryParam("resource_id", id)
            .get("/api/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.action")).containsExactly("key.read", "key.create");
    assertThat(page.getInt("total")).isEqualTo(2);
    as(a).queryParam("action", "key.read").get("/api/audit").then().body("total", equalTo(1));
    as(a).queryParam("from", "yesterday").get("/api/audit").then().statusCode(400);
    JsonPath verify = as(a).get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
    assertThat(verify.getBoolean("valid")).isTrue();
    assertThat(verify.getInt("entries")).isGreaterThanOrEqualTo(4);
    assertThat(verify.getInt("unsealed")).isZero();

    // A team chain can be verified only by that team's admins; for anyone else it does not exist.
    given()
        .auth()
        .oauth2(a.accessToken())
        .queryParam("team_id", UUID.randomUUID())
        .get("/api/audit/verify")
        .then()
        .statusCode(404);

    Account b = TestAccounts.create("audit");
    assertThat(
            given()
                .auth()
                .oauth2(b.accessToken())
                .queryParam("resource_id", id)
                .get("/api/audit")
                .then()
                .extract()
                .jsonPath()
                .getInt("total"))
        .isZero();
  }
}
