package pro.keyhaven.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.api.KeyBodies.Team;
import pro.keyhaven.cli.session.Caller;
import pro.keyhaven.cli.session.Callers;

/** {@code keyhaven keys list}. */
@Command(
    name = "list",
    description = "List keys (names and metadata only; nothing is decrypted, no password asked).")
class KeysListCommand extends BaseCommand {

  @Mixin KeySelection selection;

  @Option(names = "--json", description = "One JSON array instead of a table")
  boolean asJson;

  @Inject Callers callers;
  @Inject ObjectMapper json;

  @Override
  public Integer call() throws Exception {
    selection.validate();
    Caller caller = callers.open(inv(), server, false);
    List<ApiKey> keys = caller.server().keys(selection.filter(caller.server(), null));
    Map<UUID, String> teamNames = new LinkedHashMap<>();
    if (keys.stream().anyMatch(k -> k.teamId() != null)) {
      for (Team t : caller.server().teams()) {
        teamNames.put(t.id(), t.name());
      }
    }
    if (asJson) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (ApiKey k : keys) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", k.id());
        row.put("name", k.name());
        row.put("service", k.service());
        row.put("environment", k.environment());
        row.put("tags", k.tags());
        row.put("team", k.teamId() == null ? null : teamNames.get(k.teamId()));
        row.put("version", k.version());
        rows.add(row);
      }
      inv().out().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
      return ExitCodes.OK;
    }
    if (keys.isEmpty()) {
      inv().err().println("No keys match.");
      return ExitCodes.OK;
    }
    String format = "%-30s %-18s %-12s %-16s %4s  %s%n";
    inv().out().printf(format, "NAME", "SERVICE", "ENVIRONMENT", "TEAM", "VER", "ID");
    for (ApiKey k : keys) {
      inv()
          .out()
          .printf(
              format,
              k.name(),
              k.service(),
              k.environment(),
              k.teamId() == null ? "-" : teamNames.getOrDefault(k.teamId(), k.teamId().toString()),
              k.version(),
              k.id());
    }
    return ExitCodes.OK;
  }
}
