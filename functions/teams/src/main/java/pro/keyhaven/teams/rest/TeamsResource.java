package pro.keyhaven.teams.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.shared.paging.Items;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;
import pro.keyhaven.teams.api.TeamBodies.AddMemberRequest;
import pro.keyhaven.teams.api.TeamBodies.ChangeRoleRequest;
import pro.keyhaven.teams.api.TeamBodies.ConfirmMemberRequest;
import pro.keyhaven.teams.api.TeamBodies.CreateTeamRequest;
import pro.keyhaven.teams.api.TeamBodies.Invitation;
import pro.keyhaven.teams.api.TeamBodies.KeyHistoryEntry;
import pro.keyhaven.teams.api.TeamBodies.Member;
import pro.keyhaven.teams.api.TeamBodies.RotateTeamKeyRequest;
import pro.keyhaven.teams.api.TeamBodies.TeamWithKeys;
import pro.keyhaven.teams.api.TeamBodies.UpdateTeamRequest;
import pro.keyhaven.teams.service.KeyRotationService;
import pro.keyhaven.teams.service.TeamService;

/** The teams API: teams, members and their wrapped team keys, and team-key rotation. */
@Cancellable(false)
@Path("/api/teams")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "teams", description = "Teams, members, their wrapped team keys, and team-key rotation")
@SecurityRequirement(name = "bearer")
public class TeamsResource {

  private final TeamService teams;
  private final KeyRotationService rotation;
  private final Caller caller;

  public TeamsResource(TeamService teams, KeyRotationService rotation, Caller caller) {
    this.teams = teams;
    this.rotation = rotation;
    this.caller = caller;
  }

  @GET
  public Uni<Items<TeamWithKeys>> list() {
    return teams.list(caller.userId());
  }

  @POST
  @WriteBudget(value = "teams", perMinute = 120)
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created; the caller is its admin",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TeamWithKeys.class)))
  @APIResponse(
      responseCode = "402",
      description = "The plan does not include teams (VALIDATION, code PLAN_LIMIT)")
  public Uni<RestResponse<TeamWithKeys>> create(@Valid @NotNull CreateTeamRequest body) {
    UUID me = caller.userId();
    return teams
        .create(me, body, caller.client())
        .map(
            team ->
                RestResponse.ResponseBuilder.<TeamWithKeys>created(
                        URI.create("/api/teams/" + team.id()))
                    .entity(team)
                    .build());
  }

  @PATCH
  @WriteBudget(value = "teams", perMinute = 120)
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The team as the caller sees it",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TeamWithKeys.class)))
  @APIResponse(responseCode = "404", description = "Not a member of the team")
  @APIResponse(
      responseCode = "409",
      description =
          "TWO_STEP_NOT_ENABLED: requiring two-step sign-in needs the admin's own second factor")
  public Uni<TeamWithKeys> update(
      @PathParam("id") UUID id, @Valid @NotNull UpdateTeamRequest body) {
    UUID me = caller.userId();
    return teams.update(me, id, body.name(), body.requireTwoStep(), caller.client());
  }

  @GET
  @Path("/{id}/members")
  public Uni<Items<Member>> members(@PathParam("id") UUID id) {
    return teams.members(caller.userId(), id);
  }

