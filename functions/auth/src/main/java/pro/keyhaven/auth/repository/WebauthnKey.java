package pro.keyhaven.auth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A passkey or security key of a user (V19): a WebAuthn credential's public key and counter. */
@Entity
@Table(name = "webauthn_credentials")
public class WebauthnKey extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(name = "credential_id", nullable = false)
  public byte[] credentialId;

  @Column(name = "public_key_cose", nullable = false)
  public byte[] publicKeyCose;

  @Column(name = "sign_count", nullable = false)
  public long signCount;

  @Column(nullable = false, length = 64)
  public String name;

  @Column(length = 128)
  public String transports;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  @Override
  public String toString() {
    return "WebauthnKey[" + id + "]";
  }
}
