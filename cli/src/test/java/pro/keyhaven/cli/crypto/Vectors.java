package pro.keyhaven.cli.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads the vector files shared with the web crypto module ({@code shared/test-vectors}). */
public final class Vectors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Vectors() {}

  static Path dir() {
    return Path.of(System.getProperty("keyhaven.testVectors", "../shared/test-vectors"));
  }

  public static List<JsonNode> section(String file, String name) {
    try {
      List<JsonNode> out = new ArrayList<>();
      JSON.readTree(dir().resolve(file).toFile()).path(name).forEach(out::add);
      if (out.isEmpty()) {
        throw new IllegalStateException("no vectors in " + file + "/" + name);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode named(String file, String section, String name) {
    return section(file, section).stream()
        .filter(n -> n.get("name").asText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  public static byte[] b64(JsonNode node, String field) {
    return Base64.getDecoder().decode(node.get(field).asText());
  }
}
