package pro.keyhaven.shared.account;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What areas other than accounts may read of a user account: id, e-mail and plan, nothing else (the
 * accounts area owns {@code users}; docs/adr/0003). Runs in the caller's reactive session, so a
 * locking read joins the caller's transaction.
 */
@ApplicationScoped
public class Accounts {

  /** The readable part of an account. */
  public record Account(UUID id, String email, String subscriptionTier) {}

  /** The account, or null; {@code lock} holds its row until the transaction ends. */
  public Uni<Account> find(UUID id, boolean lock) {
    return one(
        "SELECT id, email, subscription_tier FROM users WHERE id = ?1"
            + (lock ? " FOR UPDATE" : ""),
        id);
  }

  /** The account with this e-mail (case-insensitive), or null. */
  public Uni<Account> findByEmail(String email) {
    return one(
        "SELECT id, email, subscription_tier FROM users WHERE lower(email) = lower(?1)", email);
  }

  /** E-mail by id for the given accounts (ids with no account are left out). */
  public Uni<Map<UUID, String>> emails(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT id, email FROM users WHERE id = ANY(?1)", Object[].class)
                    .setParameter(1, ids.toArray(UUID[]::new))
                    .getResultList())
        .map(
            rows -> {
              Map<UUID, String> out = new HashMap<>();
              for (Object[] r : rows) {
                out.put((UUID) r[0], (String) r[1]);
              }
              return out;
            });
  }

  private Uni<Account> one(String sql, Object param) {
    return Panache.getSession()
        .chain(s -> s.createNativeQuery(sql, Object[].class).setParameter(1, param).getResultList())
        .map(Accounts::first);
  }

  private static Account first(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = rows.get(0);
    return new Account((UUID) r[0], (String) r[1], (String) r[2]);
  }
}
