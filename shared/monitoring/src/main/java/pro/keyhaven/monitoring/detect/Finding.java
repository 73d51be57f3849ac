package pro.keyhaven.monitoring.detect;

import java.time.Instant;

/**
 * One thing a detector saw. {@code fingerprint} identifies the finding within its key and kind, so
 * the same finding seen by two scans is stored once; {@code at} is when the evidence happened.
 */
public record Finding(
    AnomalyKind kind, Severity severity, String description, String fingerprint, Instant at) {}
