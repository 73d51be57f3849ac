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
import pro.keyhaven.auth.config.AuthConfig;
import pro.keyhaven.auth.service.AccountService;
import pro.keyhaven.auth.service.MachineLoginService;
import pro.keyhaven.auth.service.SessionService;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.Caller;
import pro.keyhaven.shared.security.ClientInfo;

/** Registration, sign-in and sessions. The server receives only the auth hash, never a password. */
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

  public AuthResource(
      AccountService accounts,
      SessionService sessions,
      RateLimiter limiter,
      AuthConfig config,
      Caller caller,
      MachineLoginService machines) {
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

  @POST
  @Path("/login")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LoginResponse.class)))
  @APIResponse(
      responseCode = "401",
      description = "Unknown e-mail or wrong auth hash, one message for both (AUTHENTICATION)")
  public Uni<LoginResponse> login(@Valid @NotNull LoginRequest body) {
    return admit().chain(client -> sessions.login(body.email(), body.authHash(), client));
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
  @Authenticated
  @SecurityRequirement(name = "bearer")
  @APIResponse(responseCode = "204", description = "Done")
  public Uni<RestResponse<Void>> logout(@Valid @NotNull LogoutRequest body) {
    return sessions
        .logout(caller.userId(), body.refreshToken(), caller.client())
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
