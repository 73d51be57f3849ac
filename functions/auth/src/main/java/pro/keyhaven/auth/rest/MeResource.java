package pro.keyhaven.auth.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import pro.keyhaven.auth.api.AuthBodies.ChangePasswordRequest;
import pro.keyhaven.auth.api.MeResponse;
import pro.keyhaven.auth.service.AccountService;
import pro.keyhaven.shared.security.Caller;

/** The signed-in user's own account. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "account", description = "The signed-in user's own account")
@SecurityRequirement(name = "bearer")
public class MeResource {

  private final AccountService accounts;
  private final Caller caller;

  public MeResource(AccountService accounts, Caller caller) {
    this.accounts = accounts;
    this.caller = caller;
  }

  @GET
  public Uni<MeResponse> me() {
    return accounts.profile(caller.userId());
  }

  @PUT
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "204", description = "Done")
  public Uni<RestResponse<Void>> changePassword(@Valid @NotNull ChangePasswordRequest body) {
    return accounts
        .changePassword(caller.userId(), caller.sessionId(), body, caller.client())
        .replaceWith(RestResponse.noContent());
  }
}
