package pro.keyhaven.monitoring.api;

import java.time.Instant;
import java.util.UUID;

/** A key's rotation schedule and when it next wants a rotation. */
public record RotationScheduleBody(
    UUID keyId, int intervalDays, String mode, String provider, Instant nextDueAt) {}
