package pro.keyhaven.monitoring.api;

/**
 * One reported use, as sent. Fields stay strings and boxed numbers here so that every bad value
 * gets its own clear message from the service, naming the event and the field.
 *
 * @param keyVersion optional: the version of the key's value the reporter used (an addition to the
 *     contract, used to detect use of a rotated-away value)
 */
public record UsageEventBody(
    String keyId,
    String timestamp,
    String endpoint,
    Integer responseCode,
    Integer requestCount,
    Integer errorCount,
    String sourceIp,
    Integer keyVersion) {}
