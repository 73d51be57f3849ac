package pro.keyhaven.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static pro.keyhaven.monitoring.MonitoringApi.event;
import static pro.keyhaven.monitoring.MonitoringApi.events;
import static pro.keyhaven.monitoring.MonitoringApi.newKey;
import static pro.keyhaven.monitoring.MonitoringApi.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;

/** Usage reporting: who may report for which key, batch limits, bad events, rollups. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class IngestTests {

  static long count(String sql, Object... args) {
    return ((Number) PlatformTestResource.database().query(sql, args).get(0).get("n")).longValue();
  }

  @Test
  void anOwnersReportIsStoredRawAndRolledUpByHourAndDay() {
    TestAccounts.Account alice = TestAccounts.create("ingest-owner");
    UUID key = newKey(alice, "stripe");
    Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
    List<Map<String, Object>> batch = new ArrayList<>();
    batch.add(event(key, hour.plusSeconds(60), 40, 2));
    batch.add(event(key, hour.plusSeconds(1800), 60, 3));
    batch.add(event(key, hour.plusSeconds(3700), 5, 5));
    report(alice.accessToken(), batch).statusCode(202).body("accepted", equalTo(3));

    assertThat(count("SELECT count(*) AS n FROM usage_events WHERE key_id = ?", key)).isEqualTo(3);
    var hours =
        PlatformTestResource.database()
            .query("SELECT requests, errors FROM usage_hourly WHERE key_id = ? ORDER BY hour", key);
    assertThat(hours).hasSize(2);
    assertThat(((Number) hours.get(0).get("requests")).longValue()).isEqualTo(100);
    assertThat(((Number) hours.get(0).get("errors")).longValue()).isEqualTo(5);
    assertThat(count("SELECT sum(requests) AS n FROM usage_daily WHERE key_id = ?", key))
        .isEqualTo(105);
    assertThat(count("SELECT count(*) AS n FROM usage_networks WHERE key_id = ?", key))
        .isEqualTo(1);

    JsonPath usage =
        given()
            .auth()
            .oauth2(alice.accessToken())
            .queryParam("from", hour.minus(1, ChronoUnit.HOURS).toString())
            .queryParam("to", hour.plus(3, ChronoUnit.HOURS).toString())
            .queryParam("bucket", "hour")
            .get("/api/keys/" + key + "/usage")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(usage.getList("buckets")).hasSize(5);
    assertThat(usage.getLong("buckets[1].requests")).isEqualTo(100);
    assertThat(usage.getLong("buckets[1].errors")).isEqualTo(5);
    assertThat(usage.getLong("buckets[2].requests")).isEqualTo(5);
    assertThat(usage.getString("buckets[1].start")).isEqualTo(hour.toString());

    given()
        .auth()
        .oauth2(alice.accessToken())
        .queryParam("bucket", "day")
        .get("/api/keys/" + key + "/usage")
        .then()
        .statusCode(200)
        .body("buckets.requests.sum()", equalTo(105));
    given()
        .auth()
        .oauth2(alice.accessToken())
        .queryParam("bucket", "minute")
        .get("/api/keys/" + key + "/usage")
        .then()
        .statusCode(200)
        .body("buckets.size()", equalTo(60));
  }

  @Test
  void aBatchWithAnotherTenantsKeyIsRefusedWholeWith404() {
    TestAccounts.Account alice = TestAccounts.create("ingest-a");
    TestAccounts.Account mallory = TestAccounts.create("ingest-m");
    UUID mine = newKey(alice, "openai");
    UUID theirs = newKey(mallory, "openai");
    List<Map<String, Object>> batch = new ArrayList<>(events(mine, 3));
    batch.add(event(theirs, Instant.now().minusSeconds(30), 1, 0));
    report(alice.accessToken(), batch)
        .statusCode(404)
        .body("type", equalTo("NOT_FOUND"))
        .body("details.index", equalTo(3));
    // Nothing of the batch was stored, not even the events of the caller's own key.
    assertThat(count("SELECT count(*) AS n FROM usage_events WHERE key_id IN (?, ?)", mine, theirs))
        .isZero();
    // A key that does not exist answers the same.
    report(alice.accessToken(), events(UUID.randomUUID(), 1)).statusCode(404);
    // And another tenant cannot read the victim's usage either.
    given()
        .auth()
        .oauth2(alice.accessToken())
        .get("/api/keys/" + theirs + "/usage")
        .then()
        .statusCode(404);
  }

  @Test
  void aTeamViewerMayNotReportButAnEditorMay() {
    TestAccounts.Account owner = TestAccounts.create("ingest-team-owner");
    TestAccounts.Account viewer = TestAccounts.create("ingest-viewer");
    TestAccounts.Account editor = TestAccounts.create("ingest-editor");
    UUID team = UUID.randomUUID();
    UUID key = UUID.randomUUID();
    var db = PlatformTestResource.database();
    db.execute(
        "INSERT INTO teams (id, name, owner_id, public_key, protected_private_key)"
            + " VALUES (?, 'ops', ?, '\\x00', 'v1.AA.AA')",
        team,
        owner.id());
    for (var m :
        List.of(
            List.of(owner.id(), "admin"),
            List.of(viewer.id(), "viewer"),
            List.of(editor.id(), "editor"))) {
      db.execute(
          "INSERT INTO team_members (team_id, user_id, role, wrapped_team_key)"
              + " VALUES (?, ?, ?, 'v1.AA.AA')",
          team,
          m.get(0),
          m.get(1));
    }
    db.execute(
        "INSERT INTO api_keys (id, user_id, team_id, service, name, encrypted_value, iv,"
            + " environment) VALUES (?, ?, ?, 'aws', 'deploy', 'AAAAAAAAAAAAAAAAAAAAAAAA',"
            + " 'AAAAAAAAAAAAAAAA', 'production')",
        key,
        owner.id(),
        team);
    report(viewer.accessToken(), events(key, 1)).statusCode(404);
    report(editor.accessToken(), events(key, 2)).statusCode(202).body("accepted", equalTo(2));
    // A viewer still reads the usage (a short range: the test server stalls on big bodies).
    given()
        .auth()
        .oauth2(viewer.accessToken())
        .queryParam("bucket", "day")
        .queryParam("from", Instant.now().minus(3, ChronoUnit.DAYS).toString())
        .get("/api/keys/" + key + "/usage")
        .then()
        .statusCode(200);
  }

  @Test
  void batchesHoldOneToAThousandEvents() {
    TestAccounts.Account alice = TestAccounts.create("ingest-limits");
    UUID key = newKey(alice, "github");
    report(alice.accessToken(), events(key, 1000)).statusCode(202).body("accepted", equalTo(1000));
    report(alice.accessToken(), events(key, 1001))
        .statusCode(400)
        .body("code", equalTo("BATCH_TOO_LARGE"))
        .body("details.max_events", equalTo(1000));
    report(alice.accessToken(), List.of()).statusCode(400).body("code", equalTo("EVENTS_REQUIRED"));
    given()
        .auth()
        .oauth2(alice.accessToken())
        .contentType("application/json")
        .body("{}")
        .post("/api/usage")
        .then()
        .statusCode(400)
        .body("code", equalTo("EVENTS_REQUIRED"));
    assertThat(count("SELECT count(*) AS n FROM usage_events WHERE key_id = ?", key))
        .isEqualTo(1000);
  }

  @Test
  void everyBadFieldGetsA400NamingTheEventAndTheField() {
    TestAccounts.Account alice = TestAccounts.create("ingest-bad");
    UUID key = newKey(alice, "twilio");
    Instant now = Instant.now();
    Object[][] cases = {
      {"key_id", "not-a-uuid"},
      {"key_id", null},
      {"timestamp", "yesterday"},
      {"timestamp", null},
      {"timestamp", now.plus(1, ChronoUnit.HOURS).toString()},
      {"timestamp", now.minus(30, ChronoUnit.DAYS).toString()},
      {"endpoint", "x".repeat(256)},
      {"endpoint", "/a\nb"},
      {"response_code", 42},
      {"response_code", 600},
      {"request_count", 0},
      {"request_count", 1_000_001},
      {"error_count", -1},
      {"error_count", 5},
      {"source_ip", "999.1.1.1"},
      {"source_ip", "example.com"},
      {"key_version", 0},
    };
    for (Object[] c : cases) {
      List<Map<String, Object>> batch = new ArrayList<>(events(key, 2));
      Map<String, Object> bad = new java.util.HashMap<>(event(key, now.minusSeconds(10), 1, 0));
      bad.put((String) c[0], c[1]);
      batch.add(bad);
      report(alice.accessToken(), batch)
          .statusCode(400)
          .body("type", equalTo("VALIDATION"))
          .body("code", equalTo("INVALID_EVENT"))
          .body("details.index", equalTo(2))
          .body("details.field", equalTo(c[0]));
    }
    Map<String, Object> unknown = new java.util.HashMap<>(event(key, now, 1, 0));
    unknown.put("colour", "red");
    report(alice.accessToken(), List.of(unknown)).statusCode(400);
    assertThat(count("SELECT count(*) AS n FROM usage_events WHERE key_id = ?", key)).isZero();

    // The optional fields may be left out; an IPv6 address and a key version are accepted.
    Map<String, Object> minimal =
        Map.of(
            "key_id",
            key.toString(),
            "timestamp",
            now.minusSeconds(5).toString(),
            "source_ip",
            "2001:db8::1",
            "key_version",
            1);
    report(alice.accessToken(), List.of(minimal)).statusCode(202);
  }

  @Test
  void reportingNeedsAToken() {
    given()
        .contentType("application/json")
        .body(Map.of("events", events(UUID.randomUUID(), 1)))
        .post("/api/usage")
        .then()
        .statusCode(401);
  }
}
