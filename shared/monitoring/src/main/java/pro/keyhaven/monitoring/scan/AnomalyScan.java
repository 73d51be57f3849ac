package pro.keyhaven.monitoring.scan;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.monitoring.config.MonitoringConfig;
import pro.keyhaven.monitoring.detect.Baseline;
import pro.keyhaven.monitoring.detect.DetectorSettings;
import pro.keyhaven.monitoring.detect.Detectors;
import pro.keyhaven.monitoring.detect.Finding;
import pro.keyhaven.monitoring.detect.HourUsage;
import pro.keyhaven.monitoring.detect.NetworkUse;
import pro.keyhaven.monitoring.detect.Severity;
import pro.keyhaven.monitoring.detect.ValueVersion;
import pro.keyhaven.monitoring.detect.VersionUse;
import pro.keyhaven.monitoring.health.HealthService;
import pro.keyhaven.monitoring.reminders.KeyNotice;
import pro.keyhaven.monitoring.reminders.Notifier;

/**
 * The anomaly scan: what the {@code anomaly-scan} function and the local scheduler run every 15
 * minutes. Keys are taken in batches, the most overdue first, each batch in one transaction that
 * locks its keys' scan state with {@code FOR UPDATE SKIP LOCKED}: two overlapping runs judge
 * disjoint keys, and a finding's unique fingerprint stops a repeat even so. Each key's complete
 * hours since its cursor ({@code scanned_through}) are judged by the {@link Detectors} and then
 * learned; its health is recomputed; a run stops after {@code max-keys-per-run} keys and the next
 * run goes on with the rest.
 */
@ApplicationScoped
public class AnomalyScan {

  private static final Logger LOG = Logger.getLogger(AnomalyScan.class);

  private static final String ENROLL =
      """
      INSERT INTO key_scan_state (key_id, next_scan_at, mean, var, observed, used)
      SELECT a.id, $1, '{}'::float8[], '{}'::float8[], '{}'::int2[], '{}'::int2[]
      FROM api_keys a
      WHERE a.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM key_scan_state s WHERE s.key_id = a.id)
      ON CONFLICT (key_id) DO NOTHING
      """;

  private static final String CLAIM =
      """
      SELECT s.key_id, s.scanned_through, s.mean, s.var, s.observed, s.used, s.err_requests,
             s.err_errors, a.expires_at
      FROM key_scan_state s JOIN api_keys a ON a.id = s.key_id
      WHERE s.next_scan_at <= $1 AND a.deleted_at IS NULL
      ORDER BY s.next_scan_at, s.key_id
      LIMIT $2
      FOR UPDATE OF s SKIP LOCKED
      """;

  private static final String HOURS =
      """
      SELECT key_id, hour, requests, errors FROM usage_hourly
      WHERE key_id = ANY($1) AND hour >= $2 AND hour < $3
      ORDER BY key_id, hour
      """;

  private static final String NETWORKS =
      """
      SELECT key_id, network::text AS network, sample_ip, first_seen, last_seen,
             min(first_seen) OVER (PARTITION BY key_id) AS key_first
      FROM usage_networks WHERE key_id = ANY($1)
      """;

  private static final String VERSIONS_USED =
      "SELECT key_id, version, first_seen, last_seen FROM usage_versions"
          + " WHERE key_id = ANY($1) AND last_seen >= $2";

  private static final String VALUE_VERSIONS =
      "SELECT key_id, version, created_at FROM api_key_versions WHERE key_id = ANY($1)";

  private static final String RAISE =
      """
      INSERT INTO anomalies (id, key_id, kind, severity, description, detected_at, status,
                             fingerprint)
      SELECT gen_random_uuid(), f.key_id, f.kind, f.severity, f.description, $6, 'open',
             f.fingerprint
      FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
        AS f(key_id, kind, severity, description, fingerprint)
      ON CONFLICT (key_id, kind, fingerprint) DO NOTHING
      RETURNING key_id, kind, severity, description
      """;

  private static final String SAVE =
      """
      UPDATE key_scan_state SET scanned_through = $2, next_scan_at = $3, mean = $4, var = $5,
             observed = $6, used = $7, err_requests = $8, err_errors = $9, updated_at = $10
      WHERE key_id = $1
      """;

  private static final String SAVE_CURSOR =
      "UPDATE key_scan_state SET scanned_through = $2, next_scan_at = $3, updated_at = $4"
          + " WHERE key_id = $1";

  private static final String PURGE =
      """
      DELETE FROM usage_events WHERE id IN (
        SELECT id FROM usage_events WHERE timestamp < $1 LIMIT $2)
      """;

  private final Pool pool;
  private final Clock clock;
  private final MonitoringConfig config;
  private final HealthService health;
  private final Notifier notifier;

