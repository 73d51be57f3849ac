package pro.keyhaven.shared.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a resource method (or every method of a resource) under the caller's per-minute read budget
 * named {@link #value()}: past {@code keyhaven.<value>.reads-per-minute} (default {@link
 * #perMinute()}) the call answers 429 with {@code Retry-After}, before the method runs. Reads that
 * return ciphertext or walk the audit chain are budgeted, so one account cannot drain the vault or
 * keep the database busy.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadBudget {

  /** The budget's name: {@code vault}, {@code audit}, ... */
  String value();

  /** Reads per user and minute when {@code keyhaven.<value>.reads-per-minute} is not set. */
  int perMinute() default 1200;
}
