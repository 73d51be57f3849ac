package pro.keyhaven.rotationjob;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import pro.keyhaven.monitoring.reminders.ReminderReport;
import pro.keyhaven.monitoring.reminders.Reminders;
import pro.keyhaven.rotation.service.RotationEngine;
import pro.keyhaven.shared.jobs.ScheduledEvent;

/**
 * The Lambda entry point: takes the raw EventBridge scheduled event and runs the rotation job: due
 * managed rotations, grace periods that ended and retries ({@link RotationEngine}), then the
 * due-rotation and expiry reminders; the same services the local server's scheduler calls.
 */
public class RotationJobHandler
    implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private static final Logger LOG = Logger.getLogger(RotationJobHandler.class);

  private static final Duration LIMIT = Duration.ofMinutes(13);

  /** Keys one run advances at most; the rest wait for the next hour. */
  private static final int ROTATIONS_PER_RUN = 200;

  private final Reminders reminders;
  private final RotationEngine rotations;

  public RotationJobHandler(Reminders reminders, RotationEngine rotations) {
    this.reminders = reminders;
    this.rotations = rotations;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> raw, Context context) {
    ScheduledEvent event = ScheduledEvent.of(raw);
    LOG.infof("Rotation job for scheduled event %s at %s", event.id(), event.time());
    RotationEngine.Pass pass = rotations.advanceAndWait(ROTATIONS_PER_RUN);
    ReminderReport r = reminders.run().await().atMost(LIMIT);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("event_id", event.id());
    out.put("rotations_started", pass.started());
    out.put("old_credentials_revoked", pass.revoked());
    out.put("rotations_retried", pass.retried());
    out.put("rotations_interrupted", pass.interrupted());
    out.put("rotation_reminders", r.rotationReminders());
    out.put("expiry_reminders", r.expiryReminders());
    out.put("notifications", r.notifications());
    out.put("more", r.more());
    return out;
  }
}
