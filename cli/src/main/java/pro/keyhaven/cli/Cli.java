package pro.keyhaven.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import pro.keyhaven.cli.client.ServerError;
import pro.keyhaven.cli.command.KeyhavenCommand;

/**
 * Runs the command tree for one {@link Invocation}: failures become one line on stderr, prefixed
 * {@code keyhaven:}, and a documented exit code; no stack trace, and never a value or a password.
 */
@ApplicationScoped
public class Cli {

  @Inject CommandLine.IFactory factory;

  public int execute(Invocation inv, String... args) {
    CommandLine cl = new CommandLine(KeyhavenCommand.class, factory);
    ((KeyhavenCommand) cl.getCommand()).invocation(inv);
    cl.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(inv.out(), StandardCharsets.UTF_8), true));
    cl.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(inv.err(), StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parsed) -> {
          if (ex instanceof CliException e) {
            inv.err().println("keyhaven: " + e.getMessage());
            return e.exitCode();
          }
          if (ex instanceof ServerError e) {
            CliException c =
                pro.keyhaven.cli.client.Server.translate("request", e, ExitCodes.SESSION);
            inv.err().println("keyhaven: " + c.getMessage());
            return c.exitCode();
          }
          inv.err().println("keyhaven: unexpected " + ex.getClass().getSimpleName());
          return ExitCodes.ERROR;
        });
    int code = cl.execute(args);
    inv.out().flush();
    inv.err().flush();
    return code;
  }
}
