package pro.keyhaven.anomalyscan;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import pro.keyhaven.monitoring.scan.AnomalyScan;
import pro.keyhaven.monitoring.scan.ScanReport;
import pro.keyhaven.shared.audit.AuditExporter;
import pro.keyhaven.shared.audit.AuditSealer;
import pro.keyhaven.shared.insights.InsightRefresh;
import pro.keyhaven.shared.jobs.ScheduledEvent;

/**
 * The Lambda entry point: takes the raw EventBridge scheduled event and runs one anomaly scan, the
 * same service the local server's scheduler calls, then refreshes every user's insights.
 */
public class AnomalyScanHandler
    implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private static final Logger LOG = Logger.getLogger(AnomalyScanHandler.class);

  /** Below the function's timeout, so that a long run still reports. */
  private static final Duration LIMIT = Duration.ofMinutes(13);

  private final AnomalyScan scan;
  private final AuditSealer sealer;
  private final AuditExporter exporter;
  private final InsightRefresh insights;

  public AnomalyScanHandler(
      AnomalyScan scan, AuditSealer sealer, AuditExporter exporter, InsightRefresh insights) {
    this.scan = scan;
    this.sealer = sealer;
    this.exporter = exporter;
    this.insights = insights;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> raw, Context context) {
    ScheduledEvent event = ScheduledEvent.of(raw);
    LOG.infof("Anomaly scan for scheduled event %s at %s", event.id(), event.time());
    // In AWS this job also links new audit entries into their hash chains and exports them, with
    // the chain heads, to the Object Lock bucket (locally the server's scheduler does both every
    // minute); verification seals the chain it verifies first.
    sealer.sealAll().await().atMost(LIMIT);
    long exported = exporter.exportAll().await().atMost(LIMIT);
    ScanReport r = scan.run().await().atMost(LIMIT);
    // Then every user's insights, which read the anomalies and health the scan just wrote.
    int refreshed = insights.refreshAll().await().atMost(LIMIT);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("event_id", event.id());
    out.put("keys", r.keys());
    out.put("hours", r.hours());
    out.put("anomalies", r.anomalies());
    out.put("notifications", r.notifications());
    out.put("purged", r.purged());
    out.put("audit_exported", exported);
    out.put("more", r.more());
    out.put("insights_users", refreshed);
    return out;
  }
}
