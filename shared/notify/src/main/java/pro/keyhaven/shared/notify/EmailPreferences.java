package pro.keyhaven.shared.notify;

import pro.keyhaven.shared.notify.NotificationKind.Preference;

/**
 * A user's e-mail switches ({@code notification_preferences}); every switch is on until the user
 * turns it off.
 */
public record EmailPreferences(
    boolean anomaly, boolean rotationDue, boolean expiry, boolean leak, boolean team) {

  public static final EmailPreferences ALL_ON = new EmailPreferences(true, true, true, true, true);

  /** Whether a mail of this kind may go out. */
  public boolean allows(NotificationKind kind) {
    return kind.preference().map(this::get).orElse(true);
  }

  public boolean get(Preference p) {
    return switch (p) {
      case ANOMALY -> anomaly;
      case ROTATION_DUE -> rotationDue;
      case EXPIRY -> expiry;
      case LEAK -> leak;
      case TEAM -> team;
    };
  }
}
