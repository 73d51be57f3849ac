package pro.keyhaven.integrations.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubWebhookReceipt;
import pro.keyhaven.integrations.service.GitHubWebhooks;

/** GitHub's webhook endpoint: public, every delivery verified by its signature first. */
@Cancellable(false)
@Path("/webhooks/github")
@Tag(name = "webhooks", description = "Signed events from Stripe and GitHub")
public class GitHubWebhookResource {

  private final GitHubWebhooks webhooks;

  public GitHubWebhookResource(GitHubWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @ResponseStatus(202)
  @RequestBody(
      description = "A GitHub event, as GitHub signs it",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, description = "A GitHub webhook payload")))
  @APIResponse(
      responseCode = "202",
      description = "Accepted: applied, ignored (an event not handled) or a duplicate delivery",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = GitHubWebhookReceipt.class)))
  @APIResponse(
      responseCode = "401",
      description = "X-Hub-Signature-256 is missing or wrong (AUTHENTICATION)")
  public Uni<GitHubWebhookReceipt> receive(
      @HeaderParam("X-Hub-Signature-256") String signature,
      @HeaderParam("X-GitHub-Event") String event,
      @HeaderParam("X-GitHub-Delivery") String delivery,
      byte[] payload) {
    return webhooks.receive(payload, signature, event, delivery);
  }
}
