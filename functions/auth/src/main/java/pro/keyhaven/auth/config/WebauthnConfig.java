package pro.keyhaven.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The relying party of passkeys and security keys (WebAuthn) as a second factor. */
@ConfigMapping(prefix = "keyhaven.webauthn")
public interface WebauthnConfig {

  /** The relying party id: the dashboard's host name (or a registrable suffix of it). */
  @WithDefault("localhost")
  String rpId();

  /** The name an authenticator shows. */
  @WithDefault("KeyHaven")
  String rpName();

  /** The exact origins the dashboard is served from (scheme, host and port). */
  @WithDefault("http://localhost:8080,http://localhost:5173")
  List<String> origins();

  /** How long a registration or sign-in challenge can be answered. */
  @WithDefault("PT5M")
  Duration challengeLifetime();

  /** Passkeys one account may register. */
  @WithDefault("10")
  int maxCredentials();
}
