package pro.keyhaven.monitoring.reminders;

/**
 * What one rotation-job run did.
 *
 * @param rotationReminders keys reminded of a due (or soon due) rotation
 * @param expiryReminders keys reminded of their expiry
 * @param notifications notifications written
 * @param more whether reminders were left for the next run
 */
public record ReminderReport(
    int rotationReminders, int expiryReminders, int notifications, boolean more) {}
