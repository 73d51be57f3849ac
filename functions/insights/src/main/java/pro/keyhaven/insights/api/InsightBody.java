package pro.keyhaven.insights.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An insight as the API shows it (a {@code SecurityInsight} with id, resolved and created_at). */
public record InsightBody(
    UUID id,
    @Schema(
            enumeration = {
              "exposed",
              "open_anomalies",
              "rotation_overdue",
              "expired",
              "expiring",
              "old_production_key",
              "unused",
              "shared_widely",
              "no_expiry",
              "vulnerable_sdk",
              "same_value_across_environments",
              "vulnerable_dependency"
            })
        String type,
    @Schema(enumeration = {"low", "medium", "high", "critical"}) String severity,
    String description,
    String recommendation,
    List<UUID> keyIds,
    @Schema(
            nullable = true,
            description =
                "CVE id (else the advisory's own id) of a vulnerable_sdk or vulnerable_dependency"
                    + " insight")
        String cveId,
    @Schema(nullable = true, description = "package and version that fix it, e.g. \"stripe 8.2.1\"")
        List<String> fixedVersions,
    boolean resolved,
    @Schema(nullable = true) Instant resolvedAt,
    Instant createdAt,
    Instant updatedAt) {}
