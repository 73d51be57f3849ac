package pro.keyhaven.integrations.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.integrations.api.GitHubBodies;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubConnectRequest;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubConnection;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubDeployKey;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubDeployKeyRequest;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubDeployKeys;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubLogin;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubPublicKey;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubPushSecret;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubRepositories;
import pro.keyhaven.integrations.api.GitHubBodies.GitHubSecretSyncs;
import pro.keyhaven.integrations.service.GitHubService;
import pro.keyhaven.shared.ratelimit.ReadBudget;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/**
 * {@code /api/integrations/github}: the caller's GitHub connection, repositories, Actions secrets
 * (values sealed in the browser), sync records and deploy keys. GitHub's failures answer as errors
 * a person can act on (docs/api-notes.md, "Integrations").
 */
@Cancellable(false)
@Path("/api/integrations/github")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "integrations", description = "GitHub: Actions secrets, deploy keys, leak alerts")
@SecurityRequirement(name = "bearer")
@APIResponse(
    responseCode = "503",
    description = "GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE)",
    headers =
        @Header(
            name = "Retry-After",
            description = "Seconds to wait before retrying",
            schema = @Schema(type = SchemaType.INTEGER)))
public class GitHubResource {

  private final GitHubService github;
  private final Caller caller;

  public GitHubResource(GitHubService github, Caller caller) {
    this.github = github;
    this.caller = caller;
  }

  @GET
  @ReadBudget(value = "integrations", perMinute = 600)
  @APIResponse(responseCode = "200", description = "Whether GitHub is connected, and as whom")
  public Uni<GitHubConnection> status() {
    return github.status(caller.userId());
  }

