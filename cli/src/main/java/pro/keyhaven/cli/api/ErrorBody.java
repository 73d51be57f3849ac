package pro.keyhaven.cli.api;

import java.util.Map;

/** The server's {@code APIError} body, as far as the command line reads it. */
public record ErrorBody(
    String type, String code, String message, Map<String, Object> details, String requestId) {}
