package pro.keyhaven.shared.crypto;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.subtle.X25519;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Writes the {@code sealed_by_java} section of {@code shared/test-vectors/hpke.json} (keeping the
 * {@code sealed_by_ts} section the web generator wrote). Run once, commit the file; see
 * docs/crypto.md for the command.
 */
public final class HpkeVectorGenerator {

  private HpkeVectorGenerator() {}

  public static void main(String[] args) throws Exception {
    Path file = args.length > 0 ? Path.of(args[0]) : TestVectors.dir().resolve("hpke.json");
    ObjectNode root =
        Files.exists(file)
            ? (ObjectNode) TestVectors.JSON.readTree(file.toFile())
            : TestVectors.JSON.createObjectNode();
    SecureRandom random = new SecureRandom();
    byte[] teamKey = new byte[32];
    random.nextBytes(teamKey);
    String info =
        HpkeSeal.serverValueInfo(UUID.randomUUID().toString(), UUID.randomUUID().toString());

    ArrayNode entries = TestVectors.JSON.createArrayNode();
    add(entries, "team key", HpkeSeal.INFO_TEAM_KEY, teamKey);
    add(entries, "ascii value", info, utf8("sk_live_51HxAbCdEfGhIjKlMnOpQrStUvWxYz0123456789"));
    add(entries, "utf8 value", info, utf8("clé-secrète-ünïcødé-秘密-ключ"));
    add(entries, "emoji value", info, utf8("🔑🚀 token-✨-🦄"));
    add(entries, "empty info", "", utf8("hello, HPKE"));

    ObjectNode out = TestVectors.JSON.createObjectNode();
    out.set("description", root.get("description"));
    out.set("sealed_by_java", entries);
    out.set(
        "sealed_by_ts", root.has("sealed_by_ts") ? root.get("sealed_by_ts") : entries.arrayNode());
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    String json = TestVectors.JSON.writer(printer).writeValueAsString(out).replace("\" : ", "\": ");
    Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    System.out.println("wrote sealed_by_java to " + file);
  }

  private static void add(ArrayNode entries, String name, String info, byte[] plaintext)
      throws Exception {
    byte[] privateKey = X25519.generatePrivateKey();
    byte[] publicKey = X25519.publicFromPrivate(privateKey);
    byte[] ciphertext = HpkeSeal.seal(publicKey, plaintext, utf8(info));
    Base64.Encoder b64 = Base64.getEncoder();
    ObjectNode entry = entries.addObject();
    entry.put("name", name);
    entry.put("recipient_private_key", b64.encodeToString(privateKey));
    entry.put("recipient_public_key", b64.encodeToString(publicKey));
    entry.put("info", info);
    entry.put("plaintext", b64.encodeToString(plaintext));
    entry.put("ciphertext", b64.encodeToString(ciphertext));
    entry.put("wrapped", WrappedKeyFormat.formatHpke(ciphertext));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
