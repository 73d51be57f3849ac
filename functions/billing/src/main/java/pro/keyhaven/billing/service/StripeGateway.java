package pro.keyhaven.billing.service;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.error.ErrorType;
import pro.keyhaven.shared.plan.Plan;

/**
 * The calls KeyHaven makes to Stripe (customers, Checkout, Customer Portal) through {@code
 * stripe-java} with a configurable API base, each with an idempotency key, a timeout, retries with
 * exponential backoff on connection trouble and a circuit breaker. The library blocks, so calls run
 * on a worker thread and answer on the caller's context.
 */
@ApplicationScoped
public class StripeGateway {

  private final StripeConfig config;
  private volatile StripeClient client;

  public StripeGateway(StripeConfig config) {
    this.config = config;
  }

  /** A new customer for the account; the same one again for a repeated call within a day. */
  @Timeout(30_000)
  @Retry(maxRetries = 2, delay = 300, retryOn = StripeUnavailable.class)
  @ExponentialBackoff
  @CircuitBreaker(
      requestVolumeThreshold = 6,
      failureRatio = 0.5,
      delay = 30_000,
      failOn = StripeUnavailable.class)
  public Uni<String> createCustomer(UUID userId, String email) {
    return blocking(
        () ->
            client()
                .v1()
                .customers()
                .create(
                    CustomerCreateParams.builder()
                        .setEmail(email)
                        .putMetadata("keyhaven_user_id", userId.toString())
                        .build(),
                    RequestOptions.builder()
                        .setIdempotencyKey("keyhaven-customer-" + userId)
                        .build())
                .getId());
  }

  /** A Checkout Session subscribing the customer to the plan; answers its URL. */
  @Timeout(30_000)
  @Retry(maxRetries = 2, delay = 300, retryOn = StripeUnavailable.class)
  @ExponentialBackoff
  @CircuitBreaker(
      requestVolumeThreshold = 6,
      failureRatio = 0.5,
      delay = 30_000,
      failOn = StripeUnavailable.class)
  public Uni<String> checkout(String customerId, UUID userId, Plan plan) {
    String price = plan == Plan.TEAM ? config.priceTeam() : config.pricePro();
    return blocking(
        () ->
            client()
                .v1()
                .checkout()
                .sessions()
                .create(
                    SessionCreateParams.builder()
                        .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                        .setCustomer(customerId)
                        .setClientReferenceId(userId.toString())
                        .addLineItem(
                            SessionCreateParams.LineItem.builder()
                                .setPrice(price)
                                .setQuantity(1L)
                                .build())
                        .putMetadata("plan", plan.wire())
                        .setSubscriptionData(
                            SessionCreateParams.SubscriptionData.builder()
                                .putMetadata("plan", plan.wire())
                                .putMetadata("keyhaven_user_id", userId.toString())
                                .build())
                        .setSuccessUrl(config.successUrl())
                        .setCancelUrl(config.cancelUrl())
                        .build())
                .getUrl());
  }

  /** A Customer Portal session; answers its URL. */
  @Timeout(30_000)
  @Retry(maxRetries = 2, delay = 300, retryOn = StripeUnavailable.class)
  @ExponentialBackoff
  @CircuitBreaker(
      requestVolumeThreshold = 6,
      failureRatio = 0.5,
      delay = 30_000,
      failOn = StripeUnavailable.class)
  public Uni<String> portal(String customerId) {
    return blocking(
        () ->
            client()
                .v1()
                .billingPortal()
                .sessions()
                .create(
                    com.stripe.param.billingportal.SessionCreateParams.builder()
                        .setCustomer(customerId)
                        .setReturnUrl(config.portalReturnUrl())
                        .build())
                .getUrl());
  }

  private StripeClient client() {
    StripeClient c = client;
    if (c == null) {
      String key =
          config
              .apiKey()
              .filter(k -> !k.isBlank())
              .orElseThrow(
                  () ->
                      new ApiException(
                          503,
                          ErrorType.EXTERNAL_SERVICE,
                          "BILLING_UNAVAILABLE",
                          "Payments are not configured on this server"));
      c =
          StripeClient.builder()
              .setApiKey(key)
              .setApiBase(config.apiBase())
              .setConnectTimeout(config.connectTimeoutMillis())
              .setReadTimeout(config.readTimeoutMillis())
              // Our own retries (with the idempotency key) and breaker decide.
              .setMaxNetworkRetries(0)
              .build();
      client = c;
    }
    return c;
  }

  /** Runs a blocking Stripe call on a worker and answers on the caller's Vert.x context. */
  private static <T> Uni<T> blocking(Callable<T> call) {
    Context context = Vertx.currentContext();
    Uni<T> uni =
        Uni.createFrom()
            .<T>emitter(
                e -> {
                  try {
                    e.complete(call.call());
                  } catch (ApiConnectionException | RateLimitException x) {
                    e.fail(new StripeUnavailable(x.getClass().getSimpleName()));
                  } catch (StripeException x) {
                    Integer status = x.getStatusCode();
                    if (status != null && status >= 500) {
                      e.fail(new StripeUnavailable("HTTP " + status));
                    } else {
                      e.fail(
                          new ApiException(
                              502,
                              ErrorType.EXTERNAL_SERVICE,
                              "STRIPE_REFUSED",
                              "Stripe refused the request (HTTP " + status + ")"));
                    }
                  } catch (Exception x) {
                    e.fail(x);
                  }
                })
            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    return context == null ? uni : uni.emitOn(r -> context.runOnContext(v -> r.run()));
  }

  /** Stripe could not be reached or failed on its side: worth another try. */
  public static class StripeUnavailable extends ApiException {
    public StripeUnavailable(String why) {
      super(
          502,
          ErrorType.EXTERNAL_SERVICE,
          "STRIPE_UNAVAILABLE",
          "Stripe is not answering (" + why + "); try again shortly",
          null,
          null);
    }
  }
}
