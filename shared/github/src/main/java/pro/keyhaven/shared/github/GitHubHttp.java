package pro.keyhaven.shared.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The wire to GitHub's REST API: one request, its JSON answer. A token goes only into the {@code
 * Authorization} header of the request it authorises and is never logged. 5xx, network errors and
 * timeouts become {@link GitHubUnavailable}; every other status is returned for the caller to
 * explain.
 */
@ApplicationScoped
public class GitHubHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API_VERSION = "2022-11-28";

  private final GitHubConfig config;
  private final HttpClient client;

  public GitHubHttp(GitHubConfig config) {
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** {@code method path} with an optional JSON body, authorised by {@code token}. */
  public Uni<GitHubResponse> call(String method, String path, String token, JsonNode body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stripSlash(config.apiUrl()) + path))
            .timeout(config.timeout())
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", API_VERSION)
            .header("User-Agent", "KeyHaven")
            .header("Authorization", "Bearer " + token);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    // The answer arrives on the HTTP client's thread; the rest of the request (database sessions
    // included) must go on in the Vert.x context it came from.
    io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
    Uni<HttpResponse<String>> sent =
        Uni.createFrom()
            .completionStage(
                () -> client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
    if (context != null) {
      sent = sent.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
    return sent.onFailure()
        .transform(e -> new GitHubUnavailable("GitHub could not be reached", 0, e))
        .map(GitHubHttp::parse);
  }

  private static GitHubResponse parse(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status >= 500) {
      throw new GitHubUnavailable("GitHub answered " + status, status, null);
    }
    JsonNode body = null;
    String text = response.body();
    if (text != null && !text.isBlank()) {
      try {
        body = JSON.readTree(text);
      } catch (IOException e) {
        if (status < 300) {
          throw new GitHubUnavailable("GitHub answered a body that is not JSON", status, e);
        }
      }
    }
    return new GitHubResponse(status, response.headers(), body);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
