package pro.keyhaven.rotation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pro.keyhaven.shared.validation.Base64Bytes;

/** Request and answer bodies of managed rotation (docs/api.md, "Managed rotation"). */
public final class RotationBodies {

  /** The providers the contract names; {@code Rotators} says which this server rotates. */
  public static final String PROVIDERS = "postgresql|aws-iam|openai|sendgrid|twilio|webhook";

  private RotationBodies() {}

  @Schema(name = "ConnectionRequest")
  public record ConnectionRequest(
      @NotNull
          @Pattern(regexp = PROVIDERS)
          @Schema(
              enumeration = {"postgresql", "aws-iam", "openai", "sendgrid", "twilio", "webhook"})
          String provider,
      @NotBlank @Size(max = 100) String name,
      @Schema(nullable = true) UUID teamId,
      @NotNull
          @Size(min = 1, max = 12)
          @Schema(
              description =
                  "The provider admin credential, write-only: stored sealed, never answered."
                      + " postgresql: {host, port, database, username, password, sslmode};"
                      + " aws-iam: {access_key_id, secret_access_key}; openai: {admin_key};"
                      + " sendgrid: {api_key}; twilio: {account_sid, auth_token}; webhook: {url,"
                      + " signing_secret} (docs/rotation.md)")
          Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 2000) String> credential) {
    @Override
    public String toString() {
      return "ConnectionRequest[" + provider + ", " + name + ", <credential>]";
    }
  }

  @Schema(name = "Connection")
  public record Connection(
      UUID id,
      String provider,
      String name,
      @Schema(nullable = true) UUID teamId,
      Instant createdAt,
      @Schema(nullable = true) Instant lastUsedAt) {}

  @Schema(name = "Connections")
  public record Connections(List<Connection> items) {}

  @Schema(name = "RotationSettingsRequest")
  public record RotationSettingsRequest(
      @NotNull UUID connectionId,
      @NotNull
          @Size(min = 1, max = 12)
          @Schema(
              description =
                  "What to rotate at the provider. postgresql: {roles: \"app_blue,app_green\"} (two"
                      + " login roles used in turn), optionally {current_role}; aws-iam:"
                      + " {user_name, current_access_key_id?}; openai: {project_id,"
                      + " current_service_account_id?, name?}; sendgrid: {scopes:"
                      + " \"mail.send,...\", current_api_key_id?, name?}; twilio: {current_key_sid?,"
                      + " name?}; webhook: lower-case fields passed to the endpoint, current_ref?,"
                      + " test_url?")
          Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 500) String> target,
      @Min(1) @Max(3650) @Schema(nullable = true) Integer intervalDays,
      @NotNull @Min(0) @Max(720) Integer graceHours) {}

  @Schema(name = "RotationSettings")
  public record RotationSettings(
      UUID keyId,
      UUID connectionId,
      String provider,
      Map<String, String> target,
      @Schema(nullable = true) Integer intervalDays,
      int graceHours,
      String state,
      @Schema(nullable = true) Instant nextDueAt) {}

  @Schema(name = "RotationAccepted")
  public record RotationAccepted(UUID rotationId, String state) {}

  @Schema(name = "RotationRun")
  public record RotationRun(
      UUID id,
      @Schema(
              enumeration = {
                "creating",
                "testing",
                "finishing",
                "grace",
                "revoking",
                "done",
                "rolled_back",
                "failed"
              })
          String state,
      String trigger,
      Instant startedAt,
      @Schema(nullable = true) Instant finishedAt,
      @Schema(nullable = true) String error) {}

  @Schema(name = "RotationStatus")
  public record RotationStatus(
      @Schema(
              enumeration = {
                "idle",
                "creating",
                "testing",
                "finishing",
                "grace",
                "revoking",
                "failed"
              })
          String state,
      @Schema(nullable = true) Instant nextDueAt,
      @Schema(nullable = true) Instant graceUntil,
      @Schema(nullable = true) Instant retryAt,
      @Schema(nullable = true) UUID connectionId,
      List<RotationRun> history) {}

  /** A client's own encryption of a value the server sealed. */
  @Schema(name = "VersionReplacement")
  public record VersionReplacement(
      @NotNull @Base64Bytes(min = 17, max = 16384) String encryptedValue,
      @NotNull @Base64Bytes(min = 12, max = 12) String iv) {
    @Override
    public String toString() {
      return "VersionReplacement[<ciphertext>]";
    }
  }

  @Schema(name = "VersionStored")
  public record VersionStored(UUID id, int version) {}
}
