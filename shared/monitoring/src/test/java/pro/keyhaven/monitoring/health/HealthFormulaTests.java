package pro.keyhaven.monitoring.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each factor of the health formula, alone, against a key that is otherwise perfectly healthy. */
class HealthFormulaTests {

  static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  static Instant daysAgo(long d) {
    return NOW.minus(Duration.ofDays(d));
  }

  /** Ten days old, used yesterday, staging, nothing wrong. */
  static HealthInputs healthy() {
    return new HealthInputs(
        daysAgo(10), null, null, false, "staging", null, null, 0, 0, 0, 0, daysAgo(1));
  }

  static int impact(HealthInputs in, String factor) {
    return HealthFormula.of(in, NOW).factors().stream()
        .filter(f -> f.name().equals(factor))
        .findFirst()
        .orElseThrow()
        .impact();
  }

  @Test
  void aHealthyKeyScoresHundredAndListsAllSevenFactors() {
    Health h = HealthFormula.of(healthy(), NOW);
    assertThat(h.score()).isEqualTo(100);
    assertThat(h.factors())
        .extracting(HealthFactor::name)
        .containsExactly(
            "age",
            "rotation_overdue",
            "expiry",
            "exposure",
            "open_anomalies",
            "environment",
            "unused_90_days");
    assertThat(h.factors()).allSatisfy(f -> assertThat(f.impact()).isZero());
  }

  @Test
  void ageCountsAgainstTheScheduleOrTheNinetyDayDefault() {
    HealthInputs old = withAge(healthy(), 100, null);
    assertThat(impact(old, "age")).isEqualTo(-15);
    assertThat(impact(withAge(healthy(), 60, null), "age")).isEqualTo(-5);
    assertThat(impact(withAge(healthy(), 200, null), "age")).isEqualTo(-25);
    // The same 100 days are fine under a 365-day schedule.
    assertThat(impact(withAge(healthy(), 100, 365), "age")).isZero();
    // A rotation resets the age.
    HealthInputs rotated =
        new HealthInputs(
            daysAgo(400), daysAgo(5), null, false, "staging", null, null, 0, 0, 0, 0, daysAgo(1));
    assertThat(impact(rotated, "age")).isZero();
    assertThat(HealthFormula.of(old, NOW).score()).isEqualTo(85);
  }

  @Test
  void anOverdueRotationCostsMoreTheLongerItWaits() {
    assertThat(impact(withDue(healthy(), NOW.plus(Duration.ofDays(3))), "rotation_overdue"))
        .isZero();
    assertThat(impact(withDue(healthy(), daysAgo(2)), "rotation_overdue")).isEqualTo(-10);
    assertThat(impact(withDue(healthy(), daysAgo(45)), "rotation_overdue")).isEqualTo(-20);
  }

  @Test
  void expiryProximityAndExpiry() {
    assertThat(impact(withExpiry(healthy(), NOW.plus(Duration.ofDays(60))), "expiry")).isZero();
    assertThat(impact(withExpiry(healthy(), NOW.plus(Duration.ofDays(20))), "expiry"))
        .isEqualTo(-15);
    assertThat(impact(withExpiry(healthy(), NOW.plus(Duration.ofDays(3))), "expiry"))
        .isEqualTo(-30);
    assertThat(impact(withExpiry(healthy(), daysAgo(1)), "expiry")).isEqualTo(-60);
  }

  @Test
  void anExposedKeyLosesSeventyPoints() {
    HealthInputs h = healthy();
    HealthInputs exposed =
        new HealthInputs(
            h.createdAt(), null, null, true, "staging", null, null, 0, 0, 0, 0, h.lastUsedAt());
    assertThat(impact(exposed, "exposure")).isEqualTo(-70);
    assertThat(HealthFormula.of(exposed, NOW).score()).isEqualTo(30);
  }

  @Test
  void openAnomaliesWeighBySeverityUpToForty() {
    assertThat(impact(withAnomalies(0, 1, 0, 0), "open_anomalies")).isEqualTo(-15);
    assertThat(impact(withAnomalies(0, 0, 1, 1), "open_anomalies")).isEqualTo(-11);
    assertThat(impact(withAnomalies(2, 1, 0, 0), "open_anomalies")).isEqualTo(-40);
  }

  @Test
  void aProductionKeyWithoutScheduleLosesTen() {
    HealthInputs h = healthy();
    HealthInputs prod =
        new HealthInputs(
            h.createdAt(), null, null, false, "production", null, null, 0, 0, 0, 0, h.lastUsedAt());
    assertThat(impact(prod, "environment")).isEqualTo(-10);
    HealthInputs scheduled =
        new HealthInputs(
            h.createdAt(),
            null,
            null,
            false,
            "production",
            90,
            NOW.plus(Duration.ofDays(80)),
            0,
            0,
            0,
            0,
            h.lastUsedAt());
    assertThat(impact(scheduled, "environment")).isZero();
  }

  @Test
  void aKeyUnusedForNinetyDaysLosesTen() {
    HealthInputs idle =
        new HealthInputs(
            daysAgo(200),
            daysAgo(20),
            null,
            false,
            "staging",
            null,
            null,
            0,
            0,
            0,
            0,
            daysAgo(120));
    assertThat(impact(idle, "unused_90_days")).isEqualTo(-10);
    HealthInputs neverReported =
        new HealthInputs(
            daysAgo(200), daysAgo(20), null, false, "staging", null, null, 0, 0, 0, 0, null);
    assertThat(impact(neverReported, "unused_90_days")).isEqualTo(-10);
    HealthInputs young =
        new HealthInputs(daysAgo(30), null, null, false, "staging", null, null, 0, 0, 0, 0, null);
    assertThat(impact(young, "unused_90_days")).isZero();
  }

  @Test
  void theScoreNeverLeavesZeroToHundred() {
    HealthInputs worst =
        new HealthInputs(
            daysAgo(900), null, daysAgo(3), true, "production", null, null, 5, 5, 5, 5, null);
    assertThat(HealthFormula.of(worst, NOW).score()).isZero();
  }

  private static HealthInputs withAge(HealthInputs h, long days, Integer interval) {
    return new HealthInputs(
        daysAgo(days),
        null,
        null,
        false,
        h.environment(),
        interval,
        interval == null ? null : NOW.plus(Duration.ofDays(1)),
        0,
        0,
        0,
        0,
        h.lastUsedAt());
  }

  private static HealthInputs withDue(HealthInputs h, Instant due) {
    return new HealthInputs(
        h.createdAt(), null, null, false, h.environment(), 30, due, 0, 0, 0, 0, h.lastUsedAt());
  }

  private static HealthInputs withExpiry(HealthInputs h, Instant expiresAt) {
    return new HealthInputs(
        h.createdAt(),
        null,
        expiresAt,
        false,
        h.environment(),
        null,
        null,
        0,
        0,
        0,
        0,
        h.lastUsedAt());
  }

  private static HealthInputs withAnomalies(int critical, int high, int medium, int low) {
    HealthInputs h = healthy();
    return new HealthInputs(
        h.createdAt(),
        null,
        null,
        false,
        h.environment(),
        null,
        null,
        critical,
        high,
        medium,
        low,
        h.lastUsedAt());
  }
}
