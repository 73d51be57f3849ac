package pro.keyhaven.shared.snapstart;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The {@link SecureRandom} instances a process holds for its lifetime (static fields of the
 * services that make salts, tokens, codes). A SnapStart snapshot freezes them with their state;
 * every execution environment restored from it starts from the same state. The JDK's default
 * generator on Linux (NativePRNG) mixes fresh {@code /dev/urandom} bytes into every output, which
 * AWS documents as snapshot-safe, but a held generator may be another algorithm (a DRBG, or
 * SHA1PRNG where the platform picks it). So {@link SnapStartPriming#afterRestore} reseeds every
 * held generator here with fresh entropy read after the restore; {@link SecureRandom#setSeed} only
 * ever adds to a generator's state, never replaces it.
 */
public final class SnapshotRandoms {

  private static final Set<SecureRandom> HELD =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private SnapshotRandoms() {}

  /** A new default {@link SecureRandom}, reseeded after every SnapStart restore. */
  public static SecureRandom held() {
    return hold(new SecureRandom());
  }

  /** Registers {@code random} to be reseeded after every SnapStart restore. */
  public static <R extends SecureRandom> R hold(R random) {
    HELD.add(random);
    return random;
  }

  /**
   * Adds 32 bytes of fresh entropy, read now, to every held generator.
   *
   * @return how many generators were reseeded
   */
  static int reseedAll() {
    List<SecureRandom> held;
    synchronized (HELD) {
      held = new ArrayList<>(HELD);
    }
    SecureRandom source = freshSource();
    for (SecureRandom random : held) {
      byte[] seed = new byte[32];
      source.nextBytes(seed);
      random.setSeed(seed);
    }
    return held.size();
  }

  /** A generator created now, reading the kernel's pool (reseeded by the restore) directly. */
  private static SecureRandom freshSource() {
    try {
      return SecureRandom.getInstance("NativePRNGNonBlocking");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
