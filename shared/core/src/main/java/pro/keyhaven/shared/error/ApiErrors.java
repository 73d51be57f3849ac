package pro.keyhaven.shared.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Builds the {@link ApiError} answer, for JAX-RS responses and for raw Vert.x responses. */
public final class ApiErrors {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private ApiErrors() {}

  public static ApiError body(ApiException e, String requestId) {
    return new ApiError(
        e.type(),
        e.code(),
        e.getMessage(),
        e.details(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        requestId);
  }

  public static Response response(ApiException e, String requestId) {
    Response.ResponseBuilder builder =
        Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(body(e, requestId));
    if (e.retryAfterSeconds() != null) {
      builder.header("Retry-After", e.retryAfterSeconds());
    }
    return builder.build();
  }

  /** Writes the error straight to a Vert.x response (for answers given outside JAX-RS). */
  public static void write(HttpServerResponse response, ApiException e, String requestId) {
    if (response.ended() || response.headWritten()) {
      return;
    }
    try {
      response.setStatusCode(e.status()).putHeader("Content-Type", MediaType.APPLICATION_JSON);
      if (e.retryAfterSeconds() != null) {
        response.putHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
      }
      response.end(JSON.writeValueAsString(body(e, requestId)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
      response.setStatusCode(500).end();
    }
  }
}
