package pro.keyhaven.auth.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;

/**
 * RFC 6238 codes (HMAC-SHA-1, 6 digits, 30-second steps) through java-otp's generator. A code
 * matches the current step or one step either side (clock drift), and only a step later than the
 * last one used (a code works once).
 */
public final class TotpCodes {

  public static final int DIGITS = 6;
  public static final long STEP_SECONDS = 30;

  /** Steps accepted either side of the current one. */
  public static final int DRIFT_STEPS = 1;

  private static final int SECRET_BYTES = 20;
  private static final String ALGORITHM = "HmacSHA1";
  private static final SecureRandom RANDOM = SnapshotRandoms.held();

  private TotpCodes() {}

  /** 160 random bits (RFC 4226's recommended length). */
  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  public static long stepAt(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /**
   * The step {@code code} belongs to, within the drift window around {@code now} and after {@code
   * lastUsedStep}; -1 when none. Every candidate is compared (constant work for a wrong code).
   */
  public static long match(byte[] secret, String code, Instant now, long lastUsedStep) {
    if (code == null || !code.matches("^[0-9]{6}$")) {
      return -1;
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long current = stepAt(now);
    long found = -1;
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      byte[] expected = codeAt(secret, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(given, expected) && step > lastUsedStep && found < 0) {
        found = step;
      }
    }
    return found;
  }

  /** The code of one step, zero-padded. */
  public static String codeAt(byte[] secret, long step) {
    try {
      TimeBasedOneTimePasswordGenerator totp =
          new TimeBasedOneTimePasswordGenerator(
              Duration.ofSeconds(STEP_SECONDS), DIGITS, ALGORITHM);
      return totp.generateOneTimePasswordString(
          new SecretKeySpec(secret, ALGORITHM), Instant.ofEpochSecond(step * STEP_SECONDS));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("TOTP key refused", e);
    }
  }

  /** RFC 4648 base32 without padding, as authenticator apps read the secret. */
  public static String base32(byte[] bytes) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }
}
