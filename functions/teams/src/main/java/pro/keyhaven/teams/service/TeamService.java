package pro.keyhaven.teams.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import pro.keyhaven.shared.access.Role;
import pro.keyhaven.shared.account.Accounts;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.paging.Items;
import pro.keyhaven.shared.plan.Entitlements;
import pro.keyhaven.shared.plan.Feature;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;
import pro.keyhaven.teams.api.TeamBodies.AddMemberRequest;
import pro.keyhaven.teams.api.TeamBodies.CreateTeamRequest;
import pro.keyhaven.teams.api.TeamBodies.Member;
import pro.keyhaven.teams.api.TeamBodies.TeamWithKeys;
import pro.keyhaven.teams.repository.Team;
import pro.keyhaven.teams.repository.TeamMember;
import pro.keyhaven.teams.service.TeamAccess.Standing;

/**
 * Teams and their members. The server keeps, per member, the team key wrapped to that member's
 * public key, and never sees the team key itself. The owner is an admin who stays one; a team
 * always keeps an admin; whoever leaves may have kept the team key, so the team is flagged for a
 * key rotation. Every change is audited on the team's chain in its own transaction.
 */
@ApplicationScoped
public class TeamService {

  private final TeamAccess access;
  private final Entitlements entitlements;
  private final Notifier notifier;
  private final Accounts accounts;
  private final Clock clock;

  public TeamService(
      TeamAccess access,
      Entitlements entitlements,
      Notifier notifier,
      Accounts accounts,
      Clock clock) {
    this.access = access;
    this.entitlements = entitlements;
    this.notifier = notifier;
    this.accounts = accounts;
    this.clock = clock;
  }

  // ----------------------------------------------------------------------------------- teams

  public Uni<TeamWithKeys> create(UUID caller, CreateTeamRequest req, ClientInfo client) {
    Instant now = now();
    return Panache.withTransaction(
        () ->
            entitlements
                .require(caller, Feature.TEAMS)
                .chain(
                    () -> {
                      Team team = new Team();
                      team.id = UUID.randomUUID();
                      team.name = req.name().trim();
                      team.ownerId = caller;
                      team.publicKey = Base64.getDecoder().decode(req.publicKey());
                      team.protectedPrivateKey = req.protectedPrivateKey();
                      team.keyGeneration = 1;
                      team.rotationRecommended = false;
                      team.createdAt = now;
                      team.updatedAt = now;
                      TeamMember owner = new TeamMember();
                      owner.teamId = team.id;
                      owner.userId = caller;
                      owner.role = Role.ADMIN.wire();
                      owner.permissions = new String[0];
                      owner.wrappedTeamKey = req.wrappedTeamKey();
                      owner.joinedAt = now;
                      return team.persistAndFlush()
                          .chain(owner::persist)
                          .chain(
                              () ->
                                  access.record(
                                      team,
                                      caller,
                                      "team.create",
                                      Map.of("name", team.name, "key_generation", 1),
                                      client))
                          .map(v -> TeamAccess.view(team, owner));
                    }));
  }

  /** The caller's teams, oldest membership first. */
  public Uni<Items<TeamWithKeys>> list(UUID caller) {
    return Panache.withSession(
        () ->
            TeamMember.ofUser(caller)
                .chain(
                    memberships -> {
                      if (memberships.isEmpty()) {
                        return Uni.createFrom().item(new Items<TeamWithKeys>(List.of()));
                      }
                      List<UUID> ids = memberships.stream().map(m -> m.teamId).toList();
                      return Team.<Team>list("id in ?1", ids)
                          .map(
                              teams -> {
                                Map<UUID, Team> byId =
                                    teams.stream()
                                        .collect(Collectors.toMap(t -> t.id, Function.identity()));
                                return new Items<>(
                                    memberships.stream()
                                        .filter(m -> byId.containsKey(m.teamId))
                                        .map(m -> TeamAccess.view(byId.get(m.teamId), m))
                                        .toList());
                              });
                    }));
  }

