package pro.keyhaven.rotationjob;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import pro.keyhaven.monitoring.reminders.ReminderReport;
import pro.keyhaven.monitoring.reminders.Reminders;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestDatabase;

/**
 * The rotation-job function driven by a raw EventBridge scheduled event: due rotations and expiries
 * become in-app notifications for the people responsible, once each, however many runs overlap.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RotationJobTests {

  @Inject Reminders reminders;

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
            "job-" + id + "@example.com");
    return id;
  }

  static UUID key(UUID owner, UUID team, String name, String expiresIn) {
    UUID id = UUID.randomUUID();
    db().execute(
            "INSERT INTO api_keys (id, user_id, team_id, service, name, encrypted_value, iv,"
                + " environment, expires_at) VALUES (?, ?, ?, 'openai', ?,"
                + " 'AAAAAAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAA', 'production',"
                + " now() + CAST(? AS interval))",
            id,
            owner,
            team,
            name,
            expiresIn);
    return id;
  }

  static void policy(UUID key, String dueIn) {
    db().execute(
            "INSERT INTO rotation_policies (key_id, interval_days, mode, next_due_at)"
                + " VALUES (?, 30, 'remind', now() + CAST(? AS interval))",
            key,
            dueIn);
  }

  static List<Map<String, Object>> notices(UUID user) {
    return db().query(
            "SELECT kind, title, body FROM notifications WHERE user_id = ? ORDER BY kind, title",
            user);
  }

  static JsonPath invoke() {
    Map<String, Object> event =
        Map.of(
            "version", "0",
            "id", "7bf73129-1428-4cd3-a780-95db273d1602",
            "detail-type", "Scheduled Event",
            "source", "aws.events",
            "account", "123456789012",
            "time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            "region", "eu-west-1",
            "resources",
                List.of("arn:aws:events:eu-west-1:123456789012:rule/keyhaven-rotation-job"),
            "detail", Map.of());
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
  void aScheduledEventRemindsOfDueRotationsAndExpiriesOnce() {
    UUID alice = user();
    UUID due = key(alice, null, "payments", "400 days");
    policy(due, "3 days");
    UUID overdue = key(alice, null, "search", "400 days");
    policy(overdue, "-2 days");
    UUID later = key(alice, null, "mail", "400 days");
    policy(later, "20 days");
    key(alice, null, "maps", "5 days");
    key(alice, null, "sms", "200 days");

    JsonPath out = invoke();
    assertThat(out.getString("event_id")).isEqualTo("7bf73129-1428-4cd3-a780-95db273d1602");
    // The same run advances managed rotations (none are set up here: functions/rotation tests
    // them).
    assertThat(out.getMap(""))
        .containsKeys(
            "rotations_started",
            "old_credentials_revoked",
            "rotations_retried",
            "rotations_interrupted");
    List<Map<String, Object>> got = notices(alice);
    assertThat(got)
        .extracting(r -> r.get("title"))
        .containsExactlyInAnyOrder(
            "Rotation due soon: payments (openai)",
            "Rotation overdue: search (openai)",
            "Key expires in 4 days: maps (openai)");
    assertThat(got).extracting(r -> (String) r.get("body")).anyMatch(b -> b.contains("is overdue"));

    // The next hourly run has nothing new to say.
    invoke();
    assertThat(notices(alice)).hasSize(3);

    // Later the same expiry is less than a day away: the next stage is sent, once.
    db().execute(
            "UPDATE api_keys SET expires_at = now() + interval '12 hours',"
                + " expiry_reminded_for = now() + interval '12 hours' WHERE name = 'maps' AND user_id = ?",
            alice);
    invoke();
    assertThat(notices(alice))
        .extracting(r -> (String) r.get("title"))
        .contains("Key expires within a day: maps (openai)")
        .hasSize(4);
  }

  @Test
  void aTeamKeysRemindersGoToItsAdminsAndEditorsOnly() {
    UUID owner = user();
    UUID editor = user();
    UUID viewer = user();
    UUID team = UUID.randomUUID();
    db().execute(
            "INSERT INTO teams (id, name, owner_id, public_key, protected_private_key)"
                + " VALUES (?, 'ops', ?, '\\x00', 'v1.AA.AA')",
            team,
            owner);
    for (Object[] m : new Object[][] {{owner, "admin"}, {editor, "editor"}, {viewer, "viewer"}}) {
      db().execute(
              "INSERT INTO team_members (team_id, user_id, role, wrapped_team_key)"
                  + " VALUES (?, ?, ?, 'v1.AA.AA')",
              team,
              m[0],
              m[1]);
    }
    policy(key(owner, team, "deploy", "400 days"), "1 day");
    invoke();
    assertThat(notices(owner)).hasSize(1);
    assertThat(notices(editor)).hasSize(1);
    assertThat(notices(viewer)).isEmpty();
  }

  @Test
  void overlappingRunsSendEachReminderOnce() throws Exception {
    UUID alice = user();
    for (int i = 0; i < 40; i++) {
      policy(key(alice, null, "k" + i, "2 days"), "1 day");
    }
    CompletableFuture<ReminderReport> a = reminders.run().subscribeAsCompletionStage();
    CompletableFuture<ReminderReport> b = reminders.run().subscribeAsCompletionStage();
    ReminderReport ra = a.get();
    ReminderReport rb = b.get();
    assertThat(ra.rotationReminders() + rb.rotationReminders()).isGreaterThanOrEqualTo(40);
    // 40 rotation reminders and 40 expiry reminders, no more.
    assertThat(notices(alice)).hasSize(80);
    assertThat(notices(alice).stream().filter(r -> r.get("kind").equals("expiry")).count())
        .isEqualTo(40);
  }
}
