package pro.keyhaven.cli.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Machine identities' bodies (docs/api-notes.md, "Machine identities"). */
public final class MachineBodies {

  private MachineBodies() {}

  public record MachineLoginRequest(UUID machineId, String secret) {
    @Override
    public String toString() {
      return "MachineLoginRequest[" + machineId + "]";
    }
  }

  public record MachineLoginResponse(
      String accessToken,
      String tokenType,
      long expiresIn,
      UUID machineId,
      UUID teamId,
      String publicKey) {
    @Override
    public String toString() {
      return "MachineLoginResponse[" + machineId + "]";
    }
  }

  /** {@code environments} and {@code tags} narrow what the machine reads; null for no narrowing. */
  public record CreateMachineRequest(
      String name,
      String publicKey,
      String wrappedTeamKey,
      List<String> environments,
      List<String> tags) {
    @Override
    public String toString() {
      return "CreateMachineRequest[" + name + "]";
    }
  }

  public record CreatedMachine(
      UUID id,
      String name,
      UUID teamId,
      String secret,
      Instant createdAt,
      List<String> environments,
      List<String> tags) {
    @Override
    public String toString() {
      return "CreatedMachine[" + id + "]";
    }
  }

  public record Machine(
      UUID id,
      String name,
      UUID teamId,
      String publicKey,
      UUID createdBy,
      Instant createdAt,
      Instant lastUsedAt,
      Instant revokedAt,
      List<String> environments,
      List<String> tags) {}

  public record MachineList(List<Machine> items) {}
}
