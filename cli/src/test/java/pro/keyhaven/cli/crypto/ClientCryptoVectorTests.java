package pro.keyhaven.cli.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.crypto.tink.subtle.X25519;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pro.keyhaven.cli.crypto.ClientCrypto.EncryptedValue;
import pro.keyhaven.cli.crypto.ClientCrypto.KdfParams;
import pro.keyhaven.cli.crypto.ClientCrypto.MasterKeys;
import pro.keyhaven.cli.crypto.ClientCrypto.SecretBytes;
import pro.keyhaven.cli.crypto.ClientCrypto.UnlockedVault;
import pro.keyhaven.shared.crypto.HpkeSeal;

/**
 * The command line's crypto against every shared vector that the TypeScript suite reads too: the
 * KDF chain, the purpose-bound key wraps, items bound to vault and key, and HPKE both ways.
 */
class ClientCryptoVectorTests {

  static Stream<JsonNode> kdf() {
    return Vectors.section("crypto-kat.json", "kdf").stream();
  }

  static Stream<JsonNode> keyWrap() {
    return Vectors.section("crypto-kat.json", "key_wrap").stream();
  }

  static Stream<JsonNode> items() {
    return Vectors.section("crypto-kat.json", "items").stream();
  }

  static Stream<JsonNode> hpke() {
    return Stream.concat(
        Vectors.section("hpke.json", "sealed_by_java").stream(),
        Vectors.section("hpke.json", "sealed_by_ts").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kdf")
  void passwordGivesTheWebsAuthHashAndWrapKey(JsonNode v) throws Exception {
    KdfParams params =
        new KdfParams(
            v.get("kdf").asText(), v.get("kdf_iterations").asInt(), v.get("kdf_salt").asText());
    assertThat(
            ClientCrypto.pbkdf2(
                v.get("password").asText().toCharArray(),
                Vectors.b64(v, "kdf_salt"),
                params.iterations()))
        .isEqualTo(Vectors.b64(v, "master_key"));
    try (MasterKeys keys =
        ClientCrypto.deriveMasterKeys(v.get("password").asText().toCharArray(), params)) {
      assertThat(keys.authHash()).isEqualTo(v.get("auth_hash").asText());
      assertThat(keys.wrapKey()).isEqualTo(Vectors.b64(v, "wrap_key"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyWrap")
  void keyWrapsMatchByteForByteAndOpen(JsonNode v) throws Exception {
    byte[] key = Vectors.b64(v, "key");
    String wrapped =
        ClientCrypto.wrapBytes(
            key, Vectors.b64(v, "plaintext"), v.get("aad").asText(), Vectors.b64(v, "iv"));
    assertThat(wrapped).isEqualTo(v.get("wrapped").asText());
    assertThat(ClientCrypto.unwrapBytes(key, v.get("wrapped").asText(), v.get("aad").asText()))
        .isEqualTo(Vectors.b64(v, "plaintext"));

    String otherPurpose =
        v.get("aad").asText().equals(ClientCrypto.AAD_USER_KEY)
            ? ClientCrypto.AAD_TEAM_PRIVATE_KEY
            : ClientCrypto.AAD_USER_KEY;
    assertThatThrownBy(() -> ClientCrypto.unwrapBytes(key, v.get("wrapped").asText(), otherPurpose))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void itemsMatchAndStayBoundToTheirVaultAndKey(JsonNode v) throws Exception {
    byte[] key = Vectors.b64(v, "vault_key");
    String vaultId = v.get("vault_id").asText();
    String keyId = v.get("key_id").asText();
    assertThat(ClientCrypto.itemAssociatedData(vaultId, keyId))
        .isEqualTo(v.get("associated_data").asText());

    EncryptedValue mine =
        ClientCrypto.encryptItem(
            key, vaultId, keyId, v.get("plaintext").asText(), Vectors.b64(v, "iv"));
    assertThat(mine.encryptedValue()).isEqualTo(v.get("encrypted_value").asText());
    EncryptedValue web =
        new EncryptedValue(v.get("encrypted_value").asText(), v.get("iv").asText());
    assertThat(ClientCrypto.decryptItem(key, vaultId, keyId, web))
        .isEqualTo(v.get("plaintext").asText());

    assertThatThrownBy(() -> ClientCrypto.decryptItem(key, vaultId, vaultId, web))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> ClientCrypto.decryptItem(key, keyId, keyId, web))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hpke")
  void hpkeValuesSealedByEitherSideOpen(JsonNode v) throws Exception {
    byte[] privateKey = Vectors.b64(v, "recipient_private_key");
    assertThat(ClientCrypto.publicKeyOf(privateKey))
        .isEqualTo(v.get("recipient_public_key").asText());
    String info = v.get("info").asText();
    assertThat(HpkeSeal.openWrapped(privateKey, v.get("wrapped").asText(), info))
        .isEqualTo(Vectors.b64(v, "plaintext"));
    if (info.equals(HpkeSeal.INFO_TEAM_KEY)) {
      try (SecretBytes teamKey = ClientCrypto.openTeamKey(privateKey, v.get("wrapped").asText())) {
        assertThat(teamKey.bytes()).isEqualTo(Vectors.b64(v, "plaintext"));
      }
    }
    assertThatThrownBy(
            () -> HpkeSeal.openWrapped(privateKey, v.get("wrapped").asText(), info + "-other"))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void aWebAccountUnlocksFromItsPasswordAlone() throws Exception {
    JsonNode kdf = Vectors.named("crypto-kat.json", "kdf", "utf8");
    JsonNode userKeyWrap =
        Vectors.named("crypto-kat.json", "key_wrap", "user key under the wrap key of kdf/utf8");
    JsonNode privateKeyWrap =
        Vectors.named("crypto-kat.json", "key_wrap", "private key under the user key of kdf/utf8");
    String publicKey =
        Base64.getEncoder()
            .encodeToString(X25519.publicFromPrivate(Vectors.b64(privateKeyWrap, "plaintext")));
    KdfParams params =
        new KdfParams(
            ClientCrypto.KDF_NAME, kdf.get("kdf_iterations").asInt(), kdf.get("kdf_salt").asText());

    try (MasterKeys keys =
            ClientCrypto.deriveMasterKeys(kdf.get("password").asText().toCharArray(), params);
        UnlockedVault vault =
            ClientCrypto.unlock(
                keys,
                userKeyWrap.get("wrapped").asText(),
                privateKeyWrap.get("wrapped").asText(),
                publicKey)) {
      assertThat(vault.userKey().bytes()).isEqualTo(Vectors.b64(userKeyWrap, "plaintext"));
      assertThat(vault.privateKey().bytes()).isEqualTo(Vectors.b64(privateKeyWrap, "plaintext"));
    }

    try (MasterKeys wrong = ClientCrypto.deriveMasterKeys("not it".toCharArray(), params)) {
      assertThatThrownBy(
              () ->
                  ClientCrypto.unlock(
                      wrong,
                      userKeyWrap.get("wrapped").asText(),
                      privateKeyWrap.get("wrapped").asText(),
                      publicKey))
          .isInstanceOf(GeneralSecurityException.class);
    }
  }

  @Test
  void aSwappedPublicKeyIsNoticedAtUnlock() throws Exception {
    JsonNode kdf = Vectors.named("crypto-kat.json", "kdf", "ascii");
    JsonNode userKeyWrap =
        Vectors.named("crypto-kat.json", "key_wrap", "user key under the wrap key of kdf/ascii");
    JsonNode privateKeyWrap =
        Vectors.named("crypto-kat.json", "key_wrap", "private key under the user key of kdf/ascii");
    String someoneElses = ClientCrypto.newKeyPair().publicKey();
    KdfParams params =
        new KdfParams(
            ClientCrypto.KDF_NAME, kdf.get("kdf_iterations").asInt(), kdf.get("kdf_salt").asText());
    try (MasterKeys keys =
        ClientCrypto.deriveMasterKeys(kdf.get("password").asText().toCharArray(), params)) {
      assertThatThrownBy(
              () ->
                  ClientCrypto.unlock(
                      keys,
                      userKeyWrap.get("wrapped").asText(),
                      privateKeyWrap.get("wrapped").asText(),
                      someoneElses))
          .hasMessageContaining("does not match");
    }
  }

  @Test
  void weakKdfParametersFromAServerAreRefused() {
    assertThatThrownBy(
            () ->
                ClientCrypto.deriveMasterKeys(
                    "pw".toCharArray(),
                    new KdfParams(ClientCrypto.KDF_NAME, 1000, "AAAAAAAAAAAAAAAAAAAAAA==")))
        .isInstanceOf(ClientCrypto.WeakKdfException.class);
  }

  @Test
  void aTeamKeyResealedForAMachineOpensWithItsPrivateKeyOnly() throws Exception {
    JsonNode team = Vectors.named("hpke.json", "sealed_by_ts", "team key");
    ClientCrypto.KeyPair machine = ClientCrypto.newKeyPair();
    String resealed =
        ClientCrypto.wrapTeamKeyFor(
            Vectors.b64(team, "recipient_private_key"),
            team.get("wrapped").asText(),
            machine.publicKey());
    try (SecretBytes opened = ClientCrypto.openTeamKey(machine.privateKey().bytes(), resealed)) {
      assertThat(opened.bytes()).isEqualTo(Vectors.b64(team, "plaintext"));
    }
    assertThatThrownBy(
            () ->
                ClientCrypto.openTeamKey(ClientCrypto.newKeyPair().privateKey().bytes(), resealed))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void itemsRoundTripWithFreshIvs() throws Exception {
    byte[] key = ClientCrypto.randomBytes(32);
    String vault = ClientCrypto.newKeyId();
    String id = ClientCrypto.newKeyId();
    EncryptedValue a = ClientCrypto.encryptItem(key, vault, id, "sk_test_é🔑");
    EncryptedValue b = ClientCrypto.encryptItem(key, vault, id, "sk_test_é🔑");
    assertThat(a.iv()).isNotEqualTo(b.iv());
    assertThat(ClientCrypto.decryptItem(key, vault.toUpperCase(), id, a)).isEqualTo("sk_test_é🔑");
    assertThat(new String(Base64.getDecoder().decode(a.encryptedValue()), StandardCharsets.UTF_8))
        .doesNotContain("sk_test");
  }
}
