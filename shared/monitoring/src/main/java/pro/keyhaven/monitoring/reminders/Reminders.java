package pro.keyhaven.monitoring.reminders;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.monitoring.config.MonitoringConfig;

/**
 * The rotation job: what the {@code rotation-job} function and the local scheduler run every hour.
 * Moves each rotation schedule's due date after a rotation, reminds of rotations due within the
 * lead time and again once due, and of expiry 30, 7 and 1 days ahead and on the day. Each reminder
 * is recorded on the row it is about in the same transaction as its notification, under a row lock
 * taken with {@code SKIP LOCKED}: a rerun or an overlapping run sends nothing twice.
 */
@ApplicationScoped
public class Reminders {

  private static final Logger LOG = Logger.getLogger(Reminders.class);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private static final String RESYNC =
      """
      UPDATE rotation_policies p
      SET next_due_at = a.last_rotated + make_interval(days => p.interval_days),
          last_reminded_at = NULL, updated_at = $1
      FROM api_keys a
      WHERE a.id = p.key_id AND a.last_rotated IS NOT NULL
        AND a.last_rotated + make_interval(days => p.interval_days) > p.next_due_at
      """;

  private static final String DUE =
      """
      SELECT p.key_id, p.next_due_at, p.mode, a.name, a.service
      FROM rotation_policies p JOIN api_keys a ON a.id = p.key_id
      WHERE a.deleted_at IS NULL AND p.next_due_at <= $2
        AND (p.last_reminded_at IS NULL
          OR p.last_reminded_at < p.next_due_at - ($3 * interval '1 second')
          OR (p.next_due_at <= $1 AND p.last_reminded_at < p.next_due_at))
      ORDER BY p.next_due_at, p.key_id
      LIMIT $4
      FOR UPDATE OF p SKIP LOCKED
      """;

  private static final String DUE_DONE =
      "UPDATE rotation_policies SET last_reminded_at = $2 WHERE key_id = ANY($1)";

  private static final String STAGE =
      """
      (CASE WHEN a.expires_at <= $1 THEN 4
            WHEN a.expires_at <= $1 + interval '1 day' THEN 3
            WHEN a.expires_at <= $1 + interval '7 days' THEN 2
            ELSE 1 END)
      """;

  private static final String EXPIRING =
      "SELECT a.id, a.name, a.service, a.expires_at, "
          + STAGE
          + """
           AS stage
          FROM api_keys a
          WHERE a.deleted_at IS NULL AND a.expires_at IS NOT NULL
            AND a.expires_at <= $1 + interval '30 days' AND a.expires_at > $1 - interval '30 days'
            AND """
          + STAGE
          + """
           > (CASE WHEN a.expiry_reminded_for IS DISTINCT FROM a.expires_at THEN 0
                  ELSE a.expiry_reminder_stage END)
          ORDER BY a.expires_at, a.id
          LIMIT $2
          FOR UPDATE OF a SKIP LOCKED
          """;

  private static final String EXPIRING_DONE =
      """
      UPDATE api_keys a SET expiry_reminder_stage = u.stage, expiry_reminded_for = a.expires_at
      FROM unnest($1::uuid[], $2::int[]) AS u(id, stage)
      WHERE a.id = u.id
      """;

  private final Pool pool;
  private final Clock clock;
  private final MonitoringConfig config;
  private final Notifier notifier;

  public Reminders(Pool pool, Clock clock, MonitoringConfig config, Notifier notifier) {
    this.pool = pool;
    this.clock = clock;
    this.config = config;
    this.notifier = notifier;
  }

