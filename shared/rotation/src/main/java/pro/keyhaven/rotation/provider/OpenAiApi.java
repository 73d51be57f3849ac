package pro.keyhaven.rotation.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * OpenAI's Administration API for project service accounts (an admin key, {@code sk-admin-...}),
 * and {@code GET /v1/models} to test a new key. The creation is never retried (it would make a
 * second account); reads and deletions are. One circuit breaker per call stops asking an OpenAI
 * that keeps failing.
 */
@ApplicationScoped
public class OpenAiApi {

  static final String NAME = "OpenAI";

  /** A new service account and its key. */
  public record ServiceAccount(String id, String apiKey) {
    @Override
    public String toString() {
      return "ServiceAccount[" + id + ", <key>]";
    }
  }

  private final ProviderHttp http;
  private final String apiUrl;

  public OpenAiApi(
      ProviderHttp http,
      @ConfigProperty(
              name = "keyhaven.rotation.openai.api-url",
              defaultValue = "https://api.openai.com")
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
  public Uni<ServiceAccount> createServiceAccount(String adminKey, String projectId, String name) {
    String body = ProviderHttp.JSON.createObjectNode().put("name", name).toString();
    HttpRequest request =
        http.request(accounts(projectId))
            .header("Authorization", "Bearer " + adminKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(NAME, request)
        .map(
            r -> {
              JsonNode json = require(r, "create a service account in project " + projectId);
              String id = json.path("id").asText("");
              String key = json.path("api_key").path("value").asText("");
              if (id.isEmpty() || key.isEmpty()) {
                throw new ProviderFailure(
                    "OpenAI made a service account but answered no key for it (create)");
              }
              return new ServiceAccount(id, key);
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
  public Uni<Void> listModels(String apiKey) {
    HttpRequest request =
        http.request(apiUrl + "/v1/models")
            .header("Authorization", "Bearer " + apiKey)
            .GET()
            .build();
    return http.send(NAME, request)
        .map(
            r -> {
              if (r.status() == 401 || r.status() == 403) {
                throw new ProviderFailure(
                    "OpenAI does not accept the new key (test: GET /v1/models answered "
                        + r.status()
                        + ": "
                        + message(r)
                        + ")");
              }
              require(r, "list models with the new key (test)");
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
  public Uni<Void> deleteServiceAccount(String adminKey, String projectId, String accountId) {
    HttpRequest request =
        http.request(accounts(projectId) + "/" + encode(accountId))
            .header("Authorization", "Bearer " + adminKey)
            .DELETE()
            .build();
    return http.send(NAME, request)
        .map(
            r -> {
              if (r.status() != 404) {
                // 404: it is gone already, which is what a revocation wants.
                require(r, "delete service account " + accountId);
              }
              return null;
            })
        .replaceWithVoid();
  }

  private String accounts(String projectId) {
    return apiUrl + "/v1/organization/projects/" + encode(projectId) + "/service_accounts";
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The answer's JSON when it is 2xx; otherwise a failure a person can act on. */
  static JsonNode require(ProviderHttp.Response r, String what) {
    if (r.ok()) {
      return r.json();
    }
    String reason = message(r);
    throw new ProviderFailure(
        switch (r.status()) {
          case 401 ->
              "OpenAI refused the admin key (401: "
                  + reason
                  + "); connect again with a valid"
                  + " admin key";
          case 403 ->
              "The admin key may not "
                  + what
                  + " (403: "
                  + reason
                  + "); it needs the"
                  + " organization Owner role";
          case 404 ->
              "OpenAI found nothing to " + what + " (404: " + reason + "); check the project id";
          default -> "OpenAI could not " + what + " (" + r.status() + ": " + reason + ")";
        });
  }

  static String message(ProviderHttp.Response r) {
    return ProviderHttp.excerpt(r.json().path("error").path("message").asText(null));
  }
}
