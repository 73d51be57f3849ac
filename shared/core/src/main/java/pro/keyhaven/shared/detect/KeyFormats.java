package pro.keyhaven.shared.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The known API key formats ({@code keyhaven/key-formats.json}, the file the dashboard and the
 * extension read too): which service a value belongs to, and whether it may be fingerprinted.
 *
 * <p>A fingerprint is the SHA-256 of the trimmed value. It is made only for a value that matches a
 * secret format and carries enough entropy, so that the hash cannot be reversed by guessing; a
 * short or patterned value is never fingerprinted (docs/fingerprints.md).
 */
public final class KeyFormats {

  /** The file on the class path. */
  public static final String RESOURCE = "keyhaven/key-formats.json";

  /** A fingerprint: 64 lowercase hex digits. */
  public static final String FINGERPRINT_PATTERN = "[0-9a-f]{64}";

  /** One format. {@code secret} is false for identifiers that are public or half a credential. */
  public record Rule(String id, String service, String label, Pattern pattern, boolean secret) {}

  private static final KeyFormats DEFAULT = load();

  private final List<Rule> rules;
  private final double minEntropyBitsPerChar;
  private final int minLength;
  private final JsonNode document;

  private KeyFormats(JsonNode document) {
    this.document = document;
    this.minEntropyBitsPerChar = document.path("min_entropy_bits_per_char").asDouble();
    this.minLength = document.path("min_length").asInt();
    List<Rule> list = new ArrayList<>();
    for (JsonNode r : document.path("rules")) {
      list.add(
          new Rule(
              r.path("id").asText(),
              r.path("service").asText(),
              r.path("label").asText(),
              Pattern.compile(r.path("pattern").asText()),
              r.path("secret").asBoolean()));
    }
    if (list.isEmpty() || minLength <= 0 || minEntropyBitsPerChar <= 0) {
      throw new IllegalStateException(RESOURCE + " holds no rules or no thresholds");
    }
    this.rules = List.copyOf(list);
  }

  /** The formats shipped with this build. */
  public static KeyFormats standard() {
    return DEFAULT;
  }

  private static KeyFormats load() {
    try (InputStream in = KeyFormats.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new KeyFormats(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The raw document (its examples drive the tests). */
  public JsonNode document() {
    return document;
  }

  /** The first rule the trimmed value matches. */
  public Optional<Rule> detect(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    for (Rule r : rules) {
      if (r.pattern().matcher(v).matches()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Whether a value may be fingerprinted: a secret format, long and random enough. */
  public boolean fingerprintable(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip();
    return v.length() >= minLength
        && entropyBitsPerChar(v) >= minEntropyBitsPerChar
        && detect(v).map(Rule::secret).orElse(false);
  }

  /** The services the formats name, with the ids of their rules. */
  public Map<String, List<String>> byService() {
    Map<String, List<String>> out = new HashMap<>();
    for (Rule r : rules) {
      out.computeIfAbsent(r.service(), k -> new ArrayList<>()).add(r.id());
    }
    return out;
  }

  /** Shannon entropy of the characters of {@code s}, in bits per character. */
  public static double entropyBitsPerChar(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    s.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    int n = (int) s.codePoints().count();
    double bits = 0;
    for (int count : counts.values()) {
      double p = (double) count / n;
      bits -= p * (Math.log(p) / Math.log(2));
    }
    return bits;
  }

  /** SHA-256 of the trimmed value, lowercase hex: the form the dashboard sends. */
  public static String fingerprint(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(value.strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
