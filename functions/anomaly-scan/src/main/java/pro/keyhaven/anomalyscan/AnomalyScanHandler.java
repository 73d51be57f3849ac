package pro.keyhaven.anomalyscan;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import pro.keyhaven.monitoring.jobs.ScheduledEvent;
import pro.keyhaven.monitoring.scan.AnomalyScan;
import pro.keyhaven.monitoring.scan.ScanReport;

/**
 * The Lambda entry point: takes the raw EventBridge scheduled event and runs one anomaly scan, the
 * same service the local server's scheduler calls.
 */
public class AnomalyScanHandler
    implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private static final Logger LOG = Logger.getLogger(AnomalyScanHandler.class);

  /** Below the function's timeout, so that a long run still reports. */
  private static final Duration LIMIT = Duration.ofMinutes(13);

  private final AnomalyScan scan;

  public AnomalyScanHandler(AnomalyScan scan) {
    this.scan = scan;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> raw, Context context) {
    ScheduledEvent event = ScheduledEvent.of(raw);
    LOG.infof("Anomaly scan for scheduled event %s at %s", event.id(), event.time());
    ScanReport r = scan.run().await().atMost(LIMIT);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("event_id", event.id());
    out.put("keys", r.keys());
    out.put("hours", r.hours());
    out.put("anomalies", r.anomalies());
    out.put("notifications", r.notifications());
    out.put("purged", r.purged());
    out.put("more", r.more());
    return out;
  }
}
