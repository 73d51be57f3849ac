package pro.keyhaven.shared.insights.cve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A package URL with an exact version ({@code pkg:npm/lodash@4.17.20}), as a repository's SBOM
 * names a dependency, validated before it goes anywhere: a type OSV knows, plain path segments, an
 * exact version (no range, no wildcard). Qualifiers and subpath are dropped. {@link #value()} is
 * what OSV receives.
 *
 * @param ecosystem the OSV ecosystem ({@code npm}, {@code Maven}, {@code PyPI}, ...)
 * @param name the package name as OSV writes it ({@code @babel/core}, {@code org.foo:bar})
 */
public record Purl(String value, String ecosystem, String name, String version) {

  static final int MAX_LENGTH = 250;

  /** purl type → OSV ecosystem. */
  private static final Map<String, String> ECOSYSTEMS =
      Map.ofEntries(
          Map.entry("npm", "npm"),
          Map.entry("maven", "Maven"),
          Map.entry("pypi", "PyPI"),
          Map.entry("gem", "RubyGems"),
          Map.entry("golang", "Go"),
          Map.entry("cargo", "crates.io"),
          Map.entry("nuget", "NuGet"),
          Map.entry("composer", "Packagist"),
          Map.entry("hex", "Hex"),
          Map.entry("pub", "Pub"));

  private static final Pattern SEGMENT = Pattern.compile("(?:[A-Za-z0-9._~+!@-]|%[0-9A-Fa-f]{2})+");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+_~-]{0,99}");
  private static final Pattern DECODED = Pattern.compile("@?[A-Za-z0-9._~+!-]+");

  @Override
  public String toString() {
    return value;
  }

  /** The package as the advisory reader matches it. */
  public ServicePackages.Package pkg() {
    return new ServicePackages.Package(ecosystem, name);
  }

  /** {@code lodash@4.17.20} */
  public String display() {
    return name + "@" + version;
  }

  /** Parses and validates; empty for anything that is not an exact-version purl of a known type. */
  public static Optional<Purl> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH || !text.startsWith("pkg:")) {
      return Optional.empty();
    }
    String s = text.substring(4);
    int cut = indexOfAny(s, '?', '#');
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    while (s.startsWith("/")) {
      s = s.substring(1);
    }
    int at = s.lastIndexOf('@');
    int slash = s.indexOf('/');
    if (at < 0 || slash < 0 || at < slash) {
      return Optional.empty();
    }
    String type = s.substring(0, slash).toLowerCase(Locale.ROOT);
    String ecosystem = ECOSYSTEMS.get(type);
    String version = s.substring(at + 1);
    if (ecosystem == null || !VERSION.matcher(version).matches()) {
      return Optional.empty();
    }
    String[] raw = s.substring(slash + 1, at).split("/", -1);
    if (raw.length < 1 || raw.length > 8) {
      return Optional.empty();
    }
    List<String> segments = new ArrayList<>();
    for (String r : raw) {
      if (!SEGMENT.matcher(r).matches()) {
        return Optional.empty();
      }
      String d = decode(r);
      if (d == null || !DECODED.matcher(d).matches() || d.equals(".") || d.equals("..")) {
        return Optional.empty();
      }
      segments.add(d);
    }
    String name = name(type, segments);
    if (name == null) {
      return Optional.empty();
    }
    // A raw '@' (an npm scope) is written encoded, as the purl spec asks.
    String value = "pkg:" + type + "/" + String.join("/", raw).replace("@", "%40") + "@" + version;
    return Optional.of(new Purl(value, ecosystem, name, version));
  }

  /** The name OSV uses for the purl's namespace and name. */
  private static String name(String type, List<String> segments) {
    String last = segments.get(segments.size() - 1);
    List<String> namespace = segments.subList(0, segments.size() - 1);
    return switch (type) {
      case "maven" -> namespace.size() == 1 ? namespace.get(0) + ":" + last : null;
      case "npm" -> namespace.size() <= 1 ? String.join("/", segments) : null;
      case "golang" -> String.join("/", segments);
      case "composer" -> namespace.isEmpty() ? null : String.join("/", segments);
      default -> namespace.isEmpty() ? last : null;
    };
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    byte[] out = new byte[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        out[n++] = (byte) Integer.parseInt(s.substring(i + 1, i + 3), 16);
        i += 2;
      } else {
        out[n++] = (byte) c;
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
