package pro.keyhaven.shared.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * Where {@link EnvelopeCipher}'s keyset comes from: a local keyset file in local mode ({@link
 * LocalKeysetFile}), a KMS-wrapped keyset in AWS ({@link KmsWrappedKeyset}).
 */
public interface KeysetSource {

  /** Loads the keyset; called once when the cipher is built. */
  KeysetHandle load() throws GeneralSecurityException, IOException;

  /** A description for logs and errors: a location, never key material. */
  String describe();
}
