package pro.keyhaven.rotation.provider;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;

/**
 * PostgreSQL role passwords by <b>alternating two roles</b> (AWS Secrets Manager's "alternating
 * users"): the new password goes to the role not in use, clients move to it during the grace
 * period, and only then is the old role's password replaced by one nobody knows, so no live
 * connection breaks. The admin credential needs the right to {@code ALTER ROLE} both roles.
 * Passwords travel only as SCRAM verifiers ({@link Scram}). The key's value is a connection URL,
 * {@code postgresql://role:password@host:port/database}.
 */
@ApplicationScoped
public class PostgresRotator implements Rotator {

  static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[?[0-9a-fA-F:]{2,45}\\]?");
  private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_-]{1,63}");
  private static final Set<String> SSL = Set.of("disable", "require", "verify-full");
  private static final Set<String> CREDENTIAL_FIELDS =
      Set.of("host", "port", "database", "username", "password", "sslmode");
  private static final Set<String> TARGET_FIELDS = Set.of("roles", "current_role");
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final SecureRandom random = SnapshotRandoms.held();
  private final Vertx vertx;
  private final ProviderHosts hosts;

  public PostgresRotator(Vertx vertx, ProviderHosts hosts) {
    this.vertx = vertx;
    this.hosts = hosts;
  }

  @Override
  public String provider() {
    return "postgresql";
  }

  @Override
  public void checkCredential(Map<String, String> c) {
    for (String field : c.keySet()) {
      if (!CREDENTIAL_FIELDS.contains(field)) {
        throw invalid("INVALID_CREDENTIAL", "Unknown credential field " + field);
      }
    }
    require(c, "host", HOST, "INVALID_CREDENTIAL");
    require(c, "database", DATABASE, "INVALID_CREDENTIAL");
    require(c, "username", ROLE, "INVALID_CREDENTIAL");
    if (c.getOrDefault("password", "").isEmpty()) {
      throw invalid("INVALID_CREDENTIAL", "password is required");
    }
    port(c);
    if (c.containsKey("sslmode") && !SSL.contains(c.get("sslmode"))) {
      throw invalid("INVALID_CREDENTIAL", "sslmode is one of disable, require, verify-full");
    }
    hosts.check(c.get("host"));
  }

  @Override
  public void checkTarget(Map<String, String> t) {
    for (String field : t.keySet()) {
      if (!TARGET_FIELDS.contains(field)) {
        throw invalid("INVALID_TARGET", "Unknown target field " + field);
      }
    }
    List<String> roles = roles(t);
    String current = t.get("current_role");
    if (current != null && !roles.contains(current)) {
      throw invalid("INVALID_TARGET", "current_role must be one of roles");
    }
  }

  @Override
  public Uni<NewCredential> create(
      Map<String, String> credential, Map<String, String> target, String currentRef) {
    List<String> roles = roles(target);
    String current =
        currentRef != null ? currentRef : target.getOrDefault("current_role", roles.get(0));
    String idle = roles.get(0).equals(current) ? roles.get(1) : roles.get(0);
    String password = password();
    return admin(
            credential,
            "ALTER ROLE " + quote(idle) + " WITH PASSWORD '" + Scram.verifier(password) + "'")
        .replaceWith(
            new NewCredential(
                "postgresql://"
                    + idle
                    + ":"
                    + password
                    + "@"
                    + credential.get("host")
                    + ":"
                    + port(credential)
                    + "/"
                    + credential.get("database"),
                idle,
                current));
  }

  @Override
  public Uni<Void> test(
      Map<String, String> credential, Map<String, String> target, NewCredential fresh) {
    String password = passwordOf(fresh.value());
    return run(credential, fresh.ref(), password, "SELECT 1", "test");
  }

  @Override
  public Uni<Void> revoke(Map<String, String> credential, Map<String, String> target, String ref) {
    if (ref == null || !roles(target).contains(ref)) {
      return Uni.createFrom().voidItem();
    }
    // A password nobody ever holds: the role can no longer sign in with the old one.
    return admin(
        credential,
        "ALTER ROLE " + quote(ref) + " WITH PASSWORD '" + Scram.verifier(password()) + "'");
  }

  private Uni<Void> admin(Map<String, String> c, String statement) {
    return run(c, c.get("username"), c.get("password"), statement, "admin");
  }

  private Uni<Void> run(
      Map<String, String> c, String user, String password, String statement, String step) {
    PgConnectOptions options =
        new PgConnectOptions()
            .setHost(c.get("host"))
            .setPort(port(c))
            .setDatabase(c.get("database"))
            .setUser(user)
            .setPassword(password)
            .setConnectTimeout((int) TIMEOUT.toMillis())
            .setSslMode(
                SslMode.of(
                    c.getOrDefault("sslmode", "require")
                        .toUpperCase(Locale.ROOT)
                        .replace('-', '_')))
            .setCachePreparedStatements(false);
    // Checked again at use: the name may resolve elsewhere than when the connection was made.
    return vertx
        .executeBlocking(
            Uni.createFrom()
                .item(
                    () -> {
                      hosts.check(c.get("host"));
                      return options;
                    }))
        .chain(o -> PgConnection.connect(vertx, o))
        .ifNoItem()
        .after(TIMEOUT)
        .failWith(() -> new ProviderFailure("PostgreSQL did not answer within 10 s (" + step + ")"))
        .chain(
            conn ->
                conn.query(statement)
                    .execute()
                    .ifNoItem()
                    .after(TIMEOUT)
                    .failWith(() -> new ProviderFailure("PostgreSQL did not answer (" + step + ")"))
                    .eventually(conn::close))
        .replaceWithVoid()
        .onFailure(t -> !(t instanceof ProviderFailure) && !(t instanceof ApiException))
        .transform(
            t -> new ProviderFailure("PostgreSQL refused the " + step + " step: " + reason(t)));
  }

  /** The server's reason, without anything the statement carried. */
  private static String reason(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    m = m.replaceAll("SCRAM-SHA-256\\$[^']*", "<verifier>");
    return m.length() > 300 ? m.substring(0, 300) : m;
  }

  static List<String> roles(Map<String, String> t) {
    String value = t.get("roles");
    if (value == null) {
      throw invalid("INVALID_TARGET", "roles names two login roles used in turn: \"a,b\"");
    }
    List<String> roles = Arrays.stream(value.split(",")).map(String::trim).toList();
    if (roles.size() != 2 || roles.get(0).equals(roles.get(1))) {
      throw invalid("INVALID_TARGET", "roles names exactly two different roles: \"a,b\"");
    }
    for (String r : roles) {
      if (!ROLE.matcher(r).matches()) {
        throw invalid("INVALID_TARGET", "A role name is lower-case letters, digits and _");
      }
    }
    return roles;
  }

  private static int port(Map<String, String> c) {
    try {
      int port = Integer.parseInt(c.getOrDefault("port", "5432"));
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw invalid("INVALID_CREDENTIAL", "port is a number from 1 to 65535");
    }
  }

  private static void require(Map<String, String> c, String field, Pattern p, String code) {
    String v = c.get(field);
    if (v == null || !p.matcher(v).matches()) {
      throw invalid(code, field + " is missing or not valid");
    }
  }

  private static String quote(String role) {
    return "\"" + role + "\"";
  }

  private static String passwordOf(String url) {
    int at = url.lastIndexOf('@');
    int colon = url.indexOf(':', "postgresql://".length());
    return url.substring(colon + 1, at);
  }

  private String password() {
    char[] out = new char[32];
    for (int i = 0; i < out.length; i++) {
      out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }

  private static ApiException invalid(String code, String message) {
    return ApiException.validation(code, message);
  }
}
