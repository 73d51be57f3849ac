package pro.keyhaven.auth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A refresh token, stored only as the SHA-256 of its value; usable once. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken extends PanacheEntityBase {

  @Id
  @Column(name = "token_hash", length = 64)
  public String tokenHash;

  @Column(name = "family_id", nullable = false)
  public UUID familyId;

  @Column(name = "issued_at", nullable = false)
  public Instant issuedAt;

  @Column(name = "used_at")
  public Instant usedAt;

  @Override
  public String toString() {
    return "RefreshToken[family=" + familyId + "]";
  }
}
