package pro.keyhaven.shared.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.Caller;
import pro.keyhaven.shared.security.RevokedSessions;

/**
 * The two checks every authenticated request passes before it reaches a resource, made in one Redis
 * round trip: the sign-in has not ended ({@link RevokedSessions}), and a method under a {@link
 * ReadBudget} or {@link WriteBudget} is charged to the caller's per-minute budget (429 with {@code
 * Retry-After} past it). A request of an ended sign-in answers 401 and is not charged.
 *
 * <p>When Redis cannot answer, an unbudgeted request goes through (an ended sign-in's token is at
 * most one access-token lifetime old, and refusing every request would take the vault down with
 * Redis); a budgeted one is charged to a budget kept in this process instead ({@link LocalBudget},
 * the same per-minute limit), so reads and writes keep working until Redis is back. Sign-in is not
 * gated here: its throttle needs Redis and fails closed (503).
 */
@ApplicationScoped
public class RequestGate {

  private static final Logger LOG = Logger.getLogger(RequestGate.class);

  private final RevokedSessions revoked;
  private final RateLimiter limiter;
  private final CurrentIdentityAssociation identity;
  private final Caller caller;
  private final Config config;
  private final Map<Method, Optional<Budget>> budgets = new ConcurrentHashMap<>();
  private final LocalBudget fallback = new LocalBudget();
  private final java.util.concurrent.atomic.AtomicLong lastWarning =
      new java.util.concurrent.atomic.AtomicLong();

  /** A method's budget: its Redis bucket and per-minute limit. */
  record Budget(String bucket, int perMinute) {}

  public RequestGate(
      RevokedSessions revoked,
      RateLimiter limiter,
      CurrentIdentityAssociation identity,
      Caller caller,
      Config config) {
    this.revoked = revoked;
    this.limiter = limiter;
    this.identity = identity;
    this.caller = caller;
    this.config = config;
  }

  @ServerRequestFilter
  public Uni<Void> check(ResourceInfo resource) {
    Budget budget = budgetOf(resource);
    return identity
        .getDeferredIdentity()
        // A token that does not verify is the authentication layer's to refuse, not this check's.
        .onFailure()
        .recoverWithNull()
        .chain(
            who -> {
              Object sid =
                  who != null && who.getPrincipal() instanceof JsonWebToken token
                      ? token.getClaim("sid")
                      : null;
              String endedKey = sid == null ? null : revoked.key(sid.toString());
              if (budget == null) {
                return endedKey == null ? Uni.createFrom().voidItem() : signInOnly(endedKey);
              }
              // Throws 401 when the request carries no access token at all.
              String user = caller.userId().toString();
              return limiter
                  .consumeUnlessFlagged(
                      endedKey, budget.bucket(), user, budget.perMinute(), RateLimiter.MINUTE)
                  .invoke(w -> refuseEnded(w == null))
                  .onFailure(e -> !(e instanceof ApiException))
                  .recoverWithItem(
                      e -> {
                        warnRedisDown(e);
                        fallback.consume(budget.bucket(), user, budget.perMinute());
                        return null;
                      });
            })
        .replaceWithVoid();
  }

  private Uni<Void> signInOnly(String endedKey) {
    return revoked
        .isKeySet(endedKey)
        .onFailure()
        .recoverWithItem(
            e -> {
              LOG.warn("Could not check for ended sign-ins; letting the request through", e);
              return false;
            })
        .invoke(this::refuseEnded)
        .replaceWithVoid();
  }

  /** One line every ten seconds at most while Redis is away, not one per request. */
  private void warnRedisDown(Throwable e) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    if ((last == 0 || now - last > 10_000_000_000L) && lastWarning.compareAndSet(last, now)) {
      LOG.warnf(
          "Redis does not answer (%s); budgets are counted in this process until it does",
          e.toString());
    }
  }

  private void refuseEnded(boolean ended) {
    if (ended) {
      throw ApiException.unauthorized("This sign-in has ended; sign in again");
    }
  }

  private Budget budgetOf(ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return null;
    }
    return budgets
        .computeIfAbsent(method, m -> Optional.ofNullable(read(m, resource.getResourceClass())))
        .orElse(null);
  }

  private Budget read(Method method, Class<?> type) {
    WriteBudget write = annotation(method, type, WriteBudget.class);
    if (write != null) {
      return budget(write.value(), "writes", write.perMinute());
    }
    ReadBudget read = annotation(method, type, ReadBudget.class);
    return read == null ? null : budget(read.value(), "reads", read.perMinute());
  }

  private Budget budget(String name, String kind, int fallback) {
    int limit =
        config
            .getOptionalValue("keyhaven." + name + "." + kind + "-per-minute", Integer.class)
            .orElse(fallback);
    return new Budget(name + "-" + kind.substring(0, kind.length() - 1), limit);
  }

  private static <A extends java.lang.annotation.Annotation> A annotation(
      Method method, Class<?> type, Class<A> annotation) {
    A onMethod = method.getAnnotation(annotation);
    return onMethod != null || type == null ? onMethod : type.getAnnotation(annotation);
  }
}
