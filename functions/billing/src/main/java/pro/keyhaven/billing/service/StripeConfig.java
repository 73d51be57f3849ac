package pro.keyhaven.billing.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Stripe settings; billing itself is switched by {@code keyhaven.billing.enabled}. */
@ConfigMapping(prefix = "keyhaven.stripe")
public interface StripeConfig {

  /** Secret API key ({@code KEYHAVEN_STRIPE_API_KEY}). */
  Optional<String> apiKey();

  /** Signing secret of the webhook endpoint ({@code KEYHAVEN_STRIPE_WEBHOOK_SECRET}). */
  Optional<String> webhookSecret();

  /** Stripe's API address (tests point it at a local stand-in). */
  @WithDefault("https://api.stripe.com")
  String apiBase();

  /** Price of the Pro plan. */
  @WithDefault("price_keyhaven_pro")
  String pricePro();

  /** Price of the Team plan. */
  @WithDefault("price_keyhaven_team")
  String priceTeam();

  /**
   * Where Checkout returns after a payment: the dashboard's plan screen (a hash route, so any
   * static host serves it).
   */
  @WithDefault("http://localhost:8080/#/billing?checkout=done")
  String successUrl();

  @WithDefault("http://localhost:8080/#/billing?checkout=canceled")
  String cancelUrl();

  /** Where the Customer Portal returns. */
  @WithDefault("http://localhost:8080/#/billing")
  String portalReturnUrl();

  /** How old a webhook signature may be. */
  @WithDefault("PT300S")
  Duration webhookTolerance();

  /** How long a paid plan holds after a failed payment, before the account counts as free. */
  @WithDefault("P7D")
  Duration gracePeriod();

  /** How long processed event ids are kept (Stripe retries for up to 3 days). */
  @WithDefault("P30D")
  Duration eventRetention();

  @WithDefault("10000")
  int connectTimeoutMillis();

  @WithDefault("20000")
  int readTimeoutMillis();
}
