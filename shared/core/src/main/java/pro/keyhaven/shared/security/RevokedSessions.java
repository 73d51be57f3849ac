package pro.keyhaven.shared.security;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import pro.keyhaven.shared.config.KeyHavenConfig;
import pro.keyhaven.shared.error.ApiException;

/**
 * Sign-ins that ended (logout, log out everywhere, a password change, a reused refresh token) stop
 * their access tokens at once, not when the tokens expire: each ended sign-in id ({@code sid}) is
 * kept in Redis for one access-token lifetime, and every authenticated request is checked against
 * it before it reaches a resource.
 */
@ApplicationScoped
public class RevokedSessions {

  private static final Logger LOG = Logger.getLogger(RevokedSessions.class);

  private final ReactiveRedisDataSource redis;
  private final KeyHavenConfig config;
  private final String prefix;

  public RevokedSessions(ReactiveRedisDataSource redis, KeyHavenConfig config) {
    this.redis = redis;
    this.config = config;
    this.prefix = config.redis().prefix() + "revoked-sid:";
  }

  /** Ends the access tokens of these sign-ins for the rest of their lifetime. */
  public Uni<Void> revoke(Collection<UUID> sessionIds) {
    if (sessionIds.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    long ttl = Math.max(1, config.jwt().accessTokenTtl().toSeconds() + 60);
    List<Uni<Void>> writes =
        sessionIds.stream()
            .map(sid -> redis.value(String.class).setex(prefix + sid, ttl, "1"))
            .toList();
    return RedisContext.onCaller(Uni.join().all(writes).andFailFast().replaceWithVoid());
  }

  /** Whether the sign-in has ended. */
  public Uni<Boolean> isRevoked(String sessionId) {
    return RedisContext.onCaller(redis.key().exists(prefix + sessionId));
  }

  /** Refuses a request whose access token belongs to an ended sign-in. */
  @ServerRequestFilter(preMatching = false)
  public Uni<Void> check(JsonWebToken token) {
    if (token == null || token.getRawToken() == null) {
      return Uni.createFrom().voidItem();
    }
    Object sid = token.getClaim("sid");
    if (sid == null) {
      return Uni.createFrom().voidItem();
    }
    return isRevoked(sid.toString())
        .onFailure()
        .recoverWithItem(
            e -> {
              // Without Redis the check cannot be made; the token is at most one access-token
              // lifetime old, and refusing every request would take the vault down with Redis.
              LOG.warn("Could not check for ended sign-ins; letting the request through", e);
              return false;
            })
        .invoke(
            revoked -> {
              if (revoked) {
                throw ApiException.unauthorized("This sign-in has ended; sign in again");
              }
            })
        .replaceWithVoid();
  }
}
