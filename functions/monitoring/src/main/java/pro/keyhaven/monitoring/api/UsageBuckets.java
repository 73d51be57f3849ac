package pro.keyhaven.monitoring.api;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/keys/{id}/usage}: every bucket of the range, empty ones as zero. */
public record UsageBuckets(String bucket, Instant from, Instant to, List<Bucket> buckets) {

  /** One hour, day or minute. */
  public record Bucket(Instant start, long requests, long errors) {}
}
