package pro.keyhaven.teams.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.shared.access.Role;
import pro.keyhaven.shared.account.Accounts;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.paging.Items;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.security.MachineSecrets;
import pro.keyhaven.shared.security.RevokedSessions;
import pro.keyhaven.shared.time.Clocks;
import pro.keyhaven.teams.api.MachineBodies.CreateMachineRequest;
import pro.keyhaven.teams.api.MachineBodies.CreatedMachine;
import pro.keyhaven.teams.api.MachineBodies.Machine;
import pro.keyhaven.teams.repository.MachineIdentity;
import pro.keyhaven.teams.repository.TeamMember;

/**
 * Machine identities for CI, admin-only: a machine is an account of its own (no password can sign
 * in to it) that joins the team as a viewer with the team key wrapped to its public key, so the
 * vault's and the teams' rules apply to it as to any viewer. Revoking removes the membership at
 * once (its access tokens open nothing more) and keeps the record for the audit trail.
 */
@ApplicationScoped
public class MachineService {

  private final TeamAccess access;
  private final Accounts accounts;
  private final RevokedSessions revoked;
  private final Clock clock;

  public MachineService(
      TeamAccess access, Accounts accounts, RevokedSessions revoked, Clock clock) {
    this.access = access;
    this.accounts = accounts;
    this.revoked = revoked;
    this.clock = clock;
  }

  public Uni<CreatedMachine> create(
      UUID caller, UUID teamId, CreateMachineRequest req, ClientInfo client) {
    Instant now = now();
    String secret = MachineSecrets.newSecret();
    UUID id = UUID.randomUUID();
    return Panache.withTransaction(
        () ->
            access
                .lock(teamId, caller)
                .map(s -> s.require(Role.ADMIN))
                .chain(
                    s -> {
                      TeamMember member = new TeamMember();
                      member.teamId = teamId;
                      member.userId = id;
                      member.role = Role.VIEWER.wire();
                      member.permissions = new String[0];
                      // The admin's client made the machine's key pair itself: nothing to compare.
                      member.status = TeamMember.CONFIRMED;
                      member.wrappedTeamKey = req.wrappedTeamKey();
                      member.joinedAt = now;
                      member.confirmedAt = now;
                      MachineIdentity machine = new MachineIdentity();
                      machine.id = id;
                      machine.teamId = teamId;
                      machine.name = req.name().strip();
                      machine.tokenHash = MachineSecrets.digest(secret);
                      machine.createdBy = caller;
                      machine.createdAt = now;
                      machine.environments = distinct(req.environments());
                      machine.tags = distinct(req.tags());
                      return accounts
                          .insertMachine(id, Base64.getDecoder().decode(req.publicKey()), now)
                          .chain(member::persist)
                          .chain(machine::persist)
                          .chain(
                              () ->
                                  access.record(
                                      s.team(),
                                      caller,
                                      "team.machine_created",
                                      scopeOf(
                                          machine,
                                          Map.of(
                                              "machine_id", id.toString(), "name", machine.name)),
                                      client))
                          .map(
                              v ->
                                  new CreatedMachine(
                                      id,
                                      machine.name,
                                      teamId,
                                      secret,
                                      now,
                                      list(machine.environments),
                                      list(machine.tags)));
                    }));
  }

  public Uni<Items<Machine>> list(UUID caller, UUID teamId) {
    return Panache.withSession(
        () ->
            access
                .read(teamId, caller)
                .map(s -> s.require(Role.ADMIN))
                .chain(s -> MachineIdentity.ofTeam(teamId))
                .chain(
                    machines ->
                        machines.isEmpty()
                            ? Uni.createFrom().item(new Items<Machine>(List.of()))
                            : accounts
                                .publicKeys(machines.stream().map(m -> m.id).toList())
                                .map(
                                    keys -> {
                                      return new Items<>(
                                          machines.stream()
                                              .map(m -> toBody(m, keys.get(m.id)))
                                              .toList());
                                    })));
  }

  public Uni<Void> revoke(UUID caller, UUID teamId, UUID machineId, ClientInfo client) {
    Instant now = now();
    return Panache.withTransaction(
        () ->
            access
                .lock(teamId, caller)
                .map(s -> s.require(Role.ADMIN))
                .chain(
                    s ->
                        MachineIdentity.of(teamId, machineId)
                            .chain(
                                machine -> {
                                  if (machine == null) {
                                    return Uni.createFrom()
                                        .failure(ApiException.notFound("Machine"));
                                  }
                                  if (machine.revokedAt != null) {
                                    return Uni.createFrom().voidItem();
                                  }
                                  machine.revokedAt = now;
                                  return TeamMember.delete(
                                          "teamId = ?1 and userId = ?2", teamId, machineId)
                                      .chain(() -> revoked.revoke(List.of(machineId)))
                                      .chain(
                                          () ->
                                              access.record(
                                                  s.team(),
                                                  caller,
                                                  "team.machine_revoked",
                                                  Map.of("machine_id", machineId.toString()),
                                                  client));
                                })));
  }

  private static Machine toBody(MachineIdentity m, byte[] publicKey) {
    return new Machine(
        m.id,
        m.name,
        m.teamId,
        publicKey == null ? null : Base64.getEncoder().encodeToString(publicKey),
        m.createdBy,
        m.createdAt,
        m.lastUsedAt,
        m.revokedAt,
        list(m.environments),
        list(m.tags));
  }

  /** The audit metadata of a creation, with the scope when there is one. */
  private static Map<String, Object> scopeOf(MachineIdentity m, Map<String, Object> base) {
    Map<String, Object> meta = new java.util.LinkedHashMap<>(base);
    if (m.environments != null) {
      meta.put("environments", List.of(m.environments));
    }
    if (m.tags != null) {
      meta.put("tags", List.of(m.tags));
    }
    return meta;
  }

  private static String[] distinct(List<String> values) {
    return values == null ? null : values.stream().distinct().toArray(String[]::new);
  }

  private static List<String> list(String[] values) {
    return values == null ? null : List.of(values);
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
