package pro.keyhaven.shared.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * libsodium's sealed box in Java: opens what libsodium sealed ({@code sealed_by_ts} of {@code
 * shared/test-vectors/sealed-box.json}); what Java seals is opened by libsodium in {@code
 * web/src/crypto/sealedBox.test.ts} ({@code sealed_by_java}).
 */
class SealedBoxTests {

  private static final SecureRandom RANDOM = new SecureRandom();

  static JsonNode vectors() throws IOException {
    Path dir = Path.of(System.getProperty("keyhaven.testVectors", "../test-vectors"));
    return new ObjectMapper().readTree(dir.resolve("sealed-box.json").toFile());
  }

  private static byte[] b64(JsonNode node) {
    return Base64.getDecoder().decode(node.asText());
  }

  @Test
  void opensEveryBoxLibsodiumSealed() throws IOException {
    JsonNode cases = vectors().get("sealed_by_ts");
    assertThat(cases.size()).isGreaterThanOrEqualTo(5);
    for (JsonNode c : cases) {
      byte[] opened =
          SealedBox.open(b64(c.get("sealed")), b64(c.get("public_key")), b64(c.get("secret_key")));
      assertThat(new String(opened, StandardCharsets.UTF_8))
          .as(c.get("name").asText())
          .isEqualTo(c.get("plaintext").asText());
      assertThat(SealedBox.publicKeyOf(b64(c.get("secret_key"))))
          .isEqualTo(b64(c.get("public_key")));
    }
  }

  @Test
  void theCommittedJavaBoxesOpenAndAreLibsodiumSized() throws IOException {
    JsonNode cases = vectors().get("sealed_by_java");
    assertThat(cases.size()).isGreaterThanOrEqualTo(5);
    for (JsonNode c : cases) {
      byte[] sealed = b64(c.get("sealed"));
      byte[] plain = c.get("plaintext").asText().getBytes(StandardCharsets.UTF_8);
      assertThat(sealed).hasSize(plain.length + SealedBox.OVERHEAD);
      assertThat(SealedBox.open(sealed, b64(c.get("public_key")), b64(c.get("secret_key"))))
          .isEqualTo(plain);
    }
  }

  @Test
  void sealsSoThatOnlyTheRecipientOpens() {
    byte[] secret = randomKey();
    byte[] publicKey = SealedBox.publicKeyOf(secret);
    byte[] other = randomKey();
    byte[] message = "ghp_rotated-value-✨".getBytes(StandardCharsets.UTF_8);

    byte[] sealed = SealedBox.seal(message, publicKey);
    byte[] again = SealedBox.seal(message, publicKey);

    assertThat(sealed).hasSize(message.length + 48).isNotEqualTo(again);
    assertThat(SealedBox.open(sealed, publicKey, secret)).isEqualTo(message);
    assertThatThrownBy(() -> SealedBox.open(sealed, SealedBox.publicKeyOf(other), other))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChangedByteAnywhereIsRefused() {
    byte[] secret = randomKey();
    byte[] publicKey = SealedBox.publicKeyOf(secret);
    byte[] sealed = SealedBox.seal("value".getBytes(StandardCharsets.UTF_8), publicKey);
    for (int i = 0; i < sealed.length; i++) {
      byte[] changed = sealed.clone();
      changed[i] ^= 0x01;
      assertThatThrownBy(() -> SealedBox.open(changed, publicKey, secret))
          .as("byte %d", i)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> SealedBox.open(new byte[47], publicKey, secret))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesKeysOfTheWrongSizeAndLowOrderPoints() {
    assertThatThrownBy(() -> SealedBox.seal(new byte[1], new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    // The all-zero point gives an all-zero shared secret: refused, as libsodium refuses it.
    assertThatThrownBy(() -> SealedBox.seal(new byte[1], new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hsalsa20MatchesTheNaClPaperVector() {
    // Bernstein, "Cryptography in NaCl", section 8 (firstkey from the shared secret).
    byte[] shared = hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    assertThat(SealedBox.hsalsa20(shared, new byte[16]))
        .isEqualTo(hex("1b27556473e985d462cd51197a9a46c76009549eac6474f206c4ee0844f68389"));
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  private static byte[] hex(String s) {
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }
}
