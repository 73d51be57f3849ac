package pro.keyhaven.anomalyscan;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import pro.keyhaven.monitoring.scan.AnomalyScan;
import pro.keyhaven.monitoring.scan.ScanReport;
import pro.keyhaven.shared.audit.AuditSealer;
import pro.keyhaven.shared.jobs.ScheduledEvent;

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
  private final AuditSealer sealer;

  public AnomalyScanHandler(AnomalyScan scan, AuditSealer sealer) {
    this.scan = scan;
    this.sealer = sealer;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> raw, Context context) {
    ScheduledEvent event = ScheduledEvent.of(raw);
    LOG.infof("Anomaly scan for scheduled event %s at %s", event.id(), event.time());
    // In AWS this job also links new audit entries into their hash chains (locally the server's
    // scheduler does it every few seconds); verification seals the chain it verifies first.
    sealer.sealAll().await().atMost(LIMIT);
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
