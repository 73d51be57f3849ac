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

  /**
   * A change of team settings: a new name, and whether members must have two-step sign-in on
   * (either or both).
   */
  public record UpdateTeamRequest(
      @Size(min = 1, max = 100) @Pattern(regexp = ONE_LINE, message = "must be one printable line")
          String name,
      Boolean requireTwoStep) {}

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
      @Schema(
              description =
                  "Members must have two-step sign-in on to see the team's keys and use its"
                      + " endpoints")
          boolean requireTwoStep,
      Instant createdAt,
      Instant updatedAt) {

    @Override
    public String toString() {
      return "TeamWithKeys[" + id + " g" + keyGeneration + "]";
    }
  }

  /**
   * An invitation: no key goes with it. The team key is wrapped only when an admin confirms the
   * member after the invitee accepted ({@link ConfirmMemberRequest}).
   */
  public record AddMemberRequest(
      @NotBlank @Size(max = 254) @Email(regexp = EMAIL) String email,
      @Schema(enumeration = {"viewer", "editor", "admin"})
          @NotNull
          @Pattern(regexp = ROLE, message = ROLE_MESSAGE)
          String role) {

    @Override
    public String toString() {
      return "AddMemberRequest[" + role + "]";
    }
  }

  /**
   * An admin confirms a member who accepted: the team key wrapped to {@code public_key}, the public
   * key whose fingerprint phrase the admin compared (it must still be the member's, else 409 {@code
   * PUBLIC_KEY_CHANGED}).
   */
  public record ConfirmMemberRequest(
      @NotNull @WrappedKey String wrappedTeamKey,
      @NotNull @Base64Bytes(min = 32, max = 32) String publicKey) {

    @Override
    public String toString() {
      return "ConfirmMemberRequest[wrapped key not shown]";
    }
  }

  /** An invitation as its invitee sees it; {@code status} accepted waits for an admin. */
  public record Invitation(
      UUID teamId,
      String teamName,
      @Schema(enumeration = {"viewer", "editor", "admin"}) String role,
      @Schema(enumeration = {"invited", "accepted"}) String status,
      @Schema(nullable = true, description = "E-mail of the admin who invited; null once accepted")
          String invitedBy,
      Instant createdAt) {}

  public record ChangeRoleRequest(
      @Schema(enumeration = {"viewer", "editor", "admin"})
          @NotNull
          @Pattern(regexp = ROLE, message = ROLE_MESSAGE)
          String role) {}

  /**
   * A member or an invitation of the team. {@code status}: {@code invited} (an invitation, no
   * account needed: {@code user_id} and {@code public_key} are null, {@code invitation_id} is set),
   * {@code accepted} (waits for an admin to compare its fingerprint phrase and confirm) or {@code
   * confirmed} (holds the team key). {@code public_key} is the account's, for the fingerprint
   * phrase.
   */
  public record Member(
      @Schema(nullable = true) UUID userId,
      String email,
      @Schema(enumeration = {"viewer", "editor", "admin"}) String role,
      @Schema(enumeration = {"invited", "accepted", "confirmed"}) String status,
      @Schema(nullable = true) String publicKey,
      @Schema(nullable = true) UUID invitationId,
      @Schema(nullable = true) Instant joinedAt,
      @Schema(nullable = true) Instant invitedAt) {}

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
      @NotNull @Size(max = MAX_ROTATION_ENTRIES) List<@NotNull @Valid ItemCiphertext> items,
      @Schema(
              description =
                  "The outgoing team key wrapped under the incoming one (AES-256-GCM,"
                      + " `v1.<iv>.<ct>`), kept as the team's key history so keys in the trash"
                      + " and earlier versions stay readable")
          @NotNull
          @WrappedKey
          String previousTeamKey) {

    @Override
    public String toString() {
      return "RotateTeamKeyRequest["
          + (members == null ? 0 : members.size())
          + " members, "
          + (items == null ? 0 : items.size())
          + " items]";
    }
  }

  /** One earlier team key, wrapped under the key of the next generation. */
  public record KeyHistoryEntry(
      @Schema(description = "The generation of the wrapped (earlier) team key") int generation,
      @Schema(description = "That team key wrapped under the team key of `generation + 1`")
          String protectedKey) {

    @Override
    public String toString() {
      return "KeyHistoryEntry[g" + generation + "]";
    }
  }
}
