package pro.keyhaven.shared.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings every area shares, with defaults that work locally. */
@ConfigMapping(prefix = "keyhaven")
public interface KeyHavenConfig {

  /** {@code local} (one process, embedded services) or {@code aws} (Lambda). */
  @WithDefault("local")
  String mode();

  Http http();

  Db db();

  Cors cors();

  /** Port of the local all-in-one server. */
  @WithDefault("8080")
  int port();

  /** Address the local all-in-one server binds to. */
  @WithDefault("127.0.0.1")
  String bind();

  Redis redis();

  Jwt jwt();

  Audit audit();

  Billing billing();

  /** HTTP edge settings. */
  interface Http {
    /** Largest request body accepted; larger ones answer 413. */
    @WithDefault("65536")
    long maxBodyBytes();

    /**
     * Largest body of a team-key rotation, which carries every team item re-encrypted (about 4 MiB:
     * some 20,000 items, under Lambda's 6 MB payload limit).
     */
    @WithDefault("4194304")
    long maxRotationBodyBytes();

    /** Largest usage report ({@code POST /api/usage}, up to 1,000 events). */
    @WithDefault("1048576")
    long maxUsageBodyBytes();

    /**
     * In AWS, the secret CloudFront adds to every request it forwards ({@code X-Origin-Verify}):
     * when set, a request without it (one sent to the HTTP API's own address, past CloudFront and
     * the WAF) answers 403, and the caller's address is CloudFront's {@code
     * CloudFront-Viewer-Address}. Unset locally, where the caller's address is the connection's.
     */
    Optional<String> originSecret();
  }

  /** PostgreSQL (read by the datasource settings; listed here so they are validated). */
  interface Db {
    @WithDefault("localhost")
    String host();

    @WithDefault("5432")
    int port();

    @WithDefault("keyhaven")
    String name();

    @WithDefault("postgres")
    String user();

    Optional<String> password();

    @WithDefault("20")
    int poolSize();
  }

  /** Browser origins allowed to call the API. */
  interface Cors {
    @WithDefault("http://localhost:8080,http://localhost:5173")
    String origins();
  }

  /** Redis usage. */
  interface Redis {
    /** {@code redis://host:port} or {@code rediss://...} for TLS. */
    @WithDefault("redis://localhost:6379")
    String url();

    /** Prefix of every key we write, so several deployments or test runs can share a server. */
    @WithDefault("kh:")
    String prefix();
  }

  /** Access tokens. */
  interface Jwt {
    @WithDefault("https://keyhaven.pro")
    String issuer();

    @WithDefault("keyhaven-api")
    String audience();

    @WithDefault("PT15M")
    Duration accessTokenTtl();
  }

  /** Audit chain. */
  interface Audit {
    /** How often pending entries are linked into their chains. */
    @WithDefault("2s")
    String sealEvery();

    /** Most entries linked per chain in one sealing pass. */
    @WithDefault("500")
    int sealBatch();

    /**
     * Most entries one verification call walks; the next call continues from where the last good
     * one ended, so a long chain verifies in bounded time and memory per call.
     */
    @WithDefault("20000")
    long verifyBatch();

    // The S3 bucket (keyhaven.audit.bucket, Object Lock) is read by shared/audit-s3 alone.

    /** Local mode: the directory of the exported chains (default ~/.keyhaven/audit-anchors). */
    Optional<String> anchorDir();

    /** A different S3 endpoint (an S3-compatible server in the tests); path-style addressing. */
    Optional<String> s3Endpoint();

    /** How often the local server exports the sealed chains (in AWS: with every anomaly scan). */
    @WithDefault("1m")
    String exportEvery();
  }

  /** Plans and limits. */
  interface Billing {
    /** Off locally and self-hosted: every account has every feature. */
    @WithDefault("false")
    boolean enabled();
  }
}
