package pro.keyhaven.rotation.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The signed webhook a user implements to rotate anything else (docs/rotation.md, "Signed
 * webhook"): a JSON POST per step, signed with HMAC-SHA256 over {@code <timestamp>.<body>} with the
 * connection's signing secret in the {@code KeyHaven-Signature} header. The creation is never
 * retried; the test and revoke calls are. There is no circuit breaker: every connection names its
 * own endpoint, and one user's broken endpoint must not pause another's.
 */
@ApplicationScoped
public class WebhookApi {

  static final String NAME = "The webhook endpoint";
  public static final String SIGNATURE_HEADER = "KeyHaven-Signature";
  public static final String DELIVERY_HEADER = "KeyHaven-Delivery";

  /** The endpoint's answer to create: the new value and its name for it. */
  public record Created(String value, String ref) {
    @Override
    public String toString() {
      return "Created[" + ref + ", <value>]";
    }
  }

  private final ProviderHttp http;
  private final Clock clock;

  public WebhookApi(ProviderHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  public Uni<Created> create(
      String url, String secret, Map<String, String> target, String currentRef) {
    ObjectNode body = body("create", target);
    body.put("current_ref", currentRef);
    return post(url, secret, body, "create")
        .map(
            json -> {
              String value = json.path("value").asText("");
              String ref = json.path("ref").asText("");
              if (value.isEmpty() || ref.isEmpty() || ref.length() > 200) {
                throw new ProviderFailure(
                    "The webhook endpoint's answer to create must be JSON {\"value\", \"ref\"} (a"
                        + " ref of 200 characters at most)");
              }
              return new Created(value, ref);
            });
  }

  @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = ProviderUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 3000)
  public Uni<Void> test(String url, String secret, Map<String, String> target, String ref) {
    ObjectNode body = body("test", target);
    body.put("ref", ref);
    return post(url, secret, body, "test").replaceWithVoid();
  }

  /** A GET of the user's test URL with the new value as a bearer token: 2xx means it works. */
  @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = ProviderUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 3000)
  public Uni<Void> testUrl(String testUrl, String value) {
    HttpRequest request =
        http.request(testUrl).header("Authorization", "Bearer " + value).GET().build();
    return http.send("The test URL", request)
        .map(
            r -> {
              if (!r.ok()) {
                throw new ProviderFailure(
                    "The test URL does not accept the new value (test: GET answered "
                        + r.status()
                        + ")");
              }
              return null;
            })
        .replaceWithVoid();
  }

  @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = ProviderUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 3000)
  public Uni<Void> revoke(String url, String secret, Map<String, String> target, String ref) {
    ObjectNode body = body("revoke", target);
    body.put("ref", ref);
    return post(url, secret, body, "revoke").replaceWithVoid();
  }

  private static ObjectNode body(String action, Map<String, String> target) {
    ObjectNode body = ProviderHttp.JSON.createObjectNode();
    body.put("action", action);
    ObjectNode t = body.putObject("target");
    target.forEach(t::put);
    return body;
  }

  private Uni<JsonNode> post(String url, String secret, ObjectNode body, String step) {
    String json = body.toString();
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        http.request(url)
            .header("Content-Type", "application/json")
            .header(DELIVERY_HEADER, UUID.randomUUID().toString())
            .header(SIGNATURE_HEADER, "t=" + timestamp + ",v1=" + sign(secret, timestamp, json))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(NAME, request)
        .map(
            r -> {
              if (r.ok()) {
                return r.json();
              }
              if (r.status() == 404 && "revoke".equals(step)) {
                // Gone already: what a revocation wants.
                return r.json();
              }
              String reason = ProviderHttp.excerpt(r.json().path("error").asText(null));
              throw new ProviderFailure(
                  switch (r.status()) {
                    case 401, 403 ->
                        "The webhook endpoint refused the "
                            + step
                            + " step ("
                            + r.status()
                            + ": "
                            + reason
                            + "); check that it verifies the KeyHaven-Signature header with"
                            + " this connection's signing secret";
                    default ->
                        r.status() >= 300 && r.status() < 400
                            ? "The webhook endpoint answered a redirect ("
                                + r.status()
                                + ") to the "
                                + step
                                + " step; KeyHaven does not follow redirects, give the final URL"
                            : "The webhook endpoint refused the "
                                + step
                                + " step ("
                                + r.status()
                                + ": "
                                + reason
                                + ")";
                  });
            });
  }

  /** Lower-case hex HMAC-SHA256 of {@code <timestamp>.<body>} with the signing secret. */
  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
