package pro.keyhaven.monitoring.usage;

import java.time.Instant;
import java.util.UUID;

/** One validated usage report, ready to store. */
public record UsageEvent(
    UUID keyId,
    Instant timestamp,
    String endpoint,
    Integer responseCode,
    int requestCount,
    int errorCount,
    String sourceIp,
    Integer keyVersion) {}
