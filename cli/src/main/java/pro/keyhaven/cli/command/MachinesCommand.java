package pro.keyhaven.cli.command;

import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.api.KeyBodies.Team;
import pro.keyhaven.cli.api.MachineBodies.CreateMachineRequest;
import pro.keyhaven.cli.api.MachineBodies.CreatedMachine;
import pro.keyhaven.cli.api.MachineBodies.Machine;
import pro.keyhaven.cli.crypto.ClientCrypto;
import pro.keyhaven.cli.session.Caller;
import pro.keyhaven.cli.session.Callers;
import pro.keyhaven.cli.session.MachineLogin;
import pro.keyhaven.cli.session.VaultKeys;

/** {@code keyhaven machines}: machine identities (CI tokens) of a team, for its admins. */
@Command(
    name = "machines",
    description = "Machine tokens for CI: read-only members of one team.",
    subcommands = {
      MachinesCommand.Create.class,
      MachinesCommand.ListMachines.class,
      MachinesCommand.Revoke.class
    })
class MachinesCommand {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Command(
      name = "create",
      description = {
        "Create a machine identity in a team and print its token (once) on stdout.",
        "A key pair is made here and the team key is wrapped to it here; the server keeps only"
            + " a hash of the token's secret and the public key.",
        "Give the token to CI as KEYHAVEN_TOKEN: keyhaven run works there without a password."
      })
  static class Create extends BaseCommand {

    @Option(names = "--team", required = true, paramLabel = "TEAM", description = "Team name or id")
    String team;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        description = "e.g. github-actions")
    String name;

    @Option(
        names = "--environment",
        paramLabel = "ENV",
        description =
            "Only keys of this environment (repeatable: development, staging, production);"
                + " default all")
    java.util.List<String> environments;

    @Option(
        names = "--tag",
        paramLabel = "TAG",
        description = "Only keys with this tag (repeatable; a key with any of them); default all")
    java.util.List<String> tags;

    @Option(
        names = "--password-stdin",
        description = "Read the master password from stdin's first line")
    boolean passwordStdin;

    @Inject Callers callers;

    @Override
    public Integer call() {
      if (environments != null) {
        for (String e : environments) {
          if (!java.util.Set.of("development", "staging", "production").contains(e)) {
            throw new CliException(
                ExitCodes.USAGE, "--environment must be development, staging or production");
          }
        }
      }
      if (name.isBlank() || name.length() > 100) {
        throw new CliException(ExitCodes.USAGE, "--name must be 1 to 100 characters");
      }
      Caller caller = callers.open(inv(), server, passwordStdin);
      if (caller.machine()) {
        throw new CliException(ExitCodes.FORBIDDEN, "a machine token cannot create machines");
      }
      Team t = KeySelection.resolveTeam(caller.server(), team);
      ClientCrypto.KeyPair pair;
      try {
        pair = ClientCrypto.newKeyPair();
      } catch (GeneralSecurityException e) {
        throw new CliException(ExitCodes.ERROR, "cannot make a key pair", e);
      }
      try (VaultKeys keys = caller.vaultKeys();
          ClientCrypto.SecretBytes privateKey = pair.privateKey()) {
        String wrapped = keys.wrapTeamKeyFor(t.id(), pair.publicKey());
        CreatedMachine created =
            caller
                .server()
                .createMachine(
                    t.id(),
                    new CreateMachineRequest(
                        name.strip(), pair.publicKey(), wrapped, environments, tags));
        inv()
            .out()
            .println(MachineLogin.format(created.id(), created.secret(), privateKey.bytes()));
        inv().out().flush();
        inv()
            .err()
            .println(
                "Machine "
                    + created.name()
                    + " ("
                    + created.id()
                    + ") can read team "
                    + t.name()
                    + scope(created)
                    + ". Store the token above as KEYHAVEN_TOKEN in your CI's secrets: it is"
                    + " shown only now.");
      }
      return ExitCodes.OK;
    }
  }

  /** " (production keys tagged deploy)", or nothing for a machine that reads every team key. */
  static String scope(CreatedMachine m) {
    return scope(m.environments(), m.tags());
  }

  static String scope(java.util.List<String> environments, java.util.List<String> tags) {
    if (environments == null && tags == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(" (only ");
    s.append(environments == null ? "" : String.join("/", environments) + " ");
    s.append("keys");
    if (tags != null) {
      s.append(" tagged ").append(String.join(" or ", tags));
    }
    return s.append(")").toString();
  }

  @Command(name = "list", description = "List a team's machine identities.")
  static class ListMachines extends BaseCommand {

    @Option(names = "--team", required = true, paramLabel = "TEAM", description = "Team name or id")
    String team;

    @Inject Callers callers;

    @Override
    public Integer call() {
      Caller caller = callers.open(inv(), server, false);
      Team t = KeySelection.resolveTeam(caller.server(), team);
      String format = "%-36s  %-24s %-22s %-10s %s%n";
      inv().out().printf(format, "ID", "NAME", "LAST USED", "STATE", "SCOPE");
      for (Machine m : caller.server().machines(t.id())) {
        inv()
            .out()
            .printf(
                format,
                m.id(),
                m.name(),
                m.lastUsedAt() == null ? "never" : m.lastUsedAt().toString(),
                m.revokedAt() == null ? "active" : "revoked",
                m.environments() == null && m.tags() == null
                    ? "all team keys"
                    : scope(m.environments(), m.tags()).strip());
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "revoke", description = "Revoke a machine identity: its token stops working now.")
  static class Revoke extends BaseCommand {

    @Option(names = "--team", required = true, paramLabel = "TEAM", description = "Team name or id")
    String team;

    @Parameters(index = "0", paramLabel = "ID", description = "The machine's id")
    UUID id;

    @Inject Callers callers;

    @Override
    public Integer call() {
      Caller caller = callers.open(inv(), server, false);
      Team t = KeySelection.resolveTeam(caller.server(), team);
      caller.server().revokeMachine(t.id(), id);
      inv().out().println("Revoked " + id + ".");
      return ExitCodes.OK;
    }
  }
}
