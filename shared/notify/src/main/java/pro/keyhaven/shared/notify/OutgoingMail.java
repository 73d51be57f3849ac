package pro.keyhaven.shared.notify;

import java.util.UUID;

/**
 * One rendered mail. {@code id} is its outbox row and the idempotency key; the body may carry a
 * one-time link, so only the id is ever printed.
 */
public record OutgoingMail(UUID id, String to, String subject, String text, String html) {

  @Override
  public String toString() {
    return "OutgoingMail[" + id + "]";
  }
}
