package pro.keyhaven.vault.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.ratelimit.ReadBudget;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;
import pro.keyhaven.vault.api.KeyBodies.ApiKey;
import pro.keyhaven.vault.api.KeyBodies.CreateKeyRequest;
import pro.keyhaven.vault.api.KeyBodies.KeyVersion;
import pro.keyhaven.vault.api.KeyBodies.MoveKeyRequest;
import pro.keyhaven.vault.api.KeyBodies.RotateKeyRequest;
import pro.keyhaven.vault.api.KeyBodies.UpdateKeyRequest;
import pro.keyhaven.vault.repository.KeyFilter;
import pro.keyhaven.vault.repository.KeySort;
import pro.keyhaven.vault.service.KeyService;

/** The keys API: ciphertext in, ciphertext out, with a strong {@code ETag} of the version. */
@Cancellable(false)
@Path("/api/keys")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "keys", description = "Encrypted API keys, their versions and the trash")
@SecurityRequirement(name = "bearer")
public class KeysResource {

  private final KeyService keys;
  private final Caller caller;

  public KeysResource(KeyService keys, Caller caller) {
    this.keys = keys;
    this.caller = caller;
  }

  @GET
  @ReadBudget(value = "vault", perMinute = 1200)
  public Uni<Page<ApiKey>> list(
      @QueryParam("service") @Size(max = 100) String service,
      @QueryParam("environment")
          @Pattern(
              regexp = "development|staging|production",
              message = "must be development, staging or production")
          String environment,
      @QueryParam("tag") @Size(max = 50) String tag,
      @QueryParam("team_id") UUID teamId,
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("deleted") Boolean deleted,
      @QueryParam("sort")
          @Parameter(
              description =
                  "The order: name, service, environment, health, expires_at, created_at or"
                      + " updated_at; a leading - for descending. Default -created_at (newest"
                      + " first); keys without an expiry come last.")
          @Pattern(
              regexp = KeySort.PATTERN,
              message =
                  "must be name, service, environment, health, expires_at, created_at or"
                      + " updated_at, with a leading - for descending")
          String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    KeyFilter filter =
        new KeyFilter(
            blankToNull(service),
            blankToNull(environment),
            blankToNull(tag),
            teamId,
            blankToNull(q),
            Boolean.TRUE.equals(deleted));
    return keys.list(
        caller.userId(), filter, KeySort.parse(sort), PageRequest.of(page, size), caller.client());
  }

