package pro.keyhaven.auth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A user account. Holds the Argon2id verifier of the client's auth hash, the client's KDF
 * parameters and its opaque wrapped keys; never a password or a key that decrypts anything. The
 * accounts area owns it; other areas read what they need through {@code
 * pro.keyhaven.shared.account.Accounts}.
 */
@Entity
@Table(name = "users")
// Billing writes the subscription columns of the same row: an account change writes only what it
// changed, so it never puts back a subscription state it read before.
@DynamicUpdate
public class UserAccount extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false, length = 254)
  public String email;

  @Column(name = "github_id", length = 100)
  public String githubId;

  @Column(name = "subscription_tier", nullable = false, length = 20)
  public String subscriptionTier;

  @Column(name = "subscription_status", nullable = false, length = 30)
  public String subscriptionStatus;

  @Column(name = "stripe_customer_id", length = 100)
  public String stripeCustomerId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public Map<String, Object> preferences;

  @Column(name = "auth_verifier", nullable = false)
  public byte[] authVerifier;

  @Column(name = "auth_salt", nullable = false)
  public byte[] authSalt;

  @Column(name = "argon2_memory_kib", nullable = false)
  public int argon2MemoryKib;

  @Column(name = "argon2_iterations", nullable = false)
  public int argon2Iterations;

  @Column(name = "argon2_parallelism", nullable = false)
  public int argon2Parallelism;

  @Column(nullable = false, length = 32)
  public String kdf;

  @Column(name = "kdf_iterations", nullable = false)
  public int kdfIterations;

  @Column(name = "kdf_salt", nullable = false)
  public byte[] kdfSalt;

  @Column(name = "protected_user_key", nullable = false, length = 4096)
  public String protectedUserKey;

  @Column(name = "public_key", nullable = false)
  public byte[] publicKey;

  @Column(name = "protected_private_key", nullable = false, length = 4096)
  public String protectedPrivateKey;

  /** When the e-mail address was verified (null: not verified, or verification is off). */
  @Column(name = "email_verified_at")
  public Instant emailVerifiedAt;

  /** The user's pinned public keys, encrypted in the browser under the user key; never read. */
  @Column(name = "pinned_keys", length = 65536)
  public String pinnedKeys;

  @Column(name = "pinned_keys_version", nullable = false)
  public int pinnedKeysVersion;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Uni<UserAccount> findByEmail(String email) {
    return find("lower(email) = lower(?1)", email).firstResult();
  }

  @Override
  public String toString() {
    // Never print the verifier or the wrapped keys.
    return "UserAccount[" + id + "]";
  }
}
