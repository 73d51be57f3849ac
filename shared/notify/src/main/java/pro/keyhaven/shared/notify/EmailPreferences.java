package pro.keyhaven.shared.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import pro.keyhaven.shared.notify.NotificationKind.Preference;

/**
 * A user's e-mail switches, kept in {@code users.preferences} under {@code notifications.email};
 * every switch is on until the user turns it off.
 */
public record EmailPreferences(
    boolean anomaly, boolean rotationDue, boolean expiry, boolean leak, boolean team) {

  /** Key of this record inside {@code users.preferences}. */
  public static final String KEY = "notifications";

  public static final EmailPreferences ALL_ON = new EmailPreferences(true, true, true, true, true);

  /** Reads the switches out of the whole {@code users.preferences} document. */
  @SuppressWarnings("unchecked")
  public static EmailPreferences of(Map<String, Object> preferences) {
    if (preferences == null
        || !(preferences.get(KEY) instanceof Map<?, ?> notifications)
        || !(notifications.get("email") instanceof Map<?, ?> email)) {
      return ALL_ON;
    }
    Map<String, Object> e = (Map<String, Object>) email;
    return new EmailPreferences(
        on(e, Preference.ANOMALY),
        on(e, Preference.ROTATION_DUE),
        on(e, Preference.EXPIRY),
        on(e, Preference.LEAK),
        on(e, Preference.TEAM));
  }

  private static boolean on(Map<String, Object> email, Preference p) {
    return !Boolean.FALSE.equals(email.get(p.field()));
  }

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

  /** The document stored under {@link #KEY}. */
  public Map<String, Object> toDocument() {
    Map<String, Object> email = new LinkedHashMap<>();
    for (Preference p : Preference.values()) {
      email.put(p.field(), get(p));
    }
    return Map.of("email", email);
  }
}
