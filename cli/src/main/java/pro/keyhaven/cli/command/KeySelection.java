package pro.keyhaven.cli.command;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine.Option;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.api.KeyBodies.Team;
import pro.keyhaven.cli.client.Server;
import pro.keyhaven.cli.client.Server.KeyFilter;

/** The server's key filters as options: service, environment, tag, team (name or id). */
class KeySelection {

  static final List<String> ENVIRONMENTS = List.of("development", "staging", "production");

  @Option(names = "--service", paramLabel = "SERVICE", description = "Only keys of this service")
  String service;

  @Option(
      names = {"-e", "--environment"},
      paramLabel = "ENV",
      description = "development, staging or production")
  String environment;

  @Option(names = "--tag", paramLabel = "TAG", description = "Only keys with this tag")
  String tag;

  @Option(
      names = "--team",
      paramLabel = "TEAM",
      description = "Only keys of this team (name or id)")
  String team;

  String environment() {
    if (environment == null) {
      return null;
    }
    String e = environment.strip().toLowerCase(Locale.ROOT);
    if (!ENVIRONMENTS.contains(e)) {
      throw new CliException(
          ExitCodes.USAGE, "--environment must be development, staging or production");
    }
    return e;
  }

  UUID teamId(Server server) {
    return team == null ? null : resolveTeam(server, team).id();
  }

  /** Checks the options before anything is asked of the server. */
  KeySelection validate() {
    environment();
    if (service != null && service.length() > 100) {
      throw new CliException(ExitCodes.USAGE, "--service is at most 100 characters");
    }
    if (tag != null && !tag.matches("^[A-Za-z0-9][A-Za-z0-9._:/\\-]{0,49}$")) {
      throw new CliException(
          ExitCodes.USAGE, "--tag: letters, digits and . _ : / - only, at most 50");
    }
    return this;
  }

  KeyFilter filter(Server server, String q) {
    validate();
    return new KeyFilter(service, environment(), tag, teamId(server), q);
  }

  static Team resolveTeam(Server server, String nameOrId) {
    List<Team> teams = server.teams();
    List<Team> matches =
        teams.stream()
            .filter(
                t ->
                    t.id().toString().equalsIgnoreCase(nameOrId.strip())
                        || t.name().equalsIgnoreCase(nameOrId.strip()))
            .toList();
    if (matches.isEmpty()) {
      throw new CliException(ExitCodes.NOT_FOUND, "you are in no team named " + nameOrId);
    }
    if (matches.size() > 1) {
      throw new CliException(
          ExitCodes.ERROR,
          matches.size() + " teams are named " + nameOrId + ": give the team's id");
    }
    return matches.get(0);
  }
}
