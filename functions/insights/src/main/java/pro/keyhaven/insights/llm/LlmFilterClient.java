package pro.keyhaven.insights.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import pro.keyhaven.insights.query.FilterJson;
import pro.keyhaven.insights.query.KeyFilter;
import pro.keyhaven.insights.query.QuestionParser;

/**
 * Asks an OpenAI-compatible chat completions endpoint for the {@link KeyFilter} of a question, as a
 * JSON object, and validates it strictly ({@link FilterJson}). The request carries the question,
 * today's date and the caller's own vocabulary (the service, team and tag names of the keys the
 * caller may see) — metadata only: never a key's name, value, ciphertext, iv or id, and nothing of
 * another account. Any failure (no endpoint, HTTP error, timeout, malformed or invalid filter)
 * fails the {@code Uni}; the caller then answers with the parser.
 */
@ApplicationScoped
public class LlmFilterClient {

  static final String SYSTEM =
      """
      You turn a question about the user's API keys into a JSON filter over key metadata.
      Answer with one JSON object and nothing else. Allowed fields (leave out what the question
      does not ask for): environment ("development"|"staging"|"production"), service (lower-case
      name), tags (array of tag names, all must match), team (team name), created_before,
      created_after, expires_before (expiring before this day, not yet expired), expires_after,
      unused_since (no use on or after this day) as YYYY-MM-DD dates, expired (true),
      no_expiry (true), exposed (true|false), health_below, health_at_least (integers 0..100).
      Use only the names listed under "known" for service, team and tags when they fit.
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LlmConfig config;
  private final HttpClient http;

  public LlmFilterClient(LlmConfig config) {
    this.config = config;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** Whether an endpoint is configured. */
  public boolean configured() {
    return config.baseUrl().filter(u -> !u.isBlank()).isPresent();
  }

  /** The request body for a question (package-visible so a test can read what leaves). */
  String body(String question, LocalDate today, QuestionParser.Vocabulary vocab) {
    ObjectNode user = JSON.createObjectNode();
    user.put("question", question);
    user.put("today", today.toString());
    ObjectNode known = user.putObject("known");
    known.putPOJO("services", new TreeSet<>(vocab.services()));
    known.putPOJO("teams", new TreeSet<>(vocab.teams()));
    known.putPOJO("tags", new TreeSet<>(vocab.tags()));
    ObjectNode body = JSON.createObjectNode();
    body.put("model", config.model());
    body.put("temperature", 0);
    body.putObject("response_format").put("type", "json_object");
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", SYSTEM);
    try {
      messages.addObject().put("role", "user").put("content", JSON.writeValueAsString(user));
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 1, delay = 200, retryOn = IOException.class)
  @ExponentialBackoff(factor = 2, maxDelay = 1000)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.8,
      delay = 30_000,
      skipOn = LlmFilterClient.InvalidFilter.class)
  public Uni<KeyFilter> ask(String question, LocalDate today, QuestionParser.Vocabulary vocab) {
    String base =
        config.baseUrl().filter(u -> !u.isBlank()).orElseThrow(() -> new IllegalStateException());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/chat/completions"))
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(question, today, vocab)));
    config
        .apiKey()
        .filter(k -> !k.isBlank())
        .ifPresent(k -> request.header("Authorization", "Bearer " + k));
    return Uni.createFrom()
        .completionStage(
            () -> http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()))
        .map(
            response -> {
              if (response.statusCode() != 200) {
                throw new IllegalStateException("LLM answered HTTP " + response.statusCode());
              }
              return filter(response.body());
            });
  }

  /** The filter inside a chat completion answer; throws when there is none or it is invalid. */
  static KeyFilter filter(String completion) {
    try {
      JsonNode root = JSON.readTree(completion);
      JsonNode content = root.path("choices").path(0).path("message").path("content");
      if (!content.isTextual()) {
        throw new IllegalStateException("no message content");
      }
      String text = content.asText().trim();
      if (text.startsWith("```")) {
        text = text.replaceAll("^```(?:json)?\\s*", "").replaceAll("\\s*```$", "");
      }
      if (text.length() > 4000) {
        throw new IllegalStateException("answer too long");
      }
      return FilterJson.read(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON");
    } catch (FilterJson.Invalid e) {
      throw new InvalidFilter(e.getMessage());
    }
  }

  /** The model answered, but not with a valid filter (not held against the endpoint). */
  public static final class InvalidFilter extends RuntimeException {
    InvalidFilter(String message) {
      super(message);
    }
  }
}
