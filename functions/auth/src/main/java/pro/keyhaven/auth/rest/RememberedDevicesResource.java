package pro.keyhaven.auth.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.auth.api.MfaBodies.RememberedDeviceList;
import pro.keyhaven.auth.mfa.RememberedDevices;
import pro.keyhaven.shared.security.Caller;

/** The caller's remembered devices (Settings), and forgetting one. */
@Cancellable(false)
@Path("/api/me/devices")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "account", description = "The signed-in user's own account")
@SecurityRequirement(name = "bearer")
public class RememberedDevicesResource {

  private final RememberedDevices devices;
  private final Caller caller;

  public RememberedDevicesResource(RememberedDevices devices, Caller caller) {
    this.devices = devices;
    this.caller = caller;
  }

  @GET
  @APIResponse(
      responseCode = "200",
      description = "Devices that skip the second step of sign-in, newest first",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RememberedDeviceList.class)))
  public Uni<RememberedDeviceList> list() {
    return devices.list(caller.userId());
  }

  @DELETE
  @Path("/{id}")
  @APIResponse(
      responseCode = "204",
      description = "Forgotten: its next sign-in asks for the second step again")
  @APIResponse(
      responseCode = "404",
      description = "No remembered device of the caller has this id (NOT_FOUND)")
  public Uni<RestResponse<Void>> forget(@PathParam("id") UUID id) {
    return devices
        .forget(caller.userId(), id, caller.client())
        .replaceWith(RestResponse.noContent());
  }
}
