package pro.keyhaven.monitoring.detect;

import java.time.Instant;

/** A version of a key's value (the vault keeps one row per value) and when it was set. */
public record ValueVersion(int version, Instant createdAt) {}
