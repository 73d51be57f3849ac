package pro.keyhaven.shared.notify;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A mail waiting to leave, written in the same transaction as its notification. Its id is the
 * idempotency key the mail provider sees, so a retry after a lost answer never sends twice.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage extends PanacheEntityBase {

  public static final String PENDING = "pending";
  public static final String SENT = "sent";
  public static final String SKIPPED = "skipped";
  public static final String FAILED = "failed";

  @Id public UUID id;

  @Column(name = "notification_id", nullable = false)
  public UUID notificationId;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(nullable = false, length = 20)
  public String channel;

  @Column(nullable = false, length = 20)
  public String status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  /** A one-time link the mail carries (e-mail verification); cleared once the mail is out. */
  @Column(name = "action_url", length = 2048)
  public String actionUrl;

  @Column(name = "last_error", length = 500)
  public String lastError;

  @Column(length = 20)
  public String transport;

  @Column(name = "provider_message_id", length = 200)
  public String providerMessageId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Override
  public String toString() {
    // The action link may carry a one-time token: never printed.
    return "OutboxMessage[" + id + ", " + status + ", attempts=" + attempts + "]";
  }
}
