package pro.keyhaven.shared.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON of the HTTP API: snake_case names, ISO-8601 instants, and unknown fields refused (a
 * client cannot slip in {@code user_id} or {@code version}). Only REST bodies use it; the Lambda
 * integration keeps the platform mapper, whose names are AWS's.
 */
@Provider
public class ApiObjectMapper implements ContextResolver<ObjectMapper> {

  private final ObjectMapper api;

  public ApiObjectMapper(ObjectMapper platform) {
    this.api =
        platform
            .copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return api;
  }
}
