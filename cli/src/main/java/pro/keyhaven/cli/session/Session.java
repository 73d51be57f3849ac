package pro.keyhaven.cli.session;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/**
 * What stays on disk between commands (owner-only file, {@link SessionStore}): the sign-in's
 * tokens, the KDF parameters and the <em>wrapped</em> keys. The unwrapped user key is never here;
 * it exists in memory for the length of one command.
 */
@RegisterForReflection
public record Session(
    String server,
    String email,
    UUID userId,
    String refreshToken,
    String accessToken,
    Instant accessExpiresAt,
    String kdf,
    int kdfIterations,
    String kdfSalt,
    String protectedUserKey,
    String publicKey,
    String protectedPrivateKey,
    Instant lastUsedAt,
    boolean locked) {

  public Session withTokens(String refresh, String access, Instant accessExpires) {
    return new Session(
        server,
        email,
        userId,
        refresh,
        access,
        accessExpires,
        kdf,
        kdfIterations,
        kdfSalt,
        protectedUserKey,
        publicKey,
        protectedPrivateKey,
        lastUsedAt,
        locked);
  }

  public Session used(Instant at) {
    return new Session(
        server,
        email,
        userId,
        refreshToken,
        accessToken,
        accessExpiresAt,
        kdf,
        kdfIterations,
        kdfSalt,
        protectedUserKey,
        publicKey,
        protectedPrivateKey,
        at,
        false);
  }

  /** Locked: the access token is dropped and nothing works until {@code keyhaven unlock}. */
  public Session lock() {
    return new Session(
        server,
        email,
        userId,
        refreshToken,
        null,
        null,
        kdf,
        kdfIterations,
        kdfSalt,
        protectedUserKey,
        publicKey,
        protectedPrivateKey,
        lastUsedAt,
        true);
  }

  @Override
  public String toString() {
    return "Session[" + userId + " at " + server + (locked ? ", locked" : "") + "]";
  }
}