  @POST
  @WriteBudget(value = "teams", perMinute = 120)
  @Path("/{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Invited (status invited, no key yet)",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = Member.class)))
  @APIResponse(
      responseCode = "402",
      description = "The plan's member limit is reached (VALIDATION, code PLAN_LIMIT)")
  @APIResponse(
      responseCode = "409",
      description =
          "Already a member, already invited, or the address is not verified (CONFLICT:"
              + " ALREADY_MEMBER, ALREADY_INVITED, EMAIL_NOT_VERIFIED)")
  public Uni<RestResponse<Member>> addMember(
      @PathParam("id") UUID id, @Valid @NotNull AddMemberRequest body) {
    UUID me = caller.userId();
    return teams
        .addMember(me, id, body, caller.client())
        .map(
            m ->
                RestResponse.ResponseBuilder.<Member>created(
                        URI.create("/api/teams/" + id + "/invitations/" + m.invitationId()))
                    .entity(m)
                    .build());
  }

  @POST
  @WriteBudget(value = "teams", perMinute = 120)
  @Path("/{id}/members/{user_id}/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "Confirmed: the member holds the team key wrapped to its public key",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = Member.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Confirmed already, or the public key is not the member's any more (CONFLICT:"
              + " ALREADY_CONFIRMED, PUBLIC_KEY_CHANGED)")
  public Uni<Member> confirmMember(
      @PathParam("id") UUID id,
      @PathParam("user_id") UUID userId,
      @Valid @NotNull ConfirmMemberRequest body) {
    UUID me = caller.userId();
    return teams.confirm(me, id, userId, body, caller.client());
  }

  @DELETE
  @WriteBudget(value = "teams", perMinute = 120)
  @Path("/{id}/invitations/{invitation_id}")
  @APIResponse(responseCode = "204", description = "Withdrawn")
  public Uni<RestResponse<Void>> revokeInvitation(
      @PathParam("id") UUID id, @PathParam("invitation_id") UUID invitationId) {
    UUID me = caller.userId();
    return teams
        .revokeInvitation(me, id, invitationId, caller.client())
        .replaceWith(RestResponse.noContent());
  }

  @GET
  @Path("/invitations")
  public Uni<Items<Invitation>> invitations() {
    return teams.invitations(caller.userId());
  }

  @POST
  @WriteBudget(value = "teams", perMinute = 120)
  @Path("/{id}/invitation/accept")
  @APIResponse(
      responseCode = "200",
      description = "Accepted: an admin confirms the member before it gets the team key",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Invitation.class)))
  @APIResponse(
      responseCode = "409",
      description = "The caller's address is not verified (CONFLICT: EMAIL_NOT_VERIFIED)")
  public Uni<Invitation> accept(@PathParam("id") UUID id) {
    return teams.accept(caller.userId(), id, caller.client());
  }

  @POST
  @WriteBudget(value = "teams", perMinute = 120)
  @Path("/{id}/invitation/decline")
  @APIResponse(responseCode = "204", description = "Declined")
  public Uni<RestResponse<Void>> decline(@PathParam("id") UUID id) {
    return teams
        .decline(caller.userId(), id, caller.client())
        .replaceWith(RestResponse.noContent());
  }

  @PATCH
  @WriteBudget(value = "teams", perMinute = 120)
  @Path("/{id}/members/{user_id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = Member.class)))
  @APIResponse(responseCode = "409", description = "The owner's role cannot change (CONFLICT)")
  public Uni<Member> changeRole(
      @PathParam("id") UUID id,
      @PathParam("user_id") UUID userId,
      @Valid @NotNull ChangeRoleRequest body) {
    UUID me = caller.userId();
    return teams.changeRole(me, id, userId, body.role(), caller.client());
  }

  @DELETE
  @WriteBudget(value = "teams", perMinute = 120)
  @Path("/{id}/members/{user_id}")
  @APIResponse(responseCode = "204", description = "Done")
  @APIResponse(responseCode = "409", description = "The owner cannot be removed (CONFLICT)")
  public Uni<RestResponse<Void>> removeMember(
      @PathParam("id") UUID id, @PathParam("user_id") UUID userId) {
    UUID me = caller.userId();
    return teams
        .removeMember(me, id, userId, caller.client())
        .replaceWith(RestResponse.noContent());
  }

  @POST
  @WriteBudget(value = "teams", perMinute = 120)
  @Path("/{id}/rotate-key")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TeamWithKeys.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The rotation does not cover every member and item at their current versions (CONFLICT)")
  @APIResponse(
      responseCode = "412",
      description = "An item is not at its current version (VERSION_MISMATCH)")
  public Uni<TeamWithKeys> rotateKey(
      @PathParam("id") UUID id, @Valid @NotNull RotateTeamKeyRequest body) {
    UUID me = caller.userId();
    return rotation.rotate(me, id, body, caller.client());
  }

  /** The team's earlier keys (an addition to docs/api.md, see api-notes.md). */
  @GET
  @Path("/{id}/key-history")
  public Uni<Items<KeyHistoryEntry>> keyHistory(@PathParam("id") UUID id) {
    return rotation.history(caller.userId(), id);
  }
}
