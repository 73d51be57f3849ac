package pro.keyhaven.vault.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.security.ClientInfo;

/**
 * The hot path of the vault: reading one key and writing its {@code key.read} audit entry in a
 * single statement (one round trip, one implicit transaction), composed of the one visibility rule
 * ({@link KeyVisibility}) and the audit writer's insert ({@link AuditWriter#insertFor}); a key the
 * caller may not see finds no row, and then nothing is audited.
 */
@ApplicationScoped
public class KeyReads {

  private final Pool pool;
  private final AuditWriter audit;
  private final String readAndAudit;

  public KeyReads(Pool pool, AuditWriter audit, KeyVisibility visibility) {
    this.pool = pool;
    this.audit = audit;
    // One statement: the visible row, and its audit entry inserted from it ($1 key, $2 caller,
    // $3.. the audit values).
    this.readAndAudit =
        "WITH k AS (SELECT * FROM api_keys a WHERE a.id = $1 AND a.deleted_at IS NULL AND "
            + visibility.visible("a", "$2")
            + "), audited AS ("
            + AuditWriter.insertFor("k", "key.read", 3)
            + ") SELECT k.*, (SELECT count(*) FROM audited) AS audited FROM k";
  }

  /** The key, audited as read by {@code caller}; null when the caller may not see it. */
  public Uni<ApiKeyEntity> readAndAudit(UUID caller, UUID id, ClientInfo client) {
    Tuple args = audit.bind(Tuple.tuple().addUUID(id).addUUID(caller), caller, client);
    return pool.preparedQuery(readAndAudit).execute(args).map(KeyReads::first);
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
    k.sealedValue = r.getString("sealed_value");
    k.valueFingerprint = r.getString("value_fingerprint");
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
