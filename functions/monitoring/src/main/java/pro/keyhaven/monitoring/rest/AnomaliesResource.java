package pro.keyhaven.monitoring.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import pro.keyhaven.monitoring.api.AnomalyBody;
import pro.keyhaven.monitoring.service.AnomalyService;
import pro.keyhaven.shared.audit.ClientInfo;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.security.CurrentUser;

/** {@code /api/anomalies}: what the detectors found on the caller's keys. */
@Path("/api/anomalies")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AnomaliesResource {

  private final AnomalyService anomalies;
  private final CurrentUser currentUser;

  public AnomaliesResource(AnomalyService anomalies, CurrentUser currentUser) {
    this.anomalies = anomalies;
    this.currentUser = currentUser;
  }

  @GET
  public Uni<Page<AnomalyBody>> list(
      @QueryParam("status") String status,
      @QueryParam("key_id") UUID keyId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return anomalies.list(
        currentUser.id(),
        status == null || status.isBlank() ? null : status,
        keyId,
        PageRequest.of(page, size));
  }

  @POST
  @Path("/{id}/resolve")
  public Uni<AnomalyBody> resolve(@PathParam("id") UUID id, @Context HttpServerRequest request) {
    return anomalies.resolve(currentUser.id(), id, ClientInfo.of(request));
  }
}
