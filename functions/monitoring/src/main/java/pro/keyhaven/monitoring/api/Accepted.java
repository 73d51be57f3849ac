package pro.keyhaven.monitoring.api;

/** {@code 202 {accepted}}: how many events were stored. */
public record Accepted(int accepted) {}
