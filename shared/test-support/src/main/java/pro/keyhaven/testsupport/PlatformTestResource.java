package pro.keyhaven.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.embedded.Postgres;
import pro.keyhaven.embedded.Redis;
import pro.keyhaven.embedded.SigningKeys;
import pro.keyhaven.schema.Migrations;

/**
 * Gives a test run real services: the PostgreSQL and Redis named by {@code KEYHAVEN_TEST_DB_*} /
 * {@code KEYHAVEN_TEST_REDIS_*} (default 127.0.0.1:5432 and :6379) when they answer, otherwise
 * embedded ones. Each run gets a database of its own, migrated with the real Flyway scripts, and a
 * Redis key prefix of its own, so runs never see each other's rows. Also makes a fresh token
 * signing key pair.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

  /** Init argument: {@code false} leaves the new database empty (for the migrate function). */
  public static final String MIGRATE = "migrate";

  private static Postgres postgres;
  private static Redis redis;
  private static String database;
  private static KeyPair signingKeys;
  private boolean migrate = true;

  @Override
  public void init(Map<String, String> initArgs) {
    migrate = !"false".equals(initArgs.get(MIGRATE));
  }

  @Override
  public synchronized Map<String, String> start() {
    if (postgres == null) {
      postgres =
          orElse(
              Postgres.external(
                  env("KEYHAVEN_TEST_DB_HOST", "127.0.0.1"),
                  Integer.parseInt(env("KEYHAVEN_TEST_DB_PORT", "5432")),
                  env("KEYHAVEN_TEST_DB_USER", "postgres"),
                  env("KEYHAVEN_TEST_DB_PASSWORD", "")),
              () -> Postgres.embedded(null, 0));
      redis =
          orElse(
              Redis.external(
                  env("KEYHAVEN_TEST_REDIS_HOST", "127.0.0.1"),
                  Integer.parseInt(env("KEYHAVEN_TEST_REDIS_PORT", "6379"))),
              () -> Redis.embedded(null, 0));
      Runtime.getRuntime().addShutdownHook(new Thread(PlatformTestResource::shutdown));
    }
    database = "kh_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    postgres.ensureDatabase(database);
    if (migrate) {
      Migrations.migrate(postgres.jdbcUrl(database), postgres.user(), postgres.password());
      if (!postgres.password().isEmpty()) {
        try (var c = postgres.connect(database)) {
          Migrations.setAppRolePassword(c, postgres.password());
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException("cannot set the application role's password", e);
        }
      }
    }
    signingKeys = SigningKeys.generate();

    Map<String, String> config = new HashMap<>();
    config.put("keyhaven.db.host", postgres.host());
    config.put("keyhaven.db.port", String.valueOf(postgres.port()));
    config.put("keyhaven.db.name", database);
    // The functions connect as the application role, as in AWS (the migrate function's tests,
    // which start from an empty database, as the owner).
    config.put("keyhaven.db.user", migrate ? Migrations.APP_ROLE : postgres.user());
    if (!postgres.password().isEmpty()) {
      config.put("keyhaven.db.password", postgres.password());
    }
    config.put("keyhaven.redis.url", redis.url());
    config.put("keyhaven.redis.prefix", database + ":");
    config.put("mp.jwt.verify.publickey", SigningKeys.publicPem(signingKeys.getPublic()));
    config.put("smallrye.jwt.sign.key", SigningKeys.privatePem(signingKeys.getPrivate()));
    config.put("keyhaven.auth.decoy-secret", UUID.randomUUID() + "-" + UUID.randomUUID());
    // Each test database exports its audit chains to a directory of its own.
    config.put(
        "keyhaven.audit.anchor-dir",
        Path.of(System.getProperty("java.io.tmpdir"), "keyhaven-anchors", database).toString());
    return config;
  }

  @Override
  public synchronized void stop() {
    if (postgres != null && database != null && !keep()) {
      postgres.dropDatabase(database);
    }
  }

  /** The database of the running test, for tests that must look at rows directly. */
  public static TestDatabase database() {
    return new TestDatabase(postgres, database);
  }

  /** The key pair that signs this run's access tokens (tests forge tokens with other keys). */
  public static KeyPair signingKeys() {
    return signingKeys;
  }

  private static boolean keep() {
    return Boolean.parseBoolean(env("KEYHAVEN_TEST_KEEP_DB", "false"));
  }

  private static void shutdown() {
    if (redis != null) {
      redis.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private static <T> T orElse(T found, java.util.function.Supplier<T> fallback) {
    return found != null ? found : fallback.get();
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    if (v == null) {
      v = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
    }
    return v == null || v.isBlank() ? fallback : v;
  }
}
