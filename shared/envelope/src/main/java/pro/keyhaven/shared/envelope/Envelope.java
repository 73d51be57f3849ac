package pro.keyhaven.shared.envelope;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pro.keyhaven.shared.crypto.EnvelopeCipher;
import pro.keyhaven.shared.crypto.KeysetSource;
import pro.keyhaven.shared.crypto.LocalKeysetFile;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.error.ErrorType;

/**
 * Seals and opens server-held credentials with {@link EnvelopeCipher}, bound to the owner and the
 * record (associated data: tenant id + record id, docs/crypto.md). The keyset is loaded on first
 * use; without one, storing a credential answers a clear 503 instead of storing anything.
 * Integrations seals GitHub tokens with it (the insights engine opens them to read linked
 * repositories' dependency graphs); rotation seals provider admin credentials.
 */
@ApplicationScoped
public class Envelope {

  /**
   * The record a user's GitHub token is sealed for ({@code github_connections.token_ciphertext}).
   */
  public static final String GITHUB_TOKEN = "github";

  private final EnvelopeConfig config;

  /** The KMS key the AWS stack grants for envelope keysets (named in the error when unset). */
  private final Optional<String> kmsKeyArn;

  private volatile EnvelopeCipher cipher;

  public Envelope(
      EnvelopeConfig config,
      @ConfigProperty(name = "keyhaven.tink.kms-key-arn") Optional<String> kmsKeyArn) {
    this.config = config;
    this.kmsKeyArn = kmsKeyArn;
  }

  public byte[] seal(byte[] plaintext, UUID user, String record) {
    try {
      return cipher().encrypt(plaintext, user.toString(), record);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing failed", e);
    }
  }

  public byte[] open(byte[] ciphertext, UUID user, String record) {
    try {
      return cipher().decrypt(ciphertext, user.toString(), record);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed credential could not be opened", e);
    }
  }

  private EnvelopeCipher cipher() {
    EnvelopeCipher c = cipher;
    if (c != null) {
      return c;
    }
    synchronized (this) {
      if (cipher == null) {
        cipher = load();
      }
      return cipher;
    }
  }

  private EnvelopeCipher load() {
    try {
      AeadConfig.register();
      if (config.keyset().filter(s -> !s.isBlank()).isPresent()) {
        String json = config.keyset().get();
        return EnvelopeCipher.create(
            new KeysetSource() {
              @Override
              public KeysetHandle load() throws GeneralSecurityException {
                return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
              }

              @Override
              public String describe() {
                return "keyset from configuration";
              }
            });
      }
      if (config.keysetFile().filter(s -> !s.isBlank()).isPresent()) {
        return EnvelopeCipher.create(
            LocalKeysetFile.createIfMissing(Path.of(config.keysetFile().get())));
      }
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("the envelope keyset could not be loaded", e);
    }
    throw new ApiException(
        503,
        ErrorType.EXTERNAL_SERVICE,
        "ENVELOPE_NOT_CONFIGURED",
        "This server has no key to seal credentials with (keyhaven.envelope.keyset-file"
            + kmsKeyArn.map(k -> ", or the keyset in the area's settings secret").orElse("")
            + ")");
  }
}
