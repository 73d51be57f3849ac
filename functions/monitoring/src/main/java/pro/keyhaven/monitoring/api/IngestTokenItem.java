package pro.keyhaven.monitoring.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ingest token as listed: never the token itself. */
public record IngestTokenItem(
    UUID id, String name, Instant createdAt, @Schema(nullable = true) Instant lastUsedAt) {}
