package pro.keyhaven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvelopeCipherTests {

  private static final byte[] TOKEN = "ghp_🔑_tøken_123".getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void register() throws GeneralSecurityException {
    AeadConfig.register();
  }

  private static EnvelopeCipher inMemory() throws GeneralSecurityException {
    return EnvelopeCipher.fromKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
  }

  @Test
  void roundTripsForTheSameTenantAndRecord() throws Exception {
    EnvelopeCipher cipher = inMemory();
    byte[] ct = cipher.encrypt(TOKEN, "tenant-1", "record-1");
    assertThat(ct).isNotEqualTo(TOKEN);
    assertThat(cipher.decrypt(ct, "tenant-1", "record-1")).isEqualTo(TOKEN);
  }

  @Test
  void ciphertextMovedToAnotherTenantOrRecordDoesNotDecrypt() throws Exception {
    EnvelopeCipher cipher = inMemory();
    byte[] ct = cipher.encrypt(TOKEN, "tenant-1", "record-1");
    assertThatThrownBy(() -> cipher.decrypt(ct, "tenant-2", "record-1"))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> cipher.decrypt(ct, "tenant-1", "record-2"))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void associatedDataCannotBeShiftedBetweenTenantAndRecord() {
    assertThatThrownBy(() -> EnvelopeCipher.associatedData("a:b", "c"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EnvelopeCipher.associatedData("", "c"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new String(EnvelopeCipher.associatedData("t", "r"), StandardCharsets.UTF_8))
        .isEqualTo("keyhaven-envelope-v1:t:r");
  }

  @Test
  void flippedBitDoesNotDecrypt() throws Exception {
    EnvelopeCipher cipher = inMemory();
    byte[] ct = cipher.encrypt(TOKEN, "t", "r");
    ct[ct.length - 1] ^= 0x01;
    assertThatThrownBy(() -> cipher.decrypt(ct, "t", "r"))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void localKeysetFileIsCreatedOwnerOnlyAndReloadsTheSameKey(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys/envelope.json");
    EnvelopeCipher first = EnvelopeCipher.create(LocalKeysetFile.createIfMissing(file));
    byte[] ct = first.encrypt(TOKEN, "t", "r");

    assertThat(file).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    EnvelopeCipher reloaded = EnvelopeCipher.create(LocalKeysetFile.existing(file));
    assertThat(reloaded.decrypt(ct, "t", "r")).isEqualTo(TOKEN);
  }

  @Test
  void missingLocalKeysetFileFailsWhenItMustExist(@TempDir Path dir) {
    assertThatThrownBy(
            () -> EnvelopeCipher.create(LocalKeysetFile.existing(dir.resolve("none.json"))))
        .hasMessageContaining("does not exist");
  }

  @Test
  void kmsWrappedKeysetOpensOnlyWithItsKeyEncryptionKey() throws Exception {
    Aead kek = kek();
    KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    String stored = KmsWrappedKeyset.encrypt(keyset, kek);
    assertThat(stored).doesNotContain(plaintextKeyMaterial(keyset));

    AtomicReference<String> secretStore = new AtomicReference<>(stored);
    EnvelopeCipher cipher =
        EnvelopeCipher.create(new KmsWrappedKeyset(secretStore::get, kek, "test-kek"));
    EnvelopeCipher direct = EnvelopeCipher.fromKeyset(keyset);
    assertThat(cipher.decrypt(direct.encrypt(TOKEN, "t", "r"), "t", "r")).isEqualTo(TOKEN);

    assertThatThrownBy(
            () -> EnvelopeCipher.create(new KmsWrappedKeyset(secretStore::get, kek(), "other")))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void toStringShowsIdsAndPlacesButNoKeyMaterial(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("k.json");
    EnvelopeCipher cipher = EnvelopeCipher.create(LocalKeysetFile.createIfMissing(file));
    String json = Files.readString(file);
    String keyValue = json.replaceAll("(?s).*\"value\":\\s*\"([^\"]+)\".*", "$1");
    assertThat(cipher.toString())
        .startsWith("EnvelopeCipher[primaryKeyId=")
        .doesNotContain(keyValue);
    assertThat(new KmsWrappedKeyset(() -> "", kek(), "arn:kms:key/1").toString())
        .isEqualTo("KmsWrappedKeyset[arn:kms:key/1]");
  }

  /** A local stand-in for the KMS key-encryption key. */
  private static Aead kek() throws GeneralSecurityException {
    return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
        .getPrimitive(RegistryConfiguration.get(), Aead.class);
  }

  private static String plaintextKeyMaterial(KeysetHandle keyset) throws GeneralSecurityException {
    String json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    return json.replaceAll("(?s).*\"value\":\\s*\"([^\"]+)\".*", "$1");
  }
}
