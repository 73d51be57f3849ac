package pro.keyhaven.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static pro.keyhaven.monitoring.MonitoringApi.newKey;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;

/** Health with its factors, rotation schedules, and the anomalies list with resolve. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class HealthAndAnomaliesTests {

  static JsonPath health(TestAccounts.Account who, UUID key) {
    return given()
        .auth()
        .oauth2(who.accessToken())
        .get("/api/keys/" + key + "/health")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static int keyBodyScore(TestAccounts.Account who, UUID key) {
    return given()
        .auth()
        .oauth2(who.accessToken())
        .get("/api/keys/" + key)
        .then()
        .statusCode(200)
        .extract()
        .path("health_score");
  }

  static int impact(JsonPath health, String factor) {
    return health.getInt("factors.find { it.name == '" + factor + "' }.impact");
  }

  static UUID anomaly(UUID key, String kind, String severity, String fingerprint) {
    UUID id = UUID.randomUUID();
    PlatformTestResource.database()
        .execute(
            "INSERT INTO anomalies (id, key_id, kind, severity, description, fingerprint)"
                + " VALUES (?, ?, ?, ?, '412 requests between 03:00 and 04:00 UTC', ?)",
            id,
            key,
            kind,
            severity,
            fingerprint);
    return id;
  }

  @Test
  void healthListsItsFactorsAndTheKeyBodyShowsTheSameScore() {
    TestAccounts.Account alice = TestAccounts.create("health");
    UUID key = newKey(alice, "stripe"); // production, no schedule
    JsonPath h = health(alice, key);
    assertThat(h.getList("factors.name"))
        .containsExactly(
            "age",
            "rotation_overdue",
            "expiry",
            "exposure",
            "open_anomalies",
            "environment",
            "unused_90_days");
    assertThat(impact(h, "environment")).isEqualTo(-10);
    assertThat(h.getInt("score")).isEqualTo(90);
    assertThat(keyBodyScore(alice, key)).isEqualTo(90);

    // A schedule lifts the environment factor; the key body follows.
    given()
        .auth()
        .oauth2(alice.accessToken())
        .contentType("application/json")
        .body(Map.of("interval_days", 30, "mode", "remind"))
        .put("/api/keys/" + key + "/rotation-schedule")
        .then()
        .statusCode(200)
        .body("interval_days", equalTo(30))
        .body("mode", equalTo("remind"))
        .body("next_due_at", org.hamcrest.Matchers.notNullValue());
    JsonPath after = health(alice, key);
    assertThat(impact(after, "environment")).isZero();
    assertThat(after.getInt("score")).isEqualTo(100);
    assertThat(keyBodyScore(alice, key)).isEqualTo(100);
    var stored =
        PlatformTestResource.database()
            .query("SELECT rotation_schedule::text AS s, version FROM api_keys WHERE id = ?", key);
    assertThat((String) stored.get(0).get("s")).contains("\"interval_days\": 30");
    assertThat(stored.get(0).get("version")).isEqualTo(2);

    // An open critical anomaly costs 30 until it is resolved.
    UUID found = anomaly(key, "use_after_expiry", "critical", "expiry:1");
    assertThat(impact(health(alice, key), "open_anomalies")).isEqualTo(-30);
    given()
        .auth()
        .oauth2(alice.accessToken())
        .post("/api/anomalies/" + found + "/resolve")
        .then()
        .statusCode(200)
        .body("status", equalTo("resolved"));
    assertThat(keyBodyScore(alice, key)).isEqualTo(100);
  }

  @Test
  void badSchedulesAre400AndStrangersGet404() {
    TestAccounts.Account alice = TestAccounts.create("schedule");
    TestAccounts.Account mallory = TestAccounts.create("schedule-m");
    UUID key = newKey(alice, "openai");
    for (Map<String, Object> bad :
        new Map[] {
          Map.of("interval_days", 0, "mode", "remind"),
          Map.of("interval_days", 4000, "mode", "remind"),
          Map.of("interval_days", 30, "mode", "sometimes"),
          Map.of("interval_days", 30, "mode", "auto", "provider", "Not Valid"),
          Map.of("mode", "remind")
        }) {
      given()
          .auth()
          .oauth2(alice.accessToken())
          .contentType("application/json")
          .body(bad)
          .put("/api/keys/" + key + "/rotation-schedule")
          .then()
          .statusCode(400)
          .body("type", equalTo("VALIDATION"));
    }
    given()
        .auth()
        .oauth2(mallory.accessToken())
        .contentType("application/json")
        .body(Map.of("interval_days", 30, "mode", "remind"))
        .put("/api/keys/" + key + "/rotation-schedule")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(mallory.accessToken())
        .get("/api/keys/" + key + "/health")
        .then()
        .statusCode(404);
  }

  @Test
  void anomaliesListOnlyTheCallersKeysAndResolveIsScoped() {
    TestAccounts.Account alice = TestAccounts.create("anomalies-a");
    TestAccounts.Account mallory = TestAccounts.create("anomalies-m");
    UUID mine = newKey(alice, "github");
    UUID theirs = newKey(mallory, "github");
    UUID a1 = anomaly(mine, "request_spike", "medium", "hour:1");
    anomaly(mine, "new_source_network", "high", "net:198.51.100.0/24");
    UUID other = anomaly(theirs, "request_spike", "high", "hour:2");

    JsonPath page =
        given()
            .auth()
            .oauth2(alice.accessToken())
            .queryParam("status", "open")
            .get("/api/anomalies")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getLong("total")).isEqualTo(2);
    assertThat(page.getList("items.key_id")).containsOnly(mine.toString());
    assertThat(page.getString("items[0].description")).contains("412 requests");

    given()
        .auth()
        .oauth2(alice.accessToken())
        .post("/api/anomalies/" + other + "/resolve")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(alice.accessToken())
        .post("/api/anomalies/" + a1 + "/resolve")
        .then()
        .statusCode(200)
        .body("status", equalTo("resolved"))
        .body("resolved_at", org.hamcrest.Matchers.notNullValue());
    given()
        .auth()
        .oauth2(alice.accessToken())
        .queryParam("status", "resolved")
        .get("/api/anomalies")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(a1.toString()));
    given()
        .auth()
        .oauth2(alice.accessToken())
        .queryParam("status", "closed")
        .get("/api/anomalies")
        .then()
        .statusCode(400);
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT count(*) AS n FROM audit_logs WHERE action = 'anomaly.resolve'"
                        + " AND resource_id = ?",
                    a1.toString())
                .get(0)
                .get("n"))
        .isEqualTo(1L);
  }
}
