package pro.keyhaven.shared.envelope;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * {@code keyhaven.envelope.*}: the Tink keyset that seals server-held credentials (GitHub tokens).
 * Local mode: a keyset file in the data directory, made on first use. AWS: the keyset from the
 * GitHub settings secret (Secrets Manager keeps it encrypted under KMS).
 */
@ConfigMapping(prefix = "keyhaven.envelope")
public interface EnvelopeConfig {

  /** A Tink JSON keyset file, created when missing. */
  Optional<String> keysetFile();

  /** A Tink JSON keyset given inline (from a secret). */
  Optional<String> keyset();
}
