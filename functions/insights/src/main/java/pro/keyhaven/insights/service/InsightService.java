package pro.keyhaven.insights.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import pro.keyhaven.insights.api.InsightBody;
import pro.keyhaven.insights.api.RefreshAccepted;
import pro.keyhaven.insights.api.RiskList;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.insights.InsightRefresh;
import pro.keyhaven.shared.insights.InsightsConfig;
import pro.keyhaven.shared.insights.KeyFactsReader;
import pro.keyhaven.shared.insights.rules.InsightRules;
import pro.keyhaven.shared.insights.rules.RiskRanking;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.plan.Entitlements;
import pro.keyhaven.shared.plan.Feature;

/**
 * The caller's insights: listed with filters, refreshed on demand, resolved; and the risk ranking.
 * An insight belongs to one user (404 for anyone else's id, as for a missing one), and the keys it
 * names are intersected with the keys the caller may see now (the visibility rule), so a key the
 * caller lost access to since the last refresh never shows; an insight left with no visible key is
 * not listed. With billing on, insights need the Pro plan (402 {@code PLAN_LIMIT}).
 */
@ApplicationScoped
public class InsightService {

  private final Pool pool;
  private final Clock clock;
  private final Entitlements entitlements;
  private final InsightRefresh refresh;
  private final KeyFactsReader facts;
  private final InsightsConfig config;
  private final String list;
  private final String one;

  public InsightService(
      Pool pool,
      Clock clock,
      Entitlements entitlements,
      InsightRefresh refresh,
      KeyFactsReader facts,
      InsightsConfig config,
      KeyVisibility access) {
    this.pool = pool;
    this.clock = clock;
    this.entitlements = entitlements;
    this.refresh = refresh;
    this.facts = facts;
    this.config = config;
    String visibleKeys =
        "ARRAY(SELECT u.k FROM unnest(i.key_ids) WITH ORDINALITY AS u(k, n)"
            + " JOIN api_keys a ON a.id = u.k WHERE a.deleted_at IS NULL AND "
            + access.visible("a", "$1")
            + " ORDER BY u.n) AS visible_keys";
    this.list =
        "WITH x AS (SELECT i.*, "
            + visibleKeys
            + " FROM insights i WHERE i.user_id = $1"
            + " AND ($2::text IS NULL OR i.type = $2) AND ($3::text IS NULL OR i.severity = $3)"
            + " AND ($4::boolean IS NULL OR i.resolved = $4))"
            + " SELECT x.*, count(*) OVER () AS total FROM x WHERE cardinality(x.visible_keys) > 0"
            + " ORDER BY x.resolved,"
            + " CASE x.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2"
            + " ELSE 3 END, x.created_at DESC, x.id LIMIT $5 OFFSET $6";
    this.one = "SELECT i.*, " + visibleKeys + " FROM insights i WHERE i.id = $2 AND i.user_id = $1";
  }

  public Uni<Page<InsightBody>> list(
      UUID caller, String type, String severity, String resolved, PageRequest page) {
    if (type != null && !InsightRules.TYPES.contains(type)) {
      throw ApiException.validation(
          "INVALID_TYPE", "type must be one of " + String.join(", ", InsightRules.TYPES));
    }
    if (severity != null && !InsightRules.SEVERITIES.contains(severity)) {
      throw ApiException.validation(
          "INVALID_SEVERITY", "severity must be low, medium, high or critical");
    }
    Boolean done = null;
    if (resolved != null) {
      if (!resolved.equals("true") && !resolved.equals("false")) {
        throw ApiException.validation("INVALID_RESOLVED", "resolved must be true or false");
      }
      done = Boolean.valueOf(resolved);
    }
    Tuple args =
        Tuple.tuple()
            .addUUID(caller)
            .addString(type)
            .addString(severity)
            .addBoolean(done)
            .addInteger(page.size())
            .addInteger(page.offset());
    return entitlements
        .require(caller, Feature.INSIGHTS)
        .chain(() -> pool.preparedQuery(list).execute(args))
        .map(
            rows -> {
              List<InsightBody> items = new ArrayList<>();
              long total = 0;
              for (Row r : rows) {
                items.add(body(r));
                total = r.getLong("total");
              }
              return new Page<>(items, page.page(), page.size(), total);
            });
  }

  public Uni<RefreshAccepted> refresh(UUID caller) {
    return entitlements
        .require(caller, Feature.INSIGHTS)
        .chain(() -> refresh.refresh(caller))
        .map(RefreshAccepted::new);
  }

  public Uni<InsightBody> resolve(UUID caller, UUID id) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return entitlements
        .require(caller, Feature.INSIGHTS)
        .chain(
            () ->
                pool.preparedQuery(
                        "UPDATE insights SET resolved = TRUE, resolved_at = $3"
                            + " WHERE id = $2 AND user_id = $1 AND NOT resolved")
                    .execute(Tuple.of(caller, id, now.atOffset(ZoneOffset.UTC))))
        .chain(() -> pool.preparedQuery(one).execute(Tuple.of(caller, id)))
        .map(
            rows -> {
              if (rows.size() == 0) {
                throw ApiException.notFound("Insight");
              }
              Row r = rows.iterator().next();
              if (r.getArrayOfUUIDs("visible_keys").length == 0) {
                throw ApiException.notFound("Insight");
              }
              return body(r);
            });
  }

  public Uni<RiskList> risks(UUID caller, Integer size) {
    int limit = size == null ? 50 : size;
    if (limit < 1 || limit > 200) {
      throw ApiException.validation("INVALID_SIZE", "size must be between 1 and 200");
    }
    Instant now = clock.instant();
    return entitlements
        .require(caller, Feature.INSIGHTS)
        .chain(() -> facts.visibleTo(caller))
        .map(
            keys -> {
              List<RiskRanking.KeyRisk> all =
                  RiskRanking.rank(
                      keys, now, config.rules().expiringDays(), config.rules().weakHealth());
              return new RiskList(all.subList(0, Math.min(limit, all.size())), all.size());
            });
  }

  private static InsightBody body(Row r) {
    String[] fixed = r.getArrayOfStrings("fixed_versions");
    return new InsightBody(
        r.getUUID("id"),
        r.getString("type"),
        r.getString("severity"),
        r.getString("description"),
        r.getString("recommendation"),
        Arrays.asList(r.getArrayOfUUIDs("visible_keys")),
        r.getString("cve_id"),
        fixed == null ? null : Arrays.asList(fixed),
        Boolean.TRUE.equals(r.getBoolean("resolved")),
        instant(r.getOffsetDateTime("resolved_at")),
        instant(r.getOffsetDateTime("created_at")),
        instant(r.getOffsetDateTime("updated_at")));
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
