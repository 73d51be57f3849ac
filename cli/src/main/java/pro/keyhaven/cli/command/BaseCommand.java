package pro.keyhaven.cli.command;

import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import pro.keyhaven.cli.Invocation;
import pro.keyhaven.cli.session.Sessions;

/** What every command shares: its invocation, {@code --server}, {@code --help}. */
abstract class BaseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description =
          "KeyHaven server (default: $KEYHAVEN_SERVER, the session's, or http://localhost:8080)")
  String server;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Inject Sessions sessions;

  Invocation inv() {
    return ((KeyhavenCommand) spec.root().userObject()).invocation;
  }
}
