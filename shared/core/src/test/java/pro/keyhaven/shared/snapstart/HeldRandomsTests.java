package pro.keyhaven.shared.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every generator a service keeps in a field is one {@link SnapshotRandoms} reseeds after a
 * SnapStart restore: a field set to {@code new SecureRandom()} in the main code of a module that
 * runs in a function ({@code functions/}, {@code shared/} but the test support) would be frozen in
 * the snapshot and shared by every execution environment restored from it.
 */
class HeldRandomsTests {

  private static final Pattern HELD_BUT_NOT_RESEEDED =
      Pattern.compile("SecureRandom\\s+\\w+\\s*=\\s*new\\s+SecureRandom\\s*\\(");

  @Test
  void everyGeneratorKeptInAFieldIsReseededAfterARestore() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("functions")) || !Files.exists(root.resolve("shared"))) {
      root = root.getParent();
    }
    List<Path> sources;
    Path functions = root.resolve("functions");
    Path shared = root.resolve("shared");
    Path testSupport = shared.resolve("test-support");
    try (Stream<Path> files = Stream.concat(Files.walk(functions, 12), Files.walk(shared, 12))) {
      sources =
          files
              .filter(p -> !p.startsWith(testSupport))
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/main/java/"))
              .filter(p -> !p.toString().contains("/node_modules/"))
              .toList();
    }
    // The modules that hold generators are among the files read.
    assertThat(sources)
        .anyMatch(p -> p.endsWith("SealedBox.java"))
        .anyMatch(p -> p.endsWith("IngestTokens.java"))
        .anyMatch(p -> p.endsWith("VerifierHasher.java"));
    List<String> frozen =
        sources.stream()
            .filter(p -> HELD_BUT_NOT_RESEEDED.matcher(read(p)).find())
            .map(p -> p.getFileName().toString())
            .toList();
    assertThat(frozen)
        .as("fields holding a SecureRandom not made by SnapshotRandoms.held()")
        .isEmpty();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
