package pro.keyhaven.shared.notify;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Mail through Resend's REST API. The outbox row's id is Resend's {@code Idempotency-Key}, so a
 * retry after a lost answer is recognised by Resend and not sent again. A few quick retries with
 * exponential backoff here; the outbox retries later ones; the circuit breaker stops calling a
 * Resend that keeps failing. A refusal of the mail itself (4xx other than 408, 409 and 429) is
 * permanent, neither retried nor held against Resend.
 */
@ApplicationScoped
public class ResendTransport implements MailTransport {

  private final ResendApi api;
  private final NotifyConfig config;

  public ResendTransport(@RestClient ResendApi api, NotifyConfig config) {
    this.api = api;
    this.config = config;
  }

  @Override
  public String name() {
    return "resend";
  }

  @Override
  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = MailFailure.Permanent.class)
  @ExponentialBackoff(factor = 2, maxDelay = 2000)
  @CircuitBreaker(
      requestVolumeThreshold = 6,
      failureRatio = 0.5,
      delay = 30_000,
      successThreshold = 1,
      skipOn = MailFailure.Permanent.class)
  public Uni<String> send(OutgoingMail mail) {
    String key =
        config
            .resend()
            .apiKey()
            .orElseThrow(() -> new MailFailure.Permanent("RESEND_API_KEY is not set"));
    return api.send(
            "Bearer " + key,
            mail.id().toString(),
            new ResendApi.Email(
                config.email().from(),
                List.of(mail.to()),
                mail.subject(),
                mail.text(),
                mail.html()))
        .map(ResendApi.Sent::id)
        .onFailure()
        .transform(ResendTransport::classify);
  }

  private static Throwable classify(Throwable e) {
    if (e instanceof WebApplicationException w && w.getResponse() != null) {
      int status = w.getResponse().getStatus();
      if (status >= 400 && status < 500 && status != 408 && status != 409 && status != 429) {
        return new MailFailure.Permanent("Resend refused the mail: HTTP " + status);
      }
      return MailFailure.transientFailure("Resend answered HTTP " + status);
    }
    if (e instanceof ProcessingException || e instanceof java.io.IOException) {
      return MailFailure.transientFailure("Resend unreachable: " + e.getClass().getSimpleName());
    }
    if (e instanceof MailFailure) {
      return e;
    }
    return MailFailure.transientFailure("Resend call failed: " + e.getClass().getSimpleName());
  }
}
