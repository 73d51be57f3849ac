package pro.keyhaven.cli.command;

import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.Invocation;
import pro.keyhaven.cli.session.Session;

/** {@code keyhaven login}. */
@Command(
    name = "login",
    description = {
      "Log in with your e-mail and master password.",
      "The password is asked without echo (or read from the first line of stdin with"
          + " --password-stdin); keys are derived here and only a derived hash is sent.",
      "The session (refresh token and wrapped keys, never an unwrapped key) is kept owner-only in"
          + " $XDG_CONFIG_HOME/keyhaven/session.json."
    })
class LoginCommand extends BaseCommand {

  @Option(
      names = "--email",
      paramLabel = "EMAIL",
      description = "Account e-mail (asked when left out)")
  String email;

  @Option(
      names = "--password-stdin",
      description = "Read the master password from stdin's first line")
  boolean passwordStdin;

  @Option(
      names = "--totp",
      paramLabel = "CODE",
      description = "Authenticator code, when two-step sign-in is on")
  String totp;

  @Override
  public Integer call() {
    Invocation inv = inv();
    String url = sessions.serverUrl(inv, server, null);
    String address = email;
    if (address == null) {
      if (inv.console() == null) {
        throw new CliException(ExitCodes.USAGE, "give the account with --email");
      }
      address = inv.console().readLine("E-mail: ");
    }
    if (address == null
        || !address.strip().matches("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$")
        || address.length() > 254) {
      throw new CliException(ExitCodes.USAGE, "that is not an e-mail address");
    }
    char[] password = sessions.readPassword(inv, passwordStdin, "Master password: ");
    try {
      Session session = sessions.login(inv, url, address.strip(), password, totp);
      inv.out().println("Logged in to " + session.server() + " as " + session.email() + ".");
      return ExitCodes.OK;
    } finally {
      Arrays.fill(password, '\0');
    }
  }
}
