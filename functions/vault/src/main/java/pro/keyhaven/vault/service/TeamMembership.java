package pro.keyhaven.vault.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The caller's standing in teams, read from the membership table (the teams area owns it). Call
 * inside a reactive session.
 */
@ApplicationScoped
public class TeamMembership {

  /** The caller's role in the team, or null when not a member. */
  public Uni<Role> role(UUID teamId, UUID userId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT role FROM team_members WHERE team_id = ?1 AND user_id = ?2",
                        String.class)
                    .setParameter(1, teamId)
                    .setParameter(2, userId)
                    .getSingleResultOrNull())
        .map(Role::ofTeamRole);
  }

  /** Teams where the user is an admin (whose audit chain the user may read). */
  public Uni<List<UUID>> adminTeams(UUID userId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT team_id FROM team_members WHERE user_id = ?1 AND role = 'admin'",
                        UUID.class)
                    .setParameter(1, userId)
                    .getResultList());
  }
}
