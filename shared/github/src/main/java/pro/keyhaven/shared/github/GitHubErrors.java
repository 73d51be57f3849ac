package pro.keyhaven.shared.github;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.error.ErrorType;

/**
 * GitHub's unhappy answers as errors a person can act on: a revoked token says to connect again, a
 * missing permission names it, a rate limit says when to retry, an outage is a clear 503.
 */
public final class GitHubErrors {

  /** Seconds to wait when GitHub is down or its breaker is open. */
  static final long OUTAGE_RETRY_SECONDS = 30;

  private GitHubErrors() {}

  /** The response when it is a success; otherwise the error that explains it. */
  public static GitHubResponse require(GitHubResponse r, String action) {
    if (r.ok()) {
      return r;
    }
    throw explain(r, action);
  }

  static ApiException explain(GitHubResponse r, String action) {
    long retryAfter = retryAfterSeconds(r);
    if ((r.status() == 403 || r.status() == 429) && retryAfter >= 0) {
      return new ApiException(
          429,
          ErrorType.RATE_LIMIT,
          "GITHUB_RATE_LIMITED",
          "GitHub's rate limit is reached; try again in " + retryAfter + " s",
          Map.of("retry_after_seconds", retryAfter),
          retryAfter);
    }
    return switch (r.status()) {
      case 401 ->
          new ApiException(
              409,
              ErrorType.EXTERNAL_SERVICE,
              "GITHUB_TOKEN_REVOKED",
              "GitHub refused the saved token (revoked or expired): connect GitHub again with a"
                  + " new token");
      case 403 ->
          new ApiException(
              409,
              ErrorType.EXTERNAL_SERVICE,
              "GITHUB_PERMISSION_MISSING",
              "The GitHub token may not " + action + ": give it that permission and connect again");
      case 404 ->
          new ApiException(
              404,
              ErrorType.NOT_FOUND,
              "NOT_FOUND",
              "Repository not found, or the GitHub token cannot see it");
      case 422 ->
          ApiException.validation(
              "GITHUB_REJECTED", "GitHub refused the request: " + safe(r.message()));
      default ->
          new ApiException(
              502,
              ErrorType.EXTERNAL_SERVICE,
              "GITHUB_ERROR",
              "GitHub answered " + r.status() + " to " + action);
    };
  }

  /** GitHub could not be reached, timed out, or its breaker is open: 503 with Retry-After. */
  public static ApiException unavailable() {
    return new ApiException(
        503,
        ErrorType.EXTERNAL_SERVICE,
        "GITHUB_UNAVAILABLE",
        "GitHub is not answering right now; try again in a minute",
        Map.of("retry_after_seconds", OUTAGE_RETRY_SECONDS),
        OUTAGE_RETRY_SECONDS);
  }

  /** Maps a failure of a GitHub call: ours pass, outages become {@link #unavailable()}. */
  public static Throwable map(Throwable failure) {
    if (failure instanceof ApiException) {
      return failure;
    }
    if (failure instanceof GitHubUnavailable
        || failure instanceof CircuitBreakerOpenException
        || failure instanceof TimeoutException) {
      return unavailable();
    }
    return failure;
  }

  /** From {@code Retry-After}, or {@code x-ratelimit-reset} when nothing remains; -1 if neither. */
  static long retryAfterSeconds(GitHubResponse r) {
    var retryAfter = r.headers().firstValue("retry-after");
    if (retryAfter.isPresent()) {
      try {
        return Math.max(1, Long.parseLong(retryAfter.get().trim()));
      } catch (NumberFormatException ignored) {
        return 60;
      }
    }
    if ("0".equals(r.headers().firstValue("x-ratelimit-remaining").orElse(null))) {
      long reset =
          r.headers().firstValue("x-ratelimit-reset").map(GitHubErrors::parseLong).orElse(0L);
      return Math.max(1, reset - Instant.now().getEpochSecond());
    }
    return -1;
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** GitHub's message, one line and short (it names fields, never values we sent). */
  private static String safe(String message) {
    String oneLine = message.replaceAll("[\\r\\n\\t]+", " ").strip();
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
  }
}
