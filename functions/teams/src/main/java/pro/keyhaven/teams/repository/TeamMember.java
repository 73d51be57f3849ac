package pro.keyhaven.teams.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A member of a team: the role (viewer, editor, admin, the names the vault checks) and the team key
 * wrapped with HPKE to the member's public key, which only that member can open.
 */
@Entity
@Table(name = "team_members")
@IdClass(TeamMember.Id.class)
public class TeamMember extends PanacheEntityBase {

  @jakarta.persistence.Id
  @Column(name = "team_id")
  public UUID teamId;

  @jakarta.persistence.Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(nullable = false, length = 20)
  public String role;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "_text")
  public String[] permissions;

  /**
   * {@link #ACCEPTED}: the invitee accepted, no team key yet; {@link #CONFIRMED}: an admin compared
   * the member's fingerprint phrase and wrapped the team key to its public key.
   */
  @Column(nullable = false, length = 20)
  public String status;

  /** Null until confirmed: only a confirmed member holds the team key. */
  @Column(name = "wrapped_team_key", length = 4096)
  public String wrappedTeamKey;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "joined_at", nullable = false)
  public Instant joinedAt;

  public static final String ACCEPTED = "accepted";
  public static final String CONFIRMED = "confirmed";

  public boolean confirmed() {
    return CONFIRMED.equals(status);
  }

  /** The membership in any status, or null. */
  public static Uni<TeamMember> of(UUID teamId, UUID userId) {
    return find("teamId = ?1 and userId = ?2", teamId, userId).firstResult();
  }

  /** Confirmed members (those holding the team key) in the order they joined. */
  public static Uni<List<TeamMember>> ofTeam(UUID teamId) {
    return list("teamId = ?1 and status = 'confirmed' order by joinedAt, userId", teamId);
  }

  /** Members in any status, in the order they joined. */
  public static Uni<List<TeamMember>> allOfTeam(UUID teamId) {
    return list("teamId = ?1 order by joinedAt, userId", teamId);
  }

  /** Every confirmed membership of a user, oldest first. */
  public static Uni<List<TeamMember>> ofUser(UUID userId) {
    return list("userId = ?1 and status = 'confirmed' order by joinedAt, teamId", userId);
  }

  /** Accepted memberships of a user that wait for an admin's confirmation. */
  public static Uni<List<TeamMember>> awaitingConfirmation(UUID userId) {
    return list("userId = ?1 and status = 'accepted' order by joinedAt, teamId", userId);
  }

  public static Uni<Long> countAdmins(UUID teamId) {
    return count("teamId = ?1 and role = 'admin' and status = 'confirmed'", teamId);
  }

  @Override
  public String toString() {
    // Never print the wrapped team key.
    return "TeamMember[" + teamId + "/" + userId + " " + role + " " + status + "]";
  }

  /** Composite key (team id, user id). */
  public static class Id implements Serializable {
    public UUID teamId;
    public UUID userId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Id other
          && Objects.equals(teamId, other.teamId)
          && Objects.equals(userId, other.userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(teamId, userId);
    }
  }
}
