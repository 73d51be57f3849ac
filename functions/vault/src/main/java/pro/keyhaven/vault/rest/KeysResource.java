package pro.keyhaven.vault.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import pro.keyhaven.shared.audit.ClientInfo;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.CurrentUser;
import pro.keyhaven.vault.repository.KeyFilter;
import pro.keyhaven.vault.rest.KeyBodies.ApiKey;
import pro.keyhaven.vault.rest.KeyBodies.CreateKeyRequest;
import pro.keyhaven.vault.rest.KeyBodies.Items;
import pro.keyhaven.vault.rest.KeyBodies.KeyVersion;
import pro.keyhaven.vault.rest.KeyBodies.RotateKeyRequest;
import pro.keyhaven.vault.rest.KeyBodies.UpdateKeyRequest;
import pro.keyhaven.vault.service.KeyService;
import pro.keyhaven.vault.service.VaultConfig;

/** The keys API: ciphertext in, ciphertext out, with a strong {@code ETag} of the version. */
@Path("/api/keys")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class KeysResource {

  private final KeyService keys;
  private final CurrentUser currentUser;
  private final RateLimiter limiter;
  private final VaultConfig config;

  public KeysResource(
      KeyService keys, CurrentUser currentUser, RateLimiter limiter, VaultConfig config) {
    this.keys = keys;
    this.currentUser = currentUser;
    this.limiter = limiter;
    this.config = config;
  }

  @GET
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
    return keys.list(currentUser.id(), filter, PageRequest.of(page, size));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RestResponse<ApiKey>> create(
      @Valid @NotNull CreateKeyRequest body, @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return throttle(caller)
        .chain(() -> keys.create(caller, body, ClientInfo.of(request)))
        .map(
            key ->
                RestResponse.ResponseBuilder.<ApiKey>created(URI.create("/api/keys/" + key.id()))
                    .entity(key)
                    .header("ETag", etag(key))
                    .build());
  }

  @GET
  @Path("/{id}")
  public Uni<RestResponse<ApiKey>> read(
      @PathParam("id") UUID id, @Context HttpServerRequest request) {
    return keys.read(currentUser.id(), id, ClientInfo.of(request)).map(KeysResource::withEtag);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RestResponse<ApiKey>> update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull UpdateKeyRequest body,
      @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    Integer expected = parseIfMatch(ifMatch);
    return throttle(caller)
        .chain(() -> keys.update(caller, id, expected, body, ClientInfo.of(request)))
        .map(KeysResource::withEtag);
  }

  @DELETE
  @Path("/{id}")
  public Uni<RestResponse<Void>> delete(
      @PathParam("id") UUID id,
      @QueryParam("purge") Boolean purge,
      @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return throttle(caller)
        .chain(() -> keys.delete(caller, id, Boolean.TRUE.equals(purge), ClientInfo.of(request)))
        .replaceWith(RestResponse.noContent());
  }

  @POST
  @Path("/{id}/restore")
  public Uni<RestResponse<ApiKey>> restore(
      @PathParam("id") UUID id, @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    return throttle(caller)
        .chain(() -> keys.restore(caller, id, ClientInfo.of(request)))
        .map(KeysResource::withEtag);
  }

  @GET
  @Path("/{id}/versions")
  public Uni<Items<KeyVersion>> versions(
      @PathParam("id") UUID id, @Context HttpServerRequest request) {
    return keys.versions(currentUser.id(), id, ClientInfo.of(request));
  }

  @POST
  @Path("/{id}/rotate")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<RestResponse<ApiKey>> rotate(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull RotateKeyRequest body,
      @Context HttpServerRequest request) {
    UUID caller = currentUser.id();
    Integer expected = parseIfMatch(ifMatch);
    return throttle(caller)
        .chain(() -> keys.rotate(caller, id, expected, body, ClientInfo.of(request)))
        .map(KeysResource::withEtag);
  }

  private Uni<Void> throttle(UUID caller) {
    return limiter.perMinute("vault-write", caller, config.writesPerMinute());
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
