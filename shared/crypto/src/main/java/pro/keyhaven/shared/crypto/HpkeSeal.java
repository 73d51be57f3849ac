package pro.keyhaven.shared.crypto;

import com.google.crypto.tink.ConfigurationV0;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.subtle.X25519;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;

/**
 * HPKE (RFC 9180 base mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-256-GCM) over Tink, the
 * same suite the browser uses with {@code @hpke/core}. The server uses it to seal values it makes
 * (automated rotation) to a vault's public key, so only the vault's members can open them.
 *
 * <p>Keys are raw 32-byte X25519 keys; {@code info} is HPKE's info (Tink's context info); the
 * associated data is empty; the ciphertext is {@code enc || ciphertext}, or the {@code v2} string
 * of {@link WrappedKeyFormat}.
 */
public final class HpkeSeal {

  /** HPKE info of a team key wrapped for a member. */
  public static final String INFO_TEAM_KEY = "keyhaven-team-key-v1";

  /** HPKE info prefix of a server-made value: {@code <prefix>:<vault_id>:<key_id>}. */
  public static final String INFO_SERVER_VALUE = "keyhaven-server-value-v1";

  /** Length of raw X25519 public and private keys. */
  public static final int X25519_KEY_BYTES = 32;

  private static final HpkeParameters PARAMETERS = parameters();

  private HpkeSeal() {}

  /** The HPKE info binding a server-made value to its vault and key. */
  public static String serverValueInfo(String vaultId, String keyId) {
    return INFO_SERVER_VALUE + ":" + vaultId.toLowerCase() + ":" + keyId.toLowerCase();
  }

  /** Seals {@code plaintext} to a raw X25519 public key; returns {@code enc || ciphertext}. */
  public static byte[] seal(byte[] recipientPublicKeyRaw, byte[] plaintext, byte[] info)
      throws GeneralSecurityException {
    HpkePublicKey publicKey = publicKey(recipientPublicKeyRaw);
    HybridEncrypt encrypt =
        KeysetHandle.newBuilder()
            .addEntry(KeysetHandle.importKey(publicKey).withRandomId().makePrimary())
            .build()
            .getPrimitive(ConfigurationV0.get(), HybridEncrypt.class);
    return encrypt.encrypt(plaintext, info);
  }

  /** Opens {@code enc || ciphertext} with a raw X25519 private key. */
  public static byte[] open(byte[] recipientPrivateKeyRaw, byte[] ciphertext, byte[] info)
      throws GeneralSecurityException {
    if (recipientPrivateKeyRaw == null || recipientPrivateKeyRaw.length != X25519_KEY_BYTES) {
      throw new InvalidKeyException("X25519 private key must be 32 bytes");
    }
    HpkePublicKey publicKey = publicKey(X25519.publicFromPrivate(recipientPrivateKeyRaw));
    HpkePrivateKey privateKey =
        HpkePrivateKey.create(
            publicKey, SecretBytes.copyFrom(recipientPrivateKeyRaw, InsecureSecretKeyAccess.get()));
    HybridDecrypt decrypt =
        KeysetHandle.newBuilder()
            .addEntry(KeysetHandle.importKey(privateKey).withRandomId().makePrimary())
            .build()
            .getPrimitive(ConfigurationV0.get(), HybridDecrypt.class);
    return decrypt.decrypt(ciphertext, info);
  }

  /** Seals to a raw public key and returns the {@code v2.<enc>.<ct>} string. */
  public static String sealWrapped(byte[] recipientPublicKeyRaw, byte[] plaintext, String info)
      throws GeneralSecurityException {
    return WrappedKeyFormat.formatHpke(
        seal(recipientPublicKeyRaw, plaintext, info.getBytes(StandardCharsets.UTF_8)));
  }

  /** Opens a {@code v2.<enc>.<ct>} string with a raw private key. */
  public static byte[] openWrapped(byte[] recipientPrivateKeyRaw, String wrapped, String info)
      throws GeneralSecurityException {
    return open(
        recipientPrivateKeyRaw,
        WrappedKeyFormat.parseHpke(wrapped),
        info.getBytes(StandardCharsets.UTF_8));
  }

  private static HpkePublicKey publicKey(byte[] raw) throws GeneralSecurityException {
    if (raw == null || raw.length != X25519_KEY_BYTES) {
      throw new InvalidKeyException("X25519 public key must be 32 bytes");
    }
    return HpkePublicKey.create(PARAMETERS, Bytes.copyFrom(raw), null);
  }

  private static HpkeParameters parameters() {
    try {
      return HpkeParameters.builder()
          .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
          .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
          .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
          .setVariant(HpkeParameters.Variant.NO_PREFIX)
          .build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HPKE parameters are not supported", e);
    }
  }
}
