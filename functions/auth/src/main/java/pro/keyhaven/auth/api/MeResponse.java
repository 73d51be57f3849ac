package pro.keyhaven.auth.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** {@code GET /api/me}. */
public record MeResponse(
    UUID id,
    String email,
    String subscription,
    Instant createdAt,
    Map<String, Object> preferences) {}
