package pro.keyhaven.billing.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import pro.keyhaven.billing.api.CheckoutRequest;
import pro.keyhaven.billing.api.RedirectUrl;
import pro.keyhaven.billing.api.SubscriptionView;
import pro.keyhaven.billing.service.BillingService;
import pro.keyhaven.shared.plan.Plan;
import pro.keyhaven.shared.security.CurrentUser;

/** The caller's plan: where it stands, upgrading through Stripe Checkout, managing it. */
@Path("/api/billing")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BillingResource {

  private final BillingService billing;
  private final CurrentUser currentUser;

  public BillingResource(BillingService billing, CurrentUser currentUser) {
    this.billing = billing;
    this.currentUser = currentUser;
  }

  @GET
  @Path("/subscription")
  public Uni<SubscriptionView> subscription() {
    return billing.subscription(currentUser.id());
  }

  @POST
  @Path("/checkout")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RedirectUrl> checkout(@Valid @NotNull CheckoutRequest body) {
    Plan plan = Plan.fromWire(body.plan()).orElseThrow();
    return billing.checkout(currentUser.id(), plan).map(RedirectUrl::new);
  }

  @POST
  @Path("/portal")
  public Uni<RedirectUrl> portal() {
    return billing.portal(currentUser.id()).map(RedirectUrl::new);
  }
}
