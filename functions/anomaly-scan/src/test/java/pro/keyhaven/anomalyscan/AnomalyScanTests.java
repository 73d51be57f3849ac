package pro.keyhaven.anomalyscan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static pro.keyhaven.anomalyscan.ScanFixtures.anomalies;
import static pro.keyhaven.anomalyscan.ScanFixtures.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import pro.keyhaven.monitoring.scan.AnomalyScan;
import pro.keyhaven.monitoring.scan.ScanReport;
import pro.keyhaven.testsupport.PlatformTestResource;

/**
 * The anomaly-scan function driven as Lambda drives it, with a raw EventBridge scheduled event; and
 * two scans at once, which must split the keys between them and raise each anomaly once.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AnomalyScanTests {

  @Inject AnomalyScan scan;

  static JsonPath invoke(Map<String, Object> event) {
    return given()
        .contentType("application/json")
        .accept("application/json")
        .body(event)
        .post()
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aScheduledEventRunsTheScanWhichExplainsASpikeAndANewNetworkOnce() {
    UUID owner = ScanFixtures.user();
    List<UUID> keys = ScanFixtures.keysWithHistory(owner, 1);
    UUID key = keys.get(0);
    ScanFixtures.spike(keys);
    db().execute(
            "INSERT INTO usage_networks (key_id, network, sample_ip, first_seen, last_seen)"
                + " VALUES (?, '198.51.100.0/24', '198.51.100.77', now() - interval '20 minutes',"
                + " now())",
            key);

    JsonPath out = invoke(ScanFixtures.scheduledEvent());
    assertThat(out.getString("event_id")).isEqualTo("53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa");
    assertThat(out.getInt("keys")).isGreaterThanOrEqualTo(1);
    assertThat(out.getInt("insights_users")).isGreaterThanOrEqualTo(1);
    // The run refreshed the owner's insights: the open anomalies are one of them.
    assertThat(
            db().query(
                    "SELECT key_ids::text AS k FROM insights WHERE user_id = ? AND type = 'open_anomalies'",
                    owner))
        .extracting(r -> (String) r.get("k"))
        .singleElement()
        .asString()
        .contains(key.toString());

    List<Map<String, Object>> found = anomalies(key);
    assertThat(found)
        .extracting(r -> r.get("kind"))
        .containsExactly("new_source_network", "request_spike");
    String spike = (String) found.get(1).get("description");
    assertThat(spike)
        .matches(
            "2000 requests between \\d\\d:00 and \\d\\d:00 UTC, \\d+× the usual for a \\w+ \\w+ \\(about 10\\d\\)");
    assertThat((String) found.get(0).get("description"))
        .contains("198.51.100.77")
        .contains("1 known network");

    // The key's health now counts the open anomalies.
    Integer score =
        (Integer)
            db().query("SELECT health_score FROM api_keys WHERE id = ?", key)
                .get(0)
                .get("health_score");
    assertThat(score).isLessThan(90);
    // The owner was told about the high-severity one.
    assertThat(db().query("SELECT title FROM notifications WHERE user_id = ?", owner))
        .extracting(r -> r.get("title"))
        .contains("Unusual use of a key: new source network");
    // ...and each notice goes out by e-mail too, through the outbox, once. (The spike is high
    // severity too at some hours of the week, depending on when the test runs: then two notices.)
    int notices =
        db().query("SELECT id FROM notifications WHERE user_id = ? AND kind = 'anomaly'", owner)
            .size();
    assertThat(notices).isBetween(1, 2);
    assertThat(
            db().query(
                    "SELECT o.id FROM notification_outbox o JOIN notifications n"
                        + " ON n.id = o.notification_id WHERE n.user_id = ? AND n.kind = 'anomaly'",
                    owner))
        .hasSize(notices);

    // A second run (the key is due again) raises nothing new.
    db().execute(
            "UPDATE key_scan_state SET next_scan_at = now() - interval '1 minute', scanned_through = scanned_through - interval '3 hours' WHERE key_id = ?",
            key);
    invoke(ScanFixtures.scheduledEvent());
    assertThat(anomalies(key)).hasSize(2);
  }

  @Test
  void somethingOtherThanAScheduledEventIsRefused() {
    given()
        .contentType("application/json")
        .body(Map.of("detail-type", "Object Created", "source", "aws.s3"))
        .post()
        .then()
        .statusCode(500);
  }

  @Test
  void twoOverlappingScansSplitTheKeysAndRaiseEachAnomalyOnce() throws Exception {
    UUID owner = ScanFixtures.user();
    List<UUID> keys = ScanFixtures.keysWithHistory(owner, 200);
    ScanFixtures.spike(keys);
    db().execute("UPDATE key_scan_state SET next_scan_at = now() + interval '1 hour'");

    CompletableFuture<ScanReport> a = scan.run().subscribeAsCompletionStage();
    CompletableFuture<ScanReport> b = scan.run().subscribeAsCompletionStage();
    ScanReport ra = a.get();
    ScanReport rb = b.get();

    // Every key judged exactly once between the two runs (other tests' keys are not due).
    assertThat(ra.keys() + rb.keys()).isEqualTo(200);
    assertThat(ra.anomalies() + rb.anomalies()).isEqualTo(200);
    long spikes =
        (Long)
            db().query(
                    "SELECT count(*) AS n FROM anomalies WHERE kind = 'request_spike'"
                        + " AND key_id = ANY(?)",
                    (Object) keys.toArray(new UUID[0]))
                .get(0)
                .get("n");
    assertThat(spikes).isEqualTo(200);
    assertThat(
            db().query(
                    "SELECT count(*) AS n FROM key_scan_state WHERE key_id = ANY(?)"
                        + " AND scanned_through IS NOT NULL",
                    (Object) keys.toArray(new UUID[0]))
                .get(0)
                .get("n"))
        .isEqualTo(200L);
  }

  /** In AWS the scan job is what links new audit entries into their hash chains. */
  @Test
  void theScheduledRunSealsPendingAuditEntries() {
    UUID tenant = ScanFixtures.user();
    UUID entry = UUID.randomUUID();
    db().execute(
            "INSERT INTO audit_logs (id, tenant_id, user_id, action, resource, metadata, timestamp)"
                + " VALUES (?, ?, ?, 'key.read', 'api_key', '{}'::jsonb, now())",
            entry,
            tenant,
            tenant);
    invoke(ScanFixtures.scheduledEvent());
    Map<String, Object> row =
        db().query("SELECT chain_index, hash FROM audit_logs WHERE id = ?", entry).get(0);
    assertThat(row.get("chain_index")).isNotNull();
    assertThat(row.get("hash")).isNotNull();
  }
}
