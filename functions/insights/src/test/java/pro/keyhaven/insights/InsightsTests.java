package pro.keyhaven.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static pro.keyhaven.insights.InsightsApi.ask;
import static pro.keyhaven.insights.InsightsApi.list;
import static pro.keyhaven.insights.InsightsApi.newKey;
import static pro.keyhaven.insights.InsightsApi.refresh;
import static pro.keyhaven.insights.InsightsApi.set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;

/**
 * The insights API against a real database: every rule from key metadata, filters, resolve, the
 * visibility of keys, questions answered by the parser, the risk ranking and the CVE feed against a
 * stand-in OSV (up, and down).
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(OsvStandIn.class)
class InsightsTests {

  private static Map<String, Map<String, Object>> byType(JsonPath body) {
    List<Map<String, Object>> items = body.getList("items");
    Map<String, Map<String, Object>> out = new java.util.HashMap<>();
    items.forEach(i -> out.put((String) i.get("type"), i));
    return out;
  }

  @Test
  void theRulesFindWhatTheMetadataSaysAndNameOnlyTheCallersKeys() {
    TestAccounts.Account alice = TestAccounts.create("ins-rules");
    TestAccounts.Account mallory = TestAccounts.create("ins-rules-other");
    UUID exposed = newKey(alice, "acme", "acme prod");
    UUID old = newKey(alice, "internal", "old prod");
    UUID overdue = newKey(alice, "internal", "overdue");
    UUID expiring = newKey(alice, "internal", "expiring");
    UUID anomalous = newKey(alice, "internal", "anomalous");
    UUID othersExposed = newKey(mallory, "acme", "mallory's");
    set(exposed, "exposed = TRUE");
    set(othersExposed, "exposed = TRUE");
    set(old, "created_at = now() - interval '400 days'");
    set(expiring, "expires_at = now() + interval '10 days'");
    PlatformTestResource.database()
        .execute(
            "INSERT INTO rotation_policies (key_id, interval_days, mode, next_due_at)"
                + " VALUES (?, 30, 'remind', now() - interval '3 days')",
            overdue);
    PlatformTestResource.database()
        .execute(
            "INSERT INTO anomalies (id, key_id, kind, severity, description, status)"
                + " VALUES (gen_random_uuid(), ?, 'request_spike', 'high', 'spike', 'open')",
            anomalous);

    refresh(alice).statusCode(202).body("open", equalTo(7));
    JsonPath body = list(alice, "").statusCode(200).extract().jsonPath();
    Map<String, Map<String, Object>> found = byType(body);
    assertThat(found.keySet())
        .containsExactlyInAnyOrder(
            "exposed",
            "open_anomalies",
            "rotation_overdue",
            "expiring",
            "old_production_key",
            "unused",
            "no_expiry");
    assertThat(found.get("exposed").get("key_ids")).isEqualTo(List.of(exposed.toString()));
    assertThat(found.get("exposed").get("severity")).isEqualTo("critical");
    assertThat((String) found.get("exposed").get("description")).contains("acme prod");
    assertThat(found.get("rotation_overdue").get("key_ids")).isEqualTo(List.of(overdue.toString()));
    assertThat(found.get("open_anomalies").get("key_ids")).isEqualTo(List.of(anomalous.toString()));
    assertThat(found.get("expiring").get("key_ids")).isEqualTo(List.of(expiring.toString()));
    assertThat(found.get("old_production_key").get("key_ids")).isEqualTo(List.of(old.toString()));
    assertThat(found.get("unused").get("key_ids")).isEqualTo(List.of(old.toString()));
    assertThat((List<?>) found.get("no_expiry").get("key_ids")).hasSize(4);
    // Critical first.
    assertThat(body.getString("items[0].type")).isEqualTo("exposed");
    assertThat(body.prettify()).doesNotContain(othersExposed.toString());

    // Filters.
    assertThat(
            list(alice, "?severity=high").extract().jsonPath().getList("items.type", String.class))
        .containsExactlyInAnyOrder("open_anomalies", "rotation_overdue");
    assertThat(list(alice, "?type=exposed").extract().jsonPath().getInt("total")).isEqualTo(1);
    list(alice, "?type=bogus").statusCode(400).body("code", equalTo("INVALID_TYPE"));
    list(alice, "?severity=urgent").statusCode(400).body("code", equalTo("INVALID_SEVERITY"));
    list(alice, "?resolved=maybe").statusCode(400).body("code", equalTo("INVALID_RESOLVED"));

    // Resolve: the owner only; another user's insight answers like a missing one.
    String id = (String) found.get("exposed").get("id");
    RestAssured.given()
        .auth()
        .oauth2(mallory.accessToken())
        .post("/api/insights/" + id + "/resolve")
        .then()
        .statusCode(404);
    RestAssured.given()
        .auth()
        .oauth2(alice.accessToken())
        .post("/api/insights/" + UUID.randomUUID() + "/resolve")
        .then()
        .statusCode(404);
    RestAssured.given()
        .auth()
        .oauth2(alice.accessToken())
        .post("/api/insights/" + id + "/resolve")
        .then()
        .statusCode(200)
        .body("resolved", equalTo(true));
    assertThat(list(alice, "?resolved=true").extract().jsonPath().getList("items.id"))
        .containsExactly(id);
    // A refresh keeps it resolved while its keys stay the same, and reopens it for a new one.
    refresh(alice).statusCode(202).body("open", equalTo(6));
    assertThat(list(alice, "?resolved=true").extract().jsonPath().getList("items.id"))
        .containsExactly(id);
    set(old, "exposed = TRUE");
    refresh(alice).statusCode(202);
    JsonPath reopened = list(alice, "?type=exposed").extract().jsonPath();
    assertThat(reopened.getBoolean("items[0].resolved")).isFalse();
    assertThat(reopened.getList("items[0].key_ids")).hasSize(2);

    // A condition that is gone takes its insight with it.
    set(expiring, "expires_at = now() + interval '300 days'");
    refresh(alice).statusCode(202);
    assertThat(list(alice, "?type=expiring").extract().jsonPath().getInt("total")).isZero();

    // A deleted key leaves the insight's key list at once, before any refresh.
    RestAssured.given()
        .auth()
        .oauth2(alice.accessToken())
        .delete("/api/keys/" + anomalous)
        .then()
        .statusCode(204);
    assertThat(list(alice, "?type=open_anomalies").extract().jsonPath().getInt("total")).isZero();

    RestAssured.given().post("/api/insights/refresh").then().statusCode(401);
    RestAssured.given().get("/api/insights").then().statusCode(401);
  }

  @Test
  void theSameValueInTwoEnvironmentsIsFoundByFingerprintAndOnlyThere() {
    TestAccounts.Account fay = TestAccounts.create("insights-same");
    UUID prod = InsightsApi.newKey(fay, "stripe", "stripe prod");
    UUID dev = InsightsApi.newKey(fay, "stripe", "stripe dev");
    UUID twin = InsightsApi.newKey(fay, "stripe", "stripe prod copy");
    UUID alone = InsightsApi.newKey(fay, "openai", "openai prod");
    String shared = "1".repeat(64);
    InsightsApi.set(prod, "value_fingerprint = '" + shared + "'");
    InsightsApi.set(dev, "value_fingerprint = '" + shared + "', environment = 'development'");
    // The same value twice in one environment is a copy, not a reuse across environments.
    InsightsApi.set(twin, "value_fingerprint = '" + "2".repeat(64) + "'");
    InsightsApi.set(alone, "value_fingerprint = '" + "2".repeat(64) + "'");
    // Another user holding the same value is not part of fay's finding.
    TestAccounts.Account gus = TestAccounts.create("insights-same-other");
    UUID theirs = InsightsApi.newKey(gus, "stripe", "gus dev");
    InsightsApi.set(theirs, "value_fingerprint = '" + shared + "', environment = 'staging'");

    refresh(fay).statusCode(202);
    var found = list(fay, "?type=same_value_across_environments").extract().jsonPath();
    assertThat(found.getInt("total")).isEqualTo(1);
    assertThat(found.getString("items[0].severity")).isEqualTo("high");
    assertThat(found.getList("items[0].key_ids"))
        .containsExactlyInAnyOrder(prod.toString(), dev.toString());
    assertThat(found.getString("items[0].description")).contains("stripe prod", "stripe dev");
    assertThat(found.getString("items[0].description")).doesNotContain(shared);

    refresh(gus).statusCode(202);
    assertThat(
            list(gus, "?type=same_value_across_environments").extract().jsonPath().getInt("total"))
        .isZero();
  }

  @Test
  void theRiskRankingPutsExposedFirstThenAnomaliesOverdueExpiringAndWeakHealth() {
    TestAccounts.Account bob = TestAccounts.create("ins-risk");
    UUID weak = newKey(bob, "internal", "weak");
    UUID expiring = newKey(bob, "internal", "expiring");
    UUID overdue = newKey(bob, "internal", "overdue");
    UUID anomalous = newKey(bob, "internal", "anomalous");
    UUID exposed = newKey(bob, "internal", "exposed");
    newKey(bob, "internal", "fine").toString();
    set(weak, "health_score = 20");
    set(expiring, "expires_at = now() + interval '5 days'");
    set(exposed, "exposed = TRUE");
    PlatformTestResource.database()
        .execute(
            "INSERT INTO rotation_policies (key_id, interval_days, mode, next_due_at)"
                + " VALUES (?, 30, 'remind', now() - interval '3 days')",
            overdue);
    PlatformTestResource.database()
        .execute(
            "INSERT INTO anomalies (id, key_id, kind, severity, description, status)"
                + " VALUES (gen_random_uuid(), ?, 'request_spike', 'high', 'spike', 'open')",
            anomalous);
    JsonPath risks =
        RestAssured.given()
            .auth()
            .oauth2(bob.accessToken())
            .get("/api/insights/risks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(risks.getList("items.key_id", String.class))
        .containsExactly(
            exposed.toString(),
            anomalous.toString(),
            overdue.toString(),
            expiring.toString(),
            weak.toString());
    assertThat(risks.getList("items.rank", Integer.class)).containsExactly(1, 2, 3, 4, 5);
    assertThat(risks.getString("items[0].reasons[0].kind")).isEqualTo("exposed");
    assertThat(risks.getString("items[4].reasons[0].kind")).isEqualTo("weak_health");
    RestAssured.given()
        .auth()
        .oauth2(bob.accessToken())
        .get("/api/insights/risks?size=0")
        .then()
        .statusCode(400);
  }

  @Test
  void aQuestionIsAnsweredByTheParserFromTheCallersKeysOnly() {
    TestAccounts.Account carol = TestAccounts.create("ins-ask");
    TestAccounts.Account dave = TestAccounts.create("ins-ask-other");
    UUID stripeSoon = newKey(carol, "internal-pay", "pay soon");
    UUID stripeLater = newKey(carol, "internal-pay", "pay later");
    UUID davesKey = newKey(dave, "internal-pay", "dave soon");
    set(stripeSoon, "expires_at = now() + interval '2 days'");
    set(stripeLater, "expires_at = now() + interval '200 days'");
    set(davesKey, "expires_at = now() + interval '2 days'");
    JsonPath answer =
        ask(carol, "which production internal-pay keys expire this week?")
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getString("source")).isEqualTo("rules");
    assertThat(answer.getList("key_ids")).containsExactly(stripeSoon.toString());
    assertThat(answer.getString("filters.environment")).isEqualTo("production");
    assertThat(answer.getString("filters.service")).isEqualTo("internal-pay");
    assertThat(answer.getString("filters.expires_before")).isNotNull();
    assertThat(answer.getString("answer")).startsWith("1 key matches");
    assertThat(answer.getString("keys[0].name")).isEqualTo("pay soon");

    JsonPath tagged =
        ask(carol, "show keys tagged billing with health under 50").extract().jsonPath();
    assertThat(tagged.getList("key_ids")).isEmpty();
    set(stripeLater, "health_score = 40");
    assertThat(
            ask(carol, "show keys tagged billing with health under 50")
                .extract()
                .jsonPath()
                .getList("key_ids"))
        .containsExactly(stripeLater.toString());

    ask(carol, "").statusCode(400);
    ask(carol, "x".repeat(501)).statusCode(400);
    RestAssured.given()
        .auth()
        .oauth2(carol.accessToken())
        .contentType("application/json")
        .body(Map.of("question", "all keys", "user_id", dave.id().toString()))
        .post("/api/insights/query")
        .then()
        .statusCode(400);
  }

  @Test
  void advisoriesOfTheSdksOfTheCallersServicesBecomeInsightsAndOsvDownChangesNothing() {
    OsvStandIn.up();
    TestAccounts.Account erin = TestAccounts.create("ins-cve");
    UUID stripe = newKey(erin, "stripe", "stripe live");
    refresh(erin).statusCode(202);
    JsonPath cves = list(erin, "?type=vulnerable_sdk").extract().jsonPath();
    assertThat(cves.getInt("total")).isEqualTo(1);
    assertThat(cves.getString("items[0].cve_id")).isEqualTo("CVE-2022-31094");
    assertThat(cves.getString("items[0].severity")).isEqualTo("high");
    assertThat(cves.getString("items[0].description")).contains("GHSA-6qvp-r6r3-9p7h");
    assertThat(cves.getList("items[0].fixed_versions")).containsExactly("stripe 8.222.0");
    assertThat(cves.getList("items[0].key_ids")).containsExactly(stripe.toString());
    assertThat(
            PlatformTestResource.database()
                .query("SELECT count(*) AS n FROM insight_cve_cache WHERE package LIKE '%stripe%'"))
        .extracting(r -> ((Number) r.get("n")).intValue())
        .containsExactly(5);
    // A second refresh within the cache's time asks OSV nothing.
    int calls = OsvStandIn.server.getAllServeEvents().size();
    refresh(erin).statusCode(202);
    assertThat(OsvStandIn.server.getAllServeEvents()).hasSize(calls);

    // A twilio key, OSV down and the cache stale: no crash, the CVE insights stay as they were.
    UUID twilio = newKey(erin, "twilio", "twilio sms");
    OsvStandIn.down();
    PlatformTestResource.database()
        .execute("UPDATE insight_cve_cache SET fetched_at = now() - interval '2 days'");
    refresh(erin).statusCode(202);
    JsonPath during = list(erin, "?type=vulnerable_sdk").extract().jsonPath();
    assertThat(during.getList("items.cve_id")).containsExactly("CVE-2022-31094");
    assertThat(during.getList("items[0].key_ids")).containsExactly(stripe.toString());
    assertThat(list(erin, "?type=no_expiry").extract().jsonPath().getList("items[0].key_ids"))
        .contains(twilio.toString());

    // OSV back: the twilio advisory arrives (stripe's answer is fresh again in the cache).
    OsvStandIn.up();
    PlatformTestResource.database()
        .execute("UPDATE insight_cve_cache SET fetched_at = now() WHERE package LIKE '%stripe%'");
    refresh(erin).statusCode(202);
    JsonPath after = list(erin, "?type=vulnerable_sdk").extract().jsonPath();
    assertThat(after.getList("items.cve_id"))
        .containsExactlyInAnyOrder("CVE-2022-31094", "CVE-2023-99999");
  }
}
