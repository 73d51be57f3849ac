package pro.keyhaven.vault.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Vault settings. */
@ConfigMapping(prefix = "keyhaven.vault")
public interface VaultConfig {

  /** Writes (create, update, rotate, delete, restore) per user and minute. */
  @WithDefault("600")
  int writesPerMinute();
}
