package pro.keyhaven.teams.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Teams settings. */
@ConfigMapping(prefix = "keyhaven.teams")
public interface TeamsConfig {

  /** Team changes (create, rename, member changes, key rotation) per user and minute. */
  @WithDefault("120")
  int writesPerMinute();
}
