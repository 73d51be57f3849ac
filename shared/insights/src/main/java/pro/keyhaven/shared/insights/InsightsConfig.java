package pro.keyhaven.shared.insights;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Insight settings, with defaults that work locally. */
@ConfigMapping(prefix = "keyhaven.insights")
public interface InsightsConfig {

  Rules rules();

  Osv osv();

  /** Thresholds of the rules. */
  interface Rules {
    /** A production key whose value is older than this is "old". */
    @WithDefault("365")
    int oldProductionDays();

    /** A key without reported use for this long is "unused". */
    @WithDefault("90")
    int unusedDays();

    /** A key expiring within this many days is "expiring". */
    @WithDefault("30")
    int expiringDays();

    /** A team key shared with more members than this is "shared widely". */
    @WithDefault("10")
    int maxMembers();

    /** A health score below this is "weak" in the risk ranking. */
    @WithDefault("60")
    int weakHealth();
  }

  /** The OSV vulnerability database (its address is {@code quarkus.rest-client.osv.url}). */
  interface Osv {
    /** Off: no CVE insights (and no call to OSV). */
    @WithDefault("true")
    boolean enabled();

    /** How long an OSV answer per package is reused. */
    @WithDefault("12h")
    Duration cacheTtl();

    /** Advisories read per package (the newest first, as OSV lists them). */
    @WithDefault("20")
    int maxVulnsPerPackage();
  }
}
