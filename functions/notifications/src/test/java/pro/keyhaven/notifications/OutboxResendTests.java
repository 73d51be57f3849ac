package pro.keyhaven.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.OutboxSender.Drained;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * The outbox against a Resend stand-in: Resend down for a while delays mail but loses none and
 * sends none twice; retries carry the outbox id as Resend's idempotency key.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(OutboxResendTests.WithResend.class)
class OutboxResendTests {

  /** Resend configured; the circuit breaker waits only a moment before it tries again. */
  public static class WithResend implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> c = new HashMap<>();
      c.put(
          "quarkus.fault-tolerance.\"pro.keyhaven.shared.notify.ResendTransport/send\".circuit-breaker.delay",
          "200");
      c.put(
          "quarkus.fault-tolerance.\"pro.keyhaven.shared.notify.ResendTransport/send\".retry.delay",
          "10");
      c.put(
          "quarkus.fault-tolerance.\"pro.keyhaven.shared.notify.ResendTransport/send\".retry.jitter",
          "0");
      c.put("keyhaven.notify.outbox.batch-size", "4");
      return c;
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(ResendStandIn.class));
    }
  }

  private static final String OK = "{\"id\":\"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794\"}";

  @BeforeEach
  void quietOutbox() {
    // Each test sees only its own mail.
    PlatformTestResource.database()
        .execute("UPDATE notification_outbox SET status = 'skipped' WHERE status = 'pending'");
    ResendStandIn.server.resetAll();
  }

  private static void resendAnswers(int status, String body) {
    ResendStandIn.server.stubFor(
        post(urlEqualTo("/emails"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private static void everythingDue() {
    PlatformTestResource.database()
        .execute(
            "UPDATE notification_outbox SET next_attempt_at = now() - interval '1 second'"
                + " WHERE status = 'pending'");
  }

  private static List<Map<String, Object>> outbox(UUID user) {
    return PlatformTestResource.database()
        .query(
            "SELECT id, status, attempts, last_error, transport, sent_at, next_attempt_at,"
                + " action_url FROM notification_outbox WHERE user_id = ? ORDER BY created_at",
            user);
  }

  private static List<ServeEvent> requests() {
    return ResendStandIn.server.getAllServeEvents();
  }

  private static String key(ServeEvent e) {
    return e.getRequest().getHeader("Idempotency-Key");
  }

  @Test
  void resendDownForAWhileDelaysMailButEachIsSentExactlyOnce() throws Exception {
    Account a = TestAccounts.create("outage");
    for (int i = 1; i <= 6; i++) {
      Notify.notify(
          a.id(),
          NotificationKind.ROTATION_DUE,
          "Key 'openai prod " + i + "' is due for rotation",
          "Its rotation policy says every 90 days. Rotate it from the vault.");
    }
    resendAnswers(
        503, "{\"statusCode\":503,\"name\":\"internal_server_error\",\"message\":\"down\"}");

    Drained first = Notify.drain();
    assertThat(first.sent()).isZero();
    assertThat(first.retrying()).isEqualTo(6);
    List<Map<String, Object>> rows = outbox(a.id());
    assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("pending"));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("last_error")).isNotNull());
    assertThat(rows).anySatisfy(r -> assertThat((Integer) r.get("attempts")).isEqualTo(1));
    int failedCalls = requests().size();
    // The breaker opened: far fewer calls than 6 mails x 3 tries.
    assertThat(failedCalls).isLessThan(18).isGreaterThan(0);
    // Nothing is due yet: the backoff holds the rows back.
    assertThat(Notify.drain().total()).isZero();

    // Still down a while longer.
    everythingDue();
    Thread.sleep(250);
    assertThat(Notify.drain().sent()).isZero();

    // Resend recovers.
    ResendStandIn.server.resetAll();
    resendAnswers(200, OK);
    int sent = 0;
    for (int round = 0; round < 20 && sent < 6; round++) {
      Thread.sleep(250);
      everythingDue();
      sent += Notify.drain().sent();
    }
    assertThat(sent).isEqualTo(6);
    rows = outbox(a.id());
    assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("sent"));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("transport")).isEqualTo("resend"));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("sent_at")).isNotNull());

    // Once each: every outbox id was accepted exactly once, with itself as idempotency key.
    Set<String> ids = rows.stream().map(r -> r.get("id").toString()).collect(Collectors.toSet());
    Map<String, Long> accepted =
        requests().stream()
            .filter(e -> e.getResponse().getStatus() == 200)
            .collect(Collectors.groupingBy(OutboxResendTests::key, Collectors.counting()));
    assertThat(accepted.keySet()).isEqualTo(ids);
    assertThat(accepted.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
    assertThat(requests())
        .allSatisfy(
            e -> {
              assertThat(e.getRequest().getHeader("Authorization"))
                  .isEqualTo("Bearer " + ResendStandIn.API_KEY);
              assertThat(e.getRequest().getBodyAsString())
                  .contains("is due for rotation")
                  .contains("Rotate it from the vault")
                  .contains(a.email())
                  .contains("https://app.keyhaven.test/settings");
            });

    // A later drain sends nothing again.
    int before = requests().size();
    everythingDue();
    assertThat(Notify.drain().total()).isZero();
    assertThat(requests()).hasSize(before);
  }

  @Test
  void aLostAnswerIsRetriedWithTheSameIdempotencyKey() {
    Account a = TestAccounts.create("lost");
    Notify.notify(a.id(), NotificationKind.LEAK, "Key 'github ci' leaked", "Revoke it now.");
    // Resend takes the mail but the connection drops before its answer; then it answers.
    ResendStandIn.server.stubFor(
        post(urlEqualTo("/emails"))
            .inScenario("lost answer")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("answering"));
    ResendStandIn.server.stubFor(
        post(urlEqualTo("/emails"))
            .inScenario("lost answer")
            .whenScenarioStateIs("answering")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(OK)));

    Drained d = Notify.drain();
    assertThat(d.sent()).isEqualTo(1);
    String id = outbox(a.id()).get(0).get("id").toString();
    assertThat(requests()).hasSize(2).allSatisfy(e -> assertThat(key(e)).isEqualTo(id));
  }

  @Test
  void twoSendersSideBySideNeverTakeTheSameMail() throws Exception {
    Account a = TestAccounts.create("race");
    for (int i = 0; i < 12; i++) {
      Notify.notify(a.id(), NotificationKind.EXPIRY, "Key 'twilio " + i + "' expires", "Renew it.");
    }
    resendAnswers(200, OK);
    CompletableFuture<Drained> one = CompletableFuture.supplyAsync(Notify::drain);
    CompletableFuture<Drained> two = CompletableFuture.supplyAsync(Notify::drain);
    int sent = one.get().sent() + two.get().sent();
    assertThat(sent).isEqualTo(12);
    Map<String, Long> perKey =
        requests().stream()
            .collect(Collectors.groupingBy(OutboxResendTests::key, Collectors.counting()));
    assertThat(perKey).hasSize(12);
    assertThat(perKey.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
  }

  @Test
  void aMailTheUserTurnedOffIsNotSentButSecurityMailsAlwaysAre() {
    Account a = TestAccounts.create("optout");
    TestAccountsApi.put(a, Map.of("email", Map.of("anomaly", false)));
    Notify.notify(a.id(), NotificationKind.ANOMALY, "Unusual use of 'stripe live'", "Check it.");
    Notify.notify(
        a.id(),
        NotificationKind.EMAIL_VERIFICATION,
        "Confirm your e-mail address",
        "Open the link to confirm this address.",
        "https://app.keyhaven.test/verify?token=one-time-abc");
    resendAnswers(200, OK);

    Drained d = Notify.drain();
    assertThat(d.sent()).isEqualTo(1);
    assertThat(d.skipped()).isEqualTo(1);
    assertThat(requests()).hasSize(1);
    assertThat(requests().get(0).getRequest().getBodyAsString())
        .contains("Confirm your e-mail address")
        .contains("https://app.keyhaven.test/verify?token=one-time-abc");
    Map<String, Map<String, Object>> byStatus =
        outbox(a.id()).stream()
            .collect(Collectors.toMap(r -> (String) r.get("status"), Function.identity()));
    assertThat(byStatus.get("skipped").get("last_error"))
        .isEqualTo("the user turned this mail off");
    // The one-time link is not kept once the mail is out.
    assertThat(byStatus.get("sent").get("action_url")).isNull();
    // The in-app notification is there either way.
    assertThat(NotificationsTests.countRows("notifications", a.id())).isEqualTo(2);
  }

  @Test
  void aMailResendRefusesIsGivenUpAtOnceNotRetried() {
    Account a = TestAccounts.create("refused");
    Notify.notify(a.id(), NotificationKind.TEAM_INVITE, "You were added to 'Platform'", "Open it.");
    resendAnswers(
        422,
        "{\"statusCode\":422,\"name\":\"validation_error\",\"message\":\"Invalid `to` field.\"}");

    Drained d = Notify.drain();
    assertThat(d.failed()).isEqualTo(1);
    assertThat(requests()).hasSize(1);
    Map<String, Object> row = outbox(a.id()).get(0);
    assertThat(row.get("status")).isEqualTo("failed");
    assertThat(row.get("last_error")).isEqualTo("Resend refused the mail: HTTP 422");
    everythingDue();
    assertThat(Notify.drain().total()).isZero();
  }
}
