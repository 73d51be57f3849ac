package pro.keyhaven.monitoring.health;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads what the health formula needs for a set of keys in one statement, and stores the scores in
 * {@code api_keys.health_score}, the number the key body shows.
 */
@ApplicationScoped
public class HealthService {

  private static final String INPUTS =
      """
      SELECT a.id, a.created_at, a.last_rotated, a.expires_at, a.exposed, a.environment,
             p.interval_days, p.next_due_at,
             coalesce(an.critical, 0) AS critical, coalesce(an.high, 0) AS high,
             coalesce(an.medium, 0) AS medium, coalesce(an.low, 0) AS low,
             u.last_day
      FROM api_keys a
      LEFT JOIN rotation_policies p ON p.key_id = a.id
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE x.severity = 'critical') AS critical,
               count(*) FILTER (WHERE x.severity = 'high') AS high,
               count(*) FILTER (WHERE x.severity = 'medium') AS medium,
               count(*) FILTER (WHERE x.severity = 'low') AS low
        FROM anomalies x WHERE x.key_id = a.id AND x.status = 'open') an ON TRUE
      LEFT JOIN LATERAL (
        SELECT d.day AS last_day FROM usage_daily d WHERE d.key_id = a.id
        ORDER BY d.day DESC LIMIT 1) u ON TRUE
      WHERE a.id = ANY($1)
      """;

  private static final String STORE =
      """
      UPDATE api_keys a SET health_score = u.score, health_computed_at = $3
      FROM unnest($1::uuid[], $2::int[]) AS u(id, score)
      WHERE a.id = u.id
      """;

  /** The health of each key (in no particular order); keys that do not exist are left out. */
  public Uni<Map<UUID, Health>> compute(SqlClient sql, List<UUID> keys, Instant now) {
    if (keys.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return sql.preparedQuery(INPUTS)
        .execute(Tuple.of(keys.toArray(new UUID[0])))
        .map(
            rows -> {
              Map<UUID, Health> out = new LinkedHashMap<>();
              for (Row r : rows) {
                out.put(r.getUUID("id"), HealthFormula.of(inputs(r), now));
              }
              return out;
            });
  }

  /** Computes and stores; answers the health of each key. */
  public Uni<Map<UUID, Health>> refresh(SqlClient sql, List<UUID> keys, Instant now) {
    return compute(sql, keys, now)
        .call(
            health -> {
              if (health.isEmpty()) {
                return Uni.createFrom().voidItem();
              }
              UUID[] ids = health.keySet().toArray(new UUID[0]);
              Integer[] scores = new Integer[ids.length];
              for (int i = 0; i < ids.length; i++) {
                scores[i] = health.get(ids[i]).score();
              }
              return sql.preparedQuery(STORE)
                  .execute(
                      Tuple.tuple()
                          .addArrayOfUUID(ids)
                          .addArrayOfInteger(scores)
                          .addOffsetDateTime(now.atOffset(ZoneOffset.UTC)));
            });
  }

  private static HealthInputs inputs(Row r) {
    LocalDate lastDay = r.getLocalDate("last_day");
    return new HealthInputs(
        instant(r, "created_at"),
        instant(r, "last_rotated"),
        instant(r, "expires_at"),
        r.getBoolean("exposed"),
        r.getString("environment"),
        r.getInteger("interval_days"),
        instant(r, "next_due_at"),
        r.getLong("critical").intValue(),
        r.getLong("high").intValue(),
        r.getLong("medium").intValue(),
        r.getLong("low").intValue(),
        lastDay == null ? null : lastDay.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  static Instant instant(Row r, String column) {
    OffsetDateTime t = r.getOffsetDateTime(column);
    return t == null ? null : t.toInstant();
  }
}
