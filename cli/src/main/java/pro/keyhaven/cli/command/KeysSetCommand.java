package pro.keyhaven.cli.command;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.Invocation;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.api.KeyBodies.CreateKeyRequest;
import pro.keyhaven.cli.api.KeyBodies.KeyMetadata;
import pro.keyhaven.cli.api.KeyBodies.UpdateValueRequest;
import pro.keyhaven.cli.crypto.ClientCrypto.EncryptedValue;
import pro.keyhaven.cli.session.Caller;
import pro.keyhaven.cli.session.Callers;
import pro.keyhaven.cli.session.VaultKeys;

/** {@code keyhaven keys set NAME}. */
@Command(
    name = "set",
    description = {
      "Store a value read from stdin: a new key, or a new version of the one key with that name.",
      "With --password-stdin, stdin's first line is the master password and the rest the value.",
      "On a terminal the value is asked without echo."
    })
class KeysSetCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "The key's name")
  String name;

  @Option(
      names = "--password-stdin",
      description = "Read the master password from stdin's first line")
  boolean passwordStdin;

  @Option(names = "--description", paramLabel = "TEXT", description = "Description of a new key")
  String description;

  @Option(names = "--add-tag", paramLabel = "TAG", description = "Tags of a new key (repeatable)")
  List<String> tags;

  @Mixin KeySelection selection;

  @Inject Callers callers;

  @Override
  public Integer call() {
    Invocation inv = inv();
    if (name.isBlank() || name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
      throw new CliException(ExitCodes.USAGE, "the name must be one printable line of at most 255");
    }
    selection.validate();
    Caller caller = callers.open(inv, server, passwordStdin);
    List<ApiKey> existing = KeyLookup.named(caller.server(), selection, name);
    if (existing.size() > 1) {
      throw new CliException(ExitCodes.ERROR, KeyLookup.ambiguous(name, existing));
    }
    try (VaultKeys keys = caller.vaultKeys()) {
      String value = readValue(inv);
      if (existing.isEmpty()) {
        UUID teamId = selection.teamId(caller.server());
        UUID id = UUID.randomUUID();
        EncryptedValue sealed = keys.encrypt(teamId, id, value);
        String env = selection.environment() == null ? "development" : selection.environment();
        List<String> allTags = new java.util.ArrayList<>(tags == null ? List.of() : tags);
        if (selection.tag != null && !allTags.contains(selection.tag)) {
          allTags.add(selection.tag);
        }
        ApiKey created =
            caller
                .server()
                .create(
                    new CreateKeyRequest(
                        id,
                        selection.service == null ? "other" : selection.service,
                        name,
                        sealed.encryptedValue(),
                        sealed.iv(),
                        teamId,
                        new KeyMetadata(description, env, allTags, null, List.of()),
                        keys.generationFor(teamId)));
        inv.out().println("Created " + created.name() + " (" + created.id() + "), version 1.");
      } else {
        ApiKey key = existing.get(0);
        EncryptedValue sealed = keys.encrypt(key.teamId(), key.id(), value);
        ApiKey updated =
            caller
                .server()
                .update(
                    key.id(),
                    key.version(),
                    new UpdateValueRequest(
                        sealed.encryptedValue(), sealed.iv(), keys.generationFor(key.teamId())));
        inv.out()
            .println(
                "Updated "
                    + updated.name()
                    + " ("
                    + updated.id()
                    + "), version "
                    + updated.version()
                    + ".");
      }
    }
    return ExitCodes.OK;
  }

  private String readValue(Invocation inv) {
    String value;
    if (!passwordStdin && inv.console() != null) {
      char[] typed = inv.console().readPassword("Value for %s: ", name);
      value = typed == null ? "" : new String(typed);
      java.util.Arrays.fill(typed == null ? new char[0] : typed, '\0');
    } else {
      value = inv.readRest();
    }
    if (value.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, "the value is empty (give it on stdin)");
    }
    return value;
  }
}
