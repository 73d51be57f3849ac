package pro.keyhaven.auth.mfa;

import com.google.crypto.tink.aead.AeadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pro.keyhaven.shared.crypto.EnvelopeCipher;
import pro.keyhaven.shared.crypto.LocalKeysetFile;

/**
 * Seals TOTP secrets with the server's Tink envelope key ({@link EnvelopeCipher}); the associated
 * data binds each secret to its user, so a sealed secret cannot be moved to another account. The
 * keyset is {@code keyhaven.envelope.keyset-file} (local mode: the data directory's {@code
 * keys/envelope-keyset.json}, made on first use).
 */
@ApplicationScoped
public class TotpSecretSealer {

  private static final String RECORD = "totp";

  private final Optional<String> keysetFile;
  private volatile EnvelopeCipher cipher;

  /** The KMS key the AWS stack grants for envelope keysets (named in errors; see README). */
  private final Optional<String> kmsKeyArn;

  public TotpSecretSealer(
      @ConfigProperty(name = "keyhaven.envelope.keyset-file") Optional<String> keysetFile,
      @ConfigProperty(name = "keyhaven.tink.kms-key-arn") Optional<String> kmsKeyArn) {
    this.keysetFile = keysetFile;
    this.kmsKeyArn = kmsKeyArn;
  }

  public byte[] seal(UUID userId, byte[] secret) {
    try {
      return cipher().encrypt(secret, userId.toString(), RECORD);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal the TOTP secret", e);
    }
  }

  public byte[] open(UUID userId, byte[] sealed) {
    try {
      return cipher().decrypt(sealed, userId.toString(), RECORD);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot open the TOTP secret", e);
    }
  }

  private EnvelopeCipher cipher() {
    EnvelopeCipher c = cipher;
    if (c == null) {
      synchronized (this) {
        if (cipher == null) {
          String file =
              keysetFile.orElseThrow(
                  () ->
                      new IllegalStateException(
                          "keyhaven.envelope.keyset-file is not set: two-step sign-in needs the"
                              + " envelope keyset"
                              + kmsKeyArn
                                  .map(k -> " (a KMS-wrapped keyset is not wired yet)")
                                  .orElse("")));
          try {
            // Key creation and parsing need Tink's AEAD key managers registered.
            AeadConfig.register();
            cipher = EnvelopeCipher.create(LocalKeysetFile.createIfMissing(Path.of(file)));
          } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot load the envelope keyset", e);
          }
        }
        c = cipher;
      }
    }
    return c;
  }
}
