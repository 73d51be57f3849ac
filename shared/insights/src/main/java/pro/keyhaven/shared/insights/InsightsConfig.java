package pro.keyhaven.shared.insights;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Insight settings, with defaults that work locally. */
@ConfigMapping(prefix = "keyhaven.insights")
public interface InsightsConfig {

  Rules rules();

  Osv osv();

  Dependencies dependencies();

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

    /**
     * Advisories fetched ({@code GET /v1/vulns/{id}}) per refresh; the packages beyond are asked at
     * the next refresh.
     */
    @WithDefault("500")
    int maxVulnFetches();
  }

  /**
   * The dependency graph of the user's linked GitHub repositories (those a vault key was pushed to
   * as an Actions secret or registered on as a deploy key), matched against OSV.
   */
  interface Dependencies {
    /** Off: no {@code vulnerable_dependency} insights (and no call to GitHub for them). */
    @WithDefault("true")
    boolean enabled();

    /** Repositories read per user and refresh (the most recently linked first). */
    @WithDefault("20")
    int maxRepos();

    /** Packages (purls) taken from one repository's SBOM. */
    @WithDefault("500")
    int maxPackagesPerRepo();

    /** An SBOM larger than this is not read (the repository is skipped). */
    @WithDefault("8388608")
    int maxSbomBytes();

    /** How long a repository's package list is reused (per user). */
    @WithDefault("6h")
    Duration sbomCacheTtl();

    /** GitHub's answer time for one SBOM (one retry after a timeout). */
    @WithDefault("8s")
    Duration timeout();

    /**
     * The whole dependency feed of one refresh; past it, the feed's insights stay as they were (the
     * SBOMs read so far are cached for the next refresh).
     */
    @WithDefault("20s")
    Duration deadline();

    /** Insights per repository (the most severe first). */
    @WithDefault("100")
    int maxFindingsPerRepo();
  }
}
