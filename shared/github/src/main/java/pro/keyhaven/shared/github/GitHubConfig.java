package pro.keyhaven.shared.github;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code keyhaven.github.*}: where GitHub's REST API is and how its webhooks are verified. */
@ConfigMapping(prefix = "keyhaven.github")
public interface GitHubConfig {

  /** The REST API's base URL (a stand-in in tests, GitHub Enterprise Server's in self-hosting). */
  @WithDefault("https://api.github.com")
  String apiUrl();

  /**
   * The webhook secret ({@code KEYHAVEN_GITHUB_WEBHOOK_SECRET}); without it every delivery is 401.
   */
  Optional<String> webhookSecret();

  /** How long one call to GitHub may take. */
  @WithDefault("10s")
  Duration timeout();

  /** How long a delivery id is remembered to drop a replay. */
  @WithDefault("72h")
  Duration deliveryMemory();
}