  public AnomalyScan(
      Pool pool, Clock clock, MonitoringConfig config, HealthService health, Notifier notifier) {
    this.pool = pool;
    this.clock = clock;
    this.config = config;
    this.health = health;
    this.notifier = notifier;
  }

  Detectors detectors() {
    DetectorSettings d = DetectorSettings.defaults();
    return new Detectors(
        new DetectorSettings(
            d.alpha(),
            d.spikeFactor(),
            d.spikeSigmas(),
            d.spikeMinExtra(),
            d.minWeeksForSpike(),
            d.errorMinErrors(),
            d.errorFactor(),
            d.errorMinRise(),
            d.errorMinZ(),
            d.errorWarmupHours(),
            d.errorAlpha(),
            d.quietWeeks(),
            d.regularSlots(),
            d.networkLearning(),
            config.scan().rotatedVersionGrace()));
  }

  /** One run: enrol new keys, judge due keys up to the run's bound, purge old raw events. */
  public Uni<ScanReport> run() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long started = System.nanoTime();
    Detectors detectors = detectors();
    return pool.preparedQuery(ENROLL)
        .execute(Tuple.of(utc(now)))
        .chain(() -> batches(now, detectors, new ScanReport(0, 0, 0, 0, 0, false)))
        .chain(
            report ->
                purge(now).map(n -> report.plus(new ScanReport(0, 0, 0, 0, n, report.more()))))
        .invoke(
            r ->
                LOG.infof(
                    "Anomaly scan: %d keys, %d hours, %d anomalies, %d notifications, %d raw events purged in %.1f s%s",
                    r.keys(),
                    r.hours(),
                    r.anomalies(),
                    r.notifications(),
                    r.purged(),
                    (System.nanoTime() - started) / 1e9,
                    r.more() ? "; more keys are due" : ""));
  }

  private Uni<ScanReport> batches(Instant now, Detectors detectors, ScanReport soFar) {
    int batch = config.scan().batch();
    int left = config.scan().maxKeysPerRun() - soFar.keys();
    if (left <= 0) {
      return Uni.createFrom().item(withMore(soFar, true));
    }
    int size = Math.min(batch, left);
    return pool.withTransaction(conn -> batch(conn, now, detectors, size))
        .chain(
            r -> {
              ScanReport total = soFar.plus(r);
              if (r.keys() < size) {
                return Uni.createFrom().item(withMore(total, false));
              }
              return batches(now, detectors, total);
            });
  }

  private static ScanReport withMore(ScanReport r, boolean more) {
    return new ScanReport(r.keys(), r.hours(), r.anomalies(), r.notifications(), r.purged(), more);
  }

  /** The state of one key while it is judged. */
  private static final class KeyState {
    final UUID id;
    final Instant scannedThrough;
    final Baseline baseline;
    final Instant expiresAt;
    final List<HourUsage> hours = new ArrayList<>();
    final List<NetworkUse> networks = new ArrayList<>();
    Instant firstNetwork;
    final List<VersionUse> versionsUsed = new ArrayList<>();
    final List<ValueVersion> valueVersions = new ArrayList<>();
    Instant newThrough;
    int judged;

    KeyState(Row r) {
      id = r.getUUID("key_id");
      scannedThrough = instant(r, "scanned_through");
      Double[] mean = r.getArrayOfDoubles("mean");
      baseline =
          // Empty until the key's first hour is learned.
          mean == null || mean.length == 0
              ? new Baseline()
              : new Baseline(
                  doubles(mean),
                  doubles(r.getArrayOfDoubles("var")),
                  shorts(r.getArrayOfShorts("observed")),
                  shorts(r.getArrayOfShorts("used")),
                  r.getDouble("err_requests"),
                  r.getDouble("err_errors"));
      expiresAt = instant(r, "expires_at");
    }
  }

  private Uni<ScanReport> batch(SqlConnection conn, Instant now, Detectors detectors, int size) {
    Instant currentHour = now.truncatedTo(ChronoUnit.HOURS);
    Instant reportFrom = now.minus(config.scan().reportWindow());
    Instant oldest = currentHour.minus(config.scan().lookback());
    return conn.preparedQuery(CLAIM)
        .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), size))
        .chain(
            rows -> {
              Map<UUID, KeyState> keys = new HashMap<>();
              for (Row r : rows) {
                KeyState k = new KeyState(r);
                keys.put(k.id, k);
              }
              if (keys.isEmpty()) {
                return Uni.createFrom().item(new ScanReport(0, 0, 0, 0, 0, false));
              }
              UUID[] ids = keys.keySet().toArray(new UUID[0]);
              // One read covers every key's new hours: from the earliest cursor of the batch.
              Instant from = currentHour;
              for (KeyState k : keys.values()) {
                Instant start = k.scannedThrough == null ? oldest : k.scannedThrough;
                if (start.isBefore(from)) {
                  from = start;
                }
              }
              if (from.isBefore(oldest)) {
                from = oldest;
              }
              Instant since = reportFrom;
              return conn.preparedQuery(HOURS)
                  .execute(Tuple.of(ids, utc(from), utc(currentHour)))
                  .invoke(
                      hr -> {
                        for (Row r : hr) {
                          KeyState k = keys.get(r.getUUID("key_id"));
                          Instant hour = instant(r, "hour");
                          if (k.scannedThrough == null || !hour.isBefore(k.scannedThrough)) {
                            k.hours.add(
                                new HourUsage(hour, r.getLong("requests"), r.getLong("errors")));
                          }
                        }
                      })
                  .chain(() -> conn.preparedQuery(NETWORKS).execute(Tuple.of(ids)))
                  .invoke(
                      nr -> {
                        for (Row r : nr) {
                          KeyState k = keys.get(r.getUUID("key_id"));
                          k.firstNetwork = instant(r, "key_first");
                          k.networks.add(
                              new NetworkUse(
                                  r.getString("network"),
                                  r.getString("sample_ip"),
                                  instant(r, "first_seen"),
                                  instant(r, "last_seen")));
                        }
                      })
                  .chain(() -> conn.preparedQuery(VERSIONS_USED).execute(Tuple.of(ids, utc(since))))
                  .chain(
                      vr -> {
                        List<UUID> withVersions = new ArrayList<>();
                        for (Row r : vr) {
                          KeyState k = keys.get(r.getUUID("key_id"));
                          if (k.versionsUsed.isEmpty()) {
                            withVersions.add(k.id);
                          }
                          k.versionsUsed.add(
                              new VersionUse(
                                  r.getInteger("version"),
                                  instant(r, "first_seen"),
                                  instant(r, "last_seen")));
                        }
                        if (withVersions.isEmpty()) {
                          return Uni.createFrom().voidItem();
                        }
                        return conn.preparedQuery(VALUE_VERSIONS)
                            .execute(Tuple.of(withVersions.toArray(new UUID[0])))
                            .invoke(
                                vv -> {
                                  for (Row r : vv) {
                                    keys.get(r.getUUID("key_id"))
                                        .valueVersions
                                        .add(
                                            new ValueVersion(
                                                r.getInteger("version"), instant(r, "created_at")));
                                  }
                                })
                            .replaceWithVoid();
                      })
                  .chain(
                      () -> {
                        List<Object[]> findings = new ArrayList<>();
                        for (KeyState k : keys.values()) {
                          for (Finding f : judge(k, detectors, currentHour, oldest, since)) {
                            findings.add(new Object[] {k.id, f});
                          }
                        }
                        return raise(conn, findings, now)
                            .chain(raised -> save(conn, keys.values(), now).replaceWith(raised))
                            .chain(
                                raised ->
                                    health.refresh(conn, List.of(ids), now).replaceWith(raised))
                            .map(
                                raised -> {
                                  int hours = 0;
                                  for (KeyState k : keys.values()) {
                                    hours += k.judged;
                                  }
                                  return new ScanReport(
                                      keys.size(), hours, raised[0], raised[1], 0, false);
                                });
                      });
            });
  }

  /** Runs the detectors over one key's new hours; advances its cursor. */
  private List<Finding> judge(
      KeyState k, Detectors detectors, Instant currentHour, Instant oldest, Instant since) {
    List<Finding> out = new ArrayList<>();
    Instant start = k.scannedThrough;
    if (start == null) {
      // A key's baseline starts at its first reported use, not with weeks of silence before it.
      start = k.hours.isEmpty() ? null : k.hours.get(0).hour();
    }
    if (start != null && start.isBefore(oldest)) {
      start = oldest;
    }
    if (start != null) {
      Map<Instant, HourUsage> byHour = new HashMap<>();
      for (HourUsage h : k.hours) {
        byHour.put(h.hour(), h);
      }
      for (Instant h = start; h.isBefore(currentHour); h = h.plus(Duration.ofHours(1))) {
        HourUsage u = byHour.getOrDefault(h, new HourUsage(h, 0, 0));
        out.addAll(
            detectors.hour(
                k.baseline, k.expiresAt, u, !h.isBefore(since.truncatedTo(ChronoUnit.HOURS))));
        k.judged++;
      }
      k.newThrough = currentHour;
    }
    Instant netSince =
        k.scannedThrough == null ? since : k.scannedThrough.minus(Duration.ofHours(1));
    out.addAll(detectors.networks(k.networks, k.firstNetwork, netSince));
    for (Finding f : detectors.versions(k.valueVersions, k.versionsUsed)) {
      if (!f.at().isBefore(since)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Stores the findings not stored before; answers {anomalies raised, notifications written}. */
  private Uni<int[]> raise(SqlConnection conn, List<Object[]> findings, Instant now) {
    if (findings.isEmpty()) {
      return Uni.createFrom().item(new int[] {0, 0});
    }
    int n = findings.size();
    UUID[] keys = new UUID[n];
    String[] kinds = new String[n];
    String[] severities = new String[n];
    String[] descriptions = new String[n];
    String[] fingerprints = new String[n];
    for (int i = 0; i < n; i++) {
      Finding f = (Finding) findings.get(i)[1];
      keys[i] = (UUID) findings.get(i)[0];
      kinds[i] = f.kind().wire();
      severities[i] = f.severity().wire();
      descriptions[i] =
          f.description().length() > 1000 ? f.description().substring(0, 1000) : f.description();
      fingerprints[i] = f.fingerprint();
    }
    return conn.preparedQuery(RAISE)
        .execute(
            Tuple.tuple()
                .addArrayOfUUID(keys)
                .addArrayOfString(kinds)
                .addArrayOfString(severities)
                .addArrayOfString(descriptions)
                .addArrayOfString(fingerprints)
                .addOffsetDateTime(utc(now)))
        .chain(
            rows -> {
              List<KeyNotice> notices = new ArrayList<>();
              int raised = 0;
              for (Row r : rows) {
                raised++;
                Severity severity = Severity.of(r.getString("severity"));
                if (severity.compareTo(Severity.HIGH) >= 0) {
                  notices.add(
                      new KeyNotice(
                          r.getUUID("key_id"),
                          "anomaly",
                          "Unusual use of a key: " + r.getString("kind").replace('_', ' '),
                          r.getString("description")));
                }
              }
              int count = raised;
              return notifier.send(conn, notices, now).map(sent -> new int[] {count, sent});
            });
  }

  private Uni<Void> save(SqlConnection conn, Iterable<KeyState> keys, Instant now) {
    List<Tuple> learned = new ArrayList<>();
    List<Tuple> unchanged = new ArrayList<>();
    Instant next = now.plus(config.scan().every());
    for (KeyState k : keys) {
      Baseline b = k.baseline;
      Instant through = k.newThrough != null ? k.newThrough : k.scannedThrough;
      if (k.judged == 0) {
        // No new hour: only the cursor moves, and the stored baseline arrays stay untouched.
        unchanged.add(Tuple.of(k.id, through == null ? null : utc(through), utc(next), utc(now)));
        continue;
      }
      learned.add(
          Tuple.tuple()
              .addUUID(k.id)
              .addOffsetDateTime(through == null ? null : utc(through))
              .addOffsetDateTime(utc(next))
              .addArrayOfDouble(boxed(b.mean))
              .addArrayOfDouble(boxed(b.var))
              .addArrayOfShort(boxed(b.observed))
              .addArrayOfShort(boxed(b.used))
              .addDouble(b.errRequests)
              .addDouble(b.errErrors)
              .addOffsetDateTime(utc(now)));
    }
    Uni<Void> first =
        learned.isEmpty()
            ? Uni.createFrom().voidItem()
            : conn.preparedQuery(SAVE).executeBatch(learned).replaceWithVoid();
    return first.chain(
        () ->
            unchanged.isEmpty()
                ? Uni.createFrom().voidItem()
                : conn.preparedQuery(SAVE_CURSOR).executeBatch(unchanged).replaceWithVoid());
  }

  private Uni<Integer> purge(Instant now) {
    Instant before = now.minus(config.ingest().rawRetention());
    return pool.preparedQuery(PURGE)
        .execute(Tuple.of(utc(before), config.scan().purgeChunk()))
        .map(rows -> rows.rowCount());
  }

  private static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(Row r, String column) {
    OffsetDateTime t = r.getOffsetDateTime(column);
    return t == null ? null : t.toInstant();
  }

  private static double[] doubles(Double[] in) {
    double[] out = new double[Baseline.SLOTS];
    for (int i = 0; i < out.length && i < in.length; i++) {
      out[i] = in[i] == null ? 0 : in[i];
    }
    return out;
  }

  private static short[] shorts(Short[] in) {
    short[] out = new short[Baseline.SLOTS];
    for (int i = 0; i < out.length && i < in.length; i++) {
      out[i] = in[i] == null ? 0 : in[i];
    }
    return out;
  }

  private static Double[] boxed(double[] in) {
    Double[] out = new Double[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = in[i];
    }
    return out;
  }

  private static Short[] boxed(short[] in) {
    Short[] out = new Short[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = in[i];
    }
    return out;
  }
}