  public Uni<TeamWithKeys> rename(UUID caller, UUID teamId, String name, ClientInfo client) {
    Instant now = now();
    return Panache.withTransaction(
        () ->
            access
                .lock(teamId, caller)
                .map(s -> s.require(Role.ADMIN))
                .chain(
                    s -> {
                      Team team = s.team();
                      String previous = team.name;
                      team.name = name.trim();
                      team.updatedAt = now;
                      return access
                          .record(
                              team,
                              caller,
                              "team.rename",
                              Map.of("name", team.name, "previous_name", previous),
                              client)
                          .map(v -> TeamAccess.view(team, s.me()));
                    }));
  }

  // --------------------------------------------------------------------------------- members

  public Uni<Items<Member>> members(UUID caller, UUID teamId) {
    return Panache.withSession(
        () ->
            access
                .read(teamId, caller)
                .chain(s -> TeamMember.ofTeam(teamId))
                .chain(
                    members ->
                        emails(members.stream().map(m -> m.userId).toList())
                            .map(
                                emails ->
                                    new Items<>(
                                        members.stream()
                                            .map(m -> toBody(m, emails.get(m.userId)))
                                            .toList()))));
  }

  /**
   * Adds a member with the team key the admin wrapped to that member's public key. Only an admin
   * gets this far, so only an admin learns whether an e-mail has an account (404 otherwise, the
   * same answer as the public-key lookup).
   */
  public Uni<Member> addMember(UUID caller, UUID teamId, AddMemberRequest req, ClientInfo client) {
    Instant now = now();
    String email = req.email().trim().toLowerCase(Locale.ROOT);
    return Panache.withTransaction(
        () ->
            access
                .lock(teamId, caller)
                .map(s -> s.require(Role.ADMIN))
                .call(() -> entitlements.requireTeamPlan(teamId))
                .chain(
                    s ->
                        accounts
                            .findByEmail(email)
                            .chain(
                                user -> {
                                  if (user == null) {
                                    return Uni.createFrom().failure(ApiException.notFound("User"));
                                  }
                                  return TeamMember.of(teamId, user.id())
                                      .chain(
                                          existing -> {
                                            if (existing != null) {
                                              return Uni.createFrom()
                                                  .failure(
                                                      ApiException.conflict(
                                                          "ALREADY_MEMBER",
                                                          "This user is already a member of the"
                                                              + " team"));
                                            }
                                            TeamMember m = new TeamMember();
                                            m.teamId = teamId;
                                            m.userId = user.id();
                                            m.role = req.role();
                                            m.permissions = new String[0];
                                            m.wrappedTeamKey = req.wrappedTeamKey();
                                            m.joinedAt = now;
                                            return m.persist()
                                                .chain(
                                                    () ->
                                                        access.record(
                                                            s.team(),
                                                            caller,
                                                            "team.member_added",
                                                            Map.of(
                                                                "user_id",
                                                                user.id().toString(),
                                                                "role",
                                                                m.role),
                                                            client))
                                                .call(() -> tellNewMember(user.id(), s.team(), m))
                                                .map(v -> toBody(m, user.email()));
                                          });
                                })));
  }

