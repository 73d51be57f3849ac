package pro.keyhaven.shared.notify;

import io.quarkus.arc.Unremovable;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Drains the notification outbox: claims due rows in bounded batches ({@code FOR UPDATE SKIP
 * LOCKED}, so senders running side by side never take the same row), leases them, sends each
 * through the configured transport, and records the outcome on the row: sent, skipped (the user
 * turned that mail off, or no e-mail is configured), retried later with exponential backoff, or
 * given up after {@code max-attempts}. A sender that dies mid-send leaves the row leased; when the
 * lease ends it is sent again with the same idempotency key, which Resend recognises.
 *
 * <p>{@link #drain()} is what the schedule calls: in-process in the local server, a scheduled
 * function in AWS.
 */
@ApplicationScoped
// Called by schedules outside this module (local jobs, a scheduled function), never injected here.
@Unremovable
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class);

  private static final String CLAIM =
      "UPDATE notification_outbox o SET attempts = o.attempts + 1, next_attempt_at = $2"
          + " FROM (SELECT id FROM notification_outbox"
          + "       WHERE status = 'pending' AND next_attempt_at <= $1"
          + "       ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) due,"
          + " notifications n, users u"
          + " LEFT JOIN notification_preferences p ON p.user_id = u.id"
          + " WHERE o.id = due.id AND n.id = o.notification_id AND u.id = o.user_id"
          + " RETURNING o.id, o.attempts, o.action_url, n.kind, n.title, n.body, u.email,"
          + " p.anomaly, p.rotation_due, p.expiry, p.leak, p.team";

  private final Pool pool;
  private final MailTransports transports;
  private final MailRenderer renderer;
  private final NotifyConfig config;
  private final Clock clock;

  public OutboxSender(
      Pool pool,
      MailTransports transports,
      MailRenderer renderer,
      NotifyConfig config,
      Clock clock) {
    this.pool = pool;
    this.transports = transports;
    this.renderer = renderer;
    this.config = config;
    this.clock = clock;
  }

  /** What one drain did. */
  public record Drained(int sent, int skipped, int retrying, int failed) {
    public Drained plus(Drained o) {
      return new Drained(
          sent + o.sent, skipped + o.skipped, retrying + o.retrying, failed + o.failed);
    }

    public int total() {
      return sent + skipped + retrying + failed;
    }
  }

  private enum Outcome {
    SENT,
    SKIPPED,
    RETRYING,
    FAILED
  }

  /** Sends what is due, batch after batch, until nothing is due or the run's bound is reached. */
  public Uni<Drained> drain() {
    return drain(0, new Drained(0, 0, 0, 0));
  }

  private Uni<Drained> drain(int batch, Drained sofar) {
    if (batch >= config.outbox().maxBatches()) {
      return Uni.createFrom().item(sofar);
    }
    return claim()
        .flatMap(
            rows ->
                Multi.createFrom()
                    .iterable(rows)
                    .onItem()
                    .transformToUniAndConcatenate(this::deliver)
                    .collect()
                    .asList()
                    .flatMap(
                        outcomes -> {
                          Drained d = sofar.plus(count(outcomes));
                          return rows.size() < config.outbox().batchSize()
                              ? Uni.createFrom().item(d)
                              : drain(batch + 1, d);
                        }));
  }

  private static Drained count(List<Outcome> outcomes) {
    int[] n = new int[4];
    outcomes.forEach(o -> n[o.ordinal()]++);
    return new Drained(n[0], n[1], n[2], n[3]);
  }

  private record Claimed(
      UUID id,
      int attempts,
      String actionUrl,
      String kind,
      String title,
      String body,
      String email,
      EmailPreferences preferences) {
    @Override
    public String toString() {
      return "Claimed[" + id + "]";
    }
  }

  private Uni<List<Claimed>> claim() {
    Instant now = clock.instant();
    return pool.preparedQuery(CLAIM)
        .execute(
            Tuple.of(utc(now), utc(now.plus(config.outbox().lease())), config.outbox().batchSize()))
        .map(
            rows -> {
              List<Claimed> out = new ArrayList<>();
              for (Row r : rows) {
                out.add(
                    new Claimed(
                        r.getUUID("id"),
                        r.getInteger("attempts"),
                        r.getString("action_url"),
                        r.getString("kind"),
                        r.getString("title"),
                        r.getString("body"),
                        r.getString("email"),
                        r.getBoolean("anomaly") == null
                            ? EmailPreferences.ALL_ON
                            : new EmailPreferences(
                                r.getBoolean("anomaly"),
                                r.getBoolean("rotation_due"),
                                r.getBoolean("expiry"),
                                r.getBoolean("leak"),
                                r.getBoolean("team"))));
              }
              return out;
            });
  }

  private Uni<Outcome> deliver(Claimed row) {
    Optional<NotificationKind> kind = NotificationKind.fromWire(row.kind());
    if (kind.isPresent() && !row.preferences().allows(kind.get())) {
      return finish(row.id(), OutboxMessage.SKIPPED, "the user turned this mail off", null, null)
          .replaceWith(Outcome.SKIPPED);
    }
    Optional<MailTransport> transport = transports.active();
    if (transport.isEmpty()) {
      return finish(row.id(), OutboxMessage.SKIPPED, "no e-mail transport configured", null, null)
          .replaceWith(Outcome.SKIPPED);
    }
    OutgoingMail mail =
        renderer.render(row.id(), row.email(), row.title(), row.body(), row.actionUrl());
    return transport
        .get()
        .send(mail)
        .onItem()
        .transformToUni(
            messageId ->
                finish(row.id(), OutboxMessage.SENT, null, transport.get().name(), messageId)
                    .replaceWith(Outcome.SENT))
        .onFailure()
        .recoverWithUni(e -> failed(row, e));
  }

  private Uni<Outcome> failed(Claimed row, Throwable e) {
    if (e instanceof MailFailure f && f.permanent()) {
      LOG.warnf("Mail %s refused for good: %s", row.id(), f.getMessage());
      return finish(row.id(), OutboxMessage.FAILED, f.getMessage(), null, null)
          .replaceWith(Outcome.FAILED);
    }
    boolean open = e instanceof CircuitBreakerOpenException;
    // An open breaker means this row was not even tried: it keeps its attempt.
    int attempts = open ? row.attempts() - 1 : row.attempts();
    if (!open && attempts >= config.outbox().maxAttempts()) {
      LOG.warnf("Mail %s given up after %d attempts: %s", row.id(), attempts, e.getMessage());
      return finish(row.id(), OutboxMessage.FAILED, message(e), null, null)
          .replaceWith(Outcome.FAILED);
    }
    Instant next = clock.instant().plus(backoff(Math.max(1, attempts)));
    return pool.preparedQuery(
            "UPDATE notification_outbox SET attempts = $2, next_attempt_at = $3, last_error = $4"
                + " WHERE id = $1 AND status = 'pending'")
        .execute(Tuple.of(row.id(), attempts, utc(next), message(e)))
        .replaceWith(Outcome.RETRYING);
  }

  /** initial, 2x, 4x, ... up to the maximum. */
  Duration backoff(int attempts) {
    Duration initial = config.outbox().initialBackoff();
    Duration max = config.outbox().maxBackoff();
    int doublings = Math.min(attempts - 1, 30);
    Duration d = initial.multipliedBy(1L << doublings);
    return d.compareTo(max) > 0 || d.isNegative() ? max : d;
  }

  private Uni<Void> finish(
      UUID id, String status, String error, String transport, String providerMessageId) {
    // The one-time link (if any) is not kept once the mail is out or given up.
    return pool.preparedQuery(
            "UPDATE notification_outbox SET status = $2, last_error = $3, transport = $4,"
                + " provider_message_id = $5, action_url = NULL,"
                + " sent_at = COALESCE($6, sent_at)"
                + " WHERE id = $1 AND status = 'pending'")
        .execute(
            Tuple.from(
                new Object[] {
                  id,
                  status,
                  error,
                  transport,
                  providerMessageId,
                  OutboxMessage.SENT.equals(status) ? utc(clock.instant()) : null
                }))
        .replaceWithVoid();
  }

  private static String message(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.length() > 500 ? m.substring(0, 500) : m;
  }

  private static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }
}
