package pro.keyhaven.billing.service;

import io.quarkus.arc.Unremovable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Housekeeping of billing: forgets processed Stripe event ids once Stripe can no longer retry them
 * (kept at least 72 hours). It runs after every handled webhook event ({@link StripeWebhooks}), so
 * neither AWS nor the local server needs a schedule for it. A lapsed payment grace period needs no
 * job: the entitlements count such an account as free from the moment the grace period ends.
 */
@ApplicationScoped
@Unremovable
public class BillingJobs {

  private static final Duration MINIMUM = Duration.ofHours(72);

  private final Pool pool;
  private final StripeConfig config;
  private final Clock clock;

  public BillingJobs(Pool pool, StripeConfig config, Clock clock) {
    this.pool = pool;
    this.config = config;
    this.clock = clock;
  }

  /** Deletes event ids older than the retention; answers how many. */
  public Uni<Integer> forgetOldEvents() {
    Duration keep =
        config.eventRetention().compareTo(MINIMUM) < 0 ? MINIMUM : config.eventRetention();
    return pool.preparedQuery(
            "DELETE FROM processed_webhook_events WHERE provider = 'stripe' AND processed_at < $1")
        .execute(Tuple.of(clock.instant().minus(keep).atOffset(ZoneOffset.UTC)))
        .map(rows -> rows.rowCount());
  }
}
