package pro.keyhaven.auth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recovery code, as its Argon2id hash (V12); {@code usedAt} makes it single-use. */
@Entity
@Table(name = "mfa_recovery_codes")
public class MfaRecoveryCode extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(name = "code_hash", nullable = false)
  public byte[] codeHash;

  @Column(nullable = false)
  public byte[] salt;

  @Column(name = "argon2_memory_kib", nullable = false)
  public int argon2MemoryKib;

  @Column(name = "argon2_iterations", nullable = false)
  public int argon2Iterations;

  @Column(name = "argon2_parallelism", nullable = false)
  public int argon2Parallelism;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "used_at")
  public Instant usedAt;

  @Override
  public String toString() {
    return "MfaRecoveryCode[" + id + "]";
  }
}
