package pro.keyhaven.auth.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bodies of passkeys and security keys (WebAuthn) in two-step sign-in (docs/api.md, "Two-step
 * sign-in"). The options and credentials are the WebAuthn JSON forms with the API's snake_case
 * names ({@code clientDataJSON} is {@code client_data_json}) and binary values as unpadded
 * base64url.
 */
public final class WebauthnBodies {

  private WebauthnBodies() {}

  /** Unpadded base64url. */
  public static final String B64URL = "^[A-Za-z0-9_-]*$";

  static final String B64URL_MESSAGE = "must be unpadded base64url";

  /** A name the user gives a passkey. */
  public static final int MAX_NAME = 64;

  // ---- options ----------------------------------------------------------------------------------

  public record RelyingParty(String id, String name) {}

  public record UserEntity(
      @Schema(description = "The user handle: base64url of 16 random-looking bytes, not the e-mail")
          String id,
      String name,
      String displayName) {}

  public record CredentialParameter(
      @Schema(enumeration = {"public-key"}) String type,
      @Schema(description = "COSE algorithm: -7 ES256, -8 EdDSA, -257 RS256") long alg) {}

  public record CredentialDescriptor(
      @Schema(enumeration = {"public-key"}) String type,
      @Schema(description = "Credential id, base64url") String id,
      @Schema(description = "As the browser reported them at registration; may be empty")
          List<String> transports) {}

  public record AuthenticatorSelection(
      @Schema(enumeration = {"discouraged", "preferred", "required"}) String residentKey,
      @Schema(enumeration = {"discouraged", "preferred", "required"}) String userVerification) {}

  /** {@code POST /api/me/mfa/webauthn/options}: PublicKeyCredentialCreationOptions (JSON form). */
  public record CreationOptions(
      RelyingParty rp,
      UserEntity user,
      @Schema(description = "Single use, base64url") String challenge,
      List<CredentialParameter> pubKeyCredParams,
      @Schema(description = "Milliseconds") long timeout,
      List<CredentialDescriptor> excludeCredentials,
      AuthenticatorSelection authenticatorSelection,
      @Schema(enumeration = {"none"}) String attestation) {}

  /**
   * {@code POST /api/auth/login/mfa/webauthn/options}: PublicKeyCredentialRequestOptions (JSON
   * form).
   */
  public record RequestOptions(
      @Schema(description = "Single use, base64url") String challenge,
      String rpId,
      List<CredentialDescriptor> allowCredentials,
      @Schema(enumeration = {"discouraged", "preferred", "required"}) String userVerification,
      @Schema(description = "Milliseconds") long timeout) {}

  /** The mfa_token of the login whose second step a passkey answers. */
  public record LoginOptionsRequest(@NotBlank @Size(max = 128) String mfaToken) {
    @Override
    public String toString() {
      return "LoginOptionsRequest[not shown]";
    }
  }

  // ---- credentials ------------------------------------------------------------------------------

  /** AuthenticatorAttestationResponse (JSON form). */
  public record AttestationResponse(
      @NotBlank @Size(max = 4096) @Pattern(regexp = B64URL, message = B64URL_MESSAGE)
          String clientDataJson,
      @NotBlank @Size(max = 16384) @Pattern(regexp = B64URL, message = B64URL_MESSAGE)
          String attestationObject,
      @Size(max = 8)
          List<@NotNull @Size(max = 16) @Pattern(regexp = "^[a-z-]+$") String> transports,
      @Schema(description = "Ignored (read from the attestation object)")
          @Size(max = 8192)
          @Pattern(regexp = B64URL, message = B64URL_MESSAGE)
          String authenticatorData,
      @Schema(description = "Ignored (read from the attestation object)")
          @Size(max = 4096)
          @Pattern(regexp = B64URL, message = B64URL_MESSAGE)
          String publicKey,
      @Schema(description = "Ignored") Long publicKeyAlgorithm) {}

  /** A new credential: PublicKeyCredential with an attestation response (JSON form). */
  public record AttestationCredential(
      @NotBlank @Size(max = 1366) @Pattern(regexp = B64URL, message = B64URL_MESSAGE) String id,
      @Size(max = 1366) @Pattern(regexp = B64URL, message = B64URL_MESSAGE) String rawId,
      @NotNull @Pattern(regexp = "^public-key$", message = "must be public-key") String type,
      @NotNull @Valid AttestationResponse response,
      @Size(max = 32) String authenticatorAttachment,
      @Schema(description = "Ignored") @Size(max = 16)
          Map<String, Object> clientExtensionResults) {}

  /** AuthenticatorAssertionResponse (JSON form). */
  public record AssertionResponse(
      @NotBlank @Size(max = 4096) @Pattern(regexp = B64URL, message = B64URL_MESSAGE)
          String clientDataJson,
      @NotBlank @Size(max = 8192) @Pattern(regexp = B64URL, message = B64URL_MESSAGE)
          String authenticatorData,
      @NotBlank @Size(max = 2048) @Pattern(regexp = B64URL, message = B64URL_MESSAGE)
          String signature,
      @Size(max = 128) @Pattern(regexp = B64URL, message = B64URL_MESSAGE) String userHandle) {}

  /** A sign-in assertion: PublicKeyCredential with an assertion response (JSON form). */
  public record AssertionCredential(
      @NotBlank @Size(max = 1366) @Pattern(regexp = B64URL, message = B64URL_MESSAGE) String id,
      @Size(max = 1366) @Pattern(regexp = B64URL, message = B64URL_MESSAGE) String rawId,
      @NotNull @Pattern(regexp = "^public-key$", message = "must be public-key") String type,
      @NotNull @Valid AssertionResponse response,
      @Size(max = 32) String authenticatorAttachment,
      @Schema(description = "Ignored") @Size(max = 16) Map<String, Object> clientExtensionResults) {
    @Override
    public String toString() {
      return "AssertionCredential[not shown]";
    }
  }

  /** {@code POST /api/me/mfa/webauthn}. */
  public record RegisterRequest(
      @NotBlank @Size(max = MAX_NAME) String name,
      @NotNull @Valid AttestationCredential credential) {}

  /** {@code PATCH /api/me/mfa/webauthn/{id}}. */
  public record RenameRequest(@NotBlank @Size(max = MAX_NAME) String name) {}

  /** A registered passkey; recovery codes when it is the account's first second factor. */
  public record Registered(
      UUID id,
      String name,
      Instant createdAt,
      @Schema(
              nullable = true,
              description =
                  "Ten recovery codes, shown this once, when this passkey turned two-step sign-in"
                      + " on")
          List<String> recoveryCodes) {
    @Override
    public String toString() {
      return "Registered[" + id + "]";
    }
  }
}
