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
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.ClientInfo;

/**
 * The key list: one parameterised statement that returns the page and, through a window function,
 * the total, so a page costs one pass over the matching rows. Scope is the one visibility rule
 * ({@link KeyVisibility}) applied to the caller's identity, never an owner the client names.
 */
@ApplicationScoped
public class KeyListing {

  private final Pool pool;
  private final KeyVisibility visibility;
  private final AuditWriter audit;

  public KeyListing(Pool pool, KeyVisibility visibility, AuditWriter audit) {
    this.pool = pool;
    this.visibility = visibility;
    this.audit = audit;
  }

  /**
   * Whether the caller belongs to the team (a list filtered by a foreign team answers 404), and
   * meets its two-step policy (403 {@code TEAM_REQUIRES_TWO_STEP} otherwise).
   */
  public Uni<Boolean> isMember(UUID teamId, UUID caller) {
    return pool.preparedQuery(
            "SELECT "
                + visibility.teamPolicyMet("team_id", "$2")
                + " AS met FROM team_members WHERE team_id = $1 AND user_id = $2"
                + " AND status = 'confirmed'")
        .execute(Tuple.of(teamId, caller))
        .map(
            rows -> {
              if (rows.size() == 0) {
                return false;
              }
              if (!rows.iterator().next().getBoolean("met")) {
                throw ApiException.teamRequiresTwoStep();
              }
              return true;
            });
  }

  /** A page of rows and the number of rows matching in all. */
  public record Rows(List<ApiKeyEntity> items, long total) {}

  public Uni<Rows> page(
      UUID caller, KeyFilter filter, KeySort.Order order, int offset, int size, ClientInfo client) {
    List<Object> params = new ArrayList<>();
    String pageCte =
        byTagIndex(filter)
            ? pageFromTagIndex(caller, filter, order, offset, size, params)
            : "SELECT k.*, count(*) OVER () AS total_rows FROM api_keys k WHERE "
                + where(caller, filter, params)
                + " ORDER BY "
                + order.sql("k")
                + " LIMIT "
                + bind(params, size)
                + " OFFSET "
                + bind(params, offset);
    // The page carries ciphertext, so the same statement audits it: one key.list entry per chain,
    // naming the keys it returned.
    int auditFrom = params.size() + 1;
    audit.bindList(params, caller, client);
    String pageSql =
        "WITH page AS ("
            + pageCte
            + "), audited AS ("
            + AuditWriter.insertListFor("page", "key.list", auditFrom)
            + ") SELECT page.*, (SELECT count(*) FROM audited) AS audited FROM page"
            + " ORDER BY "
            + order.sql("page");
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
                      + where(caller, filter, countParams);
              return pool.preparedQuery(countSql)
                  .execute(Tuple.from(countParams))
                  .map(r -> new Rows(items, r.iterator().next().getLong("n")));
            });
  }

  /** Live keys filtered by tag are found through {@code api_key_tags} (migration V22). */
  private static boolean byTagIndex(KeyFilter filter) {
    return filter.tag() != null && !filter.deleted();
  }

  /**
   * The page of a tag-filtered list: the matching keys come from {@code api_key_tags}, whose rows
   * carry what the visibility rule, the environment filter and the default order read, so the page
   * and its total are read from the index alone; only the page's keys are then read from {@code
   * api_keys}. The personal keys and the team keys are read as two appended halves (the rule's two
   * halves never admit the same row), so that each is an index-only scan of its own partial index
   * rather than one bitmap scan that visits a table block for every match. A filter or an order on
   * other columns (service, text, name…) joins {@code api_keys} for the matching keys first.
   */
  private String pageFromTagIndex(
      UUID caller, KeyFilter filter, KeySort.Order order, int offset, int size, List<Object> p) {
    boolean needsKeyColumns =
        filter.service() != null || filter.q() != null || order.field() != KeySort.CREATED_AT;
    String who = bind(p, caller);
    StringBuilder w =
        new StringBuilder(" AND t.deleted_at IS NULL AND t.tag = ").append(bind(p, filter.tag()));
    if (filter.teamId() != null) {
      w.append(" AND t.team_id = ").append(bind(p, filter.teamId()));
    }
    if (filter.environment() != null) {
      w.append(" AND t.environment = ").append(bind(p, filter.environment()));
    }
    String matching;
    if (needsKeyColumns) {
      appendKeyFilters(w, filter, p);
      matching =
          "SELECT k.* FROM api_key_tags t JOIN api_keys k ON k.id = t.key_id WHERE "
              + visibility.visible("t", who)
              + w;
    } else {
      String entries = "SELECT t.key_id AS id, t.created_at FROM api_key_tags t WHERE ";
      String teams = entries + visibility.throughTeam("t", who) + w;
      matching =
          filter.teamId() != null
              ? teams
              : entries + visibility.personal("t", who) + w + " UNION ALL " + teams;
    }
    return "SELECT k.*, ids.total_rows FROM (SELECT m.id, count(*) OVER () AS total_rows FROM ("
        + matching
        + ") m ORDER BY "
        + order.sql("m")
        + " LIMIT "
        + bind(p, size)
        + " OFFSET "
        + bind(p, offset)
        + ") ids JOIN api_keys k ON k.id = ids.id";
  }

  private String where(UUID caller, KeyFilter filter, List<Object> p) {
    StringBuilder w = new StringBuilder(visibility.visible("k", bind(p, caller)));
    if (filter.teamId() != null) {
      w.append(" AND k.team_id = ").append(bind(p, filter.teamId()));
    }
    w.append(filter.deleted() ? " AND k.deleted_at IS NOT NULL" : " AND k.deleted_at IS NULL");
    if (filter.environment() != null) {
      w.append(" AND k.environment = ").append(bind(p, filter.environment()));
    }
    if (filter.tag() != null) {
      w.append(" AND k.tags @> ARRAY[").append(bind(p, filter.tag())).append("::text]");
    }
    appendKeyFilters(w, filter, p);
    return w.toString();
  }

  /** The filters on columns only {@code api_keys k} has: service and the text search. */
  private static void appendKeyFilters(StringBuilder w, KeyFilter filter, List<Object> p) {
    if (filter.service() != null) {
      w.append(" AND lower(k.service) = ")
          .append(bind(p, filter.service().toLowerCase(Locale.ROOT)));
    }
    if (filter.q() != null) {
      String like = "%" + likeEscape(filter.q().toLowerCase(Locale.ROOT)) + "%";
      w.append(" AND lower(k.name || ' ' || k.service || ' ' || coalesce(k.description, ''))")
          .append(" LIKE ")
          .append(bind(p, like))
          .append(" ESCAPE '\\'");
    }
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
