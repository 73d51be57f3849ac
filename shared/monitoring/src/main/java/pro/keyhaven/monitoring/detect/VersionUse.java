package pro.keyhaven.monitoring.detect;

import java.time.Instant;

/** A value version a reporter said it used, and when. */
public record VersionUse(int version, Instant firstSeen, Instant lastSeen) {}
