package pro.keyhaven.monitoring.api;

import java.time.Instant;
import java.util.UUID;

/** An ingest token as listed: never the token itself. */
public record IngestTokenItem(UUID id, String name, Instant createdAt, Instant lastUsedAt) {}
