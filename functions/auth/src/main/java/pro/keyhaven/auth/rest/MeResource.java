package pro.keyhaven.auth.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import pro.keyhaven.auth.service.AccountService;
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
}
