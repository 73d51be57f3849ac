package pro.keyhaven.billing.api;

/**
 * The answer to Stripe: {@code applied}, {@code duplicate} (seen before: nothing done again) or
 * {@code ignored} (well signed but not for us: billing off, an unknown customer, an older state).
 */
public record WebhookReceipt(String outcome) {}
