package pro.keyhaven.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keyhaven env}. */
@Command(
    name = "env",
    description = "Keys as environment variables.",
    subcommands = {EnvExportCommand.class})
class EnvCommand {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
