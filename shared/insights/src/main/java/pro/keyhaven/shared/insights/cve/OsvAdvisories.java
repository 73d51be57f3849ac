package pro.keyhaven.shared.insights.cve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import pro.keyhaven.shared.insights.InsightsConfig;

/**
 * The advisories OSV knows for a list of packages, through the cache {@code insight_cve_cache}
 * ({@code keyhaven.insights.osv.cache-ttl}): the packages without a fresh answer are asked in
 * batches ({@code POST /v1/querybatch}), their advisories read one by one ({@code GET
 * /v1/vulns/{id}}, at most {@code max-vulns-per-package} each and {@code max-vuln-fetches} per
 * lookup; the packages beyond wait for the next lookup). When OSV is down or slow the answer holds
 * what the cache still has (even stale) and says it is incomplete. Both the SDK feed ({@link
 * CveFeed}) and the dependency feed ({@link DependencyFeed}) ask through it.
 */
@ApplicationScoped
public class OsvAdvisories {

  private static final Logger LOG = Logger.getLogger(OsvAdvisories.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** OSV takes up to 1000 queries per batch. */
  static final int BATCH = 500;

  /** Advisories read from OSV at once. */
  private static final int CONCURRENCY = 4;

  /**
   * One package to ask about: its cache key, the package (its ecosystem and name pick the fixed
   * versions out of an advisory) and the query object sent to OSV for it.
   */
  public record Query(String cacheKey, ServicePackages.Package pkg, JsonNode osvQuery) {}

  /** Advisories by cache key; {@code complete} is false when some package could not be asked. */
  public record Answer(Map<String, List<Advisory>> byKey, boolean complete) {}

  private record Cached(Instant fetchedAt, List<Advisory> advisories) {}

  private record Fetched(Map<String, List<Advisory>> byKey, boolean complete) {}

  private final OsvClient osv;
  private final Pool pool;
  private final Clock clock;
  private final InsightsConfig config;

  public OsvAdvisories(OsvClient osv, Pool pool, Clock clock, InsightsConfig config) {
    this.osv = osv;
    this.pool = pool;
    this.clock = clock;
    this.config = config;
  }

  /** The query object for a package by ecosystem and name. */
  public static JsonNode byName(ServicePackages.Package p) {
    ObjectNode q = JSON.createObjectNode();
    q.putObject("package").put("ecosystem", p.ecosystem()).put("name", p.name());
    return q;
  }

  /** The query object for a package version by purl (OSV takes no separate version then). */
  public static JsonNode byPurl(String purl) {
    ObjectNode q = JSON.createObjectNode();
    q.putObject("package").put("purl", purl);
    return q;
  }

  public Uni<Answer> lookup(List<Query> queries) {
    if (queries.isEmpty()) {
      return Uni.createFrom().item(new Answer(Map.of(), true));
    }
    Instant now = clock.instant();
    return cached(queries)
        .chain(
            cache -> {
              Instant freshAfter = now.minus(config.osv().cacheTtl());
              List<Query> missing = new ArrayList<>();
              Map<String, List<Advisory>> known = new HashMap<>();
              for (Query q : queries) {
                Cached c = cache.get(q.cacheKey());
                if (c != null && c.fetchedAt().isAfter(freshAfter)) {
                  known.put(q.cacheKey(), c.advisories());
                } else {
                  missing.add(q);
                }
              }
              if (missing.isEmpty()) {
                return Uni.createFrom().item(new Answer(known, true));
              }
              return fetch(missing, now)
                  .map(
                      fetched -> {
                        known.putAll(fetched.byKey());
                        if (!fetched.complete()) {
                          stale(missing, cache, known);
                        }
                        return new Answer(known, fetched.complete());
                      })
                  .onFailure()
                  .recoverWithItem(
                      e -> {
                        LOG.warnf(
                            "OSV could not be asked about %d packages (%s); the cached answers are"
                                + " used and the advisory insights stay as they were",
                            missing.size(), e.toString());
                        stale(missing, cache, known);
                        return new Answer(known, false);
                      });
            });
  }

  /** Fills in what the cache still holds, even stale, for packages without a new answer. */
  private static void stale(
      List<Query> missing, Map<String, Cached> cache, Map<String, List<Advisory>> known) {
    for (Query q : missing) {
      Cached c = cache.get(q.cacheKey());
      if (c != null && !known.containsKey(q.cacheKey())) {
        known.put(q.cacheKey(), c.advisories());
      }
    }
  }

  private Uni<Map<String, Cached>> cached(List<Query> queries) {
    String[] keys = queries.stream().map(Query::cacheKey).distinct().toArray(String[]::new);
    return pool.preparedQuery(
            "SELECT package, vulns, fetched_at FROM insight_cve_cache WHERE package = ANY($1)")
        .execute(Tuple.of(keys))
        .map(
            rows -> {
              Map<String, Cached> out = new HashMap<>();
              for (Row r : rows) {
                out.put(
                    r.getString("package"),
                    new Cached(
                        r.getOffsetDateTime("fetched_at").toInstant(),
                        decode(r.getJsonObject("vulns"))));
              }
              return out;
            });
  }

  private Uni<Fetched> fetch(List<Query> missing, Instant now) {
    List<List<Query>> chunks = new ArrayList<>();
    for (int i = 0; i < missing.size(); i += BATCH) {
      chunks.add(missing.subList(i, Math.min(missing.size(), i + BATCH)));
    }
    return Multi.createFrom()
        .iterable(chunks)
        .onItem()
        .transformToUniAndConcatenate(this::ids)
        .collect()
        .asList()
        .chain(
            parts -> {
              Map<Query, List<String>> ids = new LinkedHashMap<>();
              parts.forEach(ids::putAll);
              // The advisories to read, within the budget; a package whose advisories do not fit
              // is left for the next lookup.
              Set<String> all = new LinkedHashSet<>();
              Map<Query, List<String>> asked = new LinkedHashMap<>();
              boolean complete = true;
              for (Map.Entry<Query, List<String>> e : ids.entrySet()) {
                Set<String> more = new LinkedHashSet<>(e.getValue());
                more.removeAll(all);
                if (all.size() + more.size() > config.osv().maxVulnFetches()) {
                  complete = false;
                  continue;
                }
                all.addAll(more);
                asked.put(e.getKey(), e.getValue());
              }
              boolean done = complete;
              return Multi.createFrom()
                  .iterable(all)
                  .onItem()
                  .transformToUni(osv::vuln)
                  .merge(CONCURRENCY)
                  .collect()
                  .asList()
                  .map(
                      vulns -> {
                        Map<String, JsonNode> byId = new HashMap<>();
                        for (JsonNode v : vulns) {
                          byId.put(v.path("id").asText(), v);
                        }
                        Map<String, List<Advisory>> out = new LinkedHashMap<>();
                        asked.forEach(
                            (q, list) -> {
                              List<Advisory> advisories = new ArrayList<>();
                              for (String id : list) {
                                JsonNode v = byId.get(id);
                                if (v != null) {
                                  advisories.add(Advisory.of(v, q.pkg()));
                                }
                              }
                              out.put(q.cacheKey(), advisories);
                            });
                        return new Fetched(out, done);
                      });
            })
        .call(fetched -> store(fetched.byKey(), now));
  }

  /** One batch: the advisory ids OSV lists for each query, at most the per-package cap. */
  private Uni<Map<Query, List<String>>> ids(List<Query> chunk) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("queries");
    chunk.forEach(q -> list.add(q.osvQuery()));
    return osv.queryBatch(body)
        .map(
            answer -> {
              JsonNode results = answer.path("results");
              if (!results.isArray() || results.size() != chunk.size()) {
                throw new IllegalStateException("OSV answered a batch of another size");
              }
              Map<Query, List<String>> out = new LinkedHashMap<>();
              for (int i = 0; i < chunk.size(); i++) {
                List<String> ids = new ArrayList<>();
                for (JsonNode v : results.get(i).path("vulns")) {
                  String id = v.path("id").asText("");
                  if (ids.size() < config.osv().maxVulnsPerPackage()
                      && Advisory.validId(id)
                      && !ids.contains(id)) {
                    ids.add(id);
                  }
                }
                out.put(chunk.get(i), ids);
              }
              return out;
            });
  }

