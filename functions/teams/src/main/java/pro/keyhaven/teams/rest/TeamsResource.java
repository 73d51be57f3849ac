package pro.keyhaven.teams.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import pro.keyhaven.shared.audit.ClientInfo;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.CurrentUser;
import pro.keyhaven.teams.rest.TeamBodies.AddMemberRequest;
import pro.keyhaven.teams.rest.TeamBodies.ChangeRoleRequest;
import pro.keyhaven.teams.rest.TeamBodies.CreateTeamRequest;
import pro.keyhaven.teams.rest.TeamBodies.Items;
import pro.keyhaven.teams.rest.TeamBodies.Member;
import pro.keyhaven.teams.rest.TeamBodies.RenameTeamRequest;
import pro.keyhaven.teams.rest.TeamBodies.RotateTeamKeyRequest;
import pro.keyhaven.teams.rest.TeamBodies.TeamWithKeys;
import pro.keyhaven.teams.service.KeyRotationService;
import pro.keyhaven.teams.service.TeamService;
import pro.keyhaven.teams.service.TeamsConfig;

/** The teams API: teams, members and their wrapped team keys, and team-key rotation. */
@Path("/api/teams")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TeamsResource {

  private final TeamService teams;
  private final KeyRotationService rotation;
  private final CurrentUser currentUser;
  private final RateLimiter limiter;
  private final TeamsConfig config;

  public TeamsResource(
      TeamService teams,
      KeyRotationService rotation,
      CurrentUser currentUser,
      RateLimiter limiter,
      TeamsConfig config) {
    this.teams = teams;
    this.rotation = rotation;
    this.currentUser = currentUser;
    this.limiter = limiter;
    this.config = config;
  }

  @GET
  public Uni<Items<TeamWithKeys>> list() {
    return teams.list(currentUser.id());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RestResponse<TeamWithKeys>> create(
      @Valid @NotNull CreateTeamRequest body, @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return throttle(caller)
        .chain(() -> teams.create(caller, body, ClientInfo.of(request)))
        .map(
            team ->
                RestResponse.ResponseBuilder.<TeamWithKeys>created(
                        URI.create("/api/teams/" + team.id()))
                    .entity(team)
                    .build());
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<TeamWithKeys> rename(
      @PathParam("id") UUID id,
      @Valid @NotNull RenameTeamRequest body,
      @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return throttle(caller)
        .chain(() -> teams.rename(caller, id, body.name(), ClientInfo.of(request)));
  }

  @GET
  @Path("/{id}/members")
  public Uni<Items<Member>> members(@PathParam("id") UUID id) {
    return teams.members(currentUser.id(), id);
  }

  @POST
  @Path("/{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RestResponse<Member>> addMember(
      @PathParam("id") UUID id,
      @Valid @NotNull AddMemberRequest body,
      @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return throttle(caller)
        .chain(() -> teams.addMember(caller, id, body, ClientInfo.of(request)))
        .map(
            m ->
                RestResponse.ResponseBuilder.<Member>created(
                        URI.create("/api/teams/" + id + "/members/" + m.userId()))
                    .entity(m)
                    .build());
  }

  @PATCH
  @Path("/{id}/members/{user_id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Member> changeRole(
      @PathParam("id") UUID id,
      @PathParam("user_id") UUID userId,
      @Valid @NotNull ChangeRoleRequest body,
      @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return throttle(caller)
        .chain(() -> teams.changeRole(caller, id, userId, body.role(), ClientInfo.of(request)));
  }

  @DELETE
  @Path("/{id}/members/{user_id}")
  public Uni<RestResponse<Void>> removeMember(
      @PathParam("id") UUID id,
      @PathParam("user_id") UUID userId,
      @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return throttle(caller)
        .chain(() -> teams.removeMember(caller, id, userId, ClientInfo.of(request)))
        .replaceWith(RestResponse.noContent());
  }

  @POST
  @Path("/{id}/rotate-key")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<TeamWithKeys> rotateKey(
      @PathParam("id") UUID id,
      @Valid @NotNull RotateTeamKeyRequest body,
      @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return throttle(caller).chain(() -> rotation.rotate(caller, id, body, ClientInfo.of(request)));
  }

  private Uni<Void> throttle(UUID caller) {
    return limiter.perMinute("team-write", caller, config.writesPerMinute());
  }
}
