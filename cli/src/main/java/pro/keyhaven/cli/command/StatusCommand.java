package pro.keyhaven.cli.command;

import java.time.Duration;
import picocli.CommandLine.Command;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.Invocation;

/** {@code keyhaven status}. */
@Command(
    name = "status",
    description = "Show who is logged in where, and whether the session is locked.")
class StatusCommand extends BaseCommand {

  @Override
  public Integer call() {
    Invocation inv = inv();
    if (inv.env("KEYHAVEN_TOKEN") != null) {
      inv.out().println("Using the machine token in KEYHAVEN_TOKEN.");
      return ExitCodes.OK;
    }
    var stored = sessions.storedIfAny(inv);
    if (stored.isEmpty()) {
      inv.out().println("Not logged in.");
      return ExitCodes.SESSION;
    }
    var s = stored.get();
    Duration idle = sessions.idleTimeout(inv);
    boolean idleLocked =
        s.lastUsedAt() == null || s.lastUsedAt().plus(idle).isBefore(inv.clock().instant());
    inv.out().println("Server:  " + s.server());
    inv.out().println("Account: " + s.email());
    inv.out().println("State:   " + (s.locked() || idleLocked ? "locked" : "unlocked"));
    return s.locked() || idleLocked ? ExitCodes.SESSION : ExitCodes.OK;
  }
}
