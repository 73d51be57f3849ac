package pro.keyhaven.teams.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.access.Role;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.teams.api.TeamBodies.TeamWithKeys;
import pro.keyhaven.teams.repository.Team;
import pro.keyhaven.teams.repository.TeamMember;

/**
 * The caller's standing in a team, and the team's audit chain. A team the caller does not belong to
 * is the same 404 as a team that does not exist; a member of a team that requires two-step sign-in
 * without it on gets 403 {@code TEAM_REQUIRES_TWO_STEP} (except on the way out: leaving or
 * declining takes the any-status path). Call inside a reactive session.
 */
@ApplicationScoped
public class TeamAccess {

  private final AuditWriter audit;
  private final String twoStepOn;

  public TeamAccess(AuditWriter audit, KeyVisibility visibility) {
    this.audit = audit;
    this.twoStepOn =
        "SELECT "
            + visibility.hasSecondFactor("?1")
            + " OR EXISTS (SELECT 1 FROM machine_identities WHERE id = ?1)";
  }

  /** The team and the caller's membership in it. */
  public record Standing(Team team, TeamMember me) {
    public Role role() {
      return Role.of(me.role);
    }

    public Standing require(Role needed) {
      role().require(needed);
      return this;
    }
  }

  /**
   * For reads: no lock. Only a confirmed member stands in the team: an invited or accepted member,
   * who holds no team key yet, gets the same 404 as a stranger.
   */
  public Uni<Standing> read(UUID teamId, UUID caller) {
    return readAnyStatus(teamId, caller, false);
  }

  private Uni<Standing> readAnyStatus(UUID teamId, UUID caller, boolean anyStatus) {
    return TeamMember.of(teamId, caller)
        .chain(
            me -> {
              if (me == null || !(anyStatus || me.confirmed())) {
                return Uni.createFrom().failure(ApiException.notFound("Team"));
              }
              return Team.<Team>findById(teamId)
                  .chain(
                      team ->
                          anyStatus || !team.requireTwoStep
                              ? Uni.createFrom().item(team)
                              : twoStepOn(caller)
                                  .map(
                                      on -> {
                                        if (!on) {
                                          throw ApiException.teamRequiresTwoStep();
                                        }
                                        return team;
                                      }))
                  .map(team -> new Standing(team, me));
            });
  }

  /** Whether the caller has a second factor on (a machine identity counts as having one). */
  public Uni<Boolean> twoStepOn(UUID caller) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(twoStepOn, Boolean.class)
                    .setParameter(1, caller)
                    .getSingleResult());
  }

  /**
   * For changes: locks the team row first (see {@link Team#lockForMember}), then reads the team and
   * the caller's membership as they are now.
   */
  public Uni<Standing> lock(UUID teamId, UUID caller) {
    return lock(teamId, caller, false);
  }

  /**
   * As {@link #lock(UUID, UUID)}, also for a member that accepted but is not confirmed yet (who may
   * only leave).
   */
  public Uni<Standing> lock(UUID teamId, UUID caller, boolean anyStatus) {
    return Team.lockForMember(teamId, caller)
        .chain(
            member -> {
              if (!member) {
                return Uni.createFrom().failure(ApiException.notFound("Team"));
              }
              return readAnyStatus(teamId, caller, anyStatus);
            });
  }

  /** Locks the team row for a caller who is not (yet) a member: accepting an invitation. */
  public Uni<Team> lockTeam(UUID teamId) {
    return Team.lockById(teamId);
  }

  /** Appends to the team's chain, which the team's admins read through the audit API. */
  public Uni<Void> record(
      Team team, UUID caller, String action, Map<String, Object> meta, ClientInfo client) {
    return audit.append(
        new AuditEvent(team.id, caller, action, "team", team.id.toString(), meta, client));
  }

  /** The team as {@code member} sees it. */
  public static TeamWithKeys view(Team t, TeamMember member) {
    return new TeamWithKeys(
        t.id,
        t.name,
        t.ownerId,
        member.role,
        member.wrappedTeamKey,
        java.util.Base64.getEncoder().encodeToString(t.publicKey),
        t.protectedPrivateKey,
        t.rotationRecommended,
        t.keyGeneration,
        t.requireTwoStep,
        t.createdAt,
        t.updatedAt);
  }
}
