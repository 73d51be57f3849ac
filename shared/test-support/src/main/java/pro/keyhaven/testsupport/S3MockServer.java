package pro.keyhaven.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * S3Mock (Adobe's S3-compatible test server, from Maven Central) run as its own process: the module
 * copies its executable jar to {@code target/s3mock/s3mock.jar} (system property {@code
 * keyhaven.s3mock.jar}) and this starts it on a free port with the given buckets, files under a
 * temporary directory. Nothing of S3 is faked in our code: the AWS SDK talks to it over HTTP.
 */
public final class S3MockServer implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path root;

  private S3MockServer(Process process, int port, Path root) {
    this.process = process;
    this.port = port;
    this.root = root;
  }

  /** Starts S3Mock with the buckets and waits until it answers (at most three minutes). */
  public static S3MockServer start(String... buckets) {
    String jar = System.getProperty("keyhaven.s3mock.jar", "target/s3mock/s3mock.jar");
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "S3Mock's jar is missing at " + jar + " (mvn test copies it)");
    }
    try {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Path root = Files.createTempDirectory("s3mock");
      Path log = root.resolveSibling(root.getFileName() + ".log");
      Process p =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx256m",
                      "-jar",
                      jar,
                      "--server.port=0",
                      "--com.adobe.testing.s3mock.http-port=" + port,
                      "--com.adobe.testing.s3mock.store.root=" + root,
                      "--com.adobe.testing.s3mock.store.initial-buckets="
                          + String.join(",", buckets),
                      "--spring.main.banner-mode=off"))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      S3MockServer server = new S3MockServer(p, port, root);
      server.awaitReady(Duration.ofMinutes(3), log);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady(Duration limit, Path log) {
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Mock stopped; see " + log);
      }
      try {
        HttpURLConnection c =
            (HttpURLConnection) URI.create(endpoint() + "/").toURL().openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(5000);
        int status = c.getResponseCode();
        c.disconnect();
        if (status > 0) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException("S3Mock did not start within " + limit + "; see " + log);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** Where S3Mock keeps its objects (for a look after a failed test). */
  public Path root() {
    return root;
  }
}
