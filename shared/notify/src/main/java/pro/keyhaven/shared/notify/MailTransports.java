package pro.keyhaven.shared.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/** Picks the way out for mail from the configuration; none means in-app only. */
@ApplicationScoped
public class MailTransports {

  private final NotifyConfig config;
  private final ResendTransport resend;
  private final SmtpTransport smtp;

  public MailTransports(NotifyConfig config, ResendTransport resend, SmtpTransport smtp) {
    this.config = config;
    this.resend = resend;
    this.smtp = smtp;
  }

  public Optional<MailTransport> active() {
    return switch (config.email().transport().toLowerCase(Locale.ROOT)) {
      case "resend" -> Optional.of(resend);
      case "smtp" -> Optional.of(smtp);
      case "none" -> Optional.empty();
      case "auto" -> {
        if (config.resend().apiKey().filter(k -> !k.isBlank()).isPresent()) {
          yield Optional.of(resend);
        }
        if (config.smtp().host().filter(h -> !h.isBlank()).isPresent()) {
          yield Optional.of(smtp);
        }
        yield Optional.empty();
      }
      default ->
          throw new IllegalStateException(
              "keyhaven.notify.email.transport must be auto, resend, smtp or none");
    };
  }
}
