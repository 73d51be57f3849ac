package pro.keyhaven.monitoring.api;

import java.util.List;
import pro.keyhaven.monitoring.health.HealthFactor;

/** {@code GET /api/keys/{id}/health}: the score and the factors that made it. */
public record HealthBody(int score, List<HealthFactor> factors) {}
