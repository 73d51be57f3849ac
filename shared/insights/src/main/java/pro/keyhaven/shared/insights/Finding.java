package pro.keyhaven.shared.insights;

import java.util.List;
import java.util.UUID;

/**
 * One insight before it is stored: what it is, how bad, what to do and which keys it concerns.
 * {@code fingerprint} identifies the same finding across refreshes (one per rule and user; one per
 * advisory for the CVE feed).
 */
public record Finding(
    String type,
    String severity,
    String description,
    String recommendation,
    List<UUID> keyIds,
    String cveId,
    List<String> fixedVersions,
    String fingerprint) {

  public static Finding rule(
      String type, String severity, String description, String recommendation, List<UUID> keys) {
    return new Finding(type, severity, description, recommendation, keys, null, null, type);
  }
}
