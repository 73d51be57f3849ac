package pro.keyhaven.monitoring.api;

import java.time.Instant;
import java.util.UUID;

/** An anomaly as the API shows it. */
public record AnomalyBody(
    UUID id,
    UUID keyId,
    String kind,
    String severity,
    String description,
    Instant detectedAt,
    String status,
    Instant resolvedAt) {}
