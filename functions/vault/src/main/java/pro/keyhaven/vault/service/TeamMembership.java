package pro.keyhaven.vault.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.access.Role;
import pro.keyhaven.shared.error.ApiException;

/**
 * The caller's standing on keys and in teams, read from {@code api_keys} through the one visibility
 * rule and from the membership table (the teams area owns it). Call inside a reactive session.
 */
@ApplicationScoped
public class TeamMembership {

  private final String roleOnKey;
  private final String roleInTeam;
  private final String adminTeams;
  private final String blockedByTwoStep;

  public TeamMembership(KeyVisibility visibility) {
    this.blockedByTwoStep =
        "SELECT count(*) FROM api_keys k JOIN team_members m ON m.team_id = k.team_id AND"
            + " m.user_id = ?2 AND m.status = 'confirmed' WHERE k.id = ?1 AND NOT "
            + visibility.teamPolicyMet("k.team_id", "?2");
    // A team that requires two-step sign-in counts a member without it as no member.
    this.roleInTeam =
        "SELECT CASE WHEN "
            + visibility.teamPolicyMet("team_id", "?2")
            + " THEN role ELSE 'two-step-required' END FROM team_members WHERE team_id = ?1 AND"
            + " user_id = ?2 AND status = 'confirmed'";
    this.adminTeams =
        "SELECT team_id FROM team_members WHERE user_id = ?1 AND role = 'admin'"
            + " AND status = 'confirmed' AND "
            + visibility.teamPolicyMet("team_id", "?1");
    this.roleOnKey =
        "SELECT "
            + visibility.role("k", "?2")
            + " FROM api_keys k WHERE k.id = ?1 AND "
            + visibility.visible("k", "?2");
  }

  /**
   * For a key the caller cannot see: 403 {@code TEAM_REQUIRES_TWO_STEP} when it is a key of the
   * caller's team hidden only by the team's two-step policy, else {@code notFound}.
   */
  public Uni<ApiException> invisible(UUID keyId, UUID userId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(blockedByTwoStep, Long.class)
                    .setParameter(1, keyId)
                    .setParameter(2, userId)
                    .getSingleResult())
        .map(n -> n > 0 ? ApiException.teamRequiresTwoStep() : ApiException.notFound("Key"));
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

  /**
   * The caller's role in the team, or null when not a member; 403 {@code TEAM_REQUIRES_TWO_STEP}
   * for a member without the second factor the team requires.
   */
  public Uni<Role> role(UUID teamId, UUID userId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(roleInTeam, String.class)
                    .setParameter(1, teamId)
                    .setParameter(2, userId)
                    .getSingleResultOrNull())
        .map(
            role -> {
              if ("two-step-required".equals(role)) {
                throw ApiException.teamRequiresTwoStep();
              }
              return Role.of(role);
            });
  }

  /** Teams where the user is an admin (whose audit chain the user may read). */
  public Uni<List<UUID>> adminTeams(UUID userId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(adminTeams, UUID.class)
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
