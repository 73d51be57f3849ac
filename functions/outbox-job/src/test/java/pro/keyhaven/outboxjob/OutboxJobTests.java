package pro.keyhaven.outboxjob;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestDatabase;

/**
 * The outbox-job function driven by a raw EventBridge scheduled event, with Resend played by a
 * WireMock stand-in: the mails waiting in the outbox go out once each, with their outbox id as
 * Resend's idempotency key; a Resend outage leaves them pending for the next minute's run.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(ResendStandIn.class)
class OutboxJobTests {

  static TestDatabase db() {
    return PlatformTestResource.database();
  }

  /** A user with {@code n} notifications waiting in the outbox, as an area leaves them. */
  static Set<String> waitingMails(int n) {
    UUID user = UUID.randomUUID();
    db().execute(
            "INSERT INTO users (id, email, auth_verifier, auth_salt, argon2_memory_kib,"
                + " argon2_iterations, argon2_parallelism, kdf_iterations, kdf_salt,"
                + " protected_user_key, public_key, protected_private_key)"
                + " VALUES (?, ?, '\\x00', '\\x00', 19456, 2, 1, 600000, '\\x00', 'v1.AA.AA',"
                + " '\\x00', 'v1.AA.AA')",
            user,
            "outbox-" + user + "@example.com");
    for (int i = 0; i < n; i++) {
      UUID notification = UUID.randomUUID();
      db().execute(
              "INSERT INTO notifications (id, user_id, kind, title, body) VALUES (?, ?, 'expiry',"
                  + " ?, 'Replace it before it stops working.')",
              notification,
              user,
              "Key expires in 7 days: mail " + i);
      db().execute(
              "INSERT INTO notification_outbox (id, notification_id, user_id) VALUES (?, ?, ?)",
              UUID.randomUUID(),
              notification,
              user);
    }
    return db().query("SELECT id FROM notification_outbox WHERE user_id = ?", user).stream()
        .map(r -> r.get("id").toString())
        .collect(Collectors.toSet());
  }

  static JsonPath invoke() {
    Map<String, Object> event =
        Map.of(
            "version", "0",
            "id", "5c1e2a55-77a3-4b8e-9d64-0f1a3c0b9e11",
            "detail-type", "Scheduled Event",
            "source", "aws.events",
            "account", "123456789012",
            "time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            "region", "eu-west-1",
            "resources", List.of("arn:aws:events:eu-west-1:123456789012:rule/keyhaven-outbox-job"),
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

  static List<Map<String, Object>> rows(Set<String> ids) {
    return db().query(
            "SELECT id, status, transport FROM notification_outbox"
                + " WHERE id::text = ANY(string_to_array(?, ','))",
            String.join(",", ids));
  }

  @Test
  void aScheduledEventSendsWaitingMailOnceAndAnOutageWaitsForTheNextRun()
      throws InterruptedException {
    // Resend is down: nothing is sent, nothing is lost.
    ResendStandIn.server.resetAll();
    ResendStandIn.server.stubFor(
        post(urlEqualTo("/emails")).willReturn(aResponse().withStatus(503).withBody("{}")));
    Set<String> ids = waitingMails(3);
    JsonPath down = invoke();
    assertThat(down.getString("event_id")).isEqualTo("5c1e2a55-77a3-4b8e-9d64-0f1a3c0b9e11");
    assertThat(down.getInt("sent")).isZero();
    assertThat(rows(ids)).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("pending"));

    // Back up: the next run sends each mail once, keyed by its outbox id.
    ResendStandIn.server.resetAll();
    ResendStandIn.server.stubFor(
        post(urlEqualTo("/emails"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794\"}")));
    db().execute(
            "UPDATE notification_outbox SET next_attempt_at = now()"
                + " WHERE id::text = ANY(string_to_array(?, ','))",
            String.join(",", ids));
    // The next minute's run: the circuit breaker, opened by the outage, lets calls through again.
    Thread.sleep(300);
    JsonPath up = invoke();
    assertThat(up.getInt("sent")).isGreaterThanOrEqualTo(3);
    assertThat(rows(ids))
        .allSatisfy(
            r -> {
              assertThat(r.get("status")).isEqualTo("sent");
              assertThat(r.get("transport")).isEqualTo("resend");
            });
    for (String id : ids) {
      ResendStandIn.server.verify(
          1, postRequestedFor(urlEqualTo("/emails")).withHeader("Idempotency-Key", equalTo(id)));
    }
    ResendStandIn.server.verify(
        postRequestedFor(urlEqualTo("/emails"))
            .withHeader("Authorization", equalTo("Bearer " + ResendStandIn.API_KEY)));

    // A rerun finds nothing more to send.
    invoke();
    for (String id : ids) {
      ResendStandIn.server.verify(
          1, postRequestedFor(urlEqualTo("/emails")).withHeader("Idempotency-Key", equalTo(id)));
    }
  }

  @Test
  void anEventThatIsNotAScheduledEventIsRefusedAndSendsNothing() {
    ResendStandIn.server.resetAll();
    waitingMails(1);
    given()
        .contentType("application/json")
        .body(Map.of("detail-type", "Something else", "source", "aws.events"))
        .post()
        .then()
        .statusCode(500);
    assertThat(ResendStandIn.server.getAllServeEvents()).isEmpty();
  }
}
