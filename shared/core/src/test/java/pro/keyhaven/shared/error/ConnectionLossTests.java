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

  @Test
  void aFullDatabaseDiskIsStorageFullWithRetryAfter() {
    // What PostgreSQL raises when it cannot extend a table or index file (SQLSTATE 53100).
    var diskFull =
        new io.vertx.pgclient.PgException(
            "could not extend file \"base/16384/16500\": No space left on device",
            "ERROR",
            "53100",
            "Check free disk space.");
    ApiException e = ErrorMapping.map(new RuntimeException("wrapped", diskFull));
    assertThat(e).isNotNull();
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.code()).isEqualTo("STORAGE_FULL");
    assertThat(e.retryAfterSeconds()).isEqualTo(ErrorMapping.STORAGE_FULL_RETRY_SECONDS);
    // The same through Hibernate Reactive, which keeps only the message and the SQLSTATE.
    var viaHibernate =
        new org.hibernate.exception.GenericJDBCException(
            "error executing SQL statement",
            new java.sql.SQLException("could not extend file: No space left on device", "53100", 0),
            "insert into api_keys");
    assertThat(ErrorMapping.map(viaHibernate).code()).isEqualTo("STORAGE_FULL");
    // Other database errors are not mistaken for it.
    var other = new io.vertx.pgclient.PgException("duplicate key", "ERROR", "23505", null);
    ApiException unique = ErrorMapping.map(other);
    assertThat(unique == null || !"STORAGE_FULL".equals(unique.code())).isTrue();
  }
}
