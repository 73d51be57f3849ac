package pro.keyhaven.rotation.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Twilio's REST API (2010-04-01) for API keys: create (form-encoded, HTTP basic auth with the
 * account SID and auth token), fetch the account with the new key to test it, delete. The creation
 * is never retried; reads and deletions are.
 */
@ApplicationScoped
public class TwilioApi {

  static final String NAME = "Twilio";

  /** A new API key: its SID and secret. */
  public record ApiKey(String sid, String secret) {
    @Override
    public String toString() {
      return "ApiKey[" + sid + ", <secret>]";
    }
  }

  private final ProviderHttp http;
  private final String apiUrl;

  public TwilioApi(
      ProviderHttp http,
      @ConfigProperty(
              name = "keyhaven.rotation.twilio.api-url",
              defaultValue = "https://api.twilio.com")
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
  public Uni<ApiKey> create(String accountSid, String authToken, String friendlyName) {
    HttpRequest request =
        http.request(account(accountSid) + "/Keys.json")
            .header("Authorization", basic(accountSid, authToken))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("FriendlyName=" + encode(friendlyName)))
            .build();
    return http.send(NAME, request)
        .map(
            r -> {
              JsonNode json = require(r, "create an API key");
              String sid = json.path("sid").asText("");
              String secret = json.path("secret").asText("");
              if (sid.isEmpty() || secret.isEmpty()) {
                throw new ProviderFailure("Twilio answered no key to the create step");
              }
              return new ApiKey(sid, secret);
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
  public Uni<Void> fetchAccount(String accountSid, String keySid, String secret) {
    HttpRequest request =
        http.request(account(accountSid) + ".json")
            .header("Authorization", basic(keySid, secret))
            .GET()
            .build();
    return http.send(NAME, request)
        .map(
            r -> {
              if (!r.ok()) {
                throw new ProviderFailure(
                    "Twilio does not accept the new key (test: fetching the account answered "
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
  public Uni<Void> delete(String accountSid, String authToken, String keySid) {
    HttpRequest request =
        http.request(account(accountSid) + "/Keys/" + encode(keySid) + ".json")
            .header("Authorization", basic(accountSid, authToken))
            .DELETE()
            .build();
    return http.send(NAME, request)
        .map(
            r -> {
              if (r.status() != 404) {
                require(r, "delete API key " + keySid);
              }
              return null;
            })
        .replaceWithVoid();
  }

  private String account(String accountSid) {
    return apiUrl + "/2010-04-01/Accounts/" + encode(accountSid);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonNode require(ProviderHttp.Response r, String what) {
    if (r.ok()) {
      return r.json();
    }
    String reason = message(r);
    throw new ProviderFailure(
        switch (r.status()) {
          case 401 ->
              "Twilio refused the account SID and auth token (401: "
                  + reason
                  + "); connect again with valid ones";
          case 403 ->
              "The connection's credential may not "
                  + what
                  + " (403: "
                  + reason
                  + "); use the account's auth token or a main API key";
          default -> "Twilio could not " + what + " (" + r.status() + ": " + reason + ")";
        });
  }

  static String message(ProviderHttp.Response r) {
    JsonNode json = r.json();
    String m = json.path("message").asText(null);
    return ProviderHttp.excerpt(
        m == null ? null : json.has("code") ? m + " [" + json.path("code").asText() + "]" : m);
  }
}
