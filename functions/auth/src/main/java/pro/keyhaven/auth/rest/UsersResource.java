package pro.keyhaven.auth.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.auth.api.AuthBodies;
import pro.keyhaven.auth.api.AuthBodies.PublicKeyResponse;
import pro.keyhaven.auth.service.AccountService;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.Caller;

/** Public keys of other users, to wrap a team key for them. */
@Cancellable(false)
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "account", description = "The signed-in user's own account")
@SecurityRequirement(name = "bearer")
public class UsersResource {

  private final AccountService accounts;
  private final RateLimiter limiter;
  private final Caller caller;

  public UsersResource(AccountService accounts, RateLimiter limiter, Caller caller) {
    this.accounts = accounts;
    this.limiter = limiter;
    this.caller = caller;
  }

  @GET
  @Path("/public-key")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PublicKeyResponse.class)))
  @APIResponse(responseCode = "404", description = "No account has this e-mail (NOT_FOUND)")
  public Uni<PublicKeyResponse> publicKey(
      @QueryParam("email") @NotBlank @Size(max = 254) @Email(regexp = AuthBodies.EMAIL)
          String email) {
    // Lookups reveal whether an e-mail has an account: a slow budget keeps that from being mined.
    return limiter
        .perMinute("public-key-lookup", caller.userId(), 60)
        .chain(() -> accounts.publicKey(email));
  }
}
