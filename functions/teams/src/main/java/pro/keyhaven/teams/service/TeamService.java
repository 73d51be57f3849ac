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
import pro.keyhaven.shared.notify.EmailVerificationPolicy;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.paging.Items;
import pro.keyhaven.shared.plan.Entitlements;
import pro.keyhaven.shared.plan.Feature;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;
import pro.keyhaven.teams.api.TeamBodies.AddMemberRequest;
import pro.keyhaven.teams.api.TeamBodies.ConfirmMemberRequest;
import pro.keyhaven.teams.api.TeamBodies.CreateTeamRequest;
import pro.keyhaven.teams.api.TeamBodies.Invitation;
import pro.keyhaven.teams.api.TeamBodies.Member;
import pro.keyhaven.teams.api.TeamBodies.TeamWithKeys;
import pro.keyhaven.teams.repository.Team;
import pro.keyhaven.teams.repository.TeamInvitation;
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
  private final EmailVerificationPolicy verification;
  private final Clock clock;

  public TeamService(
      TeamAccess access,
      Entitlements entitlements,
      Notifier notifier,
      Accounts accounts,
      EmailVerificationPolicy verification,
      Clock clock) {
    this.verification = verification;
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
                      owner.status = TeamMember.CONFIRMED;
                      owner.wrappedTeamKey = req.wrappedTeamKey();
                      owner.joinedAt = now;
                      owner.confirmedAt = now;
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

  /**
   * Renames the team and/or sets whether its members must have two-step sign-in on. Only an admin;
   * requiring it needs the admin's own second factor first (409 {@code TWO_STEP_NOT_ENABLED}), so
   * no admin locks themselves out.
   */
  public Uni<TeamWithKeys> update(
      UUID caller, UUID teamId, String name, Boolean requireTwoStep, ClientInfo client) {
    if (name == null && requireTwoStep == null) {
      throw ApiException.validation(
          "NOTHING_TO_CHANGE", "Give a new name, require_two_step, or both");
    }
    if (name != null && name.isBlank()) {
      throw ApiException.validation("BLANK_NAME", "The team name must not be blank");
    }
    Instant now = now();
    return Panache.withTransaction(
        () ->
            access
                .lock(teamId, caller)
                .map(s -> s.require(Role.ADMIN))
                .call(
                    s ->
                        Boolean.TRUE.equals(requireTwoStep) && !s.team().requireTwoStep
                            ? access
                                .twoStepOn(caller)
                                .invoke(
                                    on -> {
                                      if (!on) {
                                        throw ApiException.conflict(
                                            "TWO_STEP_NOT_ENABLED",
                                            "Turn on two-step sign-in for your own account"
                                                + " first (Settings → Two-step sign-in)");
                                      }
                                    })
                            : Uni.createFrom().voidItem())
                .chain(
                    s -> {
                      Team team = s.team();
                      Uni<Void> done = Uni.createFrom().voidItem();
                      if (name != null && !name.trim().equals(team.name)) {
                        String previous = team.name;
                        team.name = name.trim();
                        team.updatedAt = now;
                        done =
                            done.chain(
                                () ->
                                    access.record(
                                        team,
                                        caller,
                                        "team.rename",
                                        Map.of("name", team.name, "previous_name", previous),
                                        client));
                      }
                      if (requireTwoStep != null && requireTwoStep != team.requireTwoStep) {
                        team.requireTwoStep = requireTwoStep;
                        team.updatedAt = now;
                        done =
                            done.chain(
                                () ->
                                    access.record(
                                        team,
                                        caller,
                                        "team.two_step_policy",
                                        Map.of("required", requireTwoStep),
                                        client));
                      }
                      return done.map(v -> TeamAccess.view(team, s.me()));
                    }));
  }

  // --------------------------------------------------------------------------------- members

  /**
   * Confirmed and accepted members (with their public keys, for the fingerprint phrase), then the
   * open invitations.
   */
  public Uni<Items<Member>> members(UUID caller, UUID teamId) {
    return Panache.withSession(
        () ->
            access
                .read(teamId, caller)
                .chain(s -> TeamMember.allOfTeam(teamId))
                .chain(
                    members -> {
                      List<UUID> ids = members.stream().map(m -> m.userId).toList();
                      return emails(ids)
                          .chain(
                              emails ->
                                  accounts
                                      .publicKeys(ids)
                                      .chain(
                                          keys ->
                                              TeamInvitation.ofTeam(teamId)
                                                  .map(
                                                      invited -> {
                                                        List<Member> out =
                                                            new java.util.ArrayList<>();
                                                        for (TeamMember m : members) {
                                                          byte[] k = keys.get(m.userId);
                                                          out.add(
                                                              toBody(
                                                                  m,
                                                                  emails.get(m.userId),
                                                                  k == null
                                                                      ? null
                                                                      : Base64.getEncoder()
                                                                          .encodeToString(k)));
                                                        }
                                                        invited.forEach(
                                                            i -> out.add(invitedBody(i)));
                                                        return new Items<>(out);
                                                      })));
                    }));
  }

  /**
   * Invites an e-mail address: an invitation without any key. The address may have no account yet
   * (whoever signs up with it sees the invitation). Where e-mail verification is on, an account
   * whose address is not verified cannot be invited (409 {@code EMAIL_NOT_VERIFIED}). Only an admin
   * gets this far.
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
                                user -> invite(caller, s, user, email, req.role(), now, client))));
  }

  private Uni<Member> invite(
      UUID caller,
      Standing s,
      Accounts.Account user,
      String email,
      String role,
      Instant now,
      ClientInfo client) {
    Uni<Void> checks =
        user == null
            ? Uni.createFrom().voidItem()
            : TeamMember.of(s.team().id, user.id())
                .invoke(
                    existing -> {
                      if (existing != null) {
                        throw ApiException.conflict(
                            "ALREADY_MEMBER", "This user is already a member of the team");
                      }
                    })
                .chain(() -> accounts.emailVerified(user.id()))
                .invoke(
                    verified -> {
                      if (!verification.satisfied(verified)) {
                        throw ApiException.conflict(
                            "EMAIL_NOT_VERIFIED",
                            "This address is not verified yet: its owner must open the link"
                                + " KeyHaven mailed at sign-up (Settings can send it again)");
                      }
                    })
                .replaceWithVoid();
    return checks
        .chain(() -> TeamInvitation.of(s.team().id, email))
        .chain(
            existing -> {
              if (existing != null) {
                return Uni.createFrom()
                    .failure(
                        ApiException.conflict(
                            "ALREADY_INVITED", "This address is already invited to the team"));
              }
              TeamInvitation inv = new TeamInvitation();
              inv.id = UUID.randomUUID();
              inv.teamId = s.team().id;
              inv.email = email;
              inv.role = role;
              inv.invitedBy = caller;
              inv.createdAt = now;
              return inv.persist()
                  .chain(
                      () ->
                          access.record(
                              s.team(),
                              caller,
                              "team.member_invited",
                              Map.of(
                                  "invitation_id",
                                  inv.id.toString(),
                                  "email",
                                  email,
                                  "role",
                                  role,
                                  "has_account",
                                  user != null),
                              client))
                  .call(
                      () ->
                          user == null
                              ? Uni.createFrom().voidItem()
                              : tellInvitee(user.id(), s.team(), role))
                  .map(v -> invitedBody(inv));
            });
  }

  /** The caller's invitations, and the memberships it accepted that wait for an admin. */
  public Uni<Items<Invitation>> invitations(UUID caller) {
    return Panache.withSession(
        () ->
            accounts
                .find(caller, false)
                .chain(
                    me ->
                        me == null
                            ? Uni.createFrom().item(List.<TeamInvitation>of())
                            : TeamInvitation.forEmail(me.email().toLowerCase(Locale.ROOT)))
                .chain(
                    invited ->
                        TeamMember.awaitingConfirmation(caller)
                            .chain(
                                accepted -> {
                                  List<UUID> teamIds = new java.util.ArrayList<>();
                                  invited.forEach(i -> teamIds.add(i.teamId));
                                  accepted.forEach(m -> teamIds.add(m.teamId));
                                  if (teamIds.isEmpty()) {
                                    return Uni.createFrom().item(new Items<Invitation>(List.of()));
                                  }
                                  List<UUID> inviters =
                                      invited.stream()
                                          .map(i -> i.invitedBy)
                                          .filter(java.util.Objects::nonNull)
                                          .toList();
                                  return Team.<Team>list("id in ?1", teamIds)
                                      .chain(
                                          teams ->
                                              emails(inviters)
                                                  .map(
                                                      by -> {
                                                        Map<UUID, String> names =
                                                            teams.stream()
                                                                .collect(
                                                                    Collectors.toMap(
                                                                        t -> t.id, t -> t.name));
                                                        List<Invitation> out =
                                                            new java.util.ArrayList<>();
                                                        for (TeamInvitation i : invited) {
                                                          out.add(
                                                              new Invitation(
                                                                  i.teamId,
                                                                  names.get(i.teamId),
                                                                  i.role,
                                                                  "invited",
                                                                  i.invitedBy == null
                                                                      ? null
                                                                      : by.get(i.invitedBy),
                                                                  i.createdAt));
                                                        }
                                                        for (TeamMember m : accepted) {
                                                          out.add(
                                                              new Invitation(
                                                                  m.teamId,
                                                                  names.get(m.teamId),
                                                                  m.role,
                                                                  "accepted",
                                                                  null,
                                                                  m.joinedAt));
                                                        }
                                                        return new Items<>(out);
                                                      }));
                                })));
  }

  /**
   * The invitee accepts: an {@code accepted} membership without a team key. The team's admins are
   * asked to compare the member's fingerprint phrase and confirm. A team the caller has no
   * invitation to answers 404 like any other.
   */
  public Uni<Invitation> accept(UUID caller, UUID teamId, ClientInfo client) {
    Instant now = now();
    return Panache.withTransaction(
        () ->
            access
                .lockTeam(teamId)
                .chain(
                    team -> {
                      if (team == null) {
                        return Uni.createFrom().failure(ApiException.notFound("Invitation"));
                      }
                      return myInvitation(caller, teamId)
                          .chain(
                              inv ->
                                  accounts
                                      .emailVerified(caller)
                                      .invoke(
                                          verified -> {
                                            if (!verification.satisfied(verified)) {
                                              throw ApiException.conflict(
                                                  "EMAIL_NOT_VERIFIED",
                                                  "Verify your e-mail address first: open the"
                                                      + " link KeyHaven mailed you");
                                            }
                                          })
                                      .chain(() -> TeamMember.of(teamId, caller))
                                      .chain(
                                          existing -> {
                                            if (existing != null) {
                                              return inv.delete()
                                                  .chain(
                                                      () ->
                                                          Uni.createFrom()
                                                              .failure(
                                                                  ApiException.conflict(
                                                                      "ALREADY_MEMBER",
                                                                      "You are already a member"
                                                                          + " of this team")));
                                            }
                                            TeamMember m = new TeamMember();
                                            m.teamId = teamId;
                                            m.userId = caller;
                                            m.role = inv.role;
                                            m.permissions = new String[0];
                                            m.status = TeamMember.ACCEPTED;
                                            m.joinedAt = now;
                                            return m.persist()
                                                .call(inv::delete)
                                                .chain(
                                                    () ->
                                                        access.record(
                                                            team,
                                                            caller,
                                                            "team.member_accepted",
                                                            Map.of(
                                                                "user_id",
                                                                caller.toString(),
                                                                "role",
                                                                m.role,
                                                                "invitation_id",
                                                                inv.id.toString()),
                                                            client))
                                                .call(() -> askAdminsToConfirm(team, caller))
                                                .map(
                                                    v ->
                                                        new Invitation(
                                                            teamId,
                                                            team.name,
                                                            m.role,
                                                            "accepted",
                                                            null,
                                                            now));
                                          }));
                    }));
  }

  /** The invitee declines an invitation, or withdraws an acceptance that no admin confirmed yet. */
  public Uni<Void> decline(UUID caller, UUID teamId, ClientInfo client) {
    return Panache.withTransaction(
        () ->
            access
                .lockTeam(teamId)
                .chain(
                    team -> {
                      if (team == null) {
                        return Uni.createFrom().failure(ApiException.notFound("Invitation"));
                      }
                      return myInvitationOrNull(caller, teamId)
                          .chain(
                              inv -> {
                                if (inv != null) {
                                  return inv.delete()
                                      .chain(
                                          () ->
                                              access.record(
                                                  team,
                                                  caller,
                                                  "team.member_declined",
                                                  Map.of(
                                                      "invitation_id",
                                                      inv.id.toString(),
                                                      "role",
                                                      inv.role),
                                                  client));
                                }
                                return TeamMember.of(teamId, caller)
                                    .chain(
                                        m -> {
                                          if (m == null || m.confirmed()) {
                                            return Uni.createFrom()
                                                .failure(ApiException.notFound("Invitation"));
                                          }
                                          return m.delete()
                                              .chain(
                                                  () ->
                                                      access.record(
                                                          team,
                                                          caller,
                                                          "team.member_declined",
                                                          Map.of(
                                                              "user_id",
                                                              caller.toString(),
                                                              "role",
                                                              m.role),
                                                          client));
                                        });
                              });
                    }));
  }

  /** An admin withdraws an invitation that was not accepted yet. */
  public Uni<Void> revokeInvitation(
      UUID caller, UUID teamId, UUID invitationId, ClientInfo client) {
    return Panache.withTransaction(
        () ->
            access
                .lock(teamId, caller)
                .map(s -> s.require(Role.ADMIN))
                .chain(
                    s ->
                        TeamInvitation.<TeamInvitation>find(
                                "id = ?1 and teamId = ?2", invitationId, teamId)
                            .firstResult()
                            .onItem()
                            .ifNull()
                            .failWith(() -> ApiException.notFound("Invitation"))
                            .call(inv -> inv.delete())
                            .chain(
                                inv ->
                                    access.record(
                                        s.team(),
                                        caller,
                                        "team.invitation_revoked",
                                        Map.of(
                                            "invitation_id", inv.id.toString(), "email", inv.email),
                                        client))));
  }

  /**
   * An admin confirms a member who accepted, after comparing its fingerprint phrase out of band:
   * the admin's client wrapped the team key to {@code public_key}, which must still be the member's
   * public key (409 {@code PUBLIC_KEY_CHANGED} otherwise). Only now does the member get the team's
   * keys.
   */
  public Uni<Member> confirm(
      UUID caller, UUID teamId, UUID userId, ConfirmMemberRequest req, ClientInfo client) {
    Instant now = now();
    byte[] expected = Base64.getDecoder().decode(req.publicKey());
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
                                  if (m.confirmed()) {
                                    return Uni.createFrom()
                                        .failure(
                                            ApiException.conflict(
                                                "ALREADY_CONFIRMED",
                                                "This member is confirmed already"));
                                  }
                                  return accounts
                                      .publicKeys(List.of(userId))
                                      .chain(
                                          keys -> {
                                            byte[] current = keys.get(userId);
                                            if (current == null
                                                || !java.security.MessageDigest.isEqual(
                                                    current, expected)) {
                                              return Uni.createFrom()
                                                  .failure(
                                                      ApiException.conflict(
                                                          "PUBLIC_KEY_CHANGED",
                                                          "The member's public key is not the one"
                                                              + " you compared: reload and"
                                                              + " compare the fingerprint phrase"
                                                              + " again"));
                                            }
                                            m.status = TeamMember.CONFIRMED;
                                            m.wrappedTeamKey = req.wrappedTeamKey();
                                            m.confirmedAt = now;
                                            return access
                                                .record(
                                                    s.team(),
                                                    caller,
                                                    "team.member_confirmed",
                                                    Map.of(
                                                        "user_id",
                                                        userId.toString(),
                                                        "role",
                                                        m.role),
                                                    client)
                                                .call(() -> tellConfirmed(userId, s.team(), m))
                                                .chain(() -> emails(List.of(userId)))
                                                .map(
                                                    e ->
                                                        toBody(
                                                            m,
                                                            e.get(userId),
                                                            Base64.getEncoder()
                                                                .encodeToString(current)));
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
                                      previous == Role.ADMIN && m.confirmed()
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
                .chain(
                    m ->
                        emails(List.of(m.userId))
                            .chain(
                                e ->
                                    accounts
                                        .publicKeys(List.of(m.userId))
                                        .map(
                                            k ->
                                                toBody(
                                                    m,
                                                    e.get(m.userId),
                                                    k.containsKey(m.userId)
                                                        ? Base64.getEncoder()
                                                            .encodeToString(k.get(m.userId))
                                                        : null)))));
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
                .lock(teamId, caller, leaving)
                .map(s -> leaving ? s : s.require(Role.ADMIN))
                .chain(
                    s ->
                        target(s, userId)
                            .call(
                                m ->
                                    Role.of(m.role) == Role.ADMIN && m.confirmed()
                                        ? keepAdminsAndOwner(s.team(), m, "removed")
                                        : Uni.createFrom().voidItem())
                            .call(m -> m.delete())
                            .chain(
                                m -> {
                                  Team team = s.team();
                                  // Only a confirmed member ever held the team key.
                                  if (m.confirmed()) {
                                    team.rotationRecommended = true;
                                    team.updatedAt = now;
                                  }
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

  private static String shortName(Team team) {
    return team.name.length() > 120 ? team.name.substring(0, 120) + "…" : team.name;
  }

  /** The invitee hears of it in the same transaction (in-app, and by mail if wanted). */
  private Uni<Void> tellInvitee(UUID userId, Team team, String role) {
    String name = shortName(team);
    return notifier.notify(
        userId,
        NotificationKind.TEAM_INVITE,
        "You are invited to the team '" + name + "'",
        "You are invited as "
            + role
            + " of the team '"
            + name
            + "'. Open Teams in KeyHaven to accept or decline. After you accept, an admin"
            + " compares your fingerprint phrase (Settings) with you before you get the team's"
            + " keys.");
  }

  /** The team's admins are asked to compare the member's fingerprint phrase and confirm. */
  private Uni<Void> askAdminsToConfirm(Team team, UUID member) {
    String name = shortName(team);
    return TeamMember.<TeamMember>list(
            "teamId = ?1 and role = 'admin' and status = 'confirmed'", team.id)
        .chain(
            admins ->
                emails(List.of(member))
                    .chain(
                        e -> {
                          Uni<Void> all = Uni.createFrom().voidItem();
                          for (TeamMember a : admins) {
                            all =
                                all.chain(
                                    () ->
                                        notifier.notify(
                                            a.userId,
                                            NotificationKind.TEAM_CONFIRMATION,
                                            "A new member of '" + name + "' waits for you",
                                            e.getOrDefault(member, "A member")
                                                + " accepted the invitation to '"
                                                + name
                                                + "'. Open Teams, compare the fingerprint"
                                                + " phrase shown there with the one the person"
                                                + " reads from their Settings (by phone or in"
                                                + " person), and confirm."));
                          }
                          return all;
                        }));
  }

  /** The member hears that the team's keys are now theirs to read. */
  private Uni<Void> tellConfirmed(UUID userId, Team team, TeamMember m) {
    String name = shortName(team);
    return notifier.notify(
        userId,
        NotificationKind.TEAM_CONFIRMATION,
        "You are now a member of '" + name + "'",
        "An admin confirmed you as "
            + m.role
            + " of the team '"
            + name
            + "'. Its keys appear in your vault under the team.");
  }

  private Uni<TeamInvitation> myInvitation(UUID caller, UUID teamId) {
    return myInvitationOrNull(caller, teamId)
        .onItem()
        .ifNull()
        .failWith(() -> ApiException.notFound("Invitation"));
  }

  private Uni<TeamInvitation> myInvitationOrNull(UUID caller, UUID teamId) {
    return accounts
        .find(caller, false)
        .chain(
            me ->
                me == null
                    ? Uni.createFrom().nullItem()
                    : TeamInvitation.of(teamId, me.email().toLowerCase(Locale.ROOT)));
  }

  private Uni<Map<UUID, String>> emails(List<UUID> userIds) {
    return accounts.emails(userIds);
  }

  private static Member toBody(TeamMember m, String email, String publicKey) {
    return new Member(m.userId, email, m.role, m.status, publicKey, null, m.joinedAt, null);
  }

  private static Member invitedBody(TeamInvitation i) {
    return new Member(null, i.email, i.role, "invited", null, i.id, null, i.createdAt);
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
