package pro.keyhaven.outboxjob;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pro.keyhaven.shared.jobs.ScheduledEvent;
import pro.keyhaven.shared.notify.OutboxSender;
import pro.keyhaven.shared.notify.OutboxSender.Drained;

/**
 * The Lambda entry point: takes the raw EventBridge scheduled event (every minute) and sends the
 * mails waiting in the notification outbox, the same {@link OutboxSender#drain()} the local
 * server's scheduler calls every few seconds. Within one invocation it drains again while mail is
 * still coming in, up to {@code keyhaven.outbox-job.keep-draining-for} (50 s), so a mail waits at
 * most about a minute.
 */
public class OutboxJobHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private static final Logger LOG = Logger.getLogger(OutboxJobHandler.class);

  /** Below the function's timeout, so that a slow drain still reports. */
  private static final Duration LIMIT = Duration.ofSeconds(55);

  private final OutboxSender sender;
  private final Clock clock;
  private final Duration keepDraining;
  private final Duration pause;

  public OutboxJobHandler(
      OutboxSender sender,
      Clock clock,
      @ConfigProperty(name = "keyhaven.outbox-job.keep-draining-for", defaultValue = "50s")
          Duration keepDraining,
      @ConfigProperty(name = "keyhaven.outbox-job.pause", defaultValue = "5s") Duration pause) {
    this.sender = sender;
    this.clock = clock;
    this.keepDraining = keepDraining;
    this.pause = pause;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> raw, Context context) {
    ScheduledEvent event = ScheduledEvent.of(raw);
    Instant until = clock.instant().plus(keepDraining);
    Drained total = new Drained(0, 0, 0, 0);
    int rounds = 0;
    while (true) {
      Drained d = sender.drain().await().atMost(LIMIT);
      total = total.plus(d);
      rounds++;
      if (!clock.instant().plus(pause).isBefore(until)) {
        break;
      }
      sleep(pause);
    }
    LOG.infof(
        "Outbox job for scheduled event %s: %d sent, %d skipped, %d retrying, %d failed in %d rounds",
        event.id(), total.sent(), total.skipped(), total.retrying(), total.failed(), rounds);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("event_id", event.id());
    out.put("sent", total.sent());
    out.put("skipped", total.skipped());
    out.put("retrying", total.retrying());
    out.put("failed", total.failed());
    out.put("rounds", rounds);
    return out;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