  @POST
  @WriteBudget(value = "vault", perMinute = 600)
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = ApiKey.class)),
      headers = {
        @Header(
            name = "ETag",
            description = "The strong ETag \"<version>\"",
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
        @Header(
            name = "Location",
            description = "The new key's address",
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
      })
  @APIResponse(
      responseCode = "402",
      description = "The plan's key limit is reached (VALIDATION, code PLAN_LIMIT)")
  @APIResponse(
      responseCode = "404",
      description = "The team does not exist or the caller is not in it (NOT_FOUND)")
  @APIResponse(
      responseCode = "409",
      description =
          "The id is taken, or a team key's value is under a rotated-away team key"
              + " (CONFLICT, TEAM_KEY_ROTATED)")
  public Uni<RestResponse<ApiKey>> create(@Valid @NotNull CreateKeyRequest body) {
    UUID me = caller.userId();
    return keys.create(me, body, caller.client())
        .map(
            key ->
                RestResponse.ResponseBuilder.<ApiKey>created(URI.create("/api/keys/" + key.id()))
                    .entity(key)
                    .header("ETag", etag(key))
                    .build());
  }

  @GET
  @Path("/{id}")
  @ReadBudget(value = "vault", perMinute = 1200)
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = ApiKey.class)),
      headers =
          @Header(
              name = "ETag",
              description = "The strong ETag \"<version>\"",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
  public Uni<RestResponse<ApiKey>> read(@PathParam("id") UUID id) {
    return keys.read(caller.userId(), id, caller.client()).map(KeysResource::withEtag);
  }

  @PUT
  @WriteBudget(value = "vault", perMinute = 600)
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = ApiKey.class)),
      headers =
          @Header(
              name = "ETag",
              description = "The strong ETag \"<version>\"",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version that is no longer current (CONFLICT)")
  @APIResponse(
      responseCode = "402",
      description = "The key is read-only on the current plan (PLAN_LIMIT)")
  @APIResponse(
      responseCode = "409",
      description =
          "A team key's value under a team key generation that a rotation replaced"
              + " (TEAM_KEY_ROTATED)")
  public Uni<RestResponse<ApiKey>> update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull UpdateKeyRequest body) {
    UUID me = caller.userId();
    Integer expected = parseIfMatch(ifMatch);
    return keys.update(me, id, expected, body, caller.client()).map(KeysResource::withEtag);
  }

  @DELETE
  @WriteBudget(value = "vault", perMinute = 600)
  @Path("/{id}")
  @APIResponse(responseCode = "204", description = "Done")
  public Uni<RestResponse<Void>> delete(
      @PathParam("id") UUID id, @QueryParam("purge") Boolean purge) {
    UUID me = caller.userId();
    return keys.delete(me, id, Boolean.TRUE.equals(purge), caller.client())
        .replaceWith(RestResponse.noContent());
  }

  @POST
  @WriteBudget(value = "vault", perMinute = 600)
  @Path("/{id}/restore")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = ApiKey.class)),
      headers =
          @Header(
              name = "ETag",
              description = "The strong ETag \"<version>\"",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
  @APIResponse(
      responseCode = "402",
      description = "The plan's key limit is reached (VALIDATION, code PLAN_LIMIT)")
  @APIResponse(responseCode = "409", description = "The key is not in the trash (CONFLICT)")
  public Uni<RestResponse<ApiKey>> restore(@PathParam("id") UUID id) {
    UUID me = caller.userId();
    return keys.restore(me, id, caller.client()).map(KeysResource::withEtag);
  }

  @GET
  @Path("/{id}/versions")
  @ReadBudget(value = "vault", perMinute = 1200)
  public Uni<Page<KeyVersion>> versions(
      @PathParam("id") UUID id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return keys.versions(caller.userId(), id, PageRequest.of(page, size), caller.client());
  }

  @POST
  @WriteBudget(value = "vault", perMinute = 600)
  @Path("/{id}/rotate")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = ApiKey.class)),
      headers =
          @Header(
              name = "ETag",
              description = "The strong ETag \"<version>\"",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version that is no longer current (CONFLICT)")
  @APIResponse(
      responseCode = "402",
      description = "The key is read-only on the current plan (PLAN_LIMIT)")
  @APIResponse(
      responseCode = "409",
      description =
          "A team key's value under a team key generation that a rotation replaced"
              + " (TEAM_KEY_ROTATED)")
  public Uni<RestResponse<ApiKey>> rotate(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull RotateKeyRequest body) {
    UUID me = caller.userId();
    Integer expected = parseIfMatch(ifMatch);
    return keys.rotate(me, id, expected, body, caller.client()).map(KeysResource::withEtag);
  }

  @POST
  @WriteBudget(value = "vault", perMinute = 600)
  @Path("/{id}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "Moved: the key lives in the team, re-encrypted under its team key",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = ApiKey.class)))
  @APIResponse(
      responseCode = "409",
      description = "Not a personal key of the caller (CONFLICT: NOT_PERSONAL)")
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version that is no longer current (CONFLICT)")
  public Uni<RestResponse<ApiKey>> move(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull MoveKeyRequest body) {
    UUID me = caller.userId();
    Integer expected = parseIfMatch(ifMatch);
    return keys.moveToTeam(me, id, expected, body, caller.client()).map(KeysResource::withEtag);
  }

  private static RestResponse<ApiKey> withEtag(ApiKey key) {
    return RestResponse.ResponseBuilder.ok(key).header("ETag", etag(key)).build();
  }

  private static String etag(ApiKey key) {
    return "\"" + key.version() + "\"";
  }

  /** {@code If-Match: "<version>"} (absent: no precondition). */
  static Integer parseIfMatch(String header) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return null;
    }
    String v = header.trim();
    if (v.startsWith("W/")) {
      // A weak tag never matches a strong comparison.
      throw ApiException.validation(
          "INVALID_IF_MATCH", "If-Match must be a strong ETag \"<version>\"");
    }
    v = v.replace("\"", "");
    try {
      int version = Integer.parseInt(v);
      if (version < 1) {
        throw new NumberFormatException();
      }
      return version;
    } catch (NumberFormatException e) {
      throw ApiException.validation("INVALID_IF_MATCH", "If-Match must be \"<version>\"");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
