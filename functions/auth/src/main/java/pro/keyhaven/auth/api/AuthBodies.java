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
      @NotNull @Base64Bytes(min = 32, max = 32) String authHash) {
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
      String kdfSalt) {
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
}
