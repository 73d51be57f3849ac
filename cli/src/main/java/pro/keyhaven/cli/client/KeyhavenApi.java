package pro.keyhaven.cli.client;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import pro.keyhaven.cli.api.AuthBodies.LoginRequest;
import pro.keyhaven.cli.api.AuthBodies.LoginResponse;
import pro.keyhaven.cli.api.AuthBodies.LogoutRequest;
import pro.keyhaven.cli.api.AuthBodies.MfaLoginRequest;
import pro.keyhaven.cli.api.AuthBodies.PreloginRequest;
import pro.keyhaven.cli.api.AuthBodies.PreloginResponse;
import pro.keyhaven.cli.api.AuthBodies.RefreshRequest;
import pro.keyhaven.cli.api.AuthBodies.TokenResponse;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.api.KeyBodies.CreateKeyRequest;
import pro.keyhaven.cli.api.KeyBodies.KeyPage;
import pro.keyhaven.cli.api.KeyBodies.TeamList;
import pro.keyhaven.cli.api.KeyBodies.UpdateValueRequest;
import pro.keyhaven.cli.api.KeyBodies.UsageReport;
import pro.keyhaven.cli.api.MachineBodies.CreateMachineRequest;
import pro.keyhaven.cli.api.MachineBodies.CreatedMachine;
import pro.keyhaven.cli.api.MachineBodies.MachineList;
import pro.keyhaven.cli.api.MachineBodies.MachineLoginRequest;
import pro.keyhaven.cli.api.MachineBodies.MachineLoginResponse;

/** The part of the KeyHaven HTTP API the command line calls (docs/api.md). */
@RegisterRestClient(configKey = "keyhaven")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KeyhavenApi {

  @POST
  @Path("/auth/prelogin")
  PreloginResponse prelogin(PreloginRequest body);

  @POST
  @Path("/auth/login")
  LoginResponse login(LoginRequest body);

  @POST
  @Path("/auth/login/mfa")
  LoginResponse loginMfa(MfaLoginRequest body);

  @POST
  @Path("/auth/refresh")
  TokenResponse refresh(RefreshRequest body);

  @POST
  @Path("/auth/logout")
  void logout(@HeaderParam("Authorization") String authorization, LogoutRequest body);

  @GET
  @Path("/keys")
  KeyPage listKeys(
      @HeaderParam("Authorization") String authorization,
      @QueryParam("service") String service,
      @QueryParam("environment") String environment,
      @QueryParam("tag") String tag,
      @QueryParam("team_id") UUID teamId,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);

  @GET
  @Path("/keys/{id}")
  ApiKey getKey(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

  @POST
  @Path("/keys")
  ApiKey createKey(@HeaderParam("Authorization") String authorization, CreateKeyRequest body);

  @PUT
  @Path("/keys/{id}")
  ApiKey updateKey(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("id") UUID id,
      UpdateValueRequest body);

  @GET
  @Path("/teams")
  TeamList teams(@HeaderParam("Authorization") String authorization);

  @POST
  @Path("/usage")
  void reportUsage(@HeaderParam("Authorization") String authorization, UsageReport body);

  @POST
  @Path("/auth/machine")
  MachineLoginResponse machineLogin(MachineLoginRequest body);

  @POST
  @Path("/teams/{teamId}/machines")
  CreatedMachine createMachine(
      @HeaderParam("Authorization") String authorization,
      @PathParam("teamId") UUID teamId,
      CreateMachineRequest body);

  @GET
  @Path("/teams/{teamId}/machines")
  MachineList machines(
      @HeaderParam("Authorization") String authorization, @PathParam("teamId") UUID teamId);

  @DELETE
  @Path("/teams/{teamId}/machines/{id}")
  void revokeMachine(
      @HeaderParam("Authorization") String authorization,
      @PathParam("teamId") UUID teamId,
      @PathParam("id") UUID id);

  /** Every 4xx/5xx becomes a {@link ServerError} carrying the APIError body and request id. */
  @ClientExceptionMapper
  static RuntimeException toServerError(Response response) {
    return ServerError.from(response);
  }
}
