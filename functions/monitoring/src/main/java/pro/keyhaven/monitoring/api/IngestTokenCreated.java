package pro.keyhaven.monitoring.api;

import java.time.Instant;
import java.util.UUID;

/** A new ingest token: the only time {@code token} is ever shown. */
public record IngestTokenCreated(UUID id, String name, String token, Instant createdAt) {

  @Override
  public String toString() {
    return "IngestTokenCreated[id=" + id + "]";
  }
}
