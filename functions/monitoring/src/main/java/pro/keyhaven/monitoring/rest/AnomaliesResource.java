package pro.keyhaven.monitoring.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.monitoring.api.AnomalyBody;
import pro.keyhaven.monitoring.service.AnomalyService;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.ratelimit.ReadBudget;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/** {@code /api/anomalies}: what the detectors found on the caller's keys. */
@Cancellable(false)
@Path("/api/anomalies")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "monitoring", description = "Usage, health scores, anomalies and ingest tokens")
@SecurityRequirement(name = "bearer")
public class AnomaliesResource {

  private final AnomalyService anomalies;
  private final Caller caller;

  public AnomaliesResource(AnomalyService anomalies, Caller caller) {
    this.anomalies = anomalies;
    this.caller = caller;
  }

  @GET
  @ReadBudget(value = "monitoring", perMinute = 1200)
  public Uni<Page<AnomalyBody>> list(
      @QueryParam("status") String status,
      @QueryParam("key_id") UUID keyId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return anomalies.list(
        caller.userId(),
        status == null || status.isBlank() ? null : status,
        keyId,
        PageRequest.of(page, size));
  }

  @POST
  @WriteBudget(value = "monitoring", perMinute = 600)
  @Path("/{id}/resolve")
  public Uni<AnomalyBody> resolve(@PathParam("id") UUID id) {
    return anomalies.resolve(caller.userId(), id, caller.client());
  }
}
