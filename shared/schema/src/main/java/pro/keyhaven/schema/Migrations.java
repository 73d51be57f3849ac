package pro.keyhaven.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the schema migrations to a database (local start, tests; the migrate Lambda too). */
public final class Migrations {

  public static final String LOCATION = "classpath:db/migration";

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
}
