package pro.keyhaven.cli.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The packaged local server ({@code functions/local}), started by the tests as a developer starts
 * it: its own process on a free port, a temporary data directory, a fresh database on the real
 * PostgreSQL and its own prefix on the real Redis. Its output goes to a file the tests read too.
 */
public class LocalServer implements QuarkusTestResourceLifecycleManager {

  private static Process process;
  private static String baseUrl;
  private static Path dataDir;
  private static Path log;
  private static String database;

  public static String baseUrl() {
    return baseUrl;
  }

  public static Path log() {
    return log;
  }

  /** The first column of every row of a query on the server's database. */
  public static List<String> column(String sql, Object... params) {
    try (var c =
            DriverManager.getConnection(
                "jdbc:postgresql://"
                    + env("KEYHAVEN_TEST_DB_HOST", "127.0.0.1")
                    + ":"
                    + env("KEYHAVEN_TEST_DB_PORT", "5432")
                    + "/"
                    + database,
                env("KEYHAVEN_TEST_DB_USER", "postgres"),
                "");
        var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<String> out = new ArrayList<>();
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public synchronized Map<String, String> start() {
    if (process != null) {
      return Map.of();
    }
    try {
      Path jar = Path.of(System.getProperty("keyhaven.serverJar"));
      if (!Files.exists(jar)) {
        throw new IllegalStateException(jar + " is missing: the reactor builds it before cli");
      }
      dataDir = Files.createTempDirectory("keyhaven-cli-server-");
      log = Path.of("target", "local-server.log").toAbsolutePath();
      database = "kh_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      int port = freePort();
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xmx384m");
      cmd.add("-jar");
      cmd.add(jar.toString());
      ProcessBuilder pb = new ProcessBuilder(cmd);
      Map<String, String> env = pb.environment();
      env.put("KEYHAVEN_PORT", String.valueOf(port));
      env.put("KEYHAVEN_DATA_DIR", dataDir.toString());
      env.put("KEYHAVEN_DB_HOST", env("KEYHAVEN_TEST_DB_HOST", "127.0.0.1"));
      env.put("KEYHAVEN_DB_PORT", env("KEYHAVEN_TEST_DB_PORT", "5432"));
      env.put("KEYHAVEN_DB_USER", env("KEYHAVEN_TEST_DB_USER", "postgres"));
      env.put("KEYHAVEN_DB_NAME", database);
      env.put(
          "KEYHAVEN_REDIS_URL",
          "redis://"
              + env("KEYHAVEN_TEST_REDIS_HOST", "127.0.0.1")
              + ":"
              + env("KEYHAVEN_TEST_REDIS_PORT", "6379"));
      env.put("KEYHAVEN_REDIS_PREFIX", database + ":");
      // The journeys sign in from one address many times a minute.
      env.put("KEYHAVEN_AUTH_MAX_FAILURES_PER_IP", "100000");
      env.put("KEYHAVEN_AUTH_PUBLIC_REQUESTS_PER_MINUTE", "100000");
      pb.redirectErrorStream(true);
      pb.redirectOutput(log.toFile());
      process = pb.start();
      baseUrl = "http://127.0.0.1:" + port;
      waitForHealth(Duration.ofMinutes(3));
      Runtime.getRuntime().addShutdownHook(new Thread(LocalServer::shutdown));
      return Map.of();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the local server", e);
    }
  }

  @Override
  public void stop() {
    shutdown();
  }

  private static synchronized void shutdown() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
    try (var c =
        DriverManager.getConnection(
            "jdbc:postgresql://"
                + env("KEYHAVEN_TEST_DB_HOST", "127.0.0.1")
                + ":"
                + env("KEYHAVEN_TEST_DB_PORT", "5432")
                + "/postgres",
            env("KEYHAVEN_TEST_DB_USER", "postgres"),
            "")) {
      c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    } catch (Exception e) {
      System.err.println("could not drop the test database " + database + ": " + e);
    }
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp dir; the OS cleans it
    }
  }

  private static void waitForHealth(Duration timeout) {
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the local server exited with " + process.exitValue() + " (see " + log + ")");
      }
      try {
        HttpURLConnection c =
            (HttpURLConnection) URI.create(baseUrl + "/q/health").toURL().openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(2000);
        if (c.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("the local server did not start in time (see " + log + ")");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
