package pro.keyhaven.rotation.rest;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.rotation.api.RotationBodies.Connection;
import pro.keyhaven.rotation.api.RotationBodies.ConnectionRequest;
import pro.keyhaven.rotation.api.RotationBodies.Connections;
import pro.keyhaven.rotation.service.ConnectionService;
import pro.keyhaven.shared.ratelimit.ReadBudget;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/** {@code /api/connections}: provider connections for managed rotation (credentials write-only). */
@Cancellable(false)
@Path("/api/connections")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "rotation", description = "Managed rotation: provider connections, staged rotations")
@SecurityRequirement(name = "bearer")
public class ConnectionsResource {

  private final ConnectionService connections;
  private final Caller caller;

  public ConnectionsResource(ConnectionService connections, Caller caller) {
    this.connections = connections;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @WriteBudget(value = "rotation-connections", perMinute = 30)
  @APIResponse(
      responseCode = "201",
      description = "Connected; the credential is stored sealed and never answered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Connection.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid (INVALID_CREDENTIAL, HOST_NOT_ALLOWED, HOST_UNKNOWN), or a provider this server"
              + " cannot rotate yet (PROVIDER_NOT_SUPPORTED)")
  @APIResponse(responseCode = "404", description = "A team the caller is not an admin of")
  @APIResponse(
      responseCode = "503",
      description = "This server has no key to seal credentials with (ENVELOPE_NOT_CONFIGURED)")
  public Uni<Response> create(@Valid @NotNull ConnectionRequest req) {
    return connections
        .create(caller.userId(), req, caller.client())
        .map(c -> Response.created(URI.create("/api/connections/" + c.id())).entity(c).build());
  }

  @GET
  @ReadBudget(value = "rotation", perMinute = 600)
  @APIResponse(
      responseCode = "200",
      description = "The caller's connections and those of the teams it is an admin of")
  public Uni<Connections> list() {
    return connections.list(caller.userId()).map(Connections::new);
  }

  @DELETE
  @Path("/{id}")
  @WriteBudget(value = "rotation-connections", perMinute = 30)
  @ResponseStatus(204)
  @APIResponse(
      responseCode = "204",
      description = "Removed with its sealed credential and the rotations that used it")
  @APIResponse(responseCode = "404", description = "No such connection of the caller")
  @APIResponse(
      responseCode = "409",
      description =
          "A rotation using it is running, in its grace period or failed (CONNECTION_IN_USE)")
  public Uni<Void> delete(@PathParam("id") UUID id) {
    return connections.delete(caller.userId(), id, caller.client());
  }
}
