package pro.keyhaven.local;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import pro.keyhaven.monitoring.reminders.Reminders;
import pro.keyhaven.monitoring.scan.AnomalyScan;
import pro.keyhaven.rotation.service.RotationEngine;
import pro.keyhaven.shared.audit.AuditExporter;
import pro.keyhaven.shared.audit.AuditSealer;
import pro.keyhaven.shared.insights.InsightRefresh;
import pro.keyhaven.shared.notify.OutboxSender;

/**
 * The scheduled functions, run in-process on their AWS schedules: the anomaly scan every 15 minutes
 * and the rotation job (managed rotations, then reminders) every hour, through the same services
 * their Lambda handlers call; the notification mails waiting in the outbox every few seconds (in
 * AWS the outbox-job, every minute).
 */
@ApplicationScoped
public class LocalJobs {

  private static final Logger LOG = Logger.getLogger(LocalJobs.class);

  private final AnomalyScan scan;
  private final Reminders reminders;
  private final RotationEngine rotations;
  private final OutboxSender outbox;
  private final AuditSealer sealer;
  private final AuditExporter exporter;
  private final InsightRefresh insights;

  public LocalJobs(
      AnomalyScan scan,
      Reminders reminders,
      RotationEngine rotations,
      OutboxSender outbox,
      AuditSealer sealer,
      AuditExporter exporter,
      InsightRefresh insights) {
    this.scan = scan;
    this.reminders = reminders;
    this.rotations = rotations;
    this.outbox = outbox;
    this.sealer = sealer;
    this.exporter = exporter;
    this.insights = insights;
  }

  /** Links new audit entries into their chains and exports them to the anchor directory. */
  @Scheduled(
      identity = "audit-chains",
      every = "${keyhaven.audit.export-every:1m}",
      delayed = "${keyhaven.jobs.first-run-after:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> auditChains() {
    return sealer
        .sealAll()
        .chain(exporter::exportAll)
        .replaceWithVoid()
        .onFailure()
        .recoverWithUni(
            e -> {
              LOG.warn("Sealing or exporting the audit chains failed; the next run goes on", e);
              return Uni.createFrom().voidItem();
            });
  }

  @Scheduled(
      identity = "anomaly-scan",
      every = "${keyhaven.jobs.anomaly-scan-every:15m}",
      delayed = "${keyhaven.jobs.anomaly-scan-first-run-after:${keyhaven.jobs.first-run-after:1m}}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> anomalyScan() {
    return scan.run()
        .chain(insights::refreshAll)
        .replaceWithVoid()
        .onFailure()
        .recoverWithUni(
            e -> {
              LOG.warn("The anomaly scan failed; the next run goes on from the same cursors", e);
              return Uni.createFrom().voidItem();
            });
  }

  @Scheduled(
      identity = "rotation-job",
      every = "${keyhaven.jobs.rotation-job-every:1h}",
      delayed = "${keyhaven.jobs.rotation-job-first-run-after:${keyhaven.jobs.first-run-after:1m}}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> rotationJob() {
    return rotations
        .advance(200)
        .onFailure()
        .recoverWithItem(
            e -> {
              LOG.warn("Managed rotations could not advance; the next run goes on", e);
              return null;
            })
        .chain(reminders::run)
        .replaceWithVoid()
        .onFailure()
        .recoverWithUni(
            e -> {
              LOG.warn("The rotation job failed; its next run sends what is still due", e);
              return Uni.createFrom().voidItem();
            });
  }

  @Scheduled(
      identity = "notify-outbox",
      every = "${keyhaven.notify.outbox.send-every:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> sendMail() {
    return outbox
        .drain()
        .replaceWithVoid()
        .onFailure()
        .recoverWithUni(
            e -> {
              LOG.warnf("Draining the notification outbox failed; the next run retries: %s", e);
              return Uni.createFrom().voidItem();
            });
  }
}
