package pro.keyhaven.rotation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider connection (V15): the admin credential sealed with the envelope key, associated data =
 * owner + connection id; never returned.
 */
@Entity
@Table(name = "rotation_connections")
public class RotationConnection extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(name = "team_id")
  public UUID teamId;

  @Column(nullable = false, length = 20)
  public String provider;

  @Column(nullable = false, length = 100)
  public String name;

  @Column(name = "credential_sealed", nullable = false)
  public byte[] credentialSealed;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  /** The envelope record the credential is bound to. */
  public String record() {
    return "rotation-connection-" + id;
  }

  @Override
  public String toString() {
    return "RotationConnection[" + id + ", " + provider + "]";
  }
}
