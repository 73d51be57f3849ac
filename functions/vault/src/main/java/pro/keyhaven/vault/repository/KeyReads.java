package pro.keyhaven.vault.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import pro.keyhaven.shared.audit.ClientInfo;

/**
 * The hot path of the vault: reading one key and writing its {@code key.read} audit entry in a
 * single statement (one round trip, one implicit transaction). The visibility rule is the same as
 * everywhere: the caller's own personal key, or a key of a team the caller belongs to; anything
 * else finds no row, and then nothing is audited.
 */
@ApplicationScoped
public class KeyReads {

  private static final String READ_AND_AUDIT =
      """
      WITH k AS (
        SELECT * FROM api_keys a
        WHERE a.id = $1 AND a.deleted_at IS NULL
          AND ((a.team_id IS NULL AND a.user_id = $2)
            OR (a.team_id IS NOT NULL AND EXISTS (
                  SELECT 1 FROM team_members m WHERE m.team_id = a.team_id AND m.user_id = $2)))
      ), audited AS (
        INSERT INTO audit_logs (id, tenant_id, user_id, action, resource, resource_id, metadata,
                                ip_address, user_agent, timestamp)
        SELECT $3, coalesce(k.team_id, k.user_id), $2, 'key.read', 'api_key', k.id::text,
               '{}'::jsonb, $4, $5, $6
        FROM k
        RETURNING 1
      )
      SELECT k.*, (SELECT count(*) FROM audited) AS audited FROM k
      """;

  private final Pool pool;

  public KeyReads(Pool pool) {
    this.pool = pool;
  }

  /** The key, audited as read by {@code caller}; null when the caller may not see it. */
  public Uni<ApiKeyEntity> readAndAudit(UUID caller, UUID id, ClientInfo client) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Tuple args =
        Tuple.tuple()
            .addUUID(id)
            .addUUID(caller)
            .addUUID(UUID.randomUUID())
            .addString(client.ipAddress())
            .addString(client.userAgent())
            .addOffsetDateTime(now.atOffset(ZoneOffset.UTC));
    return pool.preparedQuery(READ_AND_AUDIT).execute(args).map(KeyReads::first);
  }

  private static ApiKeyEntity first(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return null;
    }
    Row r = rows.iterator().next();
    if (r.getLong("audited") != 1L) {
      throw new IllegalStateException("a key read was not audited");
    }
    return entity(r);
  }

  /** A detached entity from a row of {@code api_keys} (for read-only answers). */
  static ApiKeyEntity entity(Row r) {
    ApiKeyEntity k = new ApiKeyEntity();
    k.id = r.getUUID("id");
    k.userId = r.getUUID("user_id");
    k.teamId = r.getUUID("team_id");
    k.service = r.getString("service");
    k.name = r.getString("name");
    k.encryptedValue = r.getString("encrypted_value");
    k.iv = r.getString("iv");
    k.description = r.getString("description");
    k.environment = r.getString("environment");
    k.tags = r.getArrayOfStrings("tags");
    k.permissions = r.getArrayOfStrings("permissions");
    k.expiresAt = instant(r, "expires_at");
    k.version = r.getInteger("version");
    k.healthScore = r.getInteger("health_score");
    k.lastRotated = instant(r, "last_rotated");
    Object schedule = r.getValue("rotation_schedule");
    k.rotationSchedule =
        schedule instanceof io.vertx.core.json.JsonObject json ? json.getMap() : null;
    k.exposed = r.getBoolean("exposed");
    k.deletedAt = instant(r, "deleted_at");
    k.createdAt = instant(r, "created_at");
    k.updatedAt = instant(r, "updated_at");
    return k;
  }

  private static Instant instant(Row r, String column) {
    var t = r.getOffsetDateTime(column);
    return t == null ? null : t.toInstant();
  }
}
