package pro.keyhaven.auth.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import pro.keyhaven.auth.api.MfaBodies.WebauthnCredential;
import pro.keyhaven.auth.api.WebauthnBodies.CreationOptions;
import pro.keyhaven.auth.api.WebauthnBodies.RegisterRequest;
import pro.keyhaven.auth.api.WebauthnBodies.Registered;
import pro.keyhaven.auth.api.WebauthnBodies.RenameRequest;
import pro.keyhaven.auth.mfa.WebauthnService;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/** The caller's passkeys and security keys (docs/api.md, "Two-step sign-in"). */
@Cancellable(false)
@Path("/api/me/mfa/webauthn")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "account", description = "The signed-in user's own account")
@SecurityRequirement(name = "bearer")
public class WebauthnResource {

  private final WebauthnService passkeys;
  private final Caller caller;

  public WebauthnResource(WebauthnService passkeys, Caller caller) {
    this.passkeys = passkeys;
    this.caller = caller;
  }

  @POST
  @Path("/options")
  @WriteBudget(value = "mfa-enrol", perMinute = 10)
  @APIResponse(
      responseCode = "200",
      description =
          "PublicKeyCredentialCreationOptions (WebAuthn JSON form) with a single-use challenge",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CreationOptions.class)))
  @APIResponse(
      responseCode = "409",
      description = "The account has as many passkeys as allowed (CONFLICT: TOO_MANY_PASSKEYS)")
  public Uni<CreationOptions> options() {
    return passkeys.creationOptions(caller.userId());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @WriteBudget(value = "mfa-enrol", perMinute = 10)
  @APIResponse(
      responseCode = "201",
      description =
          "The passkey is registered; when it is the first second factor, two-step sign-in is on"
              + " and ten recovery codes come with it, shown this once",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Registered.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "The credential does not answer a live registration challenge, or its origin, relying"
              + " party, algorithm or attestation does not hold (VALIDATION: WEBAUTHN_INVALID)")
  @APIResponse(
      responseCode = "409",
      description =
          "The passkey is already registered (CONFLICT: PASSKEY_EXISTS) or there are as many as"
              + " allowed (TOO_MANY_PASSKEYS)")
  public Uni<RestResponse<Registered>> register(@Valid @NotNull RegisterRequest body) {
    return passkeys
        .register(caller.userId(), body, caller.client())
        .map(r -> RestResponse.status(RestResponse.Status.CREATED, r));
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The passkey with its new name",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = WebauthnCredential.class)))
  @APIResponse(responseCode = "404", description = "Not a passkey of the caller (NOT_FOUND)")
  public Uni<WebauthnCredential> rename(
      @PathParam("id") UUID id, @Valid @NotNull RenameRequest body) {
    return passkeys.rename(caller.userId(), id, body.name(), caller.client());
  }

  @DELETE
  @Path("/{id}")
  @APIResponse(
      responseCode = "204",
      description =
          "The passkey is removed; when it was the last second factor, two-step sign-in is off and"
              + " the recovery codes go")
  @APIResponse(responseCode = "404", description = "Not a passkey of the caller (NOT_FOUND)")
  public Uni<RestResponse<Void>> remove(@PathParam("id") UUID id) {
    return passkeys
        .remove(caller.userId(), id, caller.client())
        .replaceWith(RestResponse.noContent());
  }
}
