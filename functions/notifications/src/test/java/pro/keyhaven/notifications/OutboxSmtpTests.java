package pro.keyhaven.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.OutboxSender.Drained;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/** Self-hosted mail: the outbox delivers through a real SMTP server, plain text and HTML. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(OutboxSmtpTests.WithSmtp.class)
class OutboxSmtpTests {

  /** An SMTP host configured, no Resend key. */
  public static class WithSmtp implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(SmtpStandIn.class));
    }
  }

  @Test
  void aNotificationArrivesByMailOnceInTextAndHtml() throws Exception {
    Account a = TestAccounts.create("smtp");
    Notify.notify(
        a.id(),
        NotificationKind.ANOMALY,
        "Unusual use of 'stripe live' <checkout>",
        "Calls from 3 new countries in an hour.\n\nCheck its usage and rotate it if in doubt.");

    Drained d = Notify.drain();
    assertThat(d.sent()).isEqualTo(1);
    assertThat(SmtpStandIn.server.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage[] received = SmtpStandIn.server.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage m = received[0];
    assertThat(m.getSubject()).isEqualTo("KeyHaven: Unusual use of 'stripe live' <checkout>");
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo(a.email());
    assertThat(m.getFrom()[0].toString()).contains("alerts@keyhaven.test");
    String raw = new String(m.getRawInputStream().readAllBytes());
    String whole = com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(m);
    assertThat(whole).contains("text/plain").contains("text/html");
    assertThat(whole).contains("Check its usage and rotate it if in doubt.");
    // The HTML part escapes what the notification says.
    assertThat(whole).contains("&lt;checkout&gt;");
    assertThat(raw).isNotEmpty();

    Map<String, Object> row =
        PlatformTestResource.database()
            .query(
                "SELECT status, transport, provider_message_id FROM notification_outbox"
                    + " WHERE user_id = ?",
                a.id())
            .get(0);
    assertThat(row.get("status")).isEqualTo("sent");
    assertThat(row.get("transport")).isEqualTo("smtp");
    assertThat(m.getMessageID()).isEqualTo(row.get("provider_message_id"));

    // Drained once, delivered once.
    assertThat(Notify.drain().total()).isZero();
    assertThat(SmtpStandIn.server.getReceivedMessages()).hasSize(1);
  }
}
