package pro.keyhaven.auth.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.auth.api.MfaBodies.CodeRequest;
import pro.keyhaven.auth.api.MfaBodies.MfaStatus;
import pro.keyhaven.auth.api.MfaBodies.RecoveryCodes;
import pro.keyhaven.auth.api.MfaBodies.TotpEnrolment;
import pro.keyhaven.auth.mfa.MfaService;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/** The caller's second factors (docs/api.md, "Two-step sign-in"). */
@Cancellable(false)
@Path("/api/me/mfa")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "account", description = "The signed-in user's own account")
@SecurityRequirement(name = "bearer")
public class MfaResource {

  private final MfaService mfa;
  private final Caller caller;

  public MfaResource(MfaService mfa, Caller caller) {
    this.mfa = mfa;
    this.caller = caller;
  }

  @GET
  @APIResponse(
      responseCode = "200",
      description = "Which factors are on",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = MfaStatus.class)))
  public Uni<MfaStatus> status() {
    return mfa.status(caller.userId());
  }

  @POST
  @Path("/totp")
  @WriteBudget(value = "mfa-enrol", perMinute = 10)
  @APIResponse(
      responseCode = "200",
      description =
          "A new secret, shown this once, and its otpauth URI; not on until confirmed with a code",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TotpEnrolment.class)))
  @APIResponse(responseCode = "409", description = "TOTP is already on (CONFLICT: MFA_ALREADY_ON)")
  public Uni<TotpEnrolment> enrol() {
    return mfa.enrol(caller.userId(), caller.client());
  }

  @POST
  @Path("/totp/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "TOTP is on; ten recovery codes, shown this once",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RecoveryCodes.class)))
  @APIResponse(responseCode = "400", description = "Wrong code (VALIDATION: INVALID_CODE)")
  @APIResponse(
      responseCode = "409",
      description = "No enrolment waits for a code (CONFLICT: MFA_NOT_PENDING)")
  @APIResponse(responseCode = "429", description = "Too many wrong codes (RATE_LIMIT)")
  public Uni<RecoveryCodes> confirm(@Valid @NotNull CodeRequest body) {
    return mfa.confirm(caller.userId(), body.code(), caller.client());
  }

  @DELETE
  @Path("/totp")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "204", description = "TOTP and the recovery codes are off")
  @APIResponse(responseCode = "400", description = "Wrong code (VALIDATION: INVALID_CODE)")
  @APIResponse(responseCode = "409", description = "TOTP is not on (CONFLICT: MFA_NOT_ON)")
  @APIResponse(responseCode = "429", description = "Too many wrong codes (RATE_LIMIT)")
  public Uni<RestResponse<Void>> disable(@Valid @NotNull CodeRequest body) {
    return mfa.disable(caller.userId(), body.code(), caller.client())
        .replaceWith(RestResponse.noContent());
  }

  @POST
  @Path("/recovery-codes")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "A fresh set of ten recovery codes, shown this once; the old ones stop working",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RecoveryCodes.class)))
  @APIResponse(responseCode = "400", description = "Wrong code (VALIDATION: INVALID_CODE)")
  @APIResponse(responseCode = "409", description = "TOTP is not on (CONFLICT: MFA_NOT_ON)")
  @APIResponse(responseCode = "429", description = "Too many wrong codes (RATE_LIMIT)")
  public Uni<RecoveryCodes> regenerate(@Valid @NotNull CodeRequest body) {
    return mfa.regenerate(caller.userId(), body.code(), caller.client());
  }
}
