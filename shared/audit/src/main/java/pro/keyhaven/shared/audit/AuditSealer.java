package pro.keyhaven.shared.audit;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.shared.config.KeyHavenConfig;

/**
 * Links pending audit entries into their tenant's hash chain, in insert order. One sealer at a time
 * per tenant (a transaction-scoped advisory lock), and a unique (tenant, index) constraint behind
 * it, so the chain can never fork however many appends race.
 */
@ApplicationScoped
public class AuditSealer {

  private static final Logger LOG = Logger.getLogger(AuditSealer.class);

  private final Pool pool;
  private final KeyHavenConfig config;

  public AuditSealer(Pool pool, KeyHavenConfig config) {
    this.pool = pool;
    this.config = config;
  }

  /**
   * Seals every tenant that has pending entries. The local server's scheduler calls it every {@code
   * keyhaven.audit.seal-every}; in AWS the anomaly-scan job does; verification seals the tenant it
   * verifies first.
   */
  public Uni<Void> sealAll() {
    return pool.preparedQuery(
            "SELECT DISTINCT tenant_id FROM audit_logs WHERE chain_index IS NULL LIMIT 1000")
        .execute()
        .onItem()
        .transformToMulti(rows -> Multi.createFrom().iterable(rows))
        .map(row -> row.getUUID("tenant_id"))
        .onItem()
        .transformToUniAndConcatenate(this::sealTenant)
        .collect()
        .asList()
        .replaceWithVoid()
        .onFailure()
        .invoke(e -> LOG.warn("Sealing the audit chains failed; the next pass retries", e));
  }

  /** Seals the tenant's pending entries until none is left; answers how many it sealed. */
  public Uni<Integer> sealTenant(UUID tenantId) {
    return sealBatch(tenantId)
        .flatMap(
            count ->
                count < config.audit().sealBatch()
                    ? Uni.createFrom().item(count)
                    : sealTenant(tenantId).map(more -> count + more));
  }

  private Uni<Integer> sealBatch(UUID tenantId) {
    return pool.withTransaction(
        conn ->
            conn.preparedQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock($1)) AS locked")
                .execute(Tuple.of(lockKey(tenantId)))
                .flatMap(
                    locked ->
                        conn.preparedQuery(
                                "SELECT chain_index, hash FROM audit_chain_heads WHERE tenant_id = $1")
                            .execute(Tuple.of(tenantId)))
                .flatMap(
                    head -> {
                      long index = 0;
                      String prev = ChainHasher.GENESIS;
                      if (head.size() > 0) {
                        Row h = head.iterator().next();
                        index = h.getLong("chain_index");
                        prev = h.getString("hash");
                      }
                      return pending(conn, tenantId, index, prev);
                    }));
  }

  private Uni<Integer> pending(SqlConnection conn, UUID tenantId, long headIndex, String headHash) {
    return conn.preparedQuery(
            "SELECT "
                + ChainHasher.SELECT_COLUMNS
                + " FROM audit_logs WHERE tenant_id = $1 AND chain_index IS NULL ORDER BY seq LIMIT $2")
        .execute(Tuple.of(tenantId, config.audit().sealBatch()))
        .flatMap(
            rows -> {
              if (rows.size() == 0) {
                return Uni.createFrom().item(0);
              }
              List<Tuple> updates = new ArrayList<>();
              long index = headIndex;
              String prev = headHash;
              for (Row row : rows) {
                index++;
                String hash = ChainHasher.hash(row, index, prev);
                updates.add(Tuple.of(index, prev, hash, row.getUUID("id")));
                prev = hash;
              }
              long lastIndex = index;
              String lastHash = prev;
              return conn.preparedQuery(
                      "UPDATE audit_logs SET chain_index = $1, prev_hash = $2, hash = $3,"
                          + " sealed_at = now() WHERE id = $4 AND chain_index IS NULL")
                  .executeBatch(updates)
                  .flatMap(
                      done ->
                          conn.preparedQuery(
                                  "INSERT INTO audit_chain_heads (tenant_id, chain_index, hash)"
                                      + " VALUES ($1, $2, $3) ON CONFLICT (tenant_id) DO UPDATE"
                                      + " SET chain_index = $2, hash = $3, updated_at = now()")
                              .execute(Tuple.of(tenantId, lastIndex, lastHash)))
                  .replaceWith(updates.size());
            });
  }

  static long lockKey(UUID tenantId) {
    // Namespaced so the lock never collides with another use of advisory locks.
    return tenantId.getMostSignificantBits()
        ^ tenantId.getLeastSignificantBits()
        ^ 0x4b48_4155_4449_5431L;
  }
}
