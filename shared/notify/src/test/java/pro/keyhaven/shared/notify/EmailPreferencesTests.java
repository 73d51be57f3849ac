package pro.keyhaven.shared.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which mails a user's switches let through. */
class EmailPreferencesTests {

  @Test
  void everyMailIsOnUntilTurnedOff() {
    EmailPreferences p = EmailPreferences.of(Map.of("theme", "dark"));
    assertThat(p).isEqualTo(EmailPreferences.ALL_ON);
    assertThat(Arrays.stream(NotificationKind.values())).allMatch(p::allows);
  }

  @Test
  void aSwitchTurnsOffEveryKindItGoverns() {
    EmailPreferences p =
        EmailPreferences.of(
            Map.of(
                "notifications",
                Map.of("email", Map.of("rotation_due", false, "team", false, "leak", true))));
    Set<NotificationKind> off =
        Arrays.stream(NotificationKind.values())
            .filter(k -> !p.allows(k))
            .collect(Collectors.toSet());
    assertThat(off)
        .containsExactlyInAnyOrder(
            NotificationKind.ROTATION_DUE,
            NotificationKind.ROTATION_FAILED,
            NotificationKind.ROTATION_DONE,
            NotificationKind.TEAM_INVITE,
            NotificationKind.TEAM_CONFIRMATION);
  }

  @Test
  void paymentVerificationAndNewDeviceMailsCannotBeTurnedOff() {
    EmailPreferences none = new EmailPreferences(false, false, false, false, false);
    assertThat(none.allows(NotificationKind.PAYMENT_FAILED)).isTrue();
    assertThat(none.allows(NotificationKind.EMAIL_VERIFICATION)).isTrue();
    assertThat(none.allows(NotificationKind.NEW_DEVICE)).isTrue();
    assertThat(none.allows(NotificationKind.ANOMALY)).isFalse();
  }

  @Test
  void theStoredDocumentReadsBackTheSame() {
    EmailPreferences p = new EmailPreferences(true, false, true, false, true);
    assertThat(EmailPreferences.of(Map.of(EmailPreferences.KEY, p.toDocument()))).isEqualTo(p);
  }

  @Test
  void kindsRoundTripTheirWireNames() {
    for (NotificationKind k : NotificationKind.values()) {
      assertThat(NotificationKind.fromWire(k.wire())).contains(k);
    }
    assertThat(NotificationKind.fromWire("nope")).isEmpty();
  }
}
