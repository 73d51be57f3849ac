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
import java.util.UUID;
import org.jboss.logging.Logger;
import pro.keyhaven.shared.insights.Finding;
import pro.keyhaven.shared.insights.InsightsConfig;
import pro.keyhaven.shared.insights.KeyFacts;
import pro.keyhaven.shared.insights.rules.InsightRules;

/**
 * The CVE feed: for the SDK packages of the services a user's keys belong to ({@link
 * ServicePackages}), the advisories OSV knows, as insights naming the advisory, its severity and
 * the versions that fix it. OSV's answers are cached per package ({@code insight_cve_cache}, {@code
 * keyhaven.insights.osv.cache-ttl}); when OSV is down or slow the feed logs a warning, uses what
 * the cache still holds and says it is incomplete, so a refresh leaves the CVE insights as they
 * were.
 *
 * <p>What goes to OSV: package names only (the map's, never anything of a key).
 */
@ApplicationScoped
public class CveFeed {

  private static final Logger LOG = Logger.getLogger(CveFeed.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The feed's findings; {@code complete} is false when OSV could not be asked. */
  public record Result(List<Finding> findings, boolean complete) {}

  private final OsvClient osv;
  private final Pool pool;
  private final Clock clock;
  private final InsightsConfig config;

  public CveFeed(OsvClient osv, Pool pool, Clock clock, InsightsConfig config) {
    this.osv = osv;
    this.pool = pool;
    this.clock = clock;
    this.config = config;
  }

  public Uni<Result> findings(List<KeyFacts> keys) {
    if (!config.osv().enabled()) {
      return Uni.createFrom().item(new Result(List.of(), true));
    }
    Map<ServicePackages.Package, List<KeyFacts>> byPackage = new LinkedHashMap<>();
    for (KeyFacts k : keys) {
      for (ServicePackages.Package p : ServicePackages.get().of(k.service())) {
        byPackage.computeIfAbsent(p, x -> new ArrayList<>()).add(k);
      }
    }
    if (byPackage.isEmpty()) {
      return Uni.createFrom().item(new Result(List.of(), true));
    }
    List<ServicePackages.Package> packages = List.copyOf(byPackage.keySet());
    Instant now = clock.instant();
    return cached(packages)
        .chain(
            cache -> {
              Instant freshAfter = now.minus(config.osv().cacheTtl());
              List<ServicePackages.Package> missing = new ArrayList<>();
              Map<ServicePackages.Package, List<Advisory>> known = new HashMap<>();
              for (ServicePackages.Package p : packages) {
                Cached c = cache.get(p.key());
                if (c != null && c.fetchedAt().isAfter(freshAfter)) {
                  known.put(p, c.advisories());
                } else {
                  missing.add(p);
                }
              }
              if (missing.isEmpty()) {
                return Uni.createFrom().item(new Result(build(known, byPackage), true));
              }
              return fetch(missing, now)
                  .map(
                      fetched -> {
                        known.putAll(fetched);
                        return new Result(build(known, byPackage), true);
                      })
                  .onFailure()
                  .recoverWithItem(
                      e -> {
                        LOG.warnf(
                            "OSV could not be asked about %d packages (%s); the CVE insights stay"
                                + " as they were",
                            missing.size(), e.toString());
                        for (ServicePackages.Package p : missing) {
                          Cached c = cache.get(p.key());
                          if (c != null) {
                            known.put(p, c.advisories());
                          }
                        }
                        return new Result(build(known, byPackage), false);
                      });
            });
  }

  private record Cached(Instant fetchedAt, List<Advisory> advisories) {}

  private Uni<Map<String, Cached>> cached(List<ServicePackages.Package> packages) {
    String[] keys = packages.stream().map(ServicePackages.Package::key).toArray(String[]::new);
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

  private Uni<Map<ServicePackages.Package, List<Advisory>>> fetch(
      List<ServicePackages.Package> missing, Instant now) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode queries = body.putArray("queries");
    for (ServicePackages.Package p : missing) {
      ObjectNode q = queries.addObject();
      q.putObject("package").put("ecosystem", p.ecosystem()).put("name", p.name());
    }
    return osv.queryBatch(body)
        .chain(
            answer -> {
              JsonNode results = answer.path("results");
              if (!results.isArray() || results.size() != missing.size()) {
                throw new IllegalStateException("OSV answered a batch of another size");
              }
              Map<ServicePackages.Package, List<String>> ids = new LinkedHashMap<>();
              Set<String> all = new LinkedHashSet<>();
              for (int i = 0; i < missing.size(); i++) {
                List<String> list = new ArrayList<>();
                for (JsonNode v : results.get(i).path("vulns")) {
                  if (list.size() < config.osv().maxVulnsPerPackage() && v.hasNonNull("id")) {
                    list.add(v.get("id").asText());
                  }
                }
                ids.put(missing.get(i), list);
                all.addAll(list);
              }
              return Multi.createFrom()
                  .iterable(all)
                  .onItem()
                  .transformToUniAndConcatenate(osv::vuln)
                  .collect()
                  .asList()
                  .map(
                      vulns -> {
                        Map<String, JsonNode> byId = new HashMap<>();
                        for (JsonNode v : vulns) {
                          byId.put(v.path("id").asText(), v);
                        }
                        Map<ServicePackages.Package, List<Advisory>> out = new LinkedHashMap<>();
                        ids.forEach(
                            (p, list) -> {
                              List<Advisory> advisories = new ArrayList<>();
                              for (String id : list) {
                                JsonNode v = byId.get(id);
                                if (v != null) {
                                  advisories.add(Advisory.of(v, p));
                                }
                              }
                              out.put(p, advisories);
                            });
                        return out;
                      });
            })
        .call(fetched -> store(fetched, now));
  }

  private Uni<Void> store(Map<ServicePackages.Package, List<Advisory>> fetched, Instant now) {
    List<Tuple> rows = new ArrayList<>();
    fetched.forEach(
        (p, list) -> rows.add(Tuple.of(p.key(), encode(list), now.atOffset(ZoneOffset.UTC))));
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

  /** One insight per advisory: the packages it concerns and the keys of their services. */
  static List<Finding> build(
      Map<ServicePackages.Package, List<Advisory>> known,
      Map<ServicePackages.Package, List<KeyFacts>> byPackage) {
    Map<String, List<ServicePackages.Package>> packagesOf = new LinkedHashMap<>();
    Map<String, Advisory> advisory = new LinkedHashMap<>();
    Map<String, Set<String>> fixed = new LinkedHashMap<>();
    Map<String, Set<UUID>> keys = new LinkedHashMap<>();
    Map<String, Set<String>> services = new LinkedHashMap<>();
    for (Map.Entry<ServicePackages.Package, List<Advisory>> e : known.entrySet()) {
      for (Advisory a : e.getValue()) {
        advisory.putIfAbsent(a.id(), a);
        packagesOf.computeIfAbsent(a.id(), x -> new ArrayList<>()).add(e.getKey());
        for (String f : a.fixed()) {
          fixed
              .computeIfAbsent(a.id(), x -> new LinkedHashSet<>())
              .add(e.getKey().name() + " " + f);
        }
        for (KeyFacts k : byPackage.getOrDefault(e.getKey(), List.of())) {
          keys.computeIfAbsent(a.id(), x -> new LinkedHashSet<>()).add(k.id());
          services.computeIfAbsent(a.id(), x -> new LinkedHashSet<>()).add(k.service());
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Advisory> e : advisory.entrySet()) {
      Advisory a = e.getValue();
      String pkgs =
          String.join(
              ", ",
              packagesOf.get(a.id()).stream().map(p -> p.ecosystem() + " " + p.name()).toList());
      List<String> fixes = List.copyOf(fixed.getOrDefault(a.id(), Set.of()));
      String ids =
          a.aliases().isEmpty() ? a.id() : a.id() + " (" + String.join(", ", a.aliases()) + ")";
      String description =
          "The "
              + String.join(", ", services.getOrDefault(a.id(), Set.of()))
              + " SDK ("
              + pkgs
              + ") has advisory "
              + ids
              + ": "
              + a.summary();
      String recommendation =
          fixes.isEmpty()
              ? "No fixed version is published yet; check whether your code uses the affected part"
                  + " and watch the advisory."
              : "If your code uses this SDK, upgrade to a fixed version: "
                  + String.join(", ", fixes)
                  + ".";
      out.add(
          new Finding(
              InsightRules.VULNERABLE_SDK,
              a.severity(),
              cut(description, 2000),
              cut(recommendation, 2000),
              List.copyOf(keys.getOrDefault(a.id(), Set.of())),
              cut(a.cveOrId(), 100),
              fixes,
              InsightRules.VULNERABLE_SDK + ":" + a.id()));
    }
    return out;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
