package pro.keyhaven.shared.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import pro.keyhaven.shared.security.ClientInfo;

/**
 * What happened, by whom, to what, for the audit log. {@code tenantId} names the chain (the user's
 * own, or a team's). Metadata is for ids and counts: never a secret, hash or token.
 */
public record AuditEvent(
    UUID tenantId,
    UUID actorId,
    String action,
    String resource,
    String resourceId,
    Map<String, Object> metadata,
    ClientInfo client) {

  /** Field names that must never reach the log, whatever their value. */
  private static final Set<String> FORBIDDEN_KEYS =
      Set.of(
          "password",
          "auth_hash",
          "new_auth_hash",
          "token",
          "access_token",
          "refresh_token",
          "encrypted_value",
          "secret",
          "value",
          "protected_user_key",
          "protected_private_key",
          "wrapped_team_key");

  public AuditEvent {
    if (tenantId == null || action == null || resource == null) {
      throw new IllegalArgumentException("tenant, action and resource are required");
    }
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    for (String key : metadata.keySet()) {
      if (FORBIDDEN_KEYS.contains(key)) {
        throw new IllegalArgumentException("audit metadata may not carry '" + key + "'");
      }
    }
    client = client == null ? ClientInfo.NONE : client;
  }
}
