package pro.keyhaven.shared.security;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import pro.keyhaven.shared.config.KeyHavenConfig;

/**
 * Sign-ins that ended (logout, log out everywhere, a password change, a reused refresh token) stop
 * their access tokens at once, not when the tokens expire: each ended sign-in id ({@code sid}) is
 * kept in Redis for one access-token lifetime, and every authenticated request is checked against
 * it before it reaches a resource ({@link pro.keyhaven.shared.ratelimit.RequestGate}).
 */
@ApplicationScoped
public class RevokedSessions {

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
    return isKeySet(key(sessionId));
  }

  /** The Redis key that is set while the sign-in's access tokens are refused. */
  public String key(String sessionId) {
    return prefix + sessionId;
  }

  /** Whether a key made by {@link #key} is set. */
  public Uni<Boolean> isKeySet(String key) {
    return RedisContext.onCaller(redis.key().exists(key));
  }
}
