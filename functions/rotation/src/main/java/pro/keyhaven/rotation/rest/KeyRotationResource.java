package pro.keyhaven.rotation.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.rotation.api.RotationBodies.RotationAccepted;
import pro.keyhaven.rotation.api.RotationBodies.RotationSettings;
import pro.keyhaven.rotation.api.RotationBodies.RotationSettingsRequest;
import pro.keyhaven.rotation.api.RotationBodies.RotationStatus;
import pro.keyhaven.rotation.api.RotationBodies.VersionReplacement;
import pro.keyhaven.rotation.api.RotationBodies.VersionStored;
import pro.keyhaven.rotation.service.RotationService;
import pro.keyhaven.shared.ratelimit.ReadBudget;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/**
 * {@code /api/keys/{id}/rotation*} and {@code PUT /api/keys/{id}/versions/{n}}: a key's managed
 * rotation, and a client's own encryption of a value the server sealed.
 */
@Cancellable(false)
@Path("/api/keys/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "rotation", description = "Managed rotation: provider connections, staged rotations")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "404", description = "No such key visible to the caller")
public class KeyRotationResource {

  private final RotationService rotation;
  private final Caller caller;

  public KeyRotationResource(RotationService rotation, Caller caller) {
    this.rotation = rotation;
    this.caller = caller;
  }

  @PUT
  @Path("/rotation")
  @Consumes(MediaType.APPLICATION_JSON)
  @WriteBudget(value = "rotation-settings", perMinute = 60)
  @APIResponse(responseCode = "200", description = "The key's rotation settings")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid target (INVALID_TARGET), or a connection of another vault"
              + " (CONNECTION_OF_ANOTHER_VAULT)")
  @APIResponse(
      responseCode = "403",
      description = "Only the key's owner or an admin of its team manages its rotation")
  @APIResponse(responseCode = "409", description = "A rotation is running (ROTATION_IN_PROGRESS)")
  public Uni<RotationSettings> configure(
      @PathParam("id") UUID id, @Valid @NotNull RotationSettingsRequest req) {
    return rotation.configure(caller.userId(), id, req, caller.client());
  }

  @GET
  @Path("/rotation")
  @ReadBudget(value = "rotation", perMinute = 600)
  @APIResponse(
      responseCode = "200",
      description = "Where the key's rotation stands, and its last 20 runs")
  public Uni<RotationStatus> status(@PathParam("id") UUID id) {
    return rotation.status(caller.userId(), id);
  }

  @POST
  @Path("/rotation/run")
  @WriteBudget(value = "rotation-run", perMinute = 10)
  @ResponseStatus(202)
  @APIResponse(
      responseCode = "202",
      description =
          "The run and the state it reached now (grace: the new value is sealed to the vault;"
              + " failed: it is retried later)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RotationAccepted.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Not set up (ROTATION_NOT_CONFIGURED) or already running (ROTATION_IN_PROGRESS)")
  public Uni<RotationAccepted> run(@PathParam("id") UUID id) {
    return rotation.runNow(caller.userId(), id, caller.client());
  }

  @POST
  @Path("/rotation/rollback")
  @WriteBudget(value = "rotation-run", perMinute = 10)
  @ResponseStatus(200)
  @APIResponse(
      responseCode = "200",
      description =
          "The value before is current again and the new credential is revoked (state idle), or"
              + " its revocation is retried later (state failed); the status")
  @APIResponse(
      responseCode = "409",
      description =
          "Outside the grace period (ROLLBACK_WINDOW_CLOSED), or the value before was never stored"
              + " by a client (NO_PREVIOUS_VALUE)")
  public Uni<RotationStatus> rollback(@PathParam("id") UUID id) {
    return rotation.rollback(caller.userId(), id).chain(() -> rotation.status(caller.userId(), id));
  }

  @PUT
  @Path("/versions/{version}")
  @Consumes(MediaType.APPLICATION_JSON)
  @WriteBudget(value = "rotation-versions", perMinute = 120)
  @APIResponse(
      responseCode = "200",
      description = "The sealed value is replaced by the client's encryption; version + 1")
  @APIResponse(
      responseCode = "409",
      description = "That version is not the current sealed one (NOT_SEALED)")
  public Uni<VersionStored> replaceSealed(
      @PathParam("id") UUID id,
      @PathParam("version") @Min(1) @Max(Integer.MAX_VALUE) int version,
      @Valid @NotNull VersionReplacement body) {
    return rotation.replaceSealed(caller.userId(), id, version, body, caller.client());
  }
}
