package pro.keyhaven.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;

/**
 * The secret part of a machine token: made when the identity is created (teams), checked when the
 * token signs in (auth). The database keeps only its SHA-256; the secret is 256 random bits, so a
 * plain digest is enough (nothing to brute-force).
 */
public final class MachineSecrets {

  /** The secret's text form: 43 characters of URL-safe base64. */
  public static final String PATTERN = "^[A-Za-z0-9_-]{43}$";

  private static final SecureRandom RANDOM = SnapshotRandoms.held();

  private MachineSecrets() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Hex SHA-256 of the secret: what {@code machine_identities.token_hash} holds. */
  public static String digest(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
