package pro.keyhaven.monitoring.service;

import io.quarkus.hibernate.reactive.panache.Panache;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.monitoring.api.AnomalyBody;
import pro.keyhaven.monitoring.health.HealthService;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.access.Role;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.security.ClientInfo;

/**
 * Anomalies of the keys the caller can see, newest first; resolving one needs editor, admin or
 * owner, is audited, and lifts the key's health at once.
 */
@ApplicationScoped
public class AnomalyService {

  private final Pool pool;
  private final Clock clock;
  private final AuditWriter audit;
  private final HealthService health;
  private final String list;
  private final String one;

  public AnomalyService(
      Pool pool, Clock clock, AuditWriter audit, HealthService health, KeyVisibility access) {
    this.pool = pool;
    this.clock = clock;
    this.audit = audit;
    this.health = health;
    this.list =
        "SELECT x.*, count(*) OVER () AS total FROM anomalies x JOIN api_keys a ON a.id = x.key_id"
            + " WHERE a.deleted_at IS NULL AND "
            + access.visible("a", "$1")
            + " AND ($2::text IS NULL OR x.status = $2) AND ($3::uuid IS NULL OR x.key_id = $3)"
            + " ORDER BY x.detected_at DESC, x.id LIMIT $4 OFFSET $5";
    this.one =
        "SELECT x.*, a.user_id, a.team_id, "
            + access.role("a", "$2")
            + " AS role FROM anomalies x JOIN api_keys a ON a.id = x.key_id"
            + " WHERE x.id = $1 AND a.deleted_at IS NULL AND "
            + access.visible("a", "$2");
  }

  public Uni<Page<AnomalyBody>> list(UUID caller, String status, UUID key, PageRequest page) {
    if (status != null && !status.equals("open") && !status.equals("resolved")) {
      throw ApiException.validation("INVALID_STATUS", "status must be open or resolved");
    }
    return pool.preparedQuery(list)
        .execute(Tuple.of(caller, status, key, page.size(), page.offset()))
        .map(
            rows -> {
              List<AnomalyBody> items = new ArrayList<>();
              long total = 0;
              for (Row r : rows) {
                items.add(body(r));
                total = r.getLong("total");
              }
              return new Page<>(items, page.page(), page.size(), total);
            });
  }

  public Uni<AnomalyBody> resolve(UUID caller, UUID id, ClientInfo client) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return pool.preparedQuery(one)
        .execute(Tuple.of(id, caller))
        .chain(
            rows -> {
              if (rows.size() == 0) {
                throw ApiException.notFound("Anomaly");
              }
              Row r = rows.iterator().next();
              Role role = Role.of(r.getString("role"));
              if (role == null) {
                throw ApiException.notFound("Anomaly");
              }
              role.require(Role.EDITOR);
              AnomalyBody before = body(r);
              if ("resolved".equals(before.status())) {
                return Uni.createFrom().item(before);
              }
              UUID team = r.getUUID("team_id");
              UUID tenant = team != null ? team : r.getUUID("user_id");
              return Panache.withTransaction(
                      () ->
                          Panache.getSession()
                              .chain(
                                  s ->
                                      s.createNativeQuery(
                                              "UPDATE anomalies SET status = 'resolved',"
                                                  + " resolved_at = ?1, resolved_by = ?2"
                                                  + " WHERE id = ?3 AND status = 'open'")
                                          .setParameter(1, now.atOffset(ZoneOffset.UTC))
                                          .setParameter(2, caller)
                                          .setParameter(3, id)
                                          .executeUpdate())
                              .chain(
                                  n ->
                                      n == 0
                                          ? Uni.createFrom().voidItem()
                                          : audit.append(
                                              new AuditEvent(
                                                  tenant,
                                                  caller,
                                                  "anomaly.resolve",
                                                  "anomaly",
                                                  id.toString(),
                                                  Map.of(
                                                      "key_id", before.keyId().toString(),
                                                      "kind", before.kind()),
                                                  client))))
                  .chain(() -> health.refresh(pool, List.of(before.keyId()), now))
                  .map(
                      h ->
                          new AnomalyBody(
                              before.id(),
                              before.keyId(),
                              before.kind(),
                              before.severity(),
                              before.description(),
                              before.detectedAt(),
                              "resolved",
                              now));
            });
  }

  private static AnomalyBody body(Row r) {
    OffsetDateTime resolved = r.getOffsetDateTime("resolved_at");
    return new AnomalyBody(
        r.getUUID("id"),
        r.getUUID("key_id"),
        r.getString("kind"),
        r.getString("severity"),
        r.getString("description"),
        r.getOffsetDateTime("detected_at").toInstant(),
        r.getString("status"),
        resolved == null ? null : resolved.toInstant());
  }
}
