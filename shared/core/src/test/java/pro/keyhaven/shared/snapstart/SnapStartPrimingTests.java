package pro.keyhaven.shared.snapstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.http.ApiObjectMapper;

/** The SnapStart hook, called as Lambda calls it: before the checkpoint, after a restore. */
class SnapStartPrimingTests {

  private static ObjectMapper apiMapper() {
    ObjectMapper platform =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return new ApiObjectMapper(platform).getContext(Object.class);
  }

  private static int cachedSerializers(ObjectMapper mapper) {
    return ((DefaultSerializerProvider) mapper.getSerializerProviderInstance())
        .cachedSerializersCount();
  }

  @Test
  void beforeTheCheckpointTheRequestPathsRun() throws Exception {
    ObjectMapper api = apiMapper();
    AtomicInteger asked = new AtomicInteger();
    SnapStartPriming priming =
        new SnapStartPriming(
            api,
            () -> {
              asked.incrementAndGet();
              return 0;
            });
    assertThat(cachedSerializers(api)).isZero();

    priming.beforeCheckpoint(null);

    // The serialisers of the error body and of a page were built (and are cached in the snapshot).
    assertThat(cachedSerializers(api)).isPositive();
    // The pool was asked, after the priming.
    assertThat(asked).hasValue(1);

    SnapStartPriming.Report report = priming.prime();
    assertThat(report.jsonRoundTrips()).isEqualTo(3);
    assertThat(report.algorithms())
        .containsExactly("SHA-256", "HmacSHA256", "AES/GCM/NoPadding", "SHA256withECDSA");
    assertThat(report.tokenVerified()).isTrue();
    // smallrye-jwt and jose4j are on this module's path; the Lambda event types are not.
    assertThat(report.classesInitialised()).isEqualTo(SnapStartPriming.VERIFIER_CLASSES.size() - 1);
  }

  @Test
  void aPooledDatabaseConnectionRefusesTheCheckpoint() {
    SnapStartPriming priming = new SnapStartPriming(apiMapper(), () -> 1);

    assertThatThrownBy(() -> priming.beforeCheckpoint(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 pooled database connection(s)");
  }

  @Test
  void afterARestoreTheHeldRandomsNoLongerRepeatTheSnapshot() throws Exception {
    // Two generators in the same state, as two environments restored from one snapshot would be.
    byte[] snapshotState = "one snapshot".getBytes(StandardCharsets.UTF_8);
    SecureRandom restored = SecureRandom.getInstance("SHA1PRNG");
    restored.setSeed(snapshotState);
    SecureRandom twin = SecureRandom.getInstance("SHA1PRNG");
    twin.setSeed(snapshotState);
    SnapshotRandoms.hold(restored);
    SnapshotRandoms.held();

    new SnapStartPriming(apiMapper(), () -> 0).afterRestore(null);

    byte[] fromRestored = new byte[32];
    restored.nextBytes(fromRestored);
    byte[] fromTwin = new byte[32];
    twin.nextBytes(fromTwin);
    assertThat(fromRestored).isNotEqualTo(fromTwin);
  }

  @Test
  void withoutTheRestoreHookTwoGeneratorsInOneStateRepeatEachOther() throws Exception {
    // The control of the test above: the same setup, no reseeding, the same bytes.
    byte[] snapshotState = "one snapshot".getBytes(StandardCharsets.UTF_8);
    SecureRandom first = SecureRandom.getInstance("SHA1PRNG");
    first.setSeed(snapshotState);
    SecureRandom second = SecureRandom.getInstance("SHA1PRNG");
    second.setSeed(snapshotState);

    byte[] a = new byte[32];
    first.nextBytes(a);
    byte[] b = new byte[32];
    second.nextBytes(b);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void theRestoreReseedsEveryHeldGenerator() {
    SecureRandom first = SnapshotRandoms.held();
    SecureRandom second = SnapshotRandoms.held();
    assertThat(SnapshotRandoms.reseedAll()).isGreaterThanOrEqualTo(2);
    assertThat(first).isNotSameAs(second);
  }
}
