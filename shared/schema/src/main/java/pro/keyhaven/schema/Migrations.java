package pro.keyhaven.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the schema migrations to a database (local start, tests; the migrate Lambda too). */
public final class Migrations {

  public static final String LOCATION = "classpath:db/migration";

  /**
   * The role the functions connect as (V11): no schema changes, no trigger changes, and on the
   * audit log only inserts and the sealer's chain columns. The migrations run as the owner.
   */
  public static final String APP_ROLE = "keyhaven_app";

  private Migrations() {}

  /** Migrates the database at {@code jdbcUrl}; answers how many migrations ran. */
  public static int migrate(String jdbcUrl, String user, String password) {
    MigrateResult result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(jdbcUrl, user, password)
            .locations(LOCATION)
            .cleanDisabled(true)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }

  /**
   * Sets the application role's password, for servers that check passwords. The driver hashes it
   * (SCRAM-SHA-256) before {@code ALTER ROLE}, so the statement never carries it in clear (a failed
   * statement may be logged by the server).
   */
  public static void setAppRolePassword(java.sql.Connection owner, String password)
      throws java.sql.SQLException {
    owner
        .unwrap(org.postgresql.PGConnection.class)
        .alterUserPassword(APP_ROLE, password.toCharArray(), "scram-sha-256");
  }
}
