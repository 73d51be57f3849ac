package pro.keyhaven.monitoring.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.monitoring.api.HealthBody;
import pro.keyhaven.monitoring.api.IngestTokenCreated;
import pro.keyhaven.monitoring.api.IngestTokenItem;
import pro.keyhaven.monitoring.api.RotationScheduleBody;
import pro.keyhaven.monitoring.api.RotationScheduleRequest;
import pro.keyhaven.monitoring.api.UsageBuckets;
import pro.keyhaven.monitoring.health.Health;
import pro.keyhaven.monitoring.health.HealthService;
import pro.keyhaven.monitoring.repository.MonitoredKeys;
import pro.keyhaven.monitoring.usage.UsageWriter;
import pro.keyhaven.shared.access.Role;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.paging.Items;
import pro.keyhaven.shared.security.ClientInfo;

/**
 * A key's monitoring: its usage buckets, its health, its rotation schedule and its ingest tokens.
 * Reading needs any role on the key; changing needs editor, admin or owner (a viewer gets 403, a
 * stranger 404). Changes are audited in the key's chain in the same transaction.
 */
@ApplicationScoped
public class KeyMonitoringService {

  /** Most live ingest tokens per key. */
  static final int MAX_TOKENS_PER_KEY = 20;

  static final Duration MAX_HOUR_RANGE = Duration.ofDays(31);
  static final Duration MAX_DAY_RANGE = Duration.ofDays(400);
  static final int MINUTES = 60;

  private final MonitoredKeys keys;
  private final Pool pool;
  private final Clock clock;
  private final HealthService health;
  private final UsageWriter usage;
  private final AuditWriter audit;

  public KeyMonitoringService(
      MonitoredKeys keys,
      Pool pool,
      Clock clock,
      HealthService health,
      UsageWriter usage,
      AuditWriter audit) {
    this.keys = keys;
    this.pool = pool;
    this.clock = clock;
    this.health = health;
    this.usage = usage;
    this.audit = audit;
  }

  private Uni<MonitoredKeys.Access> visible(UUID caller, UUID key) {
    return keys.access(caller, key)
        .map(
            a -> {
              if (a == null) {
                throw ApiException.notFound("Key");
              }
              return a;
            });
  }

  private Uni<MonitoredKeys.Access> writable(UUID caller, UUID key) {
    return visible(caller, key)
        .invoke(
            a -> {
              a.role().require(Role.EDITOR);
            });
  }

  // ---------------------------------------------------------------------------------- usage

  public Uni<UsageBuckets> usage(UUID caller, UUID key, String from, String to, String bucket) {
    String size = bucket == null || bucket.isBlank() ? "hour" : bucket;
    Instant now = clock.instant();
    Instant end = parse("to", to, now);
    return switch (size) {
      case "minute" -> visible(caller, key).chain(() -> minutes(key, now));
      case "hour", "day" -> {
        boolean hours = size.equals("hour");
        Duration defaultRange = hours ? Duration.ofDays(7) : Duration.ofDays(30);
        Instant start = parse("from", from, end.minus(defaultRange));
        ChronoUnit unit = hours ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        Instant first = start.truncatedTo(unit);
        if (!end.isAfter(start)) {
          throw ApiException.validation("INVALID_RANGE", "from must be before to");
        }
        if (Duration.between(start, end).compareTo(hours ? MAX_HOUR_RANGE : MAX_DAY_RANGE) > 0) {
          throw ApiException.validation(
              "RANGE_TOO_LONG",
              hours
                  ? "An hourly range covers at most 31 days; use bucket=day"
                  : "A daily range covers at most 400 days");
        }
        yield visible(caller, key).chain(() -> buckets(key, first, end, hours));
      }
      default ->
          throw ApiException.validation("INVALID_BUCKET", "bucket must be minute, hour or day");
    };
  }

