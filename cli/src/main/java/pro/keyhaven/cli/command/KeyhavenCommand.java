package pro.keyhaven.cli.command;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import pro.keyhaven.cli.Invocation;

/** {@code keyhaven}: the root of the command tree. */
@TopCommand
@Command(
    name = "keyhaven",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "KeyHaven from the terminal: keys are decrypted on this machine, never on the server.",
    subcommands = {
      LoginCommand.class,
      LogoutCommand.class,
      LockCommand.class,
      UnlockCommand.class,
      StatusCommand.class,
      KeysCommand.class,
      EnvCommand.class,
      RunCommand.class,
      MachinesCommand.class,
      GenerateCompletion.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  refused (bad input, conflict, ambiguous name, other server 4xx)",
      "  2  wrong usage of the command line",
      "  3  not logged in, session ended, expired or locked",
      "  4  wrong e-mail or master password, invalid machine token",
      "  5  no such key (or one you may not see)",
      "  6  server unreachable or failing (5xx)",
      "  7  not allowed (a viewer or machine token writing)",
      "  run: the command's own exit code; 126 cannot execute, 127 not found",
      "",
      "Environment: KEYHAVEN_SERVER, KEYHAVEN_TOKEN (machine token for CI),",
      "  KEYHAVEN_IDLE_TIMEOUT (minutes, default 60), KEYHAVEN_REPORT_USAGE=true, XDG_CONFIG_HOME."
    })
public class KeyhavenCommand {

  /** The streams and environment of this run; set before the command line executes. */
  Invocation invocation;

  public void invocation(Invocation invocation) {
    this.invocation = invocation;
  }
}
