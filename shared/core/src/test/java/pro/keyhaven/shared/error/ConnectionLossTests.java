package pro.keyhaven.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.redis.client.impl.types.ErrorType;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A store that went away mid-request answers 503 with Retry-After, never 500. */
class ConnectionLossTests {

  @Test
  void aSocketResetByThePeerIsAStoreOutage() {
    ApiException e = ErrorMapping.map(new IOException("Connection reset by peer"));
    assertThat(e).isNotNull();
    assertThat(e.status()).isEqualTo(503);
    assertThat(ErrorMapping.map(new IOException("Broken pipe")).status()).isEqualTo(503);
  }

  @Test
  void aRedisConnectionClosedMidCommandIsAStoreOutage() {
    ApiException e = ErrorMapping.map(ErrorType.create("CONNECTION_CLOSED"));
    assertThat(e).isNotNull();
    assertThat(e.status()).isEqualTo(503);
  }

  @Test
  void otherIoFailuresAreNotMistakenForAnOutage() {
    ApiException e = ErrorMapping.map(new IOException("disk quota exceeded"));
    assertThat(e == null || e.status() != 503).isTrue();
  }
}
