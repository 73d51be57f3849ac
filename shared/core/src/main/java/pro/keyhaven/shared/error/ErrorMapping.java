package pro.keyhaven.shared.error;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one table from exception to API error. The first entry whose class matches wins, so more
 * specific classes come first. Anything not in the table is an internal error.
 */
public final class ErrorMapping {

  private static final Map<Class<? extends Throwable>, Function<Throwable, ApiException>> TABLE =
      new LinkedHashMap<>();

  static {
    TABLE.put(ApiException.class, t -> (ApiException) t);
    TABLE.put(
        ConstraintViolationException.class, t -> fromViolations((ConstraintViolationException) t));
    TABLE.put(
        UnrecognizedPropertyException.class,
        t ->
            ApiException.validation(
                "UNKNOWN_FIELD",
                "Unknown field in request body",
                Map.of("field", ((UnrecognizedPropertyException) t).getPropertyName())));
    TABLE.put(
        InvalidFormatException.class,
        t ->
            ApiException.validation(
                "INVALID_FIELD",
                "A field has the wrong type or format",
                fieldDetail((MismatchedInputException) t)));
    TABLE.put(
        MismatchedInputException.class,
        t ->
            ApiException.validation(
                "INVALID_BODY",
                "The request body does not have the expected shape",
                fieldDetail((MismatchedInputException) t)));
    TABLE.put(
        JacksonException.class,
        t -> ApiException.validation("MALFORMED_JSON", "The request body is not valid JSON"));
    // Jackson's encoding detection (a body starting "{\0\0\0" reads as UTF-32) fails with this
    // plain IOException, not a JacksonException (found by Jazzer, InputFuzzTests).
    TABLE.put(
        java.io.CharConversionException.class,
        t -> ApiException.validation("MALFORMED_JSON", "The request body is not valid JSON"));
    TABLE.put(
        AuthenticationFailedException.class,
        t -> ApiException.unauthorized("Missing or invalid access token"));
    TABLE.put(
        UnauthorizedException.class,
        t -> ApiException.unauthorized("Missing or invalid access token"));
    TABLE.put(
        ForbiddenException.class,
        t -> ApiException.forbidden("Your role does not allow this action"));
    TABLE.put(
        NotAllowedException.class,
        t ->
            new ApiException(
                405,
                ErrorType.VALIDATION,
                "METHOD_NOT_ALLOWED",
                "Method not allowed on this path"));
    TABLE.put(
        NotSupportedException.class,
        t ->
            new ApiException(
                415,
                ErrorType.VALIDATION,
                "UNSUPPORTED_MEDIA_TYPE",
                "Send the request body as application/json"));
    // A store the request needs (PostgreSQL, Redis) cannot be reached: a temporary condition.
    // Refused, reset or broken connections (ConnectException is one).
    TABLE.put(java.net.SocketException.class, t -> unavailable());
    TABLE.put(java.nio.channels.ClosedChannelException.class, t -> unavailable());
    TABLE.put(io.vertx.sqlclient.ClosedConnectionException.class, t -> unavailable());
    TABLE.put(io.vertx.core.http.ConnectionPoolTooBusyException.class, t -> unavailable());
    TABLE.put(
        io.vertx.sqlclient.DatabaseException.class,
        t -> databaseState(((io.vertx.sqlclient.DatabaseException) t).getSqlState()));
    // Hibernate Reactive turns the client's DatabaseException into a JDBC SQLException (inside its
    // own JDBCException) that keeps only the message and the SQLSTATE.
    TABLE.put(
        java.sql.SQLException.class, t -> databaseState(((java.sql.SQLException) t).getSQLState()));
    TABLE.put(
        WebApplicationException.class,
        t -> fromStatus(((WebApplicationException) t).getResponse().getStatus()));
  }

  private ErrorMapping() {}

  /** The API error for any throwable, or {@code null} when it is an unexpected internal error. */
  public static ApiException map(Throwable failure) {
    if (failure instanceof WebApplicationException && failure.getCause() != null) {
      // The REST layer wraps body-reading failures; the cause says what was wrong.
      ApiException fromCause = map(failure.getCause());
      if (fromCause != null) {
        return fromCause;
      }
    }
    if (isConnectionLoss(failure)) {
      return unavailable();
    }
    for (var entry : TABLE.entrySet()) {
      if (entry.getKey().isInstance(failure)) {
        ApiException mapped = entry.getValue().apply(failure);
        if (mapped != null) {
          return mapped;
        }
        break;
      }
    }
    if (failure.getCause() != null && failure.getCause() != failure) {
      // Frameworks wrap; a known cause (e.g. a JSON error inside a processing exception) still
      // counts.
      return map(failure.getCause());
    }
    return null;
  }

  /** The API error that stands for a bare HTTP status (framework answers without an exception). */
  public static ApiException fromStatus(int status) {
    return switch (status) {
      case 400 -> ApiException.validation("BAD_REQUEST", "The request is not valid");
      case 401 -> ApiException.unauthorized("Missing or invalid access token");
      case 403 -> ApiException.forbidden("Your role does not allow this action");
      case 404 -> new ApiException(404, ErrorType.NOT_FOUND, "NOT_FOUND", "No such resource");
      case 405 ->
          new ApiException(
              405, ErrorType.VALIDATION, "METHOD_NOT_ALLOWED", "Method not allowed on this path");
      case 406 ->
          new ApiException(406, ErrorType.VALIDATION, "NOT_ACCEPTABLE", "This API answers JSON");
      case 413 -> payloadTooLarge();
      case 414 -> uriTooLong();
      case 431 -> headersTooLarge();
      case 415 ->
          new ApiException(
              415,
              ErrorType.VALIDATION,
              "UNSUPPORTED_MEDIA_TYPE",
              "Send the request body as application/json");
      case 429 -> ApiException.rateLimited(1);
      default ->
          status >= 500
              ? internal()
              : new ApiException(status, ErrorType.VALIDATION, "HTTP_" + status, "Request refused");
    };
  }

