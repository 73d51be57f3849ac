package pro.keyhaven.teams.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pro.keyhaven.shared.validation.Base64Bytes;
import pro.keyhaven.shared.validation.WrappedKey;

/** Bodies of the machine identities of a team ({@code /api/teams/{id}/machines}). */
public final class MachineBodies {

  private MachineBodies() {}

  /**
   * A new machine: its X25519 public key (made on the admin's machine, with the private key that
   * goes into the token) and the team key the admin wrapped to it.
   */
  public record CreateMachineRequest(
      @NotBlank
          @Size(max = 100)
          @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must be one printable line")
          String name,
      @NotNull @Base64Bytes(min = 32, max = 32) String publicKey,
      @NotNull @WrappedKey String wrappedTeamKey,
      @Schema(
              nullable = true,
              description =
                  "Only team keys of these environments open to the machine; absent for all")
          @Size(min = 1, max = 3, message = "one to three environments")
          List<
                  @NotNull
                  @Pattern(
                      regexp = "development|staging|production",
                      message = "must be development, staging or production")
                  String>
              environments,
      @Schema(
              nullable = true,
              description =
                  "Only team keys with at least one of these tags open to the machine; absent for"
                      + " all")
          @Size(min = 1, max = 20, message = "one to 20 tags")
          List<
                  @NotBlank @Size(max = 50)
                  @Pattern(regexp = TAG, message = "letters, digits and . _ : / - only") String>
              tags) {
    @Override
    public String toString() {
      return "CreateMachineRequest[" + name + "]";
    }
  }

  /** Tags: as on keys. */
  public static final String TAG = "^[A-Za-z0-9][A-Za-z0-9._:/\\-]*$";

  /** The answer to a creation: {@code secret} is shown once and never stored in clear. */
  public record CreatedMachine(
      UUID id,
      String name,
      UUID teamId,
      String secret,
      Instant createdAt,
      @Schema(nullable = true) List<String> environments,
      @Schema(nullable = true) List<String> tags) {
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
      @Schema(nullable = true) Instant lastUsedAt,
      @Schema(nullable = true) Instant revokedAt,
      @Schema(nullable = true) List<String> environments,
      @Schema(nullable = true) List<String> tags) {}
}
