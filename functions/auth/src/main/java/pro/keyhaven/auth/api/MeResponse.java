package pro.keyhaven.auth.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/me}. */
public record MeResponse(
    UUID id,
    String email,
    @Schema(enumeration = {"free", "pro", "team"}) String subscription,
    Instant createdAt,
    Map<String, Object> preferences,
    // Verified, or verification is off (local mode without mail).
    boolean emailVerified,
    boolean emailVerificationRequired) {}
