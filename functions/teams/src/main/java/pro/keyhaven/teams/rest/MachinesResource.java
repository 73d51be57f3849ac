package pro.keyhaven.teams.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import pro.keyhaven.shared.audit.ClientInfo;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.CurrentUser;
import pro.keyhaven.teams.api.MachineBodies.CreateMachineRequest;
import pro.keyhaven.teams.api.MachineBodies.CreatedMachine;
import pro.keyhaven.teams.api.MachineBodies.Machine;
import pro.keyhaven.teams.rest.TeamBodies.Items;
import pro.keyhaven.teams.service.MachineService;
import pro.keyhaven.teams.service.TeamsConfig;

/** A team's machine identities for CI (admins only): create, list, revoke. */
@Path("/api/teams/{id}/machines")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MachinesResource {

  private final MachineService machines;
  private final CurrentUser currentUser;
  private final RateLimiter limiter;
  private final TeamsConfig config;

  public MachinesResource(
      MachineService machines, CurrentUser currentUser, RateLimiter limiter, TeamsConfig config) {
    this.machines = machines;
    this.currentUser = currentUser;
    this.limiter = limiter;
    this.config = config;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RestResponse<CreatedMachine>> create(
      @PathParam("id") UUID teamId,
      @Valid @NotNull CreateMachineRequest body,
      @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return limiter
        .perMinute("team-write", caller, config.writesPerMinute())
        .chain(() -> machines.create(caller, teamId, body, ClientInfo.of(request)))
        .map(
            m ->
                RestResponse.ResponseBuilder.<CreatedMachine>created(
                        URI.create("/api/teams/" + teamId + "/machines/" + m.id()))
                    .entity(m)
                    .build());
  }

  @GET
  public Uni<Items<Machine>> list(@PathParam("id") UUID teamId) {
    return machines.list(currentUser.id(), teamId);
  }

  @DELETE
  @Path("/{machine_id}")
  public Uni<RestResponse<Void>> revoke(
      @PathParam("id") UUID teamId,
      @PathParam("machine_id") UUID machineId,
      @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return limiter
        .perMinute("team-write", caller, config.writesPerMinute())
        .chain(() -> machines.revoke(caller, teamId, machineId, ClientInfo.of(request)))
        .replaceWith(RestResponse.noContent());
  }
}
