package pro.keyhaven.shared.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Appends audit entries inside the caller's transaction, so an action and its entry commit or fail
 * together. Linking into the hash chain is the {@link AuditSealer}'s job.
 */
@ApplicationScoped
public class AuditWriter {

  /** Must run inside a reactive transaction (e.g. a {@code @WithTransaction} service method). */
  public Uni<Void> append(AuditEvent event) {
    AuditEntry entry = new AuditEntry();
    entry.id = UUID.randomUUID();
    entry.tenantId = event.tenantId();
    entry.userId = event.actorId();
    entry.action = event.action();
    entry.resource = event.resource();
    entry.resourceId = event.resourceId();
    entry.metadata = event.metadata();
    entry.ipAddress = event.client().ipAddress();
    entry.userAgent = event.client().userAgent();
    // The database keeps microseconds; truncating here keeps the in-memory copy identical.
    entry.timestamp = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return entry.persist().replaceWithVoid();
  }
}
