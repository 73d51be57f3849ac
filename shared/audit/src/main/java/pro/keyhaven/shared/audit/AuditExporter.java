package pro.keyhaven.shared.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.shared.audit.anchor.AnchorStore;

/**
 * Anchors the audit chains outside the database: every sealed entry not yet exported goes, in chain
 * order, into a JSON Lines object, and the chain head it reaches into a head object, both written
 * once ({@link AnchorStore}; Object Lock in compliance mode in AWS). Verification then compares the
 * chain with its latest exported head, so rewriting the chain in the database (even with every hash
 * recomputed) or cutting its tail is noticed. The scan job exports in AWS, the local server's
 * scheduler locally.
 */
@ApplicationScoped
public class AuditExporter {

  private static final Logger LOG = Logger.getLogger(AuditExporter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A tenant's sealed entries after a chain index, in chain order, at most a limit. */
  private static final String SEALED_AFTER =
      "SELECT "
          + ChainHasher.SELECT_COLUMNS
          + ", chain_index, prev_hash, hash FROM audit_logs WHERE tenant_id = $1"
          + " AND chain_index > $2 ORDER BY chain_index LIMIT $3";

  /** Most entries in one exported object. */
  static final int OBJECT_ENTRIES = 5000;

  private final Pool pool;
  private final AnchorStore store;

  public AuditExporter(Pool pool, AnchorStore store) {
    this.pool = pool;
    this.store = store;
  }

  /** A chain head as exported: the entry at {@code chainIndex} has {@code hash}. */
  public record Anchor(UUID tenantId, long chainIndex, String hash, Instant exportedAt) {}

  static String prefix(UUID tenantId) {
    return "chains/" + tenantId + "/";
  }

  static String headKey(UUID tenantId, long index) {
    return prefix(tenantId) + "heads/" + String.format("%020d", index) + ".json";
  }

  static String entriesKey(UUID tenantId, long from, long to) {
    return prefix(tenantId)
        + "entries/"
        + String.format("%020d", from)
        + "-"
        + String.format("%020d", to)
        + ".jsonl";
  }

  /** Exports every chain whose head moved since its last export; answers the entries exported. */
  public Uni<Long> exportAll() {
    return pool.preparedQuery(
            "SELECT h.tenant_id, COALESCE(a.chain_index, 0) AS exported FROM audit_chain_heads h"
                + " LEFT JOIN audit_anchors a ON a.tenant_id = h.tenant_id"
                + " WHERE h.chain_index > COALESCE(a.chain_index, 0) LIMIT 1000")
        .execute()
        .onItem()
        .transformToMulti(rows -> Multi.createFrom().iterable(rows))
        .onItem()
        .transformToUniAndConcatenate(
            row -> exportTenant(row.getUUID("tenant_id"), row.getLong("exported")))
        .collect()
        .with(java.util.stream.Collectors.summingLong(Long::longValue))
        .onFailure()
        .invoke(e -> LOG.warn("Exporting the audit chains failed; the next run goes on", e));
  }

  /** Exports the tenant's sealed entries after {@code exported}, one object at a time. */
  Uni<Long> exportTenant(UUID tenantId, long exported) {
    return pool.preparedQuery(SEALED_AFTER)
        .execute(Tuple.of(tenantId, exported, OBJECT_ENTRIES))
        .flatMap(
            rows -> {
              if (rows.size() == 0) {
                return Uni.createFrom().item(0L);
              }
              ByteArrayOutputStream lines = new ByteArrayOutputStream();
              long last = exported;
              String lastHash = null;
              for (Row row : rows) {
                last = row.getLong("chain_index");
                lastHash = row.getString("hash");
                writeLine(lines, row);
              }
              long from = exported + 1;
              long to = last;
              String hash = lastHash;
              byte[] head = head(tenantId, to, hash);
              return Uni.createFrom()
                  .item(
                      () -> {
                        // Entries first: a head is only ever written after what it covers.
                        store.put(
                            entriesKey(tenantId, from, to),
                            lines.toByteArray(),
                            "application/x-ndjson");
                        store.put(headKey(tenantId, to), head, "application/json");
                        return to;
                      })
                  .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                  .flatMap(
                      done ->
                          pool.preparedQuery(
                                  "INSERT INTO audit_anchors (tenant_id, chain_index, hash)"
                                      + " VALUES ($1, $2, $3) ON CONFLICT (tenant_id) DO UPDATE"
                                      + " SET chain_index = $2, hash = $3, exported_at = now()")
                              .execute(Tuple.of(tenantId, to, hash)))
                  .flatMap(
                      done ->
                          rows.size() < OBJECT_ENTRIES
                              ? Uni.createFrom().item((long) rows.size())
                              : exportTenant(tenantId, to).map(more -> more + rows.size()));
            });
  }

  /** Part of a chain as JSON Lines: the entries after {@code after}, and whether more follow. */
  public record Download(byte[] lines, int entries, long lastIndex, boolean more) {}

  /**
   * The tenant's sealed entries after {@code after}, at most {@code max}, as JSON Lines in the
   * exported objects' format (so a download can be compared with the anchors line by line).
   */
  public Uni<Download> download(UUID tenantId, long after, int max) {
    return pool.preparedQuery(SEALED_AFTER)
        .execute(Tuple.of(tenantId, after, max + 1))
        .map(
            rows -> {
              ByteArrayOutputStream lines = new ByteArrayOutputStream();
              int n = 0;
              long last = after;
              for (Row row : rows) {
                if (n == max) {
                  break;
                }
                writeLine(lines, row);
                last = row.getLong("chain_index");
                n++;
              }
              return new Download(lines.toByteArray(), n, last, rows.size() > max);
            });
  }

  /** The tenant's latest exported head, read from the store (not from the database). */
  public Uni<Optional<Anchor>> latest(UUID tenantId) {
    return Uni.createFrom()
        .item(
            () -> {
              List<String> heads = store.list(prefix(tenantId) + "heads/");
              if (heads.isEmpty()) {
                return Optional.<Anchor>empty();
              }
              return store.get(heads.get(heads.size() - 1)).map(AuditExporter::parseHead);
            })
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  /**
   * Compares the chain with its latest export: null when they agree (or nothing is exported yet),
   * else what is wrong and the id of the entry that differs (when there is one).
   */
  public Uni<Mismatch> check(UUID tenantId) {
    return latest(tenantId)
        .flatMap(
            anchor -> {
              if (anchor.isEmpty()) {
                return Uni.createFrom().nullItem();
              }
              Anchor a = anchor.get();
              return pool.preparedQuery(
                      "SELECT id, hash FROM audit_logs WHERE tenant_id = $1 AND chain_index = $2")
                  .execute(Tuple.of(tenantId, a.chainIndex()))
                  .map(
                      rows -> {
                        if (rows.size() == 0) {
                          return new Mismatch(
                              null,
                              "The chain ends before entry "
                                  + a.chainIndex()
                                  + ", which its export of "
                                  + a.exportedAt()
                                  + " holds: entries were removed");
                        }
                        Row row = rows.iterator().next();
                        return a.hash().equals(row.getString("hash"))
                            ? null
                            : new Mismatch(
                                row.getUUID("id"),
                                "Entry "
                                    + a.chainIndex()
                                    + " differs from its export of "
                                    + a.exportedAt()
                                    + ": the chain was rewritten");
                      });
            });
  }

  /** How the chain differs from its export. */
  public record Mismatch(UUID entryId, String problem) {}

  private static byte[] head(UUID tenantId, long index, String hash) {
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("tenant_id", tenantId.toString());
    head.put("chain_index", index);
    head.put("hash", hash);
    head.put("exported_at", Instant.now().toString());
    try {
      return JSON.writeValueAsBytes(head);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Anchor parseHead(byte[] body) {
    try {
      var node = JSON.readTree(body);
      return new Anchor(
          UUID.fromString(node.get("tenant_id").asText()),
          node.get("chain_index").asLong(),
          node.get("hash").asText(),
          Instant.parse(node.get("exported_at").asText()));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("an exported audit head cannot be read", e);
    }
  }

  /** One sealed entry as a JSON line: every hashed field, its place and its two hashes. */
  static void writeLine(ByteArrayOutputStream out, Row row) {
    ChainHasher.Fields f = ChainHasher.Fields.of(row);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("chain_index", row.getLong("chain_index"));
    line.put("id", String.valueOf(f.id()));
    line.put("tenant_id", String.valueOf(f.tenantId()));
    line.put("user_id", f.userId() == null ? null : f.userId().toString());
    line.put("action", f.action());
    line.put("resource", f.resource());
    line.put("resource_id", f.resourceId());
    line.put("metadata", f.metadata());
    line.put("ip_address", f.ipAddress());
    line.put("user_agent", f.userAgent());
    line.put("timestamp", f.timestamp().toString());
    line.put("prev_hash", row.getString("prev_hash"));
    line.put("hash", row.getString("hash"));
    try {
      out.write(JSON.writeValueAsBytes(line));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
