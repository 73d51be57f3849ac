package pro.keyhaven.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Accounts and sessions settings. */
@ConfigMapping(prefix = "keyhaven.auth")
public interface AuthConfig {

  /**
   * Secret for the made-up prelogin parameters of unknown e-mails (stable per e-mail). Local mode
   * keeps one in the data directory; AWS reads it from the JWT secret.
   */
  Optional<String> decoySecret();

  Argon2 argon2();

  /** Absolute lifetime of a sign-in (a refresh-token family). */
  @WithDefault("P30D")
  Duration refreshLifetime();

  /** Failed logins allowed per account in {@link #failureWindow()} before 429. */
  @WithDefault("10")
  int maxFailuresPerAccount();

  /** Failed logins allowed per client address in {@link #failureWindow()} before 429. */
  @WithDefault("50")
  int maxFailuresPerIp();

  @WithDefault("PT15M")
  Duration failureWindow();

  /** Lifetime of the single-use mfa_token between the password and the second factor. */
  @WithDefault("PT5M")
  Duration mfaTokenLifetime();

  /** How long "remember this device" skips the second step. */
  @WithDefault("P30D")
  Duration rememberDeviceLifetime();

  /** Requests per minute and address to the public auth endpoints. */
  @WithDefault("300")
  int publicRequestsPerMinute();

  /** Highest PBKDF2 iteration count accepted (a sane cap against self-inflicted denial). */
  @WithDefault("10000000")
  int maxKdfIterations();

  /** Argon2id cost of the stored verifier (OWASP: at least 19 MiB and 2 passes). */
  interface Argon2 {
    @WithDefault("19456")
    int memoryKib();

    @WithDefault("2")
    int iterations();

    @WithDefault("1")
    int parallelism();
  }
}
