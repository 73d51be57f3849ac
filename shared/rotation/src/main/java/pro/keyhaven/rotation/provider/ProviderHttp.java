package pro.keyhaven.rotation.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import pro.keyhaven.shared.error.ApiException;

/**
 * The wire to the HTTP providers: one request, its answer. Credentials go only into the headers or
 * body of the request they authorise; nothing here logs. Network errors, timeouts ({@code
 * keyhaven.rotation.http-timeout}), 429 and 5xx become {@link ProviderUnavailable}; every other
 * status is returned for the rotator to explain. Redirects are not followed (a redirect could lead
 * a credential elsewhere).
 */
@ApplicationScoped
public class ProviderHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A provider's answer. */
  public record Response(int status, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    /** The body as JSON (an empty object when it is empty or not JSON). */
    public JsonNode json() {
      if (body == null || body.isBlank()) {
        return JSON.createObjectNode();
      }
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return JSON.createObjectNode();
      }
    }
  }

  private final HttpClient client;
  private final Duration timeout;
  private final ProviderHosts hosts;

  public ProviderHttp(
      ProviderHosts hosts,
      @ConfigProperty(name = "keyhaven.rotation.http-timeout", defaultValue = "10s")
          Duration timeout) {
    this.hosts = hosts;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public Duration timeout() {
    return timeout;
  }

  /** A request builder for {@code url} with this server's timeout and user agent. */
  public HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(timeout)
        .header("User-Agent", "KeyHaven-Rotation");
  }

  /**
   * Sends the request to {@code provider} (its name in messages); the host is checked first (a name
   * may resolve elsewhere than when the connection was made), off the event loop.
   */
  public Uni<Response> send(String provider, HttpRequest request) {
    io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
    Uni<Response> sent =
        Uni.createFrom()
            .completionStage(
                () -> {
                  hosts.check(request.uri().getHost());
                  return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
                })
            .runSubscriptionOn(
                io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool())
            .onFailure(t -> !(t instanceof ProviderFailure) && !(t instanceof ApiException))
            .transform(t -> unreachable(provider, t))
            .map(r -> answer(provider, r));
    return onContext(context, sent);
  }

  /**
   * The answer arrives on another thread (the HTTP client's, a worker's); the engine's database
   * sessions must go on in the Vert.x context the step came from.
   */
  static <T> Uni<T> onContext(io.vertx.core.Context context, Uni<T> uni) {
    return context == null ? uni : uni.emitOn(task -> context.runOnContext(ignored -> task.run()));
  }

  private ProviderFailure unreachable(String provider, Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null
        && !(cause instanceof HttpTimeoutException)
        && cause != cause.getCause()) {
      cause = cause.getCause();
    }
    if (cause instanceof HttpTimeoutException) {
      return new ProviderUnavailable(
          provider + " did not answer within " + timeout.toSeconds() + " s");
    }
    return new ProviderUnavailable(provider + " could not be reached");
  }

  private static Response answer(String provider, HttpResponse<String> r) {
    int status = r.statusCode();
    if (status == 429) {
      throw new ProviderUnavailable(
          provider + " is rate limiting this account (429); KeyHaven tries again later");
    }
    if (status >= 500) {
      throw new ProviderUnavailable(
          provider + " answered " + status + "; it may be down, KeyHaven tries again later");
    }
    return new Response(status, r.body());
  }

  /** What the engine stores when a provider's circuit breaker is open. */
  public static Throwable explain(String provider, Throwable t) {
    if (t instanceof CircuitBreakerOpenException) {
      return new ProviderUnavailable(
          provider
              + " failed repeatedly; KeyHaven pauses its calls to it for a while and tries again"
              + " later");
    }
    return t;
  }

  /**
   * A short excerpt of a provider's error message, safe to store: a provider may echo a key (even
   * masked) in it, so every long token-like word is cut out.
   */
  public static String excerpt(String message) {
    if (message == null || message.isBlank()) {
      return "no reason given";
    }
    String m =
        message
            .replaceAll("[A-Za-z0-9_\\-.+/=*]{20,}", "<redacted>")
            .replaceAll("\\s+", " ")
            .strip();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
