package pro.keyhaven.vault.service;

import java.time.Duration;
import java.time.Instant;
import pro.keyhaven.vault.repository.ApiKeyEntity;

/**
 * A key's health from its metadata alone (0..100): how long since it last changed, how close it is
 * to expiry, whether a production key has a rotation schedule, and whether it leaked. The
 * monitoring area refines this with usage.
 */
public final class HealthScore {

  private HealthScore() {}

  public static int of(ApiKeyEntity key, Instant now) {
    int score = 100;
    Instant since = key.lastRotated != null ? key.lastRotated : key.createdAt;
    long ageDays = since == null ? 0 : Duration.between(since, now).toDays();
    if (ageDays > 365) {
      score -= 45;
    } else if (ageDays > 180) {
      score -= 30;
    } else if (ageDays > 90) {
      score -= 15;
    }
    if (key.expiresAt != null) {
      long daysLeft = Duration.between(now, key.expiresAt).toDays();
      if (!key.expiresAt.isAfter(now)) {
        score -= 60;
      } else if (daysLeft < 7) {
        score -= 30;
      } else if (daysLeft < 30) {
        score -= 15;
      }
    }
    if ("production".equals(key.environment) && key.rotationSchedule == null) {
      score -= 10;
    }
    if (key.exposed) {
      score = Math.min(score, 5);
    }
    return Math.max(0, Math.min(100, score));
  }
}
