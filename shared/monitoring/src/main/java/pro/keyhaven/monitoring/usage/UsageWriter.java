package pro.keyhaven.monitoring.usage;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.monitoring.config.MonitoringConfig;
import pro.keyhaven.shared.config.KeyHavenConfig;

/**
 * Stores a batch of usage in one statement: the raw events (multi-row insert from arrays), the
 * hourly and daily rollups, the networks and value versions seen; then bumps the per-minute
 * counters in Redis. Rollup rows are upserted in key and time order, so concurrent batches queue on
 * the same rows instead of deadlocking.
 */
@ApplicationScoped
public class UsageWriter {

  private static final Logger LOG = Logger.getLogger(UsageWriter.class);

  private static final String INGEST =
      """
      WITH ev AS (
        SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::int[], $5::int[],
                             $6::int[], $7::text[], $8::int[])
          AS e(key_id, ts, endpoint, response_code, request_count, error_count, source_ip,
               key_version)
      ), raw AS (
        INSERT INTO usage_events (key_id, timestamp, endpoint, response_code, request_count,
                                  error_count, source_ip, key_version)
        SELECT key_id, ts, endpoint, response_code, request_count, error_count, source_ip,
               key_version FROM ev
        RETURNING 1
      ), hourly AS (
        INSERT INTO usage_hourly AS u (key_id, hour, requests, errors)
        SELECT key_id, date_trunc('hour', ts, 'UTC'), sum(request_count), sum(error_count)
        FROM ev GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (key_id, hour) DO UPDATE
          SET requests = u.requests + excluded.requests, errors = u.errors + excluded.errors
        RETURNING 1
      ), daily AS (
        INSERT INTO usage_daily AS u (key_id, day, requests, errors)
        SELECT key_id, (ts AT TIME ZONE 'UTC')::date, sum(request_count), sum(error_count)
        FROM ev GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (key_id, day) DO UPDATE
          SET requests = u.requests + excluded.requests, errors = u.errors + excluded.errors
        RETURNING 1
      ), nets AS (
        INSERT INTO usage_networks AS n (key_id, network, sample_ip, first_seen, last_seen)
        SELECT key_id, net, min(source_ip), min(ts), max(ts)
        FROM (SELECT key_id, ts, source_ip,
                     network(set_masklen(source_ip::inet,
                       CASE WHEN family(source_ip::inet) = 4 THEN 24 ELSE 64 END)) AS net
              FROM ev WHERE source_ip IS NOT NULL) s
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (key_id, network) DO UPDATE
          SET first_seen = least(n.first_seen, excluded.first_seen),
              last_seen = greatest(n.last_seen, excluded.last_seen)
        RETURNING 1
      ), vers AS (
        INSERT INTO usage_versions AS v (key_id, version, first_seen, last_seen)
        SELECT key_id, key_version, min(ts), max(ts)
        FROM ev WHERE key_version IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (key_id, version) DO UPDATE
          SET first_seen = least(v.first_seen, excluded.first_seen),
              last_seen = greatest(v.last_seen, excluded.last_seen)
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM raw) AS accepted,
             (SELECT count(*) FROM hourly) + (SELECT count(*) FROM daily)
               + (SELECT count(*) FROM nets) + (SELECT count(*) FROM vers) AS touched
      """;

  private final Pool pool;
  private final ReactiveRedisDataSource redis;
  private final String prefix;
  private final MonitoringConfig config;

  public UsageWriter(
      Pool pool, ReactiveRedisDataSource redis, KeyHavenConfig core, MonitoringConfig config) {
    this.pool = pool;
    this.redis = redis;
    this.prefix = core.redis().prefix() + "usage:";
    this.config = config;
  }

  /** Stores the events; answers how many were stored. */
  public Uni<Integer> write(List<UsageEvent> events) {
    int n = events.size();
    UUID[] keys = new UUID[n];
    OffsetDateTime[] times = new OffsetDateTime[n];
    String[] endpoints = new String[n];
    Integer[] codes = new Integer[n];
    Integer[] requests = new Integer[n];
    Integer[] errors = new Integer[n];
    String[] ips = new String[n];
    Integer[] versions = new Integer[n];
    for (int i = 0; i < n; i++) {
      UsageEvent e = events.get(i);
      keys[i] = e.keyId();
      times[i] = e.timestamp().atOffset(ZoneOffset.UTC);
      endpoints[i] = e.endpoint();
      codes[i] = e.responseCode();
      requests[i] = e.requestCount();
      errors[i] = e.errorCount();
      ips[i] = e.sourceIp();
      versions[i] = e.keyVersion();
    }
    Tuple args =
        Tuple.tuple()
            .addArrayOfUUID(keys)
            .addArrayOfOffsetDateTime(times)
            .addArrayOfString(endpoints)
            .addArrayOfInteger(codes)
            .addArrayOfInteger(requests)
            .addArrayOfInteger(errors)
            .addArrayOfString(ips)
            .addArrayOfInteger(versions);
    return pool.preparedQuery(INGEST)
        .execute(args)
        .map(rows -> rows.iterator().next().getLong("accepted").intValue())
        .call(() -> count(events));
  }

  /** Key of the per-minute counter of one key. */
  public String counterKey(UUID keyId, long epochMinute) {
    return prefix + keyId + ":" + epochMinute;
  }

  /** Requests per minute in Redis, for the live view; failures here lose no data, only counts. */
  private Uni<Void> count(List<UsageEvent> events) {
    Map<String, long[]> perMinute = new TreeMap<>();
    for (UsageEvent e : events) {
      long minute = e.timestamp().getEpochSecond() / 60;
      perMinute.computeIfAbsent(counterKey(e.keyId(), minute), k -> new long[1])[0] +=
          e.requestCount();
    }
    long ttl = config.ingest().counterTtl().toSeconds();
    List<Request> commands = new ArrayList<>(perMinute.size() * 2);
    perMinute.forEach(
        (key, count) -> {
          commands.add(Request.cmd(Command.INCRBY).arg(key).arg(count[0]));
          commands.add(Request.cmd(Command.EXPIRE).arg(key).arg(ttl));
        });
    return redis
        .getRedis()
        .batch(commands)
        .replaceWithVoid()
        .onFailure()
        .recoverWithUni(
            e -> {
              LOG.warn("Could not update the per-minute usage counters", e);
              return Uni.createFrom().voidItem();
            });
  }

  /** The per-minute request counts of the last {@code minutes} minutes, oldest first. */
  public Uni<List<Long>> lastMinutes(UUID keyId, long nowEpochMinute, int minutes) {
    List<String> keys = new ArrayList<>(minutes);
    for (long m = nowEpochMinute - minutes + 1; m <= nowEpochMinute; m++) {
      keys.add(counterKey(keyId, m));
    }
    Request mget = Request.cmd(Command.MGET);
    keys.forEach(mget::arg);
    return redis
        .getRedis()
        .send(mget)
        .map(
            r -> {
              List<Long> out = new ArrayList<>(minutes);
              for (int i = 0; i < r.size(); i++) {
                var v = r.get(i);
                out.add(v == null ? 0L : v.toLong());
              }
              return out;
            });
  }
}
