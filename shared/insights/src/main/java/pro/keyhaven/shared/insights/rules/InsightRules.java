package pro.keyhaven.shared.insights.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import pro.keyhaven.shared.insights.Finding;
import pro.keyhaven.shared.insights.KeyFacts;

/**
 * The insight rules: each looks at the metadata of the keys a user may see and yields at most one
 * finding naming the keys it concerns. Pure functions of the facts and "now", so they are tested
 * without a database.
 *
 * <p>"The same value in several environments" compares value fingerprints, which the browser sends
 * only for high-entropy values of known key formats (docs/fingerprints.md); a value without one is
 * never part of that finding.
 */
public final class InsightRules {

  /** Insight types (the {@code type} of an insight on the wire). */
  public static final String EXPOSED = "exposed";

  public static final String OPEN_ANOMALIES = "open_anomalies";
  public static final String ROTATION_OVERDUE = "rotation_overdue";
  public static final String EXPIRED = "expired";
  public static final String EXPIRING = "expiring";
  public static final String OLD_PRODUCTION_KEY = "old_production_key";
  public static final String UNUSED = "unused";
  public static final String SHARED_WIDELY = "shared_widely";
  public static final String NO_EXPIRY = "no_expiry";
  public static final String VULNERABLE_SDK = "vulnerable_sdk";
  public static final String VULNERABLE_DEPENDENCY = "vulnerable_dependency";
  public static final String SAME_VALUE = "same_value_across_environments";

  public static final List<String> TYPES =
      List.of(
          EXPOSED,
          OPEN_ANOMALIES,
          ROTATION_OVERDUE,
          EXPIRED,
          EXPIRING,
          OLD_PRODUCTION_KEY,
          UNUSED,
          SHARED_WIDELY,
          NO_EXPIRY,
          VULNERABLE_SDK,
          SAME_VALUE,
          VULNERABLE_DEPENDENCY);

  public static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

  /** Thresholds, from {@code keyhaven.insights.rules.*}. */
  public record Thresholds(
      int oldProductionDays, int unusedDays, int expiringDays, int maxMembers) {
    public static final Thresholds DEFAULTS = new Thresholds(365, 90, 30, 10);
  }

  private InsightRules() {}

  public static List<Finding> evaluate(List<KeyFacts> keys, Instant now, Thresholds t) {
    List<Finding> out = new ArrayList<>();
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    add(
        out,
        keys,
        KeyFacts::exposed,
        EXPOSED,
        "critical",
        "%s marked exposed (found in a leak or public code): %s.",
        "Rotate each at its provider now, update where it is used, then revoke the old value.");
    add(
        out,
        keys,
        k -> k.openAnomalies() > 0,
        OPEN_ANOMALIES,
        "high",
        "%s open anomalies (unusual use that nobody has reviewed yet): %s.",
        "Review each anomaly on the Anomalies page; rotate the key if the use was not yours, then"
            + " resolve it.");
    add(
        out,
        keys,
        k -> k.rotationOverdue(now),
        ROTATION_OVERDUE,
        "high",
        "%s past their rotation date: %s.",
        "Rotate them now (a new value at the provider, then Rotate on the key's page).");
    add(
        out,
        keys,
        k -> k.expired(now),
        EXPIRED,
        "high",
        "%s already expired: %s.",
        "Replace them with fresh keys, or delete the ones no longer needed.");
    add(
        out,
        keys,
        k -> k.expiresWithin(now, t.expiringDays()),
        EXPIRING,
        "medium",
        "%s expiring within " + t.expiringDays() + " days: %s.",
        "Create the replacements before the expiry date and rotate.");
    Instant old = now.minusSeconds(t.oldProductionDays() * 86_400L);
    add(
        out,
        keys,
        k -> "production".equals(k.environment()) && k.valueSince().isBefore(old),
        OLD_PRODUCTION_KEY,
        "medium",
        "%s a production value older than " + t.oldProductionDays() + " days: %s.",
        "Rotate long-lived production keys at least once a year and set a rotation schedule.");
    LocalDate unusedSince = today.minusDays(t.unusedDays());
    Instant createdBefore = now.minusSeconds(t.unusedDays() * 86_400L);
    add(
        out,
        keys,
        k ->
            k.createdAt().isBefore(createdBefore)
                && (k.lastUsed() == null || k.lastUsed().isBefore(unusedSince)),
        UNUSED,
        "medium",
        "%s without reported use for " + t.unusedDays() + " days: %s.",
        "Revoke keys nobody uses at their provider and delete them here; an unused key can only"
            + " leak.");
    add(
        out,
        keys,
        k -> k.teamId() != null && k.teamMembers() > t.maxMembers(),
        SHARED_WIDELY,
        "medium",
        "%s shared with more than " + t.maxMembers() + " team members: %s.",
        "Move them to a smaller team, or give CI a machine token narrowed to what it needs.");
    Map<String, List<KeyFacts>> byValue =
        keys.stream()
            .filter(k -> k.valueFingerprint() != null)
            .collect(Collectors.groupingBy(KeyFacts::valueFingerprint));
    Set<UUID> reused =
        byValue.values().stream()
            .filter(same -> same.stream().map(KeyFacts::environment).distinct().count() > 1)
            .flatMap(List::stream)
            .map(KeyFacts::id)
            .collect(Collectors.toSet());
    add(
        out,
        keys,
        k -> reused.contains(k.id()),
        SAME_VALUE,
        "high",
        "%s share one value across environments: %s.",
        "Give every environment its own key at the provider, so a leak in development cannot"
            + " reach production, then update each entry here.");
    add(
        out,
        keys,
        k -> k.expiresAt() == null,
        NO_EXPIRY,
        "low",
        "%s without an expiry date: %s.",
        "Set an expiry date (the provider's, or your own review date) so reminders come in time.");
    return out;
  }

  private static void add(
      List<Finding> out,
      List<KeyFacts> keys,
      Predicate<KeyFacts> rule,
      String type,
      String severity,
      String description,
      String recommendation) {
    List<KeyFacts> hit = keys.stream().filter(rule).toList();
    if (hit.isEmpty()) {
      return;
    }
    String count = hit.size() == 1 ? "1 key" : hit.size() + " keys";
    String text =
        switch (type) {
          case EXPOSED, ROTATION_OVERDUE, EXPIRED -> count + (hit.size() == 1 ? " is" : " are");
          case OPEN_ANOMALIES, OLD_PRODUCTION_KEY -> count + (hit.size() == 1 ? " has" : " have");
          case SAME_VALUE -> count;
          default -> count;
        };
    out.add(
        Finding.rule(
            type,
            severity,
            truncate(String.format(description, text, names(hit)), 2000),
            recommendation,
            hit.stream().map(KeyFacts::id).toList()));
  }

  /** The first few key names, quoted, and how many more. */
  static String names(List<KeyFacts> keys) {
    String shown =
        keys.stream()
            .limit(5)
            .map(k -> "'" + k.name() + "' (" + k.service() + ", " + k.environment() + ")")
            .collect(Collectors.joining(", "));
    return keys.size() > 5 ? shown + " and " + (keys.size() - 5) + " more" : shown;
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The ids of the keys, for callers that only need them. */
  public static List<UUID> ids(List<KeyFacts> keys) {
    return keys.stream().map(KeyFacts::id).toList();
  }
}
