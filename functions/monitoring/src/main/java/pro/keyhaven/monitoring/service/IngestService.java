package pro.keyhaven.monitoring.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import pro.keyhaven.monitoring.api.Accepted;
import pro.keyhaven.monitoring.api.UsageBatch;
import pro.keyhaven.monitoring.config.MonitoringConfig;
import pro.keyhaven.monitoring.repository.MonitoredKeys;
import pro.keyhaven.monitoring.usage.UsageEvent;
import pro.keyhaven.monitoring.usage.UsageWriter;
import pro.keyhaven.shared.error.ApiException;

/**
 * Usage reporting. A batch is all or nothing: every event valid, and every key one the reporter may
 * write (a user who is the key's owner, editor or admin; an ingest token of that very key).
 * Anything else refuses the whole batch, with 404 for a key the reporter may not write, exactly as
 * for a key that does not exist.
 */
@ApplicationScoped
public class IngestService {

  private static final String TOKEN =
      """
      SELECT t.id, t.key_id FROM ingest_tokens t JOIN api_keys a ON a.id = t.key_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND a.deleted_at IS NULL
      """;

  private static final String TOUCH =
      """
      UPDATE ingest_tokens SET last_used_at = $2
      WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')
      """;

  private final MonitoredKeys keys;
  private final UsageWriter writer;
  private final Pool pool;
  private final Clock clock;
  private final MonitoringConfig config;

  public IngestService(
      MonitoredKeys keys, UsageWriter writer, Pool pool, Clock clock, MonitoringConfig config) {
    this.keys = keys;
    this.writer = writer;
    this.pool = pool;
    this.clock = clock;
    this.config = config;
  }

  /** A batch reported by a signed-in user. */
  public Uni<Accepted> asUser(UUID caller, UsageBatch batch) {
    List<UsageEvent> events = validate(batch);
    UUID[] ids = distinctKeys(events);
    return keys.access(caller, ids)
        .chain(
            access -> {
              for (int i = 0; i < events.size(); i++) {
                MonitoredKeys.Access a = access.get(events.get(i).keyId());
                if (a == null || !a.canWrite()) {
                  throw notFound(i, events.get(i).keyId());
                }
              }
              return writer.write(events);
            })
        .map(Accepted::new);
  }

  /** A batch reported with an ingest token: every event must be about the token's key. */
  public Uni<Accepted> asToken(String token, UsageBatch batch) {
    if (!IngestTokens.wellFormed(token)) {
      return Uni.createFrom().failure(ApiException.unauthorized("Invalid ingest token"));
    }
    return pool.preparedQuery(TOKEN)
        .execute(Tuple.of(IngestTokens.hash(token)))
        .chain(
            rows -> {
              if (rows.size() == 0) {
                throw ApiException.unauthorized("Invalid ingest token");
              }
              var row = rows.iterator().next();
              UUID tokenId = row.getUUID("id");
              UUID keyId = row.getUUID("key_id");
              List<UsageEvent> events = validate(batch);
              for (int i = 0; i < events.size(); i++) {
                if (!events.get(i).keyId().equals(keyId)) {
                  throw notFound(i, events.get(i).keyId());
                }
              }
              Instant now = clock.instant();
              return writer
                  .write(events)
                  .call(
                      () ->
                          pool.preparedQuery(TOUCH)
                              .execute(Tuple.of(tokenId, now.atOffset(ZoneOffset.UTC))));
            })
        .map(Accepted::new);
  }

  private List<UsageEvent> validate(UsageBatch batch) {
    return EventValidator.validate(
        batch,
        config.ingest().maxEvents(),
        clock.instant(),
        config.ingest().maxAge(),
        config.ingest().maxClockSkew());
  }

  private static UUID[] distinctKeys(List<UsageEvent> events) {
    Set<UUID> ids = new LinkedHashSet<>();
    for (UsageEvent e : events) {
      ids.add(e.keyId());
    }
    return ids.toArray(new UUID[0]);
  }

  private static ApiException notFound(int index, UUID key) {
    return new ApiException(
        404,
        pro.keyhaven.shared.error.ErrorType.NOT_FOUND,
        "NOT_FOUND",
        "Key not found (events[" + index + "].key_id); the batch was not stored",
        Map.of("index", index, "key_id", key.toString()),
        null);
  }
}
