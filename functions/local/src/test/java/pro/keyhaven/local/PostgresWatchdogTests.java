package pro.keyhaven.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pro.keyhaven.embedded.Postgres;
import pro.keyhaven.testsupport.Crash;

/**
 * The local server's embedded PostgreSQL comes back by itself after it stopped (here: {@code kill
 * -9} of the postmaster and every backend, what PostgreSQL also leaves behind when it shuts itself
 * down on a full disk), on the same data, without a restart of the local server.
 */
class PostgresWatchdogTests {

  @TempDir Path dataDir;

  @Test
  void aKilledEmbeddedPostgresIsStartedAgainOnTheSameData() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Map<String, String> env =
        Map.of(
            "KEYHAVEN_DATA_DIR",
            dataDir.toString(),
            "KEYHAVEN_EMBEDDED_DB_PORT",
            String.valueOf(port),
            "KEYHAVEN_DB_NAME",
            "watchdog",
            // Only PostgreSQL is watched: no embedded Redis is needed here.
            "KEYHAVEN_REDIS_URL",
            "redis://127.0.0.1:1");
    try (LocalServices services = LocalServices.start(env)) {
      Postgres postgres = services.postgres();
      try (Connection c = postgres.connect("watchdog");
          var s = c.createStatement()) {
        s.execute("CREATE TABLE committed (n int)");
        s.execute("INSERT INTO committed VALUES (42)");
      }
      assertThat(postgres.isRunning()).isTrue();

      int killed = Crash.postgres(dataDir.resolve("postgres"));
      assertThat(killed).isGreaterThan(1);
      assertThat(postgres.isRunning()).isFalse();

      long stopped = System.nanoTime();
      Integer n = null;
      while (n == null && System.nanoTime() - stopped < 60_000_000_000L) {
        Thread.sleep(250);
        n = readBack(postgres);
      }
      double seconds = (System.nanoTime() - stopped) / 1e9;
      System.out.printf(
          "faults: embedded PostgreSQL killed (%d processes), answering again after %.1f s%n",
          killed, seconds);
      assertThat(n).as("the committed row, read after the restart").isEqualTo(42);
      assertThat(postgres.isRunning()).isTrue();
      assertThat(postgres.port()).isEqualTo(port);
    }
  }

  private static Integer readBack(Postgres postgres) {
    try (Connection c = postgres.connect("watchdog");
        var s = c.createStatement();
        var rs = s.executeQuery("SELECT n FROM committed")) {
      return rs.next() ? rs.getInt(1) : -1;
    } catch (SQLException notYet) {
      return null;
    }
  }
}
