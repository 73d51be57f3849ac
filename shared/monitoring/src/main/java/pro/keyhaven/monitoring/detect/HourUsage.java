package pro.keyhaven.monitoring.detect;

import java.time.Instant;

/** One hour of a key's use: requests and the errors among them, {@code hour} its start (UTC). */
public record HourUsage(Instant hour, long requests, long errors) {}
