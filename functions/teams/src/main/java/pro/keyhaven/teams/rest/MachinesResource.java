package pro.keyhaven.teams.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import pro.keyhaven.shared.paging.Items;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;
import pro.keyhaven.teams.api.MachineBodies.CreateMachineRequest;
import pro.keyhaven.teams.api.MachineBodies.CreatedMachine;
import pro.keyhaven.teams.api.MachineBodies.Machine;
import pro.keyhaven.teams.service.MachineService;

/** A team's machine identities for CI (admins only): create, list, revoke. */
@Cancellable(false)
@Path("/api/teams/{id}/machines")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "teams")
@SecurityRequirement(name = "bearer")
public class MachinesResource {

  private final MachineService machines;
  private final Caller caller;

  public MachinesResource(MachineService machines, Caller caller) {
    this.machines = machines;
    this.caller = caller;
  }

  @POST
  @WriteBudget(value = "teams", perMinute = 120)
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created; the secret is shown once",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CreatedMachine.class)))
  public Uni<RestResponse<CreatedMachine>> create(
      @PathParam("id") UUID teamId, @Valid @NotNull CreateMachineRequest body) {
    return machines
        .create(caller.userId(), teamId, body, caller.client())
        .map(
            m ->
                RestResponse.ResponseBuilder.<CreatedMachine>created(
                        URI.create("/api/teams/" + teamId + "/machines/" + m.id()))
                    .entity(m)
                    .build());
  }

  @GET
  public Uni<Items<Machine>> list(@PathParam("id") UUID teamId) {
    return machines.list(caller.userId(), teamId);
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "Revoked")
  @WriteBudget(value = "teams", perMinute = 120)
  @Path("/{machine_id}")
  public Uni<RestResponse<Void>> revoke(
      @PathParam("id") UUID teamId, @PathParam("machine_id") UUID machineId) {
    return machines
        .revoke(caller.userId(), teamId, machineId, caller.client())
        .replaceWith(RestResponse.noContent());
  }
}
