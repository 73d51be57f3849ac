package pro.keyhaven.auth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of two-step sign-in (docs/api.md, "Two-step sign-in"). */
public final class MfaBodies {

  private MfaBodies() {}

  /** What {@code POST /api/auth/login} answers: tokens, or the second step. */
  public sealed interface LoginOutcome permits AuthBodies.LoginResponse, MfaChallengeResponse {}

  /** {@code POST /api/me/mfa/totp}: the secret, shown this once, and the URI of its QR code. */
  public record TotpEnrolment(
      @Schema(description = "Base32 TOTP secret (SHA-1, 6 digits, 30 s)") String secret,
      @Schema(description = "otpauth:// URI for an authenticator app's QR code")
          String otpauthUri) {
    @Override
    public String toString() {
      return "TotpEnrolment[secret not shown]";
    }
  }

  /** A current TOTP code. */
  public record CodeRequest(
      @NotNull @Pattern(regexp = "^[0-9]{6}$", message = "must be 6 digits") String code) {
    @Override
    public String toString() {
      return "CodeRequest[code not shown]";
    }
  }

  /** Ten single-use recovery codes, shown once. */
  public record RecoveryCodes(List<String> recoveryCodes) {
    @Override
    public String toString() {
      return "RecoveryCodes[" + recoveryCodes.size() + " not shown]";
    }
  }

  public record WebauthnCredential(
      UUID id, String name, Instant createdAt, @Schema(nullable = true) Instant lastUsedAt) {}

  /** {@code GET /api/me/mfa}. */
  public record MfaStatus(boolean totp, List<WebauthnCredential> webauthn, int recoveryCodesLeft) {}

  /** The answer of a correct password when a second factor is on: no tokens yet. */
  public record MfaChallengeResponse(
      @Schema(enumeration = {"true"}) boolean mfaRequired,
      @Schema(description = "Single-use, expires after expires_in seconds") String mfaToken,
      @Schema(description = "The second factors the account can use") List<String> methods,
      long expiresIn)
      implements LoginOutcome {
    @Override
    public String toString() {
      return "MfaChallengeResponse[" + methods + "]";
    }
  }

  /** {@code POST /api/auth/login/mfa}: the token and exactly one of the codes. */
  public record MfaLoginRequest(
      @NotBlank @Size(max = 128) String mfaToken,
      @Pattern(regexp = "^[0-9]{6}$", message = "must be 6 digits") String totpCode,
      @Size(min = 8, max = 32) String recoveryCode,
      @Schema(description = "A passkey's assertion (WebAuthn JSON form)") @jakarta.validation.Valid
          WebauthnBodies.AssertionCredential webauthn,
      @Schema(
              description =
                  "Remember this device for 30 days: the answer carries a device_token that a"
                      + " later login sends to skip this step")
          Boolean rememberDevice) {
    @Override
    public String toString() {
      return "MfaLoginRequest[not shown]";
    }
  }

  /** One live sign-in: the device it was made from, its address, when it was last used. */
  public record SignIn(
      UUID id,
      @Schema(description = "Browser and system, from the user agent") String device,
      @Schema(nullable = true) String ipAddress,
      Instant createdAt,
      Instant lastUsedAt,
      @Schema(description = "The sign-in of this request") boolean current) {}

  public record SignIns(List<SignIn> items) {}

  /** A device that skips the second step until it expires or is forgotten. */
  public record RememberedDeviceView(
      UUID id,
      @Schema(description = "Browser and system, from the user agent") String device,
      @Schema(nullable = true) String ipAddress,
      Instant createdAt,
      @Schema(nullable = true) Instant lastUsedAt,
      Instant expiresAt) {}

  public record RememberedDeviceList(List<RememberedDeviceView> items) {}
}