  private Uni<Void> store(Map<String, List<Advisory>> fetched, Instant now) {
    if (fetched.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Tuple> rows = new ArrayList<>();
    fetched.forEach(
        (key, list) -> rows.add(Tuple.of(key, encode(list), now.atOffset(ZoneOffset.UTC))));
    return pool.preparedQuery(
            "INSERT INTO insight_cve_cache (package, vulns, fetched_at) VALUES ($1, $2, $3)"
                + " ON CONFLICT (package) DO UPDATE SET vulns = EXCLUDED.vulns,"
                + " fetched_at = EXCLUDED.fetched_at")
        .executeBatch(rows)
        .replaceWithVoid();
  }

  private static JsonObject encode(List<Advisory> list) {
    JsonArray a = new JsonArray();
    for (Advisory v : list) {
      a.add(
          new JsonObject()
              .put("id", v.id())
              .put("aliases", new JsonArray(v.aliases()))
              .put("summary", v.summary())
              .put("severity", v.severity())
              .put("fixed", new JsonArray(v.fixed())));
    }
    return new JsonObject().put("vulns", a);
  }

  private static List<Advisory> decode(JsonObject o) {
    List<Advisory> out = new ArrayList<>();
    JsonArray a = o == null ? null : o.getJsonArray("vulns");
    if (a == null) {
      return out;
    }
    for (int i = 0; i < a.size(); i++) {
      JsonObject v = a.getJsonObject(i);
      out.add(
          new Advisory(
              v.getString("id"),
              strings(v.getJsonArray("aliases")),
              v.getString("summary", ""),
              v.getString("severity", "medium"),
              strings(v.getJsonArray("fixed"))));
    }
    return out;
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    if (a != null) {
      for (int i = 0; i < a.size(); i++) {
        out.add(a.getString(i));
      }
    }
    return out;
  }
}