  private Uni<UsageBuckets> buckets(UUID key, Instant first, Instant end, boolean hours) {
    String sql =
        hours
            ? "SELECT hour AS start, requests, errors FROM usage_hourly"
                + " WHERE key_id = $1 AND hour >= $2 AND hour < $3"
            : "SELECT (day::timestamp AT TIME ZONE 'UTC') AS start, requests, errors FROM usage_daily"
                + " WHERE key_id = $1 AND day >= ($2 AT TIME ZONE 'UTC')::date"
                + " AND day < ($3 AT TIME ZONE 'UTC')::date";
    Duration step = hours ? Duration.ofHours(1) : Duration.ofDays(1);
    Instant stop =
        hours
            ? end.truncatedTo(ChronoUnit.HOURS).plus(step)
            : end.truncatedTo(ChronoUnit.DAYS).plus(step);
    return pool.preparedQuery(sql)
        .execute(Tuple.of(key, utc(first), utc(stop)))
        .map(
            rows -> {
              Map<Instant, long[]> found = new HashMap<>();
              for (Row r : rows) {
                found.put(
                    r.getOffsetDateTime("start").toInstant(),
                    new long[] {r.getLong("requests"), r.getLong("errors")});
              }
              List<UsageBuckets.Bucket> out = new ArrayList<>();
              for (Instant t = first; t.isBefore(stop) && !t.isAfter(end); t = t.plus(step)) {
                long[] v = found.getOrDefault(t, new long[2]);
                out.add(new UsageBuckets.Bucket(t, v[0], v[1]));
              }
              return new UsageBuckets(hours ? "hour" : "day", first, end, out);
            });
  }

  private Uni<UsageBuckets> minutes(UUID key, Instant now) {
    long minute = now.getEpochSecond() / 60;
    return usage
        .lastMinutes(key, minute, MINUTES)
        .map(
            counts -> {
              List<UsageBuckets.Bucket> out = new ArrayList<>();
              long first = minute - MINUTES + 1;
              for (int i = 0; i < counts.size(); i++) {
                out.add(
                    new UsageBuckets.Bucket(
                        Instant.ofEpochSecond((first + i) * 60), counts.get(i), 0));
              }
              return new UsageBuckets("minute", Instant.ofEpochSecond(first * 60), now, out);
            });
  }

