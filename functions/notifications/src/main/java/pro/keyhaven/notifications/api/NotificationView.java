package pro.keyhaven.notifications.api;

import java.time.Instant;
import java.util.UUID;

/** One in-app notification as the API shows it. */
public record NotificationView(
    UUID id, String kind, String title, String body, Instant createdAt, boolean read) {}
