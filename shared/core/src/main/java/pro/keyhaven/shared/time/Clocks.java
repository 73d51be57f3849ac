package pro.keyhaven.shared.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now": services take a {@link Clock} so tests can move time. A test replaces
 * this bean with its own {@code @Produces Clock}.
 */
@Singleton
public class Clocks {

  @Produces
  @Singleton
  @DefaultBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Now, at the microsecond precision PostgreSQL keeps, so stored and in-memory copies agree. */
  public static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
