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
import pro.keyhaven.auth.api.MfaBodies.SignIns;
import pro.keyhaven.auth.service.SignInsService;
import pro.keyhaven.shared.security.Caller;

/** The caller's live sign-ins (Settings), and signing one out. */
@Cancellable(false)
@Path("/api/me/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "account", description = "The signed-in user's own account")
@SecurityRequirement(name = "bearer")
public class SignInsResource {

  private final SignInsService signIns;
  private final Caller caller;

  public SignInsResource(SignInsService signIns, Caller caller) {
    this.signIns = signIns;
    this.caller = caller;
  }

  @GET
  @APIResponse(
      responseCode = "200",
      description = "Live sign-ins, most recently used first",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = SignIns.class)))
  public Uni<SignIns> list() {
    return signIns.list(caller.userId(), caller.sessionId());
  }

  @DELETE
  @Path("/{id}")
  @APIResponse(responseCode = "204", description = "The sign-in has ended")
  @APIResponse(
      responseCode = "404",
      description = "No live sign-in of the caller has this id (NOT_FOUND)")
  public Uni<RestResponse<Void>> signOut(@PathParam("id") UUID id) {
    return signIns
        .signOut(caller.userId(), id, caller.client())
        .replaceWith(RestResponse.noContent());
  }
}
