package pro.keyhaven.monitoring.api;

import java.util.List;

/** {@code POST /api/usage}: up to 1,000 events. */
public record UsageBatch(List<UsageEventBody> events) {}