  public Uni<ReminderReport> run() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return pool.preparedQuery(RESYNC)
        .execute(Tuple.of(utc(now)))
        .chain(() -> rotations(now, new int[3]))
        .chain(r -> expiries(now, r))
        .map(r -> new ReminderReport(r[0], r[1], r[2], r[3] != 0))
        .invoke(
            r ->
                LOG.infof(
                    "Rotation job: %d rotation reminders, %d expiry reminders, %d notifications%s",
                    r.rotationReminders(),
                    r.expiryReminders(),
                    r.notifications(),
                    r.more() ? "; more are waiting" : ""));
  }

  /** Rotation reminders, batch by batch; answers {rotation, 0, notifications}. */
  private Uni<int[]> rotations(Instant now, int[] acc) {
    int batch = config.reminders().batch();
    if (acc[0] >= config.reminders().maxPerRun()) {
      return Uni.createFrom().item(acc);
    }
    Duration lead = config.reminders().rotationLead();
    return pool.withTransaction(
            conn ->
                conn.preparedQuery(DUE)
                    .execute(Tuple.of(utc(now), utc(now.plus(lead)), lead.toSeconds(), batch))
                    .chain(
                        rows -> {
                          List<UUID> ids = new ArrayList<>();
                          List<KeyNotice> notices = new ArrayList<>();
                          for (Row r : rows) {
                            ids.add(r.getUUID("key_id"));
                            notices.add(rotationNotice(r, now));
                          }
                          return send(conn, notices, now)
                              .call(
                                  () ->
                                      ids.isEmpty()
                                          ? Uni.createFrom().voidItem()
                                          : conn.preparedQuery(DUE_DONE)
                                              .execute(Tuple.of(ids.toArray(new UUID[0]), utc(now)))
                                              .replaceWithVoid())
                              .map(sent -> new int[] {ids.size(), sent});
                        }))
        .chain(
            r -> {
              acc[0] += r[0];
              acc[2] += r[1];
              return r[0] < batch ? Uni.createFrom().item(acc) : rotations(now, acc);
            });
  }

  /** Expiry reminders; answers {rotation, expiry, notifications, more}. */
  private Uni<int[]> expiries(Instant now, int[] acc) {
    int[] out = acc.length == 4 ? acc : new int[] {acc[0], acc[1], acc[2], 0};
    int batch = config.reminders().batch();
    if (out[1] >= config.reminders().maxPerRun() || out[0] >= config.reminders().maxPerRun()) {
      out[3] = 1;
      return Uni.createFrom().item(out);
    }
    return pool.withTransaction(
            conn ->
                conn.preparedQuery(EXPIRING)
                    .execute(Tuple.of(utc(now), batch))
                    .chain(
                        rows -> {
                          List<UUID> ids = new ArrayList<>();
                          List<Integer> stages = new ArrayList<>();
                          List<KeyNotice> notices = new ArrayList<>();
                          for (Row r : rows) {
                            ids.add(r.getUUID("id"));
                            stages.add(r.getInteger("stage"));
                            notices.add(expiryNotice(r, now));
                          }
                          return send(conn, notices, now)
                              .call(
                                  () ->
                                      ids.isEmpty()
                                          ? Uni.createFrom().voidItem()
                                          : conn.preparedQuery(EXPIRING_DONE)
                                              .execute(
                                                  Tuple.tuple()
                                                      .addArrayOfUUID(ids.toArray(new UUID[0]))
                                                      .addArrayOfInteger(
                                                          stages.toArray(new Integer[0])))
                                              .replaceWithVoid())
                              .map(sent -> new int[] {ids.size(), sent});
                        }))
        .chain(
            r -> {
              out[1] += r[0];
              out[2] += r[1];
              return r[0] < batch ? Uni.createFrom().item(out) : expiries(now, out);
            });
  }

  private Uni<Integer> send(SqlConnection conn, List<KeyNotice> notices, Instant now) {
    return notifier.send(conn, notices, now);
  }

  private static KeyNotice rotationNotice(Row r, Instant now) {
    Instant due = r.getOffsetDateTime("next_due_at").toInstant();
    String key = r.getString("name") + " (" + r.getString("service") + ")";
    boolean auto = "auto".equals(r.getString("mode"));
    String when =
        due.isAfter(now)
            ? "is due on " + DAY.format(due)
            : "was due on " + DAY.format(due) + " and is overdue";
    String body =
        "The rotation of "
            + key
            + " "
            + when
            + ". "
            + (auto
                ? "Its schedule is automatic; until a provider connection rotates it, rotate it"
                    + " from the dashboard."
                : "Create a new value at the provider and rotate the key in KeyHaven.");
    return new KeyNotice(
        r.getUUID("key_id"),
        "rotation_due",
        (due.isAfter(now) ? "Rotation due soon: " : "Rotation overdue: ") + key,
        body);
  }

  private static KeyNotice expiryNotice(Row r, Instant now) {
    Instant expires = r.getOffsetDateTime("expires_at").toInstant();
    String key = r.getString("name") + " (" + r.getString("service") + ")";
    boolean expired = !expires.isAfter(now);
    long days = Duration.between(now, expires).toDays();
    String title =
        expired
            ? "Key expired: " + key
            : "Key expires " + (days < 1 ? "within a day" : "in " + days + " days") + ": " + key;
    String body =
        expired
            ? key + " expired on " + DAY.format(expires) + ". Replace it or remove it."
            : key + " expires on " + DAY.format(expires) + ". Renew it before then.";
    return new KeyNotice(r.getUUID("id"), "expiry", title, body);
  }

  private static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }
}
