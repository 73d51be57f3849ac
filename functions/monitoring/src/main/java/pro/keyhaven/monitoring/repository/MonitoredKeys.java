package pro.keyhaven.monitoring.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.access.Role;

/** The caller's standing on keys, through the one visibility rule ({@link KeyVisibility}). */
@ApplicationScoped
public class MonitoredKeys {

  /** A live key the caller can see, and the caller's role on it. */
  public record Access(UUID keyId, UUID ownerId, UUID teamId, Role role) {
    /** Reporting usage, resolving anomalies, schedules and tokens need editor or more. */
    public boolean canWrite() {
      return role != null && role.atLeast(Role.EDITOR);
    }

    /** The audit chain the key's events belong to. */
    public UUID tenantId() {
      return teamId != null ? teamId : ownerId;
    }
  }

  private final Pool pool;
  private final String roles;
  private final String one;

  public MonitoredKeys(Pool pool, KeyVisibility access) {
    this.pool = pool;
    this.roles =
        "SELECT a.id, a.user_id, a.team_id, "
            + access.role("a", "$2")
            + " AS role FROM api_keys a WHERE a.id = ANY($1) AND a.deleted_at IS NULL AND "
            + access.visible("a", "$2");
    this.one =
        "SELECT a.id, a.user_id, a.team_id, "
            + access.role("a", "$2")
            + " AS role FROM api_keys a WHERE a.id = $1 AND a.deleted_at IS NULL AND "
            + access.visible("a", "$2");
  }

  /** The caller's access to each of {@code keys} it can see (the others are absent). */
  public Uni<Map<UUID, Access>> access(UUID caller, UUID[] keys) {
    return pool.preparedQuery(roles)
        .execute(Tuple.of(keys, caller))
        .map(
            rows -> {
              Map<UUID, Access> out = new HashMap<>();
              for (Row r : rows) {
                Access a = access(r);
                out.put(a.keyId(), a);
              }
              return out;
            });
  }

  /** The caller's access to one key; null when the caller cannot see it. */
  public Uni<Access> access(UUID caller, UUID key) {
    return pool.preparedQuery(one)
        .execute(Tuple.of(key, caller))
        .map(rows -> rows.size() == 0 ? null : access(rows.iterator().next()));
  }

  private static Access access(Row r) {
    return new Access(
        r.getUUID("id"), r.getUUID("user_id"), r.getUUID("team_id"), Role.of(r.getString("role")));
  }
}
