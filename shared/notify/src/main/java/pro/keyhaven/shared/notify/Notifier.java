package pro.keyhaven.shared.notify;

import io.quarkus.arc.Unremovable;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Notifies a user from any area. Writes the in-app notification and its e-mail outbox row inside
 * the caller's transaction, so the event and its notification commit or roll back together; the
 * {@link OutboxSender} mails it later, once, whatever the mail provider does meanwhile.
 *
 * <p>Title and body name the key and say what to do; they must never carry a secret, a ciphertext
 * or a token. The only place for a one-time link is {@code actionUrl}, which only the mail carries
 * and which is erased once the mail is out.
 */
@ApplicationScoped
@Unremovable
public class Notifier {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 4000;
  public static final int MAX_URL = 2048;

  private final Clock clock;

  public Notifier(Clock clock) {
    this.clock = clock;
  }

  /** Notifies {@code userId}; must run inside a reactive transaction (fails otherwise). */
  public Uni<Void> notify(UUID userId, NotificationKind kind, String title, String body) {
    return notify(userId, kind, title, body, null);
  }

  /**
   * Notifies {@code userId} with a link the mail offers as its action (e.g. a one-time e-mail
   * verification link); must run inside a reactive transaction (fails otherwise).
   */
  public Uni<Void> notify(
      UUID userId, NotificationKind kind, String title, String body, String actionUrl) {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(kind, "kind");
    check(title, MAX_TITLE, "title");
    check(body, MAX_BODY, "body");
    if (actionUrl != null
        && (actionUrl.length() > MAX_URL
            || !(actionUrl.startsWith("https://") || actionUrl.startsWith("http://")))) {
      throw new IllegalArgumentException("actionUrl must be an http(s) URL of at most 2048 chars");
    }
    return Panache.currentTransaction()
        .chain(
            tx -> {
              if (tx == null) {
                return Uni.createFrom()
                    .failure(
                        new IllegalStateException(
                            "Notifier.notify must run inside the transaction of its event"));
              }
              Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
              Notification n = new Notification();
              n.id = UUID.randomUUID();
              n.userId = userId;
              n.kind = kind.wire();
              n.title = title.strip();
              n.body = body.strip();
              n.createdAt = now;
              OutboxMessage m = new OutboxMessage();
              m.id = UUID.randomUUID();
              m.notificationId = n.id;
              m.userId = userId;
              m.channel = "email";
              m.status = OutboxMessage.PENDING;
              m.attempts = 0;
              m.nextAttemptAt = now;
              m.actionUrl = actionUrl;
              m.createdAt = now;
              // The outbox row refers to the notification: the notification goes in first.
              return n.persistAndFlush().chain(m::persist).replaceWithVoid();
            });
  }

  private static void check(String text, int max, String what) {
    if (text == null || text.isBlank() || text.length() > max) {
      throw new IllegalArgumentException(what + " must be 1.." + max + " characters");
    }
  }
}
