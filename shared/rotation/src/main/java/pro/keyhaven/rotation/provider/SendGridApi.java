package pro.keyhaven.rotation.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * SendGrid's API keys API (v3): create with scopes, {@code GET /v3/scopes} with the new key to test
 * it, delete. The creation is never retried; reads and deletions are.
 */
@ApplicationScoped
public class SendGridApi {

  static final String NAME = "SendGrid";

  /** A new API key: SendGrid's id for it and its value. */
  public record ApiKey(String id, String value) {
    @Override
    public String toString() {
      return "ApiKey[" + id + ", <value>]";
    }
  }

  private final ProviderHttp http;
  private final String apiUrl;

  public SendGridApi(
      ProviderHttp http,
      @ConfigProperty(
              name = "keyhaven.rotation.sendgrid.api-url",
              defaultValue = "https://api.sendgrid.com")
          String apiUrl) {
    this.http = http;
    this.apiUrl = Fields.stripSlash(apiUrl);
  }

  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = ProviderUnavailable.class)
  public Uni<ApiKey> create(String adminKey, String name, List<String> scopes) {
    ObjectNode body = ProviderHttp.JSON.createObjectNode().put("name", name);
    scopes.forEach(body.putArray("scopes")::add);
    HttpRequest request =
        http.request(apiUrl + "/v3/api_keys")
            .header("Authorization", "Bearer " + adminKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    return http.send(NAME, request)
        .map(
            r -> {
              JsonNode json = require(r, "create an API key", true);
              String id = json.path("api_key_id").asText("");
              String value = json.path("api_key").asText("");
              if (id.isEmpty() || value.isEmpty()) {
                throw new ProviderFailure("SendGrid answered no key to the create step");
              }
              return new ApiKey(id, value);
            });
  }

  @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = ProviderUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 3000)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = ProviderUnavailable.class)
  public Uni<Void> scopes(String apiKey) {
    HttpRequest request =
        http.request(apiUrl + "/v3/scopes")
            .header("Authorization", "Bearer " + apiKey)
            .GET()
            .build();
    return http.send(NAME, request)
        .map(
            r -> {
              if (!r.ok()) {
                throw new ProviderFailure(
                    "SendGrid does not accept the new key (test: GET /v3/scopes answered "
                        + r.status()
                        + ": "
                        + message(r)
                        + ")");
              }
              return null;
            })
        .replaceWithVoid();
  }

  @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = ProviderUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 3000)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = ProviderUnavailable.class)
  public Uni<Void> delete(String adminKey, String id) {
    HttpRequest request =
        http.request(apiUrl + "/v3/api_keys/" + URLEncoder.encode(id, StandardCharsets.UTF_8))
            .header("Authorization", "Bearer " + adminKey)
            .DELETE()
            .build();
    return http.send(NAME, request)
        .map(
            r -> {
              if (r.status() != 404) {
                require(r, "delete API key " + id, false);
              }
              return null;
            })
        .replaceWithVoid();
  }

  static JsonNode require(ProviderHttp.Response r, String what, boolean creating) {
    if (r.ok()) {
      return r.json();
    }
    String reason = message(r);
    throw new ProviderFailure(
        switch (r.status()) {
          case 401 ->
              "SendGrid refused the connection's API key (401: "
                  + reason
                  + "); connect again with a valid key";
          case 403 ->
              "The connection's API key may not "
                  + what
                  + " (403: "
                  + reason
                  + "); it needs the api_keys scope (API Key Management: full access)";
          case 400 ->
              creating && reason.toLowerCase(java.util.Locale.ROOT).contains("max")
                  ? "SendGrid's limit of API keys is reached (400: "
                      + reason
                      + "); delete keys not in use"
                  : "SendGrid could not " + what + " (400: " + reason + "); check the scopes";
          default -> "SendGrid could not " + what + " (" + r.status() + ": " + reason + ")";
        });
  }

  static String message(ProviderHttp.Response r) {
    JsonNode errors = r.json().path("errors");
    return ProviderHttp.excerpt(
        errors.isArray() && !errors.isEmpty() ? errors.get(0).path("message").asText(null) : null);
  }
}
