package pro.keyhaven.shared.insights.cve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The maintained map from a service (as users name their keys' service) to the SDK packages that
 * talk to it, by OSV ecosystem: {@code stripe} → Maven {@code com.stripe:stripe-java}, npm {@code
 * stripe}, PyPI {@code stripe}, ... It lives in {@code service-packages.json}.
 */
public final class ServicePackages {

  /** A package in an OSV ecosystem. */
  public record Package(String ecosystem, String name) {
    /** The cache key and display form: {@code Maven:com.stripe:stripe-java}. */
    public String key() {
      return ecosystem + ":" + name;
    }
  }

  private static final ServicePackages DEFAULT = load();

  private final Map<String, List<Package>> packages;
  private final Map<String, String> aliases;

  private ServicePackages(Map<String, List<Package>> packages, Map<String, String> aliases) {
    this.packages = packages;
    this.aliases = aliases;
  }

  public static ServicePackages get() {
    return DEFAULT;
  }

  /** The SDK packages of a service, or none for a service the map does not know. */
  public List<Package> of(String service) {
    if (service == null) {
      return List.of();
    }
    String s = service.trim().toLowerCase(Locale.ROOT);
    s = aliases.getOrDefault(s, s);
    return packages.getOrDefault(s, List.of());
  }

  /** Every service the map knows (without aliases). */
  public List<String> services() {
    return List.copyOf(packages.keySet());
  }

  private static ServicePackages load() {
    try (InputStream in = ServicePackages.class.getResourceAsStream("/service-packages.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, List<Package>> packages = new LinkedHashMap<>();
      Map<String, String> aliases = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("_aliases")) {
          e.getValue()
              .fields()
              .forEachRemaining(a -> aliases.put(a.getKey(), a.getValue().asText()));
        } else if (!e.getKey().startsWith("_")) {
          List<Package> list = new ArrayList<>();
          for (JsonNode p : e.getValue()) {
            list.add(new Package(p.get(0).asText(), p.get(1).asText()));
          }
          packages.put(e.getKey(), List.copyOf(list));
        }
      }
      return new ServicePackages(Map.copyOf(packages), Map.copyOf(aliases));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
