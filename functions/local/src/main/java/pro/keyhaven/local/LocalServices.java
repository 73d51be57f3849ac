package pro.keyhaven.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;
import pro.keyhaven.embedded.Postgres;
import pro.keyhaven.embedded.Redis;
import pro.keyhaven.embedded.SigningKeys;
import pro.keyhaven.schema.Migrations;

/**
 * What the local server needs before it starts: PostgreSQL (configured with {@code
 * KEYHAVEN_DB_HOST}, else embedded with its data under the data directory, so a restart keeps the
 * vault), the migrated schema, Redis ({@code KEYHAVEN_REDIS_URL}, else embedded) and the token
 * signing keys (made once, kept in the data directory).
 */
final class LocalServices implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalServices.class);

  private final Postgres postgres;
  private final String database;
  private final Redis redis;
  private final Path signingKey;
  private final Path publicKey;
  private final String decoySecret;
  private ScheduledExecutorService watchdog;

  private LocalServices(
      Postgres postgres,
      String database,
      Redis redis,
      Path signingKey,
      Path publicKey,
      String decoySecret) {
    this.postgres = postgres;
    this.database = database;
    this.redis = redis;
    this.signingKey = signingKey;
    this.publicKey = publicKey;
    this.decoySecret = decoySecret;
  }

  static LocalServices start(Map<String, String> env) {
    Path dataDir =
        Path.of(
            env.getOrDefault(
                "KEYHAVEN_DATA_DIR",
                Path.of(System.getProperty("user.home"), ".keyhaven").toString()));
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the data directory " + dataDir, e);
    }
    LOG.infof("KeyHaven data directory: %s", dataDir);

    String database = env.getOrDefault("KEYHAVEN_DB_NAME", "keyhaven");
    Postgres postgres;
    if (env.containsKey("KEYHAVEN_DB_HOST")) {
      postgres =
          Postgres.external(
              env.get("KEYHAVEN_DB_HOST"),
              Integer.parseInt(env.getOrDefault("KEYHAVEN_DB_PORT", "5432")),
              env.getOrDefault("KEYHAVEN_DB_USER", "postgres"),
              env.getOrDefault("KEYHAVEN_DB_PASSWORD", ""));
      if (postgres == null) {
        throw new IllegalStateException(
            "PostgreSQL at " + env.get("KEYHAVEN_DB_HOST") + " does not answer");
      }
    } else {
      postgres =
          Postgres.embedded(
              dataDir.resolve("postgres"),
              Integer.parseInt(env.getOrDefault("KEYHAVEN_EMBEDDED_DB_PORT", "54329")));
    }
    postgres.ensureDatabase(database);
    int ran = Migrations.migrate(postgres.jdbcUrl(database), postgres.user(), postgres.password());
    LOG.infof("Schema migrations applied: %d", ran);
    if (!postgres.password().isEmpty()) {
      // The server connects as the application role; with password authentication it shares the
      // owner's password here (in AWS it has its own secret).
      try (var c = postgres.connect(database)) {
        Migrations.setAppRolePassword(c, postgres.password());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot set the application role's password", e);
      }
    }

    Redis redis;
    if (env.containsKey("KEYHAVEN_REDIS_URL")) {
      redis = null;
    } else {
      redis =
          Redis.embedded(
              dataDir.resolve("redis"),
              Integer.parseInt(env.getOrDefault("KEYHAVEN_EMBEDDED_REDIS_PORT", "63799")));
    }

    Path keys = dataDir.resolve("keys");
    Path signingKey = keys.resolve("jwt-signing-key.pem");
    Path publicKey = keys.resolve("jwt-public-key.pem");
    ensureSigningKeys(keys, signingKey, publicKey);
    String decoySecret = ensureSecret(keys.resolve("prelogin-secret"));
    LocalServices services =
        new LocalServices(postgres, database, redis, signingKey, publicKey, decoySecret);
    services.auditAnchors = dataDir.resolve("audit-anchors");
    services.envelopeKeyset = keys.resolve("envelope-keyset.json");
    if (postgres.isEmbedded()) {
      services.watchPostgres(Duration.ofSeconds(5));
    }
    return services;
  }

  /**
   * Starts the embedded PostgreSQL again whenever it has stopped by itself (killed, or shut down
   * because it could not write its WAL on a full disk), checking every {@code every}: the server's
   * pool reconnects by itself, so the vault comes back without a restart of the local server. While
   * a start keeps failing (the disk is still full) it is tried again at the next check, logged once
   * a minute at most.
   */
  void watchPostgres(Duration every) {
    watchdog =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "keyhaven-postgres-watchdog");
              t.setDaemon(true);
              return t;
            });
    AtomicLong lastFailureLog = new AtomicLong();
    watchdog.scheduleWithFixedDelay(
        () -> {
          if (postgres.isRunning()) {
            return;
          }
          LOG.warn("The embedded PostgreSQL has stopped; starting it again on the same data");
          try {
            postgres.restartIfStopped();
          } catch (RuntimeException e) {
            long now = System.nanoTime();
            if (now - lastFailureLog.get() > Duration.ofMinutes(1).toNanos()
                || lastFailureLog.get() == 0) {
              lastFailureLog.set(now);
              LOG.errorf(
                  "The embedded PostgreSQL does not start (%s); is its disk full? Trying again"
                      + " every %d s",
                  rootMessage(e), every.toSeconds());
            }
          }
        },
        every.toMillis(),
        every.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.toString();
  }

  Postgres postgres() {
    return postgres;
  }

  /** Where the sealed audit chains are exported (the data directory's audit-anchors). */
  private Path auditAnchors;

  /**
   * The Tink keyset that seals server-held secrets (GitHub tokens, TOTP secrets), made on first
   * use.
   */
  private Path envelopeKeyset;

  /** Hands the settings to the server's configuration (system properties). */
  void publishTo(BiConsumer<String, String> property) {
    if (auditAnchors != null) {
      property.accept("keyhaven.audit.anchor-dir", auditAnchors.toString());
    }
    if (envelopeKeyset != null) {
      property.accept("keyhaven.envelope.keyset-file", envelopeKeyset.toString());
    }
    property.accept("keyhaven.db.host", postgres.host());
    property.accept("keyhaven.db.port", String.valueOf(postgres.port()));
    property.accept("keyhaven.db.name", database);
    property.accept("keyhaven.db.user", Migrations.APP_ROLE);
    // A direct connection whose schema is migrated before the server connects: statements can be
    // prepared once per connection (see shared/core's microprofile-config.properties).
    property.accept("keyhaven.db.cache-prepared-statements", "true");
    if (!postgres.password().isEmpty()) {
      property.accept("keyhaven.db.password", postgres.password());
    }
    if (redis != null) {
      property.accept("keyhaven.redis.url", redis.url());
    }
    property.accept("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
    property.accept("smallrye.jwt.sign.key.location", signingKey.toUri().toString());
    property.accept("keyhaven.auth.decoy-secret", decoySecret);
  }

  /** Keys from before the move to RS256 (EC) are replaced; their tokens simply expire. */
  private static boolean isRsa(Path publicKey) {
    try {
      String pem =
          Files.readString(publicKey).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      java.security.KeyFactory.getInstance("RSA")
          .generatePublic(
              new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder().decode(pem)));
      return true;
    } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** A random secret made once and kept (owner-readable only) in {@code file}. */
  private static String ensureSecret(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file).trim();
      }
      byte[] bytes = new byte[32];
      new java.security.SecureRandom().nextBytes(bytes);
      String secret = java.util.HexFormat.of().formatHex(bytes);
      Files.writeString(file, secret);
      restrict(file);
      return secret;
    } catch (IOException e) {
      throw new IllegalStateException("cannot keep the secret " + file, e);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Not a POSIX file system: the home directory's own permissions protect it.
    }
  }

  private static void ensureSigningKeys(Path dir, Path signingKey, Path publicKey) {
    if (Files.exists(signingKey) && Files.exists(publicKey) && isRsa(publicKey)) {
      return;
    }
    try {
      Files.createDirectories(dir);
      KeyPair pair = SigningKeys.generate();
      Files.writeString(signingKey, SigningKeys.privatePem(pair.getPrivate()));
      Files.writeString(publicKey, SigningKeys.publicPem(pair.getPublic()));
      restrict(signingKey);
      LOG.info("Generated a new access-token signing key");
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the signing keys", e);
    }
  }

  @Override
  public void close() {
    if (watchdog != null) {
      watchdog.shutdownNow();
    }
    if (redis != null) {
      redis.close();
    }
    postgres.close();
  }
}
