package pro.keyhaven.shared.notify;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An in-app notification of one user. */
@Entity
@Table(name = "notifications")
public class Notification extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(nullable = false, length = 40)
  public String kind;

  @Column(nullable = false, length = 200)
  public String title;

  @Column(nullable = false, length = 4000)
  public String body;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "read_at")
  public Instant readAt;

  @Override
  public String toString() {
    return "Notification[" + id + ", " + kind + "]";
  }
}
