package pro.keyhaven.vault.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.security.ClientInfo;

/**
 * The hot path of a new personal key: the key, its first version and its {@code key.create} audit
 * entry inserted by one statement (one round trip, one implicit transaction), where the general
 * path of {@code KeyService.create} takes six. An id that exists already inserts nothing and
 * answers null; the general path then tells the caller why.
 */
@ApplicationScoped
public class KeyCreates {

  private final Pool pool;
  private final AuditWriter audit;
  private final String insertAndAudit;

  public KeyCreates(Pool pool, AuditWriter audit) {
    this.pool = pool;
    this.audit = audit;
    this.insertAndAudit =
        "WITH k AS (INSERT INTO api_keys (id, user_id, team_id, service, name, encrypted_value, iv,"
            + " value_fingerprint, description, environment, tags, permissions, expires_at,"
            + " rotation_schedule, version, health_score, exposed, created_at, updated_at)"
            + " VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1, $14,"
            + " false, $15, $15) ON CONFLICT (id) DO NOTHING RETURNING *),"
            + " v AS (INSERT INTO api_key_versions (key_id, version, encrypted_value, iv,"
            + " value_fingerprint, created_by, created_at) SELECT k.id, k.version,"
            + " k.encrypted_value, k.iv, k.value_fingerprint, k.user_id, k.created_at FROM k"
            + " RETURNING 1), audited AS ("
            + AuditWriter.insertFor("k", "key.create", 16)
            + ") SELECT k.*, (SELECT count(*) FROM v) AS versions,"
            + " (SELECT count(*) FROM audited) AS audited FROM k";
  }

  /**
   * Inserts {@code key} (a personal key at version 1, built by the caller) with its first version
   * and its audit entry; the stored row, or null when its id is taken.
   */
  public Uni<ApiKeyEntity> insertPersonal(ApiKeyEntity key, ClientInfo client) {
    if (key.teamId != null || key.version != 1) {
      throw new IllegalArgumentException("only a new personal key at version 1");
    }
    Tuple args =
        Tuple.tuple()
            .addUUID(key.id)
            .addUUID(key.userId)
            .addString(key.service)
            .addString(key.name)
            .addString(key.encryptedValue)
            .addString(key.iv)
            .addString(key.valueFingerprint)
            .addString(key.description)
            .addString(key.environment)
            .addArrayOfString(key.tags)
            .addArrayOfString(key.permissions)
            .addOffsetDateTime(
                key.expiresAt == null ? null : key.expiresAt.atOffset(ZoneOffset.UTC))
            .addValue(key.rotationSchedule == null ? null : new JsonObject(key.rotationSchedule))
            .addInteger(key.healthScore)
            .addOffsetDateTime(key.createdAt.atOffset(ZoneOffset.UTC));
    return pool.preparedQuery(insertAndAudit)
        .execute(audit.bind(args, key.userId, client))
        .map(KeyCreates::stored);
  }

  private static ApiKeyEntity stored(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return null;
    }
    Row r = rows.iterator().next();
    if (r.getLong("versions") != 1L || r.getLong("audited") != 1L) {
      throw new IllegalStateException("a new key was stored without its version or audit entry");
    }
    return KeyReads.entity(r);
  }
}
