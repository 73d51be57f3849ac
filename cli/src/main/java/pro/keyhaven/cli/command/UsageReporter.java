package pro.keyhaven.cli.command;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.api.KeyBodies.UsageEvent;
import pro.keyhaven.cli.api.KeyBodies.UsageReport;
import pro.keyhaven.cli.client.Server;

/**
 * Opt-in usage reporting of {@code run}: one event per injected key and start, sent to {@code POST
 * /api/usage}. Best effort: any refusal (404 where monitoring is not deployed, or for keys the
 * caller may not write), timeout or network failure is ignored, so reporting never breaks a run.
 */
@ApplicationScoped
public class UsageReporter {

  private static final Logger LOG = Logger.getLogger(UsageReporter.class);
  private static final int MAX_EVENTS = 1000;

  public void report(Server server, List<ApiKey> keys, Instant at) {
    if (keys.isEmpty()) {
      return;
    }
    List<UsageEvent> events =
        keys.stream()
            .limit(MAX_EVENTS)
            .map(k -> new UsageEvent(k.id(), at, "keyhaven run", 1))
            .toList();
    try {
      server.reportUsage(new UsageReport(events));
    } catch (RuntimeException e) {
      LOG.debugf("usage not reported: %s", e.getClass().getSimpleName());
    }
  }
}
