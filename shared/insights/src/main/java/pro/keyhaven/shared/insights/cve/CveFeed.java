package pro.keyhaven.shared.insights.cve;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import pro.keyhaven.shared.insights.Finding;
import pro.keyhaven.shared.insights.InsightsConfig;
import pro.keyhaven.shared.insights.KeyFacts;
import pro.keyhaven.shared.insights.rules.InsightRules;

/**
 * The CVE feed: for the SDK packages of the services a user's keys belong to ({@link
 * ServicePackages}), the advisories OSV knows ({@link OsvAdvisories}, cached per package), as
 * insights naming the advisory, its severity and the versions that fix it. When OSV is down or slow
 * the feed uses what the cache still holds and says it is incomplete, so a refresh leaves the CVE
 * insights as they were.
 *
 * <p>What goes to OSV: package names only (the map's, never anything of a key).
 */
@ApplicationScoped
public class CveFeed {

  /** The feed's findings; {@code complete} is false when OSV could not be asked. */
  public record Result(List<Finding> findings, boolean complete) {}

  private final OsvAdvisories advisories;
  private final InsightsConfig config;

  public CveFeed(OsvAdvisories advisories, InsightsConfig config) {
    this.advisories = advisories;
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
    List<OsvAdvisories.Query> queries = new ArrayList<>();
    for (ServicePackages.Package p : byPackage.keySet()) {
      queries.add(new OsvAdvisories.Query(p.key(), p, OsvAdvisories.byName(p)));
    }
    return advisories
        .lookup(queries)
        .map(
            answer -> {
              Map<ServicePackages.Package, List<Advisory>> known = new LinkedHashMap<>();
              for (ServicePackages.Package p : byPackage.keySet()) {
                List<Advisory> list = answer.byKey().get(p.key());
                if (list != null) {
                  known.put(p, list);
                }
              }
              return new Result(build(known, byPackage), answer.complete());
            });
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

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
