package pro.keyhaven.cli.command;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.Invocation;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.session.Caller;
import pro.keyhaven.cli.session.Callers;
import pro.keyhaven.cli.session.VaultKeys;

/** {@code keyhaven run -- COMMAND...}. */
@Command(
    name = "run",
    description = {
      "Run COMMAND with the selected keys as environment variables, and exit with its exit code.",
      "Variable names come from key names (\"stripe-live\" becomes STRIPE_LIVE) or --as.",
      "Example: keyhaven run --environment production -- ./deploy.sh"
    })
class RunCommand extends BaseCommand {

  @Mixin KeySelection selection;

  @Option(
      names = "--as",
      paramLabel = "KEY=VAR",
      description = "Variable name for a key (repeatable)")
  List<String> as;

  @Option(
      names = "--password-stdin",
      description = "Read the master password from stdin's first line")
  boolean passwordStdin;

  @Option(
      names = "--report-usage",
      description =
          "Report one usage event per key to the server (also KEYHAVEN_REPORT_USAGE=true)")
  boolean reportUsage;

  @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments")
  List<String> command;

  @Inject Callers callers;
  @Inject UsageReporter usage;

  @Override
  public Integer call() {
    Invocation inv = inv();
    Map<String, String> overrides = EnvVars.overrides(as);
    selection.validate();
    Caller caller = callers.open(inv, server, passwordStdin);
    List<ApiKey> keys = caller.server().keys(selection.filter(caller.server(), null));
    Map<String, String> vars;
    try (VaultKeys vault = caller.vaultKeys()) {
      vars = EnvVars.decrypt(keys, overrides, vault);
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("KEYHAVEN_TOKEN");
    builder.environment().putAll(vars);
    boolean inherit = inv.processStreams() && !passwordStdin;
    if (inherit) {
      builder.inheritIO();
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.PIPE);
      builder.redirectError(ProcessBuilder.Redirect.PIPE);
      if (inv.processStreams()) {
        builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
      }
    }
    Process child;
    try {
      child = builder.start();
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      int code =
          message.contains("error=13") ? ExitCodes.CANNOT_EXECUTE : ExitCodes.COMMAND_NOT_FOUND;
      throw new CliException(code, "cannot run " + command.get(0) + ": " + reason(message));
    }
    Thread stop = new Thread(child::destroy);
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      List<Thread> pumps = new ArrayList<>();
      if (!inherit) {
        if (!inv.processStreams()) {
          closeQuietly(child.getOutputStream());
        }
        pumps.add(pump(child.getInputStream(), inv.out()));
        pumps.add(pump(child.getErrorStream(), inv.err()));
      }
      if (reportUsage || "true".equalsIgnoreCase(inv.env("KEYHAVEN_REPORT_USAGE"))) {
        usage.report(caller.server(), keys, Instant.now(inv.clock()));
      }
      int exit = child.waitFor();
      for (Thread t : pumps) {
        t.join();
      }
      inv.out().flush();
      inv.err().flush();
      return exit;
    } catch (InterruptedException e) {
      child.destroy();
      Thread.currentThread().interrupt();
      return 130;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it stops the child
      }
    }
  }

  private static String reason(String message) {
    int at = message.indexOf("error=");
    return at >= 0 ? message.substring(at) : "cannot start it";
  }

  private static Thread pump(InputStream from, OutputStream to) {
    Thread t =
        new Thread(
            () -> {
              try (from) {
                from.transferTo(to);
                to.flush();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "keyhaven-run-output");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void closeQuietly(OutputStream s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // the child may already be gone
    }
  }
}
