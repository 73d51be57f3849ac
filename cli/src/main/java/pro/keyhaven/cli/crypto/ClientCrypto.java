package pro.keyhaven.cli.crypto;

import com.google.crypto.tink.subtle.Hkdf;
import com.google.crypto.tink.subtle.X25519;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import pro.keyhaven.shared.crypto.HpkeSeal;
import pro.keyhaven.shared.crypto.WrappedKeyFormat;

/**
 * The command line's side of the key hierarchy of {@code docs/crypto.md}, byte for byte the same as
 * {@code web/src/crypto}: PBKDF2-SHA256 over the NFKC password, HKDF auth and wrap keys,
 * AES-256-GCM key wraps bound to their purpose ({@code v1}), items bound to their vault and key
 * ids, and HPKE team keys ({@code v2}) through the shared Tink facade. Raw key bytes live in memory
 * only and are wiped when the caller is done with them.
 */
public final class ClientCrypto {

  public static final String KDF_NAME = "pbkdf2-sha256";
  public static final int MIN_KDF_ITERATIONS = 600_000;
  public static final String HKDF_INFO_AUTH = "keyhaven-auth";
  public static final String HKDF_INFO_WRAP = "keyhaven-wrap";
  public static final String AAD_USER_KEY = "keyhaven-wrap-v1:user-key";
  public static final String AAD_USER_PRIVATE_KEY = "keyhaven-wrap-v1:user-private-key";
  public static final String AAD_TEAM_PRIVATE_KEY = "keyhaven-wrap-v1:team-private-key";
  public static final String ITEM_AAD_PREFIX = "keyhaven-item-v1";
  private static final String KEY_CHECK_INFO = "keyhaven-key-check-v1";

  private static final int KEY_BYTES = 32;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int MIN_SALT_BYTES = 16;
  private static final Pattern UUID_TEXT =
      Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ClientCrypto() {}

  /** The KDF parameters a server sends (prelogin, login). */
  public record KdfParams(String kdf, int iterations, String salt) {}

  /** An item's value as the API carries it. */
  public record EncryptedValue(String encryptedValue, String iv) {
    @Override
    public String toString() {
      return "EncryptedValue[ciphertext]";
    }
  }

  /** The result of one KDF run: what login sends, and the key that unwraps the user key. */
  public static final class MasterKeys implements AutoCloseable {
    private final String authHash;
    private final byte[] wrapKey;

    MasterKeys(String authHash, byte[] wrapKey) {
      this.authHash = authHash;
      this.wrapKey = wrapKey;
    }

    public String authHash() {
      return authHash;
    }

    byte[] wrapKey() {
      return wrapKey;
    }

    @Override
    public void close() {
      Arrays.fill(wrapKey, (byte) 0);
    }

    @Override
    public String toString() {
      return "MasterKeys[redacted]";
    }
  }

  /** A vault key (user key or team key) or an X25519 private key, in memory only. */
  public static final class SecretBytes implements AutoCloseable {
    private final byte[] bytes;

    public SecretBytes(byte[] bytes) {
      this.bytes = bytes;
    }

    public byte[] bytes() {
      return bytes;
    }

    @Override
    public void close() {
      Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
      return "SecretBytes[redacted]";
    }
  }

  /** The keys of an unlocked personal vault. */
  public record UnlockedVault(SecretBytes userKey, SecretBytes privateKey, String publicKey)
      implements AutoCloseable {
    @Override
    public void close() {
      userKey.close();
      privateKey.close();
    }

    @Override
    public String toString() {
      return "UnlockedVault[redacted]";
    }
  }

  /** A new X25519 key pair (machine identities): raw private key and base64 public key. */
  public record KeyPair(SecretBytes privateKey, String publicKey) {
    @Override
    public String toString() {
      return "KeyPair[" + publicKey + "]";
    }
  }

  /** The one KDF run of an unlock: PBKDF2 → HKDF → auth_hash and wrap_key. */
  public static MasterKeys deriveMasterKeys(char[] password, KdfParams params)
      throws GeneralSecurityException {
    if (!KDF_NAME.equals(params.kdf())) {
      throw new GeneralSecurityException("KDF " + params.kdf() + " is not supported");
    }
    if (params.iterations() < MIN_KDF_ITERATIONS) {
      throw new WeakKdfException(params.iterations());
    }
    if (password.length == 0) {
      throw new GeneralSecurityException("password is empty");
    }
    byte[] salt = decode(params.salt());
    if (salt.length < MIN_SALT_BYTES) {
      throw new GeneralSecurityException("kdf_salt is too short");
    }
    byte[] master = pbkdf2(password, salt, params.iterations());
    try {
      byte[] auth = hkdf(master, HKDF_INFO_AUTH);
      String authHash = Base64.getEncoder().encodeToString(auth);
      Arrays.fill(auth, (byte) 0);
      return new MasterKeys(authHash, hkdf(master, HKDF_INFO_WRAP));
    } finally {
      Arrays.fill(master, (byte) 0);
    }
  }

