package pro.keyhaven.teams.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/**
 * Request and response bodies of the teams API (docs/api.md, "Teams"). Bodies that carry wrapped
 * keys or ciphertext print only ids.
 */
public final class TeamBodies {

  /** The e-mail shape the accounts API accepts (auth's {@code AuthBodies.EMAIL}). */
  public static final String EMAIL = "^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$";

  /** Printable text on one line. */
  public static final String ONE_LINE = "^[^\\p{Cntrl}]*$";

  public static final String ROLE = "viewer|editor|admin";

  public static final String ROLE_MESSAGE = "must be viewer, editor or admin";

  /** Largest item ciphertext accepted: 16 KiB decoded, as in the vault. */
  public static final int MAX_CIPHERTEXT = 16 * 1024;

  /** Most members or items one rotation may carry. */
  public static final int MAX_ROTATION_ENTRIES = 5000;

  private TeamBodies() {}

  public record CreateTeamRequest(
      @Schema(example = "Platform")
          @NotBlank
          @Size(max = 100)
          @Pattern(regexp = ONE_LINE, message = "must be one printable line")
          String name,
      @NotNull @Base64Bytes(min = 32, max = 32) String publicKey,
      @NotNull @WrappedKey String protectedPrivateKey,
      @NotNull @WrappedKey String wrappedTeamKey) {

    @Override
    public String toString() {
      return "CreateTeamRequest[wrapped keys not shown]";
    }
  }

  public record RenameTeamRequest(
      @NotBlank @Size(max = 100) @Pattern(regexp = ONE_LINE, message = "must be one printable line")
          String name) {}

  /** A team as one member sees it: with that member's role and wrapped copy of the team key. */
  public record TeamWithKeys(
      UUID id,
      String name,
      UUID ownerId,
      @Schema(enumeration = {"viewer", "editor", "admin"}) String role,
      String wrappedTeamKey,
      String publicKey,
      String protectedPrivateKey,
      boolean rotationRecommended,
      int keyGeneration,
      Instant createdAt,
      Instant updatedAt) {

    @Override
    public String toString() {
      return "TeamWithKeys[" + id + " g" + keyGeneration + "]";
    }
  }

  public record AddMemberRequest(
      @NotBlank @Size(max = 254) @Email(regexp = EMAIL) String email,
      @Schema(enumeration = {"viewer", "editor", "admin"})
          @NotNull
          @Pattern(regexp = ROLE, message = ROLE_MESSAGE)
          String role,
      @NotNull @WrappedKey String wrappedTeamKey) {

    @Override
    public String toString() {
      return "AddMemberRequest[" + role + "]";
    }
  }

  public record ChangeRoleRequest(
      @Schema(enumeration = {"viewer", "editor", "admin"})
          @NotNull
          @Pattern(regexp = ROLE, message = ROLE_MESSAGE)
          String role) {}

  public record Member(
      UUID userId,
      String email,
      @Schema(enumeration = {"viewer", "editor", "admin"}) String role,
      Instant joinedAt) {}

  /** The team key of the next generation, wrapped for one member. */
  public record MemberKey(@NotNull UUID userId, @NotNull @WrappedKey String wrappedTeamKey) {

    @Override
    public String toString() {
      return "MemberKey[" + userId + "]";
    }
  }

  /** One team key re-encrypted under the next team key; {@code version} is the current one. */
  public record ItemCiphertext(
      @NotNull UUID id,
      @NotNull @Base64Bytes(min = 17, max = MAX_CIPHERTEXT) String encryptedValue,
      @NotNull @Base64Bytes(min = 12, max = 12) String iv,
      @NotNull @Min(1) @Max(Integer.MAX_VALUE - 1) Integer version) {

    @Override
    public String toString() {
      return "ItemCiphertext[" + id + " v" + version + "]";
    }
  }

  /** A team-key rotation: the new key pair, the new key per member, every item re-encrypted. */
  public record RotateTeamKeyRequest(
      @NotNull @Base64Bytes(min = 32, max = 32) String publicKey,
      @NotNull @WrappedKey String protectedPrivateKey,
      @NotNull @Size(min = 1, max = MAX_ROTATION_ENTRIES) List<@NotNull @Valid MemberKey> members,
      @NotNull @Size(max = MAX_ROTATION_ENTRIES) List<@NotNull @Valid ItemCiphertext> items) {

    @Override
    public String toString() {
      return "RotateTeamKeyRequest["
          + (members == null ? 0 : members.size())
          + " members, "
          + (items == null ? 0 : items.size())
          + " items]";
    }
  }
}
