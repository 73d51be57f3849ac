package pro.keyhaven.auth.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;

/** Random opaque tokens and their stored digests. */
public final class Secrets {

  private static final SecureRandom RANDOM = SnapshotRandoms.held();

  private Secrets() {}

  /** 256 random bits, URL-safe base64 without padding. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Hex SHA-256: what the database keeps instead of a token. */
  public static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
