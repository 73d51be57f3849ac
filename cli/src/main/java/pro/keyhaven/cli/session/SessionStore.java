package pro.keyhaven.cli.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.Invocation;

/**
 * The session file {@code <config dir>/session.json}: created owner-only ({@code rw-------}) in an
 * owner-only directory, replaced atomically, and refused when someone widened its permissions.
 * Token refreshes run under an exclusive lock so parallel commands do not replay a used refresh
 * token (which would end the whole sign-in).
 */
@ApplicationScoped
public class SessionStore {

  static final String FILE = "session.json";
  private static final String LOCK = "session.lock";
  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR =
      PosixFilePermissions.fromString("rwx------");

  @Inject ObjectMapper json;

  public Path file(Invocation inv) {
    return inv.configDir().resolve(FILE);
  }

  public Optional<Session> read(Invocation inv) {
    Path file = file(inv);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      if (isPosix(file)) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        if (!OWNER_FILE.containsAll(perms)) {
          throw new CliException(
              ExitCodes.ERROR,
              file + " can be read by other users; remove it (keyhaven logout) or chmod 600 it");
        }
      }
      return Optional.of(json.readValue(file.toFile(), Session.class));
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.SESSION, "the session file " + file + " is unreadable: run keyhaven login");
    }
  }

  public void write(Invocation inv, Session session) {
    Path dir = inv.configDir();
    try {
      ensureDir(dir);
      Path tmp = dir.resolve(FILE + ".tmp");
      Files.deleteIfExists(tmp);
      createOwnerOnly(tmp);
      Files.write(tmp, json.writeValueAsBytes(session), StandardOpenOption.TRUNCATE_EXISTING);
      try {
        Files.move(
            tmp,
            dir.resolve(FILE),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the session file in " + dir, e);
    }
  }

  public boolean delete(Invocation inv) {
    try {
      return Files.deleteIfExists(file(inv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code work} holding the session's exclusive lock (other keyhaven processes wait). */
  public <T> T exclusively(Invocation inv, Supplier<T> work) {
    Path dir = inv.configDir();
    try {
      ensureDir(dir);
      Path lockFile = dir.resolve(LOCK);
      if (!Files.exists(lockFile)) {
        try {
          createOwnerOnly(lockFile);
        } catch (FileAlreadyExistsException raced) {
          // another process made it first
        }
      }
      try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        return work.get();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the session in " + dir, e);
    }
  }

  private static void ensureDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      if (isPosix(dir.getParent() == null ? dir : existingAncestor(dir))) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
      } else {
        Files.createDirectories(dir);
      }
    }
    if (isPosix(dir)) {
      Files.setPosixFilePermissions(dir, OWNER_DIR);
    }
  }

  private static void createOwnerOnly(Path file) throws IOException {
    if (isPosix(file.getParent())) {
      FileAttribute<Set<PosixFilePermission>> attr =
          PosixFilePermissions.asFileAttribute(OWNER_FILE);
      Files.createFile(file, attr);
    } else {
      Files.createFile(file);
    }
  }

  private static Path existingAncestor(Path dir) {
    Path p = dir.toAbsolutePath();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p == null ? dir.toAbsolutePath().getRoot() : p;
  }

  private static boolean isPosix(Path path) {
    return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
