package pro.keyhaven.cli.api;

import java.util.List;
import java.util.UUID;

/** The accounts API's bodies, as the command line sends and reads them (docs/api.md). */
public final class AuthBodies {

  private AuthBodies() {}

  public record PreloginRequest(String email) {}

  public record PreloginResponse(String kdf, int kdfIterations, String kdfSalt) {}

  public record LoginRequest(String email, String authHash) {
    @Override
    public String toString() {
      return "LoginRequest[" + email + "]";
    }
  }

  public record MfaLoginRequest(String mfaToken, String totpCode, String recoveryCode) {
    @Override
    public String toString() {
      return "MfaLoginRequest[redacted]";
    }
  }

  public record UserSummary(UUID id, String email, String subscription) {}

  /** A login answer: tokens and wrapped keys, or a second-factor challenge. */
  public record LoginResponse(
      String accessToken,
      String refreshToken,
      long expiresIn,
      UserSummary user,
      String protectedUserKey,
      String publicKey,
      String protectedPrivateKey,
      String kdf,
      Integer kdfIterations,
      String kdfSalt,
      Boolean mfaRequired,
      String mfaToken,
      List<String> methods) {
    @Override
    public String toString() {
      return "LoginResponse[" + (user == null ? "mfa" : user.id()) + "]";
    }
  }

  public record RefreshRequest(String refreshToken) {
    @Override
    public String toString() {
      return "RefreshRequest[redacted]";
    }
  }

  public record TokenResponse(String accessToken, String refreshToken, long expiresIn) {
    @Override
    public String toString() {
      return "TokenResponse[redacted]";
    }
  }

  public record LogoutRequest(String refreshToken) {
    @Override
    public String toString() {
      return "LogoutRequest[redacted]";
    }
  }
}
