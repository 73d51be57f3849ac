package pro.keyhaven.billing.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pro.keyhaven.billing.api.WebhookReceipt;
import pro.keyhaven.billing.service.StripeWebhooks;

/** Stripe's webhook endpoint: public, every event verified by its signature. */
@Path("/webhooks/stripe")
@Tag(name = "webhooks", description = "Signed events from Stripe and GitHub")
public class StripeWebhookResource {

  private final StripeWebhooks webhooks;

  public StripeWebhookResource(StripeWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Uni<WebhookReceipt> receive(
      @HeaderParam("Stripe-Signature") String signature, String payload) {
    return webhooks.receive(payload, signature);
  }
}
