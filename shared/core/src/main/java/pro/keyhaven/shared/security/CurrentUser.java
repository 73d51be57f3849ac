package pro.keyhaven.shared.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller, from the verified access token. */
@RequestScoped
public class CurrentUser {

  /** The {@code typ} claim of an access token. */
  public static final String ACCESS = "access";

  private final JsonWebToken token;

  public CurrentUser(JsonWebToken token) {
    this.token = token;
  }

  /** The caller's user id ({@code sub}); 401 when the request carries no valid token. */
  public UUID id() {
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

  /** The refresh-token family this access token was issued in (its {@code sid} claim). */
  public String sessionId() {
    Object sid = token == null ? null : token.getClaim("sid");
    return sid == null ? null : sid.toString();
  }
}
