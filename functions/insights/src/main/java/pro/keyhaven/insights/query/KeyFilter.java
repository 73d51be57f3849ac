package pro.keyhaven.insights.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pro.keyhaven.shared.insights.KeyFacts;

/**
 * A filter over key metadata, what a question becomes (by the parser or an LLM) and what the answer
 * reports under {@code filters}. Every field is optional; a key matches when it meets all given
 * ones. Dates are UTC days.
 *
 * @param tags every one of them (none: any)
 * @param team the team's name (case-insensitive)
 * @param createdBefore created before this day (age)
 * @param createdAfter created on or after this day
 * @param expiresBefore expires before this day and has not expired yet
 * @param expiresAfter expires on or after this day
 * @param expired already expired
 * @param noExpiry has no expiry date
 * @param healthBelow health score below this
 * @param healthAtLeast health score at least this
 * @param unusedSince no reported use on or after this day (never used counts)
 */
@Schema(description = "A filter over key metadata")
public record KeyFilter(
    @Schema(
            nullable = true,
            enumeration = {"development", "staging", "production"})
        String environment,
    @Schema(nullable = true) String service,
    List<String> tags,
    @Schema(nullable = true) String team,
    @Schema(nullable = true) LocalDate createdBefore,
    @Schema(nullable = true) LocalDate createdAfter,
    @Schema(nullable = true) LocalDate expiresBefore,
    @Schema(nullable = true) LocalDate expiresAfter,
    @Schema(nullable = true) Boolean expired,
    @Schema(nullable = true) Boolean noExpiry,
    @Schema(nullable = true) Integer healthBelow,
    @Schema(nullable = true) Integer healthAtLeast,
    @Schema(nullable = true) Boolean exposed,
    @Schema(nullable = true) LocalDate unusedSince) {

  public static final KeyFilter NONE =
      new KeyFilter(
          null, null, List.of(), null, null, null, null, null, null, null, null, null, null, null);

  public KeyFilter {
    tags =
        tags == null
            ? List.of()
            : tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
    service = service == null ? null : service.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code k} meets every condition, at {@code now}. */
  public boolean matches(KeyFacts k, Instant now) {
    if (environment != null && !environment.equals(k.environment())) {
      return false;
    }
    if (service != null && !service.equalsIgnoreCase(k.service())) {
      return false;
    }
    if (!tags.isEmpty()
        && !k.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList().containsAll(tags)) {
      return false;
    }
    if (team != null && (k.teamName() == null || !team.equalsIgnoreCase(k.teamName()))) {
      return false;
    }
    if (createdBefore != null && !k.createdAt().isBefore(start(createdBefore))) {
      return false;
    }
    if (createdAfter != null && k.createdAt().isBefore(start(createdAfter))) {
      return false;
    }
    if (expiresBefore != null
        && (k.expiresAt() == null
            || !k.expiresAt().isAfter(now)
            || !k.expiresAt().isBefore(start(expiresBefore)))) {
      return false;
    }
    if (expiresAfter != null
        && (k.expiresAt() == null || k.expiresAt().isBefore(start(expiresAfter)))) {
      return false;
    }
    if (expired != null && expired != k.expired(now)) {
      return false;
    }
    if (noExpiry != null && noExpiry != (k.expiresAt() == null)) {
      return false;
    }
    if (healthBelow != null && k.healthScore() >= healthBelow) {
      return false;
    }
    if (healthAtLeast != null && k.healthScore() < healthAtLeast) {
      return false;
    }
    if (exposed != null && exposed != k.exposed()) {
      return false;
    }
    if (unusedSince != null && k.lastUsed() != null && !k.lastUsed().isBefore(unusedSince)) {
      return false;
    }
    return true;
  }

  private static Instant start(LocalDate d) {
    return d.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** One plain sentence about the filter, e.g. "production stripe keys expiring before ...". */
  public String describe() {
    StringBuilder s = new StringBuilder();
    if (environment != null) {
      s.append(environment).append(' ');
    }
    if (service != null) {
      s.append(service).append(' ');
    }
    s.append("keys");
    if (team != null) {
      s.append(" of team ").append(team);
    }
    if (!tags.isEmpty()) {
      s.append(" tagged ").append(String.join(" and ", tags));
    }
    if (exposed != null) {
      s.append(exposed ? " that are exposed" : " that are not exposed");
    }
    if (Boolean.TRUE.equals(expired)) {
      s.append(" that have expired");
    }
    if (Boolean.TRUE.equals(noExpiry)) {
      s.append(" without an expiry date");
    }
    if (expiresAfter != null) {
      s.append(" expiring on or after ").append(expiresAfter);
    }
    if (expiresBefore != null) {
      s.append(expiresAfter != null ? " and before " : " expiring before ").append(expiresBefore);
    }
    if (createdBefore != null) {
      s.append(" created before ").append(createdBefore);
    }
    if (createdAfter != null) {
      s.append(" created since ").append(createdAfter);
    }
    if (healthBelow != null) {
      s.append(" with health below ").append(healthBelow);
    }
    if (healthAtLeast != null) {
      s.append(" with health of at least ").append(healthAtLeast);
    }
    if (unusedSince != null) {
      s.append(" not used since ").append(unusedSince);
    }
    return s.toString();
  }
}
