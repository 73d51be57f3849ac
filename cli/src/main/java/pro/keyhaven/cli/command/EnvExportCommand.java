package pro.keyhaven.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.session.Caller;
import pro.keyhaven.cli.session.Callers;
import pro.keyhaven.cli.session.VaultKeys;

/** {@code keyhaven env export}. */
@Command(
    name = "export",
    description = {
      "Print the selected keys, decrypted, as dotenv, JSON or shell exports on stdout.",
      "Example: keyhaven env export --environment production --format dotenv > .env"
    })
class EnvExportCommand extends BaseCommand {

  @Mixin KeySelection selection;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "dotenv",
      description = "dotenv (default), json or shell")
  String format;

  @Option(
      names = "--as",
      paramLabel = "KEY=VAR",
      description = "Variable name for a key (repeatable)")
  List<String> as;

  @Option(
      names = "--password-stdin",
      description = "Read the master password from stdin's first line")
  boolean passwordStdin;

  @Inject Callers callers;
  @Inject ObjectMapper json;

  @Override
  public Integer call() throws Exception {
    if (!List.of("dotenv", "json", "shell").contains(format)) {
      throw new CliException(ExitCodes.USAGE, "--format must be dotenv, json or shell");
    }
    if (selection.environment == null) {
      throw new CliException(ExitCodes.USAGE, "give the --environment to export");
    }
    Map<String, String> overrides = EnvVars.overrides(as);
    selection.validate();
    Caller caller = callers.open(inv(), server, passwordStdin);
    List<ApiKey> keys = caller.server().keys(selection.filter(caller.server(), null));
    try (VaultKeys vault = caller.vaultKeys()) {
      Map<String, String> vars = EnvVars.decrypt(keys, overrides, vault);
      StringBuilder out = new StringBuilder();
      switch (format) {
        case "json" ->
            out.append(json.writerWithDefaultPrettyPrinter().writeValueAsString(vars)).append('\n');
        case "shell" ->
            vars.forEach(
                (k, v) ->
                    out.append("export ")
                        .append(k)
                        .append("='")
                        .append(v.replace("'", "'\\''"))
                        .append("'\n"));
        default -> vars.forEach((k, v) -> out.append(k).append('=').append(dotenv(v)).append('\n'));
      }
      inv().out().print(out);
      inv().out().flush();
    }
    return ExitCodes.OK;
  }

  /** A double-quoted dotenv value: backslash, quote, dollar and line breaks escaped. */
  static String dotenv(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '$' -> out.append("\\$");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
