package pro.keyhaven.auth.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.auth.api.MfaBodies.SignIn;
import pro.keyhaven.auth.api.MfaBodies.SignIns;
import pro.keyhaven.auth.repository.RefreshTokenFamily;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.security.RevokedSessions;
import pro.keyhaven.shared.time.Clocks;

/** The caller's live sign-ins (refresh-token families), and signing one of them out. */
@ApplicationScoped
public class SignInsService {

  private final AuditWriter audit;
  private final RevokedSessions revoked;
  private final Clock clock;

  public SignInsService(AuditWriter audit, RevokedSessions revoked, Clock clock) {
    this.audit = audit;
    this.revoked = revoked;
    this.clock = clock;
  }

  public Uni<SignIns> list(UUID userId, String currentSessionId) {
    Instant now = Clocks.now(clock);
    return Panache.withSession(
            () ->
                RefreshTokenFamily.<RefreshTokenFamily>list(
                    "userId = ?1 and revokedAt is null and expiresAt > ?2"
                        + " order by coalesce(lastUsedAt, createdAt) desc",
                    userId,
                    now))
        .map(
            families ->
                new SignIns(
                    families.stream()
                        .map(
                            f ->
                                new SignIn(
                                    f.id,
                                    Devices.describe(f.userAgent),
                                    f.ipAddress,
                                    f.createdAt,
                                    f.lastUsedAt == null ? f.createdAt : f.lastUsedAt,
                                    f.id.toString().equals(currentSessionId)))
                        .toList()));
  }

  /** Ends one sign-in of the caller; another user's or an unknown id answers 404. */
  public Uni<Void> signOut(UUID userId, UUID id, ClientInfo client) {
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
        () ->
            RefreshTokenFamily.<RefreshTokenFamily>findById(id)
                .chain(
                    f -> {
                      if (f == null || !f.userId.equals(userId) || !f.usable(now)) {
                        return Uni.createFrom().failure(ApiException.notFound("Sign-in"));
                      }
                      f.revokedAt = now;
                      f.revokedReason = "signed_out";
                      return revoked
                          .revoke(List.of(f.id))
                          .chain(
                              () ->
                                  audit.append(
                                      new AuditEvent(
                                          userId,
                                          userId,
                                          "auth.sign_in_ended",
                                          "session",
                                          f.id.toString(),
                                          Map.of(),
                                          client)));
                    }));
  }
}
