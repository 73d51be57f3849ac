package pro.keyhaven.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Key bodies as the browser builds them: the value AES-256-GCM encrypted under a vault key the
 * server never sees, with the key id and vault id as associated data.
 */
public final class TestKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A test client's vault key (kept by the test, never sent). */
  public static final byte[] VAULT_KEY = new byte[32];

  static {
    RANDOM.nextBytes(VAULT_KEY);
  }

  private TestKeys() {}

  /** Ciphertext and IV of one encrypted value. */
  public record Sealed(String encryptedValue, String iv) {}

  public static Sealed encrypt(String plaintext, UUID vaultId, UUID keyId) {
    try {
      byte[] iv = new byte[12];
      RANDOM.nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(VAULT_KEY, "AES"), new GCMParameterSpec(128, iv));
      c.updateAAD(("keyhaven-item-v1:" + vaultId + ":" + keyId).getBytes(StandardCharsets.UTF_8));
      byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return new Sealed(
          Base64.getEncoder().encodeToString(ct), Base64.getEncoder().encodeToString(iv));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String decrypt(String encryptedValue, String iv, UUID vaultId, UUID keyId) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(VAULT_KEY, "AES"),
          new GCMParameterSpec(128, Base64.getDecoder().decode(iv)));
      c.updateAAD(("keyhaven-item-v1:" + vaultId + ":" + keyId).getBytes(StandardCharsets.UTF_8));
      return new String(
          c.doFinal(Base64.getDecoder().decode(encryptedValue)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A create body for a personal key holding {@code plaintext}. */
  public static Map<String, Object> body(
      UUID vaultId, String service, String name, String plaintext) {
    UUID id = UUID.randomUUID();
    Sealed sealed = encrypt(plaintext, vaultId, id);
    Map<String, Object> metadata = new HashMap<>();
    metadata.put("description", "used by the " + service + " integration");
    metadata.put("environment", "production");
    metadata.put("tags", List.of("billing", "backend"));
    Map<String, Object> body = new HashMap<>();
    body.put("id", id.toString());
    body.put("service", service);
    body.put("name", name);
    body.put("encrypted_value", sealed.encryptedValue());
    body.put("iv", sealed.iv());
    body.put("metadata", metadata);
    return body;
  }
}
