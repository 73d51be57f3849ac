package pro.keyhaven.cli.client;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The HTTP edge of the command line: one REST client per server address, with connect and read
 * timeouts; reads are retried with backoff when the connection fails (writes are not, so a key is
 * never written twice). A command lives for one call or a handful, so there is no circuit to break:
 * a server that stays down ends the command with exit code 6 after the retries.
 */
@ApplicationScoped
public class ServerCalls {

  private final Map<String, KeyhavenApi> clients = new ConcurrentHashMap<>();

  public KeyhavenApi client(String baseUrl) {
    return clients.computeIfAbsent(
        baseUrl,
        url ->
            QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build(KeyhavenApi.class));
  }

  @Retry(
      retryOn = ProcessingException.class,
      maxRetries = 2,
      delay = 300,
      delayUnit = ChronoUnit.MILLIS,
      jitter = 150)
  public <T> T read(Supplier<T> call) {
    return call.get();
  }

  public <T> T write(Supplier<T> call) {
    return call.get();
  }
}