  private static Instant parse(String name, String value, Instant fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiException.validation(
          "INVALID_" + name.toUpperCase(java.util.Locale.ROOT),
          name + " must be ISO-8601 with an offset, e.g. 2026-11-30T00:00:00Z");
    }
  }

  // --------------------------------------------------------------------------------- health

  /** Computes the key's health now and stores it as the key's {@code health_score}. */
  public Uni<HealthBody> health(UUID caller, UUID key) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return visible(caller, key)
        .chain(() -> health.refresh(pool, List.of(key), now))
        .map(
            all -> {
              Health h = all.get(key);
              if (h == null) {
                throw ApiException.notFound("Key");
              }
              return new HealthBody(h.score(), h.factors());
            });
  }

  // ------------------------------------------------------------------------------- schedule

  public Uni<RotationScheduleBody> schedule(
      UUID caller, UUID key, RotationScheduleRequest req, ClientInfo client) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return writable(caller, key)
        .chain(
            a ->
                pool.preparedQuery("SELECT created_at, last_rotated FROM api_keys WHERE id = $1")
                    .execute(Tuple.of(key))
                    .map(
                        rows -> {
                          Row r = rows.iterator().next();
                          OffsetDateTime rotated = r.getOffsetDateTime("last_rotated");
                          Instant since =
                              (rotated != null ? rotated : r.getOffsetDateTime("created_at"))
                                  .toInstant();
                          return since.plus(Duration.ofDays(req.intervalDays()));
                        })
                    .chain(due -> storeSchedule(caller, a, req, due, now, client)))
        .call(() -> health.refresh(pool, List.of(key), now));
  }

  private Uni<RotationScheduleBody> storeSchedule(
      UUID caller,
      MonitoredKeys.Access a,
      RotationScheduleRequest req,
      Instant due,
      Instant now,
      ClientInfo client) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("interval_days", req.intervalDays());
    json.put("mode", req.mode());
    if (req.provider() != null) {
      json.put("provider", req.provider());
    }
    return Panache.withTransaction(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "INSERT INTO rotation_policies (key_id, interval_days, mode,"
                                    + " provider, next_due_at, created_at, updated_at)"
                                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                                    + " ON CONFLICT (key_id) DO UPDATE SET interval_days ="
                                    + " excluded.interval_days, mode = excluded.mode, provider ="
                                    + " excluded.provider, next_due_at = excluded.next_due_at,"
                                    + " last_reminded_at = NULL, updated_at = excluded.updated_at")
                            .setParameter(1, a.keyId())
                            .setParameter(2, req.intervalDays())
                            .setParameter(3, req.mode())
                            .setParameter(4, req.provider())
                            .setParameter(5, utc(due))
                            .setParameter(6, utc(now))
                            .executeUpdate()
                            .chain(
                                () ->
                                    s.createNativeQuery(
                                            "UPDATE api_keys SET rotation_schedule = CAST(CAST(?1 AS"
                                                + " text) AS jsonb), version = version + 1, updated_at = ?2"
                                                + " WHERE id = ?3")
                                        .setParameter(1, new JsonObject(json).encode())
                                        .setParameter(2, utc(now))
                                        .setParameter(3, a.keyId())
                                        .executeUpdate()))
                .chain(
                    () ->
                        audit.append(
                            new AuditEvent(
                                a.tenantId(),
                                caller,
                                "key.rotation_schedule_set",
                                "api_key",
                                a.keyId().toString(),
                                json,
                                client)))
                .map(
                    v ->
                        new RotationScheduleBody(
                            a.keyId(), req.intervalDays(), req.mode(), req.provider(), due)));
  }

  // --------------------------------------------------------------------------------- tokens

  public Uni<IngestTokenCreated> createToken(
      UUID caller, UUID key, String name, ClientInfo client) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String token = IngestTokens.generate();
    UUID id = UUID.randomUUID();
    return writable(caller, key)
        .chain(
            a ->
                Panache.withTransaction(
                    () ->
                        Panache.getSession()
                            .chain(
                                s ->
                                    s.createNativeQuery(
                                            "SELECT count(*) FROM ingest_tokens WHERE key_id = ?1"
                                                + " AND revoked_at IS NULL",
                                            Long.class)
                                        .setParameter(1, key)
                                        .getSingleResult()
                                        .chain(
                                            live -> {
                                              if (live >= MAX_TOKENS_PER_KEY) {
                                                throw ApiException.conflict(
                                                    "TOO_MANY_TOKENS",
                                                    "A key has at most "
                                                        + MAX_TOKENS_PER_KEY
                                                        + " ingest tokens; revoke one first");
                                              }
                                              return s.createNativeQuery(
                                                      "INSERT INTO ingest_tokens (id, key_id, name,"
                                                          + " token_hash, created_by, created_at)"
                                                          + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                                                  .setParameter(1, id)
                                                  .setParameter(2, key)
                                                  .setParameter(3, name.trim())
                                                  .setParameter(4, IngestTokens.hash(token))
                                                  .setParameter(5, caller)
                                                  .setParameter(6, utc(now))
                                                  .executeUpdate();
                                            }))
                            .chain(
                                () ->
                                    audit.append(
                                        new AuditEvent(
                                            a.tenantId(),
                                            caller,
                                            "key.ingest_token_created",
                                            "api_key",
                                            key.toString(),
                                            Map.of("ingest_token_id", id.toString()),
                                            client)))))
        .map(v -> new IngestTokenCreated(id, name.trim(), token, now));
  }

  public Uni<Items<IngestTokenItem>> tokens(UUID caller, UUID key) {
    return visible(caller, key)
        .chain(
            () ->
                pool.preparedQuery(
                        "SELECT id, name, created_at, last_used_at FROM ingest_tokens"
                            + " WHERE key_id = $1 AND revoked_at IS NULL ORDER BY created_at, id")
                    .execute(Tuple.of(key)))
        .map(
            rows -> {
              List<IngestTokenItem> out = new ArrayList<>();
              for (Row r : rows) {
                OffsetDateTime used = r.getOffsetDateTime("last_used_at");
                out.add(
                    new IngestTokenItem(
                        r.getUUID("id"),
                        r.getString("name"),
                        r.getOffsetDateTime("created_at").toInstant(),
                        used == null ? null : used.toInstant()));
              }
              return new Items<>(out);
            });
  }

  public Uni<Void> revokeToken(UUID caller, UUID key, UUID token, ClientInfo client) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return writable(caller, key)
        .chain(
            a ->
                Panache.withTransaction(
                    () ->
                        Panache.getSession()
                            .chain(
                                s ->
                                    s.createNativeQuery(
                                            "UPDATE ingest_tokens SET revoked_at = ?1 WHERE id ="
                                                + " ?2 AND key_id = ?3 AND revoked_at IS NULL")
                                        .setParameter(1, utc(now))
                                        .setParameter(2, token)
                                        .setParameter(3, key)
                                        .executeUpdate())
                            .chain(
                                n -> {
                                  if (n == 0) {
                                    throw ApiException.notFound("Ingest token");
                                  }
                                  return audit.append(
                                      new AuditEvent(
                                          a.tenantId(),
                                          caller,
                                          "key.ingest_token_revoked",
                                          "api_key",
                                          key.toString(),
                                          Map.of("ingest_token_id", token.toString()),
                                          client));
                                })));
  }

  private static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }
}
