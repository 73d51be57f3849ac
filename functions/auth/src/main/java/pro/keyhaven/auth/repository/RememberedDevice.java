package pro.keyhaven.auth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A device that skips the second step of sign-in until {@link #expiresAt} (V20). Only the SHA-256
 * of its token is kept; forgetting the device deletes the row.
 */
@Entity
@Table(name = "remembered_devices")
public class RememberedDevice extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(name = "token_hash", nullable = false, length = 64)
  public String tokenHash;

  @Column(name = "user_agent", length = 512)
  public String userAgent;

  @Column(name = "ip_address", length = 45)
  public String ipAddress;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  @Override
  public String toString() {
    return "RememberedDevice[" + id + "]";
  }
}
