package pro.keyhaven.local;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import pro.keyhaven.shared.audit.AuditSealer;

/**
 * The scheduled work that AWS runs as EventBridge-triggered functions, run in-process by the local
 * server on the same service code: here, linking new audit entries into their hash chains.
 */
@ApplicationScoped
public class LocalJobs {

  private final AuditSealer sealer;

  public LocalJobs(AuditSealer sealer) {
    this.sealer = sealer;
  }

  @Scheduled(
      identity = "audit-seal",
      every = "${keyhaven.audit.seal-every:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> sealAudit() {
    return sealer.sealAll();
  }
}
