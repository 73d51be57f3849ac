package pro.keyhaven.shared.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the insights know of one key: its metadata and the monitoring facts about it, never its
 * value, ciphertext or iv. Read for the keys a user may see ({@link KeyFactsReader}).
 *
 * @param lastUsed the last day with reported use, or null when none was ever reported
 * @param rotationDueAt when its rotation schedule is due, or null without a schedule
 * @param teamMembers members of its team (0 for a personal key)
 * @param valueFingerprint SHA-256 of the value when the browser sent one (docs/fingerprints.md),
 *     compared only for equality between the user's own keys; never sent anywhere
 */
public record KeyFacts(
    UUID id,
    String name,
    String service,
    String environment,
    List<String> tags,
    UUID teamId,
    String teamName,
    Instant createdAt,
    Instant lastRotated,
    Instant expiresAt,
    int healthScore,
    boolean exposed,
    int teamMembers,
    int openAnomalies,
    Instant rotationDueAt,
    LocalDate lastUsed,
    String valueFingerprint) {

  @Override
  public String toString() {
    return "KeyFacts[" + id + ", " + name + "]";
  }

  /** When the value was last set: its last rotation, else its creation. */
  public Instant valueSince() {
    return lastRotated != null ? lastRotated : createdAt;
  }

  public boolean rotationOverdue(Instant now) {
    return rotationDueAt != null && rotationDueAt.isBefore(now);
  }

  public boolean expired(Instant now) {
    return expiresAt != null && !expiresAt.isAfter(now);
  }

  /** Expires within {@code days} from now (and has not yet expired). */
  public boolean expiresWithin(Instant now, int days) {
    return expiresAt != null
        && expiresAt.isAfter(now)
        && !expiresAt.isAfter(now.plusSeconds(days * 86_400L));
  }
}
