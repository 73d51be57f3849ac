package pro.keyhaven.migrate;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;
import pro.keyhaven.schema.Migrations;

/**
 * Applies pending schema migrations and answers what it did. The deploy's custom resource invokes
 * it before the API functions are updated; running it twice is harmless.
 */
@Named("migrate")
public class MigrateHandler implements RequestHandler<Map<String, Object>, MigrateHandler.Outcome> {

  private static final Logger LOG = Logger.getLogger(MigrateHandler.class);

  private final Flyway flyway;
  private final DataSource dataSource;
  private final Optional<String> appPassword;

  public MigrateHandler(
      Flyway flyway,
      DataSource dataSource,
      @ConfigProperty(name = "keyhaven.db.app-password") Optional<String> appPassword) {
    this.flyway = flyway;
    this.dataSource = dataSource;
    this.appPassword = appPassword;
  }

  /** What a run did: migrations applied and the schema version now in place. */
  public record Outcome(int applied, String version) {}

  @Override
  public Outcome handleRequest(Map<String, Object> event, Context context) {
    if (event != null && "Delete".equals(event.get("RequestType"))) {
      // Removing the stack never touches the schema (the database is retained in prod).
      return new Outcome(0, "unchanged");
    }
    MigrateResult result = flyway.migrate();
    String version =
        flyway.info().current() == null
            ? "none"
            : flyway.info().current().getVersion().getVersion();
    LOG.infof(
        "Schema migrations applied: %d, schema version now %s", result.migrationsExecuted, version);
    if (appPassword.isPresent()) {
      // In AWS the functions' role has its own secret: (re)set its password on every deploy, so
      // a rotated secret takes effect with the next one. Sent hashed, never in clear.
      try (Connection c = dataSource.getConnection()) {
        Migrations.setAppRolePassword(c, appPassword.get());
      } catch (SQLException e) {
        throw new IllegalStateException("cannot set the application role's password", e);
      }
      LOG.info("The application role's password is set");
    }
    return new Outcome(result.migrationsExecuted, version);
  }
}
