package pro.keyhaven.monitoring.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.monitoring.api.Accepted;
import pro.keyhaven.monitoring.api.UsageBatch;
import pro.keyhaven.monitoring.service.IngestService;
import pro.keyhaven.monitoring.service.IngestTokens;
import pro.keyhaven.shared.security.Caller;

/**
 * {@code POST /api/usage}: usage reports from a signed-in user, or from an application holding a
 * key's ingest token ({@code Authorization: Bearer khi_...}), which opens nothing else.
 */
@Cancellable(false)
@Path("/api/usage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "monitoring", description = "Usage, health scores, anomalies and ingest tokens")
@SecurityRequirement(name = "bearer")
public class UsageResource {

  private final IngestService ingest;
  private final Caller caller;

  public UsageResource(IngestService ingest, Caller caller) {
    this.ingest = ingest;
    this.caller = caller;
  }

  /**
   * Not {@code @Authenticated}: an ingest token is not an access token. Runs on a worker thread so
   * that a user's access token can be verified on demand.
   */
  @POST
  @Blocking
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "202",
      description = "Accepted",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Accepted.class)))
  @APIResponse(
      responseCode = "404",
      description = "A key of the batch is not one the caller may write; nothing was stored")
  public Uni<RestResponse<Accepted>> report(
      @HeaderParam("Authorization") String authorization, UsageBatch body) {
    String token = IngestTokens.fromAuthorization(authorization);
    Uni<Accepted> accepted =
        token != null ? ingest.asToken(token, body) : ingest.asUser(caller.userId(), body);
    return accepted.map(a -> RestResponse.status(RestResponse.Status.ACCEPTED, a));
  }
}
