package pro.keyhaven.cli.command;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.client.Server;

/** Finding the one key a name means, within the chosen filters. */
final class KeyLookup {

  private KeyLookup() {}

  /** Keys with exactly this name (the server's search narrows, the exact match decides). */
  static List<ApiKey> named(Server server, KeySelection selection, String name) {
    String q = name.length() <= 100 ? name : null;
    return server.keys(selection.filter(server, q)).stream()
        .filter(k -> k.name().equals(name))
        .toList();
  }

  static ApiKey one(Server server, KeySelection selection, String name, UUID id) {
    if (id != null) {
      return server.key(id);
    }
    List<ApiKey> found = named(server, selection, name);
    if (found.isEmpty()) {
      throw new CliException(ExitCodes.NOT_FOUND, "no key named " + name);
    }
    if (found.size() > 1) {
      throw new CliException(ExitCodes.ERROR, ambiguous(name, found));
    }
    return server.key(found.get(0).id());
  }

  static String ambiguous(String name, List<ApiKey> found) {
    return found.size()
        + " keys are named "
        + name
        + " ("
        + found.stream()
            .map(k -> k.environment() + (k.teamId() == null ? "" : ", team " + k.teamId()))
            .collect(Collectors.joining("; "))
        + "): narrow with --environment, --team or --id";
  }
}
