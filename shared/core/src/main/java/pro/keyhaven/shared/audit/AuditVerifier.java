package pro.keyhaven.shared.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Walks a tenant's sealed chain and recomputes every link: a changed entry breaks its own hash, a
 * deleted one leaves a gap, a reordered one breaks the index or the previous hash, and a cut tail
 * no longer reaches the recorded head.
 */
@ApplicationScoped
public class AuditVerifier {

  private static final int PAGE = 1000;

  private final Pool pool;

  public AuditVerifier(Pool pool) {
    this.pool = pool;
  }

  /**
   * Outcome of a verification: {@code entries} sealed entries checked, {@code unsealed} still
   * waiting for the sealer; {@code firstBadId} and {@code problem} are null when the chain holds.
   */
  public record Result(
      boolean valid, long entries, long unsealed, UUID firstBadId, String problem) {}

  private record Walk(long entries, long lastIndex, String lastHash, UUID badId, String problem) {}

  public Uni<Result> verify(UUID tenantId) {
    // One snapshot for the whole walk, so a sealer committing meanwhile cannot look like damage.
    return pool.withTransaction(
        conn ->
            conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .execute()
                .flatMap(ignored -> verify(conn, tenantId)));
  }

  private Uni<Result> verify(SqlConnection conn, UUID tenantId) {
    return walk(conn, tenantId, new Walk(0, 0, ChainHasher.GENESIS, null, null))
        .flatMap(
            walk ->
                walk.problem() != null
                    ? Uni.createFrom().item(walk)
                    : checkHead(conn, tenantId, walk))
        .flatMap(
            walk ->
                conn.preparedQuery(
                        "SELECT count(*) AS n FROM audit_logs"
                            + " WHERE tenant_id = $1 AND chain_index IS NULL")
                    .execute(Tuple.of(tenantId))
                    .map(
                        rows ->
                            new Result(
                                walk.problem() == null,
                                walk.entries(),
                                rows.iterator().next().getLong("n"),
                                walk.badId(),
                                walk.problem())));
  }

  private Uni<Walk> walk(SqlConnection conn, UUID tenantId, Walk from) {
    return conn.preparedQuery(
            "SELECT "
                + ChainHasher.SELECT_COLUMNS
                + ", chain_index, prev_hash, hash FROM audit_logs WHERE tenant_id = $1"
                + " AND chain_index > $2 ORDER BY chain_index LIMIT $3")
        .execute(Tuple.of(tenantId, from.lastIndex(), PAGE))
        .flatMap(
            rows -> {
              long index = from.lastIndex();
              String prev = from.lastHash();
              long entries = from.entries();
              for (Row row : rows) {
                long stored = row.getLong("chain_index");
                if (stored != index + 1) {
                  return bad(entries, index, prev, row, "gap");
                }
                if (!prev.equals(row.getString("prev_hash"))) {
                  return bad(entries, index, prev, row, "broken_link");
                }
                String hash = row.getString("hash");
                if (!ChainHasher.hash(row, stored, prev).equals(hash)) {
                  return bad(entries, index, prev, row, "hash_mismatch");
                }
                index = stored;
                prev = hash;
                entries++;
              }
              Walk next = new Walk(entries, index, prev, null, null);
              return rows.size() < PAGE ? Uni.createFrom().item(next) : walk(conn, tenantId, next);
            });
  }

  private static Uni<Walk> bad(long entries, long index, String prev, Row row, String problem) {
    return Uni.createFrom().item(new Walk(entries, index, prev, row.getUUID("id"), problem));
  }

  private Uni<Walk> checkHead(SqlConnection conn, UUID tenantId, Walk walk) {
    return conn.preparedQuery(
            "SELECT chain_index, hash FROM audit_chain_heads WHERE tenant_id = $1")
        .execute(Tuple.of(tenantId))
        .map(
            rows -> {
              if (rows.size() == 0) {
                return walk.entries() == 0
                    ? walk
                    : new Walk(
                        walk.entries(), walk.lastIndex(), walk.lastHash(), null, "head_missing");
              }
              Row head = rows.iterator().next();
              boolean reaches =
                  head.getLong("chain_index") == walk.lastIndex()
                      && head.getString("hash").equals(walk.lastHash());
              return reaches
                  ? walk
                  : new Walk(walk.entries(), walk.lastIndex(), walk.lastHash(), null, "truncated");
            });
  }
}
