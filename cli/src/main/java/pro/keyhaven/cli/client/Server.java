package pro.keyhaven.cli.client;

import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.ExitCodes;
import pro.keyhaven.cli.api.AuthBodies.LogoutRequest;
import pro.keyhaven.cli.api.KeyBodies.ApiKey;
import pro.keyhaven.cli.api.KeyBodies.CreateKeyRequest;
import pro.keyhaven.cli.api.KeyBodies.KeyPage;
import pro.keyhaven.cli.api.KeyBodies.Team;
import pro.keyhaven.cli.api.KeyBodies.UpdateValueRequest;
import pro.keyhaven.cli.api.KeyBodies.UsageReport;
import pro.keyhaven.cli.api.MachineBodies.CreateMachineRequest;
import pro.keyhaven.cli.api.MachineBodies.CreatedMachine;
import pro.keyhaven.cli.api.MachineBodies.Machine;

/**
 * One server, called with one access token: the calls the commands make, with every refusal turned
 * into a one-line {@link CliException} that names the server's request id.
 */
public final class Server {

  private static final int PAGE_SIZE = 200;

  private final ServerCalls calls;
  private final KeyhavenApi api;
  private final String baseUrl;
  private final String bearer;

  public Server(ServerCalls calls, String baseUrl, String accessToken) {
    this.calls = calls;
    this.api = calls.client(baseUrl);
    this.baseUrl = baseUrl;
    this.bearer = accessToken == null ? null : "Bearer " + accessToken;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The key filters of {@code GET /api/keys}. */
  public record KeyFilter(String service, String environment, String tag, UUID teamId, String q) {
    public static final KeyFilter NONE = new KeyFilter(null, null, null, null, null);
  }

  /** Every key matching the filter, page after page. */
  public List<ApiKey> keys(KeyFilter f) {
    List<ApiKey> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      int p = page;
      KeyPage got =
          read(
              "list keys",
              a ->
                  a.listKeys(
                      bearer,
                      f.service(),
                      f.environment(),
                      f.tag(),
                      f.teamId(),
                      f.q(),
                      p,
                      PAGE_SIZE));
      all.addAll(got.items());
      if (got.items().isEmpty() || all.size() >= got.total()) {
        return all;
      }
    }
  }

  public ApiKey key(UUID id) {
    return read("read key " + id, a -> a.getKey(bearer, id));
  }

  public ApiKey create(CreateKeyRequest body) {
    return write("create key " + body.name(), a -> a.createKey(bearer, body));
  }

  public ApiKey update(UUID id, long version, UpdateValueRequest body) {
    return write("update key " + id, a -> a.updateKey(bearer, "\"" + version + "\"", id, body));
  }

  public List<Team> teams() {
    return read("list teams", a -> a.teams(bearer)).items();
  }

  public void logout(String refreshToken) {
    write(
        "log out",
        a -> {
          a.logout(bearer, new LogoutRequest(refreshToken));
          return null;
        });
  }

  public CreatedMachine createMachine(UUID teamId, CreateMachineRequest body) {
    return write("create machine " + body.name(), a -> a.createMachine(bearer, teamId, body));
  }

  public List<Machine> machines(UUID teamId) {
    return read("list machines", a -> a.machines(bearer, teamId)).items();
  }

  public void revokeMachine(UUID teamId, UUID id) {
    write(
        "revoke machine " + id,
        a -> {
          a.revokeMachine(bearer, teamId, id);
          return null;
        });
  }

  /** Raw call for best-effort paths that handle failures themselves. */
  public void reportUsage(UsageReport report) {
    api.reportUsage(bearer, report);
  }

  public <T> T read(String what, Function<KeyhavenApi, T> call) {
    try {
      return calls.read(() -> call.apply(api));
    } catch (ServerError e) {
      throw translate(what, e, ExitCodes.SESSION);
    } catch (ProcessingException e) {
      throw unreachable(e);
    }
  }

  public <T> T write(String what, Function<KeyhavenApi, T> call) {
    try {
      return calls.write(() -> call.apply(api));
    } catch (ServerError e) {
      throw translate(what, e, ExitCodes.SESSION);
    } catch (ProcessingException e) {
      throw unreachable(e);
    }
  }

  /** A public call (prelogin, login) where 401 means wrong credentials, not an ended session. */
  public <T> T publicCall(String what, Function<KeyhavenApi, T> call) {
    try {
      return calls.write(() -> call.apply(api));
    } catch (ServerError e) {
      throw translate(what, e, ExitCodes.AUTH);
    } catch (ProcessingException e) {
      throw unreachable(e);
    }
  }

  /** The one place a server answer becomes an exit code and a message. */
  public static CliException translate(String what, ServerError e, int on401) {
    int exit =
        switch (e.status()) {
          case 401 -> on401;
          case 403 -> ExitCodes.FORBIDDEN;
          case 404 -> ExitCodes.NOT_FOUND;
          default -> e.status() >= 500 ? ExitCodes.UNAVAILABLE : ExitCodes.ERROR;
        };
    StringBuilder msg = new StringBuilder(what).append(": ").append(e.getMessage());
    if (e.code() != null) {
      msg.append(" [").append(e.code()).append(']');
    }
    if (e.status() == 401 && on401 == ExitCodes.SESSION) {
      msg.append("; run keyhaven login");
    }
    if (e.requestId() != null) {
      msg.append(" (request id ").append(e.requestId()).append(')');
    }
    return new CliException(exit, msg.toString(), e);
  }

  private CliException unreachable(ProcessingException e) {
    return new CliException(
        ExitCodes.UNAVAILABLE, "cannot reach the KeyHaven server at " + baseUrl, e);
  }
}
