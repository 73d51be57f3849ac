package pro.keyhaven.shared.jobs;

import java.util.Map;

/**
 * The parts of an EventBridge scheduled event a job looks at, read from the raw event map as Lambda
 * hands it over ({@code {"id", "detail-type": "Scheduled Event", "source": "aws.events", "time",
 * "resources": [rule arn], "detail": {}}}).
 */
public record ScheduledEvent(String id, String time, String rule) {

  /** Reads the event; refuses anything that is not a scheduled event. */
  public static ScheduledEvent of(Map<String, Object> raw) {
    if (raw == null
        || !"Scheduled Event".equals(raw.get("detail-type"))
        || !"aws.events".equals(raw.get("source"))) {
      throw new IllegalArgumentException("not an EventBridge scheduled event");
    }
    Object resources = raw.get("resources");
    String rule =
        resources instanceof java.util.List<?> list && !list.isEmpty()
            ? String.valueOf(list.get(0))
            : null;
    return new ScheduledEvent(String.valueOf(raw.get("id")), String.valueOf(raw.get("time")), rule);
  }
}
