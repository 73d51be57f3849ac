package pro.keyhaven.shared.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a resource method (or every method of a resource) under the caller's per-minute write budget
 * named {@link #value()}: past {@code keyhaven.<value>.writes-per-minute} (default {@link
 * #perMinute()}) the call answers 429 with {@code Retry-After}, before the method runs.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WriteBudget {

  /** The budget's name: {@code vault}, {@code teams}, ... */
  String value();

  /** Writes per user and minute when {@code keyhaven.<value>.writes-per-minute} is not set. */
  int perMinute() default 120;
}
