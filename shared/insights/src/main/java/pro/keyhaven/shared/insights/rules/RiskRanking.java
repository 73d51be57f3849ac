package pro.keyhaven.shared.insights.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import pro.keyhaven.shared.insights.KeyFacts;

/**
 * What to do first, per key: keys with something to fix, ordered by the worst reason first —
 * exposed, then open anomalies (more first), then rotation overdue, then expired or expiring
 * (sooner first), then weak health (lower first). Pure, like the rules.
 */
public final class RiskRanking {

  /** One reason a key is at risk, and the action it calls for. */
  public record Reason(String kind, String detail, String action) {}

  /** A key's place in the ranking. */
  public record KeyRisk(
      int rank,
      UUID keyId,
      String name,
      String service,
      String environment,
      int healthScore,
      List<Reason> reasons) {}

  private RiskRanking() {}

  public static List<KeyRisk> rank(
      List<KeyFacts> keys, Instant now, int expiringDays, int weakHealth) {
    List<KeyFacts> atRisk = new ArrayList<>();
    for (KeyFacts k : keys) {
      if (!reasons(k, now, expiringDays, weakHealth).isEmpty()) {
        atRisk.add(k);
      }
    }
    Comparator<KeyFacts> order =
        Comparator.comparing((KeyFacts k) -> !k.exposed())
            .thenComparing(k -> -k.openAnomalies())
            .thenComparing(k -> !k.rotationOverdue(now))
            .thenComparing(
                k ->
                    k.expired(now) || k.expiresWithin(now, expiringDays)
                        ? k.expiresAt()
                        : Instant.MAX)
            .thenComparingInt(KeyFacts::healthScore)
            .thenComparing(KeyFacts::name)
            .thenComparing(KeyFacts::id);
    atRisk.sort(order);
    List<KeyRisk> out = new ArrayList<>();
    for (KeyFacts k : atRisk) {
      out.add(
          new KeyRisk(
              out.size() + 1,
              k.id(),
              k.name(),
              k.service(),
              k.environment(),
              k.healthScore(),
              reasons(k, now, expiringDays, weakHealth)));
    }
    return out;
  }

  static List<Reason> reasons(KeyFacts k, Instant now, int expiringDays, int weakHealth) {
    List<Reason> out = new ArrayList<>();
    if (k.exposed()) {
      out.add(
          new Reason(
              "exposed",
              "The key was found exposed",
              "Rotate it at the provider now and revoke the old value"));
    }
    if (k.openAnomalies() > 0) {
      out.add(
          new Reason(
              "anomalies",
              k.openAnomalies() + (k.openAnomalies() == 1 ? " open anomaly" : " open anomalies"),
              "Review the anomalies; rotate if the use was not yours"));
    }
    if (k.rotationOverdue(now)) {
      long days = Duration.between(k.rotationDueAt(), now).toDays();
      out.add(
          new Reason(
              "rotation_overdue",
              "Rotation overdue by " + days + (days == 1 ? " day" : " days"),
              "Rotate it now"));
    }
    if (k.expired(now)) {
      out.add(new Reason("expired", "Expired", "Replace it with a fresh key"));
    } else if (k.expiresWithin(now, expiringDays)) {
      long days = Duration.between(now, k.expiresAt()).toDays();
      out.add(
          new Reason(
              "expiring",
              "Expires in " + days + (days == 1 ? " day" : " days"),
              "Prepare the replacement before it expires"));
    }
    if (k.healthScore() < weakHealth) {
      out.add(
          new Reason(
              "weak_health",
              "Health score " + k.healthScore(),
              "Open the key's health factors and fix the largest one"));
    }
    return out;
  }
}
