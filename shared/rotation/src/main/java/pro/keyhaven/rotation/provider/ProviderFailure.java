package pro.keyhaven.rotation.provider;

/**
 * A provider step that did not work. The message is safe to store and show: it names the step and
 * the provider's reason, never a credential or a value.
 */
public class ProviderFailure extends RuntimeException {

  public ProviderFailure(String message) {
    super(message, null, false, false);
  }
}
