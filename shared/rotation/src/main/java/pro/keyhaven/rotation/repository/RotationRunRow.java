package pro.keyhaven.rotation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One run of a key's rotation state machine (V15), for its history. */
@Entity
@Table(name = "rotation_runs")
public class RotationRunRow extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "key_id", nullable = false)
  public UUID keyId;

  @Column(nullable = false, length = 12)
  public String state;

  @Column(nullable = false, length = 10)
  public String trigger;

  @Column(name = "started_at", nullable = false)
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Column(length = 500)
  public String error;

  @Column(name = "previous_version")
  public Integer previousVersion;

  @Column(name = "new_version")
  public Integer newVersion;
}
