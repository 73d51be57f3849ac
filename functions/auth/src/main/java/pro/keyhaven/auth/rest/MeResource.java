package pro.keyhaven.auth.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import pro.keyhaven.auth.api.AuthBodies.ChangePasswordRequest;
import pro.keyhaven.auth.api.AuthBodies.EmailVerificationStatus;
import pro.keyhaven.auth.api.AuthBodies.PinnedKeys;
import pro.keyhaven.auth.api.AuthBodies.PutPinnedKeysRequest;
import pro.keyhaven.auth.api.MeResponse;
import pro.keyhaven.auth.service.AccountService;
import pro.keyhaven.auth.service.EmailVerificationService;
import pro.keyhaven.auth.service.PinnedKeysService;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/** The signed-in user's own account. */
@Cancellable(false)
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "account", description = "The signed-in user's own account")
@SecurityRequirement(name = "bearer")
public class MeResource {

  private final AccountService accounts;
  private final EmailVerificationService verification;
  private final PinnedKeysService pins;
  private final Caller caller;

  public MeResource(
      AccountService accounts,
      EmailVerificationService verification,
      PinnedKeysService pins,
      Caller caller) {
    this.accounts = accounts;
    this.verification = verification;
    this.pins = pins;
    this.caller = caller;
  }

  /** The public keys the caller confirmed, encrypted under its user key (docs/crypto.md). */
  @GET
  @Path("/pinned-keys")
  public Uni<PinnedKeys> pinnedKeys() {
    return pins.get(caller.userId());
  }

  @PUT
  @Path("/pinned-keys")
  @Consumes(MediaType.APPLICATION_JSON)
  @WriteBudget(value = "pins", perMinute = 60)
  @APIResponse(
      responseCode = "200",
      description = "Stored; version + 1",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PinnedKeys.class)))
  @APIResponse(
      responseCode = "409",
      description = "The version read is not the current one (CONFLICT: PINNED_KEYS_CHANGED)")
  public Uni<PinnedKeys> putPinnedKeys(@Valid @NotNull PutPinnedKeysRequest body) {
    return pins.put(caller.userId(), body, caller.client());
  }

  /** Mails the verification link again (when verification is on and the address unverified). */
  @POST
  @Path("/email-verification")
  @WriteBudget(value = "verify-mail", perMinute = 3)
  @APIResponse(
      responseCode = "200",
      description = "Sent when needed",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = EmailVerificationStatus.class)))
  public Uni<EmailVerificationStatus> resendVerification() {
    return verification
        .resend(caller.userId())
        .map(ok -> new EmailVerificationStatus(ok, verification.required()));
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
