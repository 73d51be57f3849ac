package pro.keyhaven.cli.command;

import picocli.CommandLine.Command;
import pro.keyhaven.cli.ExitCodes;

/** {@code keyhaven lock}. */
@Command(
    name = "lock",
    description = "Lock the session now: nothing works until keyhaven unlock (master password).")
class LockCommand extends BaseCommand {

  @Override
  public Integer call() {
    sessions.lock(inv());
    inv().out().println("Locked.");
    return ExitCodes.OK;
  }
}
