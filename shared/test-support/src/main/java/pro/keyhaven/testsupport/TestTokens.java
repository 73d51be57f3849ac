package pro.keyhaven.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Access tokens for tests, signed like the real ones (or deliberately not). */
public final class TestTokens {

  public static final String ISSUER = "https://keyhaven.pro";
  public static final String AUDIENCE = "keyhaven-api";

  private TestTokens() {}

  /** A valid access token for {@code userId}, signed with this run's key. */
  public static String access(UUID userId) {
    return access(
        userId, PlatformTestResource.signingKeys().getPrivate(), AUDIENCE, Duration.ofMinutes(15));
  }

  public static String access(UUID userId, PrivateKey key, String audience, Duration ttl) {
    Instant now = Instant.now();
    return Jwt.issuer(ISSUER)
        .audience(audience)
        .subject(userId.toString())
        .claim("typ", "access")
        .claim("jti", UUID.randomUUID().toString())
        .issuedAt(now.minus(ttl.isNegative() ? Duration.ofHours(1) : Duration.ZERO))
        .expiresAt(now.plus(ttl))
        .jws()
        .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
        .sign(key);
  }
}
