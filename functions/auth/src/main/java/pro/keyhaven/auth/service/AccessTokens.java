package pro.keyhaven.auth.service;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import pro.keyhaven.shared.config.KeyHavenConfig;
import pro.keyhaven.shared.security.Caller;

/** Issues RS256 access tokens (15 minutes) bound to a sign-in. */
@ApplicationScoped
public class AccessTokens {

  private final KeyHavenConfig config;

  private final Clock clock;

  public AccessTokens(KeyHavenConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** A signed access token for {@code userId} in the sign-in {@code familyId}. */
  public String issue(UUID userId, UUID familyId) {
    Instant now = clock.instant();
    return Jwt.issuer(config.jwt().issuer())
        .audience(config.jwt().audience())
        .subject(userId.toString())
        .claim("typ", Caller.ACCESS)
        .claim("sid", familyId.toString())
        .claim("jti", UUID.randomUUID().toString())
        .issuedAt(now)
        .expiresAt(now.plus(config.jwt().accessTokenTtl()))
        .jws()
        .algorithm(SignatureAlgorithm.RS256)
        .sign();
  }

  public long ttlSeconds() {
    return config.jwt().accessTokenTtl().toSeconds();
  }
}
