package pro.keyhaven.shared.ratelimit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import pro.keyhaven.shared.security.Caller;

/**
 * Charges {@link WriteBudget} and {@link ReadBudget} methods to the caller's per-minute budgets.
 */
@ApplicationScoped
public class BudgetFilter {

  private final RateLimiter limiter;
  private final Caller caller;
  private final Config config;
  private final Map<String, Integer> limits = new ConcurrentHashMap<>();

  public BudgetFilter(RateLimiter limiter, Caller caller, Config config) {
    this.limiter = limiter;
    this.caller = caller;
    this.config = config;
  }

  @WriteBudget("any")
  @ServerRequestFilter
  public Uni<Void> chargeWrite(ResourceInfo resource) {
    WriteBudget budget = annotation(resource, WriteBudget.class);
    return budget == null
        ? Uni.createFrom().voidItem()
        : charge(budget.value() + "-write", "writes", budget.value(), budget.perMinute());
  }

  @ReadBudget("any")
  @ServerRequestFilter
  public Uni<Void> chargeRead(ResourceInfo resource) {
    ReadBudget budget = annotation(resource, ReadBudget.class);
    return budget == null
        ? Uni.createFrom().voidItem()
        : charge(budget.value() + "-read", "reads", budget.value(), budget.perMinute());
  }

  private Uni<Void> charge(String bucket, String kind, String name, int fallback) {
    int limit =
        limits.computeIfAbsent(
            bucket,
            b ->
                config
                    .getOptionalValue(
                        "keyhaven." + name + "." + kind + "-per-minute", Integer.class)
                    .orElse(fallback));
    return limiter.perMinute(bucket, caller.userId(), limit);
  }

  private static <A extends java.lang.annotation.Annotation> A annotation(
      ResourceInfo resource, Class<A> type) {
    A onMethod = resource.getResourceMethod().getAnnotation(type);
    return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(type);
  }
}
