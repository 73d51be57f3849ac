package pro.keyhaven.insights.api;

import java.util.List;
import pro.keyhaven.shared.insights.rules.RiskRanking;

/** {@code GET /api/insights/risks}: the caller's keys at risk, what to do first on top. */
public record RiskList(List<RiskRanking.KeyRisk> items, int total) {}
