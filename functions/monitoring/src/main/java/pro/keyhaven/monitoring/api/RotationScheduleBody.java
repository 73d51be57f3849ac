package pro.keyhaven.monitoring.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key's rotation schedule and when it next wants a rotation. */
public record RotationScheduleBody(
    UUID keyId,
    int intervalDays,
    String mode,
    @Schema(nullable = true) String provider,
    Instant nextDueAt) {}