  /** PBKDF2-HMAC-SHA256 of the NFKC-normalized password, 32 bytes. */
  public static byte[] pbkdf2(char[] password, byte[] salt, int iterations)
      throws GeneralSecurityException {
    char[] normalized =
        Normalizer.normalize(new String(password), Normalizer.Form.NFKC).toCharArray();
    PBEKeySpec spec = new PBEKeySpec(normalized, salt, iterations, KEY_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } finally {
      spec.clearPassword();
      Arrays.fill(normalized, '\0');
    }
  }

  /** HKDF-SHA256(master, salt = empty, info, 32 bytes). */
  public static byte[] hkdf(byte[] master, String info) throws GeneralSecurityException {
    return Hkdf.computeHkdf("HMACSHA256", master, new byte[0], utf8(info), KEY_BYTES);
  }

  /**
   * Unlock: unwrap the user key with wrap_key, then the private key with the user key, and check
   * that the private key belongs to the stored public key. A wrong password fails here.
   */
  public static UnlockedVault unlock(
      MasterKeys master, String protectedUserKey, String protectedPrivateKey, String publicKey)
      throws GeneralSecurityException {
    SecretBytes userKey =
        new SecretBytes(unwrapBytes(master.wrapKey(), protectedUserKey, AAD_USER_KEY));
    SecretBytes privateKey;
    try {
      privateKey =
          new SecretBytes(unwrapBytes(userKey.bytes(), protectedPrivateKey, AAD_USER_PRIVATE_KEY));
    } catch (GeneralSecurityException e) {
      userKey.close();
      throw e;
    }
    UnlockedVault vault = new UnlockedVault(userKey, privateKey, publicKey);
    try {
      checkKeyPair(privateKey.bytes(), publicKey);
    } catch (GeneralSecurityException e) {
      vault.close();
      throw e;
    }
    return vault;
  }

  /** AES-256-GCM key wrap with a fresh IV: {@code v1.<iv>.<ct>}. */
  public static String wrapBytes(byte[] key, byte[] plaintext, String aad)
      throws GeneralSecurityException {
    return wrapBytes(key, plaintext, aad, randomBytes(IV_BYTES));
  }

  /** AES-256-GCM key wrap with a given IV (known-answer tests only). */
  public static String wrapBytes(byte[] key, byte[] plaintext, String aad, byte[] iv)
      throws GeneralSecurityException {
    byte[] ct = aesGcm(Cipher.ENCRYPT_MODE, key, iv, utf8(aad), plaintext);
    Base64.Encoder b64 = Base64.getEncoder();
    String wrapped = "v1." + b64.encodeToString(iv) + "." + b64.encodeToString(ct);
    WrappedKeyFormat.parse(wrapped);
    return wrapped;
  }

  /** Opens a {@code v1} wrap; a wrong key (wrong password), wrong purpose or tampering fails. */
  public static byte[] unwrapBytes(byte[] key, String wrapped, String aad)
      throws GeneralSecurityException {
    WrappedKeyFormat.Parts parts = WrappedKeyFormat.parse(wrapped);
    if (parts.version() != 1) {
      throw new GeneralSecurityException("expected an AES-GCM (v1) wrap, got v" + parts.version());
    }
    return aesGcm(Cipher.DECRYPT_MODE, key, parts.first(), utf8(aad), parts.ciphertext());
  }

  /** {@code keyhaven-item-v1:<vault_id>:<key_id>}; ids are canonical lower-case UUIDs. */
  public static String itemAssociatedData(String vaultId, String keyId) {
    return ITEM_AAD_PREFIX + ":" + canonicalId(vaultId) + ":" + canonicalId(keyId);
  }

  /** Encrypts an item value under its vault key with a fresh IV. */
  public static EncryptedValue encryptItem(
      byte[] vaultKey, String vaultId, String keyId, String value) throws GeneralSecurityException {
    return encryptItem(vaultKey, vaultId, keyId, value, randomBytes(IV_BYTES));
  }

