package pro.keyhaven.shared.insights.cve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import pro.keyhaven.shared.insights.InsightsConfig;

/**
 * Reads a repository's dependency graph from GitHub ({@code GET
 * /repos/{owner}/{repo}/dependency-graph/sbom}, SPDX 2.3) and answers the exact-version package
 * URLs it names ({@link Purl}), at most {@code max-packages-per-repo}. The answer is read up to
 * {@code max-sbom-bytes}. The token goes only into the request's {@code Authorization} header and
 * never into a log line or an exception. A timeout, a network error, a 5xx or a 429 is retried once
 * ({@link SbomUnavailable}); GitHub saying no (401, 403 "dependency graph disabled", 404) is {@link
 * SbomRefused}, not retried and not counted by the circuit breaker.
 */
@ApplicationScoped
public class GitHubSbomClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API_VERSION = "2022-11-28";

  /** GitHub's rules for an account (owner) and a repository name. */
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_-]{0,99})");

  private static final Pattern REPO = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /** GitHub could not be asked now (network, timeout, 5xx, 429, too large an answer). */
  public static class SbomUnavailable extends RuntimeException {
    private final int status;

    public SbomUnavailable(String message, int status) {
      super(message, null, false, false);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** GitHub refused: no access, dependency graph disabled, no such repository. */
  public static class SbomRefused extends SbomUnavailable {
    public SbomRefused(int status) {
      super("GitHub answered " + status, status);
    }
  }

  private final String apiUrl;
  private final InsightsConfig config;
  private final HttpClient client;

  public GitHubSbomClient(
      @ConfigProperty(name = "keyhaven.github.api-url", defaultValue = "https://api.github.com")
          String apiUrl,
      InsightsConfig config) {
    this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Whether {@code owner/repo} is a name GitHub could have (checked before any call). */
  public static boolean validRepo(String owner, String repo) {
    return owner != null
        && repo != null
        && OWNER.matcher(owner).matches()
        && REPO.matcher(repo).matches()
        && !repo.equals(".")
        && !repo.equals("..");
  }

  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 1, delay = 300, jitter = 100, abortOn = SbomRefused.class)
  @ExponentialBackoff(factor = 2, maxDelay = 2000)
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.75,
      delay = 30_000,
      skipOn = SbomRefused.class)
  public Uni<List<Purl>> purls(String owner, String repo, String token) {
    if (!validRepo(owner, repo)) {
      return Uni.createFrom().failure(new SbomRefused(400));
    }
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(
                  URI.create(apiUrl + "/repos/" + owner + "/" + repo + "/dependency-graph/sbom"))
              .timeout(config.dependencies().timeout())
              .header("Accept", "application/vnd.github+json")
              .header("X-GitHub-Api-Version", API_VERSION)
              .header("User-Agent", "KeyHaven")
              .header("Authorization", "Bearer " + token)
              .GET()
              .build();
    } catch (IllegalArgumentException e) {
      // The message could quote the header; it is dropped.
      return Uni.createFrom().failure(new SbomRefused(400));
    }
    int max = config.dependencies().maxSbomBytes();
    // The answer arrives on the HTTP client's thread; the refresh goes on in the Vert.x context it
    // came from.
    io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
    Uni<HttpResponse<byte[]>> sent =
        Uni.createFrom()
            .completionStage(
                () ->
                    client.sendAsync(
                        request,
                        info ->
                            info.statusCode() == 200
                                ? new Bounded(max)
                                : HttpResponse.BodySubscribers.replacing(new byte[0])));
    if (context != null) {
      sent = sent.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
    return sent.onFailure(e -> !(e instanceof SbomUnavailable))
        .transform(
            e ->
                tooLarge(e)
                    ? new SbomRefused(413)
                    : new SbomUnavailable(
                        "GitHub could not be reached: " + e.getClass().getSimpleName(), 0))
        .map(this::read);
  }

  private List<Purl> read(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status >= 500 || status == 429) {
      throw new SbomUnavailable("GitHub answered " + status, status);
    }
    if (status != 200) {
      throw new SbomRefused(status);
    }
    JsonNode root;
    try {
      root = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new SbomRefused(422);
    }
    return purls(root, config.dependencies().maxPackagesPerRepo());
  }

  /**
   * The valid exact-version purls of an SBOM answer ({@code {"sbom": {"packages": [{externalRefs:
   * [{referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator}]}]}}}), each
   * once, at most {@code max}.
   */
  static List<Purl> purls(JsonNode answer, int max) {
    Set<String> seen = new LinkedHashSet<>();
    List<Purl> out = new ArrayList<>();
    for (JsonNode p : answer.path("sbom").path("packages")) {
      for (JsonNode ref : p.path("externalRefs")) {
        String category = ref.path("referenceCategory").asText("");
        if (!(category.equals("PACKAGE-MANAGER") || category.equals("PACKAGE_MANAGER"))
            || !ref.path("referenceType").asText("").equals("purl")) {
          continue;
        }
        Purl purl = Purl.parse(ref.path("referenceLocator").asText(null)).orElse(null);
        if (purl != null && seen.add(purl.value())) {
          out.add(purl);
          if (out.size() >= max) {
            return out;
          }
        }
      }
    }
    return out;
  }

  private static boolean tooLarge(Throwable e) {
    for (int depth = 0; e != null && depth < 5; depth++, e = e.getCause()) {
      if (e instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  /** Too large an SBOM. */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("the SBOM is larger than allowed", null);
    }
  }

  /** Collects a body up to {@code max} bytes and fails beyond. */
  private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
    private final int max;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    Bounded(int max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if ((long) out.size() + b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] a = new byte[b.remaining()];
        b.get(a);
        out.write(a, 0, a.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
