package pro.keyhaven.vault.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.access.Role;

/**
 * The caller's standing on keys and in teams, read from {@code api_keys} through the one visibility
 * rule and from the membership table (the teams area owns it). Call inside a reactive session.
 */
@ApplicationScoped
public class TeamMembership {

  private final String roleOnKey;

  public TeamMembership(KeyVisibility visibility) {
    this.roleOnKey =
        "SELECT "
            + visibility.role("k", "?2")
            + " FROM api_keys k WHERE k.id = ?1 AND "
            + visibility.visible("k", "?2");
  }

  /** The caller's role on the key (owner, or a team role), or null when the key is not visible. */
  public Uni<Role> roleOnKey(UUID keyId, UUID userId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(roleOnKey, String.class)
                    .setParameter(1, keyId)
                    .setParameter(2, userId)
                    .getSingleResultOrNull())
        .map(Role::of);
  }

  /** The caller's role in the team, or null when not a member. */
  public Uni<Role> role(UUID teamId, UUID userId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT role FROM team_members WHERE team_id = ?1 AND user_id = ?2"
                            + " AND status = 'confirmed'",
                        String.class)
                    .setParameter(1, teamId)
                    .setParameter(2, userId)
                    .getSingleResultOrNull())
        .map(Role::of);
  }

  /** Teams where the user is an admin (whose audit chain the user may read). */
  public Uni<List<UUID>> adminTeams(UUID userId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT team_id FROM team_members WHERE user_id = ?1 AND role = 'admin'"
                            + " AND status = 'confirmed'",
                        UUID.class)
                    .setParameter(1, userId)
                    .getResultList());
  }

  /**
   * The team's current key generation; with {@code share} the team row is share-locked until the
   * transaction ends, so a team-key rotation (which locks it for update) cannot pass a write that
   * checked the generation before it.
   */
  public Uni<Integer> keyGeneration(UUID teamId, boolean share) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT key_generation FROM teams WHERE id = ?1"
                            + (share ? " FOR SHARE" : ""),
                        Integer.class)
                    .setParameter(1, teamId)
                    .getSingleResultOrNull());
  }
}
