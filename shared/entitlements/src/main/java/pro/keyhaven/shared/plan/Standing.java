package pro.keyhaven.shared.plan;

import java.time.Instant;

/**
 * Where an account stands: the plan in force (after a lapsed grace period, {@code free}), the
 * subscription status as Stripe last said, the end of a payment grace period if one runs, and
 * whether plans are enforced at all (billing off: every account has the Team plan).
 */
public record Standing(Plan plan, String status, Instant graceUntil, boolean enforced) {}
