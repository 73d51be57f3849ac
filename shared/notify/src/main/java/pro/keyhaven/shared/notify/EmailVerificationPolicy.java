package pro.keyhaven.shared.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Whether e-mail addresses must be verified: on when a mail sender is configured (or {@code
 * keyhaven.notify.email.verification=on}), off in local mode without mail, where every address
 * counts as verified (the fingerprint comparison of team members still applies).
 */
@ApplicationScoped
public class EmailVerificationPolicy {

  private final NotifyConfig config;
  private final MailTransports transports;

  public EmailVerificationPolicy(NotifyConfig config, MailTransports transports) {
    this.config = config;
    this.transports = transports;
  }

  public boolean required() {
    return switch (config.email().verification().toLowerCase(Locale.ROOT)) {
      case "on" -> true;
      case "off" -> false;
      case "auto" -> transports.active().isPresent();
      default ->
          throw new IllegalStateException(
              "keyhaven.notify.email.verification must be auto, on or off");
    };
  }

  /** The address counts as verified: verification is off, or it was verified. */
  public boolean satisfied(boolean verified) {
    return verified || !required();
  }
}
