package pro.keyhaven.auth.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.auth.api.AuthBodies.PinnedKeys;
import pro.keyhaven.auth.api.AuthBodies.PutPinnedKeysRequest;
import pro.keyhaven.auth.repository.UserAccount;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;

/**
 * The public keys a user has confirmed (pinned), kept as one blob the browser encrypts under the
 * user's own user key (docs/crypto.md, "Pinned keys"). The server stores it without reading it; a
 * write names the version it read, so two browsers cannot silently drop each other's pins.
 */
@ApplicationScoped
public class PinnedKeysService {

  private final AuditWriter audit;
  private final Clock clock;

  public PinnedKeysService(AuditWriter audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  public Uni<PinnedKeys> get(UUID userId) {
    return Panache.withSession(() -> UserAccount.<UserAccount>findById(userId))
        .onItem()
        .ifNull()
        .failWith(() -> ApiException.unauthorized("The account no longer exists"))
        .map(u -> new PinnedKeys(u.pinnedKeys, u.pinnedKeysVersion));
  }

  public Uni<PinnedKeys> put(UUID userId, PutPinnedKeysRequest req, ClientInfo client) {
    return Panache.withTransaction(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.find(UserAccount.class, userId, org.hibernate.LockMode.PESSIMISTIC_WRITE))
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.unauthorized("The account no longer exists"))
                .chain(
                    u -> {
                      if (u.pinnedKeysVersion != req.version()) {
                        return Uni.createFrom()
                            .failure(
                                ApiException.conflict(
                                    "PINNED_KEYS_CHANGED",
                                    "Your pinned keys changed in another window: reload them and"
                                        + " try again"));
                      }
                      u.pinnedKeys = req.pinnedKeys();
                      u.pinnedKeysVersion = req.version() + 1;
                      u.updatedAt = Clocks.now(clock);
                      return audit
                          .append(
                              new AuditEvent(
                                  u.id,
                                  u.id,
                                  "auth.pinned_keys_changed",
                                  "user",
                                  u.id.toString(),
                                  Map.of("version", u.pinnedKeysVersion),
                                  client))
                          .replaceWith(new PinnedKeys(u.pinnedKeys, u.pinnedKeysVersion));
                    }));
  }
}
