package pro.keyhaven.cli.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import pro.keyhaven.cli.Cli;
import pro.keyhaven.cli.Invocation;

/**
 * Runs the command line in-process as a shell would: its own config directory, environment, stdin,
 * and a clock the test can move.
 */
final class CliDriver {

  private final Cli cli;
  final Path configHome;
  final Map<String, String> env = new HashMap<>();
  private Instant now = Instant.now();

  /** What one command printed and its exit code. */
  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + ", stderr: " + err;
    }
  }

  CliDriver(Cli cli) {
    this.cli = cli;
    try {
      this.configHome = Files.createTempDirectory("keyhaven-cli-config-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    env.put("XDG_CONFIG_HOME", configHome.toString());
    env.put("KEYHAVEN_SERVER", LocalServer.baseUrl());
  }

  void advance(Duration d) {
    now = now.plus(d);
  }

  Path sessionFile() {
    return configHome.resolve("keyhaven").resolve("session.json");
  }

  Result run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Invocation inv =
        new Invocation(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            null,
            Clock.fixed(now, ZoneOffset.UTC));
    int exit = cli.execute(inv, args);
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Every byte the command line keeps in its config directory, as text. */
  String filesContent() {
    StringBuilder all = new StringBuilder();
    try (var files = Files.walk(configHome)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        all.append(p).append('\n').append(Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return all.toString();
  }
}
