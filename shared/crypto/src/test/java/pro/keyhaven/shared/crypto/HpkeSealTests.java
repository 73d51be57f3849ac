package pro.keyhaven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.crypto.tink.subtle.X25519;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HpkeSealTests {

  static Stream<JsonNode> sealedByTs() {
    return TestVectors.section("hpke.json", "sealed_by_ts").stream();
  }

  static Stream<JsonNode> sealedByJava() {
    return TestVectors.section("hpke.json", "sealed_by_java").stream();
  }

  @Test
  void vectorFileHasBothSectionsWithAsciiUtf8AndEmojiEntries() {
    for (String section : List.of("sealed_by_ts", "sealed_by_java")) {
      assertThat(TestVectors.section("hpke.json", section))
          .extracting(n -> n.get("name").asText())
          .contains("team key", "ascii value", "utf8 value", "emoji value");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sealedByTs")
  void opensValuesSealedInTypeScript(JsonNode v) throws Exception {
    assertOpens(v);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sealedByJava")
  void opensValuesSealedInJava(JsonNode v) throws Exception {
    assertOpens(v);
  }

  private static void assertOpens(JsonNode v) throws GeneralSecurityException {
    byte[] privateKey = TestVectors.b64(v, "recipient_private_key");
    byte[] info = v.get("info").asText().getBytes(StandardCharsets.UTF_8);
    assertThat(X25519.publicFromPrivate(privateKey))
        .isEqualTo(TestVectors.b64(v, "recipient_public_key"));
    assertThat(HpkeSeal.open(privateKey, TestVectors.b64(v, "ciphertext"), info))
        .isEqualTo(TestVectors.b64(v, "plaintext"));
    assertThat(HpkeSeal.openWrapped(privateKey, v.get("wrapped").asText(), v.get("info").asText()))
        .isEqualTo(TestVectors.b64(v, "plaintext"));
    assertThat(WrappedKeyFormat.parseHpke(v.get("wrapped").asText()))
        .isEqualTo(TestVectors.b64(v, "ciphertext"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sealedByTs")
  void typeScriptValueWithAFlippedBitDoesNotOpen(JsonNode v) {
    byte[] ciphertext = TestVectors.b64(v, "ciphertext");
    ciphertext[ciphertext.length - 1] ^= 0x01;
    byte[] info = v.get("info").asText().getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> HpkeSeal.open(TestVectors.b64(v, "recipient_private_key"), ciphertext, info))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sealedByTs")
  void typeScriptValueDoesNotOpenWithAnotherInfo(JsonNode v) {
    assertThatThrownBy(
            () ->
                HpkeSeal.open(
                    TestVectors.b64(v, "recipient_private_key"),
                    TestVectors.b64(v, "ciphertext"),
                    "keyhaven-other-v1".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void sealedValueOpensOnlyWithTheRecipientsPrivateKey() throws Exception {
    byte[] alice = X25519.generatePrivateKey();
    byte[] mallory = X25519.generatePrivateKey();
    byte[] plaintext = "sk_live_🔑_clé".getBytes(StandardCharsets.UTF_8);
    String info = HpkeSeal.serverValueInfo("3501A800-4b30-4fdb-b79d-3a44e8c242bf", "k");
    String wrapped = HpkeSeal.sealWrapped(X25519.publicFromPrivate(alice), plaintext, info);

    assertThat(wrapped).startsWith("v2.");
    assertThat(HpkeSeal.openWrapped(alice, wrapped, info)).isEqualTo(plaintext);
    assertThatThrownBy(() -> HpkeSeal.openWrapped(mallory, wrapped, info))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void serverValueInfoBindsLowerCasedVaultAndKeyIds() {
    assertThat(HpkeSeal.serverValueInfo("AB-1", "CD-2"))
        .isEqualTo("keyhaven-server-value-v1:ab-1:cd-2");
  }

  @Test
  void sealingTwiceGivesDifferentCiphertexts() throws Exception {
    byte[] pub = X25519.publicFromPrivate(X25519.generatePrivateKey());
    byte[] pt = new byte[] {1, 2, 3};
    assertThat(HpkeSeal.seal(pub, pt, new byte[0]))
        .isNotEqualTo(HpkeSeal.seal(pub, pt, new byte[0]));
  }

  @Test
  void refusesKeysThatAreNot32Bytes() {
    assertThatThrownBy(() -> HpkeSeal.seal(new byte[31], new byte[1], new byte[0]))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> HpkeSeal.open(new byte[33], new byte[64], new byte[0]))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void openWrappedRefusesAnAesGcmWrap() {
    String v1 = "v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA==";
    assertThatThrownBy(() -> HpkeSeal.openWrapped(X25519.generatePrivateKey(), v1, ""))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessageContaining("v2");
  }
}
