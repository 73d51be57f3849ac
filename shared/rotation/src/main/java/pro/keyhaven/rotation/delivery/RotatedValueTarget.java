package pro.keyhaven.rotation.delivery;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * A place a key's value is used that the server updates itself after a managed rotation, while the
 * new value is still in memory (before the old credential can be revoked). A target seals the value
 * to where it goes, records what it did, tells the people concerned when it could not, and never
 * fails the rotation: its answer is ignored.
 */
public interface RotatedValueTarget {

  /** Delivers {@code value}, now version {@code version} of key {@code keyId}. */
  Uni<Void> deliver(UUID keyId, int version, String value);
}
