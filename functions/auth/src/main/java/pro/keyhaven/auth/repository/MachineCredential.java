package pro.keyhaven.auth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What signing in with a machine token reads of a machine identity (the teams area creates and
 * revokes them): the digest of the token's secret, revocation and last use.
 */
@Entity
@Table(name = "machine_identities")
public class MachineCredential extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "team_id", nullable = false, insertable = false, updatable = false)
  public UUID teamId;

  @Column(name = "token_hash", nullable = false, insertable = false, updatable = false)
  public String tokenHash;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  @Column(name = "revoked_at", insertable = false, updatable = false)
  public Instant revokedAt;

  @Override
  public String toString() {
    return "MachineCredential[" + id + "]";
  }
}
