package pro.keyhaven.shared.notify;

import io.smallrye.mutiny.Uni;

/** A way out for mail: Resend or SMTP. */
public interface MailTransport {

  /** Short name stored on the outbox row. */
  String name();

  /**
   * Sends the mail; answers the provider's message id. Fails with {@link MailFailure} (permanent or
   * not) or, while the provider is considered down, with the circuit breaker's exception.
   */
  Uni<String> send(OutgoingMail mail);
}
