package pro.keyhaven.shared.notify;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notification is about, and which e-mail preference (API.md, notifications) governs its
 * mail. Kinds without a preference are about the account's safety or its bill and are always mailed
 * when e-mail is configured.
 */
public enum NotificationKind {
  ANOMALY("anomaly", Preference.ANOMALY),
  ROTATION_DUE("rotation_due", Preference.ROTATION_DUE),
  ROTATION_FAILED("rotation_failed", Preference.ROTATION_DUE),
  ROTATION_DONE("rotation_done", Preference.ROTATION_DUE),
  EXPIRY("expiry", Preference.EXPIRY),
  LEAK("leak", Preference.LEAK),
  TEAM_INVITE("team_invite", Preference.TEAM),
  TEAM_CONFIRMATION("team_confirmation", Preference.TEAM),
  PAYMENT_FAILED("payment_failed", null),
  EMAIL_VERIFICATION("email_verification", null),
  NEW_DEVICE("new_device", null);

  private final String wire;
  private final Preference preference;

  NotificationKind(String wire, Preference preference) {
    this.wire = wire;
    this.preference = preference;
  }

  /** The name stored in the database and shown in the API. */
  public String wire() {
    return wire;
  }

  /** The e-mail preference that may switch this kind's mail off; empty when none may. */
  public Optional<Preference> preference() {
    return Optional.ofNullable(preference);
  }

  public static Optional<NotificationKind> fromWire(String wire) {
    return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
  }

  /** The user's e-mail switches, one per field of {@code preferences.email}. */
  public enum Preference {
    ANOMALY("anomaly"),
    ROTATION_DUE("rotation_due"),
    EXPIRY("expiry"),
    LEAK("leak"),
    TEAM("team");

    private final String field;

    Preference(String field) {
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
