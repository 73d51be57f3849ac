package pro.keyhaven.auth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One sign-in: the refresh tokens it rotated through share it, and die with it. */
@Entity
@Table(name = "refresh_token_families")
public class RefreshTokenFamily extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "revoked_reason", length = 40)
  public String revokedReason;

  @Column(name = "user_agent", length = 512)
  public String userAgent;

  @Column(name = "ip_address", length = 45)
  public String ipAddress;

  /** The last refresh of this sign-in (V12); null before the first one. */
  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  public boolean usable(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  /**
   * Revokes every live family of the user except {@code keep} (which may be null); answers the ids
   * it revoked, so their access tokens can be stopped too.
   */
  public static Uni<List<UUID>> revokeAllOf(UUID userId, UUID keep, String reason, Instant now) {
    return RefreshTokenFamily.<RefreshTokenFamily>list(
            "userId = ?1 and revokedAt is null and id <> ?2",
            userId,
            keep == null ? new UUID(0, 0) : keep)
        .map(
            families -> {
              families.forEach(
                  f -> {
                    f.revokedAt = now;
                    f.revokedReason = reason;
                  });
              return families.stream().map(f -> f.id).toList();
            });
  }
}