  public static ApiException payloadTooLarge() {
    return new ApiException(
        413, ErrorType.VALIDATION, "PAYLOAD_TOO_LARGE", "The request body is too large");
  }

  public static ApiException uriTooLong() {
    return new ApiException(
        414, ErrorType.VALIDATION, "URI_TOO_LONG", "The request's path and query are too long");
  }

  public static ApiException headersTooLarge() {
    return new ApiException(
        431, ErrorType.VALIDATION, "HEADERS_TOO_LARGE", "The request's headers are too large");
  }

  public static ApiException lengthRequired() {
    return new ApiException(
        411,
        ErrorType.VALIDATION,
        "LENGTH_REQUIRED",
        "Send the request body with a Content-Length header; chunked bodies are not accepted");
  }

  public static ApiException originRequired() {
    return new ApiException(
        403,
        ErrorType.AUTHORIZATION,
        "ORIGIN_REQUIRED",
        "Call KeyHaven through its public address; this address accepts no direct requests");
  }

  /** Seconds a client is told to wait while a store is unreachable. */
  public static final long UNAVAILABLE_RETRY_SECONDS = 5;

  /**
   * 503 with {@code Retry-After}: the database or Redis cannot be reached right now. A write that
   * lost its connection may or may not have been committed; sending it again (same id) is safe.
   */
  public static ApiException unavailable() {
    return new ApiException(
        503,
        ErrorType.INTERNAL_SERVER,
        "SERVICE_UNAVAILABLE",
        "A store the service needs is briefly unreachable; retry after Retry-After seconds",
        Map.of("retry_after_seconds", UNAVAILABLE_RETRY_SECONDS),
        UNAVAILABLE_RETRY_SECONDS);
  }

  /** Seconds a client is told to wait while the database's disk is full. */
  public static final long STORAGE_FULL_RETRY_SECONDS = 30;

  /**
   * 503 with {@code Retry-After}: the database could not write because its disk is full (PostgreSQL
   * {@code 53100 disk_full}). Nothing was written; the request may be sent again once space is
   * freed.
   */
  public static ApiException storageFull() {
    return new ApiException(
        503,
        ErrorType.INTERNAL_SERVER,
        "STORAGE_FULL",
        "The database's disk is full, so nothing was saved; free disk space, then retry",
        Map.of("retry_after_seconds", STORAGE_FULL_RETRY_SECONDS),
        STORAGE_FULL_RETRY_SECONDS);
  }

  /**
   * Failures the Vert.x clients raise as bare exceptions (no class of their own) when their
   * connection goes away under a request.
   */
  private static boolean isConnectionLoss(Throwable t) {
    String type = t.getClass().getName();
    if (type.equals("io.vertx.redis.client.impl.RedisConnectException")
        || type.equals("io.netty.channel.unix.Errors$NativeIoException")) {
      return true;
    }
    String message = t.getMessage();
    // The Redis client ends pending commands with an error reply named CONNECTION_CLOSED.
    if (type.startsWith("io.vertx.redis.") && "CONNECTION_CLOSED".equals(message)) {
      return true;
    }
    // A socket the peer reset or closed, as the JDK's NIO transport reports it.
    if (t instanceof java.io.IOException
        && message != null
        && (message.startsWith("Connection reset") || message.equals("Broken pipe"))) {
      return true;
    }
    if (!(t instanceof io.vertx.core.VertxException
        || t instanceof io.vertx.core.impl.NoStackTraceThrowable)) {
      return false;
    }
    String m = t.getMessage();
    return m != null
        && (m.equals("Connection closed")
            || m.equals("Connection is closed")
            || m.equals("Connection was closed")
            || m.equals("Client is closed")
            || m.equals("Pool closed")
            || m.startsWith("Connection refused"));
  }

  /**
   * PostgreSQL's own answers that mean "not now": connection exceptions (08), shutting down or
   * starting up (57P01-57P03), too many connections (53300); and a full disk (53100), which needs
   * someone to free space first.
   */
  private static ApiException databaseState(String state) {
    if ("53100".equals(state)) {
      return storageFull();
    }
    if (state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03")
            || state.equals("53300"))) {
      return unavailable();
    }
    return null;
  }

  public static ApiException internal() {
    return new ApiException(
        500,
        ErrorType.INTERNAL_SERVER,
        "INTERNAL_ERROR",
        "Something went wrong on our side; quote the request id if you contact us");
  }

  private static ApiException fromViolations(ConstraintViolationException e) {
    List<Map<String, String>> fields = new ArrayList<>();
    boolean returnValue = false;
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      String field = null;
      for (Path.Node node : v.getPropertyPath()) {
        if (node.getKind() == ElementKind.RETURN_VALUE) {
          returnValue = true;
        }
        if (node.getKind() == ElementKind.PROPERTY
            || node.getKind() == ElementKind.PARAMETER
            || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
          field = field == null || node.getKind() == ElementKind.PROPERTY ? node.getName() : field;
        }
      }
      fields.add(Map.of("field", field == null ? "body" : snake(field), "message", v.getMessage()));
    }
    if (returnValue) {
      return internal();
    }
    fields.sort((a, b) -> a.get("field").compareTo(b.get("field")));
    return ApiException.validation(
        "VALIDATION_FAILED", "One or more fields are invalid", Map.of("fields", fields));
  }

  private static Map<String, Object> fieldDetail(MismatchedInputException e) {
    StringBuilder path = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : Map.of("field", path.toString());
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
