package pro.keyhaven.monitoring.health;

/** One term of the health score: its name, the points it takes off (0 or negative), and why. */
public record HealthFactor(String name, int impact, String detail) {}
