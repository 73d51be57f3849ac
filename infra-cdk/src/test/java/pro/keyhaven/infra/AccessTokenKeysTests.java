package pro.keyhaven.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pro.keyhaven.infra.secrets.SecretsAndKeys;

/**
 * The generator behind the access-token secret, run on Node as Lambda runs it: what it writes is
 * what shared/aws-config and the functions read (an RS256 key pair in PEM and the decoy secret).
 */
class AccessTokenKeysTests {

  @TempDir Path dir;

  @Test
  void generatesAMatchingRsa2048KeyPairAndADecoySecretInTheFormatTheFunctionsRead()
      throws Exception {
    JsonNode keys = new ObjectMapper().readTree(node("JSON.stringify(g.accessTokenKeys())"));
    assertThat(keys.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("private_key_pem", "public_key_pem", "decoy_secret");
    PrivateKey privateKey =
        KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(pem(keys, "private_key_pem", "PRIVATE KEY")));
    PublicKey publicKey =
        KeyFactory.getInstance("RSA")
            .generatePublic(new X509EncodedKeySpec(pem(keys, "public_key_pem", "PUBLIC KEY")));
    assertThat(((RSAPublicKey) publicKey).getModulus().bitLength()).isEqualTo(2048);

    byte[] token = "header.payload".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(privateKey);
    signer.update(token);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(publicKey);
    verifier.update(token);
    assertThat(verifier.verify(signature))
        .as("the public key verifies what the private signs")
        .isTrue();

    // The prelogin decoy needs at least 32 characters (functions/auth PreloginParameters).
    assertThat(keys.get("decoy_secret").asText()).matches("[0-9a-f]{64}");
  }

  @Test
  void eachCreateMakesNewKeys() throws Exception {
    String twice =
        node(
            "((a, b) => JSON.stringify([a.private_key_pem === b.private_key_pem,"
                + " a.decoy_secret === b.decoy_secret]))(g.accessTokenKeys(), g.accessTokenKeys())");
    assertThat(twice.trim()).isEqualTo("[false,false]");
  }

  @Test
  void keysAlreadyInPlaceAreKeptAndAPlaceholderIsReplaced() throws Exception {
    String verdicts =
        node(
            "JSON.stringify(["
                + "g.holdsKeys(JSON.stringify(g.accessTokenKeys())),"
                + "g.holdsKeys('Xk3u9RrLq0aZb1NcVd2EfGh4IjKl5MnO'),"
                + "g.holdsKeys('{\"public_key_pem\":\"x\"}'),"
                + "g.holdsKeys(undefined)])");
    assertThat(verdicts.trim()).isEqualTo("[true,false,false,false]");
  }

  private String node(String expression) throws IOException, InterruptedException {
    Path generator = dir.resolve("index.js");
    Files.writeString(generator, SecretsAndKeys.accessTokenKeysSource());
    String script =
        "const g = require("
            + quoted(generator.toString())
            + "); process.stdout.write("
            + expression
            + ");";
    String nodeBinary = System.getenv().getOrDefault("JSII_NODE", "node");
    Process process =
        new ProcessBuilder(List.of(nodeBinary, "-e", script)).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  private static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static byte[] pem(JsonNode keys, String field, String label) {
    String pem = keys.get(field).asText();
    assertThat(pem).startsWith("-----BEGIN " + label + "-----");
    return Base64.getMimeDecoder()
        .decode(
            pem.replace("-----BEGIN " + label + "-----", "")
                .replace("-----END " + label + "-----", ""));
  }
}
