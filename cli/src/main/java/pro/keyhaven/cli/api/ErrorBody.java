package pro.keyhaven.cli.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/** The server's {@code APIError} body, as far as the command line reads it. */
@RegisterForReflection
public record ErrorBody(
    String type, String code, String message, Map<String, Object> details, String requestId) {}
