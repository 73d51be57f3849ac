package pro.keyhaven.teams.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A team: its public key in clear, its private key wrapped by the team key (which the server never
 * sees), and the generation of that team key, raised by every rotation.
 */
@Entity
@Table(name = "teams")
public class Team extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false, length = 100)
  public String name;

  /** The creator: an admin who cannot be removed or demoted. */
  @Column(name = "owner_id", nullable = false)
  public UUID ownerId;

  @Column(name = "public_key", nullable = false)
  public byte[] publicKey;

  @Column(name = "protected_private_key", nullable = false, length = 4096)
  public String protectedPrivateKey;

  @Column(name = "key_generation", nullable = false)
  public int keyGeneration;

  /** Set when someone who held the team key left; cleared by a rotation. */
  @Column(name = "rotation_recommended", nullable = false)
  public boolean rotationRecommended;

  /**
   * Members must have two-step sign-in on to see the team's keys and use its endpoints (machine
   * identities excepted).
   */
  @Column(name = "require_two_step", nullable = false)
  public boolean requireTwoStep;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /**
   * Locks the team row ({@code FOR UPDATE}) when {@code userId} is a member, and answers whether it
   * did. Every change to a team, its members or its key takes this lock first, so membership
   * changes and rotations queue behind each other; the {@code FOR UPDATE} (not {@code NO KEY})
   * strength also waits out a concurrent insert of a team key, whose foreign key holds a share lock
   * on this row. A non-member locks nothing.
   */
  public static Uni<Boolean> lockForMember(UUID teamId, UUID userId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT t.id FROM teams t"
                            + " JOIN team_members m ON m.team_id = t.id AND m.user_id = ?2"
                            + " WHERE t.id = ?1 FOR UPDATE OF t",
                        UUID.class)
                    .setParameter(1, teamId)
                    .setParameter(2, userId)
                    .getSingleResultOrNull())
        .map(id -> id != null);
  }

  /** Locks the team row ({@code FOR UPDATE}); null when there is no such team. */
  public static Uni<Team> lockById(UUID teamId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT t.id FROM teams t WHERE t.id = ?1 FOR UPDATE", UUID.class)
                    .setParameter(1, teamId)
                    .getSingleResultOrNull())
        .chain(id -> id == null ? Uni.createFrom().nullItem() : Team.<Team>findById(id));
  }

  @Override
  public String toString() {
    // Never print the wrapped private key.
    return "Team[" + id + " g" + keyGeneration + "]";
  }
}
