package pro.keyhaven.shared.notify;

/**
 * A mail that did not go out. {@link #permanent()} ones (the provider refused the mail itself) are
 * not retried; the others (the provider is down, slow or busy) are, later.
 */
public class MailFailure extends RuntimeException {

  private final boolean permanent;

  public MailFailure(String message, boolean permanent) {
    super(message, null, false, false);
    this.permanent = permanent;
  }

  public static MailFailure transientFailure(String message) {
    return new MailFailure(message, false);
  }

  public boolean permanent() {
    return permanent;
  }

  /** Refused for good: retrying the same mail cannot help. */
  public static class Permanent extends MailFailure {
    public Permanent(String message) {
      super(message, true);
    }
  }
}
