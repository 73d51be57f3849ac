package pro.keyhaven.vault.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.shared.audit.AuditEntry;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditExporter;
import pro.keyhaven.shared.audit.AuditSealer;
import pro.keyhaven.shared.audit.AuditVerifier;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.config.KeyHavenConfig;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.vault.api.KeyBodies.AuditLogEntry;
import pro.keyhaven.vault.api.KeyBodies.VerifyResponse;

/** The audit log as its readers see it: their own chain, and those of teams they administer. */
@ApplicationScoped
public class AuditLogService {

  private final TeamMembership membership;
  private final AuditSealer sealer;
  private final AuditVerifier verifier;
  private final AuditExporter exporter;
  private final AuditWriter audit;

  private final KeyHavenConfig config;

  public AuditLogService(
      TeamMembership membership,
      AuditSealer sealer,
      AuditVerifier verifier,
      AuditExporter exporter,
      AuditWriter audit,
      KeyHavenConfig config) {
    this.membership = membership;
    this.sealer = sealer;
    this.verifier = verifier;
    this.exporter = exporter;
    this.audit = audit;
    this.config = config;
  }

  /** Most entries in one download; the next one continues after the last. */
  public static final int DOWNLOAD_ENTRIES = 10_000;

  /**
   * The caller's chain (or a team chain the caller administers) as JSON Lines, sealed first, from
   * after {@code after}; the download itself is audited in that chain.
   */
  public Uni<AuditExporter.Download> download(
      UUID caller, UUID teamId, long after, ClientInfo client) {
    return tenant(caller, teamId)
        .call(
            t ->
                Panache.withTransaction(
                    () ->
                        audit.append(
                            new AuditEvent(
                                t,
                                caller,
                                "audit.export",
                                "audit",
                                t.toString(),
                                Map.of("after", after),
                                client))))
        .call(sealer::sealTenant)
        .chain(t -> exporter.download(t, after, DOWNLOAD_ENTRIES));
  }

  private Uni<UUID> tenant(UUID caller, UUID teamId) {
    return teamId == null
        ? Uni.createFrom().item(caller)
        : Panache.withSession(() -> membership.adminTeams(caller))
            .map(
                teams -> {
                  if (!teams.contains(teamId)) {
                    throw pro.keyhaven.shared.error.ApiException.notFound("Team");
                  }
                  return teamId;
                });
  }

  /** Filters of the audit list; all optional. */
  public record AuditFilter(String resourceId, String action, Instant from, Instant to) {}

  public Uni<Page<AuditLogEntry>> list(UUID caller, AuditFilter filter, PageRequest page) {
    return Panache.withSession(
        () ->
            membership
                .adminTeams(caller)
                .chain(
                    teams -> {
                      List<UUID> tenants = new ArrayList<>(teams);
                      tenants.add(caller);
                      StringBuilder q = new StringBuilder("tenantId in ?1");
                      List<Object> params = new ArrayList<>();
                      params.add(tenants);
                      if (filter.resourceId() != null) {
                        params.add(filter.resourceId());
                        q.append(" and resourceId = ?").append(params.size());
                      }
                      if (filter.action() != null) {
                        params.add(filter.action());
                        q.append(" and action = ?").append(params.size());
                      }
                      if (filter.from() != null) {
                        params.add(filter.from());
                        q.append(" and timestamp >= ?").append(params.size());
                      }
                      if (filter.to() != null) {
                        params.add(filter.to());
                        q.append(" and timestamp < ?").append(params.size());
                      }
                      Object[] args = params.toArray();
                      var query = AuditEntry.<AuditEntry>find(q + " order by seq desc", args);
                      return query
                          .page(page.page(), page.size())
                          .list()
                          .chain(
                              rows ->
                                  AuditEntry.count(q.toString(), args)
                                      .map(
                                          total ->
                                              new Page<>(
                                                  rows.stream()
                                                      .map(AuditLogService::toBody)
                                                      .toList(),
                                                  page.page(),
                                                  page.size(),
                                                  total)));
                    }));
  }

  /**
   * Links what is pending into a chain, then walks it: the caller's own, or with {@code teamId} the
   * chain of a team the caller administers (404 otherwise, like any team one may not see).
   */
  public Uni<VerifyResponse> verify(UUID caller, UUID teamId, boolean fromStart) {
    return tenant(caller, teamId)
        .call(sealer::sealTenant)
        .chain(t -> verifier.verify(t, config.audit().verifyBatch(), fromStart))
        .map(
            r ->
                new VerifyResponse(
                    r.valid(),
                    r.entries(),
                    r.unsealed(),
                    r.firstBadId(),
                    r.problem(),
                    r.verifiedFrom(),
                    r.verifiedThrough(),
                    r.complete()));
  }

  private static AuditLogEntry toBody(AuditEntry e) {
    return new AuditLogEntry(
        e.id,
        e.userId,
        e.tenantId,
        e.action,
        e.resource,
        e.resourceId,
        e.metadata,
        e.ipAddress,
        e.userAgent,
        e.timestamp,
        e.chainIndex,
        e.hash);
  }
}
