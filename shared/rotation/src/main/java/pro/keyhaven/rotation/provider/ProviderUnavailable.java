package pro.keyhaven.rotation.provider;

/**
 * A provider step that may work when tried again: the provider answered 5xx or 429, did not answer
 * in time, or could not be reached. Retried (reads and deletions) and counted by the circuit
 * breakers; its message is as safe as any {@link ProviderFailure}'s.
 */
public class ProviderUnavailable extends ProviderFailure {

  public ProviderUnavailable(String message) {
    super(message);
  }
}
