package pro.keyhaven.billing.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The billing side of an account: its Stripe customer and subscription mirrored on the {@code
 * users} row. Only these columns are ever written from here.
 */
@Entity
@Table(name = "users")
@DynamicUpdate
public class BillingAccount extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false, length = 254, insertable = false, updatable = false)
  public String email;

  @Column(name = "subscription_tier", nullable = false, length = 20)
  public String subscriptionTier;

  @Column(name = "subscription_status", nullable = false, length = 30)
  public String subscriptionStatus;

  @Column(name = "stripe_customer_id", length = 100)
  public String stripeCustomerId;

  @Column(name = "stripe_subscription_id", length = 100)
  public String stripeSubscriptionId;

  /** Stripe's time of the last change applied; older events change nothing. */
  @Column(name = "subscription_changed_at")
  public Instant subscriptionChangedAt;

  @Column(name = "current_period_end")
  public Instant currentPeriodEnd;

  @Column(name = "payment_failed_at")
  public Instant paymentFailedAt;

  @Column(name = "grace_until")
  public Instant graceUntil;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Uni<BillingAccount> byCustomer(String customerId) {
    return find("stripeCustomerId", customerId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  public static Uni<BillingAccount> locked(UUID id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Whether a change made at {@code at} (Stripe time) is not older than what is applied. */
  public boolean isCurrent(Instant at) {
    return subscriptionChangedAt == null || !at.isBefore(subscriptionChangedAt);
  }

  @Override
  public String toString() {
    return "BillingAccount[" + id + "]";
  }
}
