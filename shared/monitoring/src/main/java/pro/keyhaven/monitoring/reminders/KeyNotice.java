package pro.keyhaven.monitoring.reminders;

import java.util.UUID;

/** Something the people responsible for a key should hear about. */
public record KeyNotice(UUID keyId, String kind, String title, String body) {}
