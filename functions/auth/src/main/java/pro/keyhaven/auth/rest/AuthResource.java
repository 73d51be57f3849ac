package pro.keyhaven.auth.rest;

import io.quarkus.security.Authenticated;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.auth.api.AuthBodies.LoginRequest;
import pro.keyhaven.auth.api.AuthBodies.LoginResponse;
import pro.keyhaven.auth.api.AuthBodies.LogoutRequest;
import pro.keyhaven.auth.api.AuthBodies.MachineLoginRequest;
import pro.keyhaven.auth.api.AuthBodies.MachineLoginResponse;
import pro.keyhaven.auth.api.AuthBodies.PreloginRequest;
import pro.keyhaven.auth.api.AuthBodies.PreloginResponse;
import pro.keyhaven.auth.api.AuthBodies.RefreshRequest;
import pro.keyhaven.auth.api.AuthBodies.RegisterRequest;
import pro.keyhaven.auth.api.AuthBodies.RegisterResponse;
import pro.keyhaven.auth.api.AuthBodies.TokenResponse;
import pro.keyhaven.auth.api.AuthBodies.VerifyEmailRequest;
import pro.keyhaven.auth.api.MfaBodies.LoginOutcome;
import pro.keyhaven.auth.api.MfaBodies.MfaChallengeResponse;
import pro.keyhaven.auth.api.MfaBodies.MfaLoginRequest;
import pro.keyhaven.auth.config.AuthConfig;
import pro.keyhaven.auth.mfa.MfaService;
import pro.keyhaven.auth.service.AccountService;
import pro.keyhaven.auth.service.EmailVerificationService;
import pro.keyhaven.auth.service.MachineLoginService;
import pro.keyhaven.auth.service.SessionService;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.Caller;
import pro.keyhaven.shared.security.ClientInfo;

/** Registration, sign-in and sessions. The server receives only the auth hash, never a password. */
@Cancellable(false)
@Path("/api/auth")
@Tag(name = "auth", description = "Registration, sign-in and sessions")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  private final AccountService accounts;
  private final SessionService sessions;
  private final RateLimiter limiter;
  private final AuthConfig config;
  private final Caller caller;
  private final MachineLoginService machines;
  private final EmailVerificationService verification;
  private final MfaService mfa;

  public AuthResource(
      AccountService accounts,
      SessionService sessions,
      RateLimiter limiter,
      AuthConfig config,
      Caller caller,
      MachineLoginService machines,
      EmailVerificationService verification,
      MfaService mfa) {
    this.mfa = mfa;
    this.verification = verification;
    this.machines = machines;
    this.accounts = accounts;
    this.sessions = sessions;
    this.limiter = limiter;
    this.config = config;
    this.caller = caller;
  }

  /** Every public endpoint shares a per-address budget. */
  private Uni<ClientInfo> admit() {
    ClientInfo client = caller.client();
    String ip = client.ipAddress() == null ? "unknown" : client.ipAddress();
    return limiter
        .consume("auth-public", ip, config.publicRequestsPerMinute(), Duration.ofMinutes(1))
        .replaceWith(client);
  }

  @POST
  @Path("/prelogin")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  public Uni<PreloginResponse> prelogin(@Valid @NotNull PreloginRequest body) {
    return admit().chain(() -> accounts.prelogin(body.email()));
  }

  @POST
  @Path("/register")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RegisterResponse.class)))
  @APIResponse(responseCode = "409", description = "The e-mail already has an account (CONFLICT)")
  public Uni<RestResponse<RegisterResponse>> register(@Valid @NotNull RegisterRequest body) {
    return admit()
        .chain(client -> accounts.register(body, client))
        .map(id -> RestResponse.status(RestResponse.Status.CREATED, new RegisterResponse(id)));
  }

  /** The link of the verification mail (public: the token is the proof). */
  @POST
  @Path("/verify-email")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @APIResponse(responseCode = "204", description = "The address is verified")
  @APIResponse(
      responseCode = "400",
      description = "Unknown, used or expired token (VALIDATION: INVALID_TOKEN)")
  public Uni<RestResponse<Void>> verifyEmail(@Valid @NotNull VerifyEmailRequest body) {
    return admit()
        .chain(client -> verification.verify(body.token(), client))
        .replaceWith(RestResponse.noContent());
  }

  @POST
  @Path("/login")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @APIResponse(
      responseCode = "200",
      description =
          "Signed in (tokens and wrapped keys), or, when a second factor is on, the second step:"
              + " mfa_required, a single-use mfa_token and no tokens",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(oneOf = {LoginResponse.class, MfaChallengeResponse.class})))
  @APIResponse(
      responseCode = "401",
      description = "Unknown e-mail or wrong auth hash, one message for both (AUTHENTICATION)")
  public Uni<LoginOutcome> login(@Valid @NotNull LoginRequest body) {
    return admit()
        .chain(client -> sessions.login(body.email(), body.authHash(), body.deviceToken(), client));
  }

  /** The second step: the mfa_token of the login and a TOTP code or a recovery code. */
  @POST
  @Path("/login/mfa")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @APIResponse(
      responseCode = "200",
      description = "Signed in: the normal login body",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LoginResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Not exactly one of totp_code and recovery_code (VALIDATION: ONE_CODE)")
  @APIResponse(
      responseCode = "401",
      description =
          "A wrong, reused or expired code, or an unknown, used or expired mfa_token"
              + " (AUTHENTICATION)")
  @APIResponse(
      responseCode = "429",
      description = "Too many wrong second-factor codes for this account (RATE_LIMIT)")
  public Uni<LoginResponse> loginMfa(@Valid @NotNull MfaLoginRequest body) {
    return admit().chain(client -> mfa.finish(body, client));
  }

  /** A machine token (CI) signs in: a short access token of the machine's account. */
  @POST
  @Path("/machine")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = MachineLoginResponse.class)))
  @APIResponse(
      responseCode = "401",
      description = "The machine token is invalid or revoked (AUTHENTICATION)")
  public Uni<MachineLoginResponse> machineLogin(@Valid @NotNull MachineLoginRequest body) {
    return admit().chain(client -> machines.login(body.machineId(), body.secret(), client));
  }

  @POST
  @Path("/refresh")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(
      responseCode = "401",
      description = "The refresh token is unknown, expired or already used (AUTHENTICATION)")
  public Uni<TokenResponse> refresh(@Valid @NotNull RefreshRequest body) {
    return admit().chain(client -> sessions.refresh(body.refreshToken(), client));
  }

  @POST
  @Path("/logout")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @APIResponse(
      responseCode = "204",
      description =
          "The sign-in of this refresh token has ended (also when it was unknown or spent)")
  public Uni<RestResponse<Void>> logout(@Valid @NotNull LogoutRequest body) {
    return admit()
        .chain(client -> sessions.logout(body.refreshToken(), client))
        .replaceWith(RestResponse.noContent());
  }

  /** Ends every sign-in of the caller (an addition to docs/api.md, for "log out everywhere"). */
  @POST
  @Path("/logout-all")
  @Authenticated
  @SecurityRequirement(name = "bearer")
  public Uni<Map<String, Integer>> logoutAll() {
    return sessions
        .logoutEverywhere(caller.userId(), caller.client())
        .map(n -> Map.of("sessions_revoked", n));
  }
}
