package pro.keyhaven.shared.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The GitHub calls KeyHaven makes, each with retries on failures that may pass (reads only) and one
 * circuit breaker that stops asking a GitHub that keeps failing. Answers are GitHub's; {@link
 * GitHubErrors} turns the unhappy ones into errors a person can act on.
 */
@ApplicationScoped
public class GitHubClient {

  /** A repository the token can see. */
  public record Repository(String fullName, String owner, String name, boolean privateRepo) {}

  /** A repository's (or environment's) Actions public key. */
  public record PublicKey(String keyId, String key) {}

  private final GitHubHttp http;

  public GitHubClient(GitHubHttp http) {
    this.http = http;
  }

  /** The login the token belongs to. */
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = GitHubUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 2000)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = GitHubUnavailable.class)
  public Uni<String> login(String token) {
    return http.call("GET", "/user", token, null)
        .map(r -> GitHubErrors.require(r, "read your account").json().path("login").asText());
  }

  /** The repositories the token can see, most recently pushed first (at most 300). */
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = GitHubUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 2000)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = GitHubUnavailable.class)
  public Uni<List<Repository>> repositories(String token) {
    return page(token, 1, new ArrayList<>());
  }

  private Uni<List<Repository>> page(String token, int page, List<Repository> into) {
    return http.call("GET", "/user/repos?per_page=100&sort=pushed&page=" + page, token, null)
        .chain(
            r -> {
              JsonNode items = GitHubErrors.require(r, "list repositories").json();
              for (JsonNode repo : items) {
                into.add(
                    new Repository(
                        repo.path("full_name").asText(),
                        repo.path("owner").path("login").asText(),
                        repo.path("name").asText(),
                        repo.path("private").asBoolean()));
              }
              return items.size() == 100 && page < 3
                  ? page(token, page + 1, into)
                  : Uni.createFrom().item(into);
            });
  }

  /** The Actions public key of a repository, or of one of its environments. */
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = GitHubUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 2000)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = GitHubUnavailable.class)
  public Uni<PublicKey> publicKey(String token, String owner, String repo, String environment) {
    return http.call("GET", secretsPath(owner, repo, environment) + "/public-key", token, null)
        .map(
            r -> {
              JsonNode key =
                  GitHubErrors.require(r, "read the repository's Actions secrets").json();
              return new PublicKey(key.path("key_id").asText(), key.path("key").asText());
            });
  }

  /** Creates or updates an Actions secret; answers true when it was created. Not retried. */
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = GitHubUnavailable.class)
  public Uni<Boolean> putSecret(
      String token,
      String owner,
      String repo,
      String environment,
      String name,
      String encryptedValue,
      String keyId) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("encrypted_value", encryptedValue);
    body.put("key_id", keyId);
    if (repo == null) {
      // An organisation secret: for the organisation's private and internal repositories.
      body.put("visibility", "private");
    }
    return http.call("PUT", secretsPath(owner, repo, environment) + "/" + name, token, body)
        .map(
            r -> GitHubErrors.require(r, "write the repository's Actions secrets").status() == 201);
  }

  /** Registers a deploy key; answers GitHub's id of it. Not retried. */
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = GitHubUnavailable.class)
  public Uni<Long> addDeployKey(
      String token, String owner, String repo, String title, String publicKey, boolean readOnly) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("title", title);
    body.put("key", publicKey);
    body.put("read_only", readOnly);
    return http.call("POST", "/repos/" + owner + "/" + repo + "/keys", token, body)
        .map(
            r ->
                GitHubErrors.require(r, "add deploy keys (Administration: write)")
                    .json()
                    .path("id")
                    .asLong());
  }

  /**
   * The secret of a secret-scanning alert. The caller hashes it at once and forgets it; it is never
   * stored, logged or returned.
   */
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = GitHubUnavailable.class)
  @ExponentialBackoff(factor = 2, maxDelay = 2000)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      failOn = GitHubUnavailable.class)
  public Uni<String> alertSecret(String token, String owner, String repo, long number) {
    return http.call(
            "GET",
            "/repos/" + owner + "/" + repo + "/secret-scanning/alerts/" + number,
            token,
            null)
        .map(
            r ->
                GitHubErrors.require(r, "read secret scanning alerts")
                    .json()
                    .path("secret")
                    .asText(""));
  }

  /** A repository's secrets, one of its environments', or (repo null) an organisation's. */
  private static String secretsPath(String owner, String repo, String environment) {
    if (repo == null) {
      return "/orgs/" + owner + "/actions/secrets";
    }
    String base = "/repos/" + owner + "/" + repo;
    return environment == null || environment.isEmpty()
        ? base + "/actions/secrets"
        : base
            + "/environments/"
            + URLEncoder.encode(environment, StandardCharsets.UTF_8).replace("+", "%20")
            + "/secrets";
  }
}
