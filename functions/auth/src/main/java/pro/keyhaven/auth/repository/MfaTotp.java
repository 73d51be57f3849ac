package pro.keyhaven.auth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's TOTP factor (V12). The secret is sealed with the envelope key (never returned after
 * enrolment); {@link #lastUsedStep} refuses a code of a step already used.
 */
@Entity
@Table(name = "mfa_totp")
public class MfaTotp extends PanacheEntityBase {

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(name = "secret_sealed", nullable = false)
  public byte[] secretSealed;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "last_used_step", nullable = false)
  public long lastUsedStep;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public boolean on() {
    return confirmedAt != null;
  }

  @Override
  public String toString() {
    return "MfaTotp[" + userId + (on() ? ",on" : ",pending") + "]";
  }
}
