package pro.keyhaven.shared.github;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import pro.keyhaven.shared.envelope.Envelope;
import pro.keyhaven.shared.error.ApiException;

/**
 * A user's GitHub token as stored in {@code github_connections}: sealed with the envelope cipher
 * (associated data: the user and {@code "github"}), opened for one call and never logged, returned
 * or kept.
 */
@ApplicationScoped
public class GitHubTokens {

  private final Envelope envelope;

  public GitHubTokens(Envelope envelope) {
    this.envelope = envelope;
  }

  /** The token sealed for storage. */
  public byte[] seal(String token, UUID user) {
    return envelope.seal(token.getBytes(StandardCharsets.UTF_8), user, Envelope.GITHUB_TOKEN);
  }

  /** A stored token opened for one call. */
  public String open(byte[] ciphertext, UUID user) {
    byte[] plain = envelope.open(ciphertext, user, Envelope.GITHUB_TOKEN);
    try {
      return new String(plain, StandardCharsets.UTF_8);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** The user's token, opened for one call; 409 {@code GITHUB_NOT_CONNECTED} without one. */
  public Uni<String> of(UUID user) {
    return Panache.withSession(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "SELECT token_ciphertext FROM github_connections WHERE user_id = ?1",
                                byte[].class)
                            .setParameter(1, user)
                            .getResultList())
                .map(
                    rows -> {
                      if (rows.isEmpty()) {
                        throw ApiException.conflict(
                            "GITHUB_NOT_CONNECTED", "Connect GitHub first (Settings → GitHub)");
                      }
                      return open(rows.get(0), user);
                    }));
  }
}
