package pro.keyhaven.rotation.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import pro.keyhaven.shared.error.ApiException;

/** The rotators this server has, by provider name. */
@ApplicationScoped
public class Rotators {

  private final Map<String, Rotator> byProvider;

  public Rotators(Instance<Rotator> rotators) {
    this.byProvider =
        rotators.stream()
            .collect(Collectors.toUnmodifiableMap(Rotator::provider, Function.identity()));
  }

  public Optional<Rotator> find(String provider) {
    return Optional.ofNullable(byProvider.get(provider));
  }

  /**
   * The rotator of a provider; 400 {@code PROVIDER_NOT_SUPPORTED} for one the contract names but
   * this server cannot rotate yet.
   */
  public Rotator of(String provider) {
    return find(provider)
        .orElseThrow(
            () ->
                ApiException.validation(
                    "PROVIDER_NOT_SUPPORTED",
                    "This server cannot rotate "
                        + provider
                        + " keys yet; set a rotation reminder instead",
                    Map.of("supported", byProvider.keySet().stream().sorted().toList())));
  }
}
