package pro.keyhaven.monitoring.reminders;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The one place monitoring and reminders hand notices over: an in-app notification for each person
 * responsible for the key (the owner of a personal key; a team key's admins and editors), written
 * in the caller's transaction so a notice is sent exactly when its cause is recorded, together with
 * its e-mail outbox row (the outbox sender of shared/notify mails it once).
 */
@ApplicationScoped
public class Notifier {

  // The in-app notification and its e-mail outbox row, as the shared notifier writes them
  // (shared/notify): the outbox sender mails each once, by the user's preferences.
  private static final String INSERT =
      """
      WITH made AS (
        INSERT INTO notifications (id, user_id, kind, title, body, created_at)
        SELECT gen_random_uuid(), r.user_id, n.kind, n.title, n.body, $5
        FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS n(key_id, kind, title, body)
        JOIN api_keys a ON a.id = n.key_id
        JOIN LATERAL (
          SELECT a.user_id WHERE a.team_id IS NULL
          UNION
          SELECT m.user_id FROM team_members m
          WHERE m.team_id = a.team_id AND m.role IN ('admin', 'editor')
            AND m.status = 'confirmed') r ON TRUE
        RETURNING id, user_id, created_at
      ), queued AS (
        INSERT INTO notification_outbox
          (id, notification_id, user_id, channel, status, attempts, next_attempt_at, created_at)
        SELECT gen_random_uuid(), made.id, made.user_id, 'email', 'pending', 0, made.created_at,
               made.created_at
        FROM made
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM made) AS made, (SELECT count(*) FROM queued) AS queued
      """;

  /** Writes the notices; answers how many notifications were made. */
  public Uni<Integer> send(SqlClient sql, List<KeyNotice> notices, Instant now) {
    if (notices.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    int n = notices.size();
    UUID[] keys = new UUID[n];
    String[] kinds = new String[n];
    String[] titles = new String[n];
    String[] bodies = new String[n];
    for (int i = 0; i < n; i++) {
      KeyNotice k = notices.get(i);
      keys[i] = k.keyId();
      kinds[i] = k.kind();
      titles[i] = truncate(k.title(), 200);
      bodies[i] = truncate(k.body(), 4000);
    }
    return sql.preparedQuery(INSERT)
        .execute(
            Tuple.tuple()
                .addArrayOfUUID(keys)
                .addArrayOfString(kinds)
                .addArrayOfString(titles)
                .addArrayOfString(bodies)
                .addOffsetDateTime(now.atOffset(ZoneOffset.UTC)))
        .map(rows -> (int) rows.iterator().next().getLong("made").longValue());
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
