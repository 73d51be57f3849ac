package pro.keyhaven.vault.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One value a key has held: the ciphertext of that version, kept when the value changes. */
@Entity
@Table(name = "api_key_versions")
@IdClass(ApiKeyVersion.Id.class)
public class ApiKeyVersion extends PanacheEntityBase {

  @jakarta.persistence.Id
  @Column(name = "key_id")
  public UUID keyId;

  @jakarta.persistence.Id public int version;

  @Column(name = "encrypted_value", nullable = false, length = 24000)
  public String encryptedValue;

  @Column(nullable = false, length = 32)
  public String iv;

  /** SHA-256 of the value, only for a high-entropy value of a known format; never returned. */
  @Column(name = "value_fingerprint", length = 64)
  public String valueFingerprint;

  @Column(name = "created_by", nullable = false)
  public UUID createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Override
  public String toString() {
    return "ApiKeyVersion[" + keyId + " v" + version + "]";
  }

  /** Composite key (key id, version). */
  public static class Id implements Serializable {
    public UUID keyId;
    public int version;

    @Override
    public boolean equals(Object o) {
      return o instanceof Id other
          && version == other.version
          && Objects.equals(keyId, other.keyId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(keyId, version);
    }
  }
}
