package pro.keyhaven.monitoring.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An anomaly as the API shows it. */
public record AnomalyBody(
    UUID id,
    UUID keyId,
    String kind,
    String severity,
    String description,
    Instant detectedAt,
    String status,
    @Schema(nullable = true) Instant resolvedAt) {}
