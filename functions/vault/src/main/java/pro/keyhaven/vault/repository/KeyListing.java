package pro.keyhaven.vault.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The key list: one parameterised statement that returns the page and, through a window function,
 * the total, so a page costs one pass over the matching rows. Scope comes from the caller's
 * identity and memberships, never from the client.
 */
@ApplicationScoped
public class KeyListing {

  private final Pool pool;

  public KeyListing(Pool pool) {
    this.pool = pool;
  }

  /** The teams the caller belongs to. */
  public Uni<List<UUID>> teamsOf(UUID caller) {
    return pool.preparedQuery("SELECT team_id FROM team_members WHERE user_id = $1")
        .execute(Tuple.of(caller))
        .map(
            rows -> {
              List<UUID> teams = new ArrayList<>();
              rows.forEach(r -> teams.add(r.getUUID("team_id")));
              return teams;
            });
  }

  /** A page of rows and the number of rows matching in all. */
  public record Rows(List<ApiKeyEntity> items, long total) {}

  public Uni<Rows> page(UUID caller, List<UUID> teams, KeyFilter filter, int offset, int size) {
    List<Object> params = new ArrayList<>();
    String where = where(caller, teams, filter, params);
    String pageSql =
        "SELECT k.*, count(*) OVER () AS total_rows FROM api_keys k WHERE "
            + where
            + " ORDER BY k.created_at DESC, k.id LIMIT "
            + bind(params, size)
            + " OFFSET "
            + bind(params, offset);
    return pool.preparedQuery(pageSql)
        .execute(Tuple.from(params))
        .chain(
            rows -> {
              List<ApiKeyEntity> items = new ArrayList<>();
              long total = -1;
              for (Row row : rows) {
                items.add(KeyReads.entity(row));
                total = row.getLong("total_rows");
              }
              if (total >= 0 || offset == 0) {
                return Uni.createFrom().item(new Rows(items, Math.max(total, 0)));
              }
              // Past the last page the window has no row to ride on: count on its own.
              List<Object> countParams = new ArrayList<>();
              String countSql =
                  "SELECT count(*) AS n FROM api_keys k WHERE "
                      + where(caller, teams, filter, countParams);
              return pool.preparedQuery(countSql)
                  .execute(Tuple.from(countParams))
                  .map(r -> new Rows(items, r.iterator().next().getLong("n")));
            });
  }

  private static String where(UUID caller, List<UUID> teams, KeyFilter filter, List<Object> p) {
    StringBuilder w = new StringBuilder();
    if (filter.teamId() != null) {
      w.append("k.team_id = ").append(bind(p, filter.teamId()));
    } else if (teams.isEmpty()) {
      w.append("k.team_id IS NULL AND k.user_id = ").append(bind(p, caller));
    } else {
      w.append("(k.team_id IS NULL AND k.user_id = ")
          .append(bind(p, caller))
          .append(" OR k.team_id = ANY(")
          .append(bind(p, teams.toArray(UUID[]::new)))
          .append("))");
    }
    w.append(filter.deleted() ? " AND k.deleted_at IS NOT NULL" : " AND k.deleted_at IS NULL");
    if (filter.service() != null) {
      w.append(" AND lower(k.service) = ")
          .append(bind(p, filter.service().toLowerCase(Locale.ROOT)));
    }
    if (filter.environment() != null) {
      w.append(" AND k.environment = ").append(bind(p, filter.environment()));
    }
    if (filter.tag() != null) {
      w.append(" AND k.tags @> ARRAY[").append(bind(p, filter.tag())).append("::text]");
    }
    if (filter.q() != null) {
      String like = "%" + likeEscape(filter.q().toLowerCase(Locale.ROOT)) + "%";
      w.append(" AND lower(k.name || ' ' || k.service || ' ' || coalesce(k.description, ''))")
          .append(" LIKE ")
          .append(bind(p, like))
          .append(" ESCAPE '\\'");
    }
    return w.toString();
  }

  /** Adds a bind value and answers its placeholder. */
  private static String bind(List<Object> params, Object value) {
    params.add(value);
    return "$" + params.size();
  }

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
