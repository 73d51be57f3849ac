package pro.keyhaven.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.OutboxSender.Drained;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/** A bare start has no mail configured: notifications stay in-app and the outbox lets them be. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class InAppOnlyTests {

  @Test
  void withoutMailConfiguredTheOutboxSkipsAndTheNotificationStays() {
    Account a = TestAccounts.create("bare");
    Notify.notify(a.id(), NotificationKind.NEW_DEVICE, "New sign-in from Firefox", "Was it you?");
    Drained d = Notify.drain();
    assertThat(d.skipped()).isGreaterThanOrEqualTo(1);
    assertThat(d.sent()).isZero();
    Map<String, Object> row =
        PlatformTestResource.database()
            .query("SELECT status, last_error FROM notification_outbox WHERE user_id = ?", a.id())
            .get(0);
    assertThat(row.get("status")).isEqualTo("skipped");
    assertThat(row.get("last_error")).isEqualTo("no e-mail transport configured");
    assertThat(NotificationsTests.countRows("notifications", a.id())).isEqualTo(1);
  }
}
