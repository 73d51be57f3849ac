package pro.keyhaven.insights.api;

/** {@code POST /api/insights/refresh}: how many insights are open after the refresh. */
public record RefreshAccepted(int open) {}
