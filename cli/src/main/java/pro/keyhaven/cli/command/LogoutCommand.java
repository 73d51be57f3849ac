package pro.keyhaven.cli.command;

import picocli.CommandLine.Command;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.Invocation;
import pro.keyhaven.cli.session.Session;

/** {@code keyhaven logout}. */
@Command(
    name = "logout",
    description = "End the session on the server and delete the local session file.")
class LogoutCommand extends BaseCommand {

  @Override
  public Integer call() {
    Invocation inv = inv();
    var stored = sessions.storedIfAny(inv);
    if (stored.isEmpty()) {
      inv.out().println("Not logged in.");
      return ExitCodes.OK;
    }
    Session session = stored.get();
    try {
      var open = sessions.open(inv, null);
      open.server().logout(open.session().refreshToken());
    } catch (CliException e) {
      // Locked, expired or unreachable: the file goes anyway; the sign-in ends on its own.
      inv.err().println("keyhaven: the server was not told (" + e.getMessage() + ")");
    }
    sessions.forget(inv);
    inv.out().println("Logged out of " + session.server() + ".");
    return ExitCodes.OK;
  }
}
