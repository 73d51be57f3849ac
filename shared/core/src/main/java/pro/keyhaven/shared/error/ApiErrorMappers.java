package pro.keyhaven.shared.error;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import pro.keyhaven.shared.http.RequestIds;

/**
 * Turns every exception that leaves a resource into the {@link ApiError} body, through {@link
 * ErrorMapping}. Unexpected failures are logged with the request id and answered without internals.
 */
public class ApiErrorMappers {

  private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class);

  @ServerExceptionMapper(priority = 1)
  public Response api(ApiException e, HttpServerRequest request) {
    return ApiErrors.response(e, RequestIds.of(request));
  }

  @ServerExceptionMapper(priority = 1)
  public Response violations(ConstraintViolationException e, HttpServerRequest request) {
    return handle(e, request);
  }

  @ServerExceptionMapper(
      priority = 1,
      value = io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException.class)
  public Response restViolations(ConstraintViolationException e, HttpServerRequest request) {
    return handle(e, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response json(JacksonException e, HttpServerRequest request) {
    return handle(e, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response jsonShape(MismatchedInputException e, HttpServerRequest request) {
    return handle(e, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response authFailed(AuthenticationFailedException e, HttpServerRequest request) {
    return handle(e, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
    return handle(e, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response forbidden(ForbiddenException e, HttpServerRequest request) {
    return handle(e, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response web(WebApplicationException e, HttpServerRequest request) {
    return handle(e, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unexpected(Throwable e, HttpServerRequest request) {
    return handle(e, request);
  }

  private Response handle(Throwable e, HttpServerRequest request) {
    String requestId = RequestIds.of(request);
    ApiException mapped = ErrorMapping.map(e);
    if (mapped != null && mapped.status() == 503) {
      // A store is down or its disk is full: one line, not a stack trace per request while it is.
      LOG.warnf("Answered 503 %s [request_id=%s]: %s", mapped.code(), requestId, rootCause(e));
    } else if (mapped == null || mapped.status() >= 500) {
      LOG.errorf(e, "Unhandled failure [request_id=%s]", requestId);
      mapped = ErrorMapping.internal();
    } else if (LOG.isDebugEnabled()) {
      // Client errors are the client's business; the cause helps when debugging a client.
      LOG.debugf(
          "Refused with %d %s [request_id=%s]: %s",
          mapped.status(), mapped.code(), requestId, e.getMessage());
    }
    return ApiErrors.response(mapped, requestId);
  }

  static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
