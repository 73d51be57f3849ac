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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pro.keyhaven.billing.api.CheckoutRequest;
import pro.keyhaven.billing.api.RedirectUrl;
import pro.keyhaven.billing.api.SubscriptionView;
import pro.keyhaven.billing.service.BillingService;
import pro.keyhaven.shared.plan.Plan;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/** The caller's plan: where it stands, upgrading through Stripe Checkout, managing it. */
@Path("/api/billing")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "billing", description = "Plans, checkout and the customer portal")
@SecurityRequirement(name = "bearer")
public class BillingResource {

  private final BillingService billing;
  private final Caller caller;

  public BillingResource(BillingService billing, Caller caller) {
    this.billing = billing;
    this.caller = caller;
  }

  @GET
  @Path("/subscription")
  public Uni<SubscriptionView> subscription() {
    return billing.subscription(caller.userId());
  }

  @POST
  @Path("/checkout")
  @WriteBudget(value = "billing", perMinute = 20)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RedirectUrl> checkout(@Valid @NotNull CheckoutRequest body) {
    Plan plan = Plan.fromWire(body.plan()).orElseThrow();
    return billing.checkout(caller.userId(), plan).map(RedirectUrl::new);
  }

  @POST
  @Path("/portal")
  @WriteBudget(value = "billing", perMinute = 20)
  public Uni<RedirectUrl> portal() {
    return billing.portal(caller.userId()).map(RedirectUrl::new);
  }
}
