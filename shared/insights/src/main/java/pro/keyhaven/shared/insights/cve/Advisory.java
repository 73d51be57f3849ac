package pro.keyhaven.shared.insights.cve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an insight needs of an OSV advisory for one package: its id (GHSA-, PYSEC-, ...), aliases
 * (CVE ids), summary, severity and the versions that fix it.
 */
public record Advisory(
    String id, List<String> aliases, String summary, String severity, List<String> fixed) {

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,59}");

  /**
   * An advisory id as OSV writes them (GHSA-..., PYSEC-..., GO-..., CVE-...): it goes into a URL
   * path and a fingerprint, so anything else in OSV's answer is ignored.
   */
  static boolean validId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The CVE id among the aliases, else the advisory's own id. */
  public String cveOrId() {
    return aliases.stream().filter(a -> a.startsWith("CVE-")).findFirst().orElse(id);
  }

  /** Reads an advisory in the OSV schema, keeping the fixed versions of {@code pkg}. */
  public static Advisory of(JsonNode v, ServicePackages.Package pkg) {
    List<String> aliases = new ArrayList<>();
    v.path("aliases").forEach(a -> aliases.add(a.asText()));
    String summary = v.path("summary").asText("");
    if (summary.isBlank()) {
      summary = v.path("details").asText("");
    }
    if (summary.length() > 300) {
      summary = summary.substring(0, 299) + "…";
    }
    Set<String> fixed = new LinkedHashSet<>();
    String severity = severity(v.path("database_specific").path("severity").asText(""));
    for (JsonNode affected : v.path("affected")) {
      JsonNode p = affected.path("package");
      if (!pkg.ecosystem().equalsIgnoreCase(p.path("ecosystem").asText())
          || !pkg.name().equalsIgnoreCase(p.path("name").asText())) {
        continue;
      }
      for (JsonNode range : affected.path("ranges")) {
        for (JsonNode event : range.path("events")) {
          if (event.hasNonNull("fixed")) {
            fixed.add(event.get("fixed").asText());
          }
        }
      }
      if (severity == null) {
        severity = severity(affected.path("database_specific").path("severity").asText(""));
      }
      if (severity == null) {
        severity = severity(affected.path("ecosystem_specific").path("severity").asText(""));
      }
    }
    if (severity == null) {
      severity = cvssSeverity(v.path("severity"));
    }
    return new Advisory(
        v.path("id").asText(), List.copyOf(aliases), summary, severity, List.copyOf(fixed));
  }

  /** GitHub's and OSV's words for severity, as the insights say it; null when unknown. */
  static String severity(String s) {
    return switch (s.trim().toUpperCase(Locale.ROOT)) {
      case "LOW" -> "low";
      case "MODERATE", "MEDIUM" -> "medium";
      case "HIGH" -> "high";
      case "CRITICAL" -> "critical";
      default -> null;
    };
  }

  /**
   * Without a stated severity: a CVSS v3 vector's impact, read coarsely (network-reachable with
   * high confidentiality or integrity impact is high, else medium).
   */
  static String cvssSeverity(JsonNode severities) {
    for (JsonNode s : severities) {
      String score = s.path("score").asText("");
      if (score.startsWith("CVSS:3")) {
        boolean network = score.contains("AV:N");
        boolean high = score.contains("C:H") || score.contains("I:H");
        if (network && high && score.contains("PR:N")) {
          return "critical";
        }
        return network && high ? "high" : "medium";
      }
    }
    return "medium";
  }
}
