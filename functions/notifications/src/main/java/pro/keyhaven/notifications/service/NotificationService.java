package pro.keyhaven.notifications.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import pro.keyhaven.notifications.api.NotificationView;
import pro.keyhaven.notifications.api.PreferencesBody;
import pro.keyhaven.notifications.api.PreferencesBody.EmailSwitches;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.notify.EmailPreferences;
import pro.keyhaven.shared.notify.Notification;
import pro.keyhaven.shared.notify.NotificationPreferences;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;

/** A user's in-app notifications and e-mail preferences; only ever the caller's own. */
@ApplicationScoped
public class NotificationService {

  private final Clock clock;

  public NotificationService(Clock clock) {
    this.clock = clock;
  }

  /** Newest first; only unread ones when {@code unreadOnly}. */
  @WithSession
  public Uni<Page<NotificationView>> list(UUID caller, boolean unreadOnly, PageRequest page) {
    String where = unreadOnly ? "userId = ?1 and readAt is null" : "userId = ?1";
    return Notification.<Notification>find(where + " order by createdAt desc, id", caller)
        .page(page.page(), page.size())
        .list()
        .flatMap(
            rows ->
                Notification.count(where, caller)
                    .map(
                        total ->
                            new Page<>(
                                rows.stream().map(NotificationService::view).toList(),
                                page.page(),
                                page.size(),
                                total)));
  }

  /** Marks one read; another user's notification is 404 like a missing one. */
  @WithTransaction
  public Uni<Void> markRead(UUID caller, UUID id) {
    return Notification.<Notification>find("id = ?1 and userId = ?2", id, caller)
        .firstResult()
        .invoke(
            n -> {
              if (n == null) {
                throw ApiException.notFound("Notification");
              }
              if (n.readAt == null) {
                n.readAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
              }
            })
        .replaceWithVoid();
  }

  @WithSession
  public Uni<PreferencesBody> preferences(UUID caller) {
    return NotificationPreferences.<NotificationPreferences>findById(caller)
        .map(p -> body(p == null ? EmailPreferences.ALL_ON : p.toEmail()));
  }

  /** Changes the switches sent; the others keep their value. */
  @WithTransaction
  public Uni<PreferencesBody> updatePreferences(UUID caller, PreferencesBody change) {
    return NotificationPreferences.<NotificationPreferences>findById(
            caller, LockModeType.PESSIMISTIC_WRITE)
        .chain(
            found -> {
              EmailPreferences now = found == null ? EmailPreferences.ALL_ON : found.toEmail();
              EmailSwitches e = change.email();
              EmailPreferences next =
                  new EmailPreferences(
                      or(e.anomaly(), now.anomaly()),
                      or(e.rotationDue(), now.rotationDue()),
                      or(e.expiry(), now.expiry()),
                      or(e.leak(), now.leak()),
                      or(e.team(), now.team()));
              NotificationPreferences row = found;
              if (row == null) {
                row = new NotificationPreferences();
                row.userId = caller;
              }
              row.set(next);
              row.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
              return (found == null ? row.persist() : Uni.createFrom().item(row))
                  .replaceWith(body(next));
            });
  }

  private static boolean or(Boolean value, boolean current) {
    return value == null ? current : value;
  }

  private static PreferencesBody body(EmailPreferences p) {
    return new PreferencesBody(
        new EmailSwitches(p.anomaly(), p.rotationDue(), p.expiry(), p.leak(), p.team()));
  }

  private static NotificationView view(Notification n) {
    return new NotificationView(n.id, n.kind, n.title, n.body, n.createdAt, n.readAt != null);
  }
}
