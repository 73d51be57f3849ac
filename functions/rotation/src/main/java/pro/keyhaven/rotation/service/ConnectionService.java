package pro.keyhaven.rotation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.rotation.api.RotationBodies.Connection;
import pro.keyhaven.rotation.api.RotationBodies.ConnectionRequest;
import pro.keyhaven.rotation.provider.Rotator;
import pro.keyhaven.rotation.provider.Rotators;
import pro.keyhaven.rotation.repository.ManagedRotation;
import pro.keyhaven.rotation.repository.RotationConnection;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;

/**
 * Provider connections: a personal one belongs to its creator; a team's is made, seen and removed
 * by the team's admins. The credential is checked, sealed and never answered.
 */
@ApplicationScoped
public class ConnectionService {

  static final String ADMIN_OF_TEAM =
      "SELECT 1 FROM team_members m WHERE m.team_id = ?1 AND m.user_id = ?2"
          + " AND m.status = 'confirmed' AND m.role = 'admin'";

  private final Rotators rotators;
  private final Credentials credentials;
  private final AuditWriter audit;
  private final Clock clock;
  private final Vertx vertx;

  public ConnectionService(
      Rotators rotators, Credentials credentials, AuditWriter audit, Clock clock, Vertx vertx) {
    this.vertx = vertx;
    this.rotators = rotators;
    this.credentials = credentials;
    this.audit = audit;
    this.clock = clock;
  }

  public Uni<Connection> create(UUID caller, ConnectionRequest req, ClientInfo client) {
    Rotator rotator = rotators.of(req.provider());
    Map<String, String> credential = Map.copyOf(req.credential());
    // May resolve a host name: off the event loop, then back on its context.
    return vertx
        .executeBlocking(
            Uni.createFrom()
                .item(
                    () -> {
                      rotator.checkCredential(credential);
                      return credential;
                    }))
        .chain(
            checked ->
                Panache.withTransaction(
                    () ->
                        requireAdmin(req.teamId(), caller)
                            .chain(
                                () -> {
                                  RotationConnection c = new RotationConnection();
                                  c.id = UUID.randomUUID();
                                  c.userId = caller;
                                  c.teamId = req.teamId();
                                  c.provider = req.provider();
                                  c.name = req.name().strip();
                                  c.createdAt = Clocks.now(clock);
                                  c.credentialSealed = credentials.seal(c, checked);
                                  return c.<RotationConnection>persist();
                                })
                            .call(c -> record(c, caller, "rotation.connection_created", client))))
        .map(ConnectionService::body);
  }

  public Uni<List<Connection>> list(UUID caller) {
    return Panache.withSession(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "SELECT c.* FROM rotation_connections c WHERE (c.team_id IS NULL"
                                    + " AND c.user_id = ?1) OR c.team_id IN (SELECT m.team_id FROM"
                                    + " team_members m WHERE m.user_id = ?1 AND m.status ="
                                    + " 'confirmed' AND m.role = 'admin') ORDER BY c.created_at,"
                                    + " c.id",
                                RotationConnection.class)
                            .setParameter(1, caller)
                            .getResultList())
                .map(l -> l.stream().map(ConnectionService::body).toList()));
  }

  /**
   * Removes a connection and the rotations set up with it; 409 {@code CONNECTION_IN_USE} while one
   * of them is not idle (running, in its grace period or failed), since the old or pending
   * credential still has to be revoked with it.
   */
  public Uni<Void> delete(UUID caller, UUID id, ClientInfo client) {
    return Panache.withTransaction(
        () ->
            usable(caller, id)
                .call(
                    c ->
                        ManagedRotation.count("connectionId = ?1 and state <> 'idle'", c.id)
                            .invoke(
                                busy -> {
                                  if (busy > 0) {
                                    throw ApiException.conflict(
                                        "CONNECTION_IN_USE",
                                        "A rotation that uses this connection is running, in its"
                                            + " grace period or failed; let it finish (or roll it"
                                            + " back) first");
                                  }
                                }))
                .call(c -> record(c, caller, "rotation.connection_deleted", client))
                .call(c -> c.delete())
                .replaceWithVoid());
  }

  /** The connection if the caller may use it (its owner, or an admin of its team); else 404. */
  public Uni<RotationConnection> usable(UUID caller, UUID id) {
    return RotationConnection.<RotationConnection>findById(id)
        .chain(
            c -> {
              if (c == null) {
                return Uni.createFrom().failure(ApiException.notFound("connection"));
              }
              if (c.teamId == null) {
                return c.userId.equals(caller)
                    ? Uni.createFrom().item(c)
                    : Uni.createFrom().failure(ApiException.notFound("connection"));
              }
              return isAdmin(c.teamId, caller)
                  .chain(
                      admin ->
                          admin
                              ? Uni.createFrom().item(c)
                              : Uni.createFrom()
                                  .<RotationConnection>failure(
                                      ApiException.notFound("connection")));
            });
  }

  Uni<Void> requireAdmin(UUID teamId, UUID caller) {
    if (teamId == null) {
      return Uni.createFrom().voidItem();
    }
    return isAdmin(teamId, caller)
        .chain(
            admin ->
                admin
                    ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(ApiException.notFound("team")));
  }

  static Uni<Boolean> isAdmin(UUID teamId, UUID caller) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(ADMIN_OF_TEAM)
                    .setParameter(1, teamId)
                    .setParameter(2, caller)
                    .getResultList()
                    .map(rows -> !rows.isEmpty()));
  }

  private Uni<Void> record(RotationConnection c, UUID caller, String action, ClientInfo client) {
    Map<String, Object> meta = new HashMap<>();
    meta.put("provider", c.provider);
    meta.put("name", c.name);
    return audit.append(
        new AuditEvent(
            c.teamId != null ? c.teamId : c.userId,
            caller,
            action,
            "rotation_connection",
            c.id.toString(),
            meta,
            client));
  }

  static Connection body(RotationConnection c) {
    return new Connection(c.id, c.provider, c.name, c.teamId, c.createdAt, c.lastUsedAt);
  }
}
