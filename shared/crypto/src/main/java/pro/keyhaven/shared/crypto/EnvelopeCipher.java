package pro.keyhaven.shared.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.ConfigurationV0;
import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Tink AEAD for server-held credentials (provider admin tokens, GitHub tokens): every ciphertext is
 * bound by its associated data to the tenant and record it belongs to, so it cannot be moved to
 * another row. The keyset comes from a {@link KeysetSource}: a local file in local mode, a
 * KMS-wrapped keyset in AWS.
 */
public final class EnvelopeCipher {

  private static final String AD_PREFIX = "keyhaven-envelope-v1";

  private final Aead aead;
  private final int primaryKeyId;
  private final String source;

  private EnvelopeCipher(KeysetHandle keyset, String source) throws GeneralSecurityException {
    this.aead = keyset.getPrimitive(ConfigurationV0.get(), Aead.class);
    this.primaryKeyId = keyset.getPrimary().getId();
    this.source = source;
  }

  /** Builds the cipher from a keyset source (loads it once). */
  public static EnvelopeCipher create(KeysetSource source)
      throws GeneralSecurityException, IOException {
    return new EnvelopeCipher(source.load(), source.describe());
  }

  /** Builds the cipher from a keyset already in hand (tests). */
  public static EnvelopeCipher fromKeyset(KeysetHandle keyset) throws GeneralSecurityException {
    return new EnvelopeCipher(keyset, "in-memory keyset");
  }

  /** Encrypts {@code plaintext} for one record of one tenant. */
  public byte[] encrypt(byte[] plaintext, String tenantId, String recordId)
      throws GeneralSecurityException {
    return aead.encrypt(Objects.requireNonNull(plaintext), associatedData(tenantId, recordId));
  }

  /** Decrypts; fails if the ciphertext belongs to another tenant or record, or was altered. */
  public byte[] decrypt(byte[] ciphertext, String tenantId, String recordId)
      throws GeneralSecurityException {
    return aead.decrypt(Objects.requireNonNull(ciphertext), associatedData(tenantId, recordId));
  }

  /** {@code keyhaven-envelope-v1:<tenant_id>:<record_id>}; ids may not contain ':'. */
  static byte[] associatedData(String tenantId, String recordId) {
    return (AD_PREFIX + ":" + checkId(tenantId, "tenant id") + ":" + checkId(recordId, "record id"))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String checkId(String id, String what) {
    if (id == null || id.isEmpty() || id.indexOf(':') >= 0) {
      throw new IllegalArgumentException(what + " must be non-empty and contain no ':'");
    }
    return id;
  }

  @Override
  public String toString() {
    return "EnvelopeCipher[primaryKeyId="
        + Integer.toUnsignedString(primaryKeyId)
        + ", "
        + source
        + "]";
  }
}
