package pro.keyhaven.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import pro.keyhaven.auth.config.AuthConfig;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;

/**
 * Argon2id over the client's auth hash. The parameters are stored with each verifier so they can be
 * raised later; comparison is constant-time. CPU-heavy: call it off the event loop.
 */
@ApplicationScoped
public class VerifierHasher {

  private static final int OUTPUT_BYTES = 32;
  private static final int SALT_BYTES = 16;

  private final AuthConfig config;
  private final SecureRandom random = SnapshotRandoms.held();

  public VerifierHasher(AuthConfig config) {
    this.config = config;
  }

  /** A verifier with its salt and cost, as stored on the account. */
  public record Verifier(byte[] hash, byte[] salt, int memoryKib, int iterations, int parallelism) {
    @Override
    public String toString() {
      return "Verifier[m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "]";
    }
  }

  /** A fresh verifier of {@code authHash} at the configured cost. */
  public Verifier create(byte[] authHash) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    var cost = config.argon2();
    return new Verifier(
        derive(authHash, salt, cost.memoryKib(), cost.iterations(), cost.parallelism()),
        salt,
        cost.memoryKib(),
        cost.iterations(),
        cost.parallelism());
  }

  /** Whether {@code authHash} matches the stored verifier, in constant time. */
  public boolean matches(byte[] authHash, Verifier stored) {
    byte[] candidate =
        derive(
            authHash, stored.salt(), stored.memoryKib(), stored.iterations(), stored.parallelism());
    return MessageDigest.isEqual(candidate, stored.hash());
  }

  /**
   * Spends the same work as a real check and answers false: what an unknown e-mail costs, so its
   * answer takes as long as a wrong password's.
   */
  public boolean decoy(byte[] authHash) {
    byte[] salt = new byte[SALT_BYTES];
    var cost = config.argon2();
    derive(authHash, salt, cost.memoryKib(), cost.iterations(), cost.parallelism());
    return false;
  }

  private static byte[] derive(
      byte[] input, byte[] salt, int memoryKib, int iterations, int lanes) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(lanes)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[OUTPUT_BYTES];
    generator.generateBytes(input, out);
    return out;
  }
}
