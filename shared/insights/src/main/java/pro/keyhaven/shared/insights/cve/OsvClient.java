package pro.keyhaven.shared.insights.cve;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to OSV with a timeout, two quick retries with exponential backoff, and a circuit breaker
 * that stops asking an OSV that keeps failing (the feed then keeps its cached answers).
 */
@ApplicationScoped
public class OsvClient {

  private final OsvApi api;

  public OsvClient(@RestClient OsvApi api) {
    this.api = api;
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100)
  @ExponentialBackoff(factor = 2, maxDelay = 2000)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000)
  public Uni<JsonNode> queryBatch(JsonNode body) {
    return api.queryBatch(body);
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100)
  @ExponentialBackoff(factor = 2, maxDelay = 2000)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000)
  public Uni<JsonNode> vuln(String id) {
    return api.vuln(id);
  }
}
