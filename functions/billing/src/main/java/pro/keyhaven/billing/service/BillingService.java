package pro.keyhaven.billing.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import pro.keyhaven.billing.api.SubscriptionView;
import pro.keyhaven.billing.repository.BillingAccount;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.plan.Entitlements;
import pro.keyhaven.shared.plan.Feature;
import pro.keyhaven.shared.plan.Plan;
import pro.keyhaven.shared.plan.Standing;
import pro.keyhaven.shared.plan.Usage;

/** The caller's subscription: where it stands, and the way to Checkout and the Customer Portal. */
@ApplicationScoped
public class BillingService {

  private final Entitlements entitlements;
  private final StripeGateway stripe;
  private final Clock clock;

  public BillingService(Entitlements entitlements, StripeGateway stripe, Clock clock) {
    this.entitlements = entitlements;
    this.stripe = stripe;
    this.clock = clock;
  }

  public Uni<SubscriptionView> subscription(UUID caller) {
    return Panache.withSession(
        () ->
            BillingAccount.<BillingAccount>findById(caller)
                .chain(
                    account -> {
                      if (account == null) {
                        throw ApiException.notFound("Account");
                      }
                      return entitlements
                          .standing(caller)
                          .chain(
                              standing ->
                                  entitlements
                                      .usage(caller)
                                      .map(usage -> view(account, standing, usage)));
                    }));
  }

  /** A Checkout Session for the plan, making the account's Stripe customer first if need be. */
  public Uni<String> checkout(UUID caller, Plan plan) {
    requireEnabled();
    return customer(caller).chain(customer -> stripe.checkout(customer, caller, plan));
  }

  /** A Customer Portal session, for an account that has been a Stripe customer. */
  public Uni<String> portal(UUID caller) {
    requireEnabled();
    return Panache.withSession(() -> BillingAccount.<BillingAccount>findById(caller))
        .chain(
            account -> {
              if (account == null || account.stripeCustomerId == null) {
                return Uni.createFrom()
                    .failure(
                        ApiException.conflict(
                            "NO_SUBSCRIPTION",
                            "There is nothing to manage yet: choose a plan first"));
              }
              return stripe.portal(account.stripeCustomerId);
            });
  }

  private Uni<String> customer(UUID caller) {
    return Panache.withSession(() -> BillingAccount.<BillingAccount>findById(caller))
        .chain(
            account -> {
              if (account == null) {
                throw ApiException.notFound("Account");
              }
              if (account.stripeCustomerId != null) {
                return Uni.createFrom().item(account.stripeCustomerId);
              }
              // Stripe is called outside any transaction; its idempotency key makes a repeated
              // call answer the same customer, and only the first one is stored.
              return stripe
                  .createCustomer(caller, account.email)
                  .chain(
                      created ->
                          Panache.withTransaction(
                              () ->
                                  BillingAccount.locked(caller)
                                      .map(
                                          a -> {
                                            if (a.stripeCustomerId == null) {
                                              a.stripeCustomerId = created;
                                              a.updatedAt =
                                                  clock.instant().truncatedTo(ChronoUnit.MICROS);
                                            }
                                            return a.stripeCustomerId;
                                          })));
            });
  }

  private void requireEnabled() {
    if (!entitlements.enforced()) {
      throw ApiException.conflict(
          "BILLING_DISABLED", "Billing is off on this server: every account has every feature");
    }
  }

  private static SubscriptionView view(BillingAccount a, Standing s, Usage u) {
    Plan plan = s.plan();
    String notice = null;
    if (u.readOnlyKeys() > 0) {
      notice =
          "You have "
              + u.keys()
              + " keys and the "
              + plan.wire()
              + " plan holds "
              + plan.maxKeys().orElse(0)
              + ": the "
              + u.readOnlyKeys()
              + " newest are read-only (still readable). Upgrade to Pro or delete keys to edit them.";
    } else if (s.enforced() && s.graceUntil() != null && plan != Plan.FREE) {
      notice =
          "Your last payment failed. Update your payment method before "
              + s.graceUntil()
              + "; after that the account counts as free (nothing is deleted).";
    } else if (s.enforced() && s.graceUntil() != null) {
      notice =
          "Your payment did not go through in time: the account counts as free until it is paid"
              + " (nothing is deleted).";
    }
    return new SubscriptionView(
        plan.wire(),
        s.enforced() ? a.subscriptionStatus : "active",
        s.enforced(),
        new SubscriptionView.Limits(
            plan.maxKeys().orElse(null),
            plan.allows(Feature.TEAMS),
            plan.allows(Feature.AUTOMATED_ROTATION),
            plan.allows(Feature.INSIGHTS),
            plan.allows(Feature.INTEGRATIONS)),
        new SubscriptionView.Usage(u.keys(), u.readOnlyKeys(), u.teams()),
        s.enforced() ? a.graceUntil : null,
        s.enforced() ? a.currentPeriodEnd : null,
        notice);
  }
}
