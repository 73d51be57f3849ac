package pro.keyhaven.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keyhaven keys}. */
@Command(
    name = "keys",
    description = "List, read and write keys.",
    subcommands = {KeysListCommand.class, KeysGetCommand.class, KeysSetCommand.class})
class KeysCommand {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
