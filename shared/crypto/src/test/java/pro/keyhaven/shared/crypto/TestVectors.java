package pro.keyhaven.shared.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads the vector files shared with the web crypto module ({@code shared/test-vectors}). */
final class TestVectors {

  static final ObjectMapper JSON = new ObjectMapper();

  private TestVectors() {}

  /** The vectors folder: {@code -Dkeyhaven.testVectors}, else {@code ../test-vectors}. */
  static Path dir() {
    return Path.of(System.getProperty("keyhaven.testVectors", "../test-vectors"));
  }

  static JsonNode read(String file) {
    try {
      return JSON.readTree(dir().resolve(file).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> section(String file, String name) {
    List<JsonNode> out = new ArrayList<>();
    read(file).path(name).forEach(out::add);
    return out;
  }

  static byte[] b64(JsonNode node, String field) {
    return Base64.getDecoder().decode(node.get(field).asText());
  }
}
