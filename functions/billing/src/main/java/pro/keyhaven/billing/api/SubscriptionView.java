package pro.keyhaven.billing.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/billing/subscription}: the plan in force, Stripe's status, the plan's limits and
 * the account's usage against them; {@code notice} says in words what limits the account now (for
 * example keys that became read-only after a downgrade).
 */
public record SubscriptionView(
    String tier,
    String status,
    boolean billingEnabled,
    Limits limits,
    Usage usage,
    @Schema(nullable = true) Instant graceUntil,
    @Schema(nullable = true) Instant currentPeriodEnd,
    @Schema(nullable = true) String notice) {

  /** What the plan allows; {@code keys} is null for unlimited. */
  public record Limits(
      @Schema(nullable = true) Integer keys,
      boolean teams,
      boolean automatedRotation,
      boolean insights,
      boolean integrations) {}

  /** Live personal keys, those of them beyond the plan (read-only), teams owned. */
  public record Usage(long keys, long readOnlyKeys, long teams) {}
}
