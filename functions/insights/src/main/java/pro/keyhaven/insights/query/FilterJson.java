package pro.keyhaven.insights.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Set;

/**
 * Reads a {@link KeyFilter} from JSON strictly: snake_case fields of the filter only (anything
 * else, such as {@code key_ids} or {@code user_id}, refuses the whole filter), no type coercion,
 * ISO dates, known environments, health 0..101, tags of at most 20 short names. What an LLM answers
 * goes through here; so do the expected filters of the evaluation set.
 */
public final class FilterJson {

  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  private static final Set<String> ENVIRONMENTS = Set.of("development", "staging", "production");

  /** A filter that broke a rule. */
  public static final class Invalid extends Exception {
    public Invalid(String message) {
      super(message);
    }
  }

  private FilterJson() {}

  public static KeyFilter read(String json) throws Invalid {
    try {
      return read(STRICT.readTree(json));
    } catch (JsonProcessingException e) {
      throw new Invalid("not JSON");
    }
  }

  public static KeyFilter read(JsonNode node) throws Invalid {
    if (node == null || !node.isObject()) {
      throw new Invalid("not an object");
    }
    KeyFilter f;
    try {
      f = STRICT.treeToValue(node, KeyFilter.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new Invalid("not a filter: " + e.getClass().getSimpleName());
    }
    if (f.environment() != null && !ENVIRONMENTS.contains(f.environment())) {
      throw new Invalid("unknown environment");
    }
    if (f.service() != null && !f.service().matches("[a-z0-9 ._-]{1,100}")) {
      throw new Invalid("bad service");
    }
    if (f.team() != null && f.team().length() > 100) {
      throw new Invalid("bad team");
    }
    if (f.tags().size() > 20 || f.tags().stream().anyMatch(t -> t.isBlank() || t.length() > 100)) {
      throw new Invalid("bad tags");
    }
    if (outOfRange(f.healthBelow()) || outOfRange(f.healthAtLeast())) {
      throw new Invalid("bad health");
    }
    return f;
  }

  private static boolean outOfRange(Integer v) {
    return v != null && (v < 0 || v > 101);
  }

  public static String write(KeyFilter f) {
    try {
      return STRICT.writeValueAsString(f);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
