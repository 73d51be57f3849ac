package pro.keyhaven.monitoring.health;

import java.util.List;

/** A key's health: 0..100 and the factors that made it. */
public record Health(int score, List<HealthFactor> factors) {}
