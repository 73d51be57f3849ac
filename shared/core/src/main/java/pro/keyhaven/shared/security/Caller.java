package pro.keyhaven.shared.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the user and sign-in from the verified access token, and where the request came
 * from. Resources inject it instead of reading tokens and request headers themselves.
 */
@RequestScoped
public class Caller {

  /** The {@code typ} claim of an access token. */
  public static final String ACCESS = "access";

  private final JsonWebToken token;
  private final CurrentVertxRequest request;
  private ClientInfo client;

  public Caller(JsonWebToken token, CurrentVertxRequest request) {
    this.token = token;
    this.request = request;
  }

  /** The caller's user id ({@code sub}); 401 when the request carries no valid access token. */
  public UUID userId() {
    String subject = token == null ? null : token.getSubject();
    // Only access tokens open the API: a token of another type (say, a future one-time
    // link token signed by the same key) must not.
    if (subject == null || !ACCESS.equals(token.getClaim("typ"))) {
      throw new UnauthorizedException();
    }
    try {
      return UUID.fromString(subject);
    } catch (IllegalArgumentException e) {
      throw new UnauthorizedException();
    }
  }

  /** The sign-in (refresh-token family) this access token was issued in: its {@code sid} claim. */
  public String sessionId() {
    Object sid = token == null ? null : token.getClaim("sid");
    return sid == null ? null : sid.toString();
  }

  /** The client's address and user agent, as the audit log records them. */
  public ClientInfo client() {
    if (client == null) {
      var current = request == null ? null : request.getCurrent();
      client = current == null ? ClientInfo.NONE : ClientInfo.of(current);
    }
    return client;
  }
}
