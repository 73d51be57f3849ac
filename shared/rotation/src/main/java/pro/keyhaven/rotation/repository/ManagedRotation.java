package pro.keyhaven.rotation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A key's managed rotation (V15): its settings and where its state machine stands. The refs are the
 * provider's names of credentials (a role, a key id), never values; {@link #pendingSealed} is a new
 * value sealed to the vault while it is being tested.
 */
@Entity
@Table(name = "managed_rotations")
public class ManagedRotation extends PanacheEntityBase {

  @Id
  @Column(name = "key_id")
  public UUID keyId;

  @Column(name = "connection_id", nullable = false)
  public UUID connectionId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public Map<String, String> target;

  @Column(name = "interval_days")
  public Integer intervalDays;

  @Column(name = "grace_hours", nullable = false)
  public int graceHours;

  @Column(nullable = false, length = 12)
  public String state;

  @Column(name = "run_id")
  public UUID runId;

  @Column(name = "next_due_at")
  public Instant nextDueAt;

  @Column(name = "grace_until")
  public Instant graceUntil;

  @Column(name = "retry_at")
  public Instant retryAt;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "current_ref", length = 200)
  public String currentRef;

  @Column(name = "previous_ref", length = 200)
  public String previousRef;

  @Column(name = "pending_ref", length = 200)
  public String pendingRef;

  @Column(name = "pending_sealed", length = 4096)
  public String pendingSealed;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Override
  public String toString() {
    return "ManagedRotation[" + keyId + ", " + state + "]";
  }
}
