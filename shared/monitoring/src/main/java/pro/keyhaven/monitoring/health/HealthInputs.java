package pro.keyhaven.monitoring.health;

import java.time.Instant;

/**
 * What a key's health is computed from.
 *
 * @param createdAt when the key was stored
 * @param lastRotated when its value was last rotated (null: never)
 * @param expiresAt when it expires (null: never)
 * @param exposed whether it was found leaked
 * @param environment development, staging or production
 * @param policyIntervalDays the rotation schedule's interval (null: no schedule)
 * @param nextDueAt when the schedule wants the next rotation (null: no schedule)
 * @param openCritical open anomalies of severity critical
 * @param openHigh ... high
 * @param openMedium ... medium
 * @param openLow ... low
 * @param lastUsedAt the last hour with reported use (null: never reported)
 */
public record HealthInputs(
    Instant createdAt,
    Instant lastRotated,
    Instant expiresAt,
    boolean exposed,
    String environment,
    Integer policyIntervalDays,
    Instant nextDueAt,
    int openCritical,
    int openHigh,
    int openMedium,
    int openLow,
    Instant lastUsedAt) {}
