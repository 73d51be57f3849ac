package pro.keyhaven.monitoring.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.monitoring.api.HealthBody;
import pro.keyhaven.monitoring.api.IngestTokenCreated;
import pro.keyhaven.monitoring.api.IngestTokenItem;
import pro.keyhaven.monitoring.api.IngestTokenRequest;
import pro.keyhaven.monitoring.api.RotationScheduleBody;
import pro.keyhaven.monitoring.api.RotationScheduleRequest;
import pro.keyhaven.monitoring.api.UsageBuckets;
import pro.keyhaven.monitoring.service.KeyMonitoringService;
import pro.keyhaven.shared.paging.Items;
import pro.keyhaven.shared.ratelimit.ReadBudget;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/**
 * A key's usage, health, rotation schedule and ingest tokens. The class path is the vault's ({@code
 * /api/keys}) so that both resources share one route tree where they are served together.
 */
@Cancellable(false)
@Path("/api/keys")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "monitoring", description = "Usage, health scores, anomalies and ingest tokens")
@SecurityRequirement(name = "bearer")
public class KeyMonitoringResource {

  private final KeyMonitoringService service;
  private final Caller caller;

  public KeyMonitoringResource(KeyMonitoringService service, Caller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @ReadBudget(value = "monitoring", perMinute = 1200)
  @Path("/{id}/usage")
  public Uni<UsageBuckets> usage(
      @PathParam("id") UUID id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("bucket") String bucket) {
    return service.usage(caller.userId(), id, from, to, bucket);
  }

  @GET
  @ReadBudget(value = "monitoring", perMinute = 1200)
  @Path("/{id}/health")
  public Uni<HealthBody> health(@PathParam("id") UUID id) {
    return service.health(caller.userId(), id);
  }

  @PUT
  @WriteBudget(value = "monitoring", perMinute = 600)
  @Path("/{id}/rotation-schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RotationScheduleBody> schedule(
      @PathParam("id") UUID id, @Valid @NotNull RotationScheduleRequest body) {
    return service.schedule(caller.userId(), id, body, caller.client());
  }

  @POST
  @WriteBudget(value = "monitoring", perMinute = 600)
  @Path("/{id}/ingest-tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created; the token is shown once",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = IngestTokenCreated.class)))
  public Uni<RestResponse<IngestTokenCreated>> createToken(
      @PathParam("id") UUID id, @Valid @NotNull IngestTokenRequest body) {
    return service
        .createToken(caller.userId(), id, body.name(), caller.client())
        .map(
            t ->
                RestResponse.ResponseBuilder.<IngestTokenCreated>created(
                        URI.create("/api/keys/" + id + "/ingest-tokens/" + t.id()))
                    .entity(t)
                    .header("Cache-Control", "no-store")
                    .build());
  }

  @GET
  @ReadBudget(value = "monitoring", perMinute = 1200)
  @Path("/{id}/ingest-tokens")
  public Uni<Items<IngestTokenItem>> tokens(@PathParam("id") UUID id) {
    return service.tokens(caller.userId(), id);
  }

  @DELETE
  @WriteBudget(value = "monitoring", perMinute = 600)
  @Path("/{id}/ingest-tokens/{tid}")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Uni<RestResponse<Void>> revoke(@PathParam("id") UUID id, @PathParam("tid") UUID tokenId) {
    return service
        .revokeToken(caller.userId(), id, tokenId, caller.client())
        .map(v -> RestResponse.noContent());
  }
}
