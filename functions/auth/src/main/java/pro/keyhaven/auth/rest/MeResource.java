package pro.keyhaven.auth.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import pro.keyhaven.auth.rest.AuthBodies.ChangePasswordRequest;
import pro.keyhaven.auth.service.AccountService;
import pro.keyhaven.shared.audit.ClientInfo;
import pro.keyhaven.shared.security.CurrentUser;

/** The signed-in user's own account. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

  private final AccountService accounts;
  private final CurrentUser currentUser;

  public MeResource(AccountService accounts, CurrentUser currentUser) {
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  @GET
  public Uni<MeResponse> me() {
    return accounts.profile(currentUser.id());
  }

  @PUT
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RestResponse<Void>> changePassword(
      @Valid @NotNull ChangePasswordRequest body, @Context HttpServerRequest request) {
    return accounts
        .changePassword(currentUser.id(), currentUser.sessionId(), body, ClientInfo.of(request))
        .replaceWith(RestResponse.noContent());
  }
}
