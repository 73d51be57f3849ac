package pro.keyhaven.monitoring.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import pro.keyhaven.monitoring.api.UsageBatch;
import pro.keyhaven.monitoring.api.UsageEventBody;
import pro.keyhaven.monitoring.usage.UsageEvent;
import pro.keyhaven.shared.error.ApiException;

/**
 * Checks a usage batch field by field; the first bad value answers 400 naming the event ({@code
 * index}) and the field, so a reporter can fix its code from the message alone.
 */
final class EventValidator {

  private static final Pattern IPV4 =
      Pattern.compile(
          "^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
  private static final Pattern IPV6_CHARS = Pattern.compile("^[0-9a-fA-F:.]{2,45}$");
  private static final Pattern ONE_LINE = Pattern.compile("^[^\\p{Cntrl}]*$");

  static final int MAX_REQUESTS_PER_EVENT = 1_000_000;

  private EventValidator() {}

  static List<UsageEvent> validate(
      UsageBatch batch, int maxEvents, Instant now, Duration maxAge, Duration maxSkew) {
    if (batch == null || batch.events() == null) {
      throw ApiException.validation("EVENTS_REQUIRED", "events is required: {events:[...]}");
    }
    int n = batch.events().size();
    if (n == 0) {
      throw ApiException.validation("EVENTS_REQUIRED", "events must hold at least one event");
    }
    if (n > maxEvents) {
      throw ApiException.validation(
          "BATCH_TOO_LARGE",
          "A batch holds at most " + maxEvents + " events (this one has " + n + ")",
          Map.of("max_events", maxEvents, "events", n));
    }
    List<UsageEvent> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(event(i, batch.events().get(i), now, maxAge, maxSkew));
    }
    return out;
  }

  private static UsageEvent event(
      int i, UsageEventBody e, Instant now, Duration maxAge, Duration maxSkew) {
    if (e == null) {
      throw bad(i, "event", "must be an object");
    }
    if (e.keyId() == null) {
      throw bad(i, "key_id", "is required");
    }
    UUID key;
    try {
      key = UUID.fromString(e.keyId());
    } catch (IllegalArgumentException ex) {
      throw bad(i, "key_id", "must be a UUID");
    }
    if (e.timestamp() == null) {
      throw bad(i, "timestamp", "is required (ISO-8601, e.g. 2026-11-30T14:05:00Z)");
    }
    Instant at;
    try {
      at = java.time.OffsetDateTime.parse(e.timestamp()).toInstant();
    } catch (DateTimeParseException ex) {
      throw bad(i, "timestamp", "must be ISO-8601 with an offset, e.g. 2026-11-30T14:05:00Z");
    }
    if (at.isAfter(now.plus(maxSkew))) {
      throw bad(i, "timestamp", "is in the future");
    }
    if (at.isBefore(now.minus(maxAge))) {
      throw bad(i, "timestamp", "is older than " + maxAge.toDays() + " days");
    }
    if (e.endpoint() != null
        && (e.endpoint().length() > 255 || !ONE_LINE.matcher(e.endpoint()).matches())) {
      throw bad(i, "endpoint", "must be one printable line of at most 255 characters");
    }
    if (e.responseCode() != null && (e.responseCode() < 100 || e.responseCode() > 599)) {
      throw bad(i, "response_code", "must be an HTTP status between 100 and 599");
    }
    int requests = e.requestCount() == null ? 1 : e.requestCount();
    if (requests < 1 || requests > MAX_REQUESTS_PER_EVENT) {
      throw bad(i, "request_count", "must be between 1 and " + MAX_REQUESTS_PER_EVENT);
    }
    int errors;
    if (e.errorCount() != null) {
      errors = e.errorCount();
    } else {
      errors = e.responseCode() != null && e.responseCode() >= 400 ? requests : 0;
    }
    if (errors < 0 || errors > requests) {
      throw bad(i, "error_count", "must be between 0 and request_count (" + requests + ")");
    }
    String ip = e.sourceIp();
    if (ip != null && !isIp(ip)) {
      throw bad(i, "source_ip", "must be an IPv4 or IPv6 address");
    }
    if (e.keyVersion() != null && e.keyVersion() < 1) {
      throw bad(i, "key_version", "must be 1 or more");
    }
    return new UsageEvent(
        key, at, e.endpoint(), e.responseCode(), requests, errors, ip, e.keyVersion());
  }

  static boolean isIp(String ip) {
    if (IPV4.matcher(ip).matches()) {
      return true;
    }
    if (!ip.contains(":") || !IPV6_CHARS.matcher(ip).matches()) {
      return false;
    }
    try {
      // A literal with a colon is parsed, never looked up.
      return InetAddress.getByName(ip) instanceof java.net.Inet6Address
          || InetAddress.getByName(ip) instanceof java.net.Inet4Address;
    } catch (UnknownHostException ex) {
      return false;
    }
  }

  private static ApiException bad(int index, String field, String message) {
    Map<String, Object> details = new HashMap<>();
    details.put("index", index);
    details.put("field", field);
    return ApiException.validation(
        "INVALID_EVENT", "events[" + index + "]." + field + " " + message, details);
  }
}
