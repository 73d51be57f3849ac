package pro.keyhaven.local.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import pro.keyhaven.embedded.Postgres;
import pro.keyhaven.embedded.Redis;
import pro.keyhaven.schema.Migrations;
import pro.keyhaven.testsupport.Crash;
import pro.keyhaven.testsupport.PlatformTestResource;

/**
 * The test run's services (signing keys and the rest from {@link PlatformTestResource}), but with a
 * PostgreSQL and a Redis of the fault tests' own, which they may crash, stop and start again on the
 * same data and port. The PostgreSQL is the local server's: persistent data directory, so the
 * durable settings of {@link Postgres#embedded} (synchronous_commit=on, fsync=on).
 */
public class DedicatedStores extends PlatformTestResource {

  static final String DATABASE = "keyhaven";

  private static Path dataDir;
  private static Path pgDir;
  private static int pgPort;
  private static int redisPort;
  private static Postgres postgres;
  private static Redis redis;

  @Override
  public synchronized Map<String, String> start() {
    Map<String, String> config = new HashMap<>(super.start());
    try {
      dataDir = Files.createTempDirectory("keyhaven-faults");
      pgDir = postgresDirectory(dataDir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    pgPort = freePort();
    redisPort = freePort();
    startPostgres();
    postgres.ensureDatabase(DATABASE);
    Migrations.migrate(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password());
    startRedis();
    config.put("keyhaven.db.host", postgres.host());
    config.put("keyhaven.db.port", String.valueOf(pgPort));
    config.put("keyhaven.db.name", DATABASE);
    config.put("keyhaven.db.user", Migrations.APP_ROLE);
    config.remove("keyhaven.db.password");
    config.put("keyhaven.redis.url", redis.url());
    config.put("keyhaven.redis.prefix", "faults:");
    return config;
  }

  @Override
  public synchronized void stop() {
    super.stop();
    stopRedis();
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  /** Where PostgreSQL keeps its data, under the fault tests' own directory {@code dataDir}. */
  protected Path postgresDirectory(Path dataDir) throws IOException {
    return dataDir.resolve("postgres");
  }

  /** Starts (or starts again) the dedicated PostgreSQL on its data directory and port. */
  static synchronized void startPostgres() {
    postgres = Postgres.embedded(pgDir, pgPort);
  }

  /**
   * {@code kill -9} of the postmaster and every backend: what a crash or power loss leaves behind.
   * Answers how many processes were killed.
   */
  static synchronized int crashPostgres() throws IOException {
    int killed = Crash.postgres(pgDir);
    // Lets go of the embedded server's lock on the data directory (its pg_ctl stop finds no
    // server; the files stay).
    postgres.close();
    postgres = null;
    return killed;
  }

  /**
   * Whether the postmaster that the last start left is still running (PostgreSQL shuts itself down,
   * for instance, when it cannot write its WAL).
   */
  static synchronized boolean postgresRunning() {
    return postgres != null && postgres.isRunning();
  }

  /** Lets go of a PostgreSQL that exited by itself, so that it can be started again. */
  static synchronized void forgetPostgres() {
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  /** A clean shutdown (pg_ctl stop, fast mode): open transactions are rolled back. */
  static synchronized void stopPostgres() {
    postgres.close();
    postgres = null;
  }

  static synchronized void startRedis() {
    redis = Redis.embedded(dataDir.resolve("redis"), redisPort);
  }

  static synchronized void stopRedis() {
    if (redis != null) {
      redis.close();
      redis = null;
    }
  }

  static Connection connect() throws SQLException {
    return postgres.connect(DATABASE);
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