  public Uni<Member> changeRole(
      UUID caller, UUID teamId, UUID userId, String role, ClientInfo client) {
    Role next = Role.of(role);
    return Panache.withTransaction(
        () ->
            access
                .lock(teamId, caller)
                .map(s -> s.require(Role.ADMIN))
                .chain(
                    s ->
                        target(s, userId)
                            .chain(
                                m -> {
                                  Role previous = Role.of(m.role);
                                  if (previous == next) {
                                    return Uni.createFrom().item(m);
                                  }
                                  Uni<Void> guard =
                                      previous == Role.ADMIN
                                          ? keepAdminsAndOwner(s.team(), m, "demoted")
                                          : Uni.createFrom().voidItem();
                                  return guard
                                      .invoke(() -> m.role = next.wire())
                                      .chain(
                                          () ->
                                              access.record(
                                                  s.team(),
                                                  caller,
                                                  "team.member_role_changed",
                                                  Map.of(
                                                      "user_id",
                                                      userId.toString(),
                                                      "role",
                                                      next.wire(),
                                                      "previous_role",
                                                      previous.wire()),
                                                  client))
                                      .replaceWith(m);
                                }))
                .chain(m -> emails(List.of(m.userId)).map(e -> toBody(m, e.get(m.userId)))));
  }

  /**
   * Removes a member, or lets a member leave (any role may remove itself). The wrapped key row goes
   * at once; since the member may have kept the team key, the team is flagged for rotation.
   */
  public Uni<Void> removeMember(UUID caller, UUID teamId, UUID userId, ClientInfo client) {
    boolean leaving = caller.equals(userId);
    Instant now = now();
    return Panache.withTransaction(
        () ->
            access
                .lock(teamId, caller)
                .map(s -> leaving ? s : s.require(Role.ADMIN))
                .chain(
                    s ->
                        target(s, userId)
                            .call(
                                m ->
                                    Role.of(m.role) == Role.ADMIN
                                        ? keepAdminsAndOwner(s.team(), m, "removed")
                                        : Uni.createFrom().voidItem())
                            .call(m -> m.delete())
                            .chain(
                                m -> {
                                  Team team = s.team();
                                  team.rotationRecommended = true;
                                  team.updatedAt = now;
                                  return access.record(
                                      team,
                                      caller,
                                      leaving ? "team.member_left" : "team.member_removed",
                                      Map.of("user_id", userId.toString(), "role", m.role),
                                      client);
                                })));
  }

  // -------------------------------------------------------------------------------- helpers

  /** A member of the team the caller stands in; another user is the same 404 as no user. */
  private static Uni<TeamMember> target(Standing s, UUID userId) {
    if (s.me().userId.equals(userId)) {
      return Uni.createFrom().item(s.me());
    }
    return TeamMember.of(s.team().id, userId)
        .onItem()
        .ifNull()
        .failWith(() -> ApiException.notFound("Member"));
  }

  /**
   * An admin about to stop being one: a team keeps at least one admin, and the owner stays one.
   * Runs under the team lock, so two admins cannot demote each other at the same time.
   */
  private static Uni<Void> keepAdminsAndOwner(Team team, TeamMember admin, String what) {
    return TeamMember.countAdmins(team.id)
        .invoke(
            admins -> {
              if (admins <= 1) {
                throw ApiException.conflict(
                    "LAST_ADMIN",
                    "A team keeps at least one admin: make another member admin first");
              }
              if (admin.userId.equals(team.ownerId)) {
                throw ApiException.conflict(
                    "OWNER_PROTECTED", "The team owner stays an admin and cannot be " + what);
              }
            })
        .replaceWithVoid();
  }

  /** The new member hears of it in the same transaction (in-app, and by mail if wanted). */
  private Uni<Void> tellNewMember(UUID userId, Team team, TeamMember m) {
    String name = team.name.length() > 120 ? team.name.substring(0, 120) + "…" : team.name;
    return notifier.notify(
        userId,
        NotificationKind.TEAM_INVITE,
        "You were added to the team '" + name + "'",
        "You are now "
            + m.role
            + " of the team '"
            + name
            + "'. Its keys appear in your vault under the team; open Teams in KeyHaven to see"
            + " them. If you did not expect this, you can leave the team there.");
  }

  private Uni<Map<UUID, String>> emails(List<UUID> userIds) {
    return accounts.emails(userIds);
  }

  private static Member toBody(TeamMember m, String email) {
    return new Member(m.userId, email, m.role, m.joinedAt);
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
