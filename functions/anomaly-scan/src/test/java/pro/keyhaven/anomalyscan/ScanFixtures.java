package pro.keyhaven.anomalyscan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestDatabase;

/** Users, keys and three weeks of hourly usage written straight into the test database. */
final class ScanFixtures {

  private ScanFixtures() {}

  static TestDatabase db() {
    return PlatformTestResource.database();
  }

  static UUID user() {
    UUID id = UUID.randomUUID();
    db().execute(
            "INSERT INTO users (id, email, auth_verifier, auth_salt, argon2_memory_kib,"
                + " argon2_iterations, argon2_parallelism, kdf_iterations, kdf_salt,"
                + " protected_user_key, public_key, protected_private_key)"
                + " VALUES (?, ?, '\\x00', '\\x00', 19456, 2, 1, 600000, '\\x00', 'v1.AA.AA',"
                + " '\\x00', 'v1.AA.AA')",
            id,
            "scan-" + id + "@example.com");
    return id;
  }

  /** {@code count} production keys of {@code owner}, each with 21 days of ~100 requests/hour. */
  static List<UUID> keysWithHistory(UUID owner, int count) {
    List<UUID> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(UUID.randomUUID());
    }
    Instant currentHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
    for (UUID k : keys) {
      db().execute(
              "INSERT INTO api_keys (id, user_id, service, name, encrypted_value, iv, environment,"
                  + " created_at) VALUES (?, ?, 'stripe', 'payments', 'AAAAAAAAAAAAAAAAAAAAAAAA',"
                  + " 'AAAAAAAAAAAAAAAA', 'production', now() - interval '30 days')",
              k,
              owner);
    }
    db().execute(
            "INSERT INTO usage_hourly (key_id, hour, requests, errors)"
                + " SELECT k, h, 100 + (extract(epoch FROM h)::bigint / 3600) % 7, 1"
                + " FROM unnest(?::uuid[]) AS k,"
                + " generate_series(?::timestamptz - interval '21 days', ?::timestamptz - interval"
                + " '2 hours', interval '1 hour') AS h",
            keys.toArray(new UUID[0]),
            java.sql.Timestamp.from(currentHour),
            java.sql.Timestamp.from(currentHour));
    db().execute(
            "INSERT INTO usage_networks (key_id, network, sample_ip, first_seen, last_seen)"
                + " SELECT k, '10.1.2.0/24', '10.1.2.3', now() - interval '21 days', now()"
                + " FROM unnest(?::uuid[]) AS k",
            (Object) keys.toArray(new UUID[0]));
    return keys;
  }

  /** A spike in the last complete hour: 2,000 requests where about 100 are usual. */
  static void spike(List<UUID> keys) {
    Instant lastHour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
    db().execute(
            "INSERT INTO usage_hourly (key_id, hour, requests, errors)"
                + " SELECT k, ?, 2000, 2 FROM unnest(?::uuid[]) AS k",
            java.sql.Timestamp.from(lastHour),
            keys.toArray(new UUID[0]));
  }

  static List<Map<String, Object>> anomalies(UUID key) {
    return db().query(
            "SELECT kind, severity, description, fingerprint FROM anomalies WHERE key_id = ?"
                + " ORDER BY kind",
            key);
  }

  static Map<String, Object> scheduledEvent() {
    return Map.of(
        "version", "0",
        "id", "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
        "detail-type", "Scheduled Event",
        "source", "aws.events",
        "account", "123456789012",
        "time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        "region", "eu-west-1",
        "resources", List.of("arn:aws:events:eu-west-1:123456789012:rule/keyhaven-anomaly-scan"),
        "detail", Map.of());
  }
}
