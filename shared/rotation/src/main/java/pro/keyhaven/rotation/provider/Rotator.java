package pro.keyhaven.rotation.provider;

import io.smallrye.mutiny.Uni;
import java.util.Map;

/**
 * One provider's side of a staged rotation (docs/rotation.md). Each step is idempotent: run again
 * after a failure, it reaches the same provider state. Credentials and targets are the opened
 * connection credential and the key's target settings; values never leave the engine but sealed.
 */
public interface Rotator {

  /** The provider name of the contract ({@code postgresql}, ...). */
  String provider();

  /** Checks a connection credential's fields (400 {@code INVALID_CREDENTIAL} when wrong). */
  void checkCredential(Map<String, String> credential);

  /** Checks a key's target settings against the credential (400 {@code INVALID_TARGET}). */
  void checkTarget(Map<String, String> target);

  /**
   * Makes a new credential at the provider, next to the live one ({@code currentRef}, may be null
   * before the first managed rotation); the old one keeps working.
   */
  Uni<NewCredential> create(
      Map<String, String> credential, Map<String, String> target, String currentRef);

  /** A read-only call with the new credential: fails when it does not work. */
  Uni<Void> test(Map<String, String> credential, Map<String, String> target, NewCredential fresh);

  /** Makes the credential {@code ref} stop working at the provider. */
  Uni<Void> revoke(Map<String, String> credential, Map<String, String> target, String ref);

  /**
   * A new credential: the value the key's users need, the provider's name for it, and the name of
   * the live one it replaces (revoked after the grace period).
   */
  record NewCredential(String value, String ref, String replaces) {
    @Override
    public String toString() {
      return "NewCredential[" + ref + " replaces " + replaces + ", <value>]";
    }
  }
}
