package pro.keyhaven.shared.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The canonical form of a sealed entry and its SHA-256. The form is a JSON array of every column
 * that matters, with object keys sorted, so it does not depend on how the row was read.
 */
final class ChainHasher {

  static final String GENESIS = "0".repeat(64);
  static final String SELECT_COLUMNS =
      "id, tenant_id, user_id, action, resource, resource_id, metadata, ip_address, user_agent,"
          + " timestamp";

  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private ChainHasher() {}

  /** The columns of an entry that its hash covers. */
  record Fields(
      UUID id,
      UUID tenantId,
      UUID userId,
      String action,
      String resource,
      String resourceId,
      Map<String, Object> metadata,
      String ipAddress,
      String userAgent,
      Instant timestamp) {

    /** The fields of a row read with {@link #SELECT_COLUMNS}. */
    static Fields of(Row row) {
      return new Fields(
          row.getUUID("id"),
          row.getUUID("tenant_id"),
          row.getUUID("user_id"),
          row.getString("action"),
          row.getString("resource"),
          row.getString("resource_id"),
          toMap(row.getValue("metadata")),
          row.getString("ip_address"),
          row.getString("user_agent"),
          row.getOffsetDateTime("timestamp").toInstant());
    }
  }

  /**
   * SHA-256 (hex) of the canonical form of {@code row} placed at {@code index} after {@code prev}.
   */
  static String hash(Row row, long index, String prev) {
    return hash(Fields.of(row), index, prev);
  }

  /** SHA-256 (hex) of the canonical form of an entry placed at {@code index} after {@code prev}. */
  static String hash(Fields e, long index, String prev) {
    List<Object> form = new ArrayList<>();
    form.add("keyhaven-audit-v1");
    form.add(index);
    form.add(String.valueOf(e.id()));
    form.add(String.valueOf(e.tenantId()));
    form.add(e.userId() == null ? null : e.userId().toString());
    form.add(e.action());
    form.add(e.resource());
    form.add(e.resourceId());
    form.add(sorted(e.metadata() == null ? Map.of() : e.metadata()));
    form.add(e.ipAddress());
    form.add(e.userAgent());
    form.add(e.timestamp().toString());
    form.add(prev);
    try {
      byte[] canonical = CANONICAL.writeValueAsBytes(form);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException ex) {
      throw new IllegalStateException("cannot hash audit entry", ex);
    }
  }

  private static Map<String, Object> toMap(Object value) {
    if (value instanceof JsonObject json) {
      return json.getMap();
    }
    if (value instanceof String s) {
      return new JsonObject(s).getMap();
    }
    return Map.of();
  }

  @SuppressWarnings("unchecked")
  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
      return out;
    }
    if (value instanceof JsonObject json) {
      return sorted(json.getMap());
    }
    if (value instanceof io.vertx.core.json.JsonArray array) {
      return sorted(array.getList());
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(sorted(v)));
      return out;
    }
    return value;
  }
}
