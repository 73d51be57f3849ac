package pro.keyhaven.shared.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import pro.keyhaven.shared.error.ApiException;

/** Refuses a request whose access token belongs to a sign-in that has ended. */
@ApplicationScoped
public class RevokedSessionsFilter {

  private static final Logger LOG = Logger.getLogger(RevokedSessionsFilter.class);

  private final RevokedSessions revoked;
  private final CurrentIdentityAssociation identity;

  public RevokedSessionsFilter(RevokedSessions revoked, CurrentIdentityAssociation identity) {
    this.revoked = revoked;
    this.identity = identity;
  }

  @ServerRequestFilter
  public Uni<Void> check() {
    return identity
        .getDeferredIdentity()
        // A token that does not verify is the authentication layer's to refuse, not this check's.
        .onFailure()
        .recoverWithNull()
        .chain(
            who ->
                who != null && who.getPrincipal() instanceof JsonWebToken token
                    ? check(token.getClaim("sid"))
                    : Uni.createFrom().voidItem());
  }

  private Uni<Void> check(Object sid) {
    if (sid == null) {
      return Uni.createFrom().voidItem();
    }
    return revoked
        .isRevoked(sid.toString())
        .onFailure()
        .recoverWithItem(
            e -> {
              // Without Redis the check cannot be made; the token is at most one access-token
              // lifetime old, and refusing every request would take the vault down with Redis.
              LOG.warn("Could not check for ended sign-ins; letting the request through", e);
              return false;
            })
        .invoke(
            ended -> {
              if (ended) {
                throw ApiException.unauthorized("This sign-in has ended; sign in again");
              }
            })
        .replaceWithVoid();
  }
}
