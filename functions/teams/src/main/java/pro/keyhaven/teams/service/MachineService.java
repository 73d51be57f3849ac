package pro.keyhaven.teams.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.shared.account.UserAccount;
import pro.keyhaven.shared.audit.ClientInfo;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.MachineSecrets;
import pro.keyhaven.teams.api.MachineBodies.CreateMachineRequest;
import pro.keyhaven.teams.api.MachineBodies.CreatedMachine;
import pro.keyhaven.teams.api.MachineBodies.Machine;
import pro.keyhaven.teams.repository.MachineIdentity;
import pro.keyhaven.teams.repository.TeamMember;
import pro.keyhaven.teams.rest.TeamBodies.Items;

/**
 * Machine identities for CI, admin-only: a machine is an account of its own (no password can sign
 * in to it) that joins the team as a viewer with the team key wrapped to its public key, so the
 * vault's and the teams' rules apply to it as to any viewer. Revoking removes the membership at
 * once (its access tokens open nothing more) and keeps the record for the audit trail.
 */
@ApplicationScoped
public class MachineService {

  /** Placeholder wrapped keys of a machine account: it has no vault of its own to open. */
  static final String NO_VAULT = "none";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final TeamAccess access;

  public MachineService(TeamAccess access) {
    this.access = access;
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
                .map(s -> s.require(TeamRole.ADMIN))
                .chain(
                    s -> {
                      UserAccount account = machineAccount(id, req.publicKey(), now);
                      TeamMember member = new TeamMember();
                      member.teamId = teamId;
                      member.userId = id;
                      member.role = TeamRole.VIEWER.wire();
                      member.permissions = new String[0];
                      member.wrappedTeamKey = req.wrappedTeamKey();
                      member.joinedAt = now;
                      MachineIdentity machine = new MachineIdentity();
                      machine.id = id;
                      machine.teamId = teamId;
                      machine.name = req.name().strip();
                      machine.tokenHash = MachineSecrets.digest(secret);
                      machine.createdBy = caller;
                      machine.createdAt = now;
                      return account
                          .persistAndFlush()
                          .chain(member::persist)
                          .chain(machine::persist)
                          .chain(
                              () ->
                                  access.record(
                                      s.team(),
                                      caller,
                                      "team.machine_created",
                                      Map.of("machine_id", id.toString(), "name", machine.name),
                                      client))
                          .map(v -> new CreatedMachine(id, machine.name, teamId, secret, now));
                    }));
  }

  public Uni<Items<Machine>> list(UUID caller, UUID teamId) {
    return Panache.withSession(
        () ->
            access
                .read(teamId, caller)
                .map(s -> s.require(TeamRole.ADMIN))
                .chain(s -> MachineIdentity.ofTeam(teamId))
                .chain(
                    machines ->
                        machines.isEmpty()
                            ? Uni.createFrom().item(new Items<Machine>(List.of()))
                            : UserAccount.<UserAccount>list(
                                    "id in ?1", machines.stream().map(m -> m.id).toList())
                                .map(
                                    accounts -> {
                                      Map<UUID, byte[]> keys = new java.util.HashMap<>();
                                      accounts.forEach(a -> keys.put(a.id, a.publicKey));
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
                .map(s -> s.require(TeamRole.ADMIN))
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

  /** The account row a machine signs in as: no password verifier matches, no vault to open. */
  private static UserAccount machineAccount(UUID id, String publicKeyB64, Instant now) {
    UserAccount a = new UserAccount();
    a.id = id;
    a.email = "machine-" + id + "@machines.keyhaven.invalid";
    a.subscriptionTier = "free";
    a.subscriptionStatus = "active";
    a.preferences = Map.of("machine", true);
    a.authVerifier = random(32);
    a.authSalt = random(16);
    a.argon2MemoryKib = 19_456;
    a.argon2Iterations = 2;
    a.argon2Parallelism = 1;
    a.kdf = "pbkdf2-sha256";
    a.kdfIterations = 600_000;
    a.kdfSalt = random(16);
    a.protectedUserKey = NO_VAULT;
    a.publicKey = Base64.getDecoder().decode(publicKeyB64);
    a.protectedPrivateKey = NO_VAULT;
    a.createdAt = now;
    a.updatedAt = now;
    return a;
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
        m.revokedAt);
  }

  private static byte[] random(int n) {
    byte[] out = new byte[n];
    RANDOM.nextBytes(out);
    return out;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
