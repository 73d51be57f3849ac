package pro.keyhaven.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server to talk to: the one described by host, port and user when it answers,
 * otherwise an embedded one (real PostgreSQL binaries shipped as a Maven artifact).
 */
public final class Postgres implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Postgres.class);

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final Path dataDirectory;
  private volatile EmbeddedPostgres embedded;

  private Postgres(
      String host,
      int port,
      String user,
      String password,
      Path dataDirectory,
      EmbeddedPostgres embedded) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.dataDirectory = dataDirectory;
    this.embedded = embedded;
  }

  /** Connects to the given server if it answers within a second or two. */
  public static Postgres external(String host, int port, String user, String password) {
    Postgres pg = new Postgres(host, port, user, password, null, null);
    try (Connection ignored = pg.connect("postgres")) {
      return pg;
    } catch (SQLException e) {
      return null;
    }
  }

  /**
   * Starts an embedded server. With a data directory the data survives restarts and every commit is
   * durable: zonky's builder defaults to {@code synchronous_commit=off}, which acknowledges a
   * commit before its WAL is on disk, so a crash of the server (kill -9, power loss) could lose
   * writes the API had already answered 201 to; here a persistent server runs with {@code
   * synchronous_commit=on}, {@code fsync=on} and {@code full_page_writes=on}. Without a data
   * directory (tests) the data lives in a temporary directory, is gone after {@link #close()}, and
   * the fast throwaway settings ({@code fsync=off}, {@code synchronous_commit=off}) are kept on
   * purpose.
   */
  public static Postgres embedded(Path dataDirectory, int port) {
    EmbeddedPostgres pg = start(dataDirectory, port);
    LOG.infof("Started embedded PostgreSQL on port %d", pg.getPort());
    return new Postgres("localhost", pg.getPort(), "postgres", "", dataDirectory, pg);
  }

  private static EmbeddedPostgres start(Path dataDirectory, int port) {
    boolean durable = dataDirectory != null;
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setServerConfig("max_connections", "300")
              .setServerConfig("fsync", durable ? "on" : "off")
              .setServerConfig("synchronous_commit", durable ? "on" : "off")
              .setServerConfig("full_page_writes", durable ? "on" : "off");
      if (port > 0) {
        builder.setPort(port);
      }
      if (dataDirectory != null) {
        builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
      }
      return builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start embedded PostgreSQL", e);
    }
  }

  /**
   * Whether the embedded server with a data directory still runs: its {@code postmaster.pid} names
   * a live process. PostgreSQL stops by itself when it cannot write its WAL (a full disk), and a
   * crash leaves no postmaster. Always true for an external server or a throwaway one (not ours to
   * watch).
   */
  public boolean isRunning() {
    if (embedded == null || dataDirectory == null) {
      return true;
    }
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | RuntimeException e) {
      return false; // no pid file (a clean stop) or an unreadable one
    }
  }

  /**
   * Starts the embedded server again on the same data directory and port when it has stopped by
   * itself; PostgreSQL recovers from its WAL, so every committed write is there again. Answers
   * whether it runs afterwards.
   *
   * @throws IllegalStateException when it does not start (while, say, the disk is still full)
   */
  public synchronized boolean restartIfStopped() {
    if (isRunning()) {
      return true;
    }
    EmbeddedPostgres stopped = embedded;
    try {
      // Lets go of the data directory's lock (its pg_ctl stop finds no server; the files stay).
      stopped.close();
    } catch (IOException | RuntimeException e) {
      LOG.debugf("Closing the stopped embedded PostgreSQL: %s", e.toString());
    }
    embedded = start(dataDirectory, port);
    LOG.infof("Started embedded PostgreSQL again on port %d", port);
    return isRunning();
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public Connection connect(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    if (password != null && !password.isEmpty()) {
      props.setProperty("password", password);
    }
    props.setProperty("connectTimeout", "2");
    props.setProperty("loginTimeout", "3");
    return DriverManager.getConnection(jdbcUrl(database), props);
  }

  /** Creates {@code database} unless it exists. */
  public void ensureDatabase(String database) {
    requireIdentifier(database);
    try (Connection c = connect("postgres");
        var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, database);
      if (!exists.executeQuery().next()) {
        try (var create = c.createStatement()) {
          create.execute("CREATE DATABASE " + database);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + database, e);
    }
  }

  /** Drops {@code database}, closing whatever connections are still open to it. */
  public void dropDatabase(String database) {
    requireIdentifier(database);
    try (Connection c = connect("postgres");
        var drop = c.createStatement()) {
      drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    } catch (SQLException e) {
      LOG.warnf("Could not drop test database %s: %s", database, e.getMessage());
    }
  }

  private static void requireIdentifier(String name) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
  }

  @Override
  public synchronized void close() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
      }
    }
  }
}
