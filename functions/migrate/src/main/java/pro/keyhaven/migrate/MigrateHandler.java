package pro.keyhaven.migrate;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.inject.Named;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Applies pending schema migrations and answers what it did. The deploy's custom resource invokes
 * it before the API functions are updated; running it twice is harmless.
 */
@Named("migrate")
public class MigrateHandler implements RequestHandler<Map<String, Object>, MigrateHandler.Outcome> {

  private static final Logger LOG = Logger.getLogger(MigrateHandler.class);

  private final Flyway flyway;

  public MigrateHandler(Flyway flyway) {
    this.flyway = flyway;
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
    return new Outcome(result.migrationsExecuted, version);
  }
}
