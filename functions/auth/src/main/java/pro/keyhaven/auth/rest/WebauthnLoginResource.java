package pro.keyhaven.auth.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.auth.api.WebauthnBodies.LoginOptionsRequest;
import pro.keyhaven.auth.api.WebauthnBodies.RequestOptions;
import pro.keyhaven.auth.config.AuthConfig;
import pro.keyhaven.auth.mfa.WebauthnService;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.Caller;

/** The passkey options of a login's second step (docs/api.md, "Two-step sign-in"). */
@Cancellable(false)
@Path("/api/auth/login/mfa/webauthn")
@Tag(name = "auth", description = "Registration, sign-in and sessions")
@Produces(MediaType.APPLICATION_JSON)
public class WebauthnLoginResource {

  private final WebauthnService passkeys;
  private final RateLimiter limiter;
  private final AuthConfig config;
  private final Caller caller;

  public WebauthnLoginResource(
      WebauthnService passkeys, RateLimiter limiter, AuthConfig config, Caller caller) {
    this.passkeys = passkeys;
    this.limiter = limiter;
    this.config = config;
    this.caller = caller;
  }

  @POST
  @Path("/options")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @APIResponse(
      responseCode = "200",
      description =
          "PublicKeyCredentialRequestOptions (WebAuthn JSON form): a single-use challenge bound to"
              + " the mfa_token and the account's passkeys",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RequestOptions.class)))
  @APIResponse(
      responseCode = "401",
      description = "An unknown, used or expired mfa_token (AUTHENTICATION)")
  @APIResponse(
      responseCode = "409",
      description = "The account has no passkey (CONFLICT: NO_PASSKEY)")
  public Uni<RequestOptions> options(@Valid @NotNull LoginOptionsRequest body) {
    String ip = caller.client().ipAddress() == null ? "unknown" : caller.client().ipAddress();
    // The public endpoints' per-address budget (as AuthResource).
    return limiter
        .consume("auth-public", ip, config.publicRequestsPerMinute(), Duration.ofMinutes(1))
        .chain(() -> passkeys.requestOptions(body.mfaToken()));
  }
}
