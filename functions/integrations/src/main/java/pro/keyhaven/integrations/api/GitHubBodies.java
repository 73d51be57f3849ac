package pro.keyhaven.integrations.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pro.keyhaven.shared.validation.Base64Bytes;

/** The request and answer bodies of {@code /api/integrations/github} (docs/api.md). */
public final class GitHubBodies {

  /** A GitHub owner (user or organisation) or repository name. */
  public static final String NAME = "^[A-Za-z0-9_.-]{1,100}$";

  /** An Actions secret name, as GitHub allows it (and not one of its reserved GITHUB_ names). */
  public static final String SECRET_NAME =
      "^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]{0,199}$";

  /** A deployment environment name. */
  public static final String ENVIRONMENT = "^[^\\p{Cntrl}/]{1,255}$";

  /** An OpenSSH Ed25519 public key line, with an optional comment. */
  public static final String SSH_ED25519 =
      "^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5[A-Za-z0-9+/]{46,48}={0,2}( [^\\p{Cntrl}]{0,200})?$";

  private GitHubBodies() {}

  public record GitHubConnectRequest(
      @Schema(
              description =
                  "A GitHub fine-grained token (Actions secrets: read and write; Metadata: read;"
                      + " Secret scanning alerts: read; Administration: write for deploy keys) or"
                      + " an App installation token. Stored sealed, never returned.",
              writeOnly = true)
          @NotBlank
          @Size(min = 20, max = 255)
          @Pattern(regexp = "^[A-Za-z0-9_.\\-]+$", message = "is not a GitHub token")
          String token) {
    @Override
    public String toString() {
      return "GitHubConnectRequest[token=<redacted>]";
    }
  }

  public record GitHubConnection(
      @Schema(description = "Whether a token is saved") boolean connected,
      @Schema(description = "The GitHub login of the saved token", nullable = true) String login,
      @Schema(nullable = true) Instant connectedAt) {}

  public record GitHubLogin(String login) {}

  public record GitHubRepository(
      @Schema(example = "octo-org/payments") String fullName,
      @JsonProperty("private") boolean privateRepo) {}

  public record GitHubRepositories(List<GitHubRepository> items) {}

  public record GitHubPublicKey(
      @Schema(description = "GitHub's id of the key; send it back with the sealed value")
          String keyId,
      @Schema(description = "The X25519 public key, standard base64 (32 bytes)") String key) {}

  public record GitHubPushSecret(
      @Schema(
              format = "byte",
              description =
                  "The value sealed in the browser with libsodium's sealed box to the public key;"
                      + " the server only relays it")
          @NotNull
          @Base64Bytes(min = 49, max = 65_536)
          String encryptedValue,
      @Schema(description = "The key_id of the public key the value was sealed to")
          @NotBlank
          @Size(max = 100)
          @Pattern(regexp = "^[A-Za-z0-9_=+/-]+$", message = "is not a GitHub key id")
          String keyId,
      @Schema(description = "The vault key the value came from, to keep a sync record")
          UUID sourceKeyId) {
    @Override
    public String toString() {
      return "GitHubPushSecret[keyId=" + keyId + ", sourceKeyId=" + sourceKeyId + ", <sealed>]";
    }
  }

  public record GitHubDeployKeyRequest(
      @Schema(example = "deploy (KeyHaven)")
          @NotBlank
          @Size(max = 100)
          @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must be one printable line")
          String title,
      @Schema(description = "The OpenSSH Ed25519 public key made in the browser")
          @NotBlank
          @Size(max = 400)
          @Pattern(regexp = SSH_ED25519, message = "must be an OpenSSH ssh-ed25519 public key")
          String key,
      @Schema(description = "Read-only unless false", defaultValue = "true") Boolean readOnly,
      @Schema(description = "The vault key holding the private half") UUID sourceKeyId) {}

  public record GitHubDeployKey(
      UUID id,
      String repository,
      long githubKeyId,
      String title,
      boolean readOnly,
      @Schema(nullable = true) UUID keyId,
      Instant createdAt) {}

  public record GitHubDeployKeys(List<GitHubDeployKey> items) {}

  public record GitHubSecretSync(
      UUID id,
      @Schema(nullable = true) UUID keyId,
      @Schema(example = "octo-org/payments") String repository,
      @Schema(description = "The environment, or empty for a repository secret") String environment,
      String secretName,
      @Schema(description = "The vault key's version that was pushed", nullable = true)
          Integer keyVersion,
      @Schema(description = "The vault key's version now", nullable = true) Integer currentVersion,
      @Schema(description = "The vault key changed since the push: push again") boolean stale,
      Instant pushedAt) {
    @Override
    public String toString() {
      return "GitHubSecretSync[" + id + ", " + repository + ", stale=" + stale + "]";
    }
  }

  public record GitHubSecretSyncs(List<GitHubSecretSync> items) {}

  public record GitHubWebhookReceipt(
      @Schema(
              example = "applied",
              enumeration = {"applied", "ignored", "duplicate"})
          String status,
      @Schema(description = "Keys marked exposed by this delivery") int exposed) {}
}
