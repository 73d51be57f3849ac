package pro.keyhaven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.crypto.tink.subtle.Hkdf;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recomputes the web client's known-answer vectors with the JDK and Tink: an independent
 * implementation of the browser's key hierarchy (PBKDF2 → HKDF → auth_hash, AES-GCM key wraps, item
 * encryption with associated data).
 */
class CryptoKatTests {

  static Stream<JsonNode> kdf() {
    return TestVectors.section("crypto-kat.json", "kdf").stream();
  }

  static Stream<JsonNode> keyWrap() {
    return TestVectors.section("crypto-kat.json", "key_wrap").stream();
  }

  static Stream<JsonNode> items() {
    return TestVectors.section("crypto-kat.json", "items").stream();
  }

  @Test
  void vectorsCoverAsciiUtf8EmojiAndNfkcPasswordsAndValues() {
    assertThat(TestVectors.section("crypto-kat.json", "kdf"))
        .extracting(n -> n.get("name").asText())
        .contains("ascii", "utf8", "emoji", "nfkc-compatibility", "nfkc-decomposed");
    assertThat(TestVectors.section("crypto-kat.json", "items"))
        .extracting(n -> n.get("name").asText())
        .contains("ascii", "utf8", "emoji");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kdf")
  void pbkdf2ThenHkdfGivesTheAuthHashAndWrapKey(JsonNode v) throws Exception {
    String normalized = Normalizer.normalize(v.get("password").asText(), Normalizer.Form.NFKC);
    assertThat(normalized).isEqualTo(v.get("password_nfkc").asText());
    byte[] master =
        pbkdf2(normalized, TestVectors.b64(v, "kdf_salt"), v.get("kdf_iterations").asInt());
    assertThat(master).isEqualTo(TestVectors.b64(v, "master_key"));

    byte[] auth = Hkdf.computeHkdf("HMACSHA256", master, new byte[0], utf8("keyhaven-auth"), 32);
    byte[] wrap = Hkdf.computeHkdf("HMACSHA256", master, new byte[0], utf8("keyhaven-wrap"), 32);
    assertThat(Base64.getEncoder().encodeToString(auth)).isEqualTo(v.get("auth_hash").asText());
    assertThat(wrap).isEqualTo(TestVectors.b64(v, "wrap_key"));
  }

  @Test
  void nfkcMakesDecomposedAndCompatibilityFormsOneKey() {
    List<JsonNode> kdf = TestVectors.section("crypto-kat.json", "kdf");
    JsonNode compat =
        kdf.stream()
            .filter(n -> n.get("name").asText().equals("nfkc-compatibility"))
            .findFirst()
            .orElseThrow();
    assertThat(compat.get("password_nfkc").asText()).isEqualTo("fiancé XII");
    JsonNode decomposed =
        kdf.stream()
            .filter(n -> n.get("name").asText().equals("nfkc-decomposed"))
            .findFirst()
            .orElseThrow();
    assertThat(decomposed.get("password_nfkc").asText()).isEqualTo("café crème");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyWrap")
  void aesGcmKeyWrapsMatch(JsonNode v) throws Exception {
    WrappedKeyFormat.Parts parts = WrappedKeyFormat.parse(v.get("wrapped").asText());
    assertThat(parts.version()).isEqualTo(1);
    assertThat(parts.first()).isEqualTo(TestVectors.b64(v, "iv"));
    byte[] ct =
        aesGcm(
            Cipher.ENCRYPT_MODE,
            TestVectors.b64(v, "key"),
            parts.first(),
            utf8(v.get("aad").asText()),
            TestVectors.b64(v, "plaintext"));
    assertThat(ct).isEqualTo(parts.ciphertext());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void itemsDecryptWithTheirVaultAndKeyIdsOnly(JsonNode v) throws Exception {
    byte[] key = TestVectors.b64(v, "vault_key");
    byte[] iv = TestVectors.b64(v, "iv");
    byte[] ct = TestVectors.b64(v, "encrypted_value");
    String ad = "keyhaven-item-v1:" + v.get("vault_id").asText() + ":" + v.get("key_id").asText();
    assertThat(ad).isEqualTo(v.get("associated_data").asText());

    byte[] plain = aesGcm(Cipher.DECRYPT_MODE, key, iv, utf8(ad), ct);
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(v.get("plaintext").asText());

    String moved =
        "keyhaven-item-v1:" + v.get("vault_id").asText() + ":" + v.get("vault_id").asText();
    assertThatThrownBy(() -> aesGcm(Cipher.DECRYPT_MODE, key, iv, utf8(moved), ct))
        .isInstanceOf(GeneralSecurityException.class);
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations)
      throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } finally {
      spec.clearPassword();
    }
  }

  private static byte[] aesGcm(int mode, byte[] key, byte[] iv, byte[] aad, byte[] input)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
    cipher.updateAAD(aad);
    return cipher.doFinal(input);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
