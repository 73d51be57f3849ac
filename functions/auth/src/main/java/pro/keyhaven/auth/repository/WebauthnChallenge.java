package pro.keyhaven.auth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One WebAuthn ceremony's challenge, stored as its SHA-256 (V19): short-lived, single use. */
@Entity
@Table(name = "webauthn_challenges")
public class WebauthnChallenge extends PanacheEntityBase {

  public static final String REGISTER = "register";
  public static final String LOGIN = "login";

  @Id
  @Column(name = "challenge_hash", length = 64)
  public String challengeHash;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(nullable = false, length = 16)
  public String purpose;

  @Column(name = "mfa_token_hash", length = 64)
  public String mfaTokenHash;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  @Column(name = "used_at")
  public Instant usedAt;

  public boolean live(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "WebauthnChallenge[" + userId + ", " + purpose + "]";
  }
}
