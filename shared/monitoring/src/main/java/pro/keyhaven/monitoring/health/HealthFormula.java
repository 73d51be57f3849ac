package pro.keyhaven.monitoring.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The one health formula (docs/health-score.md): 100 plus the impact of seven factors, each 0 or
 * negative, clamped to 0..100. Every factor is always listed, so a reader sees what was checked.
 */
public final class HealthFormula {

  /** The interval a key is judged against when it has no rotation schedule. */
  public static final int DEFAULT_INTERVAL_DAYS = 90;

  private HealthFormula() {}

  public static Health of(HealthInputs in, Instant now) {
    List<HealthFactor> factors =
        List.of(
            age(in, now),
            rotationOverdue(in, now),
            expiry(in, now),
            exposure(in),
            openAnomalies(in),
            environment(in),
            unused(in, now));
    int score = 100;
    for (HealthFactor f : factors) {
      score += f.impact();
    }
    return new Health(Math.max(0, Math.min(100, score)), factors);
  }

  /** Age of the value against the schedule's interval (or 90 days without one). */
  static HealthFactor age(HealthInputs in, Instant now) {
    Instant since = in.lastRotated() != null ? in.lastRotated() : in.createdAt();
    long days = since == null ? 0 : Math.max(0, Duration.between(since, now).toDays());
    int interval =
        in.policyIntervalDays() != null ? in.policyIntervalDays() : DEFAULT_INTERVAL_DAYS;
    String basis =
        in.policyIntervalDays() != null
            ? "its " + interval + "-day rotation schedule"
            : "the " + interval + "-day default (no schedule)";
    int impact;
    if (days * 2 <= interval) {
      impact = 0;
    } else if (days <= interval) {
      impact = -5;
    } else if (days <= 2L * interval) {
      impact = -15;
    } else {
      impact = -25;
    }
    return new HealthFactor("age", impact, "value is " + days + " days old, against " + basis);
  }

  /** The schedule's due date has passed without a rotation. */
  static HealthFactor rotationOverdue(HealthInputs in, Instant now) {
    if (in.nextDueAt() == null) {
      return new HealthFactor("rotation_overdue", 0, "no rotation schedule");
    }
    if (!now.isAfter(in.nextDueAt())) {
      long days = Duration.between(now, in.nextDueAt()).toDays();
      return new HealthFactor("rotation_overdue", 0, "next rotation due in " + days + " days");
    }
    long late = Duration.between(in.nextDueAt(), now).toDays();
    return new HealthFactor(
        "rotation_overdue", late > 30 ? -20 : -10, "rotation overdue by " + late + " days");
  }

  /** Expired, or close to it. */
  static HealthFactor expiry(HealthInputs in, Instant now) {
    if (in.expiresAt() == null) {
      return new HealthFactor("expiry", 0, "no expiry date");
    }
    if (!in.expiresAt().isAfter(now)) {
      return new HealthFactor("expiry", -60, "expired");
    }
    long days = Duration.between(now, in.expiresAt()).toDays();
    int impact = days < 7 ? -30 : days < 30 ? -15 : 0;
    return new HealthFactor("expiry", impact, "expires in " + days + " days");
  }

  /** Found leaked (e.g. by secret scanning). */
  static HealthFactor exposure(HealthInputs in) {
    return in.exposed()
        ? new HealthFactor("exposure", -70, "the value was found exposed; rotate it now")
        : new HealthFactor("exposure", 0, "not known to be exposed");
  }

  /** Open anomalies, by severity, at most -40 together. */
  static HealthFactor openAnomalies(HealthInputs in) {
    int points =
        in.openCritical() * 30 + in.openHigh() * 15 + in.openMedium() * 8 + in.openLow() * 3;
    int open = in.openCritical() + in.openHigh() + in.openMedium() + in.openLow();
    return new HealthFactor(
        "open_anomalies",
        -Math.min(40, points),
        open == 0 ? "no open anomalies" : open + " open " + (open == 1 ? "anomaly" : "anomalies"));
  }

  /** A production key without a rotation schedule. */
  static HealthFactor environment(HealthInputs in) {
    boolean production = "production".equals(in.environment());
    if (production && in.policyIntervalDays() == null) {
      return new HealthFactor("environment", -10, "production key without a rotation schedule");
    }
    return new HealthFactor(
        "environment",
        0,
        in.environment() + (production ? " key with a rotation schedule" : " key"));
  }

  /** Not used for 90 days: a key nobody needs is a key to delete. */
  static HealthFactor unused(HealthInputs in, Instant now) {
    Instant ninetyDaysAgo = now.minus(Duration.ofDays(90));
    if (in.lastUsedAt() != null && in.lastUsedAt().isAfter(ninetyDaysAgo)) {
      return new HealthFactor(
          "unused_90_days",
          0,
          "last used " + Duration.between(in.lastUsedAt(), now).toDays() + " days ago");
    }
    if (in.createdAt() != null && in.createdAt().isAfter(ninetyDaysAgo)) {
      return new HealthFactor("unused_90_days", 0, "stored less than 90 days ago");
    }
    return new HealthFactor(
        "unused_90_days",
        -10,
        in.lastUsedAt() == null ? "no use reported in 90 days" : "not used for over 90 days");
  }
}
