package pro.keyhaven.shared.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Mail through an SMTP server, for self-hosters ({@code quarkus.mailer.*}). SMTP has no idempotency
 * key; the outbox id becomes the mail's {@code Message-ID}, so a receiving server or client that
 * sees a retried mail twice can tell it is the same one.
 */
@ApplicationScoped
public class SmtpTransport implements MailTransport {

  private final ReactiveMailer mailer;
  private final NotifyConfig config;

  public SmtpTransport(ReactiveMailer mailer, NotifyConfig config) {
    this.mailer = mailer;
    this.config = config;
  }

  @Override
  public String name() {
    return "smtp";
  }

  @Override
  @Timeout(value = 30, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = MailFailure.Permanent.class)
  @ExponentialBackoff(factor = 2, maxDelay = 2000)
  @CircuitBreaker(
      requestVolumeThreshold = 6,
      failureRatio = 0.5,
      delay = 30_000,
      successThreshold = 1,
      skipOn = MailFailure.Permanent.class)
  public Uni<String> send(OutgoingMail mail) {
    String messageId = "<" + mail.id() + "@keyhaven>";
    Mail m =
        Mail.withText(mail.to(), mail.subject(), mail.text())
            .setHtml(mail.html())
            .setFrom(config.email().from())
            .addHeader("Message-ID", messageId);
    return mailer
        .send(m)
        .replaceWith(messageId)
        .onFailure()
        .transform(
            e -> MailFailure.transientFailure("SMTP failed: " + e.getClass().getSimpleName()));
  }
}
