package pro.keyhaven.monitoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Monitoring settings, with defaults that work locally. */
@ConfigMapping(prefix = "keyhaven.monitoring")
public interface MonitoringConfig {

  Ingest ingest();

  Scan scan();

  Reminders reminders();

  /** Usage reporting. */
  interface Ingest {
    /** Most events in one {@code POST /api/usage}. */
    @WithDefault("1000")
    int maxEvents();

    /** Raw events are kept this long; the hourly and daily rollups stay. */
    @WithDefault("30d")
    Duration rawRetention();

    /** Oldest event timestamp accepted. */
    @WithDefault("7d")
    Duration maxAge();

    /** How far in the future a reporter's clock may be. */
    @WithDefault("5m")
    Duration maxClockSkew();

    /** How long a per-minute counter stays in Redis. */
    @WithDefault("2h")
    Duration counterTtl();
  }

  /** The anomaly scan. */
  interface Scan {
    /** Keys judged per transaction. */
    @WithDefault("500")
    int batch();

    /** Most keys judged in one run; the rest wait for the next run (oldest first). */
    @WithDefault("50000")
    int maxKeysPerRun();

    /** A judged key is due again after this long. */
    @WithDefault("15m")
    Duration every();

    /** History a new key's baseline learns from. */
    @WithDefault("28d")
    Duration lookback();

    /** Only findings this recent are raised; older hours only train the baseline. */
    @WithDefault("48h")
    Duration reportWindow();

    /** Most raw events deleted per run by retention. */
    @WithDefault("50000")
    int purgeChunk();

    /** A replaced value version may still be used this long. */
    @WithDefault("24h")
    Duration rotatedVersionGrace();
  }

  /** The rotation job. */
  interface Reminders {
    /** A due rotation is announced this long ahead. */
    @WithDefault("7d")
    Duration rotationLead();

    /** Keys handled per transaction. */
    @WithDefault("500")
    int batch();

    /** Most reminders of each sort written in one run. */
    @WithDefault("20000")
    int maxPerRun();
  }
}
