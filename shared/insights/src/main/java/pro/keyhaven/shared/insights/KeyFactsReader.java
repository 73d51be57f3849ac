package pro.keyhaven.shared.insights;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import pro.keyhaven.shared.access.KeyVisibility;

/**
 * Reads the {@link KeyFacts} of every live key a user may see, through the one visibility rule
 * ({@link KeyVisibility}). One statement; it selects metadata columns only, never {@code
 * encrypted_value} or {@code iv}.
 */
@ApplicationScoped
public class KeyFactsReader {

  private final Pool pool;
  private final String sql;

  public KeyFactsReader(Pool pool, KeyVisibility access) {
    this.pool = pool;
    this.sql =
        "SELECT a.id, a.name, a.service, a.environment, a.tags, a.team_id, t.name AS team_name,"
            + " a.created_at, a.last_rotated, a.expires_at, a.health_score, a.exposed,"
            + " a.value_fingerprint,"
            + " (SELECT count(*) FROM team_members m WHERE m.team_id = a.team_id) AS members,"
            + " (SELECT count(*) FROM anomalies x WHERE x.key_id = a.id AND x.status = 'open')"
            + " AS open_anomalies,"
            + " (SELECT p.next_due_at FROM rotation_policies p WHERE p.key_id = a.id) AS due_at,"
            + " (SELECT max(d.day) FROM usage_daily d WHERE d.key_id = a.id AND d.requests > 0)"
            + " AS last_used"
            + " FROM api_keys a LEFT JOIN teams t ON t.id = a.team_id"
            + " WHERE a.deleted_at IS NULL AND "
            + access.visible("a", "$1")
            + " ORDER BY a.created_at, a.id";
  }

  public Uni<List<KeyFacts>> visibleTo(UUID user) {
    return pool.preparedQuery(sql)
        .execute(Tuple.of(user))
        .map(
            rows -> {
              List<KeyFacts> out = new ArrayList<>();
              for (Row r : rows) {
                out.add(facts(r));
              }
              return out;
            });
  }

  private static KeyFacts facts(Row r) {
    String[] tags = r.getArrayOfStrings("tags");
    LocalDate lastUsed = r.getLocalDate("last_used");
    return new KeyFacts(
        r.getUUID("id"),
        r.getString("name"),
        r.getString("service"),
        r.getString("environment"),
        tags == null ? List.of() : Arrays.asList(tags),
        r.getUUID("team_id"),
        r.getString("team_name"),
        instant(r.getOffsetDateTime("created_at")),
        instant(r.getOffsetDateTime("last_rotated")),
        instant(r.getOffsetDateTime("expires_at")),
        r.getInteger("health_score"),
        Boolean.TRUE.equals(r.getBoolean("exposed")),
        r.getLong("members").intValue(),
        r.getLong("open_anomalies").intValue(),
        instant(r.getOffsetDateTime("due_at")),
        lastUsed,
        r.getString("value_fingerprint"));
  }

  private static java.time.Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
