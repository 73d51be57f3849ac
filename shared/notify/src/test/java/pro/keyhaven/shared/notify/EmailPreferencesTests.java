package pro.keyhaven.shared.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which mails a user's switches let through. */
class EmailPreferencesTests {

  @Test
  void everyMailIsOnUntilTurnedOff() {
    assertThat(Arrays.stream(NotificationKind.values())).allMatch(EmailPreferences.ALL_ON::allows);
  }

  @Test
  void aSwitchTurnsOffEveryKindItGoverns() {
    EmailPreferences p = new EmailPreferences(true, false, true, true, false);
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
  void kindsRoundTripTheirWireNames() {
    for (NotificationKind k : NotificationKind.values()) {
      assertThat(NotificationKind.fromWire(k.wire())).contains(k);
    }
    assertThat(NotificationKind.fromWire("nope")).isEmpty();
  }
}
