package pro.keyhaven.shared.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The system clock, unless the application provides a {@link Clock} of its own (tests do). */
@Dependent
public class DefaultClock {

  @Produces
  @Singleton
  @DefaultBean
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
