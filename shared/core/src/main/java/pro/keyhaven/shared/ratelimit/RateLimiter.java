package pro.keyhaven.shared.ratelimit;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import pro.keyhaven.shared.config.KeyHavenConfig;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.RedisContext;

/**
 * Fixed-window counters in Redis, per bucket (what is limited) and key (who: a user id, an IP, an
 * account). Keys are hashed so no e-mail or address sits in Redis in clear. Over the limit the
 * caller gets a 429 {@link ApiException} with the seconds until the window ends.
 */
@ApplicationScoped
public class RateLimiter {

  /** INCR with the window set on first use; answers {count, milliseconds left}. */
  private static final String CONSUME =
      "local c = redis.call('INCR', KEYS[1]) "
          + "local ttl = redis.call('PTTL', KEYS[1]) "
          + "if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end "
          + "return {c, ttl}";

  /** Gives one hit back (never below zero); answers {count, milliseconds left}. */
  private static final String RELEASE =
      "local c = tonumber(redis.call('GET', KEYS[1]) or '0') "
          + "if c > 0 then c = redis.call('DECR', KEYS[1]) end "
          + "local ttl = redis.call('PTTL', KEYS[1]) "
          + "return {c, ttl}";

  /**
   * Like {@link #CONSUME} on KEYS[2], unless KEYS[1] (a flag such as an ended sign-in) is set: then
   * nothing is counted and the answer is {-1, 0}. ARGV[2] = '1' when there is a flag to check.
   */
  private static final String CONSUME_UNLESS_FLAGGED =
      "if ARGV[2] == '1' and redis.call('EXISTS', KEYS[1]) == 1 then return {-1, 0} end "
          + "local c = redis.call('INCR', KEYS[2]) "
          + "local ttl = redis.call('PTTL', KEYS[2]) "
          + "if ttl < 0 then redis.call('PEXPIRE', KEYS[2], ARGV[1]) ttl = tonumber(ARGV[1]) end "
          + "return {c, ttl}";

  /** Reads the count without consuming; answers {count, milliseconds left}. */
  private static final String PEEK =
      "local c = tonumber(redis.call('GET', KEYS[1]) or '0') "
          + "local ttl = redis.call('PTTL', KEYS[1]) "
          + "return {c, ttl}";

  /** The window of per-minute budgets. */
  public static final Duration MINUTE = Duration.ofMinutes(1);

  private final ReactiveRedisDataSource redis;
  private final String prefix;

  public RateLimiter(ReactiveRedisDataSource redis, KeyHavenConfig config) {
    this.redis = redis;
    this.prefix = config.redis().prefix() + "rl:";
  }

  /** Window state after a call. */
  public record Window(long count, long millisLeft) {
    public long retryAfterSeconds() {
      return Math.max(1, (millisLeft + 999) / 1000);
    }
  }

  /** Counts one hit; fails with 429 when this hit goes over {@code limit} in the window. */
  public Uni<Window> consume(String bucket, String key, int limit, Duration window) {
    return run(CONSUME, bucket, key, window)
        .invoke(
            w -> {
              if (w.count() > limit) {
                throw ApiException.rateLimited(w.retryAfterSeconds());
              }
            });
  }

  /** Counts one action of {@code user} against a per-minute budget; 429 past {@code limit}. */
  public Uni<Void> perMinute(String bucket, java.util.UUID user, int limit) {
    return consume(bucket, user.toString(), limit, Duration.ofMinutes(1)).replaceWithVoid();
  }

  /**
   * Counts one hit of {@code key} in {@code bucket} (429 past {@code limit}) in the same round trip
   * as a check of the Redis key {@code flagKey}: when that key is set nothing is counted and the
   * answer is {@code null}. A null {@code flagKey} checks nothing.
   */
  public Uni<Window> consumeUnlessFlagged(
      String flagKey, String bucket, String key, int limit, Duration window) {
    String flag = flagKey == null ? redisKey(bucket, key) : flagKey;
    return RedisContext.onCaller(
            redis
                .execute(
                    "EVAL",
                    CONSUME_UNLESS_FLAGGED,
                    "2",
                    flag,
                    redisKey(bucket, key),
                    String.valueOf(window.toMillis()),
                    flagKey == null ? "0" : "1")
                .map(RateLimiter::window))
        .map(w -> w.count() < 0 ? null : w)
        .invoke(
            w -> {
              if (w != null && w.count() > limit) {
                throw ApiException.rateLimited(w.retryAfterSeconds());
              }
            });
  }

  /** Fails with 429 when the window already holds {@code limit} hits; counts nothing. */
  public Uni<Window> requireBelow(String bucket, String key, int limit) {
    return run(PEEK, bucket, key, Duration.ofSeconds(1))
        .invoke(
            w -> {
              if (w.count() >= limit) {
                throw ApiException.rateLimited(w.retryAfterSeconds());
              }
            });
  }

  /**
   * Reserves one attempt before the work it guards (a password check): the count goes up atomically
   * first, so however many attempts arrive at once, at most {@code limit} per window get past this;
   * the rest answer 429. A successful attempt may be given back with {@link #release} or clear the
   * count with {@link #reset}.
   */
  public Uni<Window> reserve(String bucket, String key, int limit, Duration window) {
    return consume(bucket, key, limit, window);
  }

  /** Gives back an attempt reserved with {@link #reserve} (e.g. one that succeeded). */
  public Uni<Void> release(String bucket, String key) {
    return run(RELEASE, bucket, key, Duration.ofSeconds(1)).replaceWithVoid();
  }

  /** Counts one hit without failing (e.g. a failed login, counted after the fact). */
  public Uni<Window> record(String bucket, String key, Duration window) {
    return run(CONSUME, bucket, key, window);
  }

  public Uni<Void> reset(String bucket, String key) {
    return RedisContext.onCaller(redis.key().del(redisKey(bucket, key)).replaceWithVoid());
  }

  private Uni<Window> run(String script, String bucket, String key, Duration window) {
    return RedisContext.onCaller(
        redis
            .execute("EVAL", script, "1", redisKey(bucket, key), String.valueOf(window.toMillis()))
            .map(RateLimiter::window));
  }

  private static Window window(Response r) {
    long count = r.get(0).toLong();
    long ttl = r.get(1).toLong();
    return new Window(count, Math.max(ttl, 0));
  }

  private String redisKey(String bucket, String key) {
    return prefix + bucket + ":" + sha256(key);
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
