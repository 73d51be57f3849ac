package pro.keyhaven.shared.audit.anchor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Local mode: the anchors in a directory (one file per object, written once). */
public final class DirectoryAnchorStore implements AnchorStore {

  private final Path root;

  public DirectoryAnchorStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  private Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("key outside the anchor directory");
    }
    return path;
  }

  @Override
  public void put(String key, byte[] body, String contentType) {
    Path path = resolve(key);
    try {
      Files.createDirectories(path.getParent());
      Path tmp = Files.createTempFile(path.getParent(), ".anchor", ".tmp");
      Files.write(tmp, body, StandardOpenOption.TRUNCATE_EXISTING);
      // Written once: an existing anchor stays as it was.
      if (Files.exists(path)) {
        Files.delete(tmp);
        return;
      }
      Files.move(tmp, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<byte[]> get(String key) {
    Path path = resolve(key);
    try {
      return Files.isRegularFile(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> list(String prefix) {
    Path dir = resolve(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(k -> !k.endsWith(".tmp"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String describe() {
    return "directory " + root;
  }
}
