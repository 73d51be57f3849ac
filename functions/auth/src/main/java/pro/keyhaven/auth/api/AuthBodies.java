package pro.keyhaven.auth.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pro.keyhaven.shared.security.MachineSecrets;
import pro.keyhaven.shared.validation.Base64Bytes;
import pro.keyhaven.shared.validation.WrappedKey;

/** Request and response bodies of the accounts API (docs/api.md, "Accounts"). */
public final class AuthBodies {

  /** Plain e-mail shape: a local part, one @, a dotted domain, no spaces. */
  public static final String EMAIL = "^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$";

  /** The highest iteration count the server accepts (a sane cap). */
  public static final int MAX_KDF_ITERATIONS = 10_000_000;

  private AuthBodies() {}

  public record PreloginRequest(
      @Schema(example = "ada@example.com") @NotBlank @Size(max = 254) @Email(regexp = EMAIL)
          String email) {}

  public record PreloginResponse(
      @Schema(enumeration = {"pbkdf2-sha256"}) String kdf, int kdfIterations, String kdfSalt) {}

  public record RegisterRequest(
      @NotBlank @Size(max = 254) @Email(regexp = EMAIL) String email,
      @NotNull @Base64Bytes(min = 32, max = 32) String authHash,
      @Schema(enumeration = {"pbkdf2-sha256"})
          @NotNull
          @Pattern(regexp = "pbkdf2-sha256", message = "must be pbkdf2-sha256")
          String kdf,
      @NotNull
          @Min(value = 600_000, message = "must be at least 600000")
          @Max(value = MAX_KDF_ITERATIONS, message = "must be at most 10000000")
          Integer kdfIterations,
      @NotNull @Base64Bytes(min = 16, max = 64) String kdfSalt,
      @NotNull @WrappedKey String protectedUserKey,
      @NotNull @Base64Bytes(min = 32, max = 32) String publicKey,
      @NotNull @WrappedKey String protectedPrivateKey) {
    @Override
    public String toString() {
      return "RegisterRequest[email=<redacted>]";
    }
  }

  public record RegisterResponse(UUID userId) {}

  public record LoginRequest(
      @NotBlank @Size(max = 254) @Email(regexp = EMAIL) String email,
      @NotNull @Base64Bytes(min = 32, max = 32) String authHash,
      @Schema(
              description =
                  "The device_token of a remembered device: skips the second step while it lives")
          @Pattern(regexp = "^[A-Za-z0-9_-]{43}$", message = "must be a device token")
          String deviceToken) {
    @Override
    public String toString() {
      return "LoginRequest[email=<redacted>]";
    }
  }

  public record UserSummary(
      UUID id, String email, @Schema(enumeration = {"free", "pro", "team"}) String subscription) {}

  public record LoginResponse(
      String accessToken,
      String refreshToken,
      @Schema(enumeration = {"Bearer"}) String tokenType,
      long expiresIn,
      UserSummary user,
      String protectedUserKey,
      String publicKey,
      String protectedPrivateKey,
      String kdf,
      int kdfIterations,
      String kdfSalt,
      @Schema(
              nullable = true,
              description =
                  "Only after a second step with remember_device: send it with later logins from"
                      + " this device to skip the second step (30 days)")
          String deviceToken)
      implements MfaBodies.LoginOutcome {

    /** The same answer with the token of a device just remembered. */
    public LoginResponse withDeviceToken(String token) {
      return new LoginResponse(
          accessToken,
          refreshToken,
          tokenType,
          expiresIn,
          user,
          protectedUserKey,
          publicKey,
          protectedPrivateKey,
          kdf,
          kdfIterations,
          kdfSalt,
          token);
    }

    @Override
    public String toString() {
      return "LoginResponse[user=" + (user == null ? null : user.id()) + "]";
    }
  }

  public record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {
    @Override
    public String toString() {
      return "RefreshRequest[<redacted>]";
    }
  }

  public record TokenResponse(
      String accessToken, String refreshToken, String tokenType, long expiresIn) {
    @Override
    public String toString() {
      return "TokenResponse[expiresIn=" + expiresIn + "]";
    }
  }

  public record LogoutRequest(@NotBlank @Size(max = 128) String refreshToken) {
    @Override
    public String toString() {
      return "LogoutRequest[<redacted>]";
    }
  }

  public record ChangePasswordRequest(
      @NotNull @Base64Bytes(min = 32, max = 32) String authHash,
      @NotNull @Base64Bytes(min = 32, max = 32) String newAuthHash,
      @Min(value = 600_000, message = "must be at least 600000")
          @Max(value = MAX_KDF_ITERATIONS, message = "must be at most 10000000")
          Integer newKdfIterations,
      @NotNull @Base64Bytes(min = 16, max = 64) String newKdfSalt,
      @NotNull @WrappedKey String newProtectedUserKey) {
    @Override
    public String toString() {
      return "ChangePasswordRequest[<redacted>]";
    }
  }

  public record PublicKeyResponse(UUID userId, String publicKey) {}

  /** A machine token's id and secret (the private key in the token never leaves the client). */
  public record MachineLoginRequest(
      @NotNull UUID machineId,
      @NotNull @Pattern(regexp = MachineSecrets.PATTERN, message = "is not a machine token secret")
          String secret) {
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

  /**
   * The opaque pinned-keys blob: a {@code v1} AES-GCM wrap made in the browser (docs/crypto.md).
   */
  public static final String PINNED_KEYS = "^v1\\.[A-Za-z0-9+/]{16}\\.[A-Za-z0-9+/]{24,}={0,2}$";

  /** Largest pinned-keys blob (about 400 pinned keys). */
  public static final int MAX_PINNED_KEYS = 60_000;

  /** {@code GET /api/me/pinned-keys}: null until the first PUT; {@code version} counts writes. */
  public record PinnedKeys(@Schema(nullable = true) String pinnedKeys, int version) {

    @Override
    public String toString() {
      return "PinnedKeys[v" + version + "]";
    }
  }

  /** {@code PUT /api/me/pinned-keys}: {@code version} is the one read (409 when it moved on). */
  public record PutPinnedKeysRequest(
      @NotNull
          @Size(max = MAX_PINNED_KEYS)
          @Pattern(regexp = PINNED_KEYS, message = "must be a v1 wrapped blob")
          String pinnedKeys,
      @NotNull @Min(0) @Max(Integer.MAX_VALUE - 1) Integer version) {

    @Override
    public String toString() {
      return "PutPinnedKeysRequest[v" + version + "]";
    }
  }

  /** {@code POST /api/auth/verify-email}: the token of the link mailed at sign-up. */
  public record VerifyEmailRequest(
      @NotBlank
          @Size(min = 43, max = 43)
          @Pattern(regexp = "^[A-Za-z0-9_-]{43}$", message = "must be the token of the link")
          String token) {

    @Override
    public String toString() {
      return "VerifyEmailRequest[token not shown]";
    }
  }

  /** Whether the caller's address counts as verified, and whether verification is on at all. */
  public record EmailVerificationStatus(boolean emailVerified, boolean verificationRequired) {}
}
