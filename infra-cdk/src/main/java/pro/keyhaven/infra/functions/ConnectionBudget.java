package pro.keyhaven.infra.functions;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the database connections RDS Proxy may open are shared out among the functions. Each Lambda
 * environment holds a small pool; a function's reserved concurrency caps its environments; so
 * {@code sum(reserved x pool)} never exceeds what the proxy may open, and a burst is throttled at
 * the function (a clear 429 at the API) instead of queueing on the proxy until the borrow timeout.
 *
 * <p>Scheduled jobs and the migrations run one at a time (reserved concurrency 1); the HTTP areas
 * share the rest equally. A new area that lands takes its share from the others.
 *
 * @param maxConnections PostgreSQL's {@code max_connections} (set in the parameter group)
 * @param proxyPercent the share of it the proxy may use ({@code MaxConnectionsPercent})
 * @param httpPool connections per HTTP function environment
 * @param jobPool connections per job environment
 * @param migratePool the migrate function's JDBC pool ({@code quarkus.datasource.jdbc.max-size})
 */
public record ConnectionBudget(
    int maxConnections, int proxyPercent, int httpPool, int jobPool, int migratePool) {

  public ConnectionBudget {
    for (int pool : new int[] {httpPool, jobPool}) {
      if (pool < 2 || pool > 4) {
        throw new IllegalArgumentException("a Lambda pool holds 2 to 4 connections, got " + pool);
      }
    }
  }

  /** Database connections the proxy may open. */
  public int proxyConnections() {
    return maxConnections * proxyPercent / 100;
  }

  /** Pool size of a function of this kind. */
  public int pool(FunctionArea.Kind kind) {
    return switch (kind) {
      case HTTP -> httpPool;
      case SCHEDULED -> jobPool;
      case MIGRATION -> migratePool;
    };
  }

  /**
   * Reserved concurrency per deployed area; fails when the budget cannot give every HTTP area one
   * environment.
   */
  public Map<FunctionArea, Integer> reservedConcurrency(Collection<FunctionArea> deployed) {
    Map<FunctionArea, Integer> reserved = new EnumMap<>(FunctionArea.class);
    int left = proxyConnections();
    long http = deployed.stream().filter(a -> a.kind() == FunctionArea.Kind.HTTP).count();
    for (FunctionArea area : deployed) {
      if (area.kind() != FunctionArea.Kind.HTTP) {
        reserved.put(area, 1);
        left -= pool(area.kind());
      }
    }
    if (http > 0) {
      int each = (int) (left / (http * httpPool));
      if (each < 1) {
        throw new IllegalStateException(
            "The proxy's "
                + proxyConnections()
                + " connections cannot give each of "
                + http
                + " HTTP functions one environment of "
                + httpPool
                + ": raise max_connections (a larger instance) or lower the pool size");
      }
      deployed.stream()
          .filter(a -> a.kind() == FunctionArea.Kind.HTTP)
          .forEach(area -> reserved.put(area, each));
    }
    return reserved;
  }

  /** Connections the deployed functions may hold at most, all environments busy. */
  public int demand(Map<FunctionArea, Integer> reserved) {
    return reserved.entrySet().stream().mapToInt(e -> e.getValue() * pool(e.getKey().kind())).sum();
  }
}
