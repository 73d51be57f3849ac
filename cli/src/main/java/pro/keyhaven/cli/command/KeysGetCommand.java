package pro.keyhaven.cli.command;

import jakarta.inject.Inject;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.session.Caller;
import pro.keyhaven.cli.session.Callers;
import pro.keyhaven.cli.session.VaultKeys;

/** {@code keyhaven keys get NAME}. */
@Command(
    name = "get",
    description = {
      "Decrypt one key and print its value to stdout (and nowhere else).",
      "Asks the master password (or reads it from stdin's first line with --password-stdin)."
    })
class KeysGetCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "The key's name", arity = "0..1")
  String name;

  @Option(names = "--id", paramLabel = "ID", description = "The key's id instead of its name")
  UUID id;

  @Option(
      names = "--password-stdin",
      description = "Read the master password from stdin's first line")
  boolean passwordStdin;

  @Option(
      names = {"-n", "--no-newline"},
      description = "Do not end the value with a line break")
  boolean noNewline;

  @Mixin KeySelection selection;

  @Inject Callers callers;

  @Override
  public Integer call() {
    if (name == null && id == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Give the key's NAME or --id");
    }
    selection.validate();
    Caller caller = callers.open(inv(), server, passwordStdin);
    ApiKey key = KeyLookup.one(caller.server(), selection, name, id);
    try (VaultKeys keys = caller.vaultKeys()) {
      String value = keys.decrypt(key);
      inv().out().print(value);
      if (!noNewline) {
        inv().out().println();
      }
      inv().out().flush();
    }
    return ExitCodes.OK;
  }
}
