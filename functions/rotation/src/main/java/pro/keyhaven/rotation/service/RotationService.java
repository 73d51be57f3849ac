package pro.keyhaven.rotation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import pro.keyhaven.rotation.api.RotationBodies.RotationAccepted;
import pro.keyhaven.rotation.api.RotationBodies.RotationRun;
import pro.keyhaven.rotation.api.RotationBodies.RotationSettings;
import pro.keyhaven.rotation.api.RotationBodies.RotationSettingsRequest;
import pro.keyhaven.rotation.api.RotationBodies.RotationStatus;
import pro.keyhaven.rotation.api.RotationBodies.VersionReplacement;
import pro.keyhaven.rotation.api.RotationBodies.VersionStored;
import pro.keyhaven.rotation.provider.Rotator;
import pro.keyhaven.rotation.provider.Rotators;
import pro.keyhaven.rotation.repository.ManagedRotation;
import pro.keyhaven.rotation.repository.RotationRunRow;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;

/**
 * The API side of managed rotation: who may set it up (a personal key's owner, a team key's
 * admins), its settings, status and history, run now, rollback, and a client's replacement of a
 * sealed value with its own encryption. Every other id answers 404, as a missing one.
 */
@ApplicationScoped
public class RotationService {

  /** The key as the caller sees it: owner, team, version, the caller's role (null: not visible). */
  record KeyAccess(UUID id, UUID ownerId, UUID teamId, int version, String role) {
    boolean manages() {
      return "owner".equals(role) || "admin".equals(role);
    }

    boolean writes() {
      return manages() || "editor".equals(role);
    }
  }

  private final String keySql;
  private final ConnectionService connections;
  private final RotationEngine engine;
  private final Rotators rotators;
  private final AuditWriter audit;
  private final Clock clock;

  public RotationService(
      KeyVisibility visibility,
      ConnectionService connections,
      RotationEngine engine,
      Rotators rotators,
      AuditWriter audit,
      Clock clock) {
    this.keySql =
        "SELECT k.id, k.user_id, k.team_id, k.version, "
            + visibility.role("k", "?2")
            + " FROM api_keys k WHERE k.id = ?1 AND k.deleted_at IS NULL AND "
            + visibility.visible("k", "?2");
    this.connections = connections;
    this.engine = engine;
    this.rotators = rotators;
    this.audit = audit;
    this.clock = clock;
  }

