package pro.keyhaven.monitoring.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;

/**
 * Per-key ingest tokens: {@code khi_} and 32 random bytes (base64url), so they never look like an
 * access token (a JWT) and secret scanners can recognise them. Only the SHA-256 is stored.
 */
public final class IngestTokens {

  public static final String PREFIX = "khi_";
  private static final Pattern FORMAT = Pattern.compile("^khi_[A-Za-z0-9_-]{43}$");
  private static final SecureRandom RANDOM = SnapshotRandoms.held();

  private IngestTokens() {}

  public static String generate() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  public static boolean wellFormed(String token) {
    return token != null && FORMAT.matcher(token).matches();
  }

  /** Hex SHA-256 of the token: what is stored and looked up. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ingest token of an {@code Authorization} header, or null when it carries none. */
  public static String fromAuthorization(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.startsWith(PREFIX) ? token : null;
  }
}
