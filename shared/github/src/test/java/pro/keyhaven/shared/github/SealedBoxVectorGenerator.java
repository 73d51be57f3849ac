package pro.keyhaven.shared.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Writes the {@code sealed_by_java} section of {@code shared/test-vectors/sealed-box.json} (keeping
 * the {@code sealed_by_ts} section web/scripts/gen-sealed-box-vectors.mjs wrote). Run once, commit
 * the file; docs/crypto.md has the command.
 */
public final class SealedBoxVectorGenerator {

  private SealedBoxVectorGenerator() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Path file = Path.of(args.length > 0 ? args[0] : "../test-vectors/sealed-box.json");
    ObjectNode root =
        Files.exists(file) ? (ObjectNode) json.readTree(file.toFile()) : json.createObjectNode();
    SecureRandom random = new SecureRandom();
    ArrayNode entries = json.createArrayNode();
    String[][] cases = {
      {"empty", ""},
      {"ascii key", "sk_live_51HxAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"},
      {"utf8 value", "clé-secrète-ünïcødé-秘密-ключ"},
      {"emoji value", "🔑🚀 token-✨-🦄"},
      {"long value", "x".repeat(64) + "-" + "y".repeat(1000)},
    };
    Base64.Encoder b64 = Base64.getEncoder();
    for (String[] c : cases) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      byte[] publicKey = SealedBox.publicKeyOf(secret);
      ObjectNode entry = entries.addObject();
      entry.put("name", c[0]);
      entry.put("public_key", b64.encodeToString(publicKey));
      entry.put("secret_key", b64.encodeToString(secret));
      entry.put("plaintext", c[1]);
      entry.put(
          "sealed",
          b64.encodeToString(SealedBox.seal(c[1].getBytes(StandardCharsets.UTF_8), publicKey)));
    }
    root.set("sealed_by_java", entries);
    if (!root.has("sealed_by_ts")) {
      root.set("sealed_by_ts", json.createArrayNode());
    }
    Files.writeString(file, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    System.out.println("wrote sealed_by_java to " + file);
  }
}
