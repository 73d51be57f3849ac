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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.billing.api.CheckoutRequest;
import pro.keyhaven.billing.api.RedirectUrl;
import pro.keyhaven.billing.api.SubscriptionView;
import pro.keyhaven.billing.service.BillingService;
import pro.keyhaven.shared.plan.Plan;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/** The caller's plan: where it stands, upgrading through Stripe Checkout, managing it. */
@Cancellable(false)
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
  @APIResponse(
      responseCode = "200",
      description = "The Stripe Checkout page to send the user to",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RedirectUrl.class)))
  @APIResponse(
      responseCode = "409",
      description = "Billing is off, or the account already has this plan (CONFLICT)")
  @APIResponse(responseCode = "502", description = "Stripe could not be reached (EXTERNAL_SERVICE)")
  public Uni<RedirectUrl> checkout(@Valid @NotNull CheckoutRequest body) {
    Plan plan = Plan.fromWire(body.plan()).orElseThrow();
    return billing.checkout(caller.userId(), plan).map(RedirectUrl::new);
  }

  @POST
  @Path("/portal")
  @WriteBudget(value = "billing", perMinute = 20)
  @APIResponse(
      responseCode = "200",
      description = "The Stripe Customer Portal page to send the user to",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RedirectUrl.class)))
  @APIResponse(
      responseCode = "409",
      description = "Billing is off, or the account has no Stripe customer yet (CONFLICT)")
  @APIResponse(responseCode = "502", description = "Stripe could not be reached (EXTERNAL_SERVICE)")
  public Uni<RedirectUrl> portal() {
    return billing.portal(caller.userId()).map(RedirectUrl::new);
  }
}
