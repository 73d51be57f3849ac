package pro.keyhaven.teams.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A machine identity of a team (CI): its name, the digest of its token's secret, its use. */
@Entity
@Table(name = "machine_identities")
public class MachineIdentity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "team_id", nullable = false)
  public UUID teamId;

  @Column(nullable = false, length = 100)
  public String name;

  @Column(name = "token_hash", nullable = false, length = 64)
  public String tokenHash;

  @Column(name = "created_by")
  public UUID createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  /** The environments of team keys it may read; null for all. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "_text")
  public String[] environments;

  /** The tags of team keys it may read (a key with any of them); null for all. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "_text")
  public String[] tags;

  public static Uni<List<MachineIdentity>> ofTeam(UUID teamId) {
    return list("teamId = ?1 order by createdAt, id", teamId);
  }

  public static Uni<MachineIdentity> of(UUID teamId, UUID id) {
    return find("teamId = ?1 and id = ?2", teamId, id).firstResult();
  }

  @Override
  public String toString() {
    return "MachineIdentity[" + id + "]";
  }
}
