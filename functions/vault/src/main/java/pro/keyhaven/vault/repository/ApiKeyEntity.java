package pro.keyhaven.vault.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stored API key: ciphertext the server cannot read, and metadata it can. The ciphertext is bound
 * (as AES-GCM associated data) to this row's id and its vault, client-side.
 */
@Entity
@Table(name = "api_keys")
public class ApiKeyEntity extends PanacheEntityBase {

  @Id public UUID id;

  /** The creator; for a personal key also the owner. */
  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(name = "team_id")
  public UUID teamId;

  @Column(nullable = false, length = 100)
  public String service;

  @Column(nullable = false, length = 255)
  public String name;

  @Column(name = "encrypted_value", nullable = false, length = 24000)
  public String encryptedValue;

  @Column(nullable = false, length = 32)
  public String iv;

  /**
   * The current value sealed by the server (HPKE to the vault's public key) after a managed
   * rotation, until a client replaces it with its own encryption; null otherwise.
   */
  @Column(name = "sealed_value", length = 4096)
  public String sealedValue;

  /** SHA-256 of the value, only for a high-entropy value of a known format; never returned. */
  @Column(name = "value_fingerprint", length = 64)
  public String valueFingerprint;

  @Column(length = 1000)
  public String description;

  @Column(nullable = false, length = 20)
  public String environment;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "_text")
  public String[] tags;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "_text")
  public String[] permissions;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(nullable = false)
  public int version;

  @Column(name = "health_score", nullable = false)
  public int healthScore;

  @Column(name = "last_rotated")
  public Instant lastRotated;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "rotation_schedule")
  public Map<String, Object> rotationSchedule;

  @Column(nullable = false)
  public boolean exposed;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** The vault whose key encrypts the value: the team's, or the owner's own. */
  public UUID vaultId() {
    return teamId != null ? teamId : userId;
  }

  @Override
  public String toString() {
    return "ApiKey[" + id + " v" + version + "]";
  }
}
