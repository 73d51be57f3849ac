package pro.keyhaven.shared.notify;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's e-mail switches; no row means every switch is on. */
@Entity
@Table(name = "notification_preferences")
public class NotificationPreferences extends PanacheEntityBase {

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(nullable = false)
  public boolean anomaly;

  @Column(name = "rotation_due", nullable = false)
  public boolean rotationDue;

  @Column(nullable = false)
  public boolean expiry;

  @Column(nullable = false)
  public boolean leak;

  @Column(nullable = false)
  public boolean team;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public EmailPreferences toEmail() {
    return new EmailPreferences(anomaly, rotationDue, expiry, leak, team);
  }

  public void set(EmailPreferences p) {
    anomaly = p.anomaly();
    rotationDue = p.rotationDue();
    expiry = p.expiry();
    leak = p.leak();
    team = p.team();
  }
}
