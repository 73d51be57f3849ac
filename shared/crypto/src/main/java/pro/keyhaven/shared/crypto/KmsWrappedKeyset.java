package pro.keyhaven.shared.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A Tink keyset encrypted under a key-encryption key held by a KMS (envelope encryption of the
 * keyset). The KMS is reached only through the {@link Aead} given here, so this module needs no AWS
 * dependency: in AWS the caller passes an {@code Aead} backed by the AWS KMS client, in tests a
 * local one. The encrypted keyset is a Tink JSON string, e.g. from Secrets Manager or S3.
 */
public final class KmsWrappedKeyset implements KeysetSource {

  /** Associated data binding the encrypted keyset to its purpose. */
  public static final byte[] KEYSET_ASSOCIATED_DATA =
      "keyhaven-envelope-keyset-v1".getBytes(StandardCharsets.UTF_8);

  private final Supplier<String> encryptedKeyset;
  private final Aead keyEncryptionKey;
  private final String kekDescription;

  /**
   * @param encryptedKeyset supplies the encrypted Tink JSON keyset
   * @param keyEncryptionKey the KMS-backed key-encryption key
   * @param kekDescription where the KEK lives (e.g. a KMS key ARN), for logs
   */
  public KmsWrappedKeyset(
      Supplier<String> encryptedKeyset, Aead keyEncryptionKey, String kekDescription) {
    this.encryptedKeyset = Objects.requireNonNull(encryptedKeyset);
    this.keyEncryptionKey = Objects.requireNonNull(keyEncryptionKey);
    this.kekDescription = Objects.requireNonNull(kekDescription);
  }

  /** Encrypts a keyset under the KEK, in the form {@link #load()} reads (for provisioning). */
  public static String encrypt(KeysetHandle keyset, Aead keyEncryptionKey)
      throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(
        keyset, keyEncryptionKey, KEYSET_ASSOCIATED_DATA);
  }

  @Override
  public KeysetHandle load() throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
        encryptedKeyset.get(), keyEncryptionKey, KEYSET_ASSOCIATED_DATA);
  }

  @Override
  public String describe() {
    return "keyset wrapped by " + kekDescription;
  }

  @Override
  public String toString() {
    return "KmsWrappedKeyset[" + kekDescription + "]";
  }
}
