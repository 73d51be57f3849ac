package pro.keyhaven.auth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The second step of one sign-in: an {@code mfa_token}, stored as its SHA-256 (V12). */
@Entity
@Table(name = "mfa_challenges")
public class MfaChallenge extends PanacheEntityBase {

  @Id
  @Column(name = "token_hash", length = 64)
  public String tokenHash;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  @Column(name = "used_at")
  public Instant usedAt;

  @Column(nullable = false)
  public int failures;

  public boolean live(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "MfaChallenge[" + userId + "]";
  }
}
