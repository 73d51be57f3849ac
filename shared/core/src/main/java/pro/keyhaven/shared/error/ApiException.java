package pro.keyhaven.shared.error;

import java.util.Map;

/**
 * A failure the caller should see: carries the HTTP status, the {@link ErrorType}, a stable
 * machine-readable code and a message that is safe to show. Never put a secret in any of them.
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final ErrorType type;
  private final String code;
  private final Map<String, Object> details;
  private final Long retryAfterSeconds;

  public ApiException(
      int status,
      ErrorType type,
      String code,
      String message,
      Map<String, Object> details,
      Long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public ApiException(int status, ErrorType type, String code, String message) {
    this(status, type, code, message, null, null);
  }

  public static ApiException validation(String code, String message) {
    return new ApiException(400, ErrorType.VALIDATION, code, message);
  }

  public static ApiException validation(String code, String message, Map<String, Object> details) {
    return new ApiException(400, ErrorType.VALIDATION, code, message, details, null);
  }

  public static ApiException unauthorized(String message) {
    return new ApiException(401, ErrorType.AUTHENTICATION, "UNAUTHORIZED", message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, ErrorType.AUTHORIZATION, "FORBIDDEN", message);
  }

  /**
   * 403 {@code TEAM_REQUIRES_TWO_STEP}: the team requires two-step sign-in and the caller has none
   * on; the member sees the team's keys again once a second factor is on.
   */
  public static ApiException teamRequiresTwoStep() {
    return new ApiException(
        403,
        ErrorType.AUTHORIZATION,
        "TEAM_REQUIRES_TWO_STEP",
        "This team requires two-step sign-in: turn it on in Settings to see the team's keys");
  }

  /** 404 for anything the caller may not see: the answer never depends on whether it exists. */
  public static ApiException notFound(String what) {
    return new ApiException(404, ErrorType.NOT_FOUND, "NOT_FOUND", what + " not found");
  }

  public static ApiException conflict(String code, String message) {
    return new ApiException(409, ErrorType.CONFLICT, code, message);
  }

  public static ApiException preconditionFailed(long currentVersion) {
    return new ApiException(
        412,
        ErrorType.CONFLICT,
        "VERSION_MISMATCH",
        "The resource changed since you read it; reload and try again",
        Map.of("current_version", currentVersion),
        null);
  }

  public static ApiException rateLimited(long retryAfterSeconds) {
    return new ApiException(
        429,
        ErrorType.RATE_LIMIT,
        "RATE_LIMITED",
        "Too many requests; retry after " + retryAfterSeconds + " s",
        Map.of("retry_after_seconds", retryAfterSeconds),
        retryAfterSeconds);
  }

  /** A plan limit: 402 naming the plan that lifts it (docs/api.md, billing). */
  public static ApiException planLimit(String message, String requiredPlan) {
    return new ApiException(
        402,
        ErrorType.VALIDATION,
        "PLAN_LIMIT",
        message,
        Map.of("required_plan", requiredPlan),
        null);
  }

  public int status() {
    return status;
  }

  public ErrorType type() {
    return type;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }

  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
