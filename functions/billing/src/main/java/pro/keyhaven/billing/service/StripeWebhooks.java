package pro.keyhaven.billing.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.billing.api.WebhookReceipt;
import pro.keyhaven.billing.repository.BillingAccount;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.plan.Entitlements;
import pro.keyhaven.shared.plan.Plan;

/**
 * Stripe's webhook events, applied to the account they concern. Each event is verified with the
 * library ({@code Stripe-Signature}, the endpoint's secret, the configured tolerance), applied at
 * most once (its id goes into {@code processed_webhook_events} in the same transaction as its
 * effect), and only when it is not older than the last change applied to the subscription (Stripe's
 * own time, {@code created}, never arrival order).
 */
@ApplicationScoped
public class StripeWebhooks {

  private static final Logger LOG = Logger.getLogger(StripeWebhooks.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final Set<String> HANDLED =
      Set.of(
          "checkout.session.completed",
          "customer.subscription.created",
          "customer.subscription.updated",
          "customer.subscription.deleted",
          "invoice.payment_failed",
          "invoice.paid",
          "invoice.payment_succeeded");

  private static final String APPLIED = "applied";
  private static final String IGNORED = "ignored";
  private static final String DUPLICATE = "duplicate";

  private final StripeConfig config;
  private final Entitlements entitlements;
  private final Notifier notifier;
  private final Clock clock;
  private final BillingJobs jobs;

  public StripeWebhooks(
      StripeConfig config,
      Entitlements entitlements,
      Notifier notifier,
      Clock clock,
      BillingJobs jobs) {
    this.config = config;
    this.entitlements = entitlements;
    this.notifier = notifier;
    this.clock = clock;
    this.jobs = jobs;
  }

  public Uni<WebhookReceipt> receive(String payload, String signature) {
    String secret =
        config
            .webhookSecret()
            .filter(s -> !s.isBlank())
            .orElseThrow(
                () ->
                    ApiException.validation(
                        "WEBHOOK_NOT_CONFIGURED", "No Stripe webhook secret is configured"));
    if (signature == null || signature.isBlank()) {
      throw ApiException.validation("SIGNATURE_MISSING", "The Stripe-Signature header is missing");
    }
    if (payload == null || payload.isBlank()) {
      throw ApiException.validation("INVALID_EVENT", "The event body is empty");
    }
    try {
      Webhook.constructEvent(
          payload, signature, secret, config.webhookTolerance().toSeconds(), clock);
    } catch (SignatureVerificationException e) {
      throw ApiException.validation(
          "BAD_SIGNATURE", "The Stripe-Signature does not match this event or is too old");
    } catch (RuntimeException e) {
      throw ApiException.validation("INVALID_EVENT", "The event is not a Stripe event");
    }
    JsonNode event;
    try {
      event = JSON.readTree(payload);
    } catch (IOException e) {
      throw ApiException.validation("INVALID_EVENT", "The event is not JSON");
    }
    String id = event.path("id").asText("");
    String type = event.path("type").asText("");
    if (id.isEmpty() || id.length() > 255 || !event.path("created").canConvertToLong()) {
      throw ApiException.validation("INVALID_EVENT", "The event has no id or creation time");
    }
    if (!entitlements.enforced() || !HANDLED.contains(type)) {
      return Uni.createFrom().item(new WebhookReceipt(IGNORED));
    }
    Instant created = Instant.ofEpochSecond(event.path("created").asLong());
    JsonNode object = event.path("data").path("object");
    return Panache.withTransaction(
            () ->
                firstTime(id)
                    .chain(
                        first ->
                            first
                                ? apply(type, created, object)
                                : Uni.createFrom().item(DUPLICATE)))
        .invoke(outcome -> LOG.debugf("Stripe event %s (%s): %s", id, type, outcome))
        // Housekeeping rides on the webhook itself (no scheduled job): ids past their retention
        // are forgotten after each handled event, best effort, outside its transaction.
        .call(
            outcome ->
                jobs.forgetOldEvents()
                    .onFailure()
                    .recoverWithItem(
                        e -> {
                          LOG.warnf("Could not forget old Stripe event ids: %s", e.toString());
                          return 0;
                        }))
        .map(WebhookReceipt::new);
  }

  /** Records the event id; false when it was recorded before (a replay or a retry). */
  private Uni<Boolean> firstTime(String eventId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO processed_webhook_events (provider, event_id, processed_at)"
                            + " VALUES ('stripe', :id, :at) ON CONFLICT DO NOTHING")
                    .setParameter("id", eventId)
                    .setParameter("at", clock.instant().truncatedTo(ChronoUnit.MICROS))
                    .executeUpdate())
        .map(n -> n == 1);
  }

  private Uni<String> apply(String type, Instant created, JsonNode o) {
    return switch (type) {
      case "checkout.session.completed" -> checkoutCompleted(created, o);
      case "customer.subscription.created", "customer.subscription.updated" ->
          subscriptionChanged(created, o);
      case "customer.subscription.deleted" -> subscriptionDeleted(created, o);
      case "invoice.payment_failed" -> paymentFailed(created, o);
      default -> invoicePaid(created, o);
    };
  }

  private Uni<String> checkoutCompleted(Instant created, JsonNode session) {
    String customer = text(session, "customer");
    Optional<UUID> reference = uuid(text(session, "client_reference_id"));
    Optional<Plan> plan = plan(session.path("metadata"));
    if (customer == null) {
      return ignored();
    }
    return BillingAccount.byCustomer(customer)
        .chain(
            found -> {
              if (found != null || reference.isEmpty()) {
                return Uni.createFrom().item(found);
              }
              return BillingAccount.locked(reference.get())
                  .map(
                      a ->
                          a != null
                                  && (a.stripeCustomerId == null
                                      || a.stripeCustomerId.equals(customer))
                              ? a
                              : null);
            })
        .map(
            a -> {
              if (a == null) {
                return IGNORED;
              }
              if (a.stripeCustomerId == null) {
                a.stripeCustomerId = customer;
              }
              boolean paid =
                  "complete".equals(text(session, "status"))
                      && Set.of("paid", "no_payment_required")
                          .contains(text(session, "payment_status"));
              if (paid && plan.isPresent() && a.isCurrent(created)) {
                a.subscriptionTier = plan.get().wire();
                a.subscriptionStatus = "active";
                a.stripeSubscriptionId = text(session, "subscription");
                a.subscriptionChangedAt = created;
                a.paymentFailedAt = null;
                a.graceUntil = null;
              }
              touch(a);
              return APPLIED;
            });
  }

  private Uni<String> subscriptionChanged(Instant created, JsonNode sub) {
    String subscriptionId = text(sub, "id");
    String status = text(sub, "status");
    return account(sub, created)
        .map(
            a -> {
              if (a == null || status == null) {
                return IGNORED;
              }
              boolean terminal =
                  Set.of("canceled", "unpaid", "incomplete_expired", "paused").contains(status);
              if (terminal
                  && a.stripeSubscriptionId != null
                  && !a.stripeSubscriptionId.equals(subscriptionId)) {
                // The end of another (older) subscription leaves the current one alone.
                return IGNORED;
              }
              Optional<Plan> plan = planOfSubscription(sub);
              switch (status) {
                case "active", "trialing" -> {
                  plan.ifPresent(p -> a.subscriptionTier = p.wire());
                  a.paymentFailedAt = null;
                  a.graceUntil = null;
                }
                case "past_due" -> plan.ifPresent(p -> a.subscriptionTier = p.wire());
                case "canceled", "unpaid", "incomplete_expired", "paused" -> {
                  a.subscriptionTier = Plan.FREE.wire();
                  a.paymentFailedAt = null;
                  a.graceUntil = null;
                }
                default -> {
                  // incomplete: the first payment is not through; the plan waits for it.
                }
              }
              a.subscriptionStatus = status;
              a.stripeSubscriptionId = subscriptionId;
              a.currentPeriodEnd = periodEnd(sub);
              a.subscriptionChangedAt = created;
              touch(a);
              return APPLIED;
            });
  }

  private Uni<String> subscriptionDeleted(Instant created, JsonNode sub) {
    String subscriptionId = text(sub, "id");
    return account(sub, created)
        .map(
            a -> {
              if (a == null
                  || (a.stripeSubscriptionId != null
                      && !a.stripeSubscriptionId.equals(subscriptionId))) {
                return IGNORED;
              }
              a.subscriptionTier = Plan.FREE.wire();
              a.subscriptionStatus = "canceled";
              a.currentPeriodEnd = null;
              a.paymentFailedAt = null;
              a.graceUntil = null;
              a.subscriptionChangedAt = created;
              touch(a);
              return APPLIED;
            });
  }

  private Uni<String> paymentFailed(Instant created, JsonNode invoice) {
    return account(invoice, created)
        .chain(
            a -> {
              if (a == null || Plan.FREE.wire().equals(a.subscriptionTier)) {
                return ignored();
              }
              boolean first = a.paymentFailedAt == null;
              if (first) {
                a.paymentFailedAt = created;
                a.graceUntil = created.plus(config.gracePeriod());
              }
              a.subscriptionStatus = "past_due";
              a.subscriptionChangedAt = created;
              touch(a);
              if (!first) {
                return Uni.createFrom().item(APPLIED);
              }
              String until = a.graceUntil.atZone(ZoneOffset.UTC).toLocalDate().toString();
              return notifier
                  .notify(
                      a.id,
                      NotificationKind.PAYMENT_FAILED,
                      "Your payment for the " + a.subscriptionTier + " plan failed",
                      "Stripe could not charge your payment method. Update it under Billing"
                          + " (Manage subscription) before "
                          + until
                          + ". After that the account counts as the free plan: nothing is"
                          + " deleted, but keys beyond the free plan's 25 become read-only.")
                  .replaceWith(APPLIED);
            });
  }

  private Uni<String> invoicePaid(Instant created, JsonNode invoice) {
    return account(invoice, created)
        .map(
            a -> {
              if (a == null) {
                return IGNORED;
              }
              a.paymentFailedAt = null;
              a.graceUntil = null;
              if (!Plan.FREE.wire().equals(a.subscriptionTier)) {
                a.subscriptionStatus = "active";
              }
              a.subscriptionChangedAt = created;
              touch(a);
              return APPLIED;
            });
  }

  /** The account of the object's customer, when the event is not older than its state. */
  private Uni<BillingAccount> account(JsonNode object, Instant created) {
    String customer = text(object, "customer");
    if (customer == null) {
      return Uni.createFrom().nullItem();
    }
    return BillingAccount.byCustomer(customer)
        .map(a -> a != null && a.isCurrent(created) ? a : null);
  }

  private void touch(BillingAccount a) {
    a.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private Optional<Plan> planOfSubscription(JsonNode sub) {
    for (JsonNode item : sub.path("items").path("data")) {
      String price = text(item.path("price"), "id");
      if (config.pricePro().equals(price)) {
        return Optional.of(Plan.PRO);
      }
      if (config.priceTeam().equals(price)) {
        return Optional.of(Plan.TEAM);
      }
    }
    return plan(sub.path("metadata"));
  }

  private static Optional<Plan> plan(JsonNode metadata) {
    return Optional.ofNullable(text(metadata, "plan"))
        .flatMap(Plan::fromWire)
        .filter(p -> p != Plan.FREE);
  }

  private static Instant periodEnd(JsonNode sub) {
    JsonNode end = sub.path("current_period_end");
    if (!end.canConvertToLong()) {
      end = sub.path("items").path("data").path(0).path("current_period_end");
    }
    return end.canConvertToLong() ? Instant.ofEpochSecond(end.asLong()) : null;
  }

  private static Uni<String> ignored() {
    return Uni.createFrom().item(IGNORED);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  private static Optional<UUID> uuid(String s) {
    try {
      return s == null ? Optional.empty() : Optional.of(UUID.fromString(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
