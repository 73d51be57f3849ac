package pro.keyhaven.shared.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Walks a tenant's sealed chain and recomputes every link: a changed entry breaks its own hash, a
 * deleted one leaves a gap, a reordered one breaks the index or the previous hash, and a cut tail
 * no longer reaches the recorded head.
 */
@ApplicationScoped
public class AuditVerifier {

  private static final int PAGE = 1000;

  private final Pool pool;
  private final AuditExporter exports;

  public AuditVerifier(Pool pool, AuditExporter exports) {
    this.pool = pool;
    this.exports = exports;
  }

  /**
   * Outcome of a verification: {@code entries} sealed entries checked in this call, from after
   * {@code verifiedFrom} (the checkpoint an earlier call left; 0 for the start of the chain) up to
   * {@code verifiedThrough}; {@code complete} when that reached the chain's head; {@code unsealed}
   * entries still waiting for the sealer; {@code firstBadId} and {@code problem} are null when the
   * chain holds.
   */
  public record Result(
      boolean valid,
      long entries,
      long unsealed,
      @Schema(nullable = true) UUID firstBadId,
      @Schema(nullable = true) String problem,
      long verifiedFrom,
      long verifiedThrough,
      boolean complete) {}

  /**
   * Verifies the tenant's chain from where the last good verification ended, at most {@code batch}
   * entries per call (bounded time and memory however long the chain), and moves the checkpoint
   * forward when what it walked holds. {@code fromStart} starts over from the first entry (and the
   * calls after it continue from there).
   */
  public Uni<Result> verify(UUID tenantId, long batch, boolean fromStart) {
    // One snapshot for the whole walk, so a sealer committing meanwhile cannot look like damage.
    return pool.withTransaction(
            conn ->
                conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .execute()
                    .flatMap(ignored -> verify(conn, tenantId, batch, fromStart)))
        .flatMap(result -> result.valid() ? againstExport(tenantId, result) : same(result))
        .call(
            result ->
                result.valid()
                    ? saveCheckpoint(tenantId, result, fromStart)
                    : Uni.createFrom().voidItem());
  }

  /**
   * A chain that holds together may still have been rewritten whole (every hash recomputed) or cut
   * by someone with the database: it must also agree with its latest export outside it.
   */
  private Uni<Result> againstExport(UUID tenantId, Result result) {
    return exports
        .check(tenantId)
        .map(
            mismatch ->
                mismatch == null
                    ? result
                    : new Result(
                        false,
                        result.entries(),
                        result.unsealed(),
                        mismatch.entryId(),
                        mismatch.problem(),
                        result.verifiedFrom(),
                        result.verifiedThrough(),
                        result.complete()));
  }

  private static Uni<Result> same(Result result) {
    return Uni.createFrom().item(result);
  }

  /** The whole chain from its start. */
  public Uni<Result> verify(UUID tenantId) {
    return verify(tenantId, Long.MAX_VALUE / 2, true);
  }

  private Uni<Result> verify(SqlConnection conn, UUID tenantId, long batch, boolean fromStart) {
    Uni<ChainWalk> from =
        fromStart
            ? Uni.createFrom().item(ChainWalk.start())
            : conn.preparedQuery(
                    "SELECT chain_index, hash FROM audit_verify_checkpoints WHERE tenant_id = $1")
                .execute(Tuple.of(tenantId))
                .map(
                    rows ->
                        rows.size() == 0
                            ? ChainWalk.start()
                            : ChainWalk.after(
                                rows.iterator().next().getLong("chain_index"),
                                rows.iterator().next().getString("hash")));
    long[] start = new long[1];
    boolean[] complete = new boolean[1];
    return from.invoke(w -> start[0] = w.lastIndex())
        .flatMap(w -> walk(conn, tenantId, w, w.lastIndex() + batch))
        .flatMap(
            walk -> {
              complete[0] = walk.broken() || walk.lastIndex() < start[0] + batch;
              return walk.broken() || !complete[0]
                  ? Uni.createFrom().item(walk)
                  : checkHead(conn, tenantId, walk);
            })
        .flatMap(
            walk ->
                conn.preparedQuery(
                        "SELECT count(*) AS n FROM audit_logs"
                            + " WHERE tenant_id = $1 AND chain_index IS NULL")
                    .execute(Tuple.of(tenantId))
                    .map(
                        rows ->
                            new Result(
                                !walk.broken(),
                                walk.entries(),
                                rows.iterator().next().getLong("n"),
                                walk.badId(),
                                walk.problem(),
                                start[0],
                                walk.lastIndex(),
                                complete[0])));
  }

  private Uni<ChainWalk> walk(SqlConnection conn, UUID tenantId, ChainWalk from, long until) {
    long page = Math.min(PAGE, until - from.lastIndex());
    if (page <= 0) {
      return Uni.createFrom().item(from);
    }
    return conn.preparedQuery(
            "SELECT "
                + ChainHasher.SELECT_COLUMNS
                + ", chain_index, prev_hash, hash FROM audit_logs WHERE tenant_id = $1"
                + " AND chain_index > $2 ORDER BY chain_index LIMIT $3")
        .execute(Tuple.of(tenantId, from.lastIndex(), page))
        .flatMap(
            rows -> {
              ChainWalk walk = from;
              for (Row row : rows) {
                walk =
                    walk.next(
                        new ChainWalk.Link(
                            ChainHasher.Fields.of(row),
                            row.getLong("chain_index"),
                            row.getString("prev_hash"),
                            row.getString("hash")));
                if (walk.broken()) {
                  return Uni.createFrom().item(walk);
                }
              }
              return rows.size() < page
                  ? Uni.createFrom().item(walk)
                  : walk(conn, tenantId, walk, until);
            });
  }

  private Uni<Void> saveCheckpoint(UUID tenantId, Result result, boolean startedOver) {
    if (result.verifiedThrough() == 0) {
      return startedOver
          ? pool.preparedQuery("DELETE FROM audit_verify_checkpoints WHERE tenant_id = $1")
              .execute(Tuple.of(tenantId))
              .replaceWithVoid()
          : Uni.createFrom().voidItem();
    }
    // A walk that started over may set the checkpoint back; otherwise it only moves forward.
    String forwardOnly =
        startedOver ? "" : " WHERE audit_verify_checkpoints.chain_index <= EXCLUDED.chain_index";
    return pool.preparedQuery(
            "INSERT INTO audit_verify_checkpoints (tenant_id, chain_index, hash, verified_at)"
                + " SELECT tenant_id, chain_index, hash, now() FROM audit_logs"
                + " WHERE tenant_id = $1 AND chain_index = $2"
                + " ON CONFLICT (tenant_id) DO UPDATE SET chain_index = EXCLUDED.chain_index,"
                + " hash = EXCLUDED.hash, verified_at = EXCLUDED.verified_at"
                + forwardOnly)
        .execute(Tuple.of(tenantId, result.verifiedThrough()))
        .replaceWithVoid();
  }

  private Uni<ChainWalk> checkHead(SqlConnection conn, UUID tenantId, ChainWalk walk) {
    return conn.preparedQuery(
            "SELECT chain_index, hash FROM audit_chain_heads WHERE tenant_id = $1")
        .execute(Tuple.of(tenantId))
        .map(
            rows -> {
              if (rows.size() == 0) {
                return walk.atHead(null, null);
              }
              Row head = rows.iterator().next();
              return walk.atHead(head.getLong("chain_index"), head.getString("hash"));
            });
  }
}
