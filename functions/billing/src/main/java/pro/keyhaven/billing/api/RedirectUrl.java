package pro.keyhaven.billing.api;

/** Where the browser goes next (Stripe Checkout or the Customer Portal). */
public record RedirectUrl(String url) {}
