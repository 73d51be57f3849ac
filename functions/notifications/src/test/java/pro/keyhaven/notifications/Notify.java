package pro.keyhaven.notifications;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.util.UUID;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.shared.notify.OutboxSender;

/** Test helpers: notify as an area would (inside a transaction), and drain the outbox. */
final class Notify {

  private Notify() {}

  static void notify(UUID user, NotificationKind kind, String title, String body) {
    notify(user, kind, title, body, null);
  }

  static void notify(UUID user, NotificationKind kind, String title, String body, String link) {
    Notifier notifier = Arc.container().instance(Notifier.class).get();
    try {
      VertxContextSupport.subscribeAndAwait(
          () -> Panache.withTransaction(() -> notifier.notify(user, kind, title, body, link)));
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  static OutboxSender.Drained drain() {
    OutboxSender sender = Arc.container().instance(OutboxSender.class).get();
    try {
      return VertxContextSupport.subscribeAndAwait(sender::drain);
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