  @PUT
  @WriteBudget(value = "integrations", perMinute = 30)
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "200", description = "Connected; the token's login")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid, or GitHub does not accept the token (VALIDATION, GITHUB_TOKEN_INVALID)")
  @APIResponse(
      responseCode = "409",
      description = "The token lacks a permission (EXTERNAL_SERVICE, GITHUB_PERMISSION_MISSING)")
  @APIResponse(responseCode = "502", description = "GitHub answered an error (EXTERNAL_SERVICE)")
  public Uni<GitHubLogin> connect(@Valid @NotNull GitHubConnectRequest req) {
    return github.connect(caller.userId(), req.token(), caller.client()).map(GitHubLogin::new);
  }

  @DELETE
  @WriteBudget(value = "integrations", perMinute = 30)
  @ResponseStatus(204)
  @APIResponse(responseCode = "204", description = "Disconnected; the sealed token is erased")
  public Uni<Void> disconnect() {
    return github.disconnect(caller.userId(), caller.client());
  }

  @GET
  @Path("/repos")
  @ReadBudget(value = "integrations", perMinute = 120)
  @APIResponse(responseCode = "200", description = "The repositories the token can see")
  @APIResponse(
      responseCode = "409",
      description =
          "GitHub is not connected (GITHUB_NOT_CONNECTED), or the token was revoked"
              + " (GITHUB_TOKEN_REVOKED) or lacks a permission (GITHUB_PERMISSION_MISSING)")
  @APIResponse(responseCode = "502", description = "GitHub answered an error (EXTERNAL_SERVICE)")
  public Uni<GitHubRepositories> repositories() {
    return github.repositories(caller.userId()).map(GitHubRepositories::new);
  }

  @GET
  @Path("/repos/{owner}/{repo}/public-key")
  @ReadBudget(value = "integrations", perMinute = 240)
  @APIResponse(responseCode = "200", description = "The Actions public key to seal values to")
  @APIResponse(
      responseCode = "409",
      description = "Not connected, token revoked or lacking a permission (see the code)")
  @APIResponse(responseCode = "502", description = "GitHub answered an error (EXTERNAL_SERVICE)")
  public Uni<GitHubPublicKey> publicKey(
      @PathParam("owner") @Pattern(regexp = GitHubBodies.NAME) String owner,
      @PathParam("repo") @Pattern(regexp = GitHubBodies.NAME) String repo,
      @QueryParam("environment")
          @Parameter(description = "A deployment environment: its own public key")
          @Pattern(regexp = GitHubBodies.ENVIRONMENT)
          String environment) {
    return github.publicKey(caller.userId(), owner, repo, environment);
  }

  @PUT
  @Path("/repos/{owner}/{repo}/secrets/{name}")
  @WriteBudget(value = "integrations", perMinute = 120)
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "204", description = "The secret was created or updated at GitHub")
  @APIResponse(
      responseCode = "409",
      description = "Not connected, token revoked or lacking a permission (see the code)")
  @APIResponse(responseCode = "502", description = "GitHub answered an error (EXTERNAL_SERVICE)")
  public Uni<Response> pushSecret(
      @PathParam("owner") @Pattern(regexp = GitHubBodies.NAME) String owner,
      @PathParam("repo") @Pattern(regexp = GitHubBodies.NAME) String repo,
      @PathParam("name")
          @Pattern(
              regexp = GitHubBodies.SECRET_NAME,
              message = "letters, digits and _, not starting with a digit or GITHUB_, at most 200")
          String name,
      @QueryParam("environment")
          @Parameter(description = "A deployment environment: the secret is the environment's")
          @Pattern(regexp = GitHubBodies.ENVIRONMENT)
          String environment,
      @Valid @NotNull GitHubPushSecret req) {
    return github
        .pushSecret(caller.userId(), owner, repo, environment, name, req, caller.client())
        .map(created -> Response.noContent().build());
  }

  @GET
  @Path("/orgs/{org}/public-key")
  @ReadBudget(value = "integrations", perMinute = 240)
  @APIResponse(
      responseCode = "200",
      description = "An organisation's Actions public key to seal values to")
  @APIResponse(
      responseCode = "409",
      description = "Not connected, token revoked or lacking a permission (see the code)")
  @APIResponse(responseCode = "502", description = "GitHub answered an error (EXTERNAL_SERVICE)")
  public Uni<GitHubPublicKey> organisationPublicKey(
      @PathParam("org") @Pattern(regexp = GitHubBodies.NAME) String org) {
    return github.publicKey(caller.userId(), org, null, null);
  }

  @PUT
  @Path("/orgs/{org}/secrets/{name}")
  @WriteBudget(value = "integrations", perMinute = 120)
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "204",
      description =
          "The organisation secret was created or updated (visible to its private and internal"
              + " repositories)")
  @APIResponse(
      responseCode = "409",
      description = "Not connected, token revoked or lacking a permission (see the code)")
  @APIResponse(responseCode = "502", description = "GitHub answered an error (EXTERNAL_SERVICE)")
  public Uni<Response> pushOrganisationSecret(
      @PathParam("org") @Pattern(regexp = GitHubBodies.NAME) String org,
      @PathParam("name")
          @Pattern(
              regexp = GitHubBodies.SECRET_NAME,
              message = "letters, digits and _, not starting with a digit or GITHUB_, at most 200")
          String name,
      @Valid @NotNull GitHubPushSecret req) {
    return github
        .pushSecret(caller.userId(), org, null, null, name, req, caller.client())
        .map(created -> Response.noContent().build());
  }

  @GET
  @Path("/syncs")
  @ReadBudget(value = "integrations", perMinute = 600)
  @APIResponse(
      responseCode = "200",
      description = "Where the caller pushed vault keys, and which pushes are stale")
  public Uni<GitHubSecretSyncs> syncs(@QueryParam("key_id") UUID keyId) {
    return github.syncs(caller.userId(), keyId).map(GitHubSecretSyncs::new);
  }

  @POST
  @Path("/repos/{owner}/{repo}/deploy-keys")
  @WriteBudget(value = "integrations", perMinute = 30)
  @Consumes(MediaType.APPLICATION_JSON)
  @ResponseStatus(201)
  @APIResponse(
      responseCode = "201",
      description = "The deploy key is registered at GitHub",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = GitHubDeployKey.class)))
  @APIResponse(
      responseCode = "409",
      description = "Not connected, token revoked or lacking a permission (see the code)")
  @APIResponse(responseCode = "502", description = "GitHub answered an error (EXTERNAL_SERVICE)")
  public Uni<GitHubDeployKey> addDeployKey(
      @PathParam("owner") @Pattern(regexp = GitHubBodies.NAME) String owner,
      @PathParam("repo") @Pattern(regexp = GitHubBodies.NAME) String repo,
      @Valid @NotNull GitHubDeployKeyRequest req) {
    return github.addDeployKey(caller.userId(), owner, repo, req, caller.client());
  }

  @GET
  @Path("/deploy-keys")
  @ReadBudget(value = "integrations", perMinute = 600)
  @APIResponse(responseCode = "200", description = "The deploy keys the caller registered")
  public Uni<GitHubDeployKeys> deployKeys() {
    return github.deployKeys(caller.userId()).map(GitHubDeployKeys::new);
  }
}
