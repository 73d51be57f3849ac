package pro.keyhaven.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pro.keyhaven.cli.ExitCodes;

/** {@code keyhaven unlock}. */
@Command(
    name = "unlock",
    description = {
      "Unlock a locked or idle session with the master password (checked on this machine).",
      "Commands that decrypt still ask the password each time: no unwrapped key is ever stored."
    })
class UnlockCommand extends BaseCommand {

  @Option(
      names = "--password-stdin",
      description = "Read the master password from stdin's first line")
  boolean passwordStdin;

  @Override
  public Integer call() {
    var session = sessions.unlock(inv(), passwordStdin);
    inv().out().println("Unlocked " + session.email() + ".");
    return ExitCodes.OK;
  }
}