  /** Encrypts an item value with a given IV (known-answer tests only). */
  public static EncryptedValue encryptItem(
      byte[] vaultKey, String vaultId, String keyId, String value, byte[] iv)
      throws GeneralSecurityException {
    if (iv.length != IV_BYTES) {
      throw new GeneralSecurityException("iv is not 12 bytes");
    }
    byte[] plain = utf8(value);
    try {
      byte[] ct =
          aesGcm(
              Cipher.ENCRYPT_MODE, vaultKey, iv, utf8(itemAssociatedData(vaultId, keyId)), plain);
      Base64.Encoder b64 = Base64.getEncoder();
      return new EncryptedValue(b64.encodeToString(ct), b64.encodeToString(iv));
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** Decrypts an item value; fails when it was moved to another key or vault, or tampered with. */
  public static String decryptItem(
      byte[] vaultKey, String vaultId, String keyId, EncryptedValue item)
      throws GeneralSecurityException {
    byte[] iv = decode(item.iv());
    if (iv.length != IV_BYTES) {
      throw new GeneralSecurityException("iv is not 12 bytes");
    }
    byte[] plain =
        aesGcm(
            Cipher.DECRYPT_MODE,
            vaultKey,
            iv,
            utf8(itemAssociatedData(vaultId, keyId)),
            decode(item.encryptedValue()));
    try {
      return new String(plain, StandardCharsets.UTF_8);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** Opens a member's {@code v2} wrapped team key with the member's private key. */
  public static SecretBytes openTeamKey(byte[] privateKey, String wrappedTeamKey)
      throws GeneralSecurityException {
    byte[] raw = HpkeSeal.openWrapped(privateKey, wrappedTeamKey, HpkeSeal.INFO_TEAM_KEY);
    if (raw.length != KEY_BYTES) {
      Arrays.fill(raw, (byte) 0);
      throw new GeneralSecurityException("team key is not 32 bytes");
    }
    return new SecretBytes(raw);
  }

  /** Re-wraps a team key, opened from the admin's own copy, for another member's public key. */
  public static String wrapTeamKeyFor(
      byte[] privateKey, String ownWrappedTeamKey, String recipientPublicKey)
      throws GeneralSecurityException {
    try (SecretBytes teamKey = openTeamKey(privateKey, ownWrappedTeamKey)) {
      return HpkeSeal.sealWrapped(
          decode(recipientPublicKey), teamKey.bytes(), HpkeSeal.INFO_TEAM_KEY);
    }
  }

  /** A new X25519 key pair, as raw private key bytes and a base64 public key. */
  public static KeyPair newKeyPair() throws GeneralSecurityException {
    byte[] privateKey = X25519.generatePrivateKey();
    return new KeyPair(
        new SecretBytes(privateKey),
        Base64.getEncoder().encodeToString(X25519.publicFromPrivate(privateKey)));
  }

  /** The base64 public key of a raw X25519 private key. */
  public static String publicKeyOf(byte[] privateKey) throws GeneralSecurityException {
    return Base64.getEncoder().encodeToString(X25519.publicFromPrivate(privateKey));
  }

  /** A random item id (UUID v4), made before encrypting so the associated data can bind it. */
  public static String newKeyId() {
    return UUID.randomUUID().toString();
  }

  public static byte[] randomBytes(int n) {
    byte[] out = new byte[n];
    RANDOM.nextBytes(out);
    return out;
  }

  /** Strict standard base64 (padding, no URL alphabet, no whitespace). */
  public static byte[] decode(String text) throws GeneralSecurityException {
    if (text == null
        || !text.matches("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$")) {
      throw new GeneralSecurityException("value is not standard base64");
    }
    return Base64.getDecoder().decode(text);
  }

  /** SHA-256, hex (fingerprints in messages; never of secrets). */
  public static String sha256Hex(byte[] data) throws GeneralSecurityException {
    return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }

  private static void checkKeyPair(byte[] privateKey, String publicKey)
      throws GeneralSecurityException {
    byte[] probe = randomBytes(16);
    String sealed = HpkeSeal.sealWrapped(decode(publicKey), probe, KEY_CHECK_INFO);
    byte[] opened;
    try {
      opened = HpkeSeal.openWrapped(privateKey, sealed, KEY_CHECK_INFO);
    } catch (GeneralSecurityException e) {
      throw new GeneralSecurityException("private key does not match the public key");
    }
    if (!MessageDigest.isEqual(opened, probe)) {
      throw new GeneralSecurityException("private key does not match the public key");
    }
  }

  private static String canonicalId(String id) {
    String lower = id == null ? "" : id.toLowerCase(Locale.ROOT);
    if (!UUID_TEXT.matcher(lower).matches()) {
      throw new IllegalArgumentException("id is not a UUID");
    }
    return lower;
  }

  private static byte[] aesGcm(int mode, byte[] key, byte[] iv, byte[] aad, byte[] input)
      throws GeneralSecurityException {
    if (key.length != KEY_BYTES) {
      throw new GeneralSecurityException("key is not 32 bytes");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(aad);
    return cipher.doFinal(input);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** KDF parameters below the floor: a hostile or broken server tries a downgrade. */
  public static final class WeakKdfException extends GeneralSecurityException {
    public WeakKdfException(int iterations) {
      super(
          "the server asked for "
              + iterations
              + " KDF iterations; fewer than "
              + MIN_KDF_ITERATIONS
              + " are refused");
    }
  }
}