  Uni<KeyAccess> key(UUID caller, UUID keyId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(keySql, Object[].class)
                    .setParameter(1, keyId)
                    .setParameter(2, caller)
                    .getResultList())
        .map(
            rows -> {
              if (rows.isEmpty()) {
                throw ApiException.notFound("key");
              }
              Object[] r = rows.get(0);
              return new KeyAccess(
                  (UUID) r[0], (UUID) r[1], (UUID) r[2], ((Number) r[3]).intValue(), (String) r[4]);
            });
  }

  private Uni<KeyAccess> managed(UUID caller, UUID keyId) {
    return key(caller, keyId)
        .invoke(
            k -> {
              if (!k.manages()) {
                throw ApiException.forbidden(
                    "Only the key's owner or an admin of its team manages its rotation");
              }
            });
  }

  public Uni<RotationSettings> configure(
      UUID caller, UUID keyId, RotationSettingsRequest req, ClientInfo client) {
    Instant now = Clocks.now(clock);
    Map<String, String> target = Map.copyOf(req.target());
    return Panache.withTransaction(
        () ->
            managed(caller, keyId)
                .chain(
                    k ->
                        connections
                            .usable(caller, req.connectionId())
                            .chain(
                                c -> {
                                  if (!Objects.equals(c.teamId, k.teamId())
                                      || (k.teamId() == null && !c.userId.equals(k.ownerId()))) {
                                    return Uni.createFrom()
                                        .failure(
                                            ApiException.validation(
                                                "CONNECTION_OF_ANOTHER_VAULT",
                                                "Use a connection of the key's own vault (the"
                                                    + " team's for a team key, yours for a"
                                                    + " personal one)"));
                                  }
                                  Rotator rotator = rotators.of(c.provider);
                                  rotator.checkTarget(target);
                                  return ManagedRotation.<ManagedRotation>findById(
                                          keyId, LockModeType.PESSIMISTIC_WRITE)
                                      .chain(
                                          existing -> {
                                            boolean elsewhere =
                                                existing != null
                                                    && (!existing.connectionId.equals(c.id)
                                                        || !existing.target.equals(target));
                                            if (existing != null
                                                && (RotationEngine.BUSY.contains(existing.state)
                                                    || (elsewhere
                                                        && !"idle".equals(existing.state)))) {
                                              // The credential in play must be revoked where it
                                              // was made: no other connection or target until
                                              // then.
                                              return Uni.createFrom()
                                                  .failure(
                                                      ApiException.conflict(
                                                          "ROTATION_IN_PROGRESS",
                                                          "Wait until the running rotation ends (or, in its grace period, roll it back)"));
                                            }
                                            ManagedRotation m =
                                                existing != null ? existing : new ManagedRotation();
                                            boolean fresh = existing == null;
                                            if (fresh) {
                                              m.keyId = keyId;
                                              m.state = "idle";
                                              m.createdAt = now;
                                            }
                                            boolean intervalChanged =
                                                !Objects.equals(m.intervalDays, req.intervalDays());
                                            if (!fresh
                                                && !m.connectionId.equals(c.id)
                                                && m.previousRef == null) {
                                              // Another account or role set: nothing in play yet.
                                              m.currentRef = null;
                                            }
                                            m.connectionId = c.id;
                                            m.target = target;
                                            m.intervalDays = req.intervalDays();
                                            m.graceHours = req.graceHours();
                                            if (fresh || intervalChanged) {
                                              m.nextDueAt =
                                                  m.intervalDays == null
                                                      ? null
                                                      : now.plus(Duration.ofDays(m.intervalDays));
                                            }
                                            m.updatedAt = now;
                                            Uni<ManagedRotation> saved =
                                                fresh ? m.persist() : Uni.createFrom().item(m);
                                            return saved
                                                .call(
                                                    () ->
                                                        record(
                                                            k,
                                                            caller,
                                                            "key.rotation_configured",
                                                            Map.of(
                                                                "provider",
                                                                c.provider,
                                                                "connection_id",
                                                                c.id.toString()),
                                                            client))
                                                .map(x -> settings(m, c.provider));
                                          });
                                })));
  }

  public Uni<RotationStatus> status(UUID caller, UUID keyId) {
    return Panache.withSession(
        () ->
            key(caller, keyId)
                .chain(k -> ManagedRotation.<ManagedRotation>findById(keyId))
                .chain(
                    m ->
                        RotationRunRow.<RotationRunRow>find(
                                "keyId = ?1 order by startedAt desc", keyId)
                            .page(0, 20)
                            .list()
                            .map(
                                runs -> {
                                  List<RotationRun> history =
                                      runs.stream()
                                          .map(
                                              r ->
                                                  new RotationRun(
                                                      r.id,
                                                      r.state,
                                                      r.trigger,
                                                      r.startedAt,
                                                      r.finishedAt,
                                                      r.error))
                                          .toList();
                                  return m == null
                                      ? new RotationStatus("idle", null, null, null, null, history)
                                      : new RotationStatus(
                                          m.state,
                                          m.nextDueAt,
                                          m.graceUntil,
                                          m.retryAt,
                                          m.connectionId,
                                          history);
                                })));
  }

  public Uni<RotationAccepted> runNow(UUID caller, UUID keyId, ClientInfo client) {
    return Panache.withSession(() -> managed(caller, keyId))
        .chain(
            k ->
                Panache.withTransaction(
                        () -> record(k, caller, "key.rotation_requested", Map.of(), client))
                    .replaceWith(k))
        .chain(k -> engine.run(keyId, "manual", caller, true))
        .map(e -> new RotationAccepted(e.getKey(), e.getValue()));
  }

  public Uni<Void> rollback(UUID caller, UUID keyId) {
    return Panache.withSession(() -> managed(caller, keyId))
        .chain(k -> engine.rollback(keyId, caller));
  }

  /**
   * A client stores its own encryption of the value the server sealed: only for the key's current
   * version while it is sealed (409 otherwise), by a caller who may write the key. The sealed value
   * is dropped and the version goes up.
   */
  public Uni<VersionStored> replaceSealed(
      UUID caller, UUID keyId, int version, VersionReplacement body, ClientInfo client) {
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
        () ->
            key(caller, keyId)
                .chain(
                    k -> {
                      if (!k.writes()) {
                        return Uni.createFrom()
                            .failure(
                                ApiException.forbidden("Your role does not allow this action"));
                      }
                      return Panache.getSession()
                          .chain(
                              s ->
                                  s.createNativeQuery(
                                          "UPDATE api_keys SET encrypted_value = ?3, iv = ?4,"
                                              + " sealed_value = NULL, version = version + 1,"
                                              + " updated_at = ?5 WHERE id = ?1 AND version = ?2"
                                              + " AND sealed_value IS NOT NULL AND deleted_at IS"
                                              + " NULL")
                                      .setParameter(1, keyId)
                                      .setParameter(2, version)
                                      .setParameter(3, body.encryptedValue())
                                      .setParameter(4, body.iv())
                                      .setParameter(5, now.atOffset(ZoneOffset.UTC))
                                      .executeUpdate())
                          .chain(
                              updated -> {
                                if (updated == 0) {
                                  return Uni.createFrom()
                                      .failure(
                                          ApiException.conflict(
                                              "NOT_SEALED",
                                              "Only the current version, while the server holds"
                                                  + " it sealed, can be replaced"));
                                }
                                Map<String, Object> meta = new HashMap<>();
                                meta.put("version", version + 1);
                                return record(k, caller, "key.sealed_value_stored", meta, client)
                                    .replaceWith(new VersionStored(keyId, version + 1));
                              });
                    }));
  }

  private Uni<Void> record(
      KeyAccess k, UUID caller, String action, Map<String, Object> meta, ClientInfo client) {
    return audit.append(
        new AuditEvent(
            AuditWriter.keyTenant(k.ownerId(), k.teamId()),
            caller,
            action,
            "api_key",
            k.id().toString(),
            meta,
            client));
  }

  static RotationSettings settings(ManagedRotation m, String provider) {
    return new RotationSettings(
        m.keyId,
        m.connectionId,
        provider,
        m.target,
        m.intervalDays,
        m.graceHours,
        m.state,
        m.nextDueAt);
  }
}
