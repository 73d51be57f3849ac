package pro.keyhaven.local;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import pro.keyhaven.billing.service.BillingJobs;
import pro.keyhaven.shared.audit.AuditSealer;
import pro.keyhaven.shared.notify.OutboxSender;

/**
 * The scheduled work that AWS runs as EventBridge-triggered functions, run in-process by the local
 * server on the same service code: linking new audit entries into their hash chains, sending the
 * notification mails waiting in the outbox, forgetting Stripe event ids past their retention.
 */
@ApplicationScoped
public class LocalJobs {

  private static final Logger LOG = Logger.getLogger(LocalJobs.class);

  private final AuditSealer sealer;
  private final OutboxSender outbox;
  private final BillingJobs billing;

  public LocalJobs(AuditSealer sealer, OutboxSender outbox, BillingJobs billing) {
    this.sealer = sealer;
    this.outbox = outbox;
    this.billing = billing;
  }

  @Scheduled(
      identity = "audit-seal",
      every = "${keyhaven.audit.seal-every:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> sealAudit() {
    return sealer.sealAll();
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

  @Scheduled(
      identity = "billing-events",
      every = "1h",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> forgetStripeEvents() {
    return billing.forgetOldEvents().replaceWithVoid();
  }
}
