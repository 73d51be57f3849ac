package pro.keyhaven.shared.account;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What areas other than accounts may read of a user account: id, e-mail, plan and public key (the
 * accounts area owns {@code users}; docs/adr/0003), and the one row another area writes: a machine
 * identity's account. Runs in the caller's reactive session, so a locking read joins the caller's
 * transaction.
 */
@ApplicationScoped
public class Accounts {

  private static final java.security.SecureRandom RANDOM =
      pro.keyhaven.shared.snapstart.SnapshotRandoms.held();

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

  /** Whether the account's e-mail address was verified (false for no account). */
  public Uni<Boolean> emailVerified(UUID id) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT email_verified_at IS NOT NULL FROM users WHERE id = ?1",
                        Boolean.class)
                    .setParameter(1, id)
                    .getSingleResultOrNull())
        .map(Boolean.TRUE::equals);
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

  /**
   * Inserts the account of a machine identity (teams creates them; docs/adr/0003): its X25519
   * public key, no password that could sign in (a random verifier), and no vault of its own.
   */
  public Uni<Void> insertMachine(UUID id, byte[] publicKey, Instant now) {
    byte[] verifier = new byte[32];
    byte[] salt = new byte[16];
    byte[] kdfSalt = new byte[16];
    RANDOM.nextBytes(verifier);
    RANDOM.nextBytes(salt);
    RANDOM.nextBytes(kdfSalt);
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO users (id, email, preferences, auth_verifier, auth_salt,"
                            + " argon2_memory_kib, argon2_iterations, argon2_parallelism, kdf,"
                            + " kdf_iterations, kdf_salt, protected_user_key, public_key,"
                            + " protected_private_key, created_at, updated_at) VALUES (?1, ?2,"
                            + " '{\"machine\": true}'::jsonb, ?3, ?4, 19456, 2, 1,"
                            + " 'pbkdf2-sha256', 600000, ?5, 'none', ?6, 'none', ?7, ?7)")
                    .setParameter(1, id)
                    .setParameter(2, machineEmail(id))
                    .setParameter(3, verifier)
                    .setParameter(4, salt)
                    .setParameter(5, kdfSalt)
                    .setParameter(6, publicKey)
                    .setParameter(7, now)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** The placeholder e-mail of a machine account ({@code .invalid} never delivers). */
  public static String machineEmail(UUID id) {
    return "machine-" + id + "@machines.keyhaven.invalid";
  }

  /** Raw X25519 public keys by id for the given accounts. */
  public Uni<Map<UUID, byte[]>> publicKeys(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT id, public_key FROM users WHERE id = ANY(?1)", Object[].class)
                    .setParameter(1, ids.toArray(UUID[]::new))
                    .getResultList())
        .map(
            rows -> {
              Map<UUID, byte[]> out = new HashMap<>();
              for (Object[] r : rows) {
                out.put((UUID) r[0], (byte[]) r[1]);
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
