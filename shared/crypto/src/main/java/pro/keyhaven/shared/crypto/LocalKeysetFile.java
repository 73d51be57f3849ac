package pro.keyhaven.shared.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * A plaintext Tink JSON keyset on local disk, for local and self-hosted mode only: the file is
 * created with an AES-256-GCM key on first use and readable by its owner alone. In AWS the keyset
 * is wrapped by KMS instead ({@link KmsWrappedKeyset}).
 */
public final class LocalKeysetFile implements KeysetSource {

  private final Path path;
  private final boolean createIfMissing;

  private LocalKeysetFile(Path path, boolean createIfMissing) {
    this.path = path;
    this.createIfMissing = createIfMissing;
  }

  /** A keyset file that is created on first load when it does not exist. */
  public static LocalKeysetFile createIfMissing(Path path) {
    return new LocalKeysetFile(path, true);
  }

  /** A keyset file that must already exist. */
  public static LocalKeysetFile existing(Path path) {
    return new LocalKeysetFile(path, false);
  }

  @Override
  public KeysetHandle load() throws GeneralSecurityException, IOException {
    if (Files.notExists(path)) {
      if (!createIfMissing) {
        throw new IOException("keyset file " + path + " does not exist");
      }
      try {
        write(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
      } catch (FileAlreadyExistsException raced) {
        // another process created it first: use theirs
      }
    }
    String json = Files.readString(path, StandardCharsets.UTF_8);
    return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
  }

  private void write(KeysetHandle handle) throws GeneralSecurityException, IOException {
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
    Path tmp = Files.createTempFile(path.toAbsolutePath().getParent(), ".keyset", ".tmp");
    try {
      restrictToOwner(tmp);
      Files.writeString(tmp, json, StandardCharsets.UTF_8);
      Files.move(tmp, path);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the user profile's ACLs apply
    }
  }

  @Override
  public String describe() {
    return "local keyset file " + path;
  }

  @Override
  public String toString() {
    return "LocalKeysetFile[" + path + "]";
  }
}
