package pro.keyhaven.auth.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import pro.keyhaven.auth.rest.MeResponse;
import pro.keyhaven.shared.account.UserAccount;
import pro.keyhaven.shared.error.ApiException;

/** Reads and changes accounts. */
@ApplicationScoped
public class AccountService {

  @WithSession
  public Uni<MeResponse> profile(UUID userId) {
    return UserAccount.<UserAccount>findById(userId)
        .onItem()
        .ifNull()
        .failWith(() -> ApiException.unauthorized("The account no longer exists"))
        .map(u -> new MeResponse(u.id, u.email, u.subscriptionTier, u.createdAt, u.preferences));
  }
}
