package pro.keyhaven.rotation.provider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;

/**
 * PostgreSQL's SCRAM-SHA-256 password verifier (RFC 5802/7677, the form {@code pg_authid} keeps). A
 * password is sent to the server only as this verifier, as {@code psql}'s {@code \password} does,
 * so the clear password appears in no statement and no server log.
 */
public final class Scram {

  public static final int ITERATIONS = 4096;

  private static final SecureRandom RANDOM = SnapshotRandoms.held();

  private Scram() {}

  /** {@code SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>} for a fresh salt. */
  public static String verifier(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return verifier(password, salt, ITERATIONS);
  }

  static String verifier(String password, byte[] salt, int iterations) {
    try {
      byte[] salted = salted(password, salt, iterations);
      byte[] clientKey = hmac(salted, "Client Key");
      byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
      byte[] serverKey = hmac(salted, "Server Key");
      Base64.Encoder b64 = Base64.getEncoder();
      return "SCRAM-SHA-256$"
          + iterations
          + ":"
          + b64.encodeToString(salt)
          + "$"
          + b64.encodeToString(storedKey)
          + ":"
          + b64.encodeToString(serverKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SCRAM-SHA-256 is not available", e);
    }
  }

  /** Whether {@code password} matches a verifier as {@code pg_authid.rolpassword} holds it. */
  public static boolean matches(String verifier, String password) {
    if (verifier == null || !verifier.startsWith("SCRAM-SHA-256$")) {
      return false;
    }
    String[] parts = verifier.substring("SCRAM-SHA-256$".length()).split("[$:]");
    if (parts.length != 4) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[1]);
    String again = verifier(password, salt, Integer.parseInt(parts[0]));
    return MessageDigest.isEqual(
        again.getBytes(StandardCharsets.US_ASCII), verifier.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] salted(String password, byte[] salt, int iterations)
      throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } finally {
      spec.clearPassword();
    }
  }

  private static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
  }
}
