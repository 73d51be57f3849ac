package pro.keyhaven.billing.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.billing.api.WebhookReceipt;
import pro.keyhaven.billing.service.StripeWebhooks;

/** Stripe's webhook endpoint: public, every event verified by its signature. */
@Cancellable(false)
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
  @RequestBody(
      description = "A Stripe event, as Stripe signs it",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, description = "A Stripe event object")))
  public Uni<WebhookReceipt> receive(@Context HttpServerRequest request, String payload) {
    // "t=...,v1=...,v1=..." holds commas: a client or proxy may have split it into several header
    // lines, and a header parameter would keep only the first part. All parts, joined again.
    List<String> parts = request.headers().getAll("Stripe-Signature");
    return webhooks.receive(payload, parts.isEmpty() ? null : String.join(",", parts));
  }
}
