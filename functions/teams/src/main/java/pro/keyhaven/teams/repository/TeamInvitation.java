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

/**
 * An admin's invitation of an e-mail address to a team, before the invitee accepts. It carries no
 * key: the team key is wrapped only when an admin confirms the member who accepted. The address may
 * have no account yet; whoever signs up with it sees the invitation.
 */
@Entity
@Table(name = "team_invitations")
public class TeamInvitation extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "team_id", nullable = false)
  public UUID teamId;

  /** Lower-case. */
  @Column(nullable = false, length = 254)
  public String email;

  @Column(nullable = false, length = 20)
  public String role;

  @Column(name = "invited_by")
  public UUID invitedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public static Uni<TeamInvitation> of(UUID teamId, String email) {
    return find("teamId = ?1 and email = ?2", teamId, email).firstResult();
  }

  public static Uni<List<TeamInvitation>> ofTeam(UUID teamId) {
    return list("teamId = ?1 order by createdAt, id", teamId);
  }

  public static Uni<List<TeamInvitation>> forEmail(String email) {
    return list("email = ?1 order by createdAt, id", email);
  }

  @Override
  public String toString() {
    return "TeamInvitation[" + id + " " + teamId + " " + role + "]";
  }
}
