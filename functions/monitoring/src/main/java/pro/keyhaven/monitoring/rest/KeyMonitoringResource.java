package pro.keyhaven.monitoring.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import pro.keyhaven.monitoring.api.HealthBody;
import pro.keyhaven.monitoring.api.IngestTokenCreated;
import pro.keyhaven.monitoring.api.IngestTokenItem;
import pro.keyhaven.monitoring.api.IngestTokenRequest;
import pro.keyhaven.monitoring.api.Items;
import pro.keyhaven.monitoring.api.RotationScheduleBody;
import pro.keyhaven.monitoring.api.RotationScheduleRequest;
import pro.keyhaven.monitoring.api.UsageBuckets;
import pro.keyhaven.monitoring.service.KeyMonitoringService;
import pro.keyhaven.shared.audit.ClientInfo;
import pro.keyhaven.shared.security.CurrentUser;

/**
 * A key's usage, health, rotation schedule and ingest tokens. The class path is the vault's ({@code
 * /api/keys}) so that both resources share one route tree where they are served together.
 */
@Path("/api/keys")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class KeyMonitoringResource {

  private final KeyMonitoringService service;
  private final CurrentUser currentUser;

  public KeyMonitoringResource(KeyMonitoringService service, CurrentUser currentUser) {
    this.service = service;
    this.currentUser = currentUser;
  }

  @GET
  @Path("/{id}/usage")
  public Uni<UsageBuckets> usage(
      @PathParam("id") UUID id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("bucket") String bucket) {
    return service.usage(currentUser.id(), id, from, to, bucket);
  }

  @GET
  @Path("/{id}/health")
  public Uni<HealthBody> health(@PathParam("id") UUID id) {
    return service.health(currentUser.id(), id);
  }

  @PUT
  @Path("/{id}/rotation-schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RotationScheduleBody> schedule(
      @PathParam("id") UUID id,
      @Valid @NotNull RotationScheduleRequest body,
      @Context HttpServerRequest request) {
    return service.schedule(currentUser.id(), id, body, ClientInfo.of(request));
  }

  @POST
  @Path("/{id}/ingest-tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RestResponse<IngestTokenCreated>> createToken(
      @PathParam("id") UUID id,
      @Valid @NotNull IngestTokenRequest body,
      @Context HttpServerRequest request) {
    return service
        .createToken(currentUser.id(), id, body.name(), ClientInfo.of(request))
        .map(
            t ->
                RestResponse.ResponseBuilder.<IngestTokenCreated>created(
                        URI.create("/api/keys/" + id + "/ingest-tokens/" + t.id()))
                    .entity(t)
                    .header("Cache-Control", "no-store")
                    .build());
  }

  @GET
  @Path("/{id}/ingest-tokens")
  public Uni<Items<IngestTokenItem>> tokens(@PathParam("id") UUID id) {
    return service.tokens(currentUser.id(), id);
  }

  @DELETE
  @Path("/{id}/ingest-tokens/{tid}")
  public Uni<RestResponse<Void>> revoke(
      @PathParam("id") UUID id,
      @PathParam("tid") UUID tokenId,
      @Context HttpServerRequest request) {
    return service
        .revokeToken(currentUser.id(), id, tokenId, ClientInfo.of(request))
        .map(v -> RestResponse.noContent());
  }
}
