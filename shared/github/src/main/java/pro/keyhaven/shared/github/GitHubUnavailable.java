package pro.keyhaven.shared.github;

/** GitHub did not answer usefully (network error, timeout, 5xx): counted by the circuit breaker. */
public class GitHubUnavailable extends RuntimeException {

  private final int status;

  public GitHubUnavailable(String message, int status, Throwable cause) {
    super(message, cause, false, false);
    this.status = status;
  }

  /** GitHub's status, or 0 when no answer came. */
  public int status() {
    return status;
  }
}
