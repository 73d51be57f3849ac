package pro.keyhaven.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/** The one error body every endpoint answers with. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiError(
    ErrorType type,
    String code,
    String message,
    Map<String, Object> details,
    Instant timestamp,
    @JsonProperty("request_id") String requestId) {}
