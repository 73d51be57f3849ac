package pro.keyhaven.shared.insights;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.shared.insights.cve.CveFeed;
import pro.keyhaven.shared.insights.cve.DependencyFeed;
import pro.keyhaven.shared.insights.rules.InsightRules;

/**
 * Recomputes a user's insights from the keys the user may see (rules and CVE feed) and stores them
 * in {@code insights}: a finding seen before keeps its row (and its resolved state, unless a key
 * was added to it, which reopens it), a new one gets a row, and an open or resolved row whose
 * condition is gone is deleted. When the CVE feed could not reach OSV, the CVE rows are left as
 * they were; so are the {@code vulnerable_dependency} rows of a repository whose dependency graph
 * could not be read ({@link DependencyFeed}). The insights function calls it on {@code POST
 * /api/insights/refresh}; the anomaly scan calls {@link #refreshAll()} after every run.
 */
@ApplicationScoped
public class InsightRefresh {

  private static final Logger LOG = Logger.getLogger(InsightRefresh.class);

  private static final String UPSERT =
      """
      INSERT INTO insights (id, user_id, type, severity, description, recommendation, key_ids,
                            cve_id, fixed_versions, fingerprint, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
      ON CONFLICT (user_id, fingerprint) DO UPDATE SET
        type = EXCLUDED.type, severity = EXCLUDED.severity, description = EXCLUDED.description,
        recommendation = EXCLUDED.recommendation, key_ids = EXCLUDED.key_ids,
        cve_id = EXCLUDED.cve_id, fixed_versions = EXCLUDED.fixed_versions,
        resolved = insights.resolved AND EXCLUDED.key_ids <@ insights.key_ids,
        resolved_at = CASE WHEN insights.resolved AND EXCLUDED.key_ids <@ insights.key_ids
                           THEN insights.resolved_at END,
        updated_at = EXCLUDED.updated_at
      """;

  private static final String STALE =
      """
      DELETE FROM insights WHERE user_id = $1 AND NOT (fingerprint = ANY($2))
        AND (type <> 'vulnerable_sdk' OR $3)
        AND NOT EXISTS (SELECT 1 FROM unnest($4::text[]) AS k(p)
                        WHERE left(fingerprint, length(k.p)) = k.p)
      """;

  /** People (not machine identities) who see at least one key. */
  private static final String USERS =
      """
      SELECT u.id FROM users u
      WHERE NOT EXISTS (SELECT 1 FROM machine_identities mi WHERE mi.id = u.id)
        AND (EXISTS (SELECT 1 FROM api_keys a WHERE a.user_id = u.id AND a.team_id IS NULL
                       AND a.deleted_at IS NULL)
             OR EXISTS (SELECT 1 FROM team_members m WHERE m.user_id = u.id)
             OR EXISTS (SELECT 1 FROM insights i WHERE i.user_id = u.id))
      ORDER BY u.id
      """;

  private final Pool pool;
  private final Clock clock;
  private final KeyFactsReader facts;
  private final CveFeed cves;
  private final DependencyFeed dependencies;
  private final InsightsConfig config;

  public InsightRefresh(
      Pool pool,
      Clock clock,
      KeyFactsReader facts,
      CveFeed cves,
      DependencyFeed dependencies,
      InsightsConfig config) {
    this.pool = pool;
    this.clock = clock;
    this.facts = facts;
    this.cves = cves;
    this.dependencies = dependencies;
    this.config = config;
  }

  /** The rules' thresholds from the configuration. */
  public InsightRules.Thresholds thresholds() {
    InsightsConfig.Rules r = config.rules();
    return new InsightRules.Thresholds(
        r.oldProductionDays(), r.unusedDays(), r.expiringDays(), r.maxMembers());
  }

  /** Recomputes {@code user}'s insights; answers how many are open afterwards. */
  public Uni<Integer> refresh(UUID user) {
    Instant now = clock.instant();
    return facts
        .visibleTo(user)
        .chain(
            keys ->
                cves.findings(keys)
                    .chain(
                        feed ->
                            dependencies
                                .findings(user, keys)
                                .map(
                                    deps -> {
                                      List<Finding> all =
                                          new ArrayList<>(
                                              InsightRules.evaluate(keys, now, thresholds()));
                                      all.addAll(feed.findings());
                                      all.addAll(deps.findings());
                                      return new Computed(all, feed.complete(), deps.keep());
                                    })))
        .chain(c -> store(user, c, now));
  }

  /**
   * What a refresh found; {@code cveComplete} false keeps the stored {@code vulnerable_sdk} rows,
   * {@code keep} the stored rows whose fingerprint starts with one of its prefixes.
   */
  private record Computed(List<Finding> findings, boolean cveComplete, List<String> keep) {}

  /** Refreshes every user who sees a key (the scan's job); answers how many users were done. */
  public Uni<Integer> refreshAll() {
    return pool.query(USERS)
        .execute()
        .chain(
            rows -> {
              List<UUID> users = new ArrayList<>();
              for (Row r : rows) {
                users.add(r.getUUID("id"));
              }
              return Multi.createFrom()
                  .iterable(users)
                  .onItem()
                  .transformToUniAndConcatenate(
                      u ->
                          refresh(u)
                              .onFailure()
                              .recoverWithItem(
                                  e -> {
                                    LOG.warnf(e, "Refreshing the insights of a user failed");
                                    return -1;
                                  }))
                  .collect()
                  .asList()
                  .map(List::size);
            });
  }

  private Uni<Integer> store(UUID user, Computed computed, Instant now) {
    List<Finding> findings = computed.findings();
    List<Tuple> rows = new ArrayList<>();
    for (Finding f : findings) {
      rows.add(
          Tuple.tuple()
              .addUUID(UUID.randomUUID())
              .addUUID(user)
              .addString(f.type())
              .addString(f.severity())
              .addString(f.description())
              .addString(f.recommendation())
              .addArrayOfUUID(f.keyIds().toArray(UUID[]::new))
              .addString(f.cveId())
              .addArrayOfString(
                  f.fixedVersions() == null ? null : f.fixedVersions().toArray(String[]::new))
              .addString(f.fingerprint())
              .addOffsetDateTime(now.atOffset(ZoneOffset.UTC)));
    }
    String[] fingerprints = findings.stream().map(Finding::fingerprint).toArray(String[]::new);
    return pool.withTransaction(
        c -> {
          Uni<?> upsert =
              rows.isEmpty()
                  ? Uni.createFrom().voidItem()
                  : c.preparedQuery(UPSERT).executeBatch(rows);
          return upsert
              .chain(
                  () ->
                      c.preparedQuery(STALE)
                          .execute(
                              Tuple.of(
                                  user,
                                  fingerprints,
                                  computed.cveComplete(),
                                  computed.keep().toArray(String[]::new))))
              .chain(
                  () ->
                      c.preparedQuery(
                              "SELECT count(*) AS n FROM insights WHERE user_id = $1 AND NOT"
                                  + " resolved")
                          .execute(Tuple.of(user)))
              .map(r -> r.iterator().next().getLong("n").intValue());
        });
  }
}
