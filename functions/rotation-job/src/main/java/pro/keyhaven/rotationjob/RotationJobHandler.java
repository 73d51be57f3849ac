package pro.keyhaven.rotationjob;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import pro.keyhaven.monitoring.reminders.ReminderReport;
import pro.keyhaven.monitoring.reminders.Reminders;
import pro.keyhaven.shared.jobs.ScheduledEvent;

/**
 * The Lambda entry point: takes the raw EventBridge scheduled event and runs the rotation job
 * (due-rotation and expiry reminders), the same service the local server's scheduler calls.
 */
public class RotationJobHandler
    implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private static final Logger LOG = Logger.getLogger(RotationJobHandler.class);

  private static final Duration LIMIT = Duration.ofMinutes(13);

  private final Reminders reminders;

  public RotationJobHandler(Reminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> raw, Context context) {
    ScheduledEvent event = ScheduledEvent.of(raw);
    LOG.infof("Rotation job for scheduled event %s at %s", event.id(), event.time());
    ReminderReport r = reminders.run().await().atMost(LIMIT);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("event_id", event.id());
    out.put("rotation_reminders", r.rotationReminders());
    out.put("expiry_reminders", r.expiryReminders());
    out.put("notifications", r.notifications());
    out.put("more", r.more());
    return out;
  }
}
